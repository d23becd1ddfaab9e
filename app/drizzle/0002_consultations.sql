CREATE TABLE "consultation_comment_support" (
	"comment_id" text NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_comment_support_comment_id_user_id_pk" PRIMARY KEY("comment_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "consultation" (
	"process_id" text PRIMARY KEY NOT NULL,
	"target_districts" integer[] DEFAULT '{}' NOT NULL,
	"target_age_bands" text[] DEFAULT '{}' NOT NULL,
	"target_stakeholders" text[] DEFAULT '{}' NOT NULL,
	"forms" text[] DEFAULT '{}' NOT NULL,
	"info_starts_at" timestamp with time zone,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"report_due_at" timestamp with time zone,
	"duration_override_reason" text,
	"survey_anonymous" boolean DEFAULT false NOT NULL,
	"survey_intro" text DEFAULT '' NOT NULL,
	"decision" text,
	"report_published_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_evaluation" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"user_id" text,
	"scope_clear" integer NOT NULL,
	"heard" integer NOT NULL,
	"again" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_evaluation_once" UNIQUE("process_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "consultation_map_pin" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"author_id" text,
	"topic" text NOT NULL,
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	"district_id" integer,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_paragraph" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"position" integer NOT NULL,
	"heading" text DEFAULT '' NOT NULL,
	"body" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_partner" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"representative_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_partner_rep_once" UNIQUE("process_id","representative_id")
);
--> statement-breakpoint
CREATE TABLE "consultation_partner_session" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"partner_id" text NOT NULL,
	"title" text NOT NULL,
	"held_at" timestamp with time zone NOT NULL,
	"district_id" integer,
	"age_band" text,
	"participants" integer NOT NULL,
	"notes" text NOT NULL,
	"recorded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_submission" (
	"kind" text NOT NULL,
	"submission_id" text NOT NULL,
	"process_id" text NOT NULL,
	"theme_id" text,
	"status" text,
	"reason" text,
	"answered_by" text,
	"answered_at" timestamp with time zone,
	CONSTRAINT "consultation_submission_kind_submission_id_pk" PRIMARY KEY("kind","submission_id")
);
--> statement-breakpoint
CREATE TABLE "survey_answer" (
	"response_id" text NOT NULL,
	"question_id" text NOT NULL,
	"value" jsonb NOT NULL,
	CONSTRAINT "survey_answer_response_id_question_id_pk" PRIMARY KEY("response_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "survey_question" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"prompt" text NOT NULL,
	"hint" text DEFAULT '' NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rows" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"scale_min" integer DEFAULT 1 NOT NULL,
	"scale_max" integer DEFAULT 5 NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"condition_question_id" text,
	"condition_value" text
);
--> statement-breakpoint
CREATE TABLE "survey_response" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"user_id" text,
	"device_key" text,
	"district_id" integer,
	"age_band" text,
	"receipt" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_response_one_per_person" UNIQUE("process_id","user_id"),
	CONSTRAINT "survey_response_one_per_device" UNIQUE("process_id","device_key")
);
--> statement-breakpoint
CREATE TABLE "consultation_theme" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"title" text NOT NULL,
	"status" text,
	"reason" text,
	"answered_by" text,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"format" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"link" text DEFAULT '' NOT NULL,
	"district_id" integer,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer,
	"minutes" text,
	"photos" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_registration" (
	"id" text PRIMARY KEY NOT NULL,
	"meeting_id" text NOT NULL,
	"user_id" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reminded_at" timestamp with time zone,
	CONSTRAINT "meeting_registration_once" UNIQUE("meeting_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "idea" (
	"id" text PRIMARY KEY NOT NULL,
	"author_id" text,
	"title" text NOT NULL,
	"topic" text NOT NULL,
	"district_id" integer,
	"lon" double precision,
	"lat" double precision,
	"location" text DEFAULT '' NOT NULL,
	"description" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"response" text,
	"responded_by" text,
	"responded_at" timestamp with time zone,
	"linked_process_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idea_support" (
	"idea_id" text NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idea_support_idea_id_user_id_pk" PRIMARY KEY("idea_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "consultation_comment_support" ADD CONSTRAINT "consultation_comment_support_comment_id_comment_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comment_support" ADD CONSTRAINT "consultation_comment_support_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_evaluation" ADD CONSTRAINT "consultation_evaluation_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_evaluation" ADD CONSTRAINT "consultation_evaluation_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_map_pin" ADD CONSTRAINT "consultation_map_pin_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_map_pin" ADD CONSTRAINT "consultation_map_pin_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_paragraph" ADD CONSTRAINT "consultation_paragraph_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_partner" ADD CONSTRAINT "consultation_partner_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_partner" ADD CONSTRAINT "consultation_partner_representative_id_user_id_fk" FOREIGN KEY ("representative_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_partner_session" ADD CONSTRAINT "consultation_partner_session_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_partner_session" ADD CONSTRAINT "consultation_partner_session_partner_id_consultation_partner_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."consultation_partner"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_partner_session" ADD CONSTRAINT "consultation_partner_session_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_submission" ADD CONSTRAINT "consultation_submission_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_submission" ADD CONSTRAINT "consultation_submission_theme_id_consultation_theme_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."consultation_theme"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_submission" ADD CONSTRAINT "consultation_submission_answered_by_user_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answer" ADD CONSTRAINT "survey_answer_response_id_survey_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_response"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answer" ADD CONSTRAINT "survey_answer_question_id_survey_question_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."survey_question"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_question" ADD CONSTRAINT "survey_question_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_response" ADD CONSTRAINT "survey_response_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_response" ADD CONSTRAINT "survey_response_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_theme" ADD CONSTRAINT "consultation_theme_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_theme" ADD CONSTRAINT "consultation_theme_answered_by_user_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_registration" ADD CONSTRAINT "meeting_registration_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_registration" ADD CONSTRAINT "meeting_registration_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea" ADD CONSTRAINT "idea_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea" ADD CONSTRAINT "idea_responded_by_user_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea" ADD CONSTRAINT "idea_linked_process_id_process_id_fk" FOREIGN KEY ("linked_process_id") REFERENCES "public"."process"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_support" ADD CONSTRAINT "idea_support_idea_id_idea_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."idea"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_support" ADD CONSTRAINT "idea_support_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_map_pin_process_idx" ON "consultation_map_pin" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "consultation_paragraph_process_idx" ON "consultation_paragraph" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "consultation_partner_session_process_idx" ON "consultation_partner_session" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "consultation_submission_process_idx" ON "consultation_submission" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "survey_question_process_idx" ON "survey_question" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "consultation_theme_process_idx" ON "consultation_theme" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "meeting_process_idx" ON "meeting" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "meeting_starts_idx" ON "meeting" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "meeting_registration_meeting_idx" ON "meeting_registration" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "idea_status_idx" ON "idea" USING btree ("status");--> statement-breakpoint
CREATE INDEX "idea_created_idx" ON "idea" USING btree ("created_at");