// Renders the two CJK sample cases end to end (the CLI in-process, into a temp folder) and reads every
// output back: a Chinese seller in an English US letter (risheng-cn-inauthentic) and a Japanese letter for
// the JP marketplace (sakura-jp-late-shipment).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';
import { PDFDocument, PDFName, PDFRawStream, PDFArray, decodePDFRawStream, PDFDict, PDFRef } from '@cantoo/pdf-lib';
import fontkit from '@cantoo/fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { pdfPages, pdfText, linesOf } from '../helpers/read-pdf.js';
import { docxText, docxXml } from '../helpers/read-docx.js';
import { fontFaces, splitByScript, type FontFamily } from '../../src/render/fonts.js';
import { renderPdf } from '../../src/render/pdf.js';

const CN = 'risheng-cn-inauthentic';
const JP = 'sakura-jp-late-shipment';
const out = tempDir('appeal-i18n-');
let build: Awaited<ReturnType<typeof runCli>>;

beforeAll(async () => {
  build = await runCli(['build', `cases/${CN}`, `cases/${JP}`, '--out', out]);
}, 180_000);

const file = (id: string, name: string) => readFileSync(path.join(out, id, name));
const caseData = (id: string) => parse(readFileSync(`cases/${id}/case.yaml`, 'utf8')) as Record<string, unknown>;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Every string of the case data with a CJK character, with its dotted path. */
function cjkStrings(data: unknown, at = ''): { path: string; text: string }[] {
  if (typeof data === 'string') return CJK.test(data) ? [{ path: at, text: data }] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => cjkStrings(item, `${at}[${i}]`));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => cjkStrings(v, at ? `${at}.${k}` : k));
  return [];
}

// Case fields no letter prints: they feed rules, the index's issuer column or nothing at all.
const notInLetter = [/^seller\.country$/, /^asins\[\d+\]\.brand$/, /^evidence\[\d+\]\.(file|issuer|counterparty\..*|highlights\[\d+\])$/, /^notice\.policy$/];

/**
 * Text compared without white space: a PDF line ends wherever the paragraph wraps (between two CJK
 * characters there is no space to keep), so both sides drop every space and line break. The footer line
 * (note and "Page X of Y" or "X / Y ページ") is removed first, so a paragraph running over a page break
 * still reads as one.
 */
const squash = (text: string, footerNote: string) =>
  text
    .split('\n')
    .filter((line) => !line.includes(footerNote))
    .join('')
    .replace(/\s+/g, '');

const footerNoteOf = (id: string) => `· ${id}`;

