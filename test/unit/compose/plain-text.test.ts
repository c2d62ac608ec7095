import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/compose/plain-text.js';
import { hardToReadItems } from '../../../src/rules/l46-hard-to-read-items.js';

describe('countWords: one definition of a word for the length budget, the form boxes and L46', () => {
  it('a date, a time, a hyphenated word and an abbreviation are one word each', () => {
    expect(countWords('received 9/12/2026 at 11:00, by e-mail from the U.S. office')).toBe(10);
    expect(countWords("the buyer's box, 10.10.2026")).toBe(4);
  });

  it('Japanese and Chinese characters count one by one', () => {
    expect(countWords('返金済み 3 units')).toBe(6);
  });

  it('L46 counts a long sentence with it', () => {
    const sentence = `Packed ${Array.from({ length: 57 }, () => 'word').join(' ')} on 9/12/2026 at 11:00`;
    expect(countWords(sentence)).toBe(62);
    const input = {
      root_causes: [{ id: 'RC1', title: 'Title', detail: `${sentence}.` }],
      corrective_actions: [],
      preventive_measures: [],
    };
    const findings = hardToReadItems.check({ case: { language: 'en', input } } as never);
    expect(findings.map((f) => f.message)).toEqual([
      `root cause RC1 has a sentence of 62 words: "Packed word word word word word word word …"`,
    ]);
  });
});
