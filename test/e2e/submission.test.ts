// What the seller uploads and pastes: page images for an image-only channel, file types and sizes the channel
// takes (L16, at their YAML line and column), and sections/ with their counts and limit warnings in submission.json.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { PDFDocument } from '@cantoo/pdf-lib';
import { countWords } from '../../src/compose/plain-text.js';
import { copySampleCase, editYaml, flat, runCli, tempDir } from '../helpers/cli.js';
import { pdfPages, linesOf } from '../helpers/read-pdf.js';
import { docxText } from '../helpers/read-docx.js';

interface Submission {
  channel: string;
  boxes: {
    box: string;
    file: string;
    letter_sections: string[];
    text: string;
    characters: number;
    words: number;
    limit: number | null;
    limit_source: string;
    over_limit: boolean;
  }[];
  attach: string[];
  attach_bytes: { file: string; bytes: number; over_limit: boolean }[];
  max_file_mb: number | null;
  warnings: string[];
}

interface Diagnostic {
  line: number;
  column: number;
  severity: string;
  ruleId: string;
  message: string;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** The PNG's width and height from its IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Sets keys under the case's submission: block. */
const submissionKeys = (keys: string) => (text: string) =>
  text.replace(/^submission:\n(?: {2}channel: [^\n]*\n)?/m, `submission:\n${keys}`);

async function validate(file: string): Promise<Diagnostic[]> {
  const run = await runCli(['validate', file, '--json']);
  return (JSON.parse(run.stdout) as { cases: { diagnostics: Diagnostic[] }[] }).cases[0].diagnostics;
}

/** 1-based line and column of a text in a file (first occurrence). */
function position(file: string, text: string): [number, number] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(text));
  expect(i, `${text} not in ${file}`).toBeGreaterThanOrEqual(0);
  return [i + 1, lines[i].indexOf(text) + 1];
}

