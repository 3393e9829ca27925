CREATE TABLE "report_cached_days" (
	"zone" text NOT NULL,
	"day" date NOT NULL,
	"version" bigint NOT NULL,
	"computed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_cached_days_zone_day_pk" PRIMARY KEY("zone","day")
);
--> statement-breakpoint
CREATE TABLE "report_day_channels" (
	"zone" text NOT NULL,
	"day" date NOT NULL,
	"department_id" uuid,
	"channel" "inquiry_channel" NOT NULL,
	"contacts" integer NOT NULL,
	"resolved" integer NOT NULL,
	"first_contact" integer NOT NULL,
	"transfers" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_day_durations" (
	"zone" text NOT NULL,
	"day" date NOT NULL,
	"department_key" text NOT NULL,
	"metric" text NOT NULL,
	"bin" integer NOT NULL,
	"count" integer NOT NULL,
	"min_seconds" double precision NOT NULL,
	"max_seconds" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_day_phone" (
	"zone" text NOT NULL,
	"day" date NOT NULL,
	"department_id" uuid,
	"offered" integer NOT NULL,
	"answered" integer NOT NULL,
	"abandoned" integer NOT NULL,
	"short_hangups" integer NOT NULL,
	"talk_seconds" double precision NOT NULL,
	"talk_count" integer NOT NULL,
	"wait_seconds" double precision NOT NULL,
	"wait_count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_day_staff" (
	"zone" text NOT NULL,
	"day" date NOT NULL,
	"department_key" text NOT NULL,
	"staff_id" uuid NOT NULL,
	"logged" integer NOT NULL,
	"resolved" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_day_topics" (
	"zone" text NOT NULL,
	"day" date NOT NULL,
	"department_id" uuid,
	"topic_id" uuid,
	"contacts" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_day_versions" (
	"day" date PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inquiries" ADD COLUMN "previous_contact_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "inquiries" ADD COLUMN "previous_department_contact_at" timestamp (3) with time zone;--> statement-breakpoint
CREATE INDEX "report_day_channels_day_idx" ON "report_day_channels" USING btree ("zone","day");--> statement-breakpoint
CREATE INDEX "report_day_durations_day_idx" ON "report_day_durations" USING btree ("zone","department_key","day");--> statement-breakpoint
CREATE INDEX "report_day_phone_day_idx" ON "report_day_phone" USING btree ("zone","day");--> statement-breakpoint
CREATE INDEX "report_day_staff_day_idx" ON "report_day_staff" USING btree ("zone","department_key","day");--> statement-breakpoint
CREATE INDEX "report_day_topics_day_idx" ON "report_day_topics" USING btree ("zone","day");--> statement-breakpoint
-- Indexes the report reads without visiting the table.
CREATE INDEX "inquiries_contact_order_idx" ON "inquiries" USING btree ("contact_id", "created_at", "id") WHERE "contact_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "inquiries_repeat_report_idx" ON "inquiries" USING btree ("created_at") INCLUDE ("contact_id", "previous_contact_at", "department_id") WHERE "previous_contact_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "inquiries_department_repeat_report_idx" ON "inquiries" USING btree ("department_id", "created_at") INCLUDE ("contact_id", "previous_department_contact_at") WHERE "previous_department_contact_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "inquiries_resolved_report_idx" ON "inquiries" USING btree ("resolved_at") INCLUDE ("resolved_by_id", "department_id") WHERE "status" = 'resolved' AND "resolved_by_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "inquiries_logged_report_idx" ON "inquiries" USING btree ("created_at") INCLUDE ("logged_by_id", "department_id") WHERE "logged_by_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "events_claims_report_idx" ON "events" USING btree ("created_at") INCLUDE ("actor_id", "inquiry_id") WHERE "stream" = 'inbox' AND "type" = 'claimed' AND "actor_id" IS NOT NULL;--> statement-breakpoint
-- Keeps inquiries.previous_contact_at: the created_at of the same contact's previous inquiry,
-- by (created_at, id), and previous_department_contact_at: the same within the inquiry's department.
CREATE FUNCTION "inquiries_previous_contact_before_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.contact_id IS NOT NULL THEN
    NEW.previous_contact_at := (
      SELECT created_at FROM inquiries
      WHERE contact_id = NEW.contact_id AND (created_at, id) < (NEW.created_at, NEW.id)
      ORDER BY created_at DESC, id DESC LIMIT 1
    );
    NEW.previous_department_contact_at := (
      SELECT created_at FROM inquiries
      WHERE contact_id = NEW.contact_id AND department_id IS NOT DISTINCT FROM NEW.department_id AND (created_at, id) < (NEW.created_at, NEW.id)
      ORDER BY created_at DESC, id DESC LIMIT 1
    );
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "inquiries_previous_contact_before_insert" BEFORE INSERT ON "inquiries"
  FOR EACH ROW EXECUTE FUNCTION "inquiries_previous_contact_before_insert"();--> statement-breakpoint
-- An inquiry inserted before a later one of the same contact (an import) becomes that one's previous contact.
CREATE FUNCTION "inquiries_previous_contact_after_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.contact_id IS NOT NULL THEN
    UPDATE inquiries SET previous_contact_at = NEW.created_at
    WHERE id = (
      SELECT id FROM inquiries
      WHERE contact_id = NEW.contact_id AND (created_at, id) > (NEW.created_at, NEW.id)
      ORDER BY created_at, id LIMIT 1
    );
    UPDATE inquiries SET previous_department_contact_at = NEW.created_at
    WHERE id = (
      SELECT id FROM inquiries
      WHERE contact_id = NEW.contact_id AND department_id IS NOT DISTINCT FROM NEW.department_id AND (created_at, id) > (NEW.created_at, NEW.id)
      ORDER BY created_at, id LIMIT 1
    );
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "inquiries_previous_contact_after_insert" AFTER INSERT ON "inquiries"
  FOR EACH ROW EXECUTE FUNCTION "inquiries_previous_contact_after_insert"();--> statement-breakpoint
-- A changed contact, time or department, or a deleted inquiry, recomputes the contacts' chains.
CREATE FUNCTION "inquiries_previous_contact_recompute"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE inquiries i SET previous_contact_at = chain.previous_at, previous_department_contact_at = chain.previous_department_at
  FROM (
    SELECT id,
           lag(created_at) OVER (PARTITION BY contact_id ORDER BY created_at, id) AS previous_at,
           lag(created_at) OVER (PARTITION BY contact_id, department_id ORDER BY created_at, id) AS previous_department_at
    FROM inquiries WHERE contact_id IN (OLD.contact_id, CASE WHEN TG_OP = 'UPDATE' THEN NEW.contact_id END)
  ) chain
  WHERE i.id = chain.id
    AND (i.previous_contact_at IS DISTINCT FROM chain.previous_at OR i.previous_department_contact_at IS DISTINCT FROM chain.previous_department_at);
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "inquiries_previous_contact_update" AFTER UPDATE OF contact_id, created_at, department_id ON "inquiries"
  FOR EACH ROW WHEN (OLD.contact_id IS DISTINCT FROM NEW.contact_id OR OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.department_id IS DISTINCT FROM NEW.department_id)
  EXECUTE FUNCTION "inquiries_previous_contact_recompute"();--> statement-breakpoint
CREATE TRIGGER "inquiries_previous_contact_delete" AFTER DELETE ON "inquiries"
  FOR EACH ROW WHEN (OLD.contact_id IS NOT NULL) EXECUTE FUNCTION "inquiries_previous_contact_recompute"();--> statement-breakpoint
-- Bumps the version of the dates around an instant, so the report cache recomputes the
-- local days (in any zone) that contain it. Instants of the last two days are skipped:
-- the cache never holds a day that ended less than three days ago.
CREATE FUNCTION "report_bump_days"(instant timestamptz) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF instant IS NULL OR instant >= now() - interval '2 days' THEN
    RETURN;
  END IF;
  INSERT INTO report_day_versions (day)
  SELECT day::date FROM generate_series((instant AT TIME ZONE 'UTC')::date - 1, (instant AT TIME ZONE 'UTC')::date + 1, interval '1 day') AS day
  ON CONFLICT (day) DO UPDATE SET version = report_day_versions.version + 1;
END;
$$;--> statement-breakpoint
CREATE FUNCTION "inquiries_report_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM report_bump_days(OLD.created_at);
  END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.created_at IS DISTINCT FROM OLD.created_at) THEN
    PERFORM report_bump_days(NEW.created_at);
  END IF;
  -- Workload counts resolutions by resolved_at.
  IF TG_OP <> 'INSERT' THEN
    PERFORM report_bump_days(OLD.resolved_at);
  END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.resolved_at IS DISTINCT FROM OLD.resolved_at) THEN
    PERFORM report_bump_days(NEW.resolved_at);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "inquiries_report_changed" AFTER INSERT OR DELETE OR UPDATE OF created_at, channel, status, topic_id, department_id, logged_by_id, resolved_by_id, resolved_at, first_response_at, reopen_count, transfer_count, source_system ON "inquiries"
  FOR EACH ROW EXECUTE FUNCTION "inquiries_report_changed"();--> statement-breakpoint
CREATE FUNCTION "phone_calls_report_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM report_bump_days(OLD.offered_at);
  END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.offered_at IS DISTINCT FROM OLD.offered_at) THEN
    PERFORM report_bump_days(NEW.offered_at);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "phone_calls_report_changed" AFTER INSERT OR UPDATE OR DELETE ON "phone_calls"
  FOR EACH ROW EXECUTE FUNCTION "phone_calls_report_changed"();--> statement-breakpoint
-- Fills the new columns for the inquiries that already exist.
UPDATE inquiries i SET previous_contact_at = chain.previous_at, previous_department_contact_at = chain.previous_department_at
FROM (
  SELECT id,
         lag(created_at) OVER (PARTITION BY contact_id ORDER BY created_at, id) AS previous_at,
         lag(created_at) OVER (PARTITION BY contact_id, department_id ORDER BY created_at, id) AS previous_department_at
  FROM inquiries WHERE contact_id IS NOT NULL
) chain
WHERE i.id = chain.id AND chain.previous_at IS NOT NULL;
