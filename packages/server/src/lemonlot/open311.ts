import type { CounterOpen311Handler } from '../counter/registry.js';
import type { FieldError } from '../validation/result.js';
import { checkPeriod, localToday } from '../banners/dates.js';
import { open311Date, open311Text } from '../banners/open311.js';
import { cardNumberMessage } from '../banners/service.js';
import { containsCardNumber } from '../payments/input.js';
import { LEMON_LOT_LIMITS, placeLemonLotPermit, plateKeyOf, readLemonLotSettings } from './service.js';

/**
 * The lemon lot as an Open311 service. A request over the lot's capacity
 * gets a 400 naming attribute[start_date] with the next free dates.
 */
export const lemonLotOpen311Handler: CounterOpen311Handler = {
  attributes: [
    { code: 'vehicle_make', datatype: 'string', required: true, description: 'Vehicle make', datatypeDescription: 'Such as Toyota.' },
    { code: 'vehicle_model', datatype: 'string', required: true, description: 'Vehicle model', datatypeDescription: 'Such as Corolla.' },
    { code: 'vehicle_year', datatype: 'number', required: false, description: 'Model year', datatypeDescription: 'A year such as 2014.' },
    { code: 'vehicle_color', datatype: 'string', required: false, description: 'Color' },
    { code: 'plate', datatype: 'string', required: true, description: 'License plate', datatypeDescription: `1 to ${LEMON_LOT_LIMITS.plate} letters and digits; spaces and dashes are ignored.` },
    { code: 'plate_state', datatype: 'string', required: false, description: 'State of the plate', datatypeDescription: 'A two-letter code such as NM.' },
    { code: 'vin', datatype: 'string', required: false, description: 'Vehicle identification number', datatypeDescription: '17 letters and digits.' },
    { code: 'start_date', datatype: 'datetime', required: true, description: 'First day in the lot', datatypeDescription: 'A date such as 2026-03-08, read in the center time zone.' },
    { code: 'end_date', datatype: 'datetime', required: true, description: 'Last day in the lot', datatypeDescription: 'A date on or after the first day, within the lot maximum.' },
  ],

  async prepare(deps, answers) {
    const errors: FieldError[] = [];
    const make = open311Text(answers.vehicle_make);
    const model = open311Text(answers.vehicle_model);
    const color = open311Text(answers.vehicle_color) ?? null;
    const plate = open311Text(answers.plate);
    const plateState = open311Text(answers.plate_state)?.toUpperCase() ?? null;
    const vin = open311Text(answers.vin)?.toUpperCase() ?? null;
    const yearText = open311Text(answers.vehicle_year);
    const year = yearText === undefined ? null : Number(yearText);
    const startsOn = open311Date(answers.start_date, deps.centerTimeZone);
    const endsOn = open311Date(answers.end_date, deps.centerTimeZone);

    for (const [code, value] of [['vehicle_make', make], ['vehicle_model', model], ['vehicle_color', color]] as const) {
      if (value && value.length > LEMON_LOT_LIMITS.text) errors.push({ field: `attribute[${code}]`, message: `${code} must be at most ${LEMON_LOT_LIMITS.text} characters` });
      else if (value && containsCardNumber(value)) errors.push({ field: `attribute[${code}]`, message: cardNumberMessage(code) });
    }
    if (year !== null && (!Number.isInteger(year) || year < 1900 || year > new Date().getUTCFullYear() + 1)) {
      errors.push({ field: 'attribute[vehicle_year]', message: 'vehicle_year must be a year such as 2014' });
    }
    if (!plate || !/^[A-Za-z0-9][A-Za-z0-9 -]*$/.test(plate) || plateKeyOf(plate).length > LEMON_LOT_LIMITS.plate) {
      errors.push({ field: 'attribute[plate]', message: `plate must be 1 to ${LEMON_LOT_LIMITS.plate} letters and digits, such as ABC-1234` });
    }
    if (plateState && !/^[A-Z]{2}$/.test(plateState)) errors.push({ field: 'attribute[plate_state]', message: 'plate_state must be a two-letter state code such as NM' });
    if (vin && !/^[A-HJ-NPR-Z0-9]{17}$/.test(vin)) errors.push({ field: 'attribute[vin]', message: 'vin must be the 17 letters and digits of the vehicle identification number' });
    if (!startsOn) errors.push({ field: 'attribute[start_date]', message: 'start_date must be a date such as 2026-03-08' });
    if (!endsOn) errors.push({ field: 'attribute[end_date]', message: 'end_date must be a date such as 2026-03-14' });
    if (startsOn && endsOn) {
      const settings = await readLemonLotSettings(deps.db);
      const problems = checkPeriod({ startsOn, endsOn }, settings.maxDays, localToday(deps.centerTimeZone), '');
      errors.push(...problems.map((problem) => ({ field: problem.field === 'startsOn' ? 'attribute[start_date]' : 'attribute[end_date]', message: problem.message.replace('startsOn', 'start_date').replace('endsOn', 'end_date') })));
    }
    if (errors.length > 0) return { kind: 'invalid', errors };

    return {
      kind: 'ok',
      async create(tx, context) {
        const permit = await placeLemonLotPermit(tx, {
          vehicleMake: make!,
          vehicleModel: model!,
          vehicleYear: year,
          vehicleColor: color,
          plate: plate!.toUpperCase(),
          plateState,
          vin,
          startsOn: startsOn!,
          endsOn: endsOn!,
          channel: 'web',
          contactId: context.contactId,
          inquiryId: context.inquiryId,
          createdById: null,
          fields: { startsOn: 'attribute[start_date]', plate: 'attribute[plate]', contact: 'email' },
        });
        return { notice: `Lemon lot permit ${permit.reference} is granted from ${startsOn} to ${endsOn}. Park only within those dates.` };
      },
    };
  },
};
