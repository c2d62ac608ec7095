import type { Finding, Rule } from './types.js';
import { caseTexts, quoted } from './helpers.js';

// "Exhibit C", "Exhibits A, B and D", "Annex 2", "Attachment E3": a reference to an enclosed document in the case text.
const token = '(?:[A-Z]{1,2}\\d{0,3}|\\d{1,3})';
const citation = new RegExp(
  `\\b(?:[Ee]xhibits?|[Aa]nnex(?:es)?|[Aa]ppendi(?:x|ces)|[Aa]ttachments?)\\s+(${token}(?:\\s*(?:,|and|&|or)\\s*${token})*)(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * Every exhibit the case text cites exists, and every evidence item supports something the letter says
 * (all items are listed in the index; one nothing cites is a document the reviewer cannot place).
 */
export const evidenceCited: Rule = {
  id: 'L15',
  name: 'evidence-cited',
  severity: 'warning',
  description:
    'every exhibit cited in the text ("Exhibit C", "Annex 2") exists; every evidence item is cited by a root cause, ground, action, measure or detail',
  why: 'Amazon asks for supporting evidence for all items. A letter that cites an exhibit it does not enclose claims proof it does not give, and a document nothing cites is one the reviewer cannot place.',
  fix: 'Cite evidence by linking it (evidence: [E1]) so the letter prints the exhibit label; cite labels in text only for exhibits that exist. Add each evidence item to the root cause, action or measure it proves.',
  phase: 'case',
  check({ case: c }) {
    const findings: Finding[] = [];
    const known = new Set(c.exhibits.flatMap((e) => [e.id, e.label]));
    const labels = c.exhibits.map((e) => e.label).join(', ');
    for (const field of caseTexts(c.input)) {
      // An evidence item's own title or notes may name a page of the document ("Annex 3 of the contract").
      if (field.path[0] === 'evidence') continue;
      const cited = [...field.text.matchAll(citation)].flatMap((m) => m[1].split(/\s*(?:,|and|&|or)\s*/).filter(Boolean));
      const missing = [...new Set(cited.filter((t) => !known.has(t)))];
      if (missing.length) {
        findings.push({
          path: field.path,
          severity: 'error',
          message: `the text cites ${missing.map((t) => `exhibit ${t}`).join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not enclosed`,
          note: `Exhibits are labelled ${labels || '(none yet)'} in the order the letter first cites them, and their evidence ids are ${c.exhibits.map((e) => e.id).join(', ') || '(none)'}; cite one of those, or add the document under evidence:. Better still, link it with evidence: [id] and let the letter print the label.`,
        });
      }
    }
    for (const exhibit of c.exhibits) {
      // A translation goes with its original, which is what the letter cites.
      if (exhibit.translation_of && c.exhibitById.has(exhibit.translation_of)) continue;
      const s = exhibit.supports;
      if (!s.rootCauses.length && !s.grounds.length && !s.actions.length && !s.measures.length && !s.other.length) {
        findings.push({
          path: ['evidence', exhibit.index, 'id'],
          message: `evidence ${exhibit.id} is not cited anywhere in the letter`,
          note: `Exhibit ${exhibit.label}, ${quoted(exhibit.title)}, is enclosed but no item cites it, so it reads as padding. Add "${exhibit.id}" to the evidence: list of the root cause, action or measure it proves; if it proves nothing the letter says, remove it from evidence:.`,
        });
      }
    }
    return findings;
  },
  examples: {
    ok: [
      { name: 'every item cited', edits: [] },
      {
        name: 'the text cites an exhibit by label and by id',
        edits: [
          {
            path: ['closing'],
            value: 'Exhibits A and E2 show the refunds and the packing procedure. We ask you to reinstate our selling privileges.',
          },
        ],
      },
    ],
    notOk: [
      {
        name: 'an evidence item nothing cites',
        messages: ['evidence E4 is not cited anywhere in the letter'],
        edits: [
          {
            path: ['evidence'],
            append: true,
            value: { id: 'E4', title: 'Carrier contract', file: 'evidence/refunds.pdf', kind: 'logistics-contract' },
          },
        ],
        at: ['evidence', 3, 'id'],
      },
      {
        name: 'the text cites an exhibit that is not enclosed',
        messages: ['the text cites exhibit F, which is not enclosed'],
        edits: [{ path: ['closing'], value: 'Exhibit F shows the new carrier contract. We ask you to reinstate our selling privileges.' }],
        at: ['closing'],
        severity: 'error',
      },
    ],
  },
};
