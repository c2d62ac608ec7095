// Word lists for the content rules live in rules/words.json, one set per letter language; a user can extend them
// per project in an appeal-words.json (per language, or in the older flat form, which is read as English).
// Both files are read when a run starts (not compiled in), so an edit takes effect on the next run; the
// bundled copy only gives the lists' names.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Node } from 'yaml';
import defaults from '../../rules/words.json' with { type: 'json' };
import { packageWordsFile } from '../package-files.js';

/** The name of one list (pleading, blameAmazon, vague, ...). */
export type ListName = keyof typeof defaults.en;

/** The phrase lists of one language, each entry a lower-case phrase. */
export type LanguageWordLists = Record<ListName, string[]>;

/** The phrase lists of every language that has them, by language code (en, ja). */
export type WordLists = Record<string, LanguageWordLists>;

/** The names of the lists, as the English set has them. */
export const listNames = Object.keys(defaults.en) as ListName[];

const languageCode = /^[a-z]{2}$/;

/** Lists with no phrases: what the rules read for a letter language that has no lists of its own. */
export const emptyWordLists = (): LanguageWordLists =>
  Object.fromEntries(listNames.map((name) => [name, []])) as unknown as LanguageWordLists;

/** The lists of a letter language, if it has its own. */
export function wordListsFor(lists: WordLists, language: string): LanguageWordLists | undefined {
  return Object.hasOwn(lists, language) ? lists[language] : undefined;
}

/** What the rules read of the word lists for a letter language: its own lists, or empty ones and the fact. */
export function ruleWords(lists: WordLists, language: string): { words: LanguageWordLists; wordsChecked: boolean } {
  const own = wordListsFor(lists, language);
  return { words: own ?? emptyWordLists(), wordsChecked: !!own };
}

/** The YAML parser (for line and column positions), loaded only when a user word list is read. */
const yamlModule = (): typeof import('yaml') => createRequire(import.meta.url)('yaml') as typeof import('yaml');

/** A user word list that cannot be read; the message names each problem as file:line:column. */
export class WordListError extends Error {}

/**
 * Reads a user word list: `{ "en": { "pleading": [...] }, "ja": {...} }`, or the flat `{ "pleading": [...] }`,
 * which holds English lists. Every problem is reported, each at its line and column.
 */
export function readUserWordLists(file: string, text: string): Record<string, Partial<LanguageWordLists>> {
  const { LineCounter, isMap, isScalar, isSeq, parseDocument } = yamlModule();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, version: '1.2', uniqueKeys: true });
  const problems: string[] = [];
  const at = (node: Node | null | undefined, message: string) => {
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    problems.push(`${file}:${line}:${col}: ${message}`);
  };
  // The first syntax error only: the ones after it follow from it.
  const [syntax] = doc.errors;
  if (syntax) {
    const { line, col } = lineCounter.linePos(syntax.pos[0]);
    throw new WordListError(`${file}:${line}:${col}: not valid JSON: ${syntax.message.split('\n')[0]}`);
  }
  const root = doc.contents;
  if (!isMap(root)) {
    at(root, 'a word list file is an object: { "en": { "pleading": ["..."] } } or { "pleading": ["..."] }');
    throw new WordListError(problems.join('\n'));
  }
  const keyOf = (pair: { key: unknown }) => (isScalar(pair.key) ? String(pair.key.value) : '');
  const flat = root.items.some((p) => (listNames as string[]).includes(keyOf(p)));
  const readLists = (map: Node | null | undefined, where: string): Partial<LanguageWordLists> => {
    const out: Partial<LanguageWordLists> = {};
    if (!isMap(map)) {
      at(map, `${where} is an object of lists: { "pleading": ["..."] }`);
      return out;
    }
    for (const pair of map.items) {
      const name = keyOf(pair);
      if (!(listNames as string[]).includes(name)) {
        at(pair.key as Node, `"${name}" is not a word list; the lists are ${listNames.join(', ')}`);
        continue;
      }
      const value = pair.value as Node | null;
      if (!isSeq(value)) {
        at(value ?? (pair.key as Node), `"${name}" is a list of phrases: ["...", "..."]`);
        continue;
      }
      const phrases: string[] = [];
      for (const item of value.items as (Node | null)[]) {
        if (isScalar(item) && typeof item.value === 'string' && item.value.trim()) phrases.push(item.value.trim().toLowerCase());
        else
          at(
            item,
            `each entry of "${name}" is a phrase in quotes, not ${isScalar(item) ? JSON.stringify(item.value) : 'a list or object'}`,
          );
      }
      out[name as ListName] = phrases;
    }
    return out;
  };
  const result: Record<string, Partial<LanguageWordLists>> = {};
  if (flat) {
    result.en = readLists(root, 'the file');
  } else {
    for (const pair of root.items) {
      const language = keyOf(pair);
      if (!languageCode.test(language)) {
        at(
          pair.key as Node,
          `"${language}" is neither a language code (two lower-case letters: en, ja, de) nor a word list (${listNames.join(', ')})`,
        );
        continue;
      }
      result[language] = readLists(pair.value as Node, `"${language}"`);
    }
  }
  if (problems.length) throw new WordListError(problems.join('\n'));
  return result;
}

/** The lists shipped in the package's rules/words.json. */
function builtInWordLists(file = packageWordsFile()): WordLists {
  return JSON.parse(readFileSync(file, 'utf8')) as WordLists;
}

/** The built-in lists, merged with a project's `appeal-words.json` when one exists in the working folder. */
export function loadWordLists(extraFile = 'appeal-words.json'): WordLists {
  const lists: WordLists = builtInWordLists();
  if (existsSync(extraFile)) {
    const extra = readUserWordLists(extraFile, readFileSync(extraFile, 'utf8'));
    for (const [language, own] of Object.entries(extra)) {
      const base = (lists[language] ??= emptyWordLists());
      for (const name of listNames) if (own[name]) base[name] = [...base[name], ...own[name]];
    }
  }
  return lists;
}
