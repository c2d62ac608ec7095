// Calendar arithmetic on ISO dates (YYYY-MM-DD) and date-times (YYYY-MM-DD HH:MM): UTC days, never the clock.

const dayMs = 86_400_000;

/** An ISO date as a UTC day number (days since 1970-01-01). */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return Date.UTC(y, m - 1, d) / dayMs;
}

/** A UTC day number back to an ISO date. */
export const isoDate = (day: number): string => new Date(day * dayMs).toISOString().slice(0, 10);

/** Whether an ISO date falls on a Saturday or a Sunday. */
export const isWeekend = (iso: string): boolean => [0, 6].includes(new Date(dayNumber(iso) * dayMs).getUTCDay());

/** Calendar days from one ISO date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** The ISO date `n` calendar days after (or before, when negative) another. */
export const addDays = (iso: string, n: number): string => isoDate(dayNumber(iso) + n);

/** The date `n` working days (Monday to Friday) after an ISO date; public holidays are not known. */
export function addWorkingDays(iso: string, n: number): string {
  let day = iso.slice(0, 10);
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (!isWeekend(day)) left -= 1;
  }
  return day;
}

/** A "YYYY-MM-DD HH:MM" (or with T) date-time as minutes since 1970, in whatever time zone the case uses. */
export function minutesOf(dateTime: string): number {
  const [date, time = '00:00'] = dateTime.trim().split(/[T ]/);
  // The wall-clock time of the case; seconds and a UTC offset (10:00:00+02:00) do not move it.
  const [, h = '0', min = '0'] = /^(\d{1,2}):(\d{2})/.exec(time) ?? [];
  return dayNumber(date) * 1440 + Number(h) * 60 + Number(min);
}

/** Minutes since 1970 back to "YYYY-MM-DD HH:MM". */
export function dateTimeOf(minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const rest = minutes - day * 1440;
  return `${isoDate(day)} ${String(Math.floor(rest / 60)).padStart(2, '0')}:${String(rest % 60).padStart(2, '0')}`;
}

/** A date-time `hours` earlier, as "YYYY-MM-DD HH:MM" (the 48-hour reschedule limit). */
export const hoursBefore = (dateTime: string, hours: number): string => dateTimeOf(minutesOf(dateTime) - hours * 60);

/** A document's fixed creation date: the letter date at noon UTC (never the clock). */
export const documentDate = (letterDate: string): Date => new Date(`${letterDate}T12:00:00Z`);

// An ISO day standing on its own (2026-11-20, 2026/11/20): not part of a reference or a longer number.
const isoDayInText = /(?<![A-Za-z0-9_./-])(\d{4})([-/])(\d{2})\2(\d{2})(?![A-Za-z0-9_/]|[-/.]\d)/g;
// A sentence that speaks of what is still to come: "will", "is planned for", "予定", "までに".
const futureSentence = /\b(?:will|shall|going to|plan(?:s|ned)?|schedul\w*|expect\w*|due|next|upcoming)\b|予定|見込|までに/i;
// A word before a day that makes it a limit, a start, a booking or an estimate: "until", "by", "starting", "booked
// for", "about".
const limitBefore =
  /\b(?:until|till|by|before|ends?|ending|start|starts|starting|effective|deadline|no later than|for|about|around|approximately)\s+(?:on\s+)?$/i;
// A Japanese limit after the day: "2026-12-11まで".
const limitAfter = /^(?:まで|以降|から開始)/;

/**
 * The ISO days a text tells as past: those in a sentence that speaks of no future, not given as a limit ("until
 * 2026-12-11") or a start still ahead ("starting 2026-12-01").
 */
export function pastDaysInText(text: string): string[] {
  const days: string[] = [];
  for (const sentence of text.split(/(?<=[.!?。！？])\s*/)) {
    if (futureSentence.test(sentence)) continue;
    for (const m of sentence.matchAll(isoDayInText)) {
      if (limitBefore.test(sentence.slice(0, m.index)) || limitAfter.test(sentence.slice(m.index + m[0].length))) continue;
      const iso = `${m[1]}-${m[3]}-${m[4]}`;
      if (isoDate(dayNumber(iso)) === iso) days.push(iso);
    }
  }
  return days;
}
