ALTER TABLE "councils" ALTER COLUMN "second_factor_required_from" SET DEFAULT '2027-04-01T00:00:00+09:00';--> statement-breakpoint
-- A council that never set a day requires it from the FY2027 start too (MHLW guideline 6.0).
UPDATE "councils" SET "second_factor_required_from" = '2027-04-01T00:00:00+09:00' WHERE "second_factor_required_from" IS NULL;--> statement-breakpoint
ALTER TABLE "councils" ALTER COLUMN "second_factor_required_from" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "councils" ADD COLUMN "second_factor_for" text DEFAULT 'secretariat' NOT NULL;
