-- On PostgreSQL the audit trail is append-only in the database itself: DELETE and TRUNCATE are refused always. UPDATE
-- is refused too, with two exceptions: sealing an event once (its seal, place and nothing else), and the anonymisation
-- of a former trainee (AVG article 17), which says so for its own transaction with
-- set_config('traineeplanner.audit_rewrite', 'on', true) and seals the chain again afterwards.
create function audit_event_append_only() returns trigger language plpgsql as $$
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
    raise exception 'the audit trail is append-only: % is refused', tg_op;
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_append_only();
