// Dates in the letter's long form, also inside the seller's own text.
import { describe, expect, it } from 'vitest';
import { capitalize, longDatesIn } from '../../../src/compose/format.js';

const us = (text: string) => longDatesIn(text, 'en-US', '{date}, {time}');

describe('longDatesIn', () => {
  it('writes ISO dates, date-times and months of case text in the long form of the locale', () => {
    expect(us('The photos in the application of 2026-11-10 showed these boxes.')).toBe(
      'The photos in the application of November 10, 2026 showed these boxes.',
    );
    expect(longDatesIn('application of 2026-11-10', 'en-GB', '{date}, {time}')).toBe('application of 10 November 2026');
    expect(longDatesIn('2026-11-10に申請', 'ja-JP', '{date} {time}')).toBe('2026年11月10日に申請');
    expect(longDatesIn('2026/11/10に申請', 'ja-JP', '{date} {time}')).toBe('2026年11月10日に申請');
    expect(us('Booked for 2026-12-04 10:00 and 2026-12-05T09:30:00.')).toBe(
      'Booked for December 4, 2026, 10:00 and December 5, 2026, 09:30.',
    );
    expect(us('Booked for 2026-12-04 at 10:00 Pacific time')).toBe('Booked for December 4, 2026 at 10:00 Pacific time');
    expect(us('sold since 2026-07 from our stock')).toBe('sold since July 2026 from our stock');
    expect(us('between 2026-08-01 and 2026-10-25 (2026-09-30)')).toBe('between August 1 and October 25, 2026 (September 30, 2026)');
  });

  it('names the year once in a range or pair of days within one year, where the locale puts it', () => {
    expect(us('From 2026-11-26 to 2026-11-30 we')).toBe('From November 26 to November 30, 2026 we');
    expect(us('on 2026-10-15 and 2026-10-23')).toBe('on October 15 and October 23, 2026');
    const gb = (text: string) => longDatesIn(text, 'en-GB', '{date}, {time}');
    expect(gb('from 2026-11-04 to 2026-11-11')).toBe('from 4 to 11 November 2026');
    expect(gb('between 2026-08-25 and 2026-10-14')).toBe('between 25 August and 14 October 2026');
    expect(gb('orders 2026-10-21 – 2026-10-24')).toBe('orders 21 – 24 October 2026');
    expect(longDatesIn('2026-10-20から2026-11-16まで', 'ja-JP', '{date} {time}')).toBe('2026年10月20日から11月16日まで');
    expect(us('on 2026-10-05, 2026-10-13 and 2026-10-26 waited')).toBe('on October 5, October 13 and October 26, 2026 waited');
    expect(longDatesIn('2026-10-05、2026-10-13', 'ja-JP', '{date} {time}')).toBe('2026年10月5日、2026年10月13日');
    // Across a year, or a day with a time, each date keeps its year.
    expect(us('2025-12-01 to 2026-01-02')).toBe('December 1, 2025 to January 2, 2026');
    expect(us('2026-12-04 10:00 and 2026-12-05')).toBe('December 4, 2026, 10:00 and December 5, 2026');
  });

  it('leaves references, file names, order ids, ranges and impossible dates as written', () => {
    for (const text of [
      'PQ-MX-2026-07731',
      'report-2026-11-10.pdf',
      'evidence/2026-11-10/x.png',
      '112-1234567-1234567',
      'years 2026-2027',
      'v2026-11-10',
      'on 2026-02-30',
      'ISO 2026-13-01',
      'EH-RO-2611-01',
    ]) {
      expect(us(text), text).toBe(text);
    }
  });
});

describe('capitalize', () => {
  it('raises the first letter and keeps hyphens', () =>
    expect(capitalize('removal of merchant-fulfilled selling privileges')).toBe('Removal of merchant-fulfilled selling privileges'));
});
