-- Planning runs are jobs in the database, so that any instance of the planner can run one, show its progress and stop
-- it. The job table is the one db-scheduler uses (with the column types that run unchanged on H2 2.x and PostgreSQL);
-- a run's progress and its stop request live on the run; the one run per round is a row of planning_round_lock.

create table scheduled_tasks (
    task_name            varchar(100)             not null,
    task_instance        varchar(100)             not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            varchar(100),
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);

create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_idx on scheduled_tasks (priority desc, execution_time asc);

alter table planning_run add column progress_best bigint;
alter table planning_run add column progress_bound bigint;
alter table planning_run add column progress_millis bigint;
alter table planning_run add column stop_requested boolean default false not null;

create table planning_round_lock (
    round_id  bigint    not null primary key references planning_round (id),
    run_id    bigint,
    locked_at timestamp not null
);
