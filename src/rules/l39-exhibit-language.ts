import type { CaseEdit, Finding, Rule } from './types.js';

// The examples' translation of E1 (the refund records), enclosed as E4.
const translationE4 = (title: string, more: Record<string, unknown> = {}): CaseEdit => ({
  path: ['evidence'],
  append: true,
  value: { id: 'E4', title, file: 'evidence/refunds.pdf', kind: 'refund-or-replacement-records', translation_of: 'E1', ...more },
});

/** An exhibit in another language than the letter's comes with a translation into the letter's language. */
export const exhibitLanguage: Rule = {
  id: 'L39',
  name: 'exhibit-language',
  severity: 'warning',
  description:
    "an exhibit whose language differs from the letter's has a translation exhibit (translation_of: its id) in the letter's language",
  why: "The reviewer reads the letter's language and checks each exhibit against it: an invoice or a report they cannot read proves nothing to them, and Amazon rejects documents it cannot verify.",
  fix: "Enclose a translation of the document in the letter's language as its own evidence item, with translation_of: set to the original's id (and language: if it is not the letter's); the original stays enclosed.",
  phase: 'case',
  check({ case: c }) {
    const findings: Finding[] = [];
    const letterLanguage = c.language;
    const languageOf = (e: (typeof c.exhibits)[number]) => e.language ?? letterLanguage;
    for (const e of c.exhibits) {
      if (e.translation_of) {
        if (languageOf(e) !== letterLanguage) {
          findings.push({
            path: ['evidence', e.index, 'language'],
            message: `translation ${e.id} is in "${languageOf(e)}", not the letter's language "${letterLanguage}"`,
            note: `A translation helps the reviewer only in the letter's language; enclose one in "${letterLanguage}".`,
          });
        }
        continue;
      }
      if (languageOf(e) === letterLanguage) continue;
      const translated = c.exhibits.some((t) => t.translation_of === e.id && languageOf(t) === letterLanguage);
      if (!translated) {
        findings.push({
          path: ['evidence', e.index, 'language'],
          message: `evidence ${e.id} is in "${e.language}", not the letter's language "${letterLanguage}", and has no translation`,
          note: `Add a translation into "${letterLanguage}" as its own evidence item with translation_of: ${e.id}; keep the original enclosed.`,
        });
      }
    }
    return findings;
  },
  examples: {
    ok: [
      {
        name: 'a Chinese invoice with its English translation',
        edits: [{ path: ['evidence', 0, 'language'], value: 'zh' }, translationE4('English translation of the refund records')],
      },
    ],
    notOk: [
      {
        name: 'a German document in an English letter',
        messages: ['evidence E2 is in "de", not the letter\'s language "en", and has no translation'],
        edits: [{ path: ['evidence', 1, 'language'], value: 'de' }],
        at: ['evidence', 1, 'language'],
      },
      {
        name: 'a translation into a third language',
        messages: [
          'evidence E1 is in "zh", not the letter\'s language "en", and has no translation',
          'translation E4 is in "fr", not the letter\'s language "en"',
        ],
        edits: [{ path: ['evidence', 0, 'language'], value: 'zh' }, translationE4('Traduction des remboursements', { language: 'fr' })],
        at: ['evidence', 0, 'language'],
      },
    ],
  },
};
