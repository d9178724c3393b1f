ALTER TABLE "published_findings" ADD COLUMN "grade" text;--> statement-breakpoint
ALTER TABLE "published_findings" ADD COLUMN "title" text;--> statement-breakpoint
ALTER TABLE "published_findings" ADD COLUMN "reference" text;--> statement-breakpoint
ALTER TABLE "published_findings" ADD COLUMN "acceptance" text;--> statement-breakpoint
CREATE INDEX "published_findings_finding_idx" ON "published_findings" USING btree ("finding_id");--> statement-breakpoint
-- Versions published before this migration: the same values their snapshots give, as the publisher now copies them.
UPDATE "published_findings" pf SET
	"title" = CASE WHEN jsonb_typeof(f->'title') = 'string' THEN f->>'title' END,
	"reference" = CASE WHEN jsonb_typeof(f->'reference') = 'string' THEN f->>'reference' END,
	"acceptance" = CASE WHEN jsonb_typeof(f->'acceptance'->'position') = 'string' THEN f->'acceptance'->>'position' END
FROM "record_versions" v, jsonb_array_elements(v."snapshot"->'record'->'findings') f
WHERE v."id" = pf."version_id" AND f->>'ref' = pf."ref";--> statement-breakpoint
-- The domain's gradeFor: the first grade of the finding's area, else of its pillar (names compared trimmed and in
-- lower case), else the overall grade. Each version's grades are read from its snapshot once.
UPDATE "published_findings" pf SET "grade" = coalesce(
	(SELECT x.g->>'value' FROM jsonb_array_elements(v.grades) WITH ORDINALITY AS x(g, n)
	 WHERE coalesce(pf."area", '') <> '' AND x.g->'scope'->>'level' = 'area'
	   AND lower(btrim(coalesce(x.g->'scope'->>'area', ''), E' \t\n\r\f\v')) = lower(btrim(pf."area", E' \t\n\r\f\v'))
	 ORDER BY x.n LIMIT 1),
	(SELECT x.g->>'value' FROM jsonb_array_elements(v.grades) WITH ORDINALITY AS x(g, n)
	 WHERE coalesce(pf."pillar", '') <> '' AND x.g->'scope'->>'level' = 'pillar'
	   AND lower(btrim(coalesce(x.g->'scope'->>'pillar', ''), E' \t\n\r\f\v')) = lower(btrim(pf."pillar", E' \t\n\r\f\v'))
	 ORDER BY x.n LIMIT 1),
	(SELECT x.g->>'value' FROM jsonb_array_elements(v.grades) WITH ORDINALITY AS x(g, n)
	 WHERE x.g->'scope'->>'level' = 'overall'
	 ORDER BY x.n LIMIT 1))
FROM (SELECT "id", CASE WHEN jsonb_typeof("snapshot"->'record'->'grades') = 'array' THEN "snapshot"->'record'->'grades' ELSE '[]'::jsonb END AS grades
	FROM "record_versions") v
WHERE v."id" = pf."version_id";
