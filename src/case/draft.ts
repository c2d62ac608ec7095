// What makes a document a draft: the banner, and the problems that keep the case from being ready, each
// in plain words with its file:line; and the evidence index rows of exhibits whose file is missing.
import path from 'node:path';
import english from '../../templates/en/strings.json' with { type: 'json' };
import type { Exhibit } from '../model/case.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DocumentModel } from '../model/document.js';
import type { EvidenceFacts, EvidenceFormat } from '../model/evidence.js';
import { fill } from '../compose/format.js';
import { formatByExtension } from '../stages/evidence.js';
import type { Strings } from '../compose/view.js';

/** The fixed wording of drafts. */
export type DraftStrings = typeof english.draft;

/** The draft wording of a language: the shipped English, overridden key by key by templates/<lang>/strings.json "draft". */
export function draftStrings(strings: Strings): DraftStrings {
  return { ...english.draft, ...((strings.draft ?? {}) as Partial<DraftStrings>) };
}

/** Problems listed on page one; more are counted in one line (the build report has them all). */
export const maxListedProblems = 12;

/** The draft marking of a document: the banner, the box title and each blocking problem with its file:line. */
export function draftMarking(problems: Diagnostic[], strings: Strings): NonNullable<DocumentModel['draft']> {
  const words = draftStrings(strings);
  const listed = problems
    .slice(0, maxListedProblems)
    .map((d) => fill(words.problem, { message: sentence(d.message), where: `${d.file}:${d.line}` }));
  if (problems.length > maxListedProblems) listed.push(fill(words.more, { count: problems.length - maxListedProblems }));
  return { banner: words.banner, title: words.title, problems: listed };
}

const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);

/**
 * The rows of a draft's evidence index: the files that passed the checks, and for each exhibit whose file is
 * missing or was refused, a row that says so (no size, pages or fingerprint), in exhibit order.
 */
export function draftEvidence(exhibits: Exhibit[], facts: EvidenceFacts[], strings: Strings): EvidenceFacts[] {
  const byId = new Map(facts.map((f) => [f.exhibit.id, f]));
  const missing = draftStrings(strings).missingExhibit;
  return exhibits.map(
    (exhibit) =>
      byId.get(exhibit.id) ?? {
        exhibit: { ...exhibit, title: `${exhibit.title} (${missing})` },
        file: exhibit.file.replace(/\\/g, '/'),
        size: 0,
        sha256: '',
        format: formatOf(exhibit.file),
        bytes: new Uint8Array(),
      },
  );
}

const formatOf = (file: string): EvidenceFormat => formatByExtension[path.extname(file).slice(1).toLowerCase()] ?? 'txt';
