CREATE TABLE "meeting_attendees" (
	"meeting_id" uuid NOT NULL,
	"participant_id" text NOT NULL,
	"kind" text NOT NULL,
	"display_name" text NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_attendees_meeting_id_participant_id_pk" PRIMARY KEY("meeting_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_card_actions" (
	"meeting_id" uuid NOT NULL,
	"item_id" text NOT NULL,
	"card_id" uuid NOT NULL,
	"text" text NOT NULL,
	"owner_id" uuid,
	"owner_name" text DEFAULT '' NOT NULL,
	"due" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_card_actions_meeting_id_item_id_pk" PRIMARY KEY("meeting_id","item_id")
);
--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "closed_by" uuid;--> statement-breakpoint
ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_card_actions" ADD CONSTRAINT "meeting_card_actions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_card_actions" ADD CONSTRAINT "meeting_card_actions_card_id_issue_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."issue_cards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_card_actions" ADD CONSTRAINT "meeting_card_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_card_actions" ADD CONSTRAINT "meeting_card_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_card_actions_card_idx" ON "meeting_card_actions" USING btree ("card_id");--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;