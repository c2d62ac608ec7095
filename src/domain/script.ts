// Which characters are Chinese, Japanese or Korean: the one definition the whole codebase uses.

// Letters: ideographs, kana, Hangul and Bopomofo.
const LETTERS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Bopomofo}';
// CJK punctuation, the prolonged sound mark and full-width forms: set in the CJK font like the letters.
const MARKS = '\\u3000-\\u303f\\u30fb\\u30fc\\uff00-\\uffef';

/** The characters of scripts written without spaces between words (Chinese, Japanese), for a character class. */
export const UNSPACED_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆';
/** CJK punctuation and full-width forms, for a character class. */
export const CJK_MARKS_CLASS = MARKS;
/** One character of a script written without spaces between words. */
export const UNSPACED = new RegExp(`[${UNSPACED_CLASS}]`, 'u');

/** One CJK letter (ideograph, kana, Hangul, Bopomofo): what a word count counts one by one. */
export const CJK_LETTER = new RegExp(`[${LETTERS}]`, 'u');
/** One CJK character, letters and CJK punctuation: set in a CJK font; a line may break on either side. */
export const CJK_CHARACTER = new RegExp(`[${LETTERS}${MARKS}]`, 'u');
/** A run of CJK characters, as a capturing group (for String.split). */
export const CJK_RUN = new RegExp(`([${LETTERS}${MARKS}]+)`, 'u');
/** Maximal pieces a line cannot break inside: one CJK character, or a run of other non-space characters. */
export const UNBREAKABLE_PIECES = new RegExp(`[${LETTERS}${MARKS}]|[^\\s${LETTERS}${MARKS}]+`, 'gu');

export const HAN = /\p{Script=Han}/u;
export const HANGUL = /\p{Script=Hangul}/u;
/** Kana, including the marks shared by both syllabaries. */
export const KANA = /[\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}]/u;

/** CJK letters in text, globally (for counting and replacing). */
export function cjkLetters(): RegExp {
  return new RegExp(CJK_LETTER.source, 'gu');
}

/** Whether a BCP 47 language tag is Chinese, Japanese or Korean. */
export function isCjkLanguage(language: string): boolean {
  return /^(zh|ja|ko)\b/i.test(language);
}
