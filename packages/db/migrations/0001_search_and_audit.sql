-- Full-text search with PostgreSQL's own text search: tags stripped, English stemming, GIN indexes.
ALTER TABLE "findings" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("reference", '') || ' ' || coalesce("pillar", '') || ' ' || coalesce("area", '')), 'B') ||
  setweight(to_tsvector('english', regexp_replace("text", '<[^>]*>', ' ', 'g')), 'A') ||
  setweight(to_tsvector('english', regexp_replace(coalesce("acceptance_explanation", ''), '<[^>]*>', ' ', 'g')), 'C')
) STORED;--> statement-breakpoint
CREATE INDEX "findings_search_idx" ON "findings" USING gin ("search");--> statement-breakpoint
ALTER TABLE "finding_updates" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  to_tsvector('english', regexp_replace("text", '<[^>]*>', ' ', 'g'))
) STORED;--> statement-breakpoint
CREATE INDEX "finding_updates_search_idx" ON "finding_updates" USING gin ("search");--> statement-breakpoint
ALTER TABLE "response_records" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', regexp_replace("summary", '<[^>]*>', ' ', 'g')), 'B') ||
  setweight(to_tsvector('english', regexp_replace("commissioner_comments" || ' ' || "chief_officer_comments", '<[^>]*>', ' ', 'g')), 'C')
) STORED;--> statement-breakpoint
CREATE INDEX "response_records_search_idx" ON "response_records" USING gin ("search");--> statement-breakpoint
ALTER TABLE "published_findings" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("pillar", '') || ' ' || coalesce("area", '')), 'B') ||
  setweight(to_tsvector('english', regexp_replace("text", '<[^>]*>', ' ', 'g')), 'A')
) STORED;--> statement-breakpoint
CREATE INDEX "published_findings_search_idx" ON "published_findings" USING gin ("search");--> statement-breakpoint
-- The audit trail is append-only in the database itself, not only in code.
CREATE FUNCTION "audit_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "audit_events_no_update" BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "audit_events_append_only"();--> statement-breakpoint
CREATE TRIGGER "audit_events_no_truncate" BEFORE TRUNCATE ON "audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_append_only"();--> statement-breakpoint
-- A published version is frozen: only its withdrawal may be recorded, once.
CREATE FUNCTION "record_versions_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'published versions cannot be deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.snapshot IS DISTINCT FROM OLD.snapshot OR NEW.version IS DISTINCT FROM OLD.version
     OR NEW.record_id IS DISTINCT FROM OLD.record_id OR NEW.published_at IS DISTINCT FROM OLD.published_at
     OR OLD.withdrawn_at IS NOT NULL THEN
    RAISE EXCEPTION 'published versions are immutable' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "record_versions_immutable" BEFORE UPDATE OR DELETE ON "record_versions"
  FOR EACH ROW EXECUTE FUNCTION "record_versions_frozen"();
