-- Trainees rank assignments and hosts rank their candidates in the application: each round has a deadline for the
-- hosts' rankings and a minimum and maximum number of choices per trainee. Plain SQL for H2 and PostgreSQL.

alter table planning_round add column host_ranking_deadline date;
update planning_round set host_ranking_deadline = preferences_deadline;
alter table planning_round alter column host_ranking_deadline set not null;
alter table planning_round add column min_choices integer not null default 3;
alter table planning_round add column max_choices integer not null default 10;
alter table planning_round add constraint planning_round_choices check (min_choices >= 0 and max_choices >= 1 and min_choices <= max_choices);
alter table planning_round add constraint planning_round_ranking_deadline check (host_ranking_deadline >= preferences_deadline);
