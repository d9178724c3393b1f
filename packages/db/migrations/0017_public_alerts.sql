CREATE TABLE "alert_follows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subscriber_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"organisation_id" uuid,
	"report_id" uuid,
	"finding_id" uuid,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alert_follows_target_key" UNIQUE NULLS NOT DISTINCT("subscriber_id","kind","organisation_id","report_id","finding_id"),
	CONSTRAINT "alert_follows_one_target" CHECK (("alert_follows"."kind" = 'force' and "alert_follows"."organisation_id" is not null and "alert_follows"."report_id" is null and "alert_follows"."finding_id" is null)
        or ("alert_follows"."kind" = 'report' and "alert_follows"."report_id" is not null and "alert_follows"."organisation_id" is null and "alert_follows"."finding_id" is null)
        or ("alert_follows"."kind" = 'finding' and "alert_follows"."finding_id" is not null and "alert_follows"."organisation_id" is null and "alert_follows"."report_id" is null))
);
--> statement-breakpoint
CREATE TABLE "alert_subscribers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"frequency" text NOT NULL,
	"unsubscribe_token" text NOT NULL,
	"confirmation_token" text,
	"confirmation_sent_at" timestamp with time zone,
	"alerted_through" timestamp with time zone,
	"last_alert_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alert_subscribers_email_unique" UNIQUE("email"),
	CONSTRAINT "alert_subscribers_unsubscribe_token_unique" UNIQUE("unsubscribe_token"),
	CONSTRAINT "alert_subscribers_confirmation_token_unique" UNIQUE("confirmation_token")
);
--> statement-breakpoint
ALTER TABLE "status_changes" ADD COLUMN "seq" bigserial NOT NULL;--> statement-breakpoint
ALTER TABLE "target_date_revisions" ADD COLUMN "seq" bigserial NOT NULL;--> statement-breakpoint
ALTER TABLE "alert_follows" ADD CONSTRAINT "alert_follows_subscriber_id_alert_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."alert_subscribers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_follows" ADD CONSTRAINT "alert_follows_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_follows" ADD CONSTRAINT "alert_follows_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_follows" ADD CONSTRAINT "alert_follows_finding_id_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."findings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alert_follows_subscriber_idx" ON "alert_follows" USING btree ("subscriber_id");