describe('an image-only channel (northwind-counterfeit sent as an IP complaint appeal)', () => {
  let out: string;
  let dir: string;
  let submission: Submission;
  let build: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    const root = tempDir('appeal-attach-');
    const caseDir = copySampleCase('northwind-counterfeit', root);
    // 0.3 MB: some page images pass it, so the size warning has something to say.
    editYaml(path.join(caseDir, 'case.yaml'), submissionKeys('  channel: ip-complaint-appeal\n  max_file_mb: 0.3\n'));
    out = path.join(root, 'out');
    build = await runCli(['build', caseDir, '--out', out, '-j', '1']);
    dir = path.join(out, 'northwind-counterfeit');
    submission = readJson<Submission>(path.join(dir, 'submission.json'));
  }, 180_000);

  it('builds, warning (not failing) about the PDFs it turns into images', () => {
    expect(build.code, build.stdout + build.stderr).toBe(0);
    expect(build.stdout).toMatch(/warning\s+evidence E\d is a PDF, but IP complaint appeals accept only images/);
    expect(submission.channel).toBe('ip-complaint-appeal');
    // No section_char_limit in the case, and no published limit for the appeal's one text box.
    expect(submission.boxes.map((b) => [b.box, b.limit])).toEqual([['message', null]]);
    expect(submission.boxes[0].limit_source).toMatch(/^no published figure/);
  });

  it('writes every PDF page as attachments/Exhibit-<label>-p<n>.png and every image as Exhibit-<label>.png, in exhibit order', async () => {
    const index = readFileSync(path.join(dir, 'evidence-index.csv'), 'utf8').trim().split('\n').slice(1);
    const exhibits = index.map((row) => row.split(',')).map(([label]) => label.replace(/"/g, ''));
    const caseDir = path.join('cases', 'northwind-counterfeit');
    const expected: { name: string; width: number; height: number }[] = [];
    const manifest = readJson<{ inputs: { path: string; role: string; exhibit?: string }[] }>(path.join(dir, 'manifest.json'));
    const evidence = manifest.inputs.filter((i) => i.role === 'evidence').sort((a, b) => (a.exhibit! < b.exhibit! ? -1 : 1));
    expect(evidence.map((e) => e.exhibit)).toEqual(exhibits);
    for (const e of evidence) {
      const bytes = readFileSync(path.join(caseDir, e.path));
      if (e.path.endsWith('.pdf')) {
        const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
        pdf.getPages().forEach((page, i) => {
          const { width, height } = page.getSize();
          expected.push({
            name: `Exhibit-${e.exhibit}-p${i + 1}.png`,
            width: Math.ceil((width * 150) / 72),
            height: Math.ceil((height * 150) / 72),
          });
        });
      } else expected.push({ name: `Exhibit-${e.exhibit}.png`, ...pngSize(bytes) });
    }
    expect(expected.some((x) => /-p2\.png$/.test(x.name))).toBe(true);
    const written = readdirSync(path.join(dir, 'attachments')).sort();
    const letterPages = written.filter((n) => n.startsWith('Letter-p'));
    expect(letterPages.length).toBeGreaterThan(0);
    expect(written.filter((n) => !n.startsWith('Letter-p'))).toEqual(expected.map((x) => x.name).sort());
    for (const x of expected) {
      const size = pngSize(readFileSync(path.join(dir, 'attachments', x.name)));
      // 150 dpi: an A4 page is 1241 x 1754 pixels, a landscape one the other way round.
      expect([size.width, size.height], x.name).toEqual([x.width, x.height]);
    }
    // The letter's pages first (no PDF goes through this channel), then the exhibits in order.
    expect(submission.attach).toEqual([...letterPages.map((n) => `attachments/${n}`), ...expected.map((x) => `attachments/${x.name}`)]);
  }, 60_000);

  it('rasterises real content: a page image is not blank', () => {
    const bytes = readFileSync(path.join(dir, 'attachments', readdirSync(path.join(dir, 'attachments')).find((n) => /-p1\.png$/.test(n))!));
    // A blank 1241 x 1754 white page compresses to a few kilobytes.
    expect(bytes.length).toBeGreaterThan(20_000);
  });

  it('lists the images, not the bundle, on the checklist', async () => {
    const pages = await pdfPages(readFileSync(path.join(dir, 'checklist.pdf')));
    expect(pages).toHaveLength(1);
    const text = linesOf(pages[0].items)
      .map((l) => l.text)
      .join(' ');
    // The letter's pages first (the channel takes no PDF), then the exhibits.
    expect(flat(text)).toMatch(/Attach attachments\/Letter-p1\.png( … -p\d\.png \(\d\))?, Exhibit-/);
    expect(text).toMatch(/Exhibit-[A-Z]-p1\.png … -p2\.png \(2\)/);
    expect(text).not.toContain('Attach evidence-bundle.pdf');
    expect(text).not.toContain('Attach letter.pdf');
    expect(docxText(readFileSync(path.join(dir, 'checklist.docx')))).toContain('Attach attachments/Letter-p1.png');
  });

  it('warns about uploads above submission.max_file_mb in submission.json', () => {
    expect(submission.max_file_mb).toBe(0.3);
    for (const a of submission.attach_bytes) {
      expect(a.bytes).toBe(statSync(path.join(dir, a.file)).size);
      expect(a.over_limit).toBe(a.bytes > 0.3 * 1048576);
    }
    const over = submission.attach_bytes.filter((a) => a.over_limit).map((a) => a.file);
    expect(submission.warnings.filter((w) => w.includes('max_file_mb')).map((w) => w.split(':')[0])).toEqual(over);
  });
});

describe('L16: file types and sizes the channel takes, at their line and column', () => {
  it('reports a DOCX in an IP complaint appeal as an error at its file: value', async () => {
    const caseDir = copySampleCase('northwind-counterfeit', tempDir('appeal-l16-'));
    const file = path.join(caseDir, 'case.yaml');
    writeFileSync(
      path.join(caseDir, 'evidence', 'sop.docx'),
      zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p><w:r><w:t>SOP</w:t></w:r></w:p></w:body></w:document>') }),
    );
    editYaml(file, (t) =>
      submissionKeys('  channel: ip-complaint-appeal\n')(t).replace(
        'file: evidence/goods-in-and-returns-sop-v2.pdf',
        'file: evidence/sop.docx',
      ),
    );
    const found = (await validate(file)).filter((d) => d.ruleId === 'L16');
    const docx = found.find((d) => d.message.includes('.docx'));
    expect(docx, JSON.stringify(found)).toBeDefined();
    expect(docx!.severity).toBe('error');
    expect(docx!.message).toMatch(/is a \.docx file, but IP complaint appeals accept only images/);
    expect([docx!.line, docx!.column]).toEqual(position(file, 'evidence/sop.docx'));
    // The PDFs stay warnings: appeal-kit rasterises them.
    expect(found.filter((d) => d.message.includes('is a PDF')).every((d) => d.severity === 'warning')).toBe(true);
    // The same file in an Account Health appeal is only a warning (convert to PDF).
    editYaml(file, (t) => t.replace('channel: ip-complaint-appeal', 'channel: account-health-appeal'));
    const health = (await validate(file)).filter((d) => d.ruleId === 'L16');
    expect(health.map((d) => d.severity)).toEqual(['warning']);
  }, 60_000);

  it('warns about each evidence file above submission.max_file_mb, and about none without a limit', async () => {
    const caseDir = copySampleCase('northwind-counterfeit', tempDir('appeal-l16-'));
    const file = path.join(caseDir, 'case.yaml');
    expect((await validate(file)).filter((d) => d.ruleId === 'L16')).toEqual([]);
    const limitMb = 0.004; // about 4 KB
    editYaml(file, submissionKeys(`  channel: account-health-appeal\n  max_file_mb: ${limitMb}\n`));
    const found = (await validate(file)).filter((d) => d.ruleId === 'L16');
    const evidenceDir = path.join(caseDir, 'evidence');
    // evidence.yaml (the data the sample evidence is drawn from) is not evidence the case cites.
    const big = readdirSync(evidenceDir).filter(
      (n) => n !== 'evidence.yaml' && statSync(path.join(evidenceDir, n)).size > limitMb * 1048576,
    );
    expect(big.length).toBeGreaterThan(0);
    expect(found).toHaveLength(big.length);
    for (const name of big) {
      const d = found.find((x) => [x.line, x.column].join() === position(file, `evidence/${name}`).join());
      expect(d, `no size warning at evidence/${name}`).toBeDefined();
      expect(d!.severity).toBe('warning');
      expect(d!.message).toContain(`above the ${limitMb} MB set in submission.max_file_mb`);
    }
  }, 60_000);
});

