ALTER TABLE "transcripts" ADD COLUMN "draft_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "transcripts" ADD COLUMN "next_draft_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "transcripts" ADD COLUMN "settled_at" timestamp with time zone;