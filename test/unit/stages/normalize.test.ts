// Dates, numbers and paper follow the letter's language and the marketplace.
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../../src/compose/format.js';
import { letterLocale, normalizeCase } from '../../../src/stages/normalize.js';
import { marketplaceInfo } from '../../../src/domain/marketplaces.js';
import type { CaseInput } from '../../../src/model/case.js';

const input = (marketplace: string, language?: string) =>
  ({
    type: 'late-shipment',
    marketplace,
    ...(language ? { language } : {}),
    notice: { kind: 'selling-privileges-removed', received: '2026-11-02', summary: 's' },
    seller: { legal_name: 'L', store_name: 'S', login_email: 'a@b.example' },
    root_causes: [],
    corrective_actions: [],
    preventive_measures: [],
    evidence: [],
  }) as unknown as CaseInput;

describe('letter locale and paper by marketplace', () => {
  const cases: [string, string | undefined, string, string, 'A4' | 'LETTER'][] = [
    ['UK', undefined, 'en-GB', '2 November 2026', 'A4'],
    ['US', 'en', 'en-US', 'November 2, 2026', 'LETTER'],
    ['CA', undefined, 'en-CA', 'November 2, 2026', 'LETTER'],
    ['MX', undefined, 'en-US', 'November 2, 2026', 'LETTER'],
    ['DE', undefined, 'en-GB', '2 November 2026', 'A4'],
    ['AU', undefined, 'en-AU', '2 November 2026', 'A4'],
    ['JP', 'ja', 'ja-JP', '2026年11月2日', 'A4'],
    ['JP', undefined, 'en-GB', '2 November 2026', 'A4'],
    ['US', 'ja', 'ja-US', '2026年11月2日', 'LETTER'],
  ];
  for (const [marketplace, language, locale, date, paper] of cases) {
    it(`${marketplace} ${language ?? '(default en)'}: ${locale}, ${date}, ${paper}`, () => {
      const c = normalizeCase('cases/x/case.yaml', input(marketplace, language));
      expect(c.locale).toBe(locale);
      expect(c.paper).toBe(paper);
      expect(formatDate('2026-11-02', c.locale)).toBe(date);
    });
  }

  it('gives Letter paper to US, CA and MX only', () => {
    for (const code of ['US', 'CA', 'MX']) expect(marketplaceInfo(code).paper).toBe('LETTER');
    for (const code of ['UK', 'DE', 'FR', 'JP', 'IN', 'AU', 'BR', 'AE']) expect(marketplaceInfo(code).paper).toBe('A4');
  });

  it('maps UK to the GB region for other languages', () => {
    expect(letterLocale('ja', 'UK', 'en-GB')).toBe('ja-GB');
    expect(letterLocale('en', 'UK', 'en-GB')).toBe('en-GB');
  });

  it('formats numbers in the locale', () => {
    expect(formatNumber(1234.5, 'en-US')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'ja-JP')).toBe('1,234.5');
    expect(formatNumber(6.8, 'ja-JP')).toBe('6.8');
  });
});
