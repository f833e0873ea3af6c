CREATE TYPE "public"."course_status" AS ENUM('draft', 'published', 'archived');--> statement-breakpoint
CREATE TYPE "public"."lesson_kind" AS ENUM('lesson', 'quiz');--> statement-breakpoint
CREATE TYPE "public"."quiz_question_kind" AS ENUM('single', 'multiple');--> statement-breakpoint
CREATE TYPE "public"."point_event" AS ENUM('sale', 'lead', 'install', 'course_completed', 'quiz_passed', 'webinar_attended', 'active_week_streak', 'contest_milestone', 'contest_prize');--> statement-breakpoint
CREATE TYPE "public"."contest_metric" AS ENUM('revenue', 'sales', 'conversions', 'clicks', 'recruits');--> statement-breakpoint
CREATE TYPE "public"."webinar_reminder_kind" AS ENUM('confirmation', 'day_before', 'hour_before', 'recording');--> statement-breakpoint
ALTER TYPE "public"."enrollment_status" ADD VALUE 'training';--> statement-breakpoint
CREATE TABLE "course_progress" (
	"course_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_lesson_id" uuid,
	"completed_at" timestamp with time zone,
	"certificate_code" text,
	CONSTRAINT "course_progress_pk" PRIMARY KEY("course_id","enrollment_id")
);
--> statement-breakpoint
CREATE TABLE "courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"status" "course_status" DEFAULT 'draft' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"required_for_activation" boolean DEFAULT false NOT NULL,
	"badge_id" uuid,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "courses_title_ck" CHECK (length("courses"."title") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "lesson_attachments" (
	"lesson_id" uuid NOT NULL,
	"creative_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "lesson_attachments_pk" PRIMARY KEY("lesson_id","creative_id")
);
--> statement-breakpoint
CREATE TABLE "lesson_completions" (
	"lesson_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"completed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesson_completions_pk" PRIMARY KEY("lesson_id","enrollment_id")
);
--> statement-breakpoint
CREATE TABLE "lessons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"kind" "lesson_kind" DEFAULT 'lesson' NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"video_url" text,
	"pass_mark_percent" integer,
	"max_attempts" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lessons_pass_mark_ck" CHECK ("lessons"."pass_mark_percent" is null or "lessons"."pass_mark_percent" between 1 and 100),
	CONSTRAINT "lessons_attempts_ck" CHECK ("lessons"."max_attempts" is null or "lessons"."max_attempts" >= 1)
);
--> statement-breakpoint
CREATE TABLE "quiz_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lesson_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"score_percent" integer NOT NULL,
	"passed" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quiz_attempts_score_ck" CHECK ("quiz_attempts"."score_percent" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "quiz_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lesson_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "quiz_question_kind" NOT NULL,
	"prompt" text NOT NULL,
	"options" jsonb NOT NULL,
	"explanation" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "badge_awards" (
	"badge_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"awarded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source_key" text DEFAULT '' NOT NULL,
	CONSTRAINT "badge_awards_pk" PRIMARY KEY("badge_id","enrollment_id")
);
--> statement-breakpoint
CREATE TABLE "badges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"icon" text DEFAULT '★' NOT NULL,
	"criteria" jsonb NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "badges_program_key_uq" UNIQUE("program_id","key"),
	CONSTRAINT "badges_key_ck" CHECK ("badges"."key" ~ '^[a-z0-9_-]{1,40}$')
);
--> statement-breakpoint
CREATE TABLE "point_awards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"event" "point_event" NOT NULL,
	"points" integer NOT NULL,
	"source_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "point_awards_source_uq" UNIQUE("enrollment_id","source_key")
);
--> statement-breakpoint
CREATE TABLE "point_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"event" "point_event" NOT NULL,
	"points" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "point_rules_program_event_uq" UNIQUE("program_id","event"),
	CONSTRAINT "point_rules_points_ck" CHECK ("point_rules"."points" between 0 and 1000000)
);
--> statement-breakpoint
CREATE TABLE "tier_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"from_key" text,
	"to_key" text,
	"reason" text NOT NULL,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"min_points" integer NOT NULL,
	"rate_bonus_bps" integer DEFAULT 0 NOT NULL,
	"benefits" text DEFAULT '' NOT NULL,
	"required_course_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tiers_program_key_uq" UNIQUE("program_id","key"),
	CONSTRAINT "tiers_key_ck" CHECK ("tiers"."key" ~ '^[a-z0-9_-]{1,40}$'),
	CONSTRAINT "tiers_min_points_ck" CHECK ("tiers"."min_points" >= 0),
	CONSTRAINT "tiers_bonus_ck" CHECK ("tiers"."rate_bonus_bps" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "contest_entries" (
	"contest_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"league_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contest_entries_pk" PRIMARY KEY("contest_id","enrollment_id")
);
--> statement-breakpoint
CREATE TABLE "contest_milestone_awards" (
	"contest_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"milestone_index" integer NOT NULL,
	"reached_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contest_milestone_awards_pk" PRIMARY KEY("contest_id","enrollment_id","milestone_index")
);
--> statement-breakpoint
CREATE TABLE "contest_results" (
	"contest_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"league_key" text DEFAULT '' NOT NULL,
	"rank" integer NOT NULL,
	"value" bigint NOT NULL,
	"prize_label" text,
	"milestones_reached" integer DEFAULT 0 NOT NULL,
	"late_refunds" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "contest_results_pk" PRIMARY KEY("contest_id","enrollment_id")
);
--> statement-breakpoint
CREATE TABLE "contests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"metric" "contest_metric" NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"eligible_tier_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"prizes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"milestones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"leagues" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"show_aliases" boolean DEFAULT false NOT NULL,
	"hide_amounts" boolean DEFAULT false NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"launched_at" timestamp with time zone,
	"frozen_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "contests_window_ck" CHECK ("contests"."ends_on" >= "contests"."starts_on"),
	CONSTRAINT "contests_name_ck" CHECK (length("contests"."name") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "webinar_question_votes" (
	"question_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webinar_question_votes_pk" PRIMARY KEY("question_id","enrollment_id")
);
--> statement-breakpoint
CREATE TABLE "webinar_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"webinar_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"body" text NOT NULL,
	"hidden_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webinar_questions_body_ck" CHECK (length("webinar_questions"."body") between 1 and 1000)
);
--> statement-breakpoint
CREATE TABLE "webinar_registrations" (
	"webinar_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attended_at" timestamp with time zone,
	CONSTRAINT "webinar_registrations_pk" PRIMARY KEY("webinar_id","enrollment_id")
);
--> statement-breakpoint
CREATE TABLE "webinar_reminders" (
	"webinar_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"kind" "webinar_reminder_kind" NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webinar_reminders_pk" PRIMARY KEY("webinar_id","enrollment_id","kind")
);
--> statement-breakpoint
CREATE TABLE "webinars" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"join_url" text NOT NULL,
	"capacity" integer,
	"audience_tier_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"recording_url" text,
	"cancelled_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webinars_duration_ck" CHECK ("webinars"."duration_minutes" between 5 and 1440),
	CONSTRAINT "webinars_capacity_ck" CHECK ("webinars"."capacity" is null or "webinars"."capacity" >= 1),
	CONSTRAINT "webinars_title_ck" CHECK (length("webinars"."title") between 1 and 200)
);
--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "tier_grace_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "tier_window_days" integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "tier_grace_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "course_progress" ADD CONSTRAINT "course_progress_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_progress" ADD CONSTRAINT "course_progress_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_progress" ADD CONSTRAINT "course_progress_last_lesson_id_lessons_id_fk" FOREIGN KEY ("last_lesson_id") REFERENCES "public"."lessons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "courses" ADD CONSTRAINT "courses_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "courses" ADD CONSTRAINT "courses_badge_id_badges_id_fk" FOREIGN KEY ("badge_id") REFERENCES "public"."badges"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "courses" ADD CONSTRAINT "courses_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_attachments" ADD CONSTRAINT "lesson_attachments_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_attachments" ADD CONSTRAINT "lesson_attachments_creative_id_creatives_id_fk" FOREIGN KEY ("creative_id") REFERENCES "public"."creatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_completions" ADD CONSTRAINT "lesson_completions_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_completions" ADD CONSTRAINT "lesson_completions_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_questions" ADD CONSTRAINT "quiz_questions_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badge_awards" ADD CONSTRAINT "badge_awards_badge_id_badges_id_fk" FOREIGN KEY ("badge_id") REFERENCES "public"."badges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badge_awards" ADD CONSTRAINT "badge_awards_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badges" ADD CONSTRAINT "badges_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_awards" ADD CONSTRAINT "point_awards_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_awards" ADD CONSTRAINT "point_awards_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_rules" ADD CONSTRAINT "point_rules_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_changes" ADD CONSTRAINT "tier_changes_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_changes" ADD CONSTRAINT "tier_changes_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tiers" ADD CONSTRAINT "tiers_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tiers" ADD CONSTRAINT "tiers_required_course_id_courses_id_fk" FOREIGN KEY ("required_course_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_milestone_awards" ADD CONSTRAINT "contest_milestone_awards_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_milestone_awards" ADD CONSTRAINT "contest_milestone_awards_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_results" ADD CONSTRAINT "contest_results_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_results" ADD CONSTRAINT "contest_results_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webinar_question_votes" ADD CONSTRAINT "webinar_question_votes_question_id_webinar_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."webinar_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webinar_question_votes" ADD CONSTRAINT "webinar_question_votes_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webinar_questions" ADD CONSTRAINT "webinar_questions_webinar_id_webinars_id_fk" FOREIGN KEY ("webinar_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webinar_questions" ADD CONSTRAINT "webinar_questions_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webinar_registrations" ADD CONSTRAINT "webinar_registrations_webinar_id_webinars_id_fk" FOREIGN KEY ("webinar_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webinar_registrations" ADD CONSTRAINT "webinar_registrations_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webinar_reminders" ADD CONSTRAINT "webinar_reminders_webinar_id_webinars_id_fk" FOREIGN KEY ("webinar_id") REFERENCES "public"."webinars"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webinar_reminders" ADD CONSTRAINT "webinar_reminders_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webinars" ADD CONSTRAINT "webinars_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webinars" ADD CONSTRAINT "webinars_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "course_progress_enrollment_idx" ON "course_progress" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "course_progress_last_lesson_idx" ON "course_progress" USING btree ("last_lesson_id");--> statement-breakpoint
CREATE UNIQUE INDEX "course_progress_certificate_uq" ON "course_progress" USING btree ("certificate_code");--> statement-breakpoint
CREATE INDEX "courses_program_idx" ON "courses" USING btree ("program_id","status","position");--> statement-breakpoint
CREATE INDEX "courses_badge_idx" ON "courses" USING btree ("badge_id");--> statement-breakpoint
CREATE INDEX "courses_created_by_idx" ON "courses" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "lesson_attachments_creative_idx" ON "lesson_attachments" USING btree ("creative_id");--> statement-breakpoint
CREATE INDEX "lesson_completions_enrollment_idx" ON "lesson_completions" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "lessons_course_idx" ON "lessons" USING btree ("course_id","position");--> statement-breakpoint
CREATE INDEX "quiz_attempts_lesson_enrollment_idx" ON "quiz_attempts" USING btree ("lesson_id","enrollment_id","created_at");--> statement-breakpoint
CREATE INDEX "quiz_attempts_enrollment_idx" ON "quiz_attempts" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "quiz_questions_lesson_idx" ON "quiz_questions" USING btree ("lesson_id","position");--> statement-breakpoint
CREATE INDEX "badge_awards_enrollment_idx" ON "badge_awards" USING btree ("enrollment_id","awarded_at");--> statement-breakpoint
CREATE INDEX "point_awards_enrollment_created_idx" ON "point_awards" USING btree ("enrollment_id","created_at");--> statement-breakpoint
CREATE INDEX "point_awards_program_created_idx" ON "point_awards" USING btree ("program_id","created_at");--> statement-breakpoint
CREATE INDEX "tier_changes_enrollment_idx" ON "tier_changes" USING btree ("enrollment_id","created_at");--> statement-breakpoint
CREATE INDEX "tier_changes_actor_idx" ON "tier_changes" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "tiers_required_course_idx" ON "tiers" USING btree ("required_course_id");--> statement-breakpoint
CREATE INDEX "contest_entries_enrollment_idx" ON "contest_entries" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "contest_milestone_awards_enrollment_idx" ON "contest_milestone_awards" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "contest_results_rank_idx" ON "contest_results" USING btree ("contest_id","league_key","rank");--> statement-breakpoint
CREATE INDEX "contest_results_enrollment_idx" ON "contest_results" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "contests_program_idx" ON "contests" USING btree ("program_id","ends_on");--> statement-breakpoint
CREATE INDEX "contests_created_by_idx" ON "contests" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "contests_due_freeze_idx" ON "contests" USING btree ("ends_on") WHERE "contests"."launched_at" is not null and "contests"."frozen_at" is null and "contests"."cancelled_at" is null;--> statement-breakpoint
CREATE INDEX "webinar_question_votes_enrollment_idx" ON "webinar_question_votes" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "webinar_questions_webinar_idx" ON "webinar_questions" USING btree ("webinar_id","created_at");--> statement-breakpoint
CREATE INDEX "webinar_questions_enrollment_idx" ON "webinar_questions" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "webinar_registrations_enrollment_idx" ON "webinar_registrations" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "webinar_reminders_enrollment_idx" ON "webinar_reminders" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "webinars_program_starts_idx" ON "webinars" USING btree ("program_id","starts_at");--> statement-breakpoint
CREATE INDEX "webinars_starts_idx" ON "webinars" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "webinars_created_by_idx" ON "webinars" USING btree ("created_by_id");--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_tier_window_ck" CHECK ("programs"."tier_window_days" between 7 and 730);--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_tier_grace_ck" CHECK ("programs"."tier_grace_days" between 0 and 365);