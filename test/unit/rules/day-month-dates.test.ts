// Which number pairs of a seller's text stand as dates without a year (or year first with dots), and which are
// measures, prices, fractions or numbers of other kinds.
import { describe, expect, it } from 'vitest';
import { partialDates } from '../../../src/rules/day-month-dates.js';
import type { CaseInput } from '../../../src/model/case.js';

const found = (text: string, language = 'en', monthFirst = false) =>
  partialDates({ root_causes: [{ id: 'RC1', title: 'x', detail: text }] } as unknown as CaseInput, language, monthFirst).map(
    ({ date: d }) => [d.text, d.year ?? null, d.month, d.day],
  );

describe('partialDates', () => {
  it.each([
    ['after 20/10 and the Madrid stock', [['20/10', null, 10, 20]]],
    ['436 orders from 24.10 to 05.11.2026 shipped late', [['24.10', 2026, 10, 24]]],
    ['Late orders by warehouse 24.10-05.11.2026', [['24.10', 2026, 10, 24]]],
    ['From 15/09 to 20/10/2026 the field was not exported', [['15/09', 2026, 9, 15]]],
    ['31 orders from 02.11. until 13.11.2026 were not imported', [['02.11', 2026, 11, 2]]],
    ['the labels printed on 11/5', [['11/5', null, 5, 11]]],
    [
      '10/20〜11/15の出荷212件のうち22件',
      [
        ['10/20', null, 10, 20],
        ['11/15', null, 11, 15],
      ],
    ],
    ['11/5に届いた確認依頼', [['11/5', null, 11, 5]]],
    ['出荷日は11/5で、', [['11/5', null, 11, 5]]],
    ['旧ロット（2026.9.15出荷分）', [['2026.9.15', 2026, 9, 15]]],
  ])('%s', (text, dates) => expect(found(text)).toEqual(dates));

  it('reads a pair month first on a US case when both orders make a date', () => {
    expect(found('shipped on 11/5', 'en', true)).toEqual([['11/5', null, 11, 5]]);
  });

  it.each([
    'support 24/7 by phone and chat',
    'we cut the price by 1/2 and then to 3/4 of the list price',
    'the rating rose from 4.5 to 4.9 stars',
    'repacked the 4/5/6 inch pots and the 20/10 mm spacers',
    'the price went from 12.05 to 24.10 EUR',
    'paid €24.10 on the order',
    'Basın Ekspres Cad. No: 9/14, Istanbul',
    'updated the tool to 2.10.3 and to version 24.10',
    'ASIN B0CX12/1234 and order 403-1234567-1234567, tracking 1Z999AA10123456784',
    'phone +49 30 1234/5678 and +90 212 555 12/34',
    'the 1/2 inch socket set and the 3/8 adapter',
    'iPhone 15/16 cases, size 86/92',
    'model KX-20/10 and part 11/5A',
    'on 2026/11/05 the labels were fixed',
    '1/2サイズの箱と3/4袖のシャツ、7/10件',
  ])('not a date: %s', (text) => expect(found(text)).toEqual([]));
});
