CREATE TABLE "issue_card_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"card_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"detail" text DEFAULT '{}' NOT NULL,
	"reason" text,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "issue_card_links" (
	"card_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"target" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "issue_card_links_card_id_kind_target_pk" PRIMARY KEY("card_id","kind","target")
);
--> statement-breakpoint
CREATE TABLE "issue_cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"term_id" uuid NOT NULL,
	"subcommittee_id" uuid,
	"parent_id" uuid,
	"carried_from_id" uuid,
	"merged_into_id" uuid,
	"raised_issue_id" uuid,
	"code" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"theme" text DEFAULT '' NOT NULL,
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"hub_functions" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'raised' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subcommittees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"term_id" uuid NOT NULL,
	"name" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"chair_id" uuid,
	"member_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "issue_card_events" ADD CONSTRAINT "issue_card_events_card_id_issue_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."issue_cards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issue_card_events" ADD CONSTRAINT "issue_card_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issue_card_links" ADD CONSTRAINT "issue_card_links_card_id_issue_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."issue_cards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issue_card_links" ADD CONSTRAINT "issue_card_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issue_cards" ADD CONSTRAINT "issue_cards_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issue_cards" ADD CONSTRAINT "issue_cards_term_id_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issue_cards" ADD CONSTRAINT "issue_cards_subcommittee_id_subcommittees_id_fk" FOREIGN KEY ("subcommittee_id") REFERENCES "public"."subcommittees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issue_cards" ADD CONSTRAINT "issue_cards_raised_issue_id_raised_issues_id_fk" FOREIGN KEY ("raised_issue_id") REFERENCES "public"."raised_issues"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issue_cards" ADD CONSTRAINT "issue_cards_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subcommittees" ADD CONSTRAINT "subcommittees_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subcommittees" ADD CONSTRAINT "subcommittees_term_id_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subcommittees" ADD CONSTRAINT "subcommittees_chair_id_users_id_fk" FOREIGN KEY ("chair_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "terms" ADD CONSTRAINT "terms_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "terms" ADD CONSTRAINT "terms_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "issue_card_events_card_idx" ON "issue_card_events" USING btree ("card_id","id");--> statement-breakpoint
CREATE INDEX "issue_card_links_target_idx" ON "issue_card_links" USING btree ("kind","target");--> statement-breakpoint
CREATE INDEX "issue_cards_term_idx" ON "issue_cards" USING btree ("term_id");--> statement-breakpoint
CREATE INDEX "issue_cards_council_idx" ON "issue_cards" USING btree ("council_id");--> statement-breakpoint
CREATE INDEX "subcommittees_term_idx" ON "subcommittees" USING btree ("term_id");--> statement-breakpoint
CREATE INDEX "terms_council_idx" ON "terms" USING btree ("council_id");