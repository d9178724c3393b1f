-- A response's own permalink under its force. Existing responses keep the address they had (the report's
-- slug, unique across the register); `irr migrate` then gives each its short form (shortenResponseSlugs),
-- and the old address redirects to it.
ALTER TABLE "response_records" ADD COLUMN "slug" text;--> statement-breakpoint
-- The update's deferred public-generation events run now: ALTER TABLE refuses a table with pending ones.
SET CONSTRAINTS "response_records_public_generation_update", "response_records_public_generation_not_required_update" IMMEDIATE;--> statement-breakpoint
UPDATE "response_records" rr SET "slug" = r."slug" FROM "reports" r WHERE r."id" = rr."report_id";--> statement-breakpoint
ALTER TABLE "response_records" ALTER COLUMN "slug" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "response_records" ADD CONSTRAINT "response_records_org_slug_key" UNIQUE("organisation_id","slug");--> statement-breakpoint
SET CONSTRAINTS "response_records_public_generation_update", "response_records_public_generation_not_required_update" DEFERRED;
