-- A national or thematic report's findings, stored once at the report; each force's finding links to one,
-- and a published version keeps the link its findings had (published_findings), for the report page's comparison.
CREATE TABLE "report_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_findings_report_kind_number_key" UNIQUE("report_id","kind","number")
);
--> statement-breakpoint
ALTER TABLE "published_findings" ADD COLUMN "report_finding_id" uuid;--> statement-breakpoint
ALTER TABLE "findings" ADD COLUMN "report_finding_id" uuid;--> statement-breakpoint
ALTER TABLE "report_findings" ADD CONSTRAINT "report_findings_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_report_finding_id_report_findings_id_fk" FOREIGN KEY ("report_finding_id") REFERENCES "public"."report_findings"("id") ON DELETE set null ON UPDATE no action;