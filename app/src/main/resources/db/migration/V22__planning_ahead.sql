-- A run may plan the round together with the cohort's later rounds whose assignments are known: how many it took.
alter table planning_run add column later_rounds integer default 0 not null;
-- A run that carries a round-by-round run's placements forward into the later rounds of a run planned ahead, to
-- compare both on the same data: the round-by-round run it carries forward.
alter table planning_run add column carries_run_id bigint;
