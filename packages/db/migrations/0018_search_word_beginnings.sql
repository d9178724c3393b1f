-- Search matches the beginnings of words as they are typed ("recommenda" finds "recommendation"). The English
-- stems alone cannot (the stem of "recommendation" is "recommend"), so each search vector also holds every word
-- unstemmed ('simple'), at the same weight; a query's words match either as prefixes (webSearch).
ALTER TABLE "findings" DROP COLUMN "search";--> statement-breakpoint
ALTER TABLE "findings" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("reference", '') || ' ' || coalesce("pillar", '') || ' ' || coalesce("area", '')), 'B') ||
  setweight(to_tsvector('simple', coalesce("reference", '') || ' ' || coalesce("pillar", '') || ' ' || coalesce("area", '')), 'B') ||
  setweight(to_tsvector('english', regexp_replace("text", '<[^>]*>', ' ', 'g')), 'A') ||
  setweight(to_tsvector('simple', regexp_replace("text", '<[^>]*>', ' ', 'g')), 'A') ||
  setweight(to_tsvector('english', regexp_replace(coalesce("acceptance_explanation", ''), '<[^>]*>', ' ', 'g')), 'C') ||
  setweight(to_tsvector('simple', regexp_replace(coalesce("acceptance_explanation", ''), '<[^>]*>', ' ', 'g')), 'C')
) STORED;--> statement-breakpoint
CREATE INDEX "findings_search_idx" ON "findings" USING gin ("search");--> statement-breakpoint
ALTER TABLE "finding_updates" DROP COLUMN "search";--> statement-breakpoint
ALTER TABLE "finding_updates" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  to_tsvector('english', regexp_replace("text", '<[^>]*>', ' ', 'g')) ||
  to_tsvector('simple', regexp_replace("text", '<[^>]*>', ' ', 'g'))
) STORED;--> statement-breakpoint
CREATE INDEX "finding_updates_search_idx" ON "finding_updates" USING gin ("search");--> statement-breakpoint
ALTER TABLE "published_findings" DROP COLUMN "search";--> statement-breakpoint
ALTER TABLE "published_findings" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("pillar", '') || ' ' || coalesce("area", '')), 'B') ||
  setweight(to_tsvector('simple', coalesce("pillar", '') || ' ' || coalesce("area", '')), 'B') ||
  setweight(to_tsvector('english', regexp_replace("text", '<[^>]*>', ' ', 'g')), 'A') ||
  setweight(to_tsvector('simple', regexp_replace("text", '<[^>]*>', ' ', 'g')), 'A')
) STORED;--> statement-breakpoint
CREATE INDEX "published_findings_search_idx" ON "published_findings" USING gin ("search");