describe('sections/ and their counts (sunrise-odr with a 600-character limit)', () => {
  let dir: string;
  let submission: Submission;
  let build: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    const root = tempDir('appeal-sections-');
    const caseDir = copySampleCase('sunrise-odr', root);
    const caseFile = path.join(caseDir, 'case.yaml');
    editYaml(caseFile, submissionKeys('  channel: account-health-appeal\n  section_char_limit: 600\n'));
    build = await runCli(['build', caseDir, '--out', path.join(root, 'out'), '-j', '1', '--json']);
    dir = path.join(root, 'out', 'sunrise-odr');
    submission = readJson<Submission>(path.join(dir, 'submission.json'));
  }, 180_000);

  it('writes one plain-text file per box of the form, counted in submission.json with its text', () => {
    expect(build.code, build.stderr).toBe(0);
    const written = readdirSync(path.join(dir, 'sections')).sort();
    expect(submission.boxes.map((s) => s.file)).toEqual(written.map((n) => `sections/${n}`));
    expect(submission.boxes.map((s) => s.box)).toEqual(['rootCause', 'actionsTaken', 'stepsToPrevent', 'additionalInformation']);
    for (const s of submission.boxes) {
      const raw = readFileSync(path.join(dir, s.file), 'utf8');
      expect(raw, s.file).not.toMatch(/[*#_`]{2}|<\/?\w+>/); // plain text, no markup
      const text = raw.replace(/\r\n/g, '\n').replace(/\n$/, '');
      expect(s.text).toBe(text);
      expect(s.characters, s.file).toBe([...text].length);
      expect(s.words, s.file).toBe(countWords(text));
      expect(s.characters).toBeGreaterThan(0);
    }
  });

  it('flags boxes above the configured limit: over_limit, a warning in submission.json, and the checklist; L19 still checks the letter', async () => {
    const over = submission.boxes.filter((s) => s.characters > 600);
    expect(over.length).toBeGreaterThan(0);
    for (const s of submission.boxes) {
      expect(s.limit).toBe(600);
      expect(s.over_limit, s.file).toBe(s.characters > 600);
    }
    expect(submission.warnings).toEqual(
      over.map((s) => `${s.file}: ${s.characters} characters, more than the limit of 600 (the case (submission.section_char_limit))`),
    );
    const report = JSON.parse(build.stdout) as { cases: { diagnostics: (Diagnostic & { file: string })[] }[] };
    const l19 = report.cases[0].diagnostics.filter((d) => d.ruleId === 'L19' && d.message.includes('characters'));
    expect(l19.length).toBeGreaterThan(0);
    for (const d of l19) expect(d.line).toBeGreaterThan(0);
    const pages = await pdfPages(readFileSync(path.join(dir, 'checklist.pdf')));
    expect(pages).toHaveLength(1);
    const text = flat(
      linesOf(pages[0].items)
        .map((l) => l.text)
        .join(' '),
    );
    expect(text.match(/over the limit of 600/g)?.length).toBe(over.length);
    expect(docxText(readFileSync(path.join(dir, 'checklist.docx'))).match(/over the limit of 600/g)?.length).toBe(over.length);
  });
});
