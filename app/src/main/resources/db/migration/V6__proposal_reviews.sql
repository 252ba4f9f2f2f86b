-- Hosts draft, submit, revise and withdraw their proposals; the coordinator reviews them with a comment, and the host
-- is told in the planner and by e-mail. Plain SQL for H2 and PostgreSQL.

-- The coordinator's comment with the last review decision; required for "changes requested" and "rejected".
alter table assignment add column review_comment varchar(2000);

-- Audit events about an assignment (its reviews) name it.
alter table audit_event add column assignment_id bigint references assignment (id);
create index audit_event_assignment_idx on audit_event (assignment_id);

-- A message is about a round (a publication) or about an assignment (a review of a proposal).
alter table inbox_message alter column round_id drop not null;
alter table inbox_message alter column round_name drop not null;
alter table inbox_message alter column start_date drop not null;
alter table inbox_message alter column end_date drop not null;
alter table inbox_message add column assignment_id bigint references assignment (id);
alter table inbox_message add column assignment_title varchar(200);
alter table inbox_message add column decision varchar(30);
alter table inbox_message add column note varchar(2000);
-- A reminder names the deadline it is about; it concerns a person, not an organisation.
alter table inbox_message add column due_date date;
alter table inbox_message alter column organisation_name drop not null;
alter table inbox_message add constraint inbox_message_subject check (round_id is not null or assignment_id is not null);