describe('CJK sample cases', () => {
  it('both render without errors', () => {
    expect(build.stdout).not.toMatch(/\berror\b/);
    expect(build.code).toBe(0);
    expect(build.stdout).toContain(`✓ ${CN} →`);
    expect(build.stdout).toContain(`✓ ${JP} →`);
  });

  for (const id of [CN, JP]) {
    describe(id, () => {
      it('prints every CJK string of the case exactly, in the PDF and the DOCX letter', async () => {
        const strings = cjkStrings(caseData(id)).filter((s) => !notInLetter.some((re) => re.test(s.path)));
        expect(strings.length).toBeGreaterThan(10);
        const texts = {
          pdf: squash(await pdfText(file(id, 'letter.pdf')), footerNoteOf(id)),
          docx: squash(docxText(file(id, 'letter.docx')), footerNoteOf(id)),
        };
        for (const [format, text] of Object.entries(texts)) {
          const missing = strings.filter((s) => !text.includes(s.text.replace(/\s+/g, '')));
          expect(missing, `${format} lacks`).toEqual([]);
        }
      });

      it('lists every evidence title and file name, in any script, in the index PDF, DOCX and CSV and the manifest', async () => {
        const evidence = caseData(id).evidence as { id: string; title: string; file: string }[];
        // Table cells stand side by side, so lines rebuilt from positions interleave them; pdfmake draws a
        // cell's text in one go, so the text items in drawing order keep each cell whole.
        const pdf = (await pdfPages(file(id, 'evidence-index.pdf'))).flatMap((page) => page.items.map((item) => item.str)).join('').replace(/\s+/g, '');
        const docx = squash(docxText(file(id, 'evidence-index.docx')), footerNoteOf(id));
        // The evidence bundle (index + every exhibit in one PDF) starts with the same index.
        const bundle = existsSync(path.join(out, id, 'evidence-bundle.pdf'))
          ? (await pdfPages(file(id, 'evidence-bundle.pdf'))).flatMap((page) => page.items.map((item) => item.str)).join('').replace(/\s+/g, '')
          : undefined;
        const csvBytes = file(id, 'evidence-index.csv');
        expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const csv = new TextDecoder('utf-8', { fatal: true }).decode(csvBytes);
        const manifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file(id, 'manifest.json'))) as { inputs: { path: string; role: string }[] };
        const manifestFiles = manifest.inputs.filter((i) => i.role === 'evidence').map((i) => i.path);
        for (const e of evidence) {
          for (const text of [e.title, e.file]) {
            expect(pdf, `index PDF lacks ${text}`).toContain(text.replace(/\s+/g, ''));
            expect(docx, `index DOCX lacks ${text}`).toContain(text.replace(/\s+/g, ''));
            if (bundle !== undefined) expect(bundle, `bundle lacks ${text}`).toContain(text.replace(/\s+/g, ''));
          }
          expect(csv).toContain(e.file);
          expect(csv).toContain(e.title);
          expect(manifestFiles).toContain(e.file);
        }
        expect(evidence.some((e) => CJK.test(e.file))).toBe(true);
      });

      // Method: pdfkit draws a character its font lacks as glyph 0 (.notdef), and its subsets keep glyph 0
      // at code 0, so in the content streams (fonts are Identity-H, two bytes a glyph) a missing glyph
      // is the code <0000>. Text extraction alone cannot see this, because the ToUnicode map still
      // gives the character back. The test method itself is checked below on an emoji, which must be
      // found. Second, independently: each character of the case is looked up with fontkit in the font
      // file of the family the renderer chose for it.
      it('draws no .notdef glyph, and the chosen fonts cover every character of the case', async () => {
        for (const name of ['letter.pdf', 'evidence-index.pdf']) expect(await notdefCount(file(id, name)), name).toBe(0);
        const language = caseData(id).language === 'ja' ? 'ja-JP' : 'en-US';
        const text = cjkStrings(caseData(id)).map((s) => s.text).join('\n');
        const uncovered = splitByScript(text, language).flatMap((run) => [...run.text].filter((ch) => !/\s/.test(ch) && !fontkitFont(run.family).hasGlyphForCodePoint(ch.codePointAt(0)!)));
        expect(uncovered).toEqual([]);
      });

      it('keeps the letter small (under 1 MB with CJK fonts embedded as subsets)', () => {
        for (const name of ['letter.pdf', 'evidence-index.pdf']) expect(file(id, name).length, name).toBeLessThan(1024 * 1024);
      });
    });
  }

  it('the .notdef check finds a character no font has (so it can fail)', async () => {
    const bytes = await renderPdf({
      title: 't', author: 'a', subject: 's', language: 'en-US', paper: 'A4', createdAt: new Date('2026-11-05T12:00:00Z'), footer: '',
      blocks: [{ kind: 'paragraph', spans: [{ text: 'Shipped on time \u{1F600} 出荷' }] }],
    });
    expect(await notdefCount(bytes)).toBeGreaterThan(0);
  });

  it('prints the Japanese letter in Japanese: headings, date, subject, sign-off, footer', async () => {
    const text = await pdfText(file(JP, 'letter.pdf'));
    const docx = docxText(file(JP, 'letter.docx'));
    for (const t of [text, docx]) {
      for (const expected of ['2026年11月5日', '根本原因', '是正措置', '再発防止策', 'パフォーマンス指標', '添付資料', '拝啓', '敬具', 'Amazon 出品者パフォーマンスチーム 御中', '出品権限の削除（パフォーマンス通知 JP-4471-2093）に関する改善計画書', '2026年10月28日完了']) {
        expect(t).toContain(expected);
      }
      expect(t).not.toMatch(/Root causes|Corrective actions|Sincerely|Exhibit/);
    }
    expect(text).toMatch(/1 \/ 3 ページ/);
    const index = await pdfText(file(JP, 'evidence-index.pdf'));
    for (const expected of ['添付資料一覧', '資料名', '種類', '日付', '裏付ける項目', 'ファイルのハッシュ値', '2026年11月2日']) expect(index).toContain(expected);
    expect(index).toMatch(/1 \/ \d ページ/);
    expect(index).not.toMatch(/Evidence index|Page \d/);
  });

  it('sets the Japanese East Asian font and language in the DOCX', () => {
    const styles = docxXml(file(JP, 'letter.docx'), 'word/styles.xml');
    expect(styles).toContain('w:eastAsia="Yu Gothic"');
    expect(styles).toContain('w:eastAsia="ja-JP"');
  });

  it('wraps long Japanese paragraphs inside the margins and never splits a Latin word', async () => {
    const caseTokens = ['shop@sakura-zakka.example', 'B0DSKR4T7N', 'B0DSKR9M2P', '250-1184026-7736590', '249-7730418-2295163', 'SOP-SH-02', 'JP-4471-2093'];
    const pages = await pdfPages(file(JP, 'letter.pdf'));
    const margin = 20 * (72 / 25.4);
    let longLines = 0;
    for (const page of pages) {
      expect(page.width).toBeCloseTo(595.28, 0); // A4 for JP
      for (const item of page.items) {
        expect(item.x, item.str).toBeGreaterThanOrEqual(margin - 1);
        expect(item.x + item.width, item.str).toBeLessThanOrEqual(page.width - margin + 1);
      }
      const lines = linesOf(page.items);
      longLines += lines.filter((l) => /[ぁ-ん]/.test(l.text) && l.text.length > 40).length;
      // No token may end one line and go on at the start of the next: no break inside a Latin word.
      const squashed = lines.map((l) => l.text.replace(/\s+/g, ''));
      for (let i = 0; i + 1 < squashed.length; i++) {
        for (const token of caseTokens) {
          for (let k = 1; k < token.length; k++) {
            expect(squashed[i].endsWith(token.slice(0, k)) && squashed[i + 1].startsWith(token.slice(k)), `${token} split after ${k}`).toBe(false);
          }
        }
      }
    }
    expect(longLines).toBeGreaterThan(10);
    const all = (await pdfText(file(JP, 'letter.pdf'))).split('\n');
    for (const token of caseTokens) expect(all.some((line) => line.includes(token)), token).toBe(true);
  });

  it('prints a US letter on Letter paper with US dates, and the Chinese names in the letterhead', async () => {
    const pages = await pdfPages(file(CN, 'letter.pdf'));
    expect(pages[0].width).toBeCloseTo(612, 0);
    const text = await pdfText(file(CN, 'letter.pdf'));
    expect(text).toContain('November 5, 2026');
    expect(text.split('\n')[0]).toContain('深圳市日升家居用品有限公司 (Shenzhen Risheng Home Goods Co., Ltd.)');
    expect(text).toContain('广东省深圳市龙华区民治街道民康路88号日升大厦5楼');
    expect(text).toContain('臺灣貿易有限公司 (Taiwan Trading Co., Ltd.)');
  });
});

