import type { Finding, Rule } from './types.js';
import type { PathSegment } from '../stages/parse.js';

/** True when a 10-character code is a valid ISBN-10 (books use it as their ASIN). */
export function isIsbn10(code: string): boolean {
  if (!/^\d{9}[\dX]$/.test(code)) return false;
  const sum = [...code].reduce((acc, ch, i) => acc + (ch === 'X' ? 10 : Number(ch)) * (10 - i), 0);
  return sum % 11 === 0;
}

/** ASINs start with B0 or are valid ISBN-10s; anything else is likely a typo. */
export const asinFormat: Rule = {
  id: 'L13',
  name: 'asin-format',
  severity: 'warning',
  description: 'ASINs start with B0 or are a valid ISBN-10',
  why: 'Amazon matches the appeal to the products named in the notice by ASIN; one that cannot exist points the reviewer at no product.',
  fix: 'Copy each ASIN from the notice or the product page: ASINs start with B0, and books use their ISBN-10, whose last digit is a check digit.',
  phase: 'case',
  check({ case: c }) {
    const findings: Finding[] = [];
    const checkAsin = (asin: string, path: PathSegment[]) => {
      if (asin.startsWith('B0') || isIsbn10(asin)) return;
      if (/^\d{10}$/.test(asin) || /^\d{9}X$/.test(asin)) {
        findings.push({
          path,
          severity: 'error',
          message: `ASIN ${asin} looks like an ISBN-10 but its check digit is wrong`,
          note: 'Copy the ASIN from the product page or the notice.',
        });
      } else {
        findings.push({
          path,
          message: `ASIN ${asin} does not start with B0 and is not an ISBN-10`,
          note: 'Check it against the notice; most ASINs start with B0.',
        });
      }
    };
    c.input.asins?.forEach((a, i) => checkAsin(a.asin, ['asins', i, 'asin']));
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'a B0 ASIN and a book ASIN with a valid ISBN-10',
        edits: [{ path: ['asins'], append: true, value: { asin: '0306406152', title: 'Ceramics handbook', cited: false } }],
      },
    ],
    notOk: [
      {
        name: 'neither B0 nor an ISBN-10',
        messages: ['ASIN C0C1234567 does not start with B0 and is not an ISBN-10'],
        edits: [{ path: ['asins'], append: true, value: { asin: 'C0C1234567', cited: false } }],
        at: ['asins', 1, 'asin'],
      },
      {
        name: 'an ISBN-10 with a wrong check digit',
        messages: ['ASIN 0306406153 looks like an ISBN-10 but its check digit is wrong'],
        edits: [{ path: ['asins'], append: true, value: { asin: '0306406153', cited: false } }],
        at: ['asins', 1, 'asin'],
        severity: 'error',
      },
    ],
  },
};
