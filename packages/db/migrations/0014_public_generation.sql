-- The public generation: a number that moves when something a public page shows is written, and only then.
-- The public caches are keyed by it, so a staff sign-in, a last-seen time, a rate-limit count, an internal
-- update or a draft never published no longer empties them (before, any commit did).
-- Deferred row triggers advance it once per transaction, at commit: the row lock is taken last, so two
-- transactions cannot deadlock on it, and readers see the new number only with the writes it stands for.
-- Which tables feed the public pages: src/public-generation.test.ts fails when a table a public read model
-- reads has no trigger here.
CREATE TABLE "public_generation" (
	"id" smallint PRIMARY KEY DEFAULT 1 CHECK ("id" = 1),
	"value" bigint NOT NULL
);--> statement-breakpoint
INSERT INTO "public_generation" ("id", "value") VALUES (1, 1);--> statement-breakpoint
CREATE FUNCTION "irr_advance_public_generation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('irr.public_generation_advanced', true) IS DISTINCT FROM 'yes' THEN
    UPDATE "public_generation" SET "value" = "value" + 1 WHERE "id" = 1;
    PERFORM set_config('irr.public_generation_advanced', 'yes', true);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
-- A finding shows (live status, target dates, HMICFRS status) once its record has been published.
CREATE FUNCTION "irr_published_finding_written"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  record uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD."record_id" ELSE NEW."record_id" END;
BEGIN
  IF current_setting('irr.public_generation_advanced', true) IS DISTINCT FROM 'yes'
     AND EXISTS (SELECT 1 FROM "response_records" WHERE "id" = record AND "latest_published_version" IS NOT NULL) THEN
    UPDATE "public_generation" SET "value" = "value" + 1 WHERE "id" = 1;
    PERFORM set_config('irr.public_generation_advanced', 'yes', true);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "record_versions_public_generation" AFTER INSERT OR UPDATE OR DELETE ON "record_versions" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "irr_advance_public_generation"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "published_findings_public_generation" AFTER INSERT OR UPDATE OR DELETE ON "published_findings" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "irr_advance_public_generation"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "status_changes_public_generation" AFTER INSERT OR UPDATE OR DELETE ON "status_changes" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "irr_advance_public_generation"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "target_date_revisions_public_generation" AFTER INSERT OR UPDATE OR DELETE ON "target_date_revisions" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "irr_advance_public_generation"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "organisations_public_generation" AFTER INSERT OR UPDATE OR DELETE ON "organisations" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "irr_advance_public_generation"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "report_forces_public_generation" AFTER INSERT OR UPDATE OR DELETE ON "report_forces" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "irr_advance_public_generation"();--> statement-breakpoint
-- A new report has no published response yet: only changes to one can show.
CREATE CONSTRAINT TRIGGER "reports_public_generation" AFTER UPDATE OR DELETE ON "reports" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "irr_advance_public_generation"();--> statement-breakpoint
-- Updates: only public ones show.
CREATE CONSTRAINT TRIGGER "finding_updates_public_generation_insert" AFTER INSERT ON "finding_updates" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW."visibility" = 'public') EXECUTE FUNCTION "irr_advance_public_generation"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "finding_updates_public_generation_update" AFTER UPDATE ON "finding_updates" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD."visibility" = 'public' OR NEW."visibility" = 'public') EXECUTE FUNCTION "irr_advance_public_generation"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "finding_updates_public_generation_delete" AFTER DELETE ON "finding_updates" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD."visibility" = 'public') EXECUTE FUNCTION "irr_advance_public_generation"();--> statement-breakpoint
-- Records: only those published (a draft never published shows nowhere).
CREATE CONSTRAINT TRIGGER "response_records_public_generation_insert" AFTER INSERT ON "response_records" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW."latest_published_version" IS NOT NULL) EXECUTE FUNCTION "irr_advance_public_generation"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "response_records_public_generation_update" AFTER UPDATE ON "response_records" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD."latest_published_version" IS NOT NULL OR NEW."latest_published_version" IS NOT NULL) EXECUTE FUNCTION "irr_advance_public_generation"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "response_records_public_generation_delete" AFTER DELETE ON "response_records" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD."latest_published_version" IS NOT NULL) EXECUTE FUNCTION "irr_advance_public_generation"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "findings_public_generation" AFTER INSERT OR UPDATE OR DELETE ON "findings" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "irr_published_finding_written"();
