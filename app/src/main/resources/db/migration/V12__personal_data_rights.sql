-- The rights of the AVG (GDPR): a trainee reads everything kept about them, including who read or changed it, and the
-- coordinator anonymises a former trainee. Homes are kept coarse. Plain SQL for H2 and PostgreSQL.

-- An audit event can name the trainee it is about (a read of their data, a change of their placement), so that it can
-- be shown to them and found when they are anonymised.
alter table audit_event add column trainee_id bigint references trainee (id);
create index audit_event_trainee_idx on audit_event (trainee_id);

-- An anonymised former trainee keeps a pseudonym and their placements, and no home at all.
alter table trainee add column anonymised_at timestamp;
alter table trainee alter column municipality_code drop not null;
alter table trainee alter column latitude drop not null;
alter table trainee alter column longitude drop not null;

-- A home is kept to two decimals (about a kilometre), as the application now stores it; through decimal, because
-- PostgreSQL rounds only exact numbers to a number of decimals.
update trainee
set latitude  = cast(round(cast(latitude as decimal(10, 6)), 2) as double precision),
    longitude = cast(round(cast(longitude as decimal(10, 6)), 2) as double precision)
where latitude is not null and longitude is not null;
