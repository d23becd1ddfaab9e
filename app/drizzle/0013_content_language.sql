ALTER TABLE "process" ADD COLUMN "lang" text DEFAULT 'pl' NOT NULL;--> statement-breakpoint
ALTER TABLE "comment" ADD COLUMN "lang" text DEFAULT 'pl' NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting" ADD COLUMN "lang" text DEFAULT 'pl' NOT NULL;--> statement-breakpoint
ALTER TABLE "idea" ADD COLUMN "lang" text DEFAULT 'pl' NOT NULL;--> statement-breakpoint
ALTER TABLE "budget_project" ADD COLUMN "lang" text DEFAULT 'pl' NOT NULL;--> statement-breakpoint
ALTER TABLE "initiative_application" ADD COLUMN "lang" text DEFAULT 'pl' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "lang" text DEFAULT 'pl' NOT NULL;