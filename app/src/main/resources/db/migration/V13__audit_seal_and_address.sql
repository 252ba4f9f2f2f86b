-- The audit trail as a hash chain. A committed event is sealed soon after, in the order the sealer finds it: its
-- place in the chain (chain_no) and its seal, the SHA-256 of its own content and the seal before it, so a changed or
-- removed line shows when the chain is checked. The head row holds the last seal and place; the sealer takes it with
-- a lock, so seals are made one at a time, also across several instances of the planner.
alter table audit_event add column seal varchar(64);
alter table audit_event add column chain_no bigint;
alter table audit_event add column address varchar(64);
create index audit_event_occurred_idx on audit_event (occurred_at);
create unique index audit_event_chain_idx on audit_event (chain_no);

create table audit_chain_head (
    id        int primary key,
    last_no   bigint not null,
    last_seal varchar(64)
);
insert into audit_chain_head (id, last_no, last_seal) values (1, 0, null);
