CREATE TYPE "public"."goal_metric" AS ENUM('clicks', 'conversions', 'commission');--> statement-breakpoint
CREATE TABLE "partner_goals" (
	"enrollment_id" uuid PRIMARY KEY NOT NULL,
	"metric" "goal_metric" NOT NULL,
	"target" bigint NOT NULL,
	"since" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_goals_target_ck" CHECK ("partner_goals"."target" between 1 and 1000000000000),
	CONSTRAINT "partner_goals_since_monday_ck" CHECK (extract(isodow from "partner_goals"."since") = 1)
);
--> statement-breakpoint
ALTER TABLE "partner_goals" ADD CONSTRAINT "partner_goals_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;