-- Hand-written (issue 13, defect 10): what the public was shown stays as it was shown, in the database itself.
-- A published version: only its withdrawal (withdrawn_at, with its reason) may be recorded, once; who published
-- it (published_by) and its id are frozen with the rest, and nothing may delete or truncate it.
CREATE OR REPLACE FUNCTION "record_versions_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
    RAISE EXCEPTION 'published versions cannot be deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW.id, NEW.record_id, NEW.version, NEW.published_at, NEW.published_by, NEW.snapshot)
       IS DISTINCT FROM (OLD.id, OLD.record_id, OLD.version, OLD.published_at, OLD.published_by, OLD.snapshot)
     OR OLD.withdrawn_at IS NOT NULL OR NEW.withdrawn_at IS NULL THEN
    RAISE EXCEPTION 'published versions are immutable' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "record_versions_no_truncate" BEFORE TRUNCATE ON "record_versions"
  FOR EACH STATEMENT EXECUTE FUNCTION "record_versions_frozen"();--> statement-breakpoint
-- A published finding's wording is frozen with its version; the only change is its retirement from public
-- search (current true -> false) when a later version replaces it or the version is withdrawn.
CREATE FUNCTION "published_findings_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
    RAISE EXCEPTION 'published findings cannot be deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW.version_id, NEW.finding_id, NEW.record_id, NEW.organisation_id, NEW.ref, NEW.kind, NEW.pillar,
      NEW.area, NEW.text)
       IS DISTINCT FROM (OLD.version_id, OLD.finding_id, OLD.record_id, OLD.organisation_id, OLD.ref, OLD.kind,
      OLD.pillar, OLD.area, OLD.text)
     OR (NEW.current AND NOT OLD.current) THEN
    RAISE EXCEPTION 'published findings are immutable' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "published_findings_immutable" BEFORE UPDATE OR DELETE ON "published_findings"
  FOR EACH ROW EXECUTE FUNCTION "published_findings_frozen"();--> statement-breakpoint
CREATE TRIGGER "published_findings_no_truncate" BEFORE TRUNCATE ON "published_findings"
  FOR EACH STATEMENT EXECUTE FUNCTION "published_findings_frozen"();
