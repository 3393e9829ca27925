CREATE TABLE "inquiry_counts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inquiry_counts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"status" "inquiry_status" NOT NULL,
	"channel" "inquiry_channel" NOT NULL,
	"department_id" uuid,
	"topic_id" uuid,
	"claimed_by_id" uuid,
	"delta" bigint NOT NULL
);
--> statement-breakpoint
-- New and deleted inquiries: one row per combination in the statement, so a bulk import adds a few rows, not one per inquiry.
CREATE FUNCTION "inquiry_counts_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO inquiry_counts (status, channel, department_id, topic_id, claimed_by_id, delta)
  SELECT status, channel, department_id, topic_id, claimed_by_id, count(*) FROM new_rows
  GROUP BY status, channel, department_id, topic_id, claimed_by_id;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "inquiry_counts_inserted" AFTER INSERT ON "inquiries"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "inquiry_counts_inserted"();--> statement-breakpoint
CREATE FUNCTION "inquiry_counts_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO inquiry_counts (status, channel, department_id, topic_id, claimed_by_id, delta)
  SELECT status, channel, department_id, topic_id, claimed_by_id, -count(*) FROM old_rows
  GROUP BY status, channel, department_id, topic_id, claimed_by_id;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "inquiry_counts_deleted" AFTER DELETE ON "inquiries"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "inquiry_counts_deleted"();--> statement-breakpoint
-- A change of a counted column moves the inquiry from one combination to another.
CREATE FUNCTION "inquiry_counts_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (OLD.status, OLD.channel, OLD.department_id, OLD.topic_id, OLD.claimed_by_id)
     IS DISTINCT FROM (NEW.status, NEW.channel, NEW.department_id, NEW.topic_id, NEW.claimed_by_id) THEN
    INSERT INTO inquiry_counts (status, channel, department_id, topic_id, claimed_by_id, delta) VALUES
      (OLD.status, OLD.channel, OLD.department_id, OLD.topic_id, OLD.claimed_by_id, -1),
      (NEW.status, NEW.channel, NEW.department_id, NEW.topic_id, NEW.claimed_by_id, 1);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "inquiry_counts_updated" AFTER UPDATE OF status, channel, department_id, topic_id, claimed_by_id ON "inquiries"
  FOR EACH ROW EXECUTE FUNCTION "inquiry_counts_updated"();--> statement-breakpoint
-- Fills the counts for the inquiries that already exist. Creating the triggers
-- above locked the table against writes until this migration commits, so none is missed.
INSERT INTO inquiry_counts (status, channel, department_id, topic_id, claimed_by_id, delta)
SELECT status, channel, department_id, topic_id, claimed_by_id, count(*) FROM inquiries
GROUP BY status, channel, department_id, topic_id, claimed_by_id;
