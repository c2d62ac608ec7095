// Evidence PDFs that are valid but unusual, or damaged in a way a first look does not show, never end in an
// "internal error" at case.yaml:1:1: a PDF with blank pages (no content stream; clean under qpdf --check) is
// drawn into the bundle as framed blank pages, and a page tree that refers to itself is refused at the
// evidence's line.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { copySampleCase, runCli, tempDir } from '../helpers/cli.js';

const evidenceFile = 'evidence/tracked-shipping-agreement.pdf';

/** The sample case in a folder of its own, with its tracking agreement replaced by `bytes`. */
function caseWith(bytes: Uint8Array): { dir: string; out: string } {
  const root = tempDir('appeal-unusual-pdf-');
  const dir = copySampleCase('sunrise-odr', root);
  writeFileSync(path.join(dir, evidenceFile), bytes);
  return { dir, out: path.join(root, 'out') };
}

describe('valid but unusual evidence PDFs', () => {
  it('draws a PDF whose pages have no content as framed blank pages, and the case is rendered', async () => {
    const blank = await PDFDocument.create();
    blank.addPage([595, 842]);
    blank.addPage([595, 842]);
    const { dir, out } = caseWith(await blank.save());
    const run = await runCli(['build', dir, '--out', out, '--jobs', '1']);
    expect(run.stdout).not.toContain('internal error');
    expect(run.code).toBe(0);
    const bundle = await PDFDocument.load(readFileSync(path.join(out, 'sunrise-odr', 'evidence-bundle.pdf')));
    const index = readFileSync(path.join(out, 'sunrise-odr', 'evidence-index.csv'), 'utf8');
    // The index counts both blank pages of the exhibit, and the bundle holds them.
    expect(index.split('\n').find((line) => line.includes('tracked-shipping-agreement.pdf'))).toMatch(/,2,/);
    expect(bundle.getPageCount()).toBeGreaterThan(2);
  });

  it('refuses a PDF whose page tree refers to itself, at the evidence line, and still drafts the letter', async () => {
    const loop =
      '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >> endobj\n' +
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R /Size 4 >>\n%%EOF\n';
    const { dir, out } = caseWith(new TextEncoder().encode(loop));
    const run = await runCli(['build', dir, '--out', out, '--jobs', '1']);
    const line =
      readFileSync(path.join(dir, 'case.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes(evidenceFile)) + 1;
    expect(run.stdout).not.toContain('internal error');
    expect(run.stdout).toMatch(new RegExp(`case\\.yaml:${line}:\\d+\\s+error\\s+evidence E\\d: "${evidenceFile}" is not a readable PDF`));
    expect(run.code).toBe(1);
  });
});
