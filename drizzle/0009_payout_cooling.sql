ALTER TABLE "programs" ADD COLUMN "payout_cooling_days" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "payout_details" ADD COLUMN "changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_payout_cooling_ck" CHECK ("programs"."payout_cooling_days" between 0 and 30);