import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { COUNTER_SERVICE_KINDS, counterServiceDefinition, type CounterServiceKind } from '../counter/services.js';
import type { CountSeries, KeyedCount, MetricScope } from './metrics.js';
import { listBuckets } from './period.js';
import { selectRows } from './query.js';

/** One counter service's contacts and the money collected for it. */
export type CounterServiceMetric = {
  service: CounterServiceKind;
  /** The service's topic name, or its default name when the topic does not exist yet. */
  label: string;
  contacts: CountSeries;
  /** Payments net of reversals per bucket, in cents. */
  paymentsSeries: { bucket: string; cents: number }[];
  paymentsTotalCents: number;
};

/** The counter service each payment purpose belongs to: lots and interments are both the cemetery's; a fee is the payment service's own. */
const SERVICE_OF_PURPOSE: Record<string, CounterServiceKind> = {
  banner_permit: 'banner_permit',
  lemon_lot_permit: 'lemon_lot',
  cemetery_lot: 'cemetery',
  interment: 'cemetery',
  notary: 'notary',
  fee: 'payment',
};

/**
 * Counter services: per service, its contacts (the inquiries under its topic,
 * taken from contacts by topic, so the two always agree) and the payments
 * collected for it, net of reversals. A payment counts on its business day
 * (payments.business_date, a local date), not at the instant it was
 * received, so a payment recorded after its drawer was closed counts on the
 * next business day like the drawer that contains it. In the department view
 * only payments linked to the department's inquiries count. Every service
 * is listed, in the order of COUNTER_SERVICE_KINDS, with zeros when idle.
 */
export async function counterServices(scope: MetricScope, byTopic: Promise<KeyedCount[]>): Promise<CounterServiceMetric[]> {
  const zone = scope.deps.centerTimeZone;
  const buckets = listBuckets(scope.period, scope.bucket, zone);
  const department =
    scope.departmentId === undefined ? sql`` : sql`and p.inquiry_id in (select d.id from inquiries d where d.department_id = ${scope.departmentId}::uuid)`;
  const [topicRows, paymentRows, topicCounts] = await Promise.all([
    selectRows<{ id: string; name: string; service: string }>(scope.deps.db, sql`select id, name, counter_service as service from topics where counter_service is not null`),
    selectRows<{ day: string; purpose: string; cents: number | string }>(
      scope.deps.db,
      sql`select p.business_date::text as day, p.purpose::text as purpose, sum(p.amount_cents)::bigint as cents
          from payments p
          where p.business_date >= ${scope.period.from}::date and p.business_date <= ${scope.period.to}::date ${department}
          group by 1, 2`,
    ),
    byTopic,
  ]);

  return COUNTER_SERVICE_KINDS.map((service) => {
    const topic = topicRows.find((row) => row.service === service);
    const counted = topic ? topicCounts.find((group) => group.key === topic.id) : undefined;
    const contacts: CountSeries = counted ? { series: counted.series, total: counted.total } : { series: buckets.map((bucket) => ({ bucket, count: 0 })), total: 0 };

    const cents = new Map<string, number>(buckets.map((bucket) => [bucket, 0]));
    for (const row of paymentRows) {
      if (SERVICE_OF_PURPOSE[row.purpose] !== service) continue;
      const bucket = DateTime.fromISO(row.day, { zone }).startOf(scope.bucket).toISODate()!;
      if (!cents.has(bucket)) throw new Error(`payment day ${row.day} fell outside the period's buckets`);
      cents.set(bucket, cents.get(bucket)! + Number(row.cents));
    }
    const series = buckets.map((bucket) => ({ bucket, cents: cents.get(bucket)! }));
    return {
      service,
      label: topic?.name ?? counterServiceDefinition(service).topicName,
      contacts,
      paymentsSeries: series,
      paymentsTotalCents: series.reduce((sum, entry) => sum + entry.cents, 0),
    };
  });
}
