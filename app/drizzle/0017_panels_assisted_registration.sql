ALTER TABLE "panel_volunteer" ADD COLUMN "channel" text DEFAULT 'online' NOT NULL;--> statement-breakpoint
ALTER TABLE "panel_volunteer" ADD COLUMN "channel_place" text;--> statement-breakpoint
ALTER TABLE "panel_volunteer" ADD COLUMN "consent_kind" text DEFAULT 'online' NOT NULL;--> statement-breakpoint
ALTER TABLE "panel_volunteer" ADD COLUMN "consent_ref" text;--> statement-breakpoint
ALTER TABLE "panel_volunteer" ADD COLUMN "consent_witness" text;--> statement-breakpoint
ALTER TABLE "panel_volunteer" ADD COLUMN "postal_address" text;--> statement-breakpoint
ALTER TABLE "panel_volunteer" ADD COLUMN "registered_by" text;--> statement-breakpoint
ALTER TABLE "panel_volunteer" ADD CONSTRAINT "panel_volunteer_registered_by_user_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;