// Stop words per language (the stopword package), and what they tell about the language a text is written in.
import { createRequire } from 'node:module';

/** ISO 639-1 letter languages -> the stopword package's ISO 639-3 lists. */
export const stopwordLists: Record<string, string> = {
  ja: 'jpn',
  zh: 'zho',
  ko: 'kor',
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
  nl: 'nld',
  pt: 'por',
  sv: 'swe',
  pl: 'pol',
  tr: 'tur',
  ar: 'ara',
};

// The stopword package holds 62 languages' lists (about 50 ms to load): loaded on first use, so commands that
// check no case do not pay for it.
let stopwordPackage: Record<string, string[] | undefined> | undefined;
export const stopwordsOf = (code: string): string[] =>
  (stopwordPackage ??= createRequire(import.meta.url)('stopword') as Record<string, string[] | undefined>)[code] ?? [];

// The languages of Amazon's Latin-script storefronts other than English.
const latinStorefronts = ['deu', 'fra', 'spa', 'ita', 'nld', 'por', 'swe', 'pol', 'tur'];
let english: Set<string> | undefined;
let otherLatin: Set<string> | undefined;
// Words of two letters or more standing alone: not the letters of an id such as B0DH7TQ2MX.
const standaloneWord = /(?<![\p{L}\p{N}])\p{L}{2,}(?![\p{L}\p{N}])/gu;

/**
 * Whether a text is written in a language other than English: mostly letters of another script (Arabic, Japanese),
 * or at least three stop words of a European storefront's language and more of them than English ones
 * ("Eliminamos el siguiente contenido porque ...").
 */
export function writtenInOtherLanguage(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const latin = letters.filter((ch) => /\p{Script=Latin}/u.test(ch)).length;
  if (letters.length && latin < letters.length / 2) return true;
  english ??= new Set(stopwordsOf('eng'));
  otherLatin ??= new Set(latinStorefronts.flatMap(stopwordsOf).filter((w) => !english!.has(w)));
  let ours = 0;
  let theirs = 0;
  for (const word of text.toLowerCase().match(standaloneWord) ?? []) {
    if (english.has(word)) ours++;
    else if (otherLatin.has(word)) theirs++;
  }
  return theirs >= 3 && theirs > ours;
}
