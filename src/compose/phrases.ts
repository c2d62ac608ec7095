// Small joins of case text into the letter's sentences: lists read aloud, a summary introduced in the letter's
// voice, a label that would repeat its value, an aside that would nest brackets.
import { NBSP } from './format.js';

/** How a language joins list items: ", " and " and " in English, "、" in Japanese. */
export interface ListStyle {
  separator: string;
  lastSeparator: string;
}

/**
 * "A", "A and B", "A, B and C", with a non-breaking space after the last joining word, so that a label
 * and its first item ("Exhibit A", "root cause 2") and the last pair ("and C") are not split across lines.
 */
export function spokenList(items: string[], style: ListStyle): string {
  if (items.length < 2) return items[0] ?? '';
  const last = style.lastSeparator.endsWith(' ') ? `${style.lastSeparator.slice(0, -1)}${NBSP}` : style.lastSeparator;
  return `${items.slice(0, -1).join(style.separator)}${last}${items[items.length - 1]}`;
}

/** A label and what it labels, kept on one line where a space joins them: "Exhibit A", "root causes 1 and 2". */
export const labelled = (label: string, value: string): string => (value ? `${label}${NBSP}${value}` : label);

/** `text (extra)` in the language's brackets, or `text, extra` when either already has brackets, so none nest. */
export function aside(text: string, extra: string | null | undefined, style: { open: string; close: string; flat: string }): string {
  if (!extra) return text;
  const brackets = /[()（）]/;
  return brackets.test(extra) || /[)）]$/.test(text) ? `${text}${style.flat}${extra}` : `${text}${style.open}${extra}${style.close}`;
}

/**
 * A value printed after a label and its colon, without a colon of its own: "Cosmetics: tooth whitening" ->
 * "Cosmetics (tooth whitening)" where it splits cleanly in two, else each inner colon becomes `dash`. A colon
 * not followed by a space ("10:00", "https://") is not a separator and stays.
 */
export function labelValue(value: string, style: { open: string; close: string; flat: string }, dash: string): string {
  const separator = /\s*(?::\s+|：\s*)/g;
  const parts = value.split(separator);
  if (parts.length < 2) return value;
  const [head, tail] = parts.map((p) => p.trim());
  if (parts.length === 2 && head && tail && !/[()（）]/.test(value)) return aside(head, tail, style);
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(dash);
}

/**
 * "Megan Alvarez, Owner" or "Fang Jun (Owner)" under the label "Owner" -> the name alone: a part that only repeats
 * the label is dropped.
 */
export function withoutLabel(value: string, label: string): string {
  const same = (text: string) => text.trim().toLowerCase() === label.trim().toLowerCase();
  // "Fang Jun (Owner)" after "Owner:" is "Fang Jun".
  const bracketed = /^(.+?)\s*[(（]([^()（）]+)[)）]$/.exec(value);
  if (bracketed && same(bracketed[2])) return bracketed[1];
  const parts = value.split(/,\s*/);
  const kept = parts.filter((part, i) => i === 0 || !same(part));
  return kept.length === parts.length ? value : kept.join(', ');
}

/** A value that already carries its own label ("WeChat: topstar", "Alipay account name: Lei"): no second label. */
export const carriesLabel = (value: string): boolean => /^[^:：]{1,40}[:：]\s*\S/.test(value);

// Words that may open a summary and read lower-case after "The notice says that": articles, pronouns,
// numbers and prepositions always, the common nouns of a notice unless they open a name. Anything else (a
// brand, a feature such as Buyer-Seller Messages, Amazon) keeps its capital.
const functionWords = new Set(
  'the our a an this these that those its their all some several one two three four five six seven eight nine ten multiple following after because due since during under in on for per as from within over at by with without between'.split(
    ' ',
  ),
);
// Common nouns lowered only where they do not open a name ("Product Detail Page abuse", "Account Health Rating").
const commonNouns = new Set(
  'buyers buyer customers customer listing listings selling seller-fulfilled merchant-fulfilled self-fulfilled self-ship self-shipped disbursements funds items item products product shipments email e-mail account accounts orders order reviews review inventory units'.split(
    ' ',
  ),
);

// Words that keep their capital wherever they stand.
const properAlways = new Set(['amazon', 'i', 'fba', 'asin']);

/**
 * The first word in lower case when it is an ordinary word ("The listing ..." -> "the listing ..."): one of the
 * common words above, or a word the case also writes in lower case (`writtenLower`) that does not open a
 * capitalised name ("Account was deactivated" -> "account was ...", but "Brand Registry rejected ..." stays).
 */
