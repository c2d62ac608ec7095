import type { Rule } from './types.js';

/** A letter in a language without word lists is not checked for pleading, blame, vagueness or guarantees: say so. */
export const uncheckedLanguage: Rule = {
  id: 'L35',
  name: 'unchecked-language',
  severity: 'warning',
  description: 'the letter is in a language that has word lists, so its wording is checked for pleading, blame, vague words and guarantees',
  why: 'Pleading, blame, vague words and absolute guarantees get appeals rejected in every language, and the rules find them by their word lists. A letter in a language without lists passes those rules unread, which is not the same as passing them.',
  fix: 'Write the letter in a language that has word lists (en, ja), or add lists for this language under its code in appeal-words.json in the folder you run from (the list names are those of rules/words.json), and have a native speaker read the letter for the same faults.',
  phase: 'case',
  check({ case: c, wordsChecked }) {
    if (wordsChecked !== false) return [];
    return [
      {
        path: ['language'],
        message: `the wording of this letter was not checked: no word lists for "${c.language}"`,
        note: `Add a "${c.language}" block to appeal-words.json with the lists of rules/words.json (pleading, blameAmazon, blameOthers, vague, absolute, ...), or have a native speaker read the letter for pleading, blame, vague words and guarantees.`,
      },
    ];
  },
  examples: {
    ok: [
      {
        name: 'a Japanese letter, with the Japanese lists',
        edits: [
          { path: ['language'], value: 'ja' },
          { path: ['marketplace'], value: 'JP' },
        ],
      },
    ],
    notOk: [
      {
        name: 'a Japanese letter when only English lists exist',
        wordLanguages: ['en'],
        messages: ['the wording of this letter was not checked: no word lists for "ja"'],
        edits: [
          { path: ['language'], value: 'ja' },
          { path: ['marketplace'], value: 'JP' },
        ],
        at: ['language'],
      },
    ],
  },
};
