import type { Finding, Rule } from './types.js';
import { listPhrases, matchesOf, phraseRegExp } from './helpers.js';

/** Each preventive measure names an owner and a cadence or KPI, and says what is in place rather than what will be tried. */
export const measureDetails: Rule = {
  id: 'L05',
  name: 'measure-details',
  severity: 'warning',
  description: 'each preventive measure has a start date, an owner and a cadence or KPI, and no "we will try" wording',
  why: 'Amazon looks for preventive measures that are specific and long-term, with a start date and a way to see that they work; "we will try" reads as no measure at all.',
  fix: 'Give each measure an owner: (a named role) and a cadence: or kpi: ("checked daily", "below 0.5% of units shipped"), and describe it as operating from its start date rather than as an intention.',
  phase: 'case',
  check({ case: c, words }) {
    const findings: Finding[] = [];
    const futureOnly = phraseRegExp(words.futureOnly);
    c.input.preventive_measures.forEach((pm, i) => {
      const missing = [!pm.owner && 'owner', !pm.cadence && !pm.kpi && 'cadence or kpi'].filter((x): x is string => !!x);
      if (missing.length) {
        findings.push({
          path: ['preventive_measures', i, 'id'],
          message: `preventive measure ${pm.id} has no ${missing.join(' and no ')}`,
          note: `Add ${missing.map((m) => `${m}:`).join(' and ')}; Amazon looks for measures with a responsible person and a way to see that they work (e.g. kpi: "every parcel scanned, checked daily").`,
        });
      }
      const hits = matchesOf(futureOnly, pm.measure);
      if (hits.length) {
        findings.push({
          path: ['preventive_measures', i, 'measure'],
          message: `preventive measure ${pm.id} is worded as an intention (${listPhrases(hits.map((h) => h.text))})`,
          note: 'Describe the measure as it operates now or from its start date ("From 2026-11-04 every order is ..."), not as something you will try.',
        });
      }
    });
    return findings;
  },
  examples: {
    ok: [{ name: 'owner and kpi, stated as in place', edits: [] }],
    notOk: [
      {
        name: 'no owner',
        messages: ['preventive measure PM1 has no owner'],
        edits: [{ path: ['preventive_measures', 0, 'owner'] }],
        at: ['preventive_measures', 0, 'id'],
      },
      {
        name: 'neither cadence nor kpi',
        messages: ['preventive measure PM2 has no cadence or kpi'],
        edits: [{ path: ['preventive_measures', 1, 'cadence'] }, { path: ['preventive_measures', 1, 'kpi'] }],
        at: ['preventive_measures', 1, 'id'],
      },
      {
        name: 'only an intention',
        messages: ['preventive measure PM1 is worded as an intention ("in the future we will")'],
        edits: [
          { path: ['preventive_measures', 0, 'measure'], value: 'In the future we will check every fragile parcel before it ships.' },
        ],
        at: ['preventive_measures', 0, 'measure'],
      },
      {
        name: 'only an intention, in Japanese',
        messages: ['preventive measure PM1 is worded as an intention ("心がけます")'],
        edits: [
          { path: ['language'], value: 'ja' },
          { path: ['marketplace'], value: 'JP' },
          { path: ['preventive_measures', 0, 'measure'], value: '割れやすい商品は出荷前に丁寧に確認するよう心がけます。' },
        ],
        at: ['preventive_measures', 0, 'measure'],
      },
    ],
  },
};
