CREATE TABLE "case_member_requests" (
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"agency" text NOT NULL,
	"requested_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_member_requests_case_id_user_id_pk" PRIMARY KEY("case_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "seq" bigint;--> statement-breakpoint
ALTER TABLE "case_member_requests" ADD CONSTRAINT "case_member_requests_case_id_case_spaces_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_spaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_member_requests" ADD CONSTRAINT "case_member_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_member_requests" ADD CONSTRAINT "case_member_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_council_seq_idx" ON "audit_log" USING btree ("council_id","seq");