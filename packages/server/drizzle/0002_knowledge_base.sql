CREATE TYPE "public"."article_audience" AS ENUM('staff', 'public');--> statement-breakpoint
CREATE TYPE "public"."article_revision_kind" AS ENUM('published', 'restored');--> statement-breakpoint
CREATE TYPE "public"."article_status" AS ENUM('draft', 'published', 'archived');--> statement-breakpoint
CREATE TABLE "article_doc_updates" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "article_doc_updates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"article_id" uuid NOT NULL,
	"update" "bytea" NOT NULL,
	"origin" text,
	"actor_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "article_feedback" (
	"article_id" uuid PRIMARY KEY NOT NULL,
	"helpful" integer DEFAULT 0 NOT NULL,
	"not_helpful" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "article_relations" (
	"article_id" uuid NOT NULL,
	"related_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "article_relations_article_id_related_id_pk" PRIMARY KEY("article_id","related_id")
);
--> statement-breakpoint
CREATE TABLE "article_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"kind" "article_revision_kind" NOT NULL,
	"restored_from_number" integer,
	"title" text NOT NULL,
	"body_text" text NOT NULL,
	"body_html" text NOT NULL,
	"doc_state" "bytea" NOT NULL,
	"author_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, kb_unaccent(coalesce("title", ''))), 'A') || setweight(to_tsvector('english'::regconfig, kb_unaccent(coalesce("body_text", ''))), 'B')) STORED NOT NULL,
	"search_vector_simple" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, kb_unaccent(coalesce("title", ''))), 'A') || setweight(to_tsvector('simple'::regconfig, kb_unaccent(coalesce("body_text", ''))), 'B')) STORED NOT NULL,
	"search_text" text GENERATED ALWAYS AS (lower(kb_unaccent(coalesce("title", '') || ' ' || coalesce("body_text", '')))) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"body_text" text DEFAULT '' NOT NULL,
	"body_html" text DEFAULT '' NOT NULL,
	"topic_id" uuid,
	"department_id" uuid,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"audience" "article_audience" DEFAULT 'staff' NOT NULL,
	"status" "article_status" DEFAULT 'draft' NOT NULL,
	"published_revision_id" uuid,
	"published_at" timestamp (3) with time zone,
	"verified_at" timestamp (3) with time zone,
	"verified_by_id" uuid,
	"created_by_id" uuid,
	"updated_by_id" uuid,
	"source_inquiry_id" bigint,
	"source_system" text,
	"source_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, kb_unaccent(coalesce("title", ''))), 'A') || setweight(to_tsvector('english'::regconfig, kb_unaccent(coalesce("body_text", ''))), 'B')) STORED NOT NULL,
	"search_vector_simple" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, kb_unaccent(coalesce("title", ''))), 'A') || setweight(to_tsvector('simple'::regconfig, kb_unaccent(coalesce("body_text", ''))), 'B')) STORED NOT NULL,
	"search_text" text GENERATED ALWAYS AS (lower(kb_unaccent(coalesce("title", '') || ' ' || coalesce("body_text", '')))) STORED NOT NULL,
	CONSTRAINT "articles_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "departments" ADD COLUMN "responsibilities" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "departments" ADD COLUMN "hours" text;--> statement-breakpoint
ALTER TABLE "departments" ADD COLUMN "website" text;--> statement-breakpoint
ALTER TABLE "departments" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "article_doc_updates" ADD CONSTRAINT "article_doc_updates_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_doc_updates" ADD CONSTRAINT "article_doc_updates_actor_id_staff_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_feedback" ADD CONSTRAINT "article_feedback_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_relations" ADD CONSTRAINT "article_relations_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_relations" ADD CONSTRAINT "article_relations_related_id_articles_id_fk" FOREIGN KEY ("related_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_revisions" ADD CONSTRAINT "article_revisions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_revisions" ADD CONSTRAINT "article_revisions_author_id_staff_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_published_revision_id_article_revisions_id_fk" FOREIGN KEY ("published_revision_id") REFERENCES "public"."article_revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_verified_by_id_staff_users_id_fk" FOREIGN KEY ("verified_by_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_created_by_id_staff_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_updated_by_id_staff_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_source_inquiry_id_inquiries_id_fk" FOREIGN KEY ("source_inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_doc_updates_article_idx" ON "article_doc_updates" USING btree ("article_id","id");--> statement-breakpoint
CREATE INDEX "article_relations_related_idx" ON "article_relations" USING btree ("related_id");--> statement-breakpoint
CREATE UNIQUE INDEX "article_revisions_number_idx" ON "article_revisions" USING btree ("article_id","number");--> statement-breakpoint
CREATE INDEX "article_revisions_search_idx" ON "article_revisions" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "article_revisions_search_simple_idx" ON "article_revisions" USING gin ("search_vector_simple");--> statement-breakpoint
CREATE INDEX "article_revisions_search_trgm_idx" ON "article_revisions" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "articles_search_simple_idx" ON "articles" USING gin ("search_vector_simple");--> statement-breakpoint
CREATE INDEX "articles_search_trgm_idx" ON "articles" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "articles_topic_idx" ON "articles" USING btree ("topic_id");--> statement-breakpoint
CREATE INDEX "articles_department_idx" ON "articles" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "articles_status_idx" ON "articles" USING btree ("status","updated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "articles_source_idx" ON "articles" USING btree ("source_system","source_id") WHERE "articles"."source_system" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "articles_source_inquiry_idx" ON "articles" USING btree ("source_inquiry_id") WHERE "articles"."source_inquiry_id" is not null;