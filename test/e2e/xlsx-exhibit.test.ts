// An XLSX exhibit shows in the bundle as its author sees it in Excel: a date as a date, a percentage with
// its per cent sign, an amount with its currency, not the stored serial number or fraction.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCase, createEnv } from '../../src/case/process-case.js';
import { evidenceBundle } from '../../src/case/pack.js';
import { loadWordLists } from '../../src/rules/words.js';
import type { EvidenceFacts } from '../../src/model/evidence.js';
import { linesOf, pdfPages } from '../helpers/read-pdf.js';
import { xlsxFile } from '../helpers/office-files.js';

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists(), sourceDateEpoch: 1792500000 });

describe('an XLSX exhibit with a date, a percentage and a currency amount', () => {
  let text: string;
  beforeAll(async () => {
    const xlsx = await xlsxFile(
      'Refunds',
      ['Order date', 'Refund rate', 'Amount', 'Units'],
      [
        // 2026-10-20 is stored as the serial 46315; 0.12 is shown as 12%.
        [
          [new Date(Date.UTC(2026, 9, 20)), 'yyyy-mm-dd'],
          [0.12, '0%'],
          [1234.5, '"$"#,##0.00'],
          [1184, '#,##0'],
        ],
        [
          [new Date(Date.UTC(2026, 9, 21)), 'd mmm yyyy'],
          [0.075, '0.0%'],
          [-56.1, '[$€-407]#,##0.00'],
          [7, 'General'],
        ],
      ],
    );
    const { checked } = await checkCase('cases/sunrise-odr/case.yaml', env);
    const base = checked!.evidence[0];
    const fact: EvidenceFacts = {
      ...base,
      exhibit: { ...base.exhibit, label: 'A', title: 'Refunds by order' },
      file: 'evidence/refunds.xlsx',
      format: 'xlsx',
      bytes: xlsx,
      size: xlsx.length,
      pages: undefined,
    };
    const { bytes } = await evidenceBundle(checked!.case, [fact], checked!.templates.strings);
    const pages = await pdfPages(bytes);
    text = pages
      .map((p) =>
        linesOf(p.items)
          .map((l) => l.text)
          .join('\n'),
      )
      .join('\n');
  }, 120_000);

  it('prints dates with their cell format', () => {
    expect(text).toContain('2026-10-20');
    expect(text).toContain('21 Oct 2026');
    expect(text).not.toMatch(/\b4631[56]\b/);
  });

  it('prints percentages with the per cent sign and their decimals', () => {
    expect(text).toContain('12%');
    expect(text).toContain('7.5%');
    expect(text).not.toMatch(/\b0\.12\b|\b0\.075\b/);
  });

  it('prints currency amounts with their symbol and grouping', () => {
    expect(text).toContain('$1,234.50');
    expect(text).toMatch(/-€56[.,]10/);
    expect(text).toContain('1,184');
    expect(text).not.toContain('1234.5');
  });

  it('names the sheet', () => {
    expect(text).toContain('Sheet Refunds');
  });
});
