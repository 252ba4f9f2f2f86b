-- A run may plan the round together with the cohort's later rounds whose assignments are known: how many it took.
alter table planning_run add column later_rounds integer default 0 not null;
