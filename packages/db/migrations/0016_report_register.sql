-- The register of reports (the portal's report pages) says of a force that has not published whether the office
-- recorded that no response is required: that write shows publicly although the record is a draft never
-- published, so it advances the public generation (migration 0014’s triggers cover only published records).
CREATE CONSTRAINT TRIGGER "response_records_public_generation_not_required_insert" AFTER INSERT ON "response_records" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW."not_required_reason" IS NOT NULL) EXECUTE FUNCTION "irr_advance_public_generation"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "response_records_public_generation_not_required_update" AFTER UPDATE ON "response_records" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN ((OLD."not_required_reason" IS NULL) IS DISTINCT FROM (NEW."not_required_reason" IS NULL)) EXECUTE FUNCTION "irr_advance_public_generation"();
