-- The planner's timed jobs (the morning reminders, the nightly retention, the audit seal's sweep) are recurring jobs in
-- the database, so that exactly one instance runs each occurrence. They have a job table of their own, with the same
-- columns as scheduled_tasks, so that they never wait behind planning runs for a worker.

create table timed_tasks (
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

create index timed_tasks_execution_time_idx on timed_tasks (execution_time);
create index timed_tasks_last_heartbeat_idx on timed_tasks (last_heartbeat);
create index timed_tasks_priority_idx on timed_tasks (priority desc, execution_time asc);
