// Always a document to work on: a case with errors is built into a draft (letter and evidence index) under
// out/.drafts/<id>/, apart from the ready set, which it never replaces; the report, the summary, --json and
// `status` list it apart from failures; the run exits 1; fixing the case removes the draft. The files are
// read back from the PDF and the DOCX.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copySampleCase, editYaml, flat, runCli, tempDir } from '../helpers/cli.js';
import { pdfPages, pdfText } from '../helpers/read-pdf.js';
import { docxText } from '../helpers/read-docx.js';

const banner = 'DRAFT - NOT READY TO SUBMIT';

const root = tempDir('appeal-drafts-');
const dir = copySampleCase('sunrise-odr', root);
const file = path.join(dir, 'case.yaml');
const out = path.join(root, 'out');
const ready = path.join(out, 'sunrise-odr');
const draft = path.join(out, '.drafts', 'sunrise-odr');
const missing = 'evidence/cs-rota-2026-12.png';
let firstReady: Buffer;
let broken: Awaited<ReturnType<typeof runCli>>;

describe('a case with errors', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    expect((await runCli(['build', dir, '--out', out, '-j', '1'])).code).toBe(0);
    firstReady = readFileSync(path.join(ready, 'letter.pdf'));
    editYaml(file, (t) => t.replace('evidence/cs-rota-2026-11.png', missing));
    broken = await runCli(['build', dir, '--out', out, '-j', '1', '--summary', path.join(root, 'summary.json')]);
  }, 240_000);

  it('is built into a draft apart from the ready set, and the run exits 1', () => {
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`✎ sunrise-odr → ${draft}${path.sep} (draft: 1 error`);
    expect(broken.stdout).toMatch(/\n1 case: 0 rendered, 1 draft \(sunrise-odr\), 0 failed in /);
    expect(readdirSync(draft).sort()).toEqual([
      'evidence-index.csv',
      'evidence-index.docx',
      'evidence-index.pdf',
      'letter.docx',
      'letter.pdf',
    ]);
    // The last ready output is untouched, byte for byte.
    expect(Buffer.compare(readFileSync(path.join(ready, 'letter.pdf')), firstReady)).toBe(0);
    expect(existsSync(path.join(ready, 'checklist.pdf'))).toBe(true);
  });

  it('has the whole letter to work on, in PDF and DOCX, and an index that shows the missing exhibit', async () => {
    const pdf = flat(await pdfText(readFileSync(path.join(draft, 'letter.pdf'))));
    const docx = flat(docxText(readFileSync(path.join(draft, 'letter.docx'))));
    for (const text of [pdf, docx]) {
      expect(text).toContain('SunriseHome');
      expect(text).toMatch(/Root causes?/i);
      expect(text).toMatch(/Preventive measures?/i);
    }
    const csv = readFileSync(path.join(draft, 'evidence-index.csv'), 'utf8');
    expect(csv).toContain(missing);
    expect(csv).toMatch(/\(not enclosed: the file is missing or could not be used\)/);
    // In the PDF the title wraps inside its table cell, read between the other columns of its row.
    const index = flat(await pdfText(readFileSync(path.join(draft, 'evidence-index.pdf'))));
    expect(index).toMatch(/November 2026 \(not /);
    expect(index).toContain('enclosed: the file is missing or could not be used');
    expect(index).toContain(missing);
  });

  it('says DRAFT - NOT READY TO SUBMIT on every page and lists the problem with its file:line on page one', async () => {
    for (const name of ['letter.pdf', 'evidence-index.pdf']) {
      const pages = await pdfPages(readFileSync(path.join(draft, name)));
      for (const page of pages) expect(flat(page.items.map((i) => i.str).join(' ')), name).toContain(banner);
      // The problem with its file:line (compared without spaces: a long path wraps in the box).
      const line =
        readFileSync(file, 'utf8')
          .split('\n')
          .findIndex((l) => l.includes(missing)) + 1;
      expect(
        pages[0].items
          .map((i) => i.str)
          .join('')
          .replace(/\s+/g, ''),
      ).toContain(`${file}:${line}`.replace(/\s+/g, ''));
    }
    const docx = flat(docxText(readFileSync(path.join(draft, 'letter.docx'))));
    expect(docx).toContain(banner);
    expect(docx).toContain(missing);
  });

  it('is listed as a draft in the JSON summary and by status, apart from failures', async () => {
    const summary = JSON.parse(readFileSync(path.join(root, 'summary.json'), 'utf8'));
    expect(summary.cases[0]).toMatchObject({
      id: 'sunrise-odr',
      status: 'draft',
      output: draft,
      outputs: ['letter.pdf', 'letter.docx', 'evidence-index.pdf', 'evidence-index.docx', 'evidence-index.csv'],
    });
    expect(summary.summary).toMatchObject({ rendered: 0, drafts: 1, failed: 0 });
    const status = await runCli(['status', dir, '--out', out, '--today', '2026-11-06']);
    expect(status.stdout).toMatch(/\nsunrise-odr .* draft +stale\n/);
    expect(status.stdout).toContain(
      `\nDrafts (a letter to work on, not ready to submit):\n  sunrise-odr: 1 error; draft in ${draft}${path.sep}\n`,
    );
    expect(status.stdout).not.toContain('Failed');
    const json = JSON.parse((await runCli(['status', dir, '--out', out, '--today', '2026-11-06', '--json'])).stdout);
    expect(json.cases[0]).toMatchObject({ state: 'draft', draft_output: draft, outputs: 'stale' });
  });

  it('is the same draft, byte for byte, when built again from the same inputs', async () => {
    const again = path.join(root, 'out-again');
    expect((await runCli(['build', dir, '--out', again, '-j', '1'])).code).toBe(1);
    for (const name of readdirSync(draft))
      expect(
        Buffer.compare(readFileSync(path.join(again, '.drafts', 'sunrise-odr', name)), readFileSync(path.join(draft, name))),
        name,
      ).toBe(0);
  });

  it('once fixed, is built into the ready set and its draft is removed', async () => {
    editYaml(file, (t) => t.replace(missing, 'evidence/cs-rota-2026-11.png'));
    const fixed = await runCli(['build', dir, '--out', out, '-j', '1']);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain('✓ sunrise-odr');
    expect(existsSync(draft)).toBe(false);
    expect(readdirSync(path.join(out, '.drafts'))).toEqual(['.store']);
    expect(readdirSync(path.join(out, '.drafts', '.store'))).toEqual([]);
  });
});
