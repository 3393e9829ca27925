import type { Logger } from 'pino';
import { reportFactsBackfillStatements } from '../../../server/src/reports/facts.js';

/**
 * Fills an empty, migrated database with three years of contact-center
 * history for the reports benchmark, with set-based SQL only
 * (generate_series and INSERT … SELECT). Every row of a table is built by a
 * few statements, each covering a slice of the rows so that progress can be
 * printed. The same SQL runs on PostgreSQL and PGlite.
 *
 * Ids of the reference rows are UUIDs derived from a name and a number
 * (`md5('topic-7')::uuid`), so inquiries can point at a topic, a department,
 * a contact or a staff member without a join.
 */

/** Runs one SQL statement on the seeding connection and returns its rows. */
export type Execute = (statement: string) => Promise<Record<string, unknown>[]>;

export type SeedOptions = {
  inquiries: number;
  /** Resident contacts; inquiries with a contact pick one with a skew, so some residents call often. */
  contacts: number;
  timeZone: string;
};

export type SeedCounts = Record<(typeof COUNTED_TABLES)[number], number>;

export type SeedResult = { counts: SeedCounts; seconds: number; steps: { step: string; seconds: number }[] };

/** First and last local dates of the seeded history. */
export const HISTORY_FROM = '2024-01-01';
export const HISTORY_TO = '2026-12-31';
/** Days from HISTORY_FROM to HISTORY_TO inclusive (2024 is a leap year). */
const HISTORY_DAYS = 366 + 365 + 365;
const DEPARTMENTS = 12;
const TOPICS = 120;
const PROGRAMS = 6;
/** Staff 1 and 2 are managers, and staff 3 to STAFF are the agents who take contacts. */
const STAFF = 32;
const AGENTS_FROM = 3;
const KUDOS = 3_000;
/** Slices of the inquiries insert, one progress line each. */
const INQUIRY_SLICES = 20;
/** Slices of each insert derived from inquiries, by inquiry id. */
const DERIVED_SLICES = 5;

const COUNTED_TABLES = [
  'departments',
  'programs',
  'topics',
  'staff_users',
  'contacts',
  'inquiries',
  'events',
  'inquiry_messages',
  'phone_calls',
  'survey_responses',
  'kudos',
] as const;

const DEPARTMENT_NAMES = [
  'Public Works',
  'Parks and Recreation',
  'Transportation',
  'Utilities',
  'Planning and Development',
  'Public Health',
  'Animal Services',
  'Code Enforcement',
  'Solid Waste and Recycling',
  'Treasurer',
  'Clerk and Recorder',
  'Sheriff',
];

const PROGRAM_NAMES = ['Defensible space', 'Snow removal assistance', 'Lead service line replacement', 'Senior transit', 'Home repair loans', 'Vaccination clinics'];

/** Tables whose secondary indexes are built after loading. */
const BULK_TABLES = ['contacts', 'inquiries', 'events', 'inquiry_messages', 'phone_calls', 'survey_responses'];

const quoteIdentifier = (value: string) => `"${value.replaceAll('"', '""')}"`;
const quote = (value: string) => `'${value.replaceAll("'", "''")}'`;
const agentExpression = (random: string) => `md5('staff-' || (${AGENTS_FROM} + floor(${random} * ${STAFF - AGENTS_FROM + 1}))::int)::uuid`;

/**
 * SQL for a timestamptz in the center's zone on local day `day` (0 is
 * HISTORY_FROM): a weekend day becomes a weekday of the same week four times
 * in five, and four contacts in five arrive between 8:00 and 17:00.
 */
function localInstant(day: string, timeZone: string): string {
  const date = `(date ${quote(HISTORY_FROM)} + ${day})`;
  const weekday = `extract(isodow from ${date})::int`;
  const shifted = `(case when ${weekday} >= 6 and random() < 0.8 then ${date} - (${weekday} - 1) + floor(random() * 5)::int else ${date} end)`;
  const time = `(case when random() < 0.8 then interval '8 hours' + random() * interval '9 hours' else random() * interval '24 hours' end)`;
  return `((${shifted} + ${time}) at time zone ${quote(timeZone)})`;
}

