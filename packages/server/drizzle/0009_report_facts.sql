ALTER TABLE "inquiries" ADD COLUMN "first_response_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "inquiries" ADD COLUMN "reopen_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "inquiries" ADD COLUMN "transfer_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "events_staff_claims_idx" ON "events" USING btree ("created_at") WHERE "events"."stream" = 'inbox' and "events"."type" = 'claimed' and "events"."actor_id" is not null;--> statement-breakpoint
-- Keeps inquiries.first_response_at at the earliest reply or note written by staff.
CREATE FUNCTION "inquiries_track_staff_message"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.kind IN ('reply', 'note') AND NEW.author_id IS NOT NULL THEN
    UPDATE inquiries SET first_response_at = NEW.created_at
    WHERE id = NEW.inquiry_id AND (first_response_at IS NULL OR first_response_at > NEW.created_at);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "inquiry_messages_track_staff_response" AFTER INSERT ON "inquiry_messages"
  FOR EACH ROW EXECUTE FUNCTION "inquiries_track_staff_message"();--> statement-breakpoint
-- Counts an inquiry's "reopened" and "routed" events, and takes a claim by a staff member as a response.
CREATE FUNCTION "inquiries_track_inbox_event"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.stream <> 'inbox' OR NEW.inquiry_id IS NULL THEN
    RETURN NULL;
  END IF;
  IF NEW.type = 'claimed' AND NEW.actor_id IS NOT NULL THEN
    UPDATE inquiries SET first_response_at = NEW.created_at
    WHERE id = NEW.inquiry_id AND (first_response_at IS NULL OR first_response_at > NEW.created_at);
  ELSIF NEW.type = 'reopened' THEN
    UPDATE inquiries SET reopen_count = reopen_count + 1 WHERE id = NEW.inquiry_id;
  ELSIF NEW.type = 'routed' THEN
    UPDATE inquiries SET transfer_count = transfer_count + 1 WHERE id = NEW.inquiry_id;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "events_track_inquiry_facts" AFTER INSERT ON "events"
  FOR EACH ROW EXECUTE FUNCTION "inquiries_track_inbox_event"();--> statement-breakpoint
-- Recomputes an inquiry's first response from scratch, for rows whose time, kind or author is corrected later.
CREATE FUNCTION "inquiries_recompute_first_response"(target bigint) RETURNS void LANGUAGE sql AS $$
  UPDATE inquiries SET first_response_at = (
    SELECT min(created_at) FROM (
      SELECT created_at FROM inquiry_messages
      WHERE inquiry_id = target AND kind IN ('reply', 'note') AND author_id IS NOT NULL
      UNION ALL
      SELECT created_at FROM events
      WHERE inquiry_id = target AND stream = 'inbox' AND type = 'claimed' AND actor_id IS NOT NULL
    ) staff_responses
  )
  WHERE id = target;
$$;--> statement-breakpoint
CREATE FUNCTION "inquiries_recompute_after_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.inquiry_id IS NOT NULL THEN
    PERFORM inquiries_recompute_first_response(NEW.inquiry_id);
  END IF;
  IF OLD.inquiry_id IS NOT NULL AND OLD.inquiry_id IS DISTINCT FROM NEW.inquiry_id THEN
    PERFORM inquiries_recompute_first_response(OLD.inquiry_id);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "inquiry_messages_recompute_staff_response" AFTER UPDATE OF created_at, kind, author_id, inquiry_id ON "inquiry_messages"
  FOR EACH ROW EXECUTE FUNCTION "inquiries_recompute_after_update"();--> statement-breakpoint
CREATE TRIGGER "events_recompute_staff_response" AFTER UPDATE OF created_at, type, actor_id, inquiry_id, stream ON "events"
  FOR EACH ROW EXECUTE FUNCTION "inquiries_recompute_after_update"();--> statement-breakpoint
-- Fills the new columns for the inquiries that already exist.
UPDATE inquiries i SET first_response_at = responses.first_at
FROM (
  SELECT inquiry_id, min(created_at) AS first_at FROM (
    SELECT inquiry_id, created_at FROM inquiry_messages WHERE kind IN ('reply', 'note') AND author_id IS NOT NULL
    UNION ALL
    SELECT inquiry_id, created_at FROM events
    WHERE stream = 'inbox' AND type = 'claimed' AND actor_id IS NOT NULL AND inquiry_id IS NOT NULL
  ) staff_responses
  GROUP BY inquiry_id
) responses
WHERE responses.inquiry_id = i.id;--> statement-breakpoint
UPDATE inquiries i SET reopen_count = counted.reopens, transfer_count = counted.transfers
FROM (
  SELECT inquiry_id,
         count(*) FILTER (WHERE type = 'reopened')::int AS reopens,
         count(*) FILTER (WHERE type = 'routed')::int AS transfers
  FROM events
  WHERE stream = 'inbox' AND inquiry_id IS NOT NULL AND type IN ('reopened', 'routed')
  GROUP BY inquiry_id
) counted
WHERE counted.inquiry_id = i.id;
