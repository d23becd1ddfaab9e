CREATE TABLE "panel" (
	"process_id" text PRIMARY KEY NOT NULL,
	"question" text NOT NULL,
	"size" integer NOT NULL,
	"reserves" integer DEFAULT 0 NOT NULL,
	"stage" text DEFAULT 'setup' NOT NULL,
	"open_registration" boolean DEFAULT false NOT NULL,
	"threshold_pct" integer DEFAULT 80 NOT NULL,
	"abstain_counts" boolean DEFAULT true NOT NULL,
	"challenge_window_days" integer DEFAULT 30 NOT NULL,
	"monitoring_interval_days" integer DEFAULT 90 NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"letter_seed" text,
	"letter_seed_hash" text,
	"letters_drawn_at" timestamp with time zone,
	"letters_to_draw" integer,
	"pool_frozen_at" timestamp with time zone,
	"purged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_address" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"row_index" integer NOT NULL,
	"street" text NOT NULL,
	"postcode" text NOT NULL,
	"city" text NOT NULL,
	"district_id" integer,
	"draw_order" integer,
	"code" text,
	"code_used_at" timestamp with time zone,
	CONSTRAINT "panel_address_code_unique" UNIQUE("code"),
	CONSTRAINT "panel_address_row" UNIQUE("process_id","row_index")
);
--> statement-breakpoint
CREATE TABLE "panel_assessment" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"rating" text NOT NULL,
	"body" text NOT NULL,
	"author_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_draw" (
	"process_id" text PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"algorithm" text DEFAULT 'leximin' NOT NULL,
	"progress" text,
	"progress_pct" integer DEFAULT 0 NOT NULL,
	"pool" jsonb,
	"panels" jsonb,
	"probabilities" jsonb,
	"report" jsonb,
	"reserves" jsonb,
	"seed_hash" text,
	"seed" text,
	"dice" text,
	"chosen_index" integer,
	"error" text,
	"worker_id" text,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"committed_at" timestamp with time zone,
	"drawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "panel_material" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"speaker" text DEFAULT '' NOT NULL,
	"url" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_member" (
	"process_id" text NOT NULL,
	"user_id" text NOT NULL,
	"role" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"volunteer_id" text,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "panel_member_process_id_user_id_role_pk" PRIMARY KEY("process_id","user_id","role")
);
--> statement-breakpoint
CREATE TABLE "panel_quota" (
	"process_id" text NOT NULL,
	"feature" text NOT NULL,
	"value" text NOT NULL,
	"label" text NOT NULL,
	"position" integer NOT NULL,
	"share" text,
	"share_source" text DEFAULT 'manual' NOT NULL,
	"min" integer NOT NULL,
	"max" integer NOT NULL,
	CONSTRAINT "panel_quota_process_id_feature_value_pk" PRIMARY KEY("process_id","feature","value")
);
--> statement-breakpoint
CREATE TABLE "panel_recommendation" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"within_city_powers" boolean DEFAULT true NOT NULL,
	"binding" boolean DEFAULT false NOT NULL,
	"votes_for" integer DEFAULT 0 NOT NULL,
	"votes_against" integer DEFAULT 0 NOT NULL,
	"votes_abstain" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "panel_recommendation_number" UNIQUE("process_id","number")
);
--> statement-breakpoint
CREATE TABLE "panel_response" (
	"recommendation_id" text PRIMARY KEY NOT NULL,
	"response" text NOT NULL,
	"department" text NOT NULL,
	"deadline" timestamp with time zone,
	"status" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_revision" (
	"id" text PRIMARY KEY NOT NULL,
	"recommendation_id" text NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"author_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_session" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_submission" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"author_id" text,
	"organisation" text,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_update" (
	"id" text PRIMARY KEY NOT NULL,
	"recommendation_id" text NOT NULL,
	"status" text NOT NULL,
	"body" text NOT NULL,
	"author_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panel_volunteer" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"user_id" text,
	"address_id" text,
	"row_index" integer,
	"name" text,
	"email" text,
	"phone" text,
	"household" text,
	"answers" jsonb NOT NULL,
	"availability" text,
	"consent_at" timestamp with time zone,
	"status" text DEFAULT 'registered' NOT NULL,
	"reserve_rank" integer,
	"probability" text,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"purged_at" timestamp with time zone,
	CONSTRAINT "panel_volunteer_row" UNIQUE("process_id","row_index")
);
--> statement-breakpoint
CREATE TABLE "panel_vote" (
	"round_id" text NOT NULL,
	"recommendation_id" text NOT NULL,
	"user_id" text,
	"voter_key" text NOT NULL,
	"choice" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "panel_vote_round_id_recommendation_id_voter_key_pk" PRIMARY KEY("round_id","recommendation_id","voter_key")
);
--> statement-breakpoint
CREATE TABLE "panel_vote_round" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"threshold_pct" integer NOT NULL,
	"allow_abstain" boolean DEFAULT true NOT NULL,
	"abstain_counts" boolean DEFAULT true NOT NULL,
	"recommendation_ids" text[] NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "panel" ADD CONSTRAINT "panel_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_address" ADD CONSTRAINT "panel_address_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_assessment" ADD CONSTRAINT "panel_assessment_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_assessment" ADD CONSTRAINT "panel_assessment_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_draw" ADD CONSTRAINT "panel_draw_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_material" ADD CONSTRAINT "panel_material_session_id_panel_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."panel_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_member" ADD CONSTRAINT "panel_member_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_member" ADD CONSTRAINT "panel_member_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_quota" ADD CONSTRAINT "panel_quota_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_recommendation" ADD CONSTRAINT "panel_recommendation_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_recommendation" ADD CONSTRAINT "panel_recommendation_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_response" ADD CONSTRAINT "panel_response_recommendation_id_panel_recommendation_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."panel_recommendation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_revision" ADD CONSTRAINT "panel_revision_recommendation_id_panel_recommendation_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."panel_recommendation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_revision" ADD CONSTRAINT "panel_revision_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_session" ADD CONSTRAINT "panel_session_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_submission" ADD CONSTRAINT "panel_submission_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_submission" ADD CONSTRAINT "panel_submission_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_update" ADD CONSTRAINT "panel_update_recommendation_id_panel_recommendation_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."panel_recommendation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_update" ADD CONSTRAINT "panel_update_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_volunteer" ADD CONSTRAINT "panel_volunteer_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_volunteer" ADD CONSTRAINT "panel_volunteer_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_volunteer" ADD CONSTRAINT "panel_volunteer_address_id_panel_address_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."panel_address"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_vote" ADD CONSTRAINT "panel_vote_round_id_panel_vote_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."panel_vote_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_vote" ADD CONSTRAINT "panel_vote_recommendation_id_panel_recommendation_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."panel_recommendation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_vote" ADD CONSTRAINT "panel_vote_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_vote_round" ADD CONSTRAINT "panel_vote_round_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "panel_address_process_idx" ON "panel_address" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "panel_session_process_idx" ON "panel_session" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "panel_submission_process_idx" ON "panel_submission" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "panel_volunteer_process_idx" ON "panel_volunteer" USING btree ("process_id");