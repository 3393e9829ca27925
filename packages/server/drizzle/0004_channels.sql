CREATE TYPE "public"."call_outcome" AS ENUM('ringing', 'answered', 'abandoned', 'short_hangup', 'ended');--> statement-breakpoint
CREATE TYPE "public"."inquiry_message_visibility" AS ENUM('internal', 'public');--> statement-breakpoint
CREATE TYPE "public"."outbound_kind" AS ENUM('reply', 'acknowledgement', 'survey');--> statement-breakpoint
CREATE TYPE "public"."outbound_status" AS ENUM('queued', 'sending', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."walk_in_status" AS ENUM('waiting', 'serving', 'done', 'left');--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"key_hash" text NOT NULL,
	"key_prefix" text NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp (3) with time zone,
	"revoked_at" timestamp (3) with time zone,
	CONSTRAINT "api_keys_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inquiry_id" bigint NOT NULL,
	"message_id" bigint,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_message_ids" (
	"message_id" text PRIMARY KEY NOT NULL,
	"inquiry_id" bigint NOT NULL,
	"direction" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbound_emails" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outbound_emails_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" "outbound_kind" NOT NULL,
	"inquiry_id" bigint,
	"inquiry_message_id" bigint,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"message_id_header" text NOT NULL,
	"in_reply_to" text,
	"references" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" "outbound_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp (3) with time zone,
	CONSTRAINT "outbound_emails_message_id_header_unique" UNIQUE("message_id_header")
);
--> statement-breakpoint
CREATE TABLE "phone_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text NOT NULL,
	"source" text NOT NULL,
	"caller_number" text,
	"dialled_number" text,
	"outcome" "call_outcome" DEFAULT 'ringing' NOT NULL,
	"offered_at" timestamp (3) with time zone NOT NULL,
	"answered_at" timestamp (3) with time zone,
	"ended_at" timestamp (3) with time zone,
	"answered_extension" text,
	"answered_by_id" uuid,
	"inquiry_id" bigint,
	"wait_seconds" integer,
	"talk_seconds" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "phone_calls_external_id_unique" UNIQUE("external_id")
);
--> statement-breakpoint
CREATE TABLE "rate_limit_hits" (
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"window_start" timestamp (3) with time zone NOT NULL,
	"hits" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rate_limit_hits_bucket_key_window_start_pk" PRIMARY KEY("bucket","key","window_start")
);
--> statement-breakpoint
CREATE TABLE "topic_attributes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"topic_id" uuid NOT NULL,
	"code" text NOT NULL,
	"datatype" text NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"variable" boolean DEFAULT true NOT NULL,
	"description" text NOT NULL,
	"datatype_description" text,
	"order" integer DEFAULT 0 NOT NULL,
	"values" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "walk_in_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visitor_name" text NOT NULL,
	"reason" text NOT NULL,
	"topic_id" uuid,
	"status" "walk_in_status" DEFAULT 'waiting' NOT NULL,
	"checked_in_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"checked_in_by_id" uuid,
	"served_at" timestamp (3) with time zone,
	"served_by_id" uuid,
	"completed_at" timestamp (3) with time zone,
	"outcome" text,
	"inquiry_id" bigint,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inquiries" ADD COLUMN "status_token_hash" text;--> statement-breakpoint
ALTER TABLE "inquiries" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "inquiries" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "inquiries" ADD COLUMN "address_text" text;--> statement-breakpoint
ALTER TABLE "inquiries" ADD COLUMN "attributes" jsonb;--> statement-breakpoint
ALTER TABLE "inquiries" ADD COLUMN "api_key_id" uuid;--> statement-breakpoint
ALTER TABLE "inquiry_messages" ADD COLUMN "visibility" "inquiry_message_visibility" DEFAULT 'internal' NOT NULL;--> statement-breakpoint
ALTER TABLE "topics" ADD COLUMN "name_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, kb_unaccent(coalesce("name", '')))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_id_staff_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_message_id_inquiry_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."inquiry_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_message_ids" ADD CONSTRAINT "email_message_ids_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbound_emails" ADD CONSTRAINT "outbound_emails_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbound_emails" ADD CONSTRAINT "outbound_emails_inquiry_message_id_inquiry_messages_id_fk" FOREIGN KEY ("inquiry_message_id") REFERENCES "public"."inquiry_messages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbound_emails" ADD CONSTRAINT "outbound_emails_created_by_id_staff_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phone_calls" ADD CONSTRAINT "phone_calls_answered_by_id_staff_users_id_fk" FOREIGN KEY ("answered_by_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phone_calls" ADD CONSTRAINT "phone_calls_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_attributes" ADD CONSTRAINT "topic_attributes_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "walk_in_visits" ADD CONSTRAINT "walk_in_visits_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "walk_in_visits" ADD CONSTRAINT "walk_in_visits_checked_in_by_id_staff_users_id_fk" FOREIGN KEY ("checked_in_by_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "walk_in_visits" ADD CONSTRAINT "walk_in_visits_served_by_id_staff_users_id_fk" FOREIGN KEY ("served_by_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "walk_in_visits" ADD CONSTRAINT "walk_in_visits_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_inquiry_idx" ON "attachments" USING btree ("inquiry_id");--> statement-breakpoint
CREATE INDEX "email_message_ids_inquiry_idx" ON "email_message_ids" USING btree ("inquiry_id");--> statement-breakpoint
CREATE INDEX "outbound_emails_due_idx" ON "outbound_emails" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "outbound_emails_to_idx" ON "outbound_emails" USING btree ("to_address","created_at");--> statement-breakpoint
CREATE INDEX "phone_calls_offered_idx" ON "phone_calls" USING btree ("offered_at");--> statement-breakpoint
CREATE INDEX "phone_calls_agent_idx" ON "phone_calls" USING btree ("answered_by_id","offered_at");--> statement-breakpoint
CREATE UNIQUE INDEX "topic_attributes_code_idx" ON "topic_attributes" USING btree ("topic_id","code");--> statement-breakpoint
CREATE INDEX "walk_in_visits_queue_idx" ON "walk_in_visits" USING btree ("status","checked_in_at");--> statement-breakpoint
CREATE INDEX "topics_name_vector_idx" ON "topics" USING gin ("name_vector");--> statement-breakpoint
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_status_token_hash_unique" UNIQUE("status_token_hash");