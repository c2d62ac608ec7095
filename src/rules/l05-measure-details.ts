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
    const promised = phraseRegExp(words.promises);
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
      } else if (pm.starts <= c.letterDate) {
        // A measure in place since its start date, told as a promise ("We will only use ...").
        const promises = matchesOf(promised, pm.measure);
        if (promises.length)
          findings.push({
            path: ['preventive_measures', i, 'measure'],
            message: `preventive measure ${pm.id} is in place since ${pm.starts} but is worded as a promise (${listPhrases(promises.map((h) => h.text))})`,
            note: 'Say what operates now ("We use only Amazon\'s own programmes to ask for reviews"), since the letter says the measure is in place.',
          });
      }
    });
    const measures = c.input.preventive_measures;
    if (measures.length && measures.every((pm) => pm.starts > c.letterDate)) {
      const first = measures.reduce((a, b) => (b.starts < a.starts ? b : a));
      findings.push({
        path: ['preventive_measures', measures.indexOf(first), 'starts'],
        message: `no preventive measure has started by the letter date ${c.letterDate}: the first starts on ${first.starts}`,
        note: 'Amazon looks for measures already in place: start at least one before you send the letter, or date the letter on the day the first one starts.',
      });
    }
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
        name: 'a measure in place worded as a promise',
        messages: ['preventive measure PM2 is in place since 2026-10-20 but is worded as a promise ("we will")'],
        edits: [{ path: ['preventive_measures', 1, 'measure'], value: 'We will answer every message within 12 hours, 7 days a week.' }],
        at: ['preventive_measures', 1, 'measure'],
      },
      {
        name: 'every measure starts after the letter date',
        messages: ['no preventive measure has started by the letter date 2026-10-21: the first starts on 2026-11-02'],
        edits: [
          { path: ['preventive_measures', 0, 'starts'], value: '2026-11-09' },
          { path: ['preventive_measures', 1, 'starts'], value: '2026-11-02' },
        ],
        at: ['preventive_measures', 1, 'starts'],
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
