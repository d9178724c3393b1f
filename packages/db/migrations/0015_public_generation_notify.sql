-- The public generation (migration 0014) also tells whoever listens: each advance sends its new value on the
-- channel irr_public_generation. PostgreSQL delivers a notification only at commit, in commit order, and
-- drops it with a rolled-back transaction, so a listener hears exactly the committed values. A server's public
-- cache listens on a connection of its own (src/generation-watch.ts): a cache hit then needs no round trip to
-- learn that another process published something.
CREATE OR REPLACE FUNCTION "irr_advance_public_generation"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  advanced bigint;
BEGIN
  IF current_setting('irr.public_generation_advanced', true) IS DISTINCT FROM 'yes' THEN
    UPDATE "public_generation" SET "value" = "value" + 1 WHERE "id" = 1 RETURNING "value" INTO advanced;
    PERFORM set_config('irr.public_generation_advanced', 'yes', true);
    PERFORM pg_notify('irr_public_generation', advanced::text);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "irr_published_finding_written"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  record uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD."record_id" ELSE NEW."record_id" END;
  advanced bigint;
BEGIN
  IF current_setting('irr.public_generation_advanced', true) IS DISTINCT FROM 'yes'
     AND EXISTS (SELECT 1 FROM "response_records" WHERE "id" = record AND "latest_published_version" IS NOT NULL) THEN
    UPDATE "public_generation" SET "value" = "value" + 1 WHERE "id" = 1 RETURNING "value" INTO advanced;
    PERFORM set_config('irr.public_generation_advanced', 'yes', true);
    PERFORM pg_notify('irr_public_generation', advanced::text);
  END IF;
  RETURN NULL;
END;
$$;
