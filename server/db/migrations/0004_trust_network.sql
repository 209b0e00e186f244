CREATE TABLE "connection_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_user" text NOT NULL,
	"to_user" text NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"context_org_id" uuid,
	"context_tour_id" uuid,
	"since" date,
	"source" text DEFAULT 'manual' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	CONSTRAINT "connection_requests_not_self_check" CHECK ("connection_requests"."from_user" <> "connection_requests"."to_user"),
	CONSTRAINT "connection_requests_status_check" CHECK ("connection_requests"."status" in ('pending', 'accepted', 'declined', 'ignored', 'withdrawn')),
	CONSTRAINT "connection_requests_source_check" CHECK ("connection_requests"."source" in ('manual', 'suggestion', 'import'))
);
--> statement-breakpoint
CREATE TABLE "dismissed_suggestions" (
	"user_id" text NOT NULL,
	"other_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dismissed_suggestions_pk" PRIMARY KEY("user_id","other_id")
);
--> statement-breakpoint
CREATE TABLE "user_blocks" (
	"blocker" text NOT NULL,
	"blocked" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_blocks_pk" PRIMARY KEY("blocker","blocked"),
	CONSTRAINT "user_blocks_not_self_check" CHECK ("user_blocks"."blocker" <> "user_blocks"."blocked")
);
--> statement-breakpoint
CREATE TABLE "graph_changes" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"other" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "introduction_steps" (
	"introduction_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"person_id" text NOT NULL,
	"status" text DEFAULT 'not_reached' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"due_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	CONSTRAINT "introduction_steps_pk" PRIMARY KEY("introduction_id","position"),
	CONSTRAINT "introduction_steps_status_check" CHECK ("introduction_steps"."status" in ('waiting', 'accepted', 'declined', 'expired', 'not_reached'))
);
--> statement-breakpoint
CREATE TABLE "introductions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requester_id" text NOT NULL,
	"target_id" text NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"current_step" integer DEFAULT 1 NOT NULL,
	"outcome" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "introductions_not_self_check" CHECK ("introductions"."requester_id" <> "introductions"."target_id"),
	CONSTRAINT "introductions_status_check" CHECK ("introductions"."status" in ('pending', 'accepted', 'declined', 'expired', 'withdrawn')),
	CONSTRAINT "introductions_outcome_check" CHECK ("introductions"."outcome" is null or "introductions"."outcome" in ('met', 'hired', 'deal', 'nothing'))
);
--> statement-breakpoint
CREATE TABLE "thanks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_user" text NOT NULL,
	"to_user" text NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "thanks_not_self_check" CHECK ("thanks"."from_user" <> "thanks"."to_user")
);
--> statement-breakpoint
ALTER TABLE "connections" ADD COLUMN "context_org_id" uuid;--> statement-breakpoint
ALTER TABLE "connections" ADD COLUMN "context_tour_id" uuid;--> statement-breakpoint
ALTER TABLE "connections" ADD COLUMN "since" date;--> statement-breakpoint
ALTER TABLE "connections" ADD COLUMN "trust_a" text;--> statement-breakpoint
ALTER TABLE "connections" ADD COLUMN "trust_b" text;--> statement-breakpoint
ALTER TABLE "connections" ADD COLUMN "interactions" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "profiles" ADD COLUMN "connection_list_visibility" text DEFAULT 'connections' NOT NULL;--> statement-breakpoint
ALTER TABLE "connection_requests" ADD CONSTRAINT "connection_requests_from_user_users_id_fk" FOREIGN KEY ("from_user") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connection_requests" ADD CONSTRAINT "connection_requests_to_user_users_id_fk" FOREIGN KEY ("to_user") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connection_requests" ADD CONSTRAINT "connection_requests_context_org_id_organizations_id_fk" FOREIGN KEY ("context_org_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connection_requests" ADD CONSTRAINT "connection_requests_context_tour_id_tours_id_fk" FOREIGN KEY ("context_tour_id") REFERENCES "public"."tours"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dismissed_suggestions" ADD CONSTRAINT "dismissed_suggestions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dismissed_suggestions" ADD CONSTRAINT "dismissed_suggestions_other_id_users_id_fk" FOREIGN KEY ("other_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_blocks" ADD CONSTRAINT "user_blocks_blocker_users_id_fk" FOREIGN KEY ("blocker") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_blocks" ADD CONSTRAINT "user_blocks_blocked_users_id_fk" FOREIGN KEY ("blocked") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_steps" ADD CONSTRAINT "introduction_steps_introduction_id_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."introductions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_steps" ADD CONSTRAINT "introduction_steps_person_id_users_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_target_id_users_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thanks" ADD CONSTRAINT "thanks_from_user_users_id_fk" FOREIGN KEY ("from_user") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thanks" ADD CONSTRAINT "thanks_to_user_users_id_fk" FOREIGN KEY ("to_user") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "connection_requests_open_pair_idx" ON "connection_requests" USING btree (least("from_user", "to_user"),greatest("from_user", "to_user")) WHERE "connection_requests"."status" in ('pending', 'ignored');--> statement-breakpoint
CREATE INDEX "connection_requests_to_idx" ON "connection_requests" USING btree ("to_user","status","created_at");--> statement-breakpoint
CREATE INDEX "connection_requests_from_idx" ON "connection_requests" USING btree ("from_user","status","created_at");--> statement-breakpoint
CREATE INDEX "user_blocks_blocked_idx" ON "user_blocks" USING btree ("blocked");--> statement-breakpoint
CREATE INDEX "graph_changes_created_idx" ON "graph_changes" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "introduction_steps_waiting_idx" ON "introduction_steps" USING btree ("person_id","due_at") WHERE "introduction_steps"."status" = 'waiting';--> statement-breakpoint
CREATE INDEX "introduction_steps_person_idx" ON "introduction_steps" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "introductions_requester_idx" ON "introductions" USING btree ("requester_id","created_at");--> statement-breakpoint
CREATE INDEX "introductions_target_idx" ON "introductions" USING btree ("target_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "thanks_once_idx" ON "thanks" USING btree ("from_user","to_user","subject_kind","subject_id");--> statement-breakpoint
CREATE INDEX "thanks_to_idx" ON "thanks" USING btree ("to_user","created_at");--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_context_org_id_organizations_id_fk" FOREIGN KEY ("context_org_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_context_tour_id_tours_id_fk" FOREIGN KEY ("context_tour_id") REFERENCES "public"."tours"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_trust_check" CHECK (coalesce("connections"."trust_a", 'know_of') in ('know_of', 'worked_with', 'would_vouch_for') and coalesce("connections"."trust_b", 'know_of') in ('know_of', 'worked_with', 'would_vouch_for'));--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_connection_list_visibility_check" CHECK ("profiles"."connection_list_visibility" in ('only_me', 'connections', 'public'));