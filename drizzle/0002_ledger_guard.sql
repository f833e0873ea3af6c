-- The ledger is append-only: amounts are never edited or deleted. A refund or a clawback is a
-- new negative row. Only the status may move forward (pending -> approved -> paid) and the
-- payout an entry joined may be set; every status change is recorded in ledger_events.
CREATE FUNCTION ledger_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'ledger entries are append-only: delete refused' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF (NEW.id, NEW.program_id, NEW.enrollment_id, NEW.kind, NEW.level, NEW.amount, NEW.currency,
      NEW.hold_until, NEW.conversion_id, NEW.refund_id, NEW.corrects_id, NEW.traffic_event,
      NEW.traffic_day, NEW.created_at)
     IS DISTINCT FROM
     (OLD.id, OLD.program_id, OLD.enrollment_id, OLD.kind, OLD.level, OLD.amount, OLD.currency,
      OLD.hold_until, OLD.conversion_id, OLD.refund_id, OLD.corrects_id, OLD.traffic_event,
      OLD.traffic_day, OLD.created_at) THEN
    RAISE EXCEPTION 'ledger entries are append-only: only the status and payout may change' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    IF NOT ((OLD.status = 'pending' AND NEW.status = 'approved')
         OR (OLD.status = 'approved' AND NEW.status = 'paid')) THEN
      RAISE EXCEPTION 'ledger status cannot move from % to %', OLD.status, NEW.status USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    INSERT INTO ledger_events (entry_id, from_status, to_status) VALUES (NEW.id, OLD.status, NEW.status);
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_guard BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_entries_guard();
--> statement-breakpoint
CREATE FUNCTION ledger_entries_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ledger_events (entry_id, from_status, to_status) VALUES (NEW.id, NULL, NEW.status);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_created AFTER INSERT ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_entries_created();
--> statement-breakpoint
-- TRUNCATE would bypass the row triggers.
CREATE FUNCTION ledger_truncate_refused() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger entries are append-only: truncate refused' USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_truncate_refused();
