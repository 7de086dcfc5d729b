CREATE TABLE "installations" (
	"key" text PRIMARY KEY NOT NULL,
	"team_id" text,
	"enterprise_id" text,
	"is_enterprise_install" boolean DEFAULT false NOT NULL,
	"sealed" text NOT NULL,
	"bot_token_expires_at" timestamp with time zone,
	"refresh_claimed_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "enterprise_id" text;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "reminders_paused_at" timestamp with time zone;