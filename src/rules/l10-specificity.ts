import type { PathSegment } from '../stages/parse.js';
import type { Finding, Rule } from './types.js';
import { hasNumber, listPhrases, matchesOf, phraseRegExp, sentences, type Match } from './helpers.js';

/** Root causes state concrete facts; causes, actions and measures avoid vague words that stand in for numbers. */
export const specificity: Rule = {
  id: 'L10',
  name: 'specificity',
  severity: 'warning',
  description:
    'each root cause states a concrete fact (date, count, ASIN, order); no vague words ("some", "recently", "try our best") in place of numbers',
  why: 'Amazon asks for a factual and direct plan; a root cause without a date, count, product or order, and vague words such as "some" or "as soon as possible", tell the reviewer the seller has not looked into what happened.',
  fix: 'State each root cause with what happened, when, how many and which products or orders, and replace each vague word with the number, date or deadline it stands for.',
  phase: 'case',
  check({ case: c, words }) {
    const findings: Finding[] = [];
    const input = c.input;
    input.root_causes.forEach((rc, i) => {
      if (!hasNumber(`${rc.title} ${rc.detail}`) && !rc.asins?.length && !rc.orders?.length) {
        findings.push({
          path: ['root_causes', i, 'detail'],
          message: `root cause ${rc.id} states no concrete fact`,
          note: 'Say what happened with dates, counts, ASINs, order ids or the metric (e.g. "9 of 212 sets shipped between 2026-08-28 and 2026-10-20 arrived cracked").',
        });
      }
    });
    const vague = phraseRegExp(words.vague);
    const always = phraseRegExp(words.vagueAlways);
    const excused = phraseRegExp(words.notVague);
    const fields: { path: PathSegment[]; text: string | undefined }[] = [
      ...input.root_causes.map((rc, i) => ({ path: ['root_causes', i, 'detail'], text: rc.detail })),
      ...(input.grounds ?? []).map((g, i) => ({ path: ['grounds', i, 'detail'], text: g.detail })),
      ...input.corrective_actions.map((ca, i) => ({ path: ['corrective_actions', i, 'action'], text: ca.action })),
      ...input.preventive_measures.flatMap((pm, i) => [
        { path: ['preventive_measures', i, 'measure'], text: pm.measure },
        { path: ['preventive_measures', i, 'kpi'], text: pm.kpi },
      ]),
    ];
    for (const { path, text } of fields) {
      if (!text) continue;
      const found = sentences(text).flatMap((s) => {
        const excuses = matchesOf(excused, s.text);
        const inExcuse = (m: Match) => excuses.some((e) => m.index >= e.index && m.index < e.index + e.text.length);
        const loose = hasNumber(s.text) ? [] : matchesOf(vague, s.text).filter((m) => !inExcuse(m));
        return [...loose, ...matchesOf(always, s.text)].map((m) => m.text);
      });
      if (found.length) {
        findings.push({
          path,
          message: `vague wording: ${listPhrases(found)}`,
          note: 'Replace it with the number, date or deadline it stands for ("within 12 hours", "3 of 40 orders", "on 2026-10-28").',
        });
      }
    }
    return findings;
  },
  examples: {
    ok: [
      {
        name: '"some" next to a number',
        edits: [
          {
            path: ['root_causes', 0, 'detail'],
            value: 'Some of the 212 sets shipped between 2026-08-28 and 2026-10-20 had no insert, and 9 arrived cracked.',
          },
        ],
      },
      {
        name: '"一部" (some) next to a count in Japanese',
        edits: [
          { path: ['language'], value: 'ja' },
          { path: ['marketplace'], value: 'JP' },
          {
            path: ['root_causes', 0, 'detail'],
            value: '2026年8月28日から10月20日までに出荷した212セットの一部に緩衝材がなく、9セットが割れて届きました。',
          },
        ],
      },
    ],
    notOk: [
      {
        name: 'no concrete fact and vague words',
        messages: ['root cause RC2 states no concrete fact', 'vague wording: "recently" and "some"'],
        edits: [
          { path: ['root_causes', 1, 'title'], value: 'Buyer messages answered late' },
          {
            path: ['root_causes', 1, 'detail'],
            value: 'Recently some buyer messages were answered late because the inbox was not watched.',
          },
          { path: ['root_causes', 1, 'orders'] },
        ],
        at: ['root_causes', 1, 'detail'],
      },
      {
        name: 'vague action',
        messages: ['vague wording: "as soon as possible" and "try our best"'],
        edits: [
          {
            path: ['corrective_actions', 1, 'action'],
            value: 'We will answer buyers as soon as possible and try our best to avoid delays.',
          },
        ],
        at: ['corrective_actions', 1, 'action'],
      },
      {
        name: 'vague Japanese wording',
        messages: ['vague wording: "可能な限り" and "適切に対応"'],
        edits: [
          { path: ['language'], value: 'ja' },
          { path: ['marketplace'], value: 'JP' },
          { path: ['preventive_measures', 1, 'measure'], value: '問い合わせには可能な限り早く返信し、適切に対応します。' },
        ],
        at: ['preventive_measures', 1, 'measure'],
      },
    ],
  },
};
