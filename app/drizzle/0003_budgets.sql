CREATE TABLE "budget_appeal" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"verification_id" text NOT NULL,
	"author_id" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"accepted" boolean,
	"decision" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	CONSTRAINT "budget_appeal_once" UNIQUE("verification_id")
);
--> statement-breakpoint
CREATE TABLE "budget_ballot" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"receipt" text NOT NULL,
	"channel" text DEFAULT 'online' NOT NULL,
	CONSTRAINT "budget_ballot_receipt_unique" UNIQUE("receipt")
);
--> statement-breakpoint
CREATE TABLE "budget_ballot_choice" (
	"ballot_id" text NOT NULL,
	"pool_id" text NOT NULL,
	"project_id" text NOT NULL,
	"position" integer NOT NULL,
	"points" integer NOT NULL,
	CONSTRAINT "budget_ballot_choice_ballot_id_project_id_pk" PRIMARY KEY("ballot_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "budget_coauthor" (
	"project_id" text NOT NULL,
	"user_id" text NOT NULL,
	CONSTRAINT "budget_coauthor_project_id_user_id_pk" PRIMARY KEY("project_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "budget_edition" (
	"process_id" text PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"ballot_kind" text DEFAULT 'krakow' NOT NULL,
	"max_choices" integer DEFAULT 3 NOT NULL,
	"cumulative_points" integer DEFAULT 10 NOT NULL,
	"green_mode" text DEFAULT 'pool' NOT NULL,
	"green_share_percent" integer DEFAULT 0 NOT NULL,
	"min_age" integer DEFAULT 0 NOT NULL,
	"support_required" integer DEFAULT 0 NOT NULL,
	"appeal_days" integer DEFAULT 7 NOT NULL,
	"submission_opens_at" timestamp with time zone NOT NULL,
	"support_opens_at" timestamp with time zone NOT NULL,
	"verification_opens_at" timestamp with time zone NOT NULL,
	"appeals_opens_at" timestamp with time zone NOT NULL,
	"voting_opens_at" timestamp with time zone NOT NULL,
	"voting_closes_at" timestamp with time zone NOT NULL,
	"implementation_opens_at" timestamp with time zone NOT NULL,
	"counted_at" timestamp with time zone,
	"historical" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_paper_entry" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"paper_number" text NOT NULL,
	"choices" jsonb NOT NULL,
	"entered_by" text,
	"entered_at" timestamp with time zone NOT NULL,
	"ballot_id" text,
	CONSTRAINT "budget_paper_once_per_official" UNIQUE("process_id","paper_number","entered_by")
);
--> statement-breakpoint
CREATE TABLE "budget_participation" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"user_id" text NOT NULL,
	"residence_declared_at" timestamp with time zone NOT NULL,
	CONSTRAINT "budget_participation_one_per_person" UNIQUE("process_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "budget_photo" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"update_id" text,
	"mime" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"alt" text NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_pool" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"kind" text NOT NULL,
	"district_id" integer,
	"name" text NOT NULL,
	"amount" bigint NOT NULL,
	"min_cost" bigint DEFAULT 0 NOT NULL,
	"max_cost" bigint NOT NULL,
	"rule" text DEFAULT 'greedy' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"pabulib" text
);
--> statement-breakpoint
CREATE TABLE "budget_project" (
	"id" text PRIMARY KEY NOT NULL,
	"process_id" text NOT NULL,
	"pool_id" text NOT NULL,
	"code" text NOT NULL,
	"author_id" text,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"district_id" integer,
	"lat" double precision,
	"lng" double precision,
	"area" jsonb,
	"cost_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"cost" bigint NOT NULL,
	"corrected_cost" bigint,
	"climate_category" text,
	"climate_effect" jsonb,
	"status" text DEFAULT 'draft' NOT NULL,
	"imported_votes" integer,
	"imported_score" integer,
	"impl_status" text,
	"impl_progress" integer,
	"impl_department" text,
	"volunteers_wanted" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_project_code" UNIQUE("process_id","code")
);
--> statement-breakpoint
CREATE TABLE "budget_result" (
	"pool_id" text NOT NULL,
	"rule" text NOT NULL,
	"official" boolean NOT NULL,
	"selected" jsonb NOT NULL,
	"cost" bigint NOT NULL,
	"voters" integer NOT NULL,
	"explanations" jsonb NOT NULL,
	"metrics" jsonb NOT NULL,
	"counted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "budget_result_pool_id_rule_pk" PRIMARY KEY("pool_id","rule")
);
--> statement-breakpoint
CREATE TABLE "budget_support" (
	"project_id" text NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_support_project_id_user_id_pk" PRIMARY KEY("project_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "budget_update" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"progress" integer NOT NULL,
	"author_id" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_verification" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"stage" text NOT NULL,
	"positive" boolean NOT NULL,
	"justification" text NOT NULL,
	"corrected_cost" bigint,
	"decided_by" text,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_volunteer" (
	"project_id" text NOT NULL,
	"user_id" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "budget_volunteer_project_id_user_id_pk" PRIMARY KEY("project_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "budget_appeal" ADD CONSTRAINT "budget_appeal_project_id_budget_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."budget_project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_appeal" ADD CONSTRAINT "budget_appeal_verification_id_budget_verification_id_fk" FOREIGN KEY ("verification_id") REFERENCES "public"."budget_verification"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_appeal" ADD CONSTRAINT "budget_appeal_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_appeal" ADD CONSTRAINT "budget_appeal_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_ballot" ADD CONSTRAINT "budget_ballot_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_ballot_choice" ADD CONSTRAINT "budget_ballot_choice_ballot_id_budget_ballot_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."budget_ballot"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_coauthor" ADD CONSTRAINT "budget_coauthor_project_id_budget_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."budget_project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_coauthor" ADD CONSTRAINT "budget_coauthor_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_edition" ADD CONSTRAINT "budget_edition_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_paper_entry" ADD CONSTRAINT "budget_paper_entry_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_paper_entry" ADD CONSTRAINT "budget_paper_entry_entered_by_user_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_participation" ADD CONSTRAINT "budget_participation_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_participation" ADD CONSTRAINT "budget_participation_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_photo" ADD CONSTRAINT "budget_photo_project_id_budget_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."budget_project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_photo" ADD CONSTRAINT "budget_photo_uploaded_by_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_pool" ADD CONSTRAINT "budget_pool_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_project" ADD CONSTRAINT "budget_project_process_id_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_project" ADD CONSTRAINT "budget_project_pool_id_budget_pool_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."budget_pool"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_project" ADD CONSTRAINT "budget_project_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_result" ADD CONSTRAINT "budget_result_pool_id_budget_pool_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."budget_pool"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_support" ADD CONSTRAINT "budget_support_project_id_budget_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."budget_project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_support" ADD CONSTRAINT "budget_support_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_update" ADD CONSTRAINT "budget_update_project_id_budget_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."budget_project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_update" ADD CONSTRAINT "budget_update_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_verification" ADD CONSTRAINT "budget_verification_project_id_budget_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."budget_project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_verification" ADD CONSTRAINT "budget_verification_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_volunteer" ADD CONSTRAINT "budget_volunteer_project_id_budget_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."budget_project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_volunteer" ADD CONSTRAINT "budget_volunteer_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_ballot_process_idx" ON "budget_ballot" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "budget_choice_pool_idx" ON "budget_ballot_choice" USING btree ("pool_id");--> statement-breakpoint
CREATE INDEX "budget_paper_process_idx" ON "budget_paper_entry" USING btree ("process_id","paper_number");--> statement-breakpoint
CREATE INDEX "budget_photo_project_idx" ON "budget_photo" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "budget_pool_process_idx" ON "budget_pool" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "budget_project_process_idx" ON "budget_project" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "budget_project_pool_idx" ON "budget_project" USING btree ("pool_id");--> statement-breakpoint
CREATE INDEX "budget_project_author_idx" ON "budget_project" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "budget_update_project_idx" ON "budget_update" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "budget_verification_project_idx" ON "budget_verification" USING btree ("project_id");