CREATE TABLE "meeting_case_actions" (
	"meeting_id" uuid NOT NULL,
	"item_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_case_actions_meeting_id_item_id_pk" PRIMARY KEY("meeting_id","item_id")
);
--> statement-breakpoint
ALTER TABLE "meeting_case_actions" ADD CONSTRAINT "meeting_case_actions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_case_actions" ADD CONSTRAINT "meeting_case_actions_case_id_case_spaces_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_case_actions" ADD CONSTRAINT "meeting_case_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;