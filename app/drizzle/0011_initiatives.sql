CREATE TABLE "initiative_agreement" (
	"application_id" text PRIMARY KEY NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"city_tasks" text NOT NULL,
	"group_tasks" text NOT NULL,
	"work_hours" integer NOT NULL,
	"goods_value" bigint NOT NULL,
	"money_amount" bigint NOT NULL,
	"city_amount" bigint NOT NULL,
	"prepared_by" text,
	"prepared_at" timestamp with time zone NOT NULL,
	"accepted_by" text,
	"accepted_at" timestamp with time zone,
	"signed_by" text,
	"signed_at" timestamp with time zone,
	CONSTRAINT "initiative_agreement_money" CHECK ("initiative_agreement"."work_hours" >= 0 and "initiative_agreement"."goods_value" >= 0 and "initiative_agreement"."money_amount" >= 0 and "initiative_agreement"."city_amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "initiative_application" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"number" text,
	"created_by" text,
	"organisation_id" text,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"theme" text NOT NULL,
	"beneficiaries" text DEFAULT '' NOT NULL,
	"district_id" integer,
	"lat" double precision,
	"lng" double precision,
	"place_description" text DEFAULT '' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"work_hours" integer DEFAULT 0 NOT NULL,
	"work_description" text DEFAULT '' NOT NULL,
	"goods_value" bigint DEFAULT 0 NOT NULL,
	"goods_description" text DEFAULT '' NOT NULL,
	"money_amount" bigint DEFAULT 0 NOT NULL,
	"requested_amount" bigint DEFAULT 0 NOT NULL,
	"city_tasks" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"approved_amount" bigint,
	"committed_amount" bigint DEFAULT 0 NOT NULL,
	"decision_justification" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "initiative_application_number" UNIQUE("process_id","number"),
	CONSTRAINT "initiative_application_money" CHECK ("initiative_application"."work_hours" >= 0 and "initiative_application"."goods_value" >= 0 and "initiative_application"."money_amount" >= 0 and "initiative_application"."requested_amount" >= 0 and "initiative_application"."committed_amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "initiative_assessment" (
	"application_id" text NOT NULL,
	"criterion_id" text NOT NULL,
	"score" integer NOT NULL,
	"justification" text NOT NULL,
	"assessed_by" text,
	"assessed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "initiative_assessment_once" UNIQUE("application_id","criterion_id"),
	CONSTRAINT "initiative_assessment_score" CHECK ("initiative_assessment"."score" >= 0)
);
--> statement-breakpoint
CREATE TABLE "initiative_criterion" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"max_score" integer NOT NULL,
	"weight" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "initiative_criterion_limits" CHECK ("initiative_criterion"."max_score" between 1 and 100 and "initiative_criterion"."weight" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "initiative_member" (
	"id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL,
	"full_name" text NOT NULL,
	"user_id" text,
	"contact" boolean DEFAULT false NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "initiative_member_once" UNIQUE("application_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_payment" (
	"id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"description" text NOT NULL,
	"paid_on" date NOT NULL,
	"recorded_by" text,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "initiative_payment_positive" CHECK ("initiative_payment"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "initiative_photo" (
	"id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL,
	"update_id" text,
	"mime" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"alt" text NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_programme" (
	"process_id" text PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"pool_amount" bigint NOT NULL,
	"work_hour_rate" bigint NOT NULL,
	"min_members" integer DEFAULT 3 NOT NULL,
	"min_score_percent" integer DEFAULT 50 NOT NULL,
	"resolution" text DEFAULT '' NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	CONSTRAINT "initiative_programme_money" CHECK ("initiative_programme"."pool_amount" >= 0 and "initiative_programme"."work_hour_rate" >= 0)
);
--> statement-breakpoint
CREATE TABLE "initiative_report" (
	"application_id" text PRIMARY KEY NOT NULL,
	"summary" text NOT NULL,
	"work_hours_delivered" integer NOT NULL,
	"goods_value_delivered" bigint NOT NULL,
	"money_delivered" bigint NOT NULL,
	"participants" integer DEFAULT 0 NOT NULL,
	"submitted_by" text,
	"submitted_at" timestamp with time zone NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"accepted" boolean,
	"review_note" text,
	CONSTRAINT "initiative_report_money" CHECK ("initiative_report"."work_hours_delivered" >= 0 and "initiative_report"."goods_value_delivered" >= 0 and "initiative_report"."money_delivered" >= 0 and "initiative_report"."participants" >= 0)
);
--> statement-breakpoint
CREATE TABLE "initiative_update" (
	"id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL,
	"body" text NOT NULL,
	"author_id" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "initiative_agreement" ADD CONSTRAINT "initiative_agreement_application_id_initiative_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."initiative_application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_agreement" ADD CONSTRAINT "initiative_agreement_prepared_by_user_id_fk" FOREIGN KEY ("prepared_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_agreement" ADD CONSTRAINT "initiative_agreement_accepted_by_user_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_agreement" ADD CONSTRAINT "initiative_agreement_signed_by_user_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_application" ADD CONSTRAINT "initiative_application_process_id_initiative_programme_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."initiative_programme"("process_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_application" ADD CONSTRAINT "initiative_application_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_application" ADD CONSTRAINT "initiative_application_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_assessment" ADD CONSTRAINT "initiative_assessment_application_id_initiative_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."initiative_application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_assessment" ADD CONSTRAINT "initiative_assessment_criterion_id_initiative_criterion_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."initiative_criterion"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_assessment" ADD CONSTRAINT "initiative_assessment_assessed_by_user_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_criterion" ADD CONSTRAINT "initiative_criterion_process_id_initiative_programme_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."initiative_programme"("process_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_member" ADD CONSTRAINT "initiative_member_application_id_initiative_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."initiative_application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_member" ADD CONSTRAINT "initiative_member_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_payment" ADD CONSTRAINT "initiative_payment_application_id_initiative_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."initiative_application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_payment" ADD CONSTRAINT "initiative_payment_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_photo" ADD CONSTRAINT "initiative_photo_application_id_initiative_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."initiative_application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_photo" ADD CONSTRAINT "initiative_photo_update_id_initiative_update_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."initiative_update"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_photo" ADD CONSTRAINT "initiative_photo_uploaded_by_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_programme" ADD CONSTRAINT "initiative_programme_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_report" ADD CONSTRAINT "initiative_report_application_id_initiative_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."initiative_application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_report" ADD CONSTRAINT "initiative_report_submitted_by_user_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_report" ADD CONSTRAINT "initiative_report_reviewed_by_user_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_update" ADD CONSTRAINT "initiative_update_application_id_initiative_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."initiative_application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_update" ADD CONSTRAINT "initiative_update_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "initiative_application_process_idx" ON "initiative_application" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "initiative_application_status_idx" ON "initiative_application" USING btree ("status");--> statement-breakpoint
CREATE INDEX "initiative_criterion_process_idx" ON "initiative_criterion" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "initiative_member_application_idx" ON "initiative_member" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "initiative_member_user_idx" ON "initiative_member" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "initiative_payment_application_idx" ON "initiative_payment" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "initiative_photo_application_idx" ON "initiative_photo" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "initiative_update_application_idx" ON "initiative_update" USING btree ("application_id");