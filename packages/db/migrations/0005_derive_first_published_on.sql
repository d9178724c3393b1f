-- Hand-written (issue 13, defect 3): "first published on" is derived, never typed. records.setDates
-- used to accept it, so an editor could have rewritten it; derive it again from the frozen first
-- published version (the London calendar day of version 1's publication), and clear it on records
-- never published.
UPDATE "response_records" AS r
SET "first_published_on" = (v."published_at" AT TIME ZONE 'Europe/London')::date
FROM "record_versions" AS v
WHERE v."record_id" = r."id"
  AND v."version" = 1
  AND r."first_published_on" IS DISTINCT FROM (v."published_at" AT TIME ZONE 'Europe/London')::date;
--> statement-breakpoint
UPDATE "response_records" AS r
SET "first_published_on" = NULL
WHERE r."first_published_on" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "record_versions" AS v WHERE v."record_id" = r."id");
