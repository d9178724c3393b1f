CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "memberships_user_id_organisation_id_pk" PRIMARY KEY("user_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"failed_sign_ins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "report_forces" (
	"report_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "report_forces_report_id_organisation_id_pk" PRIMARY KEY("report_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"inspectorate" text NOT NULL,
	"type" text NOT NULL,
	"framework" text,
	"published_on" date,
	"link" text,
	"national" boolean DEFAULT false NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reports_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "published_findings" (
	"version_id" uuid NOT NULL,
	"finding_id" uuid NOT NULL,
	"record_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"ref" text NOT NULL,
	"kind" text NOT NULL,
	"pillar" text,
	"area" text,
	"text" text NOT NULL,
	"current" boolean DEFAULT true NOT NULL,
	CONSTRAINT "published_findings_version_id_finding_id_pk" PRIMARY KEY("version_id","finding_id")
);
--> statement-breakpoint
CREATE TABLE "record_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"snapshot" jsonb NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawal_reason" text,
	CONSTRAINT "record_versions_record_version_key" UNIQUE("record_id","version")
);
--> statement-breakpoint
CREATE TABLE "response_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"draft_version" integer DEFAULT 1 NOT NULL,
	"latest_published_version" integer,
	"commissioner" jsonb NOT NULL,
	"chief_officer" jsonb NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"grades" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"commissioner_comments" text DEFAULT '' NOT NULL,
	"chief_officer_comments" text DEFAULT '' NOT NULL,
	"last_editor_id" uuid,
	"changes_requested_reason" text,
	"comments_requested_on" date,
	"comments_due_on" date,
	"comments_received_on" date,
	"first_published_on" date,
	"sent_to_hmicfrs_on" date,
	"sent_to_home_secretary_on" date,
	"not_required_reason" text,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "response_records_report_org_key" UNIQUE("report_id","organisation_id"),
	CONSTRAINT "response_records_row_version_positive" CHECK ("response_records"."row_version" > 0)
);
--> statement-breakpoint
CREATE TABLE "finding_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"finding_id" uuid NOT NULL,
	"date" date,
	"author" text NOT NULL,
	"visibility" text NOT NULL,
	"text" text NOT NULL,
	"position" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"ref" text NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"reference" text,
	"text" text NOT NULL,
	"sub_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"pillar" text,
	"area" text,
	"question_id" text,
	"deadline_phrase" text,
	"cause_of_concern_id" uuid,
	"supersedes" text,
	"acceptance_position" text,
	"acceptance_explanation" text,
	"status" text DEFAULT 'not_started' NOT NULL,
	"cause_status" text,
	"cause_closed_on" date,
	"cause_closure_link" text,
	"owner" text,
	"original_target_date" date,
	"target_date" date,
	"inspectorate_status" jsonb,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "findings_record_ref_key" UNIQUE("record_id","ref")
);
--> statement-breakpoint
CREATE TABLE "status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"finding_id" uuid NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"reason" text,
	"changed_on" date NOT NULL,
	"changed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "target_date_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"finding_id" uuid NOT NULL,
	"from_date" date,
	"to_date" date NOT NULL,
	"reason" text NOT NULL,
	"revised_on" date NOT NULL,
	"revised_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"organisation_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_forces" ADD CONSTRAINT "report_forces_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_forces" ADD CONSTRAINT "report_forces_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_findings" ADD CONSTRAINT "published_findings_version_id_record_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."record_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_findings" ADD CONSTRAINT "published_findings_record_id_response_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."response_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_findings" ADD CONSTRAINT "published_findings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_versions" ADD CONSTRAINT "record_versions_record_id_response_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."response_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_versions" ADD CONSTRAINT "record_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_records" ADD CONSTRAINT "response_records_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_records" ADD CONSTRAINT "response_records_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_records" ADD CONSTRAINT "response_records_last_editor_id_users_id_fk" FOREIGN KEY ("last_editor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding_updates" ADD CONSTRAINT "finding_updates_finding_id_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."findings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding_updates" ADD CONSTRAINT "finding_updates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_record_id_response_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."response_records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_cause_of_concern_id_findings_id_fk" FOREIGN KEY ("cause_of_concern_id") REFERENCES "public"."findings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_changes" ADD CONSTRAINT "status_changes_finding_id_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."findings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_changes" ADD CONSTRAINT "status_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_date_revisions" ADD CONSTRAINT "target_date_revisions_finding_id_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."findings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_date_revisions" ADD CONSTRAINT "target_date_revisions_revised_by_users_id_fk" FOREIGN KEY ("revised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "report_forces_org_idx" ON "report_forces" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "published_findings_current_idx" ON "published_findings" USING btree ("current","organisation_id");--> statement-breakpoint
CREATE INDEX "response_records_org_idx" ON "response_records" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "finding_updates_finding_idx" ON "finding_updates" USING btree ("finding_id","position");--> statement-breakpoint
CREATE INDEX "findings_record_idx" ON "findings" USING btree ("record_id","position");--> statement-breakpoint
CREATE INDEX "findings_status_idx" ON "findings" USING btree ("status","target_date");--> statement-breakpoint
CREATE INDEX "status_changes_finding_idx" ON "status_changes" USING btree ("finding_id");--> statement-breakpoint
CREATE INDEX "target_date_revisions_finding_idx" ON "target_date_revisions" USING btree ("finding_id");--> statement-breakpoint
CREATE INDEX "audit_events_org_at_idx" ON "audit_events" USING btree ("organisation_id","at");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");