-- Knowledge-base search: accent-insensitive full-text search (unaccent) and a
-- typo-tolerant fallback (pg_trgm). Both extensions are trusted in PostgreSQL 13+,
-- so the database owner can create them; PGlite loads them from its contrib bundle.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;--> statement-breakpoint
-- unaccent() is only STABLE, because its dictionary could change, so it cannot be used
-- in a generated column or an index. This wrapper pins the dictionary and is declared
-- IMMUTABLE; the names are schema-qualified so a different search_path cannot change it.
CREATE OR REPLACE FUNCTION public.kb_unaccent(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN public.unaccent('public.unaccent'::regdictionary, value);--> statement-breakpoint
-- English and simple configurations that drop accents per word. ts_headline uses them
-- on the original text, so "Müller" is highlighted for the query "muller".
CREATE TEXT SEARCH CONFIGURATION public.kb_english (COPY = pg_catalog.english);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION public.kb_english ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, english_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION public.kb_simple (COPY = pg_catalog.simple);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION public.kb_simple ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, simple;
