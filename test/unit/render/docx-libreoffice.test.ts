// The DOCX looks like the PDF: opened in LibreOffice (which has no Noto fonts of its own here), a letter is set
// in the Noto fonts embedded in it, and it has as many pages as the PDF. All the sample cases, in every language,
// as the run's shared build wrote them (test/setup/samples.ts).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeLetter } from '../../../src/compose/letter.js';
import { loadTemplateSet } from '../../../src/compose/templates.js';
import type { DocumentModel } from '../../../src/model/document.js';
import { decodeCaseText, parseCase } from '../../../src/stages/parse.js';
import { validateCase } from '../../../src/stages/validate.js';
import { normalizeCase } from '../../../src/stages/normalize.js';
import { tempDir } from '../../helpers/cli.js';
import { sampleOutput } from '../../helpers/samples.js';
import { pdfPageCount, pdfText } from '../../helpers/read-pdf.js';
import { docxParts } from '../../helpers/read-docx.js';
import { docxToPdf, soffice } from '../../helpers/soffice.js';

/** Every sample case: for each, the DOCX laid out by LibreOffice has as many pages as the PDF. */
const samples = readdirSync('cases', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join('cases', entry.name, 'case.yaml')))
  .map((entry) => entry.name)
  .sort();

function composeSample(id: string): DocumentModel {
  const file = path.join('cases', id, 'case.yaml');
  const validated = validateCase(parseCase(file, decodeCaseText(file, readFileSync(file)).text!).value!);
  const c = normalizeCase(file, validated.value!, {});
  return composeLetter(c, loadTemplateSet('templates', c.language).value!).document;
}

/** The fonts a PDF uses, by name without the subset prefix, as pdffonts lists them. */
function fontsOf(file: string): string[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => line.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
}

describe.runIf(soffice)('DOCX opened in LibreOffice', { timeout: 600_000 }, () => {
  const dir = tempDir('appeal-docx-lo-');
  const docs = new Map(samples.map((id) => [id, composeSample(id)]));
  let laidOut: Map<string, string>;

  it('embeds the Latin faces and the CJK subsets it uses, at a reasonable size', async () => {
    mkdirSync(path.join(dir, 'pdf'));
    const files: string[] = [];
    for (const id of samples) {
      const bytes = sampleOutput(id, 'letter.docx');
      const file = path.join(dir, `${id}.docx`);
      writeFileSync(file, bytes);
      files.push(file);
      const fonts = docxParts(bytes).filter((p) => p.startsWith('word/fonts/'));
      expect(fonts.length, id).toBeGreaterThanOrEqual(2);
      // Latin regular and bold whole (about 630 kB each, deflated to about half), CJK as subsets.
      expect(bytes.length, id).toBeLessThan(2_200_000);
    }
    laidOut = new Map(docxToPdf(files, path.join(dir, 'pdf')).map((pdf, i) => [samples[i], pdf]));
  });

  it('sets the letters in the embedded Noto fonts, a Japanese letter in Noto Sans JP', () => {
    for (const id of samples) {
      const fonts = fontsOf(laidOut.get(id)!);
      expect(fonts, id).toContain('NotoSans-Regular');
      expect(fonts, id).toContain('NotoSans-Bold');
      if (id.includes('-jp-')) expect(fonts, id).toContain('NotoSansJP-Regular');
    }
  });

  it('has the text of the letter and as many pages as the PDF', async () => {
    const pages: Record<string, { pdf: number; libreOffice: number }> = {};
    for (const [id, doc] of docs) {
      const lo = readFileSync(laidOut.get(id)!);
      const text = (await pdfText(lo)).replace(/\s+/g, '');
      expect(text, id).toContain(doc.author.replace(/\s+/g, ''));
      pages[id] = { pdf: await pdfPageCount(sampleOutput(id, 'letter.pdf')), libreOffice: await pdfPageCount(lo) };
    }
    const differ = Object.entries(pages).filter(([, count]) => count.pdf !== count.libreOffice);
    expect(samples.length).toBeGreaterThanOrEqual(20);
    expect(Object.fromEntries(differ)).toEqual({});
  });
});
