// The wording of a language: templates/<lang>/strings.json, shaped as the English file. Every language file
// has the English file's keys (a test keeps them in step), and a loaded set falls back to English per key.
import type english from '../../templates/en/strings.json';

/** A strings file: every group and key of templates/en/strings.json. */
export type Strings = typeof english;

/** The text of `key` in a group of strings, or undefined when the group has no such key. */
export function stringIn(group: Record<string, unknown> | undefined, key: string | undefined | null): string | undefined {
  const value = key ? group?.[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** The label of an evidence kind in the letter's language ("supplier-invoice" -> "Supplier invoice" when none). */
export function evidenceKindLabel(kind: string, strings: Strings): string {
  const label = stringIn(strings.evidenceKinds, kind);
  if (label) return label;
  const words = kind.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
