import type { Exhibit } from '../model/case.js';
import type { Rule } from './types.js';
import { exhibitsOfKind } from './helpers.js';

const cited = (e: Exhibit) => Object.values(e.supports).some((list) => list.length > 0);

/** A review-manipulation letter points the reviewer to the list of the reviews still live. */
export const liveReviewsList: Rule = {
  id: 'L38',
  name: 'live-reviews-list',
  severity: 'warning',
  description: 'a review-manipulation letter cites the list of the reviews still live (an offending-reviews-list exhibit) wherever it reports them',
  why: "Amazon asks a review-manipulation appeal for every prohibited review still on the site, so that it can remove them. A list enclosed but cited nowhere leaves the reviewer to find it among the exhibits, and a count of live reviews without the list cannot be checked.",
  fix: "Cite the offending-reviews-list exhibit (evidence: [E..]) from the corrective action or root cause that reports the reviews still live, so the letter names it beside the count.",
  phase: 'case',
  check({ case: c }) {
    if (c.type !== 'review-manipulation') return [];
    const rm = c.input.details?.review_manipulation;
    if (rm?.reviews_still_live === 0) return [];
    const lists = exhibitsOfKind(c, 'offending-reviews-list');
    // No list at all is L22's error; here the list is enclosed but the letter does not point to it.
    if (!lists.length || lists.some(cited)) return [];
    const e = lists[0];
    return [
      {
        path: ['evidence', e.index, 'id'],
        message: `the letter does not point to the list of reviews still live (${e.id}, Exhibit ${e.label})${rm?.reviews_still_live ? `: ${rm.reviews_still_live} reviews are reported live` : ''}`,
        note: `Add ${e.id} to the evidence: of the corrective action or root cause that reports the reviews still live (e.g. the action that asked Amazon to remove them), so the letter cites it beside the count.`,
      },
    ];
  },
  examples: {
    ok: [
      {
        name: 'the list is cited by the action that reports it',
        edits: [
          { path: ['type'], value: 'review-manipulation' },
          { path: ['evidence', 1, 'kind'], value: 'offending-reviews-list' },
          { path: ['details', 'review_manipulation'], value: { methods: ['Free products for reviews through a deal group'], no_contact_reason: 'The deal group closed its account on 2026-09-30.', reviews_obtained: 26, reviews_still_live: 9 } },
        ],
      },
    ],
    notOk: [
      {
        name: 'the list is enclosed but nothing cites it',
        messages: ['the letter does not point to the list of reviews still live (E4, Exhibit D): 9 reviews are reported live'],
        edits: [
          { path: ['type'], value: 'review-manipulation' },
          { path: ['evidence'], append: true, value: { id: 'E4', title: 'The 9 reviews still live, with links', file: 'evidence/sales.xlsx', kind: 'offending-reviews-list' } },
          { path: ['details', 'review_manipulation'], value: { methods: ['Free products for reviews through a deal group'], no_contact_reason: 'The deal group closed its account on 2026-09-30.', reviews_obtained: 26, reviews_still_live: 9 } },
        ],
        at: ['evidence', 3, 'id'],
      },
    ],
  },
};
