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
    expect(us('between 2026-08-01 and 2026-10-25 (2026-09-30)')).toBe('between August 1, 2026 and October 25, 2026 (September 30, 2026)');
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
