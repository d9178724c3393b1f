-- Report matching on import reads the reports that could be the incoming one. These indexes let it look
-- them up (by title key, by link) instead of computing every held title's key on every import.
-- The expression must stay exactly as reportCandidates (src/repositories/import-record.ts) writes it.
CREATE INDEX "reports_title_key_idx" ON "reports" (lower(regexp_replace(replace("title", '&', 'and'), '[^[:alnum:]]+', '', 'g')));--> statement-breakpoint
CREATE INDEX "reports_link_idx" ON "reports" ("link") WHERE "link" IS NOT NULL;--> statement-breakpoint
-- Never read (staff search reads findings and updates; public search reads published copies), yet
-- computed on every record insert and update.
ALTER TABLE "response_records" DROP COLUMN "search";
