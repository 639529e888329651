-- App processes keep the reference lists (risk factors, outcome domains, delivery modes, clearinghouses and
-- their scales) in memory, since nearly every page reads them and they rarely change (lib/cache). Every
-- statement that changes one of those tables announces it on the channel "effectwijzer_cache", with the
-- table's name as the payload; each app process LISTENs on one connection and drops what it keeps from that
-- table. NOTIFY is transactional: the announcement is delivered when the transaction commits, and never when
-- it rolls back. Statement-level, so a bulk load announces once per statement (and PostgreSQL folds
-- identical announcements of one transaction into one).

CREATE OR REPLACE FUNCTION cache_notify() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('effectwijzer_cache', TG_TABLE_NAME);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER cache_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "RiskFactor"
  FOR EACH STATEMENT EXECUTE FUNCTION cache_notify();
CREATE TRIGGER cache_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "OutcomeDomain"
  FOR EACH STATEMENT EXECUTE FUNCTION cache_notify();
CREATE TRIGGER cache_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DeliveryMode"
  FOR EACH STATEMENT EXECUTE FUNCTION cache_notify();
CREATE TRIGGER cache_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Clearinghouse"
  FOR EACH STATEMENT EXECUTE FUNCTION cache_notify();
CREATE TRIGGER cache_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ClearinghouseLevel"
  FOR EACH STATEMENT EXECUTE FUNCTION cache_notify();
