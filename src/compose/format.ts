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

/** Formats a number in the locale, with up to two decimals. */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
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
