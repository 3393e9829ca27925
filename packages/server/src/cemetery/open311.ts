import type { CounterOpen311Handler } from '../counter/registry.js';

/**
 * The cemetery as an Open311 service. A request (to buy a lot or to schedule
 * an interment) is an ordinary inquiry under the cemetery topic, which staff
 * follow up. Nothing is sold or booked through the API, because both need a
 * conversation and a sale needs a payment.
 */
export const cemeteryOpen311Handler: CounterOpen311Handler = {
  attributes: [
    {
      code: 'request_kind',
      datatype: 'singlevaluelist',
      required: true,
      description: 'What the resident asks for',
      values: [
        { key: 'buy_lot', name: 'Buy a lot' },
        { key: 'schedule_interment', name: 'Schedule an interment' },
        { key: 'other', name: 'Other' },
      ],
    },
    {
      code: 'preferred_section',
      datatype: 'string',
      required: false,
      description: 'Preferred cemetery section, if any',
      datatypeDescription: 'A section name such as A or North',
    },
  ],
  async prepare() {
    return {
      kind: 'ok',
      async create() {
        return { notice: 'Cemetery staff will contact you to arrange the lot or the interment.' };
      },
    };
  },
};
