import type { Finding, Rule } from './types.js';

/** When units of a lot whose authenticity is in doubt were already sold, the letter says what was done about them. */
export const doubtfulLots: Rule = {
  id: 'L40',
  name: 'doubtful-lots',
  severity: 'warning',
  description:
    'for each doubtful lot (details.supply_chain.doubtful_lots) with units already sold, a corrective action says what was done about them',
  why: 'In an authenticity or inauthentic case, units from a lot the seller cannot trace are what the buyers complained about. Removing the unsold units answers only half: the reviewer also looks for what was done about the units already sold (buyers told, refunded, recalled).',
  fix: "Add a corrective action for the units already sold (buyers contacted, refunds or returns offered, with the dates and counts) and name it under the lot's sold_units_actions.",
  phase: 'case',
  check({ case: c }) {
    const findings: Finding[] = [];
    c.input.details?.supply_chain?.doubtful_lots?.forEach((lot, i) => {
      const at = ['details', 'supply_chain', 'doubtful_lots', i];
      if (lot.units !== undefined && lot.units_sold !== undefined && lot.units_sold > lot.units) {
        findings.push({
          path: [...at, 'units_sold'],
          message: `the doubtful lot of ${lot.asin} has ${lot.units} units but ${lot.units_sold} are given as sold`,
          note: 'Check the counts: units_sold counts the units of this lot that reached buyers.',
        });
      }
      if (lot.units_sold && !lot.sold_units_actions?.length) {
        findings.push({
          path: [...at, 'units_sold'],
          message: `${lot.units_sold} units of the doubtful lot of ${lot.asin} were already sold, and the letter does not say what was done about them`,
          note: 'Add a corrective action for them (buyers contacted, refunds or returns offered, with dates and counts) and list its id under sold_units_actions.',
        });
      }
    });
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'the units already sold are answered by an action',
        edits: [
          {
            path: ['details', 'supply_chain'],
            value: {
              seller_is_brand_owner: false,
              doubtful_lots: [
                {
                  asin: 'B0C1234567',
                  source: 'Clearance lot bought on 2026-07-08 against a cash receipt',
                  units: 120,
                  units_sold: 58,
                  sold_units_actions: ['CA1'],
                },
              ],
            },
          },
        ],
      },
      {
        name: 'no unit of the lot was sold',
        edits: [
          {
            path: ['details', 'supply_chain'],
            value: { seller_is_brand_owner: false, doubtful_lots: [{ asin: 'B0C1234567', units: 120, units_sold: 0 }] },
          },
        ],
      },
    ],
    notOk: [
      {
        name: 'units already sold, nothing said about them',
        messages: ['58 units of the doubtful lot of B0C1234567 were already sold, and the letter does not say what was done about them'],
        edits: [
          {
            path: ['details', 'supply_chain'],
            value: {
              seller_is_brand_owner: false,
              doubtful_lots: [
                { asin: 'B0C1234567', source: 'Clearance lot bought on 2026-07-08 against a cash receipt', units: 120, units_sold: 58 },
              ],
            },
          },
        ],
        at: ['details', 'supply_chain', 'doubtful_lots', 0, 'units_sold'],
      },
    ],
  },
};
