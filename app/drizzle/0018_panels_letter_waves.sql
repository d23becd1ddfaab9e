CREATE TABLE "panel_wave" (
	"process_id" text NOT NULL,
	"number" integer NOT NULL,
	"seed" text NOT NULL,
	"seed_hash" text NOT NULL,
	"districts" integer[] NOT NULL,
	"count" integer NOT NULL,
	"eligible" integer NOT NULL,
	"drawn_at" timestamp with time zone NOT NULL,
	CONSTRAINT "panel_wave_process_id_number_pk" PRIMARY KEY("process_id","number")
);
--> statement-breakpoint
ALTER TABLE "panel_address" ADD COLUMN "wave" integer;--> statement-breakpoint
ALTER TABLE "panel_wave" ADD CONSTRAINT "panel_wave_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;