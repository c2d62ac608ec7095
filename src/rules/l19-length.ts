import { countWords } from '../compose/plain-text.js';
import { defaultSectionCharLimit } from '../domain/channels.js';
import type { Finding, Rule } from './types.js';
import { sectionSource } from './helpers.js';

/** Default word budget of a letter; letter.max_words overrides it. */
export const defaultMaxWords = 1000;

/**
 * Budget of a Japanese, Chinese or Korean letter, where every ideograph, kana or Hangul syllable counts as a
 * word (as word processors count them): about 2.5 characters carry what one English word does.
 */
export const defaultMaxCjkCharacters = 2500;
const cjkLanguages = new Set(['ja', 'zh', 'ko']);

/** Words a reviewer reads in a section: tables and the exhibit list are reference, scanned rather than read. */
export function readingWords(key: string, text: string): number {
  const lines = text.split('\n').filter((line) => !line.includes(' | ') && !(key === 'evidence' && line.startsWith('- ')));
  return countWords(lines.join('\n'));
}

/** The letter is short enough to read in a few minutes; pasted sections fit the form's limit when one is set. */
export const length: Rule = {
  id: 'L19',
  name: 'length',
  severity: 'warning',
  description:
    'the letter text (without tables and exhibit list) stays within letter.max_words (default 1000); sections fit submission.section_char_limit',
  why: "Amazon asks for a clear and concise plan, and a reviewer spends a few minutes on it; appeal forms with a field per section limit each field's length.",
  fix: 'Keep to facts, one sentence per point, and move detail into the evidence. Raise letter.max_words when Amazon asked for detail; shorten a section that does not fit the form, or paste the rest as an attachment.',
  phase: 'letter',
  check({ case: c, letter }) {
    if (!letter) return [];
    const findings: Finding[] = [];
    const max = c.input.letter?.max_words ?? (cjkLanguages.has(c.language) ? defaultMaxCjkCharacters : defaultMaxWords);
    const counts = Object.entries(letter.sections).map(([key, text]) => ({ key, words: readingWords(key, text) }));
    const words = counts.reduce((sum, s) => sum + s.words, 0);
    if (words > max) {
      const longest = counts
        .sort((a, b) => b.words - a.words)
        .slice(0, 3)
        .map((s) => `${s.key} ${s.words}`)
        .join(', ');
      // Far above the budget is still a warning: Amazon asks for concise letters but does not reject long ones.
      const far = words > max * 1.5;
      findings.push({
        path: ['letter', 'max_words'],
        message: `the letter has ${words} words to read (tables and the exhibit list not counted), ${far ? 'far ' : ''}above the ${max}-word budget`,
        note: `A reviewer spends a few minutes on an appeal; keep to facts, one sentence per point, and move detail into the evidence. Longest sections (words): ${longest}.`,
      });
    }
    const limit = c.input.submission?.section_char_limit ?? defaultSectionCharLimit;
    if (limit) {
      for (const [key, text] of Object.entries(letter.sections)) {
        if ([...text].length > limit) {
          findings.push({
            path: sectionSource(key),
            message: `the ${key} section has ${[...text].length} characters, more than the ${limit} the form takes`,
            note: 'Shorten it, or paste the rest as an attachment.',
          });
        }
      }
    }
    return findings;
  },
  examples: {
    ok: [{ name: 'a short letter', edits: [] }],
    notOk: [
      {
        name: 'more than 1.5 times a small budget',
        messages: ['far above the 100-word budget'],
        edits: [{ path: ['letter', 'max_words'], value: 100 }],
        at: ['letter', 'max_words'],
      },
      {
        name: 'sections too long to paste',
        messages: ['the measures section has 610 characters, more than the 600 the form takes'],
        edits: [{ path: ['submission', 'section_char_limit'], value: 600 }],
        at: ['preventive_measures'],
      },
    ],
  },
};
