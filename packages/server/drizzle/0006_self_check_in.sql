ALTER TABLE "walk_in_visits" ADD COLUMN "ticket_number" integer;--> statement-breakpoint
ALTER TABLE "walk_in_visits" ADD COLUMN "language" text;