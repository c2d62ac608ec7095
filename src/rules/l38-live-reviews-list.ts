import type { Exhibit } from '../model/case.js';
import type { LetterText, Rule } from './types.js';
import { escapeRegExp, exhibitsOfKind } from './helpers.js';

const spaced = (text: string) => text.replace(/\s+/g, ' ');

/**
 * How the letter refers to an exhibit ("Exhibit A", "資料 A"), read from the letter's own list of enclosures, so
 * the check works in every language.
 */
function referenceTo(letter: LetterText, e: Exhibit): string | undefined {
  const line = letter.sections.evidence?.split('\n').find((l) => l.includes(e.title));
  const m = line && new RegExp(`([^\\s-]+\\s*${escapeRegExp(e.label)})(?![\\p{L}\\p{N}])`, 'u').exec(line);
  return m ? spaced(m[1]) : undefined;
}

/** A review-manipulation letter points the reviewer to the list of the reviews still live. */
export const liveReviewsList: Rule = {
  id: 'L38',
  name: 'live-reviews-list',
  severity: 'warning',
  description:
    'a review-manipulation letter with reviews still live names the exhibit that lists them (offending-reviews-list) in its text, not only in the list of enclosures',
  why: 'Amazon asks a review-manipulation appeal for every prohibited review still on the site, so that it can remove them. A list enclosed but named nowhere in the letter leaves the reviewer to find it among the exhibits, and a count of live reviews without the list cannot be checked.',
  fix: 'Give reviews_obtained and reviews_still_live in details.review_manipulation, so the letter names the list beside the count, or cite the offending-reviews-list exhibit (evidence: [E..]) from the corrective action that reports the reviews still live.',
  phase: 'letter',
  check({ case: c, letter }) {
    if (c.type !== 'review-manipulation' || !letter) return [];
    const rm = c.input.details?.review_manipulation;
    if (rm?.reviews_still_live === 0) return [];
    // No list at all is L22's error; here the list is enclosed but the letter does not name it.
    const lists = exhibitsOfKind(c, 'offending-reviews-list');
    if (!lists.length) return [];
    const text = spaced(
      Object.entries(letter.sections)
        .filter(([key]) => key !== 'evidence')
        .map(([, t]) => t)
        .join('\n'),
    );
    const named = lists.some((e) => {
      const ref = referenceTo(letter, e);
      return ref
        ? new RegExp(`${escapeRegExp(ref)}(?![\\p{L}\\p{N}])`, 'u').test(text)
        : Object.values(e.supports).some((list) => list.length > 0);
    });
    if (named) return [];
    const e = lists[0];
    return [
      {
        path: ['evidence', e.index, 'id'],
        message: `the letter does not name the list of reviews still live (${e.id}) beside what it says about them`,
        note: `Give reviews_obtained and reviews_still_live so the letter names ${e.id} beside the count, or add ${e.id} to the evidence: of the corrective action that reports the reviews still live.`,
      },
    ];
  },
  examples: {
    ok: [
      {
        name: 'the counts are given, so the letter names the list beside them',
        edits: [
          { path: ['type'], value: 'review-manipulation' },
          {
            path: ['evidence'],
            append: true,
            value: { id: 'E4', title: 'The 9 reviews still live, with links', file: 'evidence/sales.xlsx', kind: 'offending-reviews-list' },
          },
          {
            path: ['details', 'review_manipulation'],
            value: {
              methods: ['Free products for reviews through a deal group'],
              no_contact_reason: 'The deal group closed its account on 2026-09-30.',
              reviews_obtained: 26,
              reviews_still_live: 9,
            },
          },
        ],
      },
    ],
    notOk: [
      {
        name: 'the list is enclosed, but without the counts the letter never names it',
        messages: ['the letter does not name the list of reviews still live (E4) beside what it says about them'],
        edits: [
          { path: ['type'], value: 'review-manipulation' },
          {
            path: ['evidence'],
            append: true,
            value: { id: 'E4', title: 'The reviews still live, with links', file: 'evidence/sales.xlsx', kind: 'offending-reviews-list' },
          },
          {
            path: ['details', 'review_manipulation'],
            value: {
              methods: ['Free products for reviews through a deal group'],
              no_contact_reason: 'The deal group closed its account on 2026-09-30.',
            },
          },
        ],
        at: ['evidence', 3, 'id'],
      },
    ],
  },
};
