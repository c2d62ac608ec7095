// Japanese line breaking in the rendered PDF (the sample as the run's shared build wrote it): kinsoku (no
// closing bracket or comma at the start of a line, no opening bracket at its end), no Latin word or identifier
// split over two lines, and table columns wide enough for the longest word of their heading.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { sampleOutput } from '../../helpers/samples.js';
import { linesOf, pdfPages } from '../../helpers/read-pdf.js';
import { renderPdf } from '../../../src/render/pdf.js';
import { unbreakableWidth } from '../../../src/render/fonts.js';
import type { Block } from '../../../src/model/document.js';

const JP = 'sakura-jp-late-shipment';

// JIS X 4051 line-start and line-end rules, as far as UAX #14 (pdfmake's line breaker) applies them.
const NO_LINE_START =
  /^[、。，．,.）〕］｝〉》」』】〙〗〟’”｠»ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰ-ㇿ々〻‐゠–〜？！‼⁇⁈⁉・：；／]/u;
const NO_LINE_END = /[（〔［｛〈《「『【〘〖〝‘“｟«]$/u;

async function lines(bytes: Uint8Array): Promise<string[]> {
  return (await pdfPages(bytes)).flatMap((page) => linesOf(page.items).map((l) => l.text));
}

function kinsokuProblems(text: string[]): string[] {
  return text.filter((line) => NO_LINE_START.test(line) || NO_LINE_END.test(line));
}

describe('Japanese line breaking', () => {
  it('keeps kinsoku in the letter, the evidence index and the checklist', async () => {
    for (const name of ['letter.pdf', 'evidence-index.pdf', 'checklist.pdf']) {
      const text = await lines(sampleOutput(JP, name));
      expect(text.length, name).toBeGreaterThan(10);
      expect(kinsokuProblems(text), name).toEqual([]);
    }
  });

  // Every offset of the same sentence puts each punctuation mark at a line end in some paragraph; a
  // breaker that broke anywhere would start some line with 、。）」 or end one with （「.
  it('keeps kinsoku for punctuation at every position of a line', async () => {
    const sentence = '当社は出荷記録（2026年10月分）を確認し、「集荷漏れ」が原因であると判断しました。';
    const blocks: Block[] = Array.from({ length: 48 }, (_, i) => ({
      kind: 'paragraph',
      spans: [{ text: 'あ'.repeat(i) + sentence.repeat(3) }],
    }));
    const bytes = await renderPdf({
      title: 't',
      author: 'a',
      subject: 's',
      language: 'ja-JP',
      paper: 'A4',
      createdAt: new Date('2026-11-05T12:00:00Z'),
      footer: '',
      blocks,
    });
    const text = await lines(bytes);
    expect(text.length).toBeGreaterThan(150);
    // Wrapped lines exist that end right before punctuation would have fallen, so the rule is exercised.
    expect(text.filter((l) => /[、。）」]$/.test(l)).length).toBeGreaterThan(5);
    expect(kinsokuProblems(text)).toEqual([]);
  });

  it('never splits a Latin word, number or identifier of the case over two lines', async () => {
    const data = parse(readFileSync(`cases/${JP}/case.yaml`, 'utf8')) as unknown;
    const scalars = (d: unknown): string[] =>
      typeof d === 'string'
        ? [d]
        : Array.isArray(d)
          ? d.flatMap(scalars)
          : d && typeof d === 'object' && !(d instanceof Date)
            ? Object.values(d).flatMap(scalars)
            : [];
    // Runs of Latin letters, digits and the joiners inside identifiers (B0DSKR4T7N, 250-1184026-7736590,
    // shop@sakura-zakka.example, SOP-SH-02), at least 4 characters long.
    const tokens = new Set(
      scalars(data)
        .flatMap((s) => s.match(/[A-Za-z0-9](?:[A-Za-z0-9@._-]*[A-Za-z0-9])?/g) ?? [])
        .filter((t) => t.length >= 4 && /[A-Za-z]|-/.test(t)),
    );
    expect(tokens.size).toBeGreaterThan(10);
    const text = await lines(sampleOutput(JP, 'letter.pdf'));
    const split: string[] = [];
    for (let i = 0; i + 1 < text.length; i++) {
      const tail = /[A-Za-z0-9@._-]+$/.exec(text[i])?.[0];
      const head = /^[A-Za-z0-9@._-]+/.exec(text[i + 1])?.[0];
      if (tail && head && [...tokens].some((t) => t.includes(tail + head))) split.push(`${tail} | ${head}`);
    }
    expect(split).toEqual([]);
    // Each identifier appears whole on one line somewhere (the footer and letter lines are separate).
    const joined = text.join('\n');
    for (const token of ['shop@sakura-zakka.example', 'B0DSKR4T7N', '250-1184026-7736590', 'SOP-SH-02']) expect(joined).toContain(token);
  });
});

describe('table columns fit the words of their headings', () => {
  it('measures the longest unbreakable piece: a Latin word, or one CJK character', () => {
    const exhibit = unbreakableWidth('Exhibit', 9.5, true);
    expect(exhibit).toBeGreaterThan(28);
    expect(exhibit).toBeLessThan(40);
    expect(unbreakableWidth('Bundle page', 9.5, true)).toBeCloseTo(unbreakableWidth('Bundle', 9.5, true), 5);
    expect(unbreakableWidth('裏付ける項目', 10, true)).toBe(10);
    expect(unbreakableWidth('', 10)).toBe(0);
  });
});