export function lowerFirst(text: string, writtenLower?: (word: string) => boolean): string {
  const first = /^[A-Za-z][A-Za-z-]*/.exec(text)?.[0];
  if (!first || first[0] !== first[0].toUpperCase() || first.slice(1) !== first.slice(1).toLowerCase()) return text;
  const word = first.toLowerCase();
  const lower = () => word + text.slice(first.length);
  if (functionWords.has(word)) return lower();
  // A capitalised word next ("Product Detail Page", "Account Health") makes the first word part of a name; a code,
  // a number or a lower-case word does not.
  const next = /^\s+(\S+)/.exec(text.slice(first.length))?.[1];
  const opensName = !next || /^\p{Lu}\p{Ll}/u.test(next);
  if (opensName || properAlways.has(word)) return text;
  return commonNouns.has(word) || writtenLower?.(word) ? lower() : text;
}

/** A test for words the text writes in lower case somewhere (not at the start of a sentence). */
export function lowerCaseWordsOf(text: string): (word: string) => boolean {
  const words = new Set(text.match(/(?<![\p{L}\p{N}-])\p{Ll}[\p{Ll}-]*/gu) ?? []);
  return (word) => words.has(word);
}

// Nouns a notice headline opens with, without their article.
const headlineNouns = new Set(
  'account application listing offer brand payment disbursement shipment product item request appeal store registration'.split(' '),
);

