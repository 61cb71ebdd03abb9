CREATE TABLE "board_snapshots" (
	"term_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"name" text NOT NULL,
	"state" "bytea" NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "board_snapshots_term_id_board_id_pk" PRIMARY KEY("term_id","board_id")
);
--> statement-breakpoint
ALTER TABLE "board_snapshots" ADD CONSTRAINT "board_snapshots_term_id_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_snapshots" ADD CONSTRAINT "board_snapshots_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- A frozen board stays as it was: an UPDATE fails (rows go only with their term or board).
CREATE FUNCTION board_snapshots_frozen() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'board_snapshots rows are frozen';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER board_snapshots_no_update
  BEFORE UPDATE ON board_snapshots
  FOR EACH ROW EXECUTE FUNCTION board_snapshots_frozen();
