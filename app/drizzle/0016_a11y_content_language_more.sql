ALTER TABLE "consultation_map_pin" ADD COLUMN "lang" text DEFAULT 'pl' NOT NULL;--> statement-breakpoint
ALTER TABLE "consultation_partner_session" ADD COLUMN "lang" text DEFAULT 'pl' NOT NULL;--> statement-breakpoint
ALTER TABLE "consultation_submission" ADD COLUMN "lang" text DEFAULT 'pl' NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_response" ADD COLUMN "lang" text DEFAULT 'pl' NOT NULL;--> statement-breakpoint
ALTER TABLE "consultation_theme" ADD COLUMN "lang" text DEFAULT 'pl' NOT NULL;--> statement-breakpoint
ALTER TABLE "budget_update" ADD COLUMN "lang" text DEFAULT 'pl' NOT NULL;--> statement-breakpoint
ALTER TABLE "panel_recommendation" ADD COLUMN "lang" text DEFAULT 'pl' NOT NULL;