// Every sample case, rendered with --strict by the global setup (test/setup/samples.ts): the written PDF, DOCX
// and index read back.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { flat } from '../helpers/cli.js';
import { sampleBuild } from '../helpers/samples.js';
import { pdfBodyText, pdfText } from '../helpers/read-pdf.js';
import { docxText } from '../helpers/read-docx.js';
import type { AppealCase } from '../../src/model/case-input.generated.js';
import { longDatesIn } from '../../src/compose/format.js';
import { marketplaceInfo } from '../../src/domain/marketplaces.js';

// Every case in cases/: one per case type, in English and Japanese, with Latin and CJK names.
const sampleIds = readdirSync('cases')
  .filter((name) => existsSync(path.join('cases', name, 'case.yaml')))
  .sort();
const build = sampleBuild();
const out = build.out;

/** Markdown emphasis in case text is rendered as bold/italic, so compare without the markers. */
const plain = (text: string) => flat(text.replace(/\*\*|__|(?<!\w)\*(?!\s)|(?<!\s)\*(?!\w)/g, ''));

describe('sample cases render end to end', () => {
  it('renders every sample without errors or warnings (--strict)', () => {
    expect(sampleIds.length).toBeGreaterThanOrEqual(18);
    expect(build.ids).toEqual(sampleIds);
    expect(build.stdout).not.toMatch(/\berror\b/);
    expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0);
    for (const id of sampleIds) expect(build.stdout).toContain(`✓ ${id}`);
  });

  for (const id of sampleIds) {
    describe(id, () => {
      const caseData = () => parse(readFileSync(`cases/${id}/case.yaml`, 'utf8')) as AppealCase;
      const file = (name: string) => path.join(out, id, name);

      it('writes the letter, the index and the manifest', () => {
        for (const name of [
          'letter.pdf',
          'letter.docx',
          'evidence-index.pdf',
          'evidence-index.docx',
          'evidence-index.csv',
          'manifest.json',
        ]) {
          expect(existsSync(file(name)), name).toBe(true);
        }
      });

      it('says the same things in the PDF and the DOCX', async () => {
        const c = caseData();
        const texts = {
          pdf: flat(await pdfBodyText(readFileSync(file('letter.pdf')))),
          docx: flat(docxText(readFileSync(file('letter.docx')))),
        };
        for (const [format, text] of Object.entries(texts)) {
          const must = [
            c.seller.legal_name,
            c.seller.store_name,
            c.seller.login_email,
            ...(c.asins ?? []).map((a) => a.asin),
            ...c.root_causes.map((r) => r.title),
            ...c.corrective_actions.map((a) => a.action),
            ...c.preventive_measures.map((m) => m.measure),
            ...c.evidence.map((_, i) => `${c.language === 'ja' ? '資料' : 'Exhibit'} ${String.fromCharCode(65 + i)}`),
          ];
          // Japanese lines wrap without a space, so CJK letters are compared with all white space removed.
          const squash = (t: string) => (c.language === 'ja' ? t.replace(/\s+/g, '') : t);
          // ISO dates in case text are printed in the letter's long form (2026-10-29 -> October 29, 2026).
          const long = (t: string) =>
            c.language === 'ja'
              ? longDatesIn(t, 'ja-JP', '{date} {time}')
              : longDatesIn(t, marketplaceInfo(c.marketplace).englishLocale, '{date}, {time}');
          for (const expected of must) expect(squash(text), `${format} lacks: ${expected}`).toContain(squash(plain(long(expected))));
        }
        expect(await pdfText(readFileSync(file('letter.pdf')))).toMatch(caseData().language === 'ja' ? /1 \/ \d ページ/ : /Page 1 of \d/);
      });

      it('lists every evidence file in the index with its SHA-256', async () => {
        const c = caseData();
        const csv = readFileSync(file('evidence-index.csv'), 'utf8');
        const indexPdf = flat(await pdfText(readFileSync(file('evidence-index.pdf'))));
        for (const e of c.evidence) {
          const sha = createHash('sha256')
            .update(readFileSync(path.join('cases', id, e.file)))
            .digest('hex');
          expect(csv).toContain(`${e.id},`);
          expect(csv).toContain(sha);
          expect(indexPdf).toContain(sha);
        }
      });

      it('records inputs and outputs with their SHA-256 in the manifest', () => {
        const manifest = JSON.parse(readFileSync(file('manifest.json'), 'utf8'));
        expect(manifest.case).toBe(id);
        const outputs = new Map(manifest.outputs.map((o: { path: string; sha256: string }) => [o.path, o.sha256]));
        for (const name of readdirSync(path.join(out, id), { withFileTypes: true })
          .filter((e) => e.isFile() && e.name !== 'manifest.json')
          .map((e) => e.name)) {
          expect(outputs.get(name), name).toBe(
            createHash('sha256')
              .update(readFileSync(file(name)))
              .digest('hex'),
          );
        }
        const caseInput = manifest.inputs.find((i: { role: string }) => i.role === 'case');
        expect(caseInput.sha256).toBe(
          createHash('sha256')
            .update(readFileSync(`cases/${id}/case.yaml`))
            .digest('hex'),
        );
        expect(manifest.tool.version).toMatch(/^\d+\.\d+\.\d+/);
      });
    });
  }
});