function slices(total: number, count: number): [number, number][] {
  const bounds: [number, number][] = [];
  for (let index = 0; index < count; index += 1) {
    const first = Math.floor((total * index) / count);
    const last = Math.floor((total * (index + 1)) / count);
    if (last > first) bounds.push([first, last]);
  }
  return bounds;
}

export async function seedReportsData(execute: Execute, options: SeedOptions, log: Logger, label: string): Promise<SeedResult> {
  const started = performance.now();
  const steps: SeedResult['steps'] = [];
  const step = async (name: string, statements: string[], rowsPerStatement?: number[]) => {
    const stepStarted = performance.now();
    let done = 0;
    for (const [index, statement] of statements.entries()) {
      await execute(statement);
      done += rowsPerStatement?.[index] ?? 0;
      if (statements.length > 1) {
        const elapsed = (performance.now() - stepStarted) / 1000;
        process.stdout.write(
          `[${label}] ${name}: ${index + 1}/${statements.length}${rowsPerStatement ? ` (${done.toLocaleString('en-US')} rows)` : ''}, ${elapsed.toFixed(1)} s\n`,
        );
      }
    }
    const seconds = (performance.now() - stepStarted) / 1000;
    steps.push({ step: name, seconds });
    process.stdout.write(`[${label}] ${name} done in ${seconds.toFixed(1)} s (seed ${((performance.now() - started) / 1000).toFixed(0)} s so far)\n`);
  };

  await execute('select setseed(0.311)');
  // A bulk load. Foreign-key triggers are off while loading, because the generated ids all exist.
  // The secondary indexes of the large tables are dropped and built again at the end from their own
  // definitions, which is much faster than maintaining them row by row.
  await execute(`set session_replication_role = replica`);
  await execute(`set maintenance_work_mem = '128MB'`);
  const indexes = await execute(
    `select indexname, indexdef from pg_indexes
     where schemaname = 'public' and tablename in (${BULK_TABLES.map(quote).join(', ')})
       and indexname not in (select conname from pg_constraint)`,
  );
  for (const index of indexes) await execute(`drop index ${quoteIdentifier(String(index.indexname))}`);

  await step('departments, programs, topics, staff', [
    `insert into departments (id, name, description, hours)
     select md5('department-' || n)::uuid, name, 'Benchmark department', 'Mon–Fri 8:00–17:00'
     from unnest(array[${DEPARTMENT_NAMES.map(quote).join(', ')}]) with ordinality as d(name, n)`,
    `insert into programs (id, name, description, department_id)
     select md5('program-' || n)::uuid, name, 'Benchmark program', md5('department-' || n)::uuid
     from unnest(array[${PROGRAM_NAMES.map(quote).join(', ')}]) with ordinality as p(name, n)`,
    // Topic n belongs to department (n - 1) % 12 + 1. Half the topics of departments 1 to 6 belong to
    // that department's program, so 30 of the 120 topics have one.
    `insert into topics (id, name, description, department_id, program_id)
     select md5('topic-' || n)::uuid, 'Topic ' || lpad(n::text, 3, '0'), 'Benchmark topic',
            md5('department-' || ((n - 1) % ${DEPARTMENTS} + 1))::uuid,
            case when (n - 1) % ${DEPARTMENTS} < ${PROGRAMS} and ((n - 1) / ${DEPARTMENTS}) % 2 = 0
                 then md5('program-' || ((n - 1) % ${DEPARTMENTS} + 1))::uuid end
     from generate_series(1, ${TOPICS}) n`,
    `insert into staff_users (id, email, display_name, role, password_hash, phone_extension)
     select md5('staff-' || n)::uuid, 'staff' || n || '@bench.example', 'Staff ' || lpad(n::text, 2, '0'),
            (case when n < ${AGENTS_FROM} then 'manager' else 'agent' end)::staff_role, 'not-a-password-hash', (100 + n)::text
     from generate_series(1, ${STAFF}) n`,
  ]);

  const contactSlices = slices(options.contacts, 4);
  await step(
    'contacts',
    contactSlices.map(
      ([first, last]) => `insert into contacts (id, name, email, phone, created_at)
        select md5('contact-' || n)::uuid, 'Resident ' || n, 'resident' || n || '@example.org',
               '+1720' || lpad((n % 10000000)::text, 7, '0'), timestamptz '2024-01-01 00:00:00+00'
        from generate_series(${first + 1}, ${last}) n`,
    ),
    contactSlices.map(([first, last]) => last - first),
  );

  // Inquiries, in slices of days in date order, each slice ordered by created_at, so ids follow time
  // as they do in a live system.
  const daySlices = slices(HISTORY_DAYS, INQUIRY_SLICES);
  const counts = daySlices.map(([first, last]) => Math.round((options.inquiries * last) / HISTORY_DAYS) - Math.round((options.inquiries * first) / HISTORY_DAYS));
  const createdAt = localInstant('day', options.timeZone);
  await step(
    'inquiries',
    daySlices.map(
      ([first, last], index) => `insert into inquiries (channel, status, subject, body, contact_id, topic_id, department_id,
          claimed_by_id, claimed_at, resolution_note, resolved_at, resolved_by_id, logged_by_id,
          call_started_at, call_ended_at, status_token_hash, created_at, updated_at)
        select channel, status, subject, body, contact_id, topic_id, department_id,
               claimed_by_id, case when claimed_by_id is not null then least(created_at + first_response, coalesce(resolved_at, created_at + first_response)) end,
               case when status = 'resolved' then 'Answered the question.' end, resolved_at,
               case when status = 'resolved' then resolved_by_id end, logged_by_id,
               case when channel = 'phone' then created_at end,
               case when channel = 'phone' then created_at + talk end,
               case when channel in ('email', 'web') then md5('status-${index}-' || g) end,
               created_at, coalesce(resolved_at, created_at)
        from (
          select *,
                 case when status = 'resolved' then created_at + resolve_after end as resolved_at,
                 case when channel in ('phone', 'walk_in') then logger
                      when status = 'resolved' or random() < 0.5 then resolved_by_id end as claimed_by_id
          from (
            select g, created_at, channel,
                   (case when random() < 0.9 then 'resolved' else 'open' end)::inquiry_status as status,
                   'Question about topic ' || coalesce(topic::text, 'unknown') as subject,
                   left(repeat('The resident asked about a county service and left a number for a call back. ', 8), 40 + floor(random() * 500)::int) as body,
                   case when random() < 0.6 then md5('contact-' || (1 + floor(${options.contacts} * power(random(), 1.4)))::int)::uuid end as contact_id,
                   md5('topic-' || topic)::uuid as topic_id,
                   md5('department-' || ((topic - 1) % ${DEPARTMENTS} + 1))::uuid as department_id,
                   case when channel in ('phone', 'walk_in') then logger end as logged_by_id,
                   case when channel in ('phone', 'walk_in') and random() < 0.85 then logger else ${agentExpression('random()')} end as resolved_by_id,
                   logger,
                   case when channel in ('phone', 'walk_in') and random() < 0.75 then interval '2 minutes' + random() * interval '20 minutes'
                        else interval '10 minutes' + (-ln(1 - random())) * interval '36 hours' end as resolve_after,
                   (-ln(1 - random())) * interval '3 hours' as first_response,
                   interval '1 minute' + (-ln(1 - random())) * interval '4 minutes' as talk
            from (
              select g, ${createdAt} as created_at,
                     (case when r_channel < 0.55 then 'phone' when r_channel < 0.95 then 'walk_in' when r_channel < 0.99 then 'email' else 'web' end)::inquiry_channel as channel,
                     case when r_topic >= 0.04 then 1 + floor(${TOPICS} * power((r_topic - 0.04) / 0.96, 1.6))::int end as topic,
                     ${agentExpression('random()')} as logger
              from (
                select g, ${first} + floor(random() * ${last - first})::int as day, random() as r_channel, random() as r_topic
                from generate_series(1, ${counts[index]}) g
              ) picked
            ) placed
          ) attributes
        ) timed
        order by created_at`,
    ),
    counts,
  );

  const [{ max_id: maxIdValue }] = await execute('select coalesce(max(id), 0)::int as max_id from inquiries');
  const maxId = Number(maxIdValue);
  const idSlices = slices(maxId, DERIVED_SLICES);
  const byId = (build: (where: string) => string) => idSlices.map(([first, last]) => build(`i.id > ${first} and i.id <= ${last}`));

  // The events the inbox writes: created for every inquiry, claimed when a staff member takes an e-mail
  // or web inquiry, routed for about one in ten, reopened for about one in fifty, resolved at resolved_at.
  // Payloads are short, while the server's carry the whole inquiry view.
  await step(
    'events',
    byId(
      (where) => `insert into events (stream, type, inquiry_id, actor_id, payload, created_at)
        select 'inbox', e.type, i.id, e.actor_id, jsonb_build_object('inquiryId', i.id, 'reference', i.reference, 'channel', i.channel, 'subject', i.subject), e.at
        from inquiries i
        cross join lateral (
          select 'created' as type, i.logged_by_id as actor_id, i.created_at as at
          union all
          select 'claimed', i.claimed_by_id, i.claimed_at where i.channel in ('email', 'web') and i.claimed_by_id is not null
          union all
          select 'routed', ${agentExpression('random()')}, i.created_at + random() * (coalesce(i.resolved_at, i.created_at + interval '1 day') - i.created_at)
          where random() < 0.1
          union all
          select 'reopened', case when random() < 0.5 then i.claimed_by_id end,
                 i.created_at + random() * (coalesce(i.resolved_at, i.created_at + interval '2 days') - i.created_at)
          where random() < 0.02
          union all
          select 'resolved', i.resolved_by_id, i.resolved_at where i.status = 'resolved'
        ) e
        where ${where}
        order by e.at`,
    ),
  );

  // E-mail and web threads: the resident's message, a public staff reply and the resolve note.
  // Phone and walk-in inquiries get an internal note now and then.
  await step(
    'inquiry messages',
    byId(
      (where) => `insert into inquiry_messages (inquiry_id, kind, author_id, body, visibility, created_at)
        select i.id, m.kind::message_kind, m.author_id, m.body, m.visibility::inquiry_message_visibility, m.at
        from inquiries i
        cross join lateral (
          select 'resident' as kind, null::uuid as author_id, i.body as body, 'public' as visibility, i.created_at as at
          where i.channel in ('email', 'web')
          union all
          select 'reply', i.claimed_by_id, 'Thank you for writing. Here is what the county can do about it.', 'public', i.claimed_at
          where i.channel in ('email', 'web') and i.claimed_by_id is not null
          union all
          select 'note', i.resolved_by_id, 'Resolved.', 'internal', i.resolved_at
          where i.channel in ('email', 'web') and i.status = 'resolved'
          union all
          select 'note', i.logged_by_id, 'Will call the resident back.', 'internal', i.created_at + interval '10 minutes'
          where i.channel in ('phone', 'walk_in') and random() < 0.05
        ) m
        where ${where}`,
    ),
  );

  // Every phone inquiry came from an answered call. About 12% more calls were offered and not answered,
  // two thirds of them abandoned after 20 seconds or more and one third short hang-ups.
  const [{ phone: phoneValue }] = await execute(`select count(*)::int as phone from inquiries where channel = 'phone'`);
  const unanswered = Math.round(Number(phoneValue) * 0.12);
  const unansweredSlices = slices(HISTORY_DAYS, 2);
  await step('phone calls', [
    ...byId(
      (where) => `insert into phone_calls (external_id, source, caller_number, dialled_number, outcome, offered_at, answered_at, ended_at,
          answered_extension, answered_by_id, inquiry_id, wait_seconds, talk_seconds, created_at, updated_at)
        select 'bench-' || i.id, 'telephony', '+1720555' || lpad((i.id % 10000)::text, 4, '0'), '+13035550311', 'ended',
               i.created_at - wait * interval '1 second', i.created_at, i.call_ended_at,
               s.phone_extension, i.logged_by_id, i.id,
               wait, greatest(0, extract(epoch from i.call_ended_at - i.created_at))::int, i.created_at, i.call_ended_at
        from (select *, floor(-ln(1 - random()) * 40)::int as wait from inquiries i where i.channel = 'phone' and ${where}) i
        left join staff_users s on s.id = i.logged_by_id`,
    ),
    ...unansweredSlices.map(([first, last], index) => {
      const count = Math.round((unanswered * (last - first)) / HISTORY_DAYS);
      return `insert into phone_calls (external_id, source, caller_number, dialled_number, outcome, offered_at, ended_at, wait_seconds, created_at, updated_at)
        select 'bench-unanswered-${index}-' || g, 'telephony', '+1720556' || lpad((g % 10000)::text, 4, '0'), '+13035550311',
               outcome::call_outcome, offered_at, offered_at + wait * interval '1 second', wait, offered_at, offered_at + wait * interval '1 second'
        from (
          select g, ${localInstant('day', options.timeZone)} as offered_at,
                 case when abandoned then 'abandoned' else 'short_hangup' end as outcome,
                 case when abandoned then 20 + floor(-ln(1 - random()) * 60)::int else floor(random() * 20)::int end as wait
          from (select g, ${first} + floor(random() * ${last - first})::int as day, random() < 0.667 as abandoned from generate_series(1, ${count}) g) picked
        ) calls`;
    }),
  ]);

  await step('survey responses and kudos', [
    `insert into survey_responses (inquiry_id, service_rating, courtesy_rating, comment, source, created_at)
     select id, 1 + floor(power(random(), 0.4) * 4)::int, 1 + floor(power(random(), 0.3) * 4)::int,
            case when random() < 0.3 then 'Quick and helpful.' end,
            (case when random() < 0.7 then 'email' else 'status_link' end)::survey_source,
            resolved_at + random() * interval '3 days'
     from inquiries where status = 'resolved' and random() < 0.05`,
    `insert into kudos (source, status, employee_name, staff_id, message, resident_name, inquiry_id, reviewed_by_id, reviewed_at, created_at)
     select source::kudos_source, status::kudos_status, 'Staff ' || lpad(staff::text, 2, '0'), md5('staff-' || staff)::uuid,
            'Thank you for your patience and help.', 'Resident',
            case when source = 'survey' then 1 + floor(random() * ${maxId})::int end,
            case when status <> 'pending' then md5('staff-1')::uuid end,
            case when status <> 'pending' then at + interval '2 days' end, at
     from (
       select case when random() < 0.5 then 'public' else 'survey' end as source,
              case when r < 0.7 then 'approved' when r < 0.9 then 'pending' else 'declined' end as status,
              ${AGENTS_FROM} + floor(random() * ${STAFF - AGENTS_FROM + 1})::int as staff,
              timestamptz '2024-01-01 07:00:00+00' + random() * interval '1095 days' as at
       from (select random() as r from generate_series(1, ${KUDOS})) g
     ) k`,
  ]);

  // The triggers that keep inquiries' report facts (first response, reopens, transfers) do not fire
  // under session_replication_role = replica, so the migration's own backfill statements fill them.
  await step('report facts', reportFactsBackfillStatements());

  await step(
    'secondary indexes',
    indexes.map((index) => String(index.indexdef)),
  );
  await execute(`set session_replication_role = origin`);

  // A live database is vacuumed and analyzed by autovacuum. Doing it here keeps autovacuum from starting
  // during the timed runs and gives the planner statistics.
  await step('vacuum and analyze', ['vacuum (analyze)']);

  const [countRow] = await execute(`select ${COUNTED_TABLES.map((table) => `(select count(*)::int from ${table}) as ${table}`).join(', ')}`);
  const countsByTable = Object.fromEntries(COUNTED_TABLES.map((table) => [table, Number(countRow[table])])) as SeedCounts;
  const seconds = (performance.now() - started) / 1000;
  log.info({ target: label, seconds, counts: countsByTable }, 'reports data seeded');
  return { counts: countsByTable, seconds, steps };
}
