import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { bannerLocations } from '../db/schema.js';
import type { CounterOpen311Handler } from '../counter/registry.js';
import type { FieldError } from '../validation/result.js';
import { checkPeriod, localToday } from './dates.js';
import { containsCardNumber } from '../payments/input.js';
import { BANNER_LIMITS, BANNER_LOCATION_ATTRIBUTE, cardNumberMessage, placeBannerApplication } from './service.js';

/**
 * Reads an Open311 datetime answer (already checked as ISO 8601) as a
 * calendar date in the center's zone: "2026-03-08" and
 * "2026-03-08T00:00:00-07:00" both give 2026-03-08.
 */
export function open311Date(answer: string | string[] | undefined, timeZone: string): string | undefined {
  if (typeof answer !== 'string') return undefined;
  const parsed = DateTime.fromISO(answer, { zone: timeZone, setZone: true });
  return parsed.isValid ? parsed.setZone(timeZone).toISODate()! : undefined;
}

export function open311Text(answer: string | string[] | undefined): string | undefined {
  return typeof answer === 'string' && answer.trim() !== '' ? answer.trim() : undefined;
}

/**
 * The banner permit as an Open311 service. The location list holds the
 * active overpasses (kept in step by syncBannerLocationAttribute); an
 * application over the overpass's capacity gets a 400 naming
 * attribute[start_date] with the next free dates in its description.
 */
export const bannerOpen311Handler: CounterOpen311Handler = {
  attributes: [
    {
      code: BANNER_LOCATION_ATTRIBUTE,
      datatype: 'singlevaluelist',
      required: true,
      description: 'Overpass',
      datatypeDescription: 'The overpass where the banner hangs; the list holds the overpasses that take applications.',
      values: [],
    },
    { code: 'start_date', datatype: 'datetime', required: true, description: 'First day of the display', datatypeDescription: 'A date such as 2026-03-08, read in the center time zone.' },
    { code: 'end_date', datatype: 'datetime', required: true, description: 'Last day of the display', datatypeDescription: 'A date such as 2026-03-14, on or after the first day.' },
    { code: 'event_name', datatype: 'string', required: true, description: 'Event the banner announces', datatypeDescription: `At most ${BANNER_LIMITS.eventName} characters.` },
    { code: 'organization', datatype: 'string', required: false, description: 'Organization hanging the banner', datatypeDescription: `Optional, at most ${BANNER_LIMITS.organization} characters.` },
  ],

  async prepare(deps, answers) {
    const errors: FieldError[] = [];
    const locationId = open311Text(answers[BANNER_LOCATION_ATTRIBUTE]) ?? '';
    const startsOn = open311Date(answers.start_date, deps.centerTimeZone);
    const endsOn = open311Date(answers.end_date, deps.centerTimeZone);
    const eventName = open311Text(answers.event_name);
    const organization = open311Text(answers.organization) ?? null;
    if (!eventName) errors.push({ field: 'attribute[event_name]', message: 'event_name is required' });
    else if (eventName.length > BANNER_LIMITS.eventName) errors.push({ field: 'attribute[event_name]', message: `event_name must be at most ${BANNER_LIMITS.eventName} characters` });
    for (const [code, value] of [['event_name', eventName], ['organization', organization]] as const) {
      if (value && containsCardNumber(value)) errors.push({ field: `attribute[${code}]`, message: cardNumberMessage(code) });
    }
    if (organization && organization.length > BANNER_LIMITS.organization) {
      errors.push({ field: 'attribute[organization]', message: `organization must be at most ${BANNER_LIMITS.organization} characters` });
    }
    if (!startsOn) errors.push({ field: 'attribute[start_date]', message: 'start_date must be a date such as 2026-03-08' });
    if (!endsOn) errors.push({ field: 'attribute[end_date]', message: 'end_date must be a date such as 2026-03-14' });

    const [location] = /^[0-9a-f-]{36}$/i.test(locationId) ? await deps.db.select().from(bannerLocations).where(eq(bannerLocations.id, locationId)) : [];
    if (!location || !location.active) errors.push({ field: `attribute[${BANNER_LOCATION_ATTRIBUTE}]`, message: 'location must be one of the active overpasses listed in the service definition' });
    else if (startsOn && endsOn) {
      const problems = checkPeriod({ startsOn, endsOn }, location.maxDays, localToday(deps.centerTimeZone), '');
      errors.push(...problems.map((problem) => ({ field: problem.field === 'startsOn' ? 'attribute[start_date]' : 'attribute[end_date]', message: problem.message.replace('startsOn', 'start_date').replace('endsOn', 'end_date') })));
    }
    if (errors.length > 0) return { kind: 'invalid', errors };

    return {
      kind: 'ok',
      async create(tx, context) {
        const application = await placeBannerApplication(tx, {
          locationId,
          startsOn: startsOn!,
          endsOn: endsOn!,
          eventName: eventName!,
          organization,
          channel: 'web',
          contactId: context.contactId,
          inquiryId: context.inquiryId,
          createdById: null,
          fields: { location: `attribute[${BANNER_LOCATION_ATTRIBUTE}]`, startsOn: 'attribute[start_date]', contact: 'email' },
        });
        return { notice: `Banner application ${application.reference} at ${location!.name} is pending review by the center.` };
      },
    };
  },
};
