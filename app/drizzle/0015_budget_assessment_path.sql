CREATE TABLE "budget_council_member" (
	"process_id" text NOT NULL,
	"user_id" text NOT NULL,
	"added_by" text,
	"added_at" timestamp with time zone NOT NULL,
	CONSTRAINT "budget_council_member_process_id_user_id_pk" PRIMARY KEY("process_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "budget_edition" ADD COLUMN "assessment_path" jsonb DEFAULT '{"stages":["formal","merit"],"appealAgainst":["formal","merit"],"afterUpheldAppeal":{"formal":"merit","merit":"ballot"}}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "budget_edition" ADD COLUMN "appeal_decided_by" text DEFAULT 'officials' NOT NULL;--> statement-breakpoint
ALTER TABLE "budget_council_member" ADD CONSTRAINT "budget_council_member_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_council_member" ADD CONSTRAINT "budget_council_member_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_council_member" ADD CONSTRAINT "budget_council_member_added_by_user_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_council_user_idx" ON "budget_council_member" USING btree ("user_id");