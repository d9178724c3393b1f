ALTER TABLE "findings" ADD COLUMN "owner_user_id" uuid;--> statement-breakpoint
ALTER TABLE "findings" ADD COLUMN "owner_team" text;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Free-text owners were team or role names, not accounts: they are kept as team labels.
UPDATE "findings" SET "owner_team" = NULLIF(btrim("owner"), '') WHERE "owner" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "findings" DROP COLUMN "owner";