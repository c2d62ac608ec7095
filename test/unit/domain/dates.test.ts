import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  dateTimeOf,
  daysBetween,
  hoursBefore,
  isWeekend,
  minutesOf,
  pastDaysInText,
} from '../../../src/domain/dates.js';

describe('addWorkingDays', () => {
  it('skips Saturday and Sunday', () => {
    expect(addWorkingDays('2026-11-06', 1)).toBe('2026-11-09'); // Friday -> Monday
    expect(addWorkingDays('2026-11-02', 7)).toBe('2026-11-11'); // Monday + 7 -> Wednesday of the next week
    expect(addWorkingDays('2026-11-07', 1)).toBe('2026-11-09'); // Saturday -> Monday
    expect(addWorkingDays('2026-11-08', 5)).toBe('2026-11-13'); // Sunday -> Friday
  });
  it('crosses month and year ends', () => {
    expect(addWorkingDays('2026-10-28', 7)).toBe('2026-11-06'); // Wednesday, over a weekend and October 31
    expect(addWorkingDays('2026-02-26', 2)).toBe('2026-03-02'); // Thursday in a non-leap February
    expect(addWorkingDays('2028-02-28', 1)).toBe('2028-02-29'); // leap day is a Tuesday
    expect(addWorkingDays('2026-12-29', 7)).toBe('2027-01-07');
  });
  it('is the identity for 0 days', () => expect(addWorkingDays('2026-11-07', 0)).toBe('2026-11-07'));
});

describe('calendar helpers', () => {
  it('count days across month ends and leap years', () => {
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29);
    expect(daysBetween('2028-01-31', '2028-03-01')).toBe(30);
    expect(daysBetween('2026-11-10', '2026-11-01')).toBe(-9);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
  it('knows weekends', () => {
    expect(isWeekend('2026-11-07')).toBe(true);
    expect(isWeekend('2026-11-08')).toBe(true);
    expect(isWeekend('2026-11-09')).toBe(false);
  });
  it('subtracts hours over a day and a month boundary', () => {
    expect(hoursBefore('2026-12-01 09:30', 48)).toBe('2026-11-29 09:30');
    expect(hoursBefore('2026-03-01T01:00', 2)).toBe('2026-02-28 23:00');
    expect(dateTimeOf(minutesOf('2026-11-05 10:05'))).toBe('2026-11-05 10:05');
  });
});

describe('pastDaysInText', () => {
  it.each([
    ['Refunded the orders on 2026-11-20 and re-checked them on 2026/11/22.', ['2026-11-20', '2026-11-22']],
    ['Shipped late from 2026-10-24 to 2026-11-05. The new plan starts 2026-12-01.', ['2026-10-24', '2026-11-05']],
    ['The rate applies until 2026-12-11, by 2026-12-01 at the latest.', []],
    ['We will audit the 3PL on 2026-12-02.', []],
    ['Booked the call for 2026-12-04; the kettles arrive about 2026-12-10; trial runs start on 2026-11-30.', []],
    ['Order 2026-11-20-0042 and file report-2026-11-20.pdf; not a day 2026-02-30.', []],
    ['2026-11-20に返金しました。2026-12-11まで在庫を止めます。', ['2026-11-20']],
    ['2026-12-01に監査を行う予定です。', []],
  ])('%s', (text, days) => expect(pastDaysInText(text)).toEqual(days));
});