/** "Selling privileges removed because ..." (a headline without its verb) -> "Selling privileges were removed because ...". */
export function completeHeadline(text: string): string {
  const m =
    /^([A-Z][\w' -]{0,60}?) (removed|deactivated|suspended|restricted|revoked|held|rejected|blocked|closed|withheld|cancelled|canceled)(?:,| (?:because|after|for|due|as|on|until|pending)\b|\.$)/.exec(
      text,
    );
  if (!m || /\b(is|are|was|were|has|have|had|been|be)\b/i.test(m[1])) return text;
  const plural = /s$/i.test(m[1].trim().split(' ').pop() ?? '');
  // "Account deactivated": a headline drops the article the sentence needs ("The account was deactivated").
  const first = m[1].split(' ')[0];
  const subject = !plural && headlineNouns.has(first.toLowerCase()) ? `The ${first.toLowerCase()}${m[1].slice(first.length)}` : m[1];
  return `${subject} ${plural ? 'were' : 'was'} ${text.slice(m[1].length + 1)}`;
}

/**
 * "A rejected, the images show B." -> ["A rejected.", "the images show B."]: a headline (a subject and its verb
 * without "was") spliced by a comma to a clause with its own subject; other text stays one sentence.
 */
export function splicedSentences(text: string): string[] {
  const m =
    /^([A-Z][\w' -]{0,60}? (?:removed|deactivated|suspended|restricted|revoked|held|rejected|blocked|closed|withheld|cancelled|canceled)),\s+(?=(?:the|our|we|it|they|this|these|those|its|their)\s)/.exec(
      text,
    );
  return m && !/\b(is|are|was|were|has|have|had|been|be)\b/i.test(m[1]) ? [`${m[1]}.`, text.slice(m[0].length)] : [text];
}

/**
 * "Warning about the number of buyers ..." (a notice named by its kind, with no verb) -> "a warning about the
 * number of buyers ...", to follow "The notice is"; undefined for a summary that is a sentence.
 */
export function kindHeadline(text: string): string | undefined {
  const m = /^(Warning|Notice|Notification|Alert|Reminder)\s+(?=(?:about|under|for|regarding|concerning|of|on|that)\b)/.exec(text);
  if (!m) return undefined;
  const word = m[1].toLowerCase();
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}${text.slice(m[1].length)}`;
}

/**
 * Whether a notice summary is written in Amazon's voice ("Your account has been deactivated", "We removed the
 * listing ..."), so that the letter quotes it, rather than reported by the seller ("Our account is under review").
 */
export function inAmazonsVoice(summary: string): boolean {
  if (/\b(you|your|yours)\b/i.test(summary)) return true;
  // "... is against our Condition Guidelines": Amazon naming its own rules, which a seller would call Amazon's.
  if (/\bour\s+(?:[A-Z][\w-]*\s+)*(?:[Pp]olic(?:y|ies)|[Gg]uidelines|[Tt]erms|[Ss]tandards|[Tt]argets?)\b/.test(summary)) return true;
  return /^We\b/.test(summary.trim()) && !/\b(our|ours|us)\b/i.test(summary);
}

/** An amount of money named in a text ("USD 18,430.55", "€ 1.200,00"), or undefined. */
export function amountIn(text: string): string | undefined {
  return /\b(?:USD|EUR|GBP|JPY|CAD|AUD|MXN|BRL|INR|SGD|AED|SAR|EGP|SEK|PLN|TRY|CNY)\s?\d[\d,.]*\d|[$€£¥]\s?\d[\d,.]*\d/.exec(text)?.[0];
}

/** Straight double quotes inside a quotation turned into single curly quotes, so the quotation's own marks stay clear. */
export const innerQuotes = (text: string): string => text.replace(/"([^"]*)"/g, '‘$1’').replace(/“([^”]*)”/g, '‘$1’');

/** A Japanese quotation's inner 「」 as 『』, and no full stop before the closing bracket. */
export const japaneseQuotation = (text: string): string =>
  text
    .replace(/「/g, '『')
    .replace(/」/g, '』')
    .replace(/[。．.]\s*$/, '');

const restatementFillers = new Set(
  'the a an our this these that those its their of for to in on and with one two three four five six seven eight nine ten'.split(' '),
);
const stem = (word: string) =>
  word
    .toLowerCase()
    .replace(/[^\p{L}\p{N}-]/gu, '')
    .replace(/s$/, '');

/**
 * The ids of a sentence that is only a label and ids ("ASIN: B0X, B0Y." "Complaint ID 7730418826."), or undefined
 * for any other sentence.
 */
export function labelledIds(sentence: string): string[] | undefined {
  const m =
    /^(?:ASINs?|Complaint(?: ID)?|Reference|Case(?: ID)?|Notice(?: ID)?|Order(?: IDs?)?|Orders)(?: number| no\.| #)?:?\s+((?:[A-Z0-9][A-Z0-9-]{4,})(?:\s*(?:,|\band\b)\s*[A-Z0-9][A-Z0-9-]{4,})*)\.?$/i.exec(
      sentence.trim(),
    );
  return m ? m[1].split(/\s*(?:,|\band\b)\s*/i) : undefined;
}

/** The sentences of a summary (split after . ! ? before a capital). */
export const sentencesOf = (summary: string): string[] => summary.trim().split(/(?<=[.!?])\s+(?=[A-Z])/);

/**
 * Whether a sentence only restates the notice the letter has just named ("Listing B0X has been removed." after
 * "removing our listing for ASIN B0X"): its subject's words are all in `said`, and it says nothing more.
 */
export function restatesNotice(sentence: string, said: string): boolean {
  const m =
    /^(.+?)\s+(?:was|were|has been|have been|had been|is|are)\s+(?:removed|deactivated|suspended|restricted|revoked|held|closed|blocked|withheld|put on hold)\.?$/.exec(
      sentence.trim(),
    );
  if (!m) return false;
  const known = new Set(said.split(/\s+/).map(stem));
  return m[1]
    .split(/\s+/)
    .map(stem)
    .filter(Boolean)
    .every((w) => known.has(w) || restatementFillers.has(w) || w === 'asin');
}

/**
 * A summary whose first sentence only restates the notice the letter has just named ("The listing for ASIN X
 * was removed because buyers reported ...") reduced to its reason and what follows: { reason, because, rest }.
 * Undefined when the sentence says more than the restatement (a scope, a date) or gives no "because".
 */
export function reasonAfterRestatement(
  summary: string,
  said: string,
): { reason: string; causal: 'that' | 'noun'; rest: string } | undefined {
  const [first, ...rest] = summary.trim().split(/(?<=[.!?])\s+(?=[A-Z])/);
  const m =
    /^(.+?)\s+(?:was|were|has been|have been|had been|is|are)\s+(?:removed|deactivated|rejected|suspended|restricted|revoked|held|closed|blocked|withheld|put on hold|placed under review)\s+(because of|because|due to)\s+(.+)$/s.exec(
      first,
    );
  if (!m || /^(it|they|this|these|those)\b/i.test(m[3])) return undefined;
  const known = new Set(said.split(/\s+/).map(stem));
  const subject = m[1].split(/\s+/).map(stem).filter(Boolean);
  if (!subject.every((w) => known.has(w) || restatementFillers.has(w))) return undefined;
  return { reason: m[3], causal: m[2] === 'because' ? 'that' : 'noun', rest: rest.join(' ') };
}
