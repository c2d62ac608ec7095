import type { Rule } from './types.js';
import { findInLetter, listPhrases, phraseRegExp } from './helpers.js';

// Tables of products, orders and metrics hold names, not promises ("Perfect Fit Case").
const prose = (sections: Record<string, string>) => Object.keys(sections).filter((k) => !['asins', 'orders', 'metrics'].includes(k));

/** No absolute guarantees; measurable commitments instead. */
export const absolutePromises: Rule = {
  id: 'L27',
  name: 'absolute-promises',
  severity: 'warning',
  description:
    'no absolute guarantees ("will never happen again", "100% guarantee", "perfect"; 二度と起こりません, 絶対に); measurable commitments instead',
  why: 'No reviewer believes a guarantee that a problem will never happen again; Amazon looks for measures whose effect can be checked.',
  fix: 'Replace the guarantee with a measurable commitment ("breakage below 0.5% of units shipped, checked every Monday").',
  phase: 'letter',
  check(context) {
    const sections = prose(context.letter?.sections ?? {});
    return findInLetter(context, phraseRegExp(context.words.absolute), { sections }).map((hit) => ({
      path: hit.path,
      message: `the letter makes an absolute promise: ${listPhrases(hit.matches)}`,
      note: 'No reviewer believes a guarantee; give a measurable commitment instead ("breakage below 0.5% of units shipped, checked every Monday").',
    }));
  },
  examples: {
    ok: [
      {
        name: '"perfectly" is not "perfect"',
        edits: [
          {
            path: ['preventive_measures', 0, 'measure'],
            value:
              'Every dispenser is packed in a moulded pulp insert that holds it perfectly still; 3 cartons per batch pass a 10-drop test.',
          },
        ],
      },
      {
        name: 'a measurable commitment in Japanese',
        edits: [
          { path: ['language'], value: 'ja' },
          { path: ['marketplace'], value: 'JP' },
          {
            path: ['preventive_measures', 0, 'measure'],
            value: 'すべての商品を二重段ボールで梱包し、ロットごとに3箱を10回の落下試験にかけています。',
          },
        ],
      },
    ],
    notOk: [
      {
        name: 'a guarantee',
        messages: ['the letter makes an absolute promise: "will never happen again"'],
        edits: [{ path: ['preventive_measures', 0, 'measure'], value: 'With the new insert we guarantee this will never happen again.' }],
        at: ['preventive_measures', 0, 'measure'],
      },
      {
        name: 'a guarantee in Japanese',
        messages: ['the letter makes an absolute promise: "二度と" and "100％保証"'],
        edits: [
          { path: ['language'], value: 'ja' },
          { path: ['marketplace'], value: 'JP' },
          { path: ['preventive_measures', 0, 'measure'], value: '新しい緩衝材により、破損は二度と起こりません。100％保証いたします。' },
        ],
        at: ['preventive_measures', 0, 'measure'],
      },
    ],
  },
};
