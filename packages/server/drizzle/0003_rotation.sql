CREATE TYPE "public"."duty_kind" AS ENUM('on_call', 'off_desk', 'meeting', 'leave');--> statement-breakpoint
CREATE TYPE "public"."rota_member_kind" AS ENUM('agent', 'cover');--> statement-breakpoint
CREATE TABLE "calendar_tokens" (
	"staff_id" uuid PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_tokens_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "rota_leave" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rota_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "rota_member_kind" NOT NULL,
	"staff_id" uuid,
	"display_name" text NOT NULL,
	"phone_extension" text,
	"note" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rota_settings" (
	"id" integer PRIMARY KEY NOT NULL,
	"opening_time" text DEFAULT '08:00' NOT NULL,
	"closing_time" text DEFAULT '17:00' NOT NULL,
	"open_days" integer[] DEFAULT '{1,2,3,4,5}'::integer[] NOT NULL,
	"holidays" text[] DEFAULT '{}'::text[] NOT NULL,
	"min_on_call" integer DEFAULT 1 NOT NULL,
	"preferred_on_call" integer DEFAULT 2 NOT NULL,
	"max_on_call_minutes" integer DEFAULT 180 NOT NULL,
	"auto_assign" boolean DEFAULT false NOT NULL,
	"meeting_weekday" integer,
	"meeting_start_time" text,
	"meeting_end_time" text,
	"meeting_every_weeks" integer,
	"meeting_first_date" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rota_slots" (
	"member_id" uuid NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"kind" "duty_kind",
	"published_kind" "duty_kind",
	"updated_by" uuid,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rota_slots_member_id_starts_at_pk" PRIMARY KEY("member_id","starts_at")
);
--> statement-breakpoint
ALTER TABLE "calendar_tokens" ADD CONSTRAINT "calendar_tokens_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota_leave" ADD CONSTRAINT "rota_leave_member_id_rota_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."rota_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota_leave" ADD CONSTRAINT "rota_leave_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota_members" ADD CONSTRAINT "rota_members_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota_slots" ADD CONSTRAINT "rota_slots_member_id_rota_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."rota_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rota_slots" ADD CONSTRAINT "rota_slots_updated_by_staff_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rota_leave_member_idx" ON "rota_leave" USING btree ("member_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "rota_members_staff_idx" ON "rota_members" USING btree ("staff_id");--> statement-breakpoint
CREATE INDEX "rota_slots_starts_idx" ON "rota_slots" USING btree ("starts_at");