ALTER TABLE "response_records" ADD COLUMN "document_version" text;--> statement-breakpoint
ALTER TABLE "finding_updates" ADD COLUMN "date_precision" text DEFAULT 'day' NOT NULL;--> statement-breakpoint
ALTER TABLE "findings" ADD COLUMN "title" text;