CREATE TYPE "public"."kudos_source" AS ENUM('public', 'survey');--> statement-breakpoint
CREATE TYPE "public"."kudos_status" AS ENUM('pending', 'approved', 'declined');--> statement-breakpoint
CREATE TYPE "public"."survey_source" AS ENUM('email', 'status_link');--> statement-breakpoint
CREATE TABLE "kudos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" "kudos_source" NOT NULL,
	"status" "kudos_status" DEFAULT 'pending' NOT NULL,
	"employee_name" text NOT NULL,
	"staff_id" uuid,
	"message" text NOT NULL,
	"resident_name" text,
	"inquiry_id" bigint,
	"reviewed_by_id" uuid,
	"reviewed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"department_id" uuid NOT NULL,
	CONSTRAINT "programs_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inquiry_id" bigint NOT NULL,
	"service_rating" integer NOT NULL,
	"courtesy_rating" integer NOT NULL,
	"comment" text,
	"source" "survey_source" NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_responses_inquiry_id_unique" UNIQUE("inquiry_id"),
	CONSTRAINT "survey_responses_service_rating_check" CHECK ("survey_responses"."service_rating" between 1 and 4),
	CONSTRAINT "survey_responses_courtesy_rating_check" CHECK ("survey_responses"."courtesy_rating" between 1 and 4)
);
--> statement-breakpoint
ALTER TABLE "inquiries" ADD COLUMN "survey_token_hash" text;--> statement-breakpoint
ALTER TABLE "topics" ADD COLUMN "program_id" uuid;--> statement-breakpoint
ALTER TABLE "kudos" ADD CONSTRAINT "kudos_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kudos" ADD CONSTRAINT "kudos_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kudos" ADD CONSTRAINT "kudos_reviewed_by_id_staff_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kudos_status_idx" ON "kudos" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "kudos_staff_idx" ON "kudos" USING btree ("staff_id","reviewed_at");--> statement-breakpoint
CREATE INDEX "survey_responses_created_idx" ON "survey_responses" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_survey_token_hash_unique" UNIQUE("survey_token_hash");