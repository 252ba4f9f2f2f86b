-- The retention period of the audit trail may remove its oldest lines, and nothing else may: a DELETE is allowed only
-- in a transaction that says up to when with set_config('traineeplanner.audit_remove_before', <moment>, true), only for
-- sealed lines before that moment, and only when that moment is at least a year ago. UPDATE and TRUNCATE stay as
-- before (V13_1).
create or replace function audit_event_append_only() returns trigger language plpgsql as $$
declare
    remove_before text;
begin
    if tg_op = 'UPDATE' then
        if coalesce(current_setting('traineeplanner.audit_rewrite', true), '') = 'on' then
            return new;
        end if;
        if old.seal is null and new.seal is not null
                and (old.occurred_at, old.username, old.action, old.round_id, old.assignment_id, old.trainee_id,
                     old.detail, old.reason, old.address)
                    is not distinct from
                    (new.occurred_at, new.username, new.action, new.round_id, new.assignment_id, new.trainee_id,
                     new.detail, new.reason, new.address) then
            return new;
        end if;
    end if;
    if tg_op = 'DELETE' then
        remove_before := coalesce(current_setting('traineeplanner.audit_remove_before', true), '');
        if remove_before <> '' and old.chain_no is not null
                and old.occurred_at < cast(remove_before as timestamp with time zone)
                and cast(remove_before as timestamp with time zone) <= now() - interval '1 year' then
            return old;
        end if;
    end if;
    raise exception 'the audit trail is append-only: % is refused', tg_op;
end;
$$;

-- The local times of the events sealed before V18 were converted in this session's time zone: their seals are checked
-- in it.
update audit_chain_head set local_zone = current_setting('TimeZone') where local_zone is null;
