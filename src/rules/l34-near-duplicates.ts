import { stemmer } from 'stemmer';
import type { PathSegment } from '../stages/parse.js';
import type { Finding, Rule } from './types.js';
import { CJK_LETTER } from '../domain/script.js';
import { stopwordLists, stopwordsOf } from '../domain/stopwords.js';

/** Share of words two items have in common (Sørensen-Dice over their sets of content-word stems) at which they repeat each other. */
export const nearDuplicateThreshold = 0.6;
/** Items with fewer content words than this are too short to compare. */
const minWords = 3;

const cjk = CJK_LETTER;
// A word, keeping ids, dates and hyphenated words whole: B0C1234567, 112-3456789-1234567, 2026-10-20, e-mail.
const wordPattern = /[\p{L}\p{N}]+(?:[-./:'’][\p{L}\p{N}]+)*/gu;
// Made on first use: an Intl object cannot be part of a startup snapshot (src/snapshot-entry.ts).
let cjkWords: Intl.Segmenter | undefined;

const stopSets = new Map<string, Set<string>>();

/** English stop words plus those of the letter's language. */
function stopWords(language: string): Set<string> {
  let set = stopSets.get(language);
  if (!set)
    stopSets.set(
      language,
      (set = new Set([...stopwordsOf('eng'), ...(stopwordLists[language] ? stopwordsOf(stopwordLists[language]) : [])])),
    );
  return set;
}

/** The set of content words of a text: lower case, stop words dropped, English words stemmed, CJK runs segmented. */
export function contentWords(text: string, language = 'en'): Set<string> {
  const stop = stopWords(language);
  const words = (text.toLowerCase().match(wordPattern) ?? []).flatMap((w) =>
    cjk.test(w)
      ? [...(cjkWords ??= new Intl.Segmenter('ja', { granularity: 'word' })).segment(w)].filter((s) => s.isWordLike).map((s) => s.segment)
      : [w],
  );
  return new Set(words.filter((w) => !stop.has(w)).map((w) => (/^[a-z]+$/.test(w) ? stemmer(w) : w)));
}

/** Sørensen-Dice coefficient of two word sets: twice the shared words over the words of both. */
export function wordSimilarity(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** Two root causes, corrective actions or preventive measures that say the same thing, flagged at both. */
export const nearDuplicates: Rule = {
  id: 'L34',
  name: 'near-duplicates',
  severity: 'warning',
  description:
    'no two root causes, corrective actions or preventive measures say nearly the same thing (60% or more of their content words in common)',
  why: 'A reviewer reads a repeated item as padding, and a list padded with restatements hides the measures that do the work; Amazon asks for a clear and concise plan.',
  fix: "Merge the two items into one, or rewrite each so it says what it alone does (who, what, how often). Similarity is the Sørensen-Dice coefficient over the two texts' sets of content words (lower case, punctuation and stop words removed, English words stemmed); paraphrases with different words are not caught.",
  phase: 'case',
  check({ case: c }) {
    const input = c.input;
    const lists: { kind: string; items: { id: string; text: string; path: PathSegment[] }[] }[] = [
      {
        kind: 'root cause',
        items: input.root_causes.map((rc, i) => ({ id: rc.id, text: `${rc.title}. ${rc.detail}`, path: ['root_causes', i, 'detail'] })),
      },
      {
        kind: 'corrective action',
        items: input.corrective_actions.map((ca, i) => ({ id: ca.id, text: ca.action, path: ['corrective_actions', i, 'action'] })),
      },
      {
        kind: 'preventive measure',
        items: input.preventive_measures.map((pm, i) => ({ id: pm.id, text: pm.measure, path: ['preventive_measures', i, 'measure'] })),
      },
    ];
    const findings: Finding[] = [];
    for (const { kind, items } of lists) {
      const words = items.map((item) => contentWords(item.text, c.language));
      for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
          if (words[i].size < minWords || words[j].size < minWords) continue;
          const similarity = wordSimilarity(words[i], words[j]);
          if (similarity < nearDuplicateThreshold) continue;
          const share = `${Math.round(similarity * 100)}%`;
          const note = `Merge the two into one ${kind}, or say what each does that the other does not.`;
          findings.push({
            path: items[i].path,
            message: `${kind} ${items[i].id} says nearly the same as ${items[j].id} (${share} of the same words)`,
            note,
          });
          findings.push({
            path: items[j].path,
            message: `${kind} ${items[j].id} says nearly the same as ${items[i].id} (${share} of the same words)`,
            note,
          });
        }
      }
    }
    return findings;
  },
  examples: {
    ok: [
      { name: 'measures on different subjects', edits: [] },
      {
        name: 'a measure that adds to another in other words',
        edits: [
          {
            path: ['preventive_measures', 1, 'measure'],
            value:
              'Every double-wall carton is checked for its moulded insert at packing, and the QC supervisor signs the daily packing log.',
          },
        ],
      },
    ],
    notOk: [
      {
        name: 'a measure that restates another',
        edits: [
          {
            path: ['preventive_measures', 1, 'measure'],
            value:
              'Each dispenser is shipped in a double-wall carton with a moulded pulp insert, and 3 cartons of every batch pass a drop test before sale.',
          },
        ],
        messages: ['preventive measure PM1 says nearly the same as PM2', 'preventive measure PM2 says nearly the same as PM1'],
        at: ['preventive_measures', 0, 'measure'],
      },
    ],
  },
};
