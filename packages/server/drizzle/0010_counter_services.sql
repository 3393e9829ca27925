CREATE TYPE "public"."banner_status" AS ENUM('pending', 'approved', 'declined', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."cemetery_lot_status" AS ENUM('available', 'sold', 'occupied');--> statement-breakpoint
CREATE TYPE "public"."interment_status" AS ENUM('scheduled', 'completed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."lemon_lot_permit_status" AS ENUM('active', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."notary_appointment_status" AS ENUM('booked', 'completed', 'cancelled', 'no_show');--> statement-breakpoint
CREATE TYPE "public"."payment_channel" AS ENUM('counter', 'phone', 'mail');--> statement-breakpoint
CREATE TYPE "public"."payment_method" AS ENUM('cash', 'check', 'card');--> statement-breakpoint
CREATE TYPE "public"."payment_purpose" AS ENUM('banner_permit', 'lemon_lot_permit', 'cemetery_lot', 'interment', 'notary', 'fee');--> statement-breakpoint
ALTER TYPE "public"."outbound_kind" ADD VALUE 'reminder';--> statement-breakpoint
ALTER TYPE "public"."outbound_kind" ADD VALUE 'confirmation';--> statement-breakpoint
CREATE TABLE "audit_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"action" text NOT NULL,
	"actor_id" uuid,
	"before" jsonb,
	"after" jsonb,
	"reason" text,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "banner_applications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "banner_applications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"reference" text GENERATED ALWAYS AS ('BP-' || case when id < 1000000 then lpad(id::text, 6, '0') else id::text end) STORED NOT NULL,
	"location_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"event_name" text NOT NULL,
	"organization" text,
	"contact_id" uuid NOT NULL,
	"channel" "inquiry_channel" NOT NULL,
	"status" "banner_status" DEFAULT 'pending' NOT NULL,
	"inquiry_id" bigint,
	"created_by_id" uuid,
	"decided_by_id" uuid,
	"decided_at" timestamp (3) with time zone,
	"decision_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "banner_applications_reference_unique" UNIQUE("reference"),
	CONSTRAINT "banner_applications_dates_check" CHECK ("banner_applications"."ends_on" >= "banner_applications"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "banner_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"capacity" integer NOT NULL,
	"max_days" integer DEFAULT 14 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "banner_locations_name_unique" UNIQUE("name"),
	CONSTRAINT "banner_locations_capacity_check" CHECK ("banner_locations"."capacity" > 0),
	CONSTRAINT "banner_locations_max_days_check" CHECK ("banner_locations"."max_days" > 0)
);
--> statement-breakpoint
CREATE TABLE "cemetery_interments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cemetery_interments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"reference" text GENERATED ALWAYS AS ('IN-' || case when id < 1000000 then lpad(id::text, 6, '0') else id::text end) STORED NOT NULL,
	"lot_id" uuid NOT NULL,
	"deceased_name" text NOT NULL,
	"date_of_death" date,
	"slot_starts_at" timestamp (3) with time zone NOT NULL,
	"slot_ends_at" timestamp (3) with time zone NOT NULL,
	"funeral_home" text,
	"contact_id" uuid,
	"status" "interment_status" DEFAULT 'scheduled' NOT NULL,
	"inquiry_id" bigint,
	"created_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cemetery_interments_reference_unique" UNIQUE("reference"),
	CONSTRAINT "cemetery_interments_slot_check" CHECK ("cemetery_interments"."slot_ends_at" > "cemetery_interments"."slot_starts_at")
);
--> statement-breakpoint
CREATE TABLE "cemetery_lots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"section" text NOT NULL,
	"row" text NOT NULL,
	"number" integer NOT NULL,
	"status" "cemetery_lot_status" DEFAULT 'available' NOT NULL,
	"price_cents" integer NOT NULL,
	"capacity" integer DEFAULT 1 NOT NULL,
	"purchaser_contact_id" uuid,
	"sold_at" timestamp (3) with time zone,
	"sold_by_id" uuid,
	"sale_inquiry_id" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cemetery_lots_price_check" CHECK ("cemetery_lots"."price_cents" >= 0),
	CONSTRAINT "cemetery_lots_capacity_check" CHECK ("cemetery_lots"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "drawer_closes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_id" uuid NOT NULL,
	"business_date" date NOT NULL,
	"expected_cash_cents" integer NOT NULL,
	"counted_cash_cents" integer NOT NULL,
	"expected_check_cents" integer NOT NULL,
	"counted_check_cents" integer NOT NULL,
	"expected_card_cents" integer NOT NULL,
	"counted_card_cents" integer NOT NULL,
	"difference_cents" integer NOT NULL,
	"flagged" boolean NOT NULL,
	"note" text,
	"closed_by_id" uuid NOT NULL,
	"closed_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lemon_lot_permits" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "lemon_lot_permits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"reference" text GENERATED ALWAYS AS ('LL-' || case when id < 1000000 then lpad(id::text, 6, '0') else id::text end) STORED NOT NULL,
	"vehicle_make" text NOT NULL,
	"vehicle_model" text NOT NULL,
	"vehicle_year" integer,
	"vehicle_color" text,
	"plate" text NOT NULL,
	"plate_state" text,
	"plate_key" text GENERATED ALWAYS AS (upper(regexp_replace(plate, '[^A-Za-z0-9]', '', 'g'))) STORED NOT NULL,
	"vin" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"contact_id" uuid NOT NULL,
	"channel" "inquiry_channel" NOT NULL,
	"status" "lemon_lot_permit_status" DEFAULT 'active' NOT NULL,
	"inquiry_id" bigint,
	"created_by_id" uuid,
	"reminder_queued_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lemon_lot_permits_reference_unique" UNIQUE("reference"),
	CONSTRAINT "lemon_lot_permits_dates_check" CHECK ("lemon_lot_permits"."ends_on" >= "lemon_lot_permits"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "lemon_lot_settings" (
	"id" integer PRIMARY KEY NOT NULL,
	"capacity" integer DEFAULT 20 NOT NULL,
	"max_days" integer DEFAULT 30 NOT NULL,
	"reminder_days" integer DEFAULT 3 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notary_appointments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notary_appointments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"reference" text GENERATED ALWAYS AS ('NA-' || case when id < 1000000 then lpad(id::text, 6, '0') else id::text end) STORED NOT NULL,
	"staff_id" uuid NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"document_kind" text NOT NULL,
	"document_count" integer DEFAULT 1 NOT NULL,
	"contact_id" uuid NOT NULL,
	"channel" "inquiry_channel" NOT NULL,
	"status" "notary_appointment_status" DEFAULT 'booked' NOT NULL,
	"manage_token_hash" text,
	"inquiry_id" bigint,
	"created_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notary_appointments_reference_unique" UNIQUE("reference"),
	CONSTRAINT "notary_appointments_manage_token_hash_unique" UNIQUE("manage_token_hash"),
	CONSTRAINT "notary_appointments_times_check" CHECK ("notary_appointments"."ends_at" > "notary_appointments"."starts_at"),
	CONSTRAINT "notary_appointments_count_check" CHECK ("notary_appointments"."document_count" > 0)
);
--> statement-breakpoint
CREATE TABLE "notary_commissions" (
	"staff_id" uuid PRIMARY KEY NOT NULL,
	"commission_number" text,
	"expires_on" date,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "payments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"reference" text GENERATED ALWAYS AS ('R-' || case when id < 1000000 then lpad(id::text, 6, '0') else id::text end) STORED NOT NULL,
	"amount_cents" integer NOT NULL,
	"method" "payment_method" NOT NULL,
	"channel" "payment_channel" NOT NULL,
	"purpose" "payment_purpose" NOT NULL,
	"banner_application_id" bigint,
	"lemon_lot_permit_id" bigint,
	"cemetery_lot_id" uuid,
	"interment_id" bigint,
	"notary_appointment_id" bigint,
	"fee_description" text,
	"payer_name" text NOT NULL,
	"check_number" text,
	"card_last4" text,
	"note" text,
	"received_by_id" uuid NOT NULL,
	"received_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"business_date" date NOT NULL,
	"inquiry_id" bigint,
	"drawer_close_id" uuid,
	"reversal_of_id" bigint,
	"reversal_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_reference_unique" UNIQUE("reference"),
	CONSTRAINT "payments_reversal_of_id_unique" UNIQUE("reversal_of_id"),
	CONSTRAINT "payments_amount_check" CHECK (("payments"."reversal_of_id" is null and "payments"."amount_cents" > 0) or ("payments"."reversal_of_id" is not null and "payments"."amount_cents" < 0)),
	CONSTRAINT "payments_reversal_reason_check" CHECK ("payments"."reversal_of_id" is null or length(trim("payments"."reversal_reason")) > 0)
);
--> statement-breakpoint
ALTER TABLE "topics" ADD COLUMN "counter_service" text;--> statement-breakpoint
ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_actor_id_staff_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "banner_applications" ADD CONSTRAINT "banner_applications_location_id_banner_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."banner_locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "banner_applications" ADD CONSTRAINT "banner_applications_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "banner_applications" ADD CONSTRAINT "banner_applications_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "banner_applications" ADD CONSTRAINT "banner_applications_created_by_id_staff_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "banner_applications" ADD CONSTRAINT "banner_applications_decided_by_id_staff_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cemetery_interments" ADD CONSTRAINT "cemetery_interments_lot_id_cemetery_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."cemetery_lots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cemetery_interments" ADD CONSTRAINT "cemetery_interments_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cemetery_interments" ADD CONSTRAINT "cemetery_interments_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cemetery_interments" ADD CONSTRAINT "cemetery_interments_created_by_id_staff_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cemetery_lots" ADD CONSTRAINT "cemetery_lots_purchaser_contact_id_contacts_id_fk" FOREIGN KEY ("purchaser_contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cemetery_lots" ADD CONSTRAINT "cemetery_lots_sold_by_id_staff_users_id_fk" FOREIGN KEY ("sold_by_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cemetery_lots" ADD CONSTRAINT "cemetery_lots_sale_inquiry_id_inquiries_id_fk" FOREIGN KEY ("sale_inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drawer_closes" ADD CONSTRAINT "drawer_closes_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drawer_closes" ADD CONSTRAINT "drawer_closes_closed_by_id_staff_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lemon_lot_permits" ADD CONSTRAINT "lemon_lot_permits_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lemon_lot_permits" ADD CONSTRAINT "lemon_lot_permits_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lemon_lot_permits" ADD CONSTRAINT "lemon_lot_permits_created_by_id_staff_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notary_appointments" ADD CONSTRAINT "notary_appointments_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notary_appointments" ADD CONSTRAINT "notary_appointments_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notary_appointments" ADD CONSTRAINT "notary_appointments_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notary_appointments" ADD CONSTRAINT "notary_appointments_created_by_id_staff_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notary_commissions" ADD CONSTRAINT "notary_commissions_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_banner_application_id_banner_applications_id_fk" FOREIGN KEY ("banner_application_id") REFERENCES "public"."banner_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_lemon_lot_permit_id_lemon_lot_permits_id_fk" FOREIGN KEY ("lemon_lot_permit_id") REFERENCES "public"."lemon_lot_permits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_cemetery_lot_id_cemetery_lots_id_fk" FOREIGN KEY ("cemetery_lot_id") REFERENCES "public"."cemetery_lots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_interment_id_cemetery_interments_id_fk" FOREIGN KEY ("interment_id") REFERENCES "public"."cemetery_interments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_notary_appointment_id_notary_appointments_id_fk" FOREIGN KEY ("notary_appointment_id") REFERENCES "public"."notary_appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_received_by_id_staff_users_id_fk" FOREIGN KEY ("received_by_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_drawer_close_id_drawer_closes_id_fk" FOREIGN KEY ("drawer_close_id") REFERENCES "public"."drawer_closes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_reversal_of_id_payments_id_fk" FOREIGN KEY ("reversal_of_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_entries_entity_idx" ON "audit_entries" USING btree ("entity","entity_id","at");--> statement-breakpoint
CREATE INDEX "audit_entries_at_idx" ON "audit_entries" USING btree ("at");--> statement-breakpoint
CREATE INDEX "banner_applications_location_idx" ON "banner_applications" USING btree ("location_id","starts_on","ends_on");--> statement-breakpoint
CREATE INDEX "banner_applications_status_idx" ON "banner_applications" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "cemetery_interments_slot_idx" ON "cemetery_interments" USING btree ("slot_starts_at") WHERE "cemetery_interments"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "cemetery_interments_lot_idx" ON "cemetery_interments" USING btree ("lot_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cemetery_lots_place_idx" ON "cemetery_lots" USING btree ("section","row","number");--> statement-breakpoint
CREATE INDEX "cemetery_lots_status_idx" ON "cemetery_lots" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "drawer_closes_staff_day_idx" ON "drawer_closes" USING btree ("staff_id","business_date");--> statement-breakpoint
CREATE INDEX "lemon_lot_permits_dates_idx" ON "lemon_lot_permits" USING btree ("starts_on","ends_on");--> statement-breakpoint
CREATE INDEX "lemon_lot_permits_plate_idx" ON "lemon_lot_permits" USING btree ("plate_key");--> statement-breakpoint
CREATE INDEX "lemon_lot_permits_vin_idx" ON "lemon_lot_permits" USING btree ("vin");--> statement-breakpoint
CREATE UNIQUE INDEX "notary_appointments_slot_idx" ON "notary_appointments" USING btree ("staff_id","starts_at") WHERE "notary_appointments"."status" = 'booked';--> statement-breakpoint
CREATE INDEX "notary_appointments_starts_idx" ON "notary_appointments" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "payments_drawer_idx" ON "payments" USING btree ("received_by_id","business_date");--> statement-breakpoint
CREATE INDEX "payments_business_date_idx" ON "payments" USING btree ("business_date");--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_counter_service_unique" UNIQUE("counter_service");--> statement-breakpoint
-- A payment in a closed drawer never changes, and no payment is ever deleted:
-- a mistake after the close is corrected by a reversal, a new row.
CREATE FUNCTION "payments_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'payment % cannot be deleted; reverse it instead', OLD.reference USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.drawer_close_id IS NOT NULL THEN
    RAISE EXCEPTION 'payment % is in a closed drawer and cannot change; reverse it instead', OLD.reference USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "payments_guard" BEFORE UPDATE OR DELETE ON "payments" FOR EACH ROW EXECUTE FUNCTION "payments_guard"();--> statement-breakpoint
-- The audit trail is append-only.
CREATE FUNCTION "audit_entries_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'check_violation';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "audit_entries_append_only" BEFORE UPDATE OR DELETE ON "audit_entries" FOR EACH ROW EXECUTE FUNCTION "audit_entries_append_only"();
