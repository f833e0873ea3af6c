CREATE TYPE "public"."attribution_source" AS ENUM('promo_code', 'click', 'none');--> statement-breakpoint
CREATE TYPE "public"."conversion_type" AS ENUM('sale', 'lead', 'install', 'action');--> statement-breakpoint
CREATE TYPE "public"."review_status" AS ENUM('none', 'flagged', 'cleared', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."commission_basis" AS ENUM('percent', 'flat');--> statement-breakpoint
CREATE TYPE "public"."commission_event" AS ENUM('sale', 'lead', 'install', 'action', 'click', 'impression');--> statement-breakpoint
CREATE TYPE "public"."ledger_kind" AS ENUM('commission', 'override', 'reversal', 'clawback');--> statement-breakpoint
CREATE TYPE "public"."ledger_status" AS ENUM('pending', 'approved', 'paid');--> statement-breakpoint
CREATE TYPE "public"."payout_method" AS ENUM('iban', 'paypal');--> statement-breakpoint
CREATE TYPE "public"."payout_status" AS ENUM('requested', 'paid', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."traffic_event" AS ENUM('click', 'impression');--> statement-breakpoint
CREATE TABLE "clicks" (
	"id" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"program_id" uuid NOT NULL,
	"link_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"billable" boolean NOT NULL,
	"is_unique" boolean NOT NULL,
	"ip_hash" text NOT NULL,
	"country" char(2),
	"sub_id" text,
	CONSTRAINT "clicks_pk" PRIMARY KEY("id","occurred_at")
);
--> statement-breakpoint
CREATE TABLE "impressions" (
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "impressions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone NOT NULL,
	"program_id" uuid NOT NULL,
	"link_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"creative_id" uuid,
	"billable" boolean NOT NULL,
	"ip_hash" text NOT NULL,
	"country" char(2),
	CONSTRAINT "impressions_pk" PRIMARY KEY("id","occurred_at")
);
--> statement-breakpoint
CREATE TABLE "links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"code" text NOT NULL,
	"destination" text NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"sub_id" text,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "promo_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"code" text NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "promo_codes_program_code_uq" UNIQUE("program_id","code"),
	CONSTRAINT "promo_codes_code_ck" CHECK ("promo_codes"."code" ~ '^[A-Z0-9_-]{3,32}$')
);
--> statement-breakpoint
CREATE TABLE "stats_daily" (
	"program_id" uuid NOT NULL,
	"enrollment_id" uuid,
	"day" date NOT NULL,
	"clicks" integer DEFAULT 0 NOT NULL,
	"unique_clicks" integer DEFAULT 0 NOT NULL,
	"paid_clicks" integer DEFAULT 0 NOT NULL,
	"impressions" integer DEFAULT 0 NOT NULL,
	"paid_impressions" integer DEFAULT 0 NOT NULL,
	"sales" integer DEFAULT 0 NOT NULL,
	"leads" integer DEFAULT 0 NOT NULL,
	"installs" integer DEFAULT 0 NOT NULL,
	"actions" integer DEFAULT 0 NOT NULL,
	"revenue" bigint DEFAULT 0 NOT NULL,
	"refunded" bigint DEFAULT 0 NOT NULL,
	"commission" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_daily_key_uq" UNIQUE NULLS NOT DISTINCT("program_id","day","enrollment_id")
);
--> statement-breakpoint
CREATE TABLE "stats_hourly" (
	"program_id" uuid NOT NULL,
	"enrollment_id" uuid,
	"link_id" uuid,
	"hour" timestamp with time zone NOT NULL,
	"clicks" integer DEFAULT 0 NOT NULL,
	"unique_clicks" integer DEFAULT 0 NOT NULL,
	"paid_clicks" integer DEFAULT 0 NOT NULL,
	"impressions" integer DEFAULT 0 NOT NULL,
	"paid_impressions" integer DEFAULT 0 NOT NULL,
	"sales" integer DEFAULT 0 NOT NULL,
	"leads" integer DEFAULT 0 NOT NULL,
	"installs" integer DEFAULT 0 NOT NULL,
	"actions" integer DEFAULT 0 NOT NULL,
	"revenue" bigint DEFAULT 0 NOT NULL,
	"refunded" bigint DEFAULT 0 NOT NULL,
	"commission" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "stats_hourly_key_uq" UNIQUE NULLS NOT DISTINCT("program_id","enrollment_id","link_id","hour")
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_keys_hash_uq" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "conversions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"type" "conversion_type" NOT NULL,
	"action_key" text,
	"external_id" text NOT NULL,
	"amount" bigint,
	"currency" char(3) NOT NULL,
	"enrollment_id" uuid,
	"attribution" "attribution_source" NOT NULL,
	"click_id" text,
	"promo_code_id" uuid,
	"customer_hash" text,
	"country" char(2),
	"occurred_at" timestamp with time zone NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"request_hash" text NOT NULL,
	"fraud_flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"review_status" "review_status" DEFAULT 'none' NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversions_idempotency_uq" UNIQUE("program_id","type","external_id"),
	CONSTRAINT "conversions_amount_ck" CHECK ("conversions"."amount" is null or "conversions"."amount" >= 0),
	CONSTRAINT "conversions_sale_amount_ck" CHECK ("conversions"."type" <> 'sale' or "conversions"."amount" is not null),
	CONSTRAINT "conversions_action_key_ck" CHECK ("conversions"."type" <> 'action' or "conversions"."action_key" is not null)
);
--> statement-breakpoint
CREATE TABLE "refunds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"conversion_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"request_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "refunds_idempotency_uq" UNIQUE("program_id","external_id"),
	CONSTRAINT "refunds_amount_ck" CHECK ("refunds"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "signing_secrets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"secret" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "commission_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"name" text NOT NULL,
	"event" "commission_event" NOT NULL,
	"basis" "commission_basis" NOT NULL,
	"rate_bps" integer,
	"amount" bigint,
	"conditions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"tier_bonus_bps" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"cap" bigint,
	"priority" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commission_rules_basis_ck" CHECK (("commission_rules"."basis" = 'percent' and "commission_rules"."rate_bps" between 0 and 10000 and "commission_rules"."event" = 'sale')
        or ("commission_rules"."basis" = 'flat' and "commission_rules"."amount" >= 0)),
	CONSTRAINT "commission_rules_cap_ck" CHECK ("commission_rules"."cap" is null or "commission_rules"."cap" >= 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"kind" "ledger_kind" NOT NULL,
	"level" smallint DEFAULT 0 NOT NULL,
	"amount" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"status" "ledger_status" NOT NULL,
	"hold_until" timestamp with time zone NOT NULL,
	"conversion_id" uuid,
	"refund_id" uuid,
	"corrects_id" uuid,
	"traffic_event" "traffic_event",
	"traffic_day" date,
	"rule_id" uuid,
	"payout_id" uuid,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_amount_ck" CHECK ("ledger_entries"."amount" <> 0),
	CONSTRAINT "ledger_sign_ck" CHECK (("ledger_entries"."kind" in ('commission', 'override') and "ledger_entries"."amount" > 0)
        or ("ledger_entries"."kind" in ('reversal', 'clawback') and "ledger_entries"."amount" < 0 and "ledger_entries"."corrects_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "ledger_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledger_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entry_id" uuid NOT NULL,
	"from_status" "ledger_status",
	"to_status" "ledger_status" NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payout_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payout_details" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"method" "payout_method" NOT NULL,
	"account_holder" text NOT NULL,
	"iban" text,
	"paypal_email" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payouts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"status" "payout_status" DEFAULT 'requested' NOT NULL,
	"method" "payout_method" NOT NULL,
	"details" jsonb NOT NULL,
	"batch_id" uuid,
	"reference" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"paid_at" timestamp with time zone,
	"paid_by" uuid,
	CONSTRAINT "payouts_amount_ck" CHECK ("payouts"."amount" > 0)
);
--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "referral_code" text DEFAULT substr(replace(gen_random_uuid()::text, '-', ''), 1, 12) NOT NULL;--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "referred_by_id" uuid;--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "tier_key" text;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "payout_threshold" bigint DEFAULT 5000 NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "override_bps" integer[] DEFAULT '{}'::integer[] NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "require_signature" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "min_click_to_sale_seconds" integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "click_burst_limit" integer DEFAULT 20 NOT NULL;--> statement-breakpoint
ALTER TABLE "links" ADD CONSTRAINT "links_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "links" ADD CONSTRAINT "links_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promo_codes" ADD CONSTRAINT "promo_codes_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "promo_codes" ADD CONSTRAINT "promo_codes_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversions" ADD CONSTRAINT "conversions_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversions" ADD CONSTRAINT "conversions_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversions" ADD CONSTRAINT "conversions_promo_code_id_promo_codes_id_fk" FOREIGN KEY ("promo_code_id") REFERENCES "public"."promo_codes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversions" ADD CONSTRAINT "conversions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_conversion_id_conversions_id_fk" FOREIGN KEY ("conversion_id") REFERENCES "public"."conversions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_secrets" ADD CONSTRAINT "signing_secrets_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_rules" ADD CONSTRAINT "commission_rules_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_conversion_id_conversions_id_fk" FOREIGN KEY ("conversion_id") REFERENCES "public"."conversions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_refund_id_refunds_id_fk" FOREIGN KEY ("refund_id") REFERENCES "public"."refunds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_rule_id_commission_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."commission_rules"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_events" ADD CONSTRAINT "ledger_events_entry_id_ledger_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_batches" ADD CONSTRAINT "payout_batches_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_batches" ADD CONSTRAINT "payout_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_details" ADD CONSTRAINT "payout_details_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_batch_id_payout_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."payout_batches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_paid_by_users_id_fk" FOREIGN KEY ("paid_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clicks_link_time_idx" ON "clicks" USING btree ("link_id","occurred_at");--> statement-breakpoint
CREATE INDEX "clicks_source_time_idx" ON "clicks" USING btree ("program_id","ip_hash","occurred_at");--> statement-breakpoint
CREATE INDEX "impressions_link_time_idx" ON "impressions" USING btree ("link_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "links_code_uq" ON "links" USING btree ("code");--> statement-breakpoint
CREATE INDEX "links_enrollment_idx" ON "links" USING btree ("enrollment_id","created_at");--> statement-breakpoint
CREATE INDEX "links_program_idx" ON "links" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "promo_codes_enrollment_idx" ON "promo_codes" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "stats_daily_partner_idx" ON "stats_daily" USING btree ("enrollment_id","day");--> statement-breakpoint
CREATE INDEX "stats_hourly_partner_idx" ON "stats_hourly" USING btree ("enrollment_id","hour");--> statement-breakpoint
CREATE INDEX "api_keys_program_idx" ON "api_keys" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "api_keys_created_by_idx" ON "api_keys" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "conversions_program_time_idx" ON "conversions" USING btree ("program_id","occurred_at");--> statement-breakpoint
CREATE INDEX "conversions_enrollment_time_idx" ON "conversions" USING btree ("enrollment_id","occurred_at");--> statement-breakpoint
CREATE INDEX "conversions_promo_code_idx" ON "conversions" USING btree ("promo_code_id");--> statement-breakpoint
CREATE INDEX "conversions_review_idx" ON "conversions" USING btree ("program_id","created_at") WHERE "conversions"."review_status" = 'flagged';--> statement-breakpoint
CREATE INDEX "conversions_customer_idx" ON "conversions" USING btree ("program_id","customer_hash");--> statement-breakpoint
CREATE INDEX "conversions_reviewed_by_idx" ON "conversions" USING btree ("reviewed_by");--> statement-breakpoint
CREATE INDEX "refunds_conversion_idx" ON "refunds" USING btree ("conversion_id");--> statement-breakpoint
CREATE INDEX "signing_secrets_program_idx" ON "signing_secrets" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "commission_rules_program_idx" ON "commission_rules" USING btree ("program_id","event");--> statement-breakpoint
CREATE INDEX "ledger_enrollment_idx" ON "ledger_entries" USING btree ("enrollment_id","status");--> statement-breakpoint
CREATE INDEX "ledger_program_status_idx" ON "ledger_entries" USING btree ("program_id","status","hold_until");--> statement-breakpoint
CREATE INDEX "ledger_conversion_idx" ON "ledger_entries" USING btree ("conversion_id");--> statement-breakpoint
CREATE INDEX "ledger_refund_idx" ON "ledger_entries" USING btree ("refund_id");--> statement-breakpoint
CREATE INDEX "ledger_corrects_idx" ON "ledger_entries" USING btree ("corrects_id");--> statement-breakpoint
CREATE INDEX "ledger_rule_idx" ON "ledger_entries" USING btree ("rule_id");--> statement-breakpoint
CREATE INDEX "ledger_payout_idx" ON "ledger_entries" USING btree ("payout_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_conversion_commission_uq" ON "ledger_entries" USING btree ("conversion_id","enrollment_id","level") WHERE "ledger_entries"."kind" in ('commission', 'override');--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_traffic_uq" ON "ledger_entries" USING btree ("enrollment_id","traffic_event","traffic_day") WHERE "ledger_entries"."traffic_day" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_correction_uq" ON "ledger_entries" USING btree ("refund_id","corrects_id") WHERE "ledger_entries"."refund_id" is not null;--> statement-breakpoint
CREATE INDEX "ledger_events_entry_idx" ON "ledger_events" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "payout_batches_program_idx" ON "payout_batches" USING btree ("program_id","created_at");--> statement-breakpoint
CREATE INDEX "payout_batches_created_by_idx" ON "payout_batches" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "payouts_program_status_idx" ON "payouts" USING btree ("program_id","status","requested_at");--> statement-breakpoint
CREATE INDEX "payouts_enrollment_idx" ON "payouts" USING btree ("enrollment_id","requested_at");--> statement-breakpoint
CREATE INDEX "payouts_batch_idx" ON "payouts" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "payouts_paid_by_idx" ON "payouts" USING btree ("paid_by");--> statement-breakpoint
CREATE UNIQUE INDEX "payouts_open_request_uq" ON "payouts" USING btree ("enrollment_id") WHERE "payouts"."status" = 'requested';--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_referred_by_id_enrollments_id_fk" FOREIGN KEY ("referred_by_id") REFERENCES "public"."enrollments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "enrollments_referral_code_uq" ON "enrollments" USING btree ("referral_code");--> statement-breakpoint
CREATE INDEX "enrollments_referred_by_idx" ON "enrollments" USING btree ("referred_by_id");--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_payout_threshold_ck" CHECK ("programs"."payout_threshold" >= 0);--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_override_depth_ck" CHECK (cardinality("programs"."override_bps") <= 5);