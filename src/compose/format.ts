// Dates and numbers in the letter's locale (2 November 2026, November 2, 2026, 2026年11月2日).

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats an ISO date (YYYY-MM-DD) as a long date in the locale; the date is a calendar day, so UTC is used. */
export function formatDate(iso: string, locale: string): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formats a number in the locale, with up to two decimals. */
export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** A byte count as a short human size (12.3 KB). */
export function formatBytes(bytes: number, locale: string): string {
  if (bytes < 1024) return `${formatNumber(bytes, locale)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round((bytes / 1024) * 10) / 10, locale)} KB`;
  return `${formatNumber(Math.round((bytes / 1048576) * 10) / 10, locale)} MB`;
}

/** Replaces {name} placeholders in a strings-file text. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** "supplier-invoice" -> "Supplier invoice". */
export function humanize(kebab: string): string {
  const words = kebab.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "removal of merchant-fulfilled privileges" -> "Removal of merchant-fulfilled privileges" (hyphens kept). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A non-breaking space: keeps "Exhibit A", "root cause 2" and "ASIN B0…" on one line. */
export const NBSP = '\u00A0';

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats an ISO year and month (YYYY-MM) as "July 2026" / "2026年7月". */
export function formatMonth(isoMonth: string, locale: string): string {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
    monthFormats.set(locale, format);
  }
  const [y, m] = isoMonth.split('-').map(Number);
  return format.format(new Date(Date.UTC(y, m - 1, 1)));
}

/** A date-time "YYYY-MM-DD HH:MM" (or with a T) as the long date and the time, through `pattern` ("{date}, {time}"). */
export function formatDateTime(value: string, locale: string, pattern: string): string {
  const [date, time] = value.trim().split(/[T ]/);
  if (!time) return formatDate(date, locale);
  const zone = timeZoneOf(value);
  // A Japanese letter names Japan's own time zone as 日本時間, not as an offset.
  if (locale.startsWith('ja') && zone && /^UTC\+09:?00$/.test(zone))
    return fill(pattern, { date: formatDate(date, locale), time: `${time.slice(0, 5)}（日本時間）` });
  return fill(pattern, { date: formatDate(date, locale), time: zone ? `${time.slice(0, 5)} ${zone}` : time.slice(0, 5) });
}

/** The time zone written after a date and time ("2026-12-09 11:00 AEDT", "…T11:00+11:00", "…Z"), or undefined. */
export function timeZoneOf(value: string): string | undefined {
  const rest = /^\s*\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2})?\s*(.*)$/.exec(value)?.[1].trim();
  if (!rest) return undefined;
  if (rest === 'Z') return 'UTC';
  return /^[+-]\d{2}:?\d{2}$/.test(rest) ? `UTC${rest}` : rest;
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
// An ISO date (2026-11-10, 2026/11/10), with an optional time, or a year and month (2026-07), standing on its own:
// not part of a file name, a reference (PQ-MX-2026-07731) or a longer number. CJK text may touch it.
const isoInText =
  /(?<![A-Za-z0-9_./-])(\d{4})([-/])(\d{1,2})(?:\2(\d{1,2})(?:[T ](\d{1,2}:\d{2})(?::\d{2})?(?![\d:]))?)?(?![A-Za-z0-9_/]|[-/.]\d)/g;

const monthDayFormats = new Map<string, Intl.DateTimeFormat>();
const monthDay = (iso: string, locale: string): string => {
  let format = monthDayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' });
    monthDayFormats.set(locale, format);
  }
  const [y, m, d] = iso.split('-').map(Number);
  return format.format(new Date(Date.UTC(y, m - 1, d)));
};

// ISO days of one year joined by "to", "and", a dash or から, in a list or a pair: the year is written once.
const isoDayPattern = String.raw`(?<![A-Za-z0-9_./-])\d{4}-\d{1,2}-\d{1,2}(?![A-Za-z0-9_/:]|[-/.]\d|[T ]\d)`;
const isoRunInText = new RegExp(
  `(${isoDayPattern}(?:,\\s+${isoDayPattern})*)(,?\\s+(?:to|and|until|through)\\s+|\\s*[–—〜～]\\s*|\\s+-\\s+|から)(${isoDayPattern})`,
  'g',
);
const validIso = ([y, m, d]: number[]) => y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
const isoOf = ([y, m, d]: number[]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * "2026-11-26 to 2026-11-30" -> "November 26 to November 30, 2026" / "26 to 30 November 2026" /
 * "2026年11月26日から11月30日": days of one year in a range or a list name the year once, where the locale puts it.
 */
function runsWithOneYear(text: string, locale: string): string {
  return text.replace(isoRunInText, (whole, firsts: string, joint: string, lastText: string) => {
    const leading = firsts.split(/,\s+/);
    const days = [...leading, lastText].map((iso) => iso.split('-').map(Number));
    if (!days.every(validIso) || days.some((day) => day[0] !== days[0][0])) return whole;
    const separators = firsts.match(/,\s+/g) ?? [];
    const last = days[days.length - 1];
    const long = formatDate(isoOf(days[0]), locale);
    if (/^\d{4}/.test(long)) {
      // The year leads: the first day keeps it, the rest drop it.
      const rest = days.slice(1).map((day) => monthDay(isoOf(day), locale));
      return [long, ...rest].map((part, i) => part + (separators[i] ?? (i === days.length - 2 ? joint : ''))).join('');
    }
    const dayOnly = days.length === 2 && /^\d/.test(long) && days[0][1] === last[1];
    const heads = days.slice(0, -1).map((day) => (dayOnly ? String(day[2]) : monthDay(isoOf(day), locale)));
    return `${heads.map((part, i) => part + (separators[i] ?? '')).join('')}${joint}${formatDate(isoOf(last), locale)}`;
  });
}

/** Case text with its ISO dates written in the letter's long form ("2026-11-10" -> "November 10, 2026"). */
export function longDatesIn(text: string, locale: string, dateTimePattern: string): string {
  return runsWithOneYear(text, locale).replace(
    isoInText,
    (whole, ys: string, sep: string, ms: string, ds: string | undefined, time: string | undefined) => {
      const [y, m, d] = [Number(ys), Number(ms), ds === undefined ? undefined : Number(ds)];
      if (m < 1 || m > 12 || y < 1900 || y > 2200) return whole;
      const month = String(m).padStart(2, '0');
      if (d === undefined) return sep === '-' && ms.length === 2 ? formatMonth(`${ys}-${month}`, locale) : whole;
      if (d < 1 || d > daysIn(y, m)) return whole;
      const iso = `${ys}-${month}-${String(d).padStart(2, '0')}`;
      return time ? fill(dateTimePattern, { date: formatDate(iso, locale), time: time.padStart(5, '0') }) : formatDate(iso, locale);
    },
  );
}

/** Drops the kept formatters (a startup snapshot cannot hold Intl objects). */
export function forgetFormats(): void {
  for (const map of [dateFormats, numberFormats, monthFormats, monthDayFormats]) map.clear();
}
