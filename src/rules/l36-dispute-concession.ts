import type { Case } from '../model/case.js';
import type { Finding, Rule } from './types.js';
import { stanceWithOneGround } from './example-edits.js';
import { disputesNotice, findInLetter, isNegated, isType, listPhrases, matchesOf, phraseRegExp } from './helpers.js';

/** Cases where a concession decides the appeal: the complaint stands once the seller grants it. */
const decisive = (c: Case) =>
  isType(c, 'ip-infringement', 'design-patent-rebuttal', 'counterfeit-inauthentic', 'authenticity-inventory-verification');

/** A dispute does not concede what it disputes: no admission of the violation, no resemblance to the protected design. */
export const disputeConcession: Rule = {
  id: 'L36',
  name: 'dispute-concession',
  severity: 'error',
  description:
    'a dispute does not admit what it disputes ("our mistake", "we admit"), and an IP dispute does not say the product resembles the protected design ("similar to", "resembles")',
  why: 'A letter that says the notice is wrong and also grants it gives the reviewer the reason to reject it. In an IP or inauthentic complaint the concession decides the case: a design patent is infringed when the designs look alike, so "our lamp resembles the patented design" answers the complaint for the rights owner.',
  fix: 'Take the concession out and state what the documents show. If part of the notice is right, use stance: mixed and say which part you accept and what you did about it; if the product does resemble the protected design, withdraw the listing and write a remediation instead.',
  phase: 'letter',
  check(context) {
    const c = context.case;
    if (!disputesNotice(c)) return [];
    const severity = decisive(c) ? 'error' : 'warning';
    const findings: Finding[] = findInLetter(context, phraseRegExp(context.words.admission), {
      keep: (m, sentence) => !isNegated(sentence, m),
    }).map((hit) => ({
      path: hit.path,
      severity,
      message: `the dispute admits the violation: ${listPhrases(hit.matches)}`,
      note: 'A letter that says the notice is wrong and also admits it is rejected on its own words; use stance: mixed and say which part you accept, or describe what went wrong in your own process without admitting the violation.',
    }));
    if (isType(c, 'ip-infringement', 'design-patent-rebuttal')) {
      const protectedDesign = phraseRegExp(context.words.protectedDesign);
      const priorArt = phraseRegExp(context.words.priorArt);
      // Likeness to a design published before the patent is an argument against the patent, not a concession.
      const concedes = (m: Parameters<typeof isNegated>[1], sentence: string) =>
        !isNegated(sentence, m) && matchesOf(protectedDesign, sentence).length > 0 && !matchesOf(priorArt, sentence).length;
      for (const hit of findInLetter(context, phraseRegExp(context.words.resemblance), { keep: concedes })) {
        findings.push({
          path: hit.path,
          severity: 'error',
          message: `the dispute says the product resembles the protected design: ${listPhrases(hit.matches)}`,
          note: 'Infringement turns on whether the designs look alike, so this grants the complaint. Show feature by feature how your design differs (details.ip_complaint.differences, each with a patent-comparison exhibit); if it does look alike, remove the listing and write a remediation.',
        });
      }
    }
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'a dispute that denies any likeness',
        edits: [
          { path: ['type'], value: 'ip-infringement' },
          ...stanceWithOneGround(
            'dispute',
            'The dispenser differs from the patented design',
            'Our dispenser is not similar to the patented design: its pump is square where FIG. 1 shows a round dome.',
          ),
        ],
      },
      {
        name: 'likeness to prior art is an argument, not a concession',
        edits: [
          { path: ['type'], value: 'ip-infringement' },
          ...stanceWithOneGround(
            'dispute',
            'The shape was public before the patent',
            'The patented shape is similar to a dispenser published before the patent was filed, in a 2019 catalogue.',
          ),
        ],
      },
      {
        name: 'a mixed letter may admit part of the notice',
        edits: [
          ...stanceWithOneGround(
            'mixed',
            'One order was delivered',
            'The carrier scan shows delivery of order 112-3456789-1234567 on 2026-09-20.',
          ),
          { path: ['closing'], value: 'The late replies were our mistake; we ask you to reinstate our selling privileges.' },
        ],
      },
    ],
    notOk: [
      {
        name: 'an IP dispute that admits the violation and the likeness',
        messages: [
          'the dispute admits the violation: "we admit" and "our mistake"',
          'the dispute says the product resembles the protected design: "resembles"',
        ],
        edits: [
          { path: ['type'], value: 'ip-infringement' },
          ...stanceWithOneGround(
            'dispute',
            'The complaint is wrong',
            'Our dispenser only resembles the patented design in its base; the pump differs.',
          ),
          { path: ['closing'], value: 'We admit our mistake and ask you to reinstate the listing.' },
        ],
        at: ['closing'],
      },
      {
        name: 'a Japanese IP dispute that grants the likeness',
        messages: ['the dispute says the product resembles the protected design: "類似しています"'],
        edits: [
          { path: ['type'], value: 'ip-infringement' },
          { path: ['language'], value: 'ja' },
          { path: ['marketplace'], value: 'JP' },
          ...stanceWithOneGround('dispute', '申立ては誤りです', '当社の商品は登録意匠に類似していますが、ポンプの形状が異なります。'),
        ],
        at: ['grounds', 0, 'detail'],
      },
      {
        name: 'a metric dispute that admits the violation',
        messages: ['the dispute admits the violation: "our fault"'],
        edits: [
          ...stanceWithOneGround(
            'dispute',
            'The orders were delivered',
            'Carrier scans show delivery of both orders before the claims were opened on 2026-09-20.',
          ),
          { path: ['closing'], value: 'The late replies were our fault; we ask you to reinstate our selling privileges.' },
        ],
        at: ['closing'],
        severity: 'warning',
      },
    ],
  },
};
