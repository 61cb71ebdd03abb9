CREATE TABLE "meeting_private_notes" (
	"meeting_id" uuid NOT NULL,
	"id" text NOT NULL,
	"participant_id" text NOT NULL,
	"author_name" text NOT NULL,
	"text" text NOT NULL,
	"tint" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_private_notes_meeting_id_id_pk" PRIMARY KEY("meeting_id","id")
);
--> statement-breakpoint
ALTER TABLE "meeting_private_notes" ADD CONSTRAINT "meeting_private_notes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_private_notes_participant" ON "meeting_private_notes" USING btree ("meeting_id","participant_id");