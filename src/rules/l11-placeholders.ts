import type { Rule } from './types.js';
import { findInLetter, listPhrases, phraseRegExp } from './helpers.js';

// Template placeholders the word list cannot spell out: runs of X inside a token (BXXXXXXXX, XXXX-XX),
// and amounts like $X,X00,000.
const builtIn = ['(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]*x{3,}[\\p{L}\\p{N}]*(?![\\p{L}\\p{N}])', '\\$\\s?x[\\dx,.]*'];
// Clothing sizes (XXL, XXXL, 3XS) are not placeholders.
const size = /^\d*x{2,}[ls]$/i;

// One pattern per word list, compiled once per process (see phraseRegExp).
const patterns = new WeakMap<readonly string[], RegExp>();
function placeholderPattern(listedPhrases: readonly string[]): RegExp {
  let pattern = patterns.get(listedPhrases);
  if (!pattern) {
    const listed = phraseRegExp(listedPhrases);
    pattern = new RegExp([...builtIn, ...(listed ? [listed.source] : [])].join('|'), 'giu');
    patterns.set(listedPhrases, pattern);
  }
  return pattern;
}

/** No unfilled template placeholders (XXX, [insert ...], xx/xx/xxxx, 【...】). */
export const placeholders: Rule = {
  id: 'L11',
  name: 'placeholders',
  severity: 'error',
  description: 'no unfilled placeholders such as XXX, BXXXXXXXX, [insert ...], xx/xx/xxxx, $X,X00,000 or 【】',
  why: 'A placeholder left from a template (XXX, BXXXXXXXX, xx/xx/xxxx, [insert ...]) is a fact the letter does not give; the reviewer sees a letter not written for this case and cannot check it.',
  fix: 'Replace each placeholder with the real value (date, ASIN, name, amount), or remove the sentence.',
  phase: 'letter',
  check(context) {
    const pattern = placeholderPattern(context.words.placeholders);
    return findInLetter(context, pattern, { keep: (m) => !size.test(m.text) }).map((hit) => ({
      path: hit.path,
      message: `the letter contains a placeholder: ${listPhrases(hit.matches)}`,
      note: 'Replace it with the real value (date, ASIN, name, amount) or remove the sentence; a template left unfilled tells the reviewer the letter was not written for this case.',
    }));
  },
  examples: {
    ok: [{ name: 'a clothing size is not a placeholder', edits: [{ path: ['asins', 0, 'title'], value: 'Rain Jacket, size XXXL, navy' }] }],
    notOk: [
      {
        name: 'unfilled ASIN and date',
        messages: ['the letter contains a placeholder: "bxxxxxxxx" and "xx/xx/xxxx"'],
        edits: [{ path: ['corrective_actions', 0, 'action'], value: 'Refunded all orders of ASIN BXXXXXXXX on xx/xx/xxxx.' }],
        at: ['corrective_actions', 0, 'action'],
      },
    ],
  },
};
