// Word lists for the content rules live in rules/words.json; a user can extend them per project.
import { readFileSync, existsSync } from 'node:fs';
import defaults from '../../rules/words.json' with { type: 'json' };

/** Phrase lists the rules look for, each entry a lower-case phrase. */
export type WordLists = Record<keyof typeof defaults, string[]>;

/** The built-in lists, merged with a project's `appeal-words.json` when one exists in the working folder. */
export function loadWordLists(extraFile = 'appeal-words.json'): WordLists {
  const lists: WordLists = structuredClone(defaults);
  if (existsSync(extraFile)) {
    const extra = JSON.parse(readFileSync(extraFile, 'utf8')) as Partial<WordLists>;
    for (const key of Object.keys(lists) as (keyof WordLists)[]) {
      if (Array.isArray(extra[key])) lists[key] = [...lists[key], ...extra[key]!.map((w) => String(w).toLowerCase())];
    }
  }
  return lists;
}
