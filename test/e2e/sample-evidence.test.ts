// The evidence files of the samples and fixtures are drawn from the evidence.yaml beside them by
// scripts/make-evidence.mjs: `--check` finds every committed file equal to its data, names the ones that are not
// (edited data, a missing file, a changed picture) and refuses bad data with the file and key; every PDF and PNG
// in an evidence folder is described by its data, and a written PDF carries the data's text and fixed metadata.
import { cpSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFDocument } from '@cantoo/pdf-lib';
import { editYaml, tempDir } from '../helpers/cli.js';
import { pdfText } from '../helpers/read-pdf.js';
import { checkEvidence, evidenceFolders, expectedCheck, run } from '../helpers/make-evidence.js';

describe('sample evidence drawn from data (scripts/make-evidence.mjs)', () => {
  it('describes every PDF and PNG in the evidence folders of cases/ and test/fixtures/', () => {
    const folders = evidenceFolders();
    expect(folders.filter((f) => f.folder.startsWith('cases')).length).toBeGreaterThanOrEqual(20);
    for (const { folder, described } of folders) {
      const drawn = readdirSync(folder).filter((name) => /\.(pdf|png)$/i.test(name));
      expect([folder, drawn.sort()]).toEqual([folder, [...described].sort()]);
    }
  });

  // The samples' evidence here; every folder of cases/ and test/fixtures/ in npm run test:stress
  // (test/stress/sample-evidence.test.ts).
  it("finds every committed file of the samples' evidence equal to its data (--check)", async () => {
    const samples = evidenceFolders().filter((f) => f.folder.startsWith('cases'));
    expect(await checkEvidence(samples)).toEqual(expectedCheck(samples));
  }, 600_000);

  it('names the files whose data changed or that are missing, and exits 1', async () => {
    const dir = path.join(tempDir('appeal-evidence-'), 'minimal');
    cpSync('test/fixtures/minimal', dir, { recursive: true });
    // One file's data edited, the other file deleted (an unedited copy matches: the samples' check above).
    editYaml(path.join(dir, 'evidence', 'evidence.yaml'), (t) => t.replace('08:00-16:00, Lin Xiaoyu', '08:00-16:00, Chen Jing'));
    rmSync(path.join(dir, 'evidence', 'refunds.pdf'));
    const changed = await run(['--check', dir]);
    expect(changed.code).toBe(1);
    expect(changed.stdout.split('\n')).toEqual([
      '2 of 2 evidence files differ from their data (run node scripts/make-evidence.mjs):',
      `  ${path.relative(process.cwd(), path.join(dir, 'evidence', 'refunds.pdf'))} (missing)`,
      `  ${path.relative(process.cwd(), path.join(dir, 'evidence', 'rota.png'))}`,
      '',
    ]);
  }, 120_000);

  it('writes a PDF with the text of its data and fixed metadata; unchanged data gives the committed bytes', async () => {
    const dir = path.join(tempDir('appeal-evidence-'), 'minimal');
    cpSync('test/fixtures/minimal', dir, { recursive: true });
    editYaml(path.join(dir, 'evidence', 'evidence.yaml'), (t) => t.replace('113-2204587-6651930', '114-5550001-0000002'));
    expect(await run([dir])).toMatchObject({ code: 0, stdout: '2 evidence files written\n' });
    const bytes = readFileSync(path.join(dir, 'evidence', 'refunds.pdf'));
    const text = await pdfText(bytes);
    for (const s of ['Shenzhen Sunrise Trading Co., Ltd.', '114-5550001-0000002', 'Lin Xiaoyu', 'page 1 of 1']) expect(text).toContain(s);
    const info = await PDFDocument.load(bytes, { updateMetadata: false });
    expect([info.getCreationDate()?.toISOString(), info.getModificationDate()?.toISOString()]).toEqual([
      '2026-11-03T09:00:00.000Z',
      '2026-11-03T09:00:00.000Z',
    ]);
    expect(info.getProducer()).toBe('appeal-kit scripts/make-evidence.mjs (@cantoo/pdf-lib)');
    // The other file, its data unchanged, is written with the very bytes drawn when it was committed (the check
    // above finds the same of every sample PDF). PNG bytes depend on the platform's canvas build.
    const rota = (folder: string) => readFileSync(path.join(folder, 'evidence', 'rota.png'));
    if (process.platform === 'linux') expect(rota(dir).equals(rota('test/fixtures/minimal'))).toBe(true);
  }, 120_000);

  it('refuses data it would misread, naming the file, the document and the key', async () => {
    const dir = path.join(tempDir('appeal-evidence-'), 'minimal');
    cpSync('test/fixtures/minimal', dir, { recursive: true });
    const data = path.join(dir, 'evidence', 'evidence.yaml');
    const where = `error: ${path.relative(process.cwd(), data)}`;
    editYaml(data, (t) => t.replace('      - p: The other two', '      - para: The other two'));
    const typo = await run([dir]);
    expect([typo.code, typo.stderr.split(' (a block')[0]]).toEqual([2, `${where}: refunds.pdf: blocks[1]: unknown key "para"`]);
    editYaml(data, (t) =>
      t.replace('      - para: The other two', '      - p: The other two').replace('sign: [Lin Xiaoyu,', 'sign: [林晓雨,'),
    );
    const glyph = await run([dir]);
    expect([glyph.code, glyph.stderr]).toEqual([
      2,
      `${where}: refunds.pdf: NotoSans has no glyph for "林" in "林晓雨"; set lang: to ja, zh or ko\n`,
    ]);
  }, 120_000);
});
