ALTER TABLE "audit_log" ADD COLUMN "process_id" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "idea" ADD COLUMN "process_id" text;--> statement-breakpoint
ALTER TABLE "idea" ADD CONSTRAINT "idea_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_process_idx" ON "audit_log" USING btree ("process_id","id");--> statement-breakpoint
CREATE INDEX "idea_process_idx" ON "idea" USING btree ("process_id");