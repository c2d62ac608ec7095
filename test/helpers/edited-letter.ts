// A case folder copied, its YAML edited, checked, its letter rendered to PDF and DOCX and both read back as flat
// text; with the PDF-and-DOCX checks the wording tests share.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { type Document, parseDocument } from 'yaml';
import type { PipelineEnv } from '../../src/case/process-case.js';
import { checkCase } from '../../src/case/process-case.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { DocumentModel } from '../../src/model/document.js';
import { renderDocx } from '../../src/render/docx.js';
import { renderPdf } from '../../src/render/pdf.js';
import { flat, tempDir } from './cli.js';
import { docxText } from './read-docx.js';
import { pdfText } from './read-pdf.js';

export interface EditedLetter {
  /** The PDF's and the DOCX's text, white space collapsed (a non-breaking space reads as a space). */
  pdf: string;
  docx: string;
  diagnostics: Diagnostic[];
  document: DocumentModel;
}

/** The letter of a copy of `source` (in a folder named as the case) after `edit`. */
export async function editedLetter(source: string, env: PipelineEnv, edit: (doc: Document) => void = () => {}): Promise<EditedLetter> {
  const dir = path.join(tempDir('appeal-letter-'), path.basename(source));
  cpSync(source, dir, { recursive: true });
  const file = path.join(dir, 'case.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  edit(doc);
  writeFileSync(file, doc.toString());
  const { checked, result } = await checkCase(file, env);
  const document = checked!.letter.document;
  const [pdf, docx] = await Promise.all([renderPdf(document), renderDocx(document)]);
  return { pdf: flat(await pdfText(pdf)), docx: flat(docxText(docx)), diagnostics: result.diagnostics, document };
}

type LetterText = Pick<EditedLetter, 'pdf' | 'docx'>;

/** Text without the spaces that line ends leave between two Japanese (non-ASCII) characters. */
export const joinedJapanese = (text: string) => text.replace(/(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])/g, '');

/** A letter with those spaces taken out of its PDF's and its DOCX's text. */
export const withJapaneseJoined = <T extends LetterText>(letter: T): T => ({
  ...letter,
  pdf: joinedJapanese(letter.pdf),
  docx: joinedJapanese(letter.docx),
});

/** Runs a check on the PDF's text and on the DOCX's. */
export const both = (letter: LetterText, check: (text: string, format: string) => void) => {
  check(letter.pdf, 'PDF');
  check(letter.docx, 'DOCX');
};
export const has = (letter: LetterText, ...texts: string[]) =>
  both(letter, (t, f) => texts.forEach((x) => expect(t, `${f} lacks "${x}"`).toContain(x)));
export const lacks = (letter: LetterText, ...texts: string[]) =>
  both(letter, (t, f) => texts.forEach((x) => expect(t, `${f} has "${x}"`).not.toContain(x)));
