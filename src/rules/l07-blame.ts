import type { Case } from '../model/case.js';
import type { PathSegment } from '../stages/parse.js';
import type { Finding, Rule } from './types.js';
import { stanceWithOneGround } from './example-edits.js';
import { findInLetter, listPhrases, phraseRegExp } from './helpers.js';

/** A dispute may state as fact, in a ground backed by evidence, what a buyer or Amazon got wrong. */
function inEvidencedGround(c: Case, path: PathSegment[]): boolean {
  if (c.stance === 'remediate' || path[0] !== 'grounds' || typeof path[1] !== 'number') return false;
  return !!c.input.grounds?.[path[1]]?.evidence?.length;
}

/** No blaming Amazon (error) or buyers, carriers, competitors or staff (warning) as an excuse. */
export const blame: Rule = {
  id: 'L07',
  name: 'blame',
  severity: 'error',
  description: 'no blaming Amazon (error) or buyers, carriers, competitors or employees (warning); a dispute may rebut with evidence',
  why: "Amazon expects the seller to own the cause. A letter that blames Amazon or its systems offers no root cause in the seller's own process and is rejected; blaming buyers, carriers or staff weakens it.",
  fix: 'Describe the gap in your own process that let the problem reach customers, and how you closed it. In a dispute, state as a ground, backed by evidence, what the documents show ("the carrier scan shows delivery on ...").',
  phase: 'letter',
  check(context) {
    const c = context.case;
    const amazon: Finding[] = findInLetter(context, phraseRegExp(context.words.blameAmazon)).map((hit) => ({
      path: hit.path,
      severity: inEvidencedGround(c, hit.path) ? 'warning' : 'error',
      message: `the letter blames Amazon: ${listPhrases(hit.matches)}`,
      note: 'Never blame Amazon or its systems. Say what in your own process let this happen; in a dispute, state the facts the evidence shows ("the invoice dated ... lists ...").',
    }));
    const others: Finding[] = findInLetter(context, phraseRegExp(context.words.blameOthers))
      .filter((hit) => !inEvidencedGround(c, hit.path))
      .map((hit) => ({
        path: hit.path,
        severity: 'warning',
        message: `the letter blames others: ${listPhrases(hit.matches)}`,
        note: 'Amazon expects you to own the cause: describe the gap in your process that let the buyer, carrier or employee problem affect customers, and how you closed it.',
      }));
    return [...amazon, ...others];
  },
  examples: {
    ok: [
      {
        name: 'a dispute ground backed by evidence may say the buyer claim was false',
        edits: [
          ...stanceWithOneGround(
            'mixed',
            'The parcel was delivered',
            'The buyer claimed non-delivery, but the carrier scan shows delivery on 2026-09-12 at 14:02.',
          ),
        ],
      },
    ],
    notOk: [
      {
        name: 'blaming Amazon in a root cause',
        messages: ['the letter blames Amazon: "unfair" and "your system"'],
        edits: [
          {
            path: ['root_causes', 1, 'detail'],
            value: 'The suspension is unfair: your system counted 6 claims on B0C1234567 that buyers withdrew on 2026-10-02.',
          },
        ],
        at: ['root_causes', 1, 'detail'],
      },
      {
        name: 'blaming the courier inside a root cause',
        messages: ['the letter blames others: "courier is also handling"'],
        edits: [
          {
            path: ['root_causes', 0, 'detail'],
            value: 'Our carton had no insert for the dispenser, and the courier is also handling the parcels roughly; 14 arrived broken.',
          },
        ],
        at: ['root_causes', 0, 'detail'],
        severity: 'warning',
      },
      {
        name: 'blaming the buyer',
        messages: ['the letter blames others: "the buyer lied"'],
        edits: [
          {
            path: ['corrective_actions', 0, 'action'],
            value: 'Refunded all 14 orders on 2026-10-20, although the buyer lied about 2 of them.',
          },
        ],
        at: ['corrective_actions', 0, 'action'],
        severity: 'warning',
      },
      {
        name: 'a Japanese letter that blames the carrier and the buyer',
        messages: ['the letter blames others: "配送業者の責任" and "購入者が誤って使用したと判断"'],
        edits: [
          { path: ['language'], value: 'ja' },
          { path: ['marketplace'], value: 'JP' },
          {
            path: ['root_causes', 0, 'detail'],
            value:
              '2026年9月1日から10月15日までに14件の破損が起きましたが、これは配送業者の責任です。1件は購入者が誤って使用したと判断しました。',
          },
        ],
        at: ['root_causes', 0, 'detail'],
        severity: 'warning',
      },
      {
        name: 'a Japanese letter that blames Amazon',
        messages: ['the letter blames Amazon: "amazonの誤り"'],
        edits: [
          { path: ['language'], value: 'ja' },
          { path: ['marketplace'], value: 'JP' },
          { path: ['root_causes', 1, 'detail'], value: '2026年10月2日に取り下げられた6件の申し立てが数えられたのは、Amazonの誤りです。' },
        ],
        at: ['root_causes', 1, 'detail'],
      },
    ],
  },
};
