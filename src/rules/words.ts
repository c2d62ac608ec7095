// Word lists for the content rules live in rules/words.json; a user can extend them per project.
// Both files are read when a run starts (not compiled in), so an edit takes effect on the next run.
import { readFileSync, existsSync } from 'node:fs';
import type defaults from '../../rules/words.json';
import { packageWordsFile } from '../package-files.js';

/** Phrase lists the rules look for, each entry a lower-case phrase. */
export type WordLists = Record<keyof typeof defaults, string[]>;

/** The lists shipped in the package's rules/words.json. */
function builtInWordLists(file = packageWordsFile()): WordLists {
  return JSON.parse(readFileSync(file, 'utf8')) as WordLists;
}

/** The built-in lists, merged with a project's `appeal-words.json` when one exists in the working folder. */
export function loadWordLists(extraFile = 'appeal-words.json'): WordLists {
  const lists: WordLists = builtInWordLists();
  if (existsSync(extraFile)) {
    const extra = JSON.parse(readFileSync(extraFile, 'utf8')) as Partial<WordLists>;
    for (const key of Object.keys(lists) as (keyof WordLists)[]) {
      if (Array.isArray(extra[key])) lists[key] = [...lists[key], ...extra[key]!.map((w) => String(w).toLowerCase())];
    }
  }
  return lists;
}
