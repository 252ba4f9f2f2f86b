-- Audit events get a moment with a time zone instead of a local time, so the trail is unambiguous across servers and
-- the change to and from summer time. The column is converted in the time zone of the session that runs this
-- migration: the planner's own time zone (its JDBC driver takes the JVM's), in which the local times were written.
alter table audit_event alter column occurred_at set data type timestamp with time zone;

-- Events sealed before this change were sealed with their local time: up to local_until their seal is checked with the
-- time in local_zone (on PostgreSQL the session's time zone, filled in by the vendor migration; otherwise the JVM's).
-- Sealing the whole chain again (after an anonymisation) seals every event with its moment and sets local_until to 0.
alter table audit_chain_head add column local_until bigint default 0 not null;
alter table audit_chain_head add column local_zone varchar(64);
update audit_chain_head set local_until = last_no;

-- The retention period of the audit trail removes its oldest lines: the chain then starts at first_no, after the
-- seal of the last line removed (anchor_seal), which the removal itself writes into the trail.
alter table audit_chain_head add column first_no bigint default 1 not null;
alter table audit_chain_head add column anchor_seal varchar(64);

-- When an account was switched off, so that the retention period of host accounts can remove it after a while.
alter table user_account add column disabled_since timestamp with time zone;
update user_account set disabled_since = current_timestamp where enabled = false;
