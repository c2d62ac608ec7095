// L34: the similarity measure, and what it flags in every sample and unseen case.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentWords, nearDuplicates, nearDuplicateThreshold, wordSimilarity } from '../../../src/rules/l34-near-duplicates.js';
import { loadWordLists } from '../../../src/rules/words.js';
import { parseCase } from '../../../src/stages/parse.js';
import { resolveAliases } from '../../../src/stages/aliases.js';
import { validateCase } from '../../../src/stages/validate.js';
import { normalizeCase } from '../../../src/stages/normalize.js';
import type { Case } from '../../../src/model/case.js';

const words = loadWordLists().en;

/** A case file through the stages the rule needs (no evidence files are read). */
function caseOf(file: string, text = readFileSync(file, 'utf8')): Case {
  const parsed = parseCase(file, text).value!;
  resolveAliases(parsed);
  return normalizeCase(file, validateCase(parsed).value!);
}

describe('contentWords', () => {
  it('drops case, punctuation and stop words, and stems English words', () => {
    expect([...contentWords('We never offer free products, refunds or gifts in exchange for REVIEWS.')].sort()).toEqual([
      'exchang',
      'free',
      'gift',
      'offer',
      'product',
      'refund',
      'review',
    ]);
  });

  it('keeps ids, dates and hyphenated words whole', () => {
    const found = contentWords('Refunded order 112-3456789-1234567 of B0C1234567 on 2026-10-20 by e-mail.');
    for (const w of ['112-3456789-1234567', 'b0c1234567', '2026-10-20', 'e-mail']) expect(found.has(w), w).toBe(true);
  });

  it('segments Japanese into words and drops its particles', () => {
    const found = contentWords('出荷前に全ての商品を検品する', 'ja');
    expect(found.has('出荷')).toBe(true);
    expect(found.has('検品')).toBe(true);
    for (const particle of ['に', 'を', 'する']) expect(found.has(particle), particle).toBe(false);
  });
});

describe('wordSimilarity (Sørensen-Dice)', () => {
  it('is twice the shared words over the words of both', () => {
    expect(wordSimilarity(new Set(['a', 'b', 'c']), new Set(['a', 'b', 'd']))).toBeCloseTo(2 / 3);
    expect(wordSimilarity(new Set(['a', 'b']), new Set(['a', 'b']))).toBe(1);
    expect(wordSimilarity(new Set(['a']), new Set(['b']))).toBe(0);
    expect(wordSimilarity(new Set(), new Set())).toBe(0);
  });

  it('does not flag a short item contained in a longer one that says more', () => {
    const short = contentWords('Refund every damaged order within 24 hours.');
    const long = contentWords(
      'Refund every damaged order within 24 hours, photograph the parcel, file a carrier claim and log the cause in the weekly QC report.',
    );
    expect(wordSimilarity(short, long)).toBeLessThan(nearDuplicateThreshold);
  });
});

describe('L34 on the samples and the unseen cases', () => {
  const files = ['cases', 'test/fixtures/unseen'].flatMap((root) =>
    readdirSync(root)
      .map((entry) => (existsSync(path.join(root, entry, 'case.yaml')) ? path.join(root, entry, 'case.yaml') : path.join(root, entry)))
      .filter((f) => f.endsWith('.yaml')),
  );

  it('flags the restated measures of glowpeak (PM2 and PM3) and nothing else in 41 cases', () => {
    expect(files.length).toBe(41);
    const flagged = files.flatMap((file) =>
      nearDuplicates.check({ case: caseOf(file), words }).map((f) => `${path.basename(path.dirname(file))} ${f.message}`),
    );
    expect(flagged).toEqual([
      'glowpeak-review-manipulation preventive measure PM2 says nearly the same as PM3 (67% of the same words)',
      'glowpeak-review-manipulation preventive measure PM3 says nearly the same as PM2 (67% of the same words)',
    ]);
  });

  it('flags a measure restated in other order in a Japanese case', () => {
    const c = caseOf('test/fixtures/unseen/hanamori-jp-used-as-new/case.yaml');
    // PM1: returned items are inspected and graded "used" or "disposal", never put back as new stock.
    c.input.preventive_measures.push({
      ...c.input.preventive_measures[0],
      id: 'PM3',
      measure: '返品された商品は検品し、「中古品」か「廃棄」に区分して、新品在庫には戻しません。',
    });
    const found = nearDuplicates.check({ case: c, words });
    expect(found.map((f) => f.message.replace(/\(\d+%/, '(N%'))).toEqual([
      'preventive measure PM1 says nearly the same as PM3 (N% of the same words)',
      'preventive measure PM3 says nearly the same as PM1 (N% of the same words)',
    ]);
  });
});
