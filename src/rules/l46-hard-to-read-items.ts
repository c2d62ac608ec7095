import type { PathSegment } from '../stages/parse.js';
import type { Finding, Rule } from './types.js';
import { quoted, sentences } from './helpers.js';
import { CJK_LETTER } from '../domain/script.js';
import { countWords } from '../compose/plain-text.js';

/** Words in one sentence past which a reviewer loses the thread. */
export const longSentenceWords = 60;

// A first word in lower case; not a name written that way on purpose ("iPhone", "eBay").
const lowerStart = /^[\s"'“‘(]*(\p{Ll}[\p{Ll}'’-]*)(?=[^\p{L}]|$)/u;
// A full stop that can fall inside a sentence: an initial or a legal form ("S. de Vries", "Casa Almendro S.L. for",
// "Outdoor B.V. and"), "etc.", "a.m." and a German short date ("from 02.11. until 13.11.2026"): lower case after
// it starts no new sentence.
const midSentenceStop = /(?:(?<![\p{L}\p{N}])(?:\p{Lu}\.)+|\b(?:etc|a\.m|p\.m|approx|incl|cf|ca)\.|(?<![\p{N}.])\d{1,2}\.\d{1,2}\.)\s*$/iu;
/** The first words of a sentence, for the message. */
const opening = (text: string) => {
  const words = text.trim().split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : words.join(' ');
};

/** A root cause, corrective action or preventive measure with a sentence of over 60 words, or one starting in lower case. */
export const hardToReadItems: Rule = {
  id: 'L46',
  name: 'hard-to-read-items',
  severity: 'warning',
  description: `no root cause, corrective action or preventive measure has a sentence of more than ${longSentenceWords} words, starts with a lower-case letter or has a sentence that does (English letters)`,
  why: 'A reviewer has a few minutes for the whole plan. A sentence that runs on past about 60 words loses them before the point, and an item that starts in lower case reads as a fragment pasted from elsewhere.',
  fix: `Split the long sentence into sentences of ${longSentenceWords} words or fewer, one fact each, and start each item and each sentence with a capital letter. Japanese and other texts without spaces between words are not checked.`,
  phase: 'case',
  check({ case: c }) {
    if (c.language !== 'en' && !c.language.startsWith('en-')) return [];
    const input = c.input;
    const items: { name: string; text: string; path: PathSegment[] }[] = [
      ...input.root_causes.flatMap((rc, i) => [
        { name: `root cause ${rc.id}`, text: rc.title, path: ['root_causes', i, 'title'] },
        { name: `root cause ${rc.id}`, text: rc.detail, path: ['root_causes', i, 'detail'] },
      ]),
      ...input.corrective_actions.map((ca, i) => ({
        name: `corrective action ${ca.id}`,
        text: ca.action,
        path: ['corrective_actions', i, 'action'],
      })),
      ...input.preventive_measures.map((pm, i) => ({
        name: `preventive measure ${pm.id}`,
        text: pm.measure,
        path: ['preventive_measures', i, 'measure'],
      })),
    ];
    const findings: Finding[] = [];
    for (const item of items) {
      if (!item.text || CJK_LETTER.test(item.text)) continue;
      const first = lowerStart.exec(item.text)?.[1];
      if (first)
        findings.push({
          path: item.path,
          message: `${item.name} starts with a lower-case letter: ${quoted(opening(item.text))}`,
          note: `Start it with a capital: ${quoted(first.charAt(0).toUpperCase() + first.slice(1))}.`,
        });
      const inner = sentences(item.text)
        .slice(1)
        .find((sentence) => lowerStart.test(sentence.text) && !midSentenceStop.test(item.text.slice(0, sentence.index)));
      if (inner) {
        const lower = lowerStart.exec(inner.text)![1];
        findings.push({
          path: item.path,
          message: `${item.name} has a sentence that starts with a lower-case letter: ${quoted(opening(inner.text))}`,
          note: `Start it with a capital (${quoted(lower.charAt(0).toUpperCase() + lower.slice(1))}), or join it to the sentence before if it continues that one.`,
        });
      }
      for (const sentence of sentences(item.text)) {
        const count = countWords(sentence.text);
        if (count <= longSentenceWords) continue;
        findings.push({
          path: item.path,
          message: `${item.name} has a sentence of ${count} words: ${quoted(opening(sentence.text))}`,
          note: `Split it into sentences of ${longSentenceWords} words or fewer, one fact each.`,
        });
      }
    }
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'a German short date inside a sentence',
        edits: [
          {
            path: ['root_causes', 0, 'detail'],
            value: 'From 02.11. until 13.11.2026 the 3PL interface dropped 41 orders with two parcels.',
          },
        ],
      },
      {
        name: 'short sentences, each starting with a capital',
        edits: [
          {
            path: ['root_causes', 0, 'detail'],
            value:
              'Between 2026-09-01 and 2026-10-15, 14 parcels of B0C1234567 broke in transit. The single-wall cartons had no insert. Order 112-3456789-1234567 is one of them.',
          },
        ],
      },
      {
        name: 'a full stop inside a sentence ("etc.", "a.m.") is followed by lower case',
        edits: [
          {
            path: ['root_causes', 0, 'detail'],
            value:
              'Cartons, tape etc. were checked only once a day. The carrier collected at 11 a.m. and the last parcels waited a day. The photos of Casa Almendro S.L. were used by S. de Vries for the images.',
          },
        ],
      },
      {
        name: 'a name written in lower case on purpose',
        edits: [{ path: ['corrective_actions', 0, 'action'], value: 'eBay and iPhone buyers were refunded in full on 2026-10-20.' }],
      },
      {
        name: 'a Japanese letter is not checked',
        edits: [
          { path: ['language'], value: 'ja' },
          { path: ['corrective_actions', 0, 'action'], value: 'refunded all 14 orders of B0C1234567 in full on 2026-10-20.' },
        ],
      },
    ],
    notOk: [
      {
        name: 'a lower-case run-on root cause (the hengda case of unseen-4)',
        messages: [
          'root cause RC1 starts with a lower-case letter: "from batch HD-2609 which we received 9/12/2026 the …"',
          'root cause RC1 has a sentence of 75 words: "from batch HD-2609 which we received 9/12/2026 the …"',
        ],
        edits: [
          {
            path: ['root_causes', 0, 'detail'],
            value:
              'from batch HD-2609 which we received 9/12/2026 the factory changed the rivet supplier and the armrest rivet was 2.5mm not 3.2mm so after some use the armrest become loose and 2 buyers left negative feedback and 2 buyers opened A-to-z claim because they ask for return label and our reply was late, we did not know the rivet was changed because factory did not tell us and our inspection only open and close the chair.',
          },
        ],
        at: ['root_causes', 0, 'detail'],
      },
      {
        name: 'a lower-case item with a lower-case sentence inside (the ashgrove case of unseen-4)',
        messages: [
          'root cause RC1 starts with a lower-case letter: "our 3PL receives returns from self-ship orders. from …"',
          'root cause RC1 has a sentence that starts with a lower-case letter: "from 2026-10-01 a new picker put 7 returned …"',
        ],
        edits: [
          {
            path: ['root_causes', 0, 'detail'],
            value:
              'our 3PL receives returns from self-ship orders. from 2026-10-01 a new picker put 7 returned grinders with coffee residue back into new stock; 2 reached buyers as new.',
          },
        ],
        at: ['root_causes', 0, 'detail'],
      },
      {
        name: 'an item that starts in lower case',
        messages: ['corrective action CA1 starts with a lower-case letter: "refunded all 14 orders of B0C1234567 in full …"'],
        edits: [{ path: ['corrective_actions', 0, 'action'], value: 'refunded all 14 orders of B0C1234567 in full on 2026-10-20.' }],
        at: ['corrective_actions', 0, 'action'],
      },
      {
        name: 'a sentence of more than 60 words',
        messages: ['root cause RC2 has a sentence of 70 words: "From 2026-10-01 to 2026-10-07 nobody was assigned to …"'],
        edits: [
          {
            path: ['root_causes', 1, 'detail'],
            value:
              'From 2026-10-01 to 2026-10-07 nobody was assigned to the inbox because the agent who answered buyer messages had left the company at the end of September and the store manager, who believed that the warehouse team had taken over the inbox, did not check it, so 22 messages waited more than 48 hours and the buyer of order 113-7654321-7654321, who had asked twice about a broken dispenser, left negative feedback.',
          },
        ],
        at: ['root_causes', 1, 'detail'],
      },
    ],
  },
};
