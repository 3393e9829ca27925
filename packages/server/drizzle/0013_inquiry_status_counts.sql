CREATE TABLE "inquiry_status_counts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inquiry_status_counts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"status" "inquiry_status" NOT NULL,
	"channel" "inquiry_channel" NOT NULL,
	"claimed" boolean NOT NULL,
	"delta" bigint NOT NULL
);
--> statement-breakpoint
-- Holds off writes to the inquiries until this migration commits, so none is
-- counted by the old trigger functions and then missed by the fill below.
LOCK TABLE "inquiries" IN SHARE ROW EXCLUSIVE MODE;--> statement-breakpoint
-- The triggers of migration 0012 now also keep the rollup by status, channel and claimed.
CREATE OR REPLACE FUNCTION "inquiry_counts_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO inquiry_counts (status, channel, department_id, topic_id, claimed_by_id, delta)
  SELECT status, channel, department_id, topic_id, claimed_by_id, count(*) FROM new_rows
  GROUP BY status, channel, department_id, topic_id, claimed_by_id;
  INSERT INTO inquiry_status_counts (status, channel, claimed, delta)
  SELECT status, channel, claimed_by_id IS NOT NULL, count(*) FROM new_rows
  GROUP BY status, channel, claimed_by_id IS NOT NULL;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "inquiry_counts_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO inquiry_counts (status, channel, department_id, topic_id, claimed_by_id, delta)
  SELECT status, channel, department_id, topic_id, claimed_by_id, -count(*) FROM old_rows
  GROUP BY status, channel, department_id, topic_id, claimed_by_id;
  INSERT INTO inquiry_status_counts (status, channel, claimed, delta)
  SELECT status, channel, claimed_by_id IS NOT NULL, -count(*) FROM old_rows
  GROUP BY status, channel, claimed_by_id IS NOT NULL;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "inquiry_counts_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (OLD.status, OLD.channel, OLD.department_id, OLD.topic_id, OLD.claimed_by_id)
     IS DISTINCT FROM (NEW.status, NEW.channel, NEW.department_id, NEW.topic_id, NEW.claimed_by_id) THEN
    INSERT INTO inquiry_counts (status, channel, department_id, topic_id, claimed_by_id, delta) VALUES
      (OLD.status, OLD.channel, OLD.department_id, OLD.topic_id, OLD.claimed_by_id, -1),
      (NEW.status, NEW.channel, NEW.department_id, NEW.topic_id, NEW.claimed_by_id, 1);
  END IF;
  IF (OLD.status, OLD.channel, OLD.claimed_by_id IS NOT NULL)
     IS DISTINCT FROM (NEW.status, NEW.channel, NEW.claimed_by_id IS NOT NULL) THEN
    INSERT INTO inquiry_status_counts (status, channel, claimed, delta) VALUES
      (OLD.status, OLD.channel, OLD.claimed_by_id IS NOT NULL, -1),
      (NEW.status, NEW.channel, NEW.claimed_by_id IS NOT NULL, 1);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
-- Fills the rollup for the inquiries that already exist.
INSERT INTO inquiry_status_counts (status, channel, claimed, delta)
SELECT status, channel, claimed_by_id IS NOT NULL, count(*) FROM inquiries
GROUP BY status, channel, claimed_by_id IS NOT NULL;