describe('sizes', () => {
  it('keeps English letters small: under 100 KB even at four pages', async () => {
    const en = tempDir('appeal-i18n-en-');
    const run = await runCli(['build', 'cases/sunrise-odr', '--out', en, '-q']);
    expect(run.code).toBe(0);
    const bytes = readFileSync(path.join(en, 'sunrise-odr', 'letter.pdf'));
    expect((await pdfPages(bytes)).length).toBeGreaterThanOrEqual(2);
    expect(bytes.length).toBeLessThan(100 * 1024);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------

const require = createRequire(import.meta.url);
const fontkitFonts = new Map<FontFamily, { hasGlyphForCodePoint(cp: number): boolean }>();

function fontkitFont(family: FontFamily) {
  let font = fontkitFonts.get(family);
  if (!font) {
    font = fontkit.create(readFileSync(require.resolve(fontFaces()[family].normal))) as unknown as { hasGlyphForCodePoint(cp: number): boolean };
    fontkitFonts.set(family, font);
  }
  return font;
}

/** How many glyphs drawn with a Type0 (Identity-H) font are glyph 0, the .notdef box, over all pages. */
async function notdefCount(bytes: Uint8Array): Promise<number> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  let count = 0;
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of refs) {
      const stream = doc.context.lookup(ref as PDFRef);
      if (!(stream instanceof PDFRawStream)) continue;
      const text = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
      for (const array of text.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
        const hexes = array[1] !== undefined ? [...array[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]) : [array[2]];
        for (const hex of hexes) for (let i = 0; i + 4 <= hex.length; i += 4) if (hex.slice(i, i + 4) === '0000') count++;
      }
    }
  }
  // Every font must be a two-byte Identity-H font for the reading above to be right.
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict && object.get(PDFName.of('Type'))?.toString() === '/Font' && object.get(PDFName.of('Subtype'))?.toString() === '/Type0') {
      expect(object.get(PDFName.of('Encoding'))?.toString()).toBe('/Identity-H');
    }
  }
  return count;
}
