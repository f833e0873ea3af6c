CREATE TABLE "stats_running" (
	"program_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"day" date NOT NULL,
	"sales" bigint NOT NULL,
	"conversions" bigint NOT NULL,
	"revenue" bigint NOT NULL,
	"commission" bigint NOT NULL,
	CONSTRAINT "stats_running_pk" PRIMARY KEY("program_id","day","enrollment_id")
);
--> statement-breakpoint
CREATE TABLE "stats_running_carried" (
	"program_id" uuid PRIMARY KEY NOT NULL,
	"through" date NOT NULL
);
--> statement-breakpoint
CREATE INDEX "stats_running_partner_idx" ON "stats_running" USING btree ("enrollment_id","day");