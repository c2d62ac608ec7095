// Reads back every output of the two CJK sample cases (from the run's shared sample build) and of a Korean
// test fixture (rendered here with the CLI in-process, into a temp folder): a Chinese seller in an English US
// letter (risheng-cn-inauthentic), a Japanese letter for the JP marketplace (sakura-jp-late-shipment), and a
// Korean seller with a Taiwanese (Traditional Chinese) forwarder in an English UK letter
// (test/fixtures/i18n-hanbit-kr-uk).
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';
import { PDFDocument, PDFName, PDFRawStream, PDFArray, decodePDFRawStream, PDFDict, type PDFRef } from '@cantoo/pdf-lib';
import fontkit from '@cantoo/fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { pdfPages, pdfText, linesOf } from '../helpers/read-pdf.js';
import { docxText, docxXml } from '../helpers/read-docx.js';
import { describeWithTools } from '../helpers/tools.js';
import { docxToPdf } from '../helpers/soffice.js';
import { sampleBuild } from '../helpers/samples.js';
import { fontFaces, splitByScript, type FontFamily } from '../../src/render/fonts.js';
import { renderPdf } from '../../src/render/pdf.js';
import { longDatesIn } from '../../src/compose/format.js';
import { japaneseQuotation } from '../../src/compose/phrases.js';
import { marketplaceInfo } from '../../src/domain/marketplaces.js';

const CN = 'risheng-cn-inauthentic';
const JP = 'sakura-jp-late-shipment';
const KR = 'hanbit-kr-late-shipment';
/** Case folder of each case id. */
const dirs: Record<string, string> = { [CN]: `cases/${CN}`, [JP]: `cases/${JP}`, [KR]: 'test/fixtures/i18n-hanbit-kr-uk' };
// The two samples come from the run's shared build (test/setup/samples.ts); the fixture is built here.
const samples = sampleBuild();
const out = tempDir('appeal-i18n-');
let build: Awaited<ReturnType<typeof runCli>>;

beforeAll(async () => {
  build = await runCli(['build', dirs[KR], '--out', out]);
}, 180_000);

const outFolder = (id: string) => (id === KR ? path.join(out, id) : path.join(samples.out, id));
const file = (id: string, name: string) => readFileSync(path.join(outFolder(id), name));
const caseData = (id: string) => parse(readFileSync(`${dirs[id]}/case.yaml`, 'utf8')) as Record<string, unknown>;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Every string of the case data with a CJK character, with its dotted path. */
function cjkStrings(data: unknown, at = ''): { path: string; text: string }[] {
  if (typeof data === 'string') return CJK.test(data) ? [{ path: at, text: data }] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => cjkStrings(item, `${at}[${i}]`));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => cjkStrings(v, at ? `${at}.${k}` : k));
  return [];
}

// Case fields no letter prints: they feed rules, the index's issuer column or nothing at all.
const notInLetter = [
  /^seller\.country$/,
  /^asins\[\d+\]\.brand$/,
  /^evidence\[\d+\]\.(file|issuer|counterparty\..*|highlights\[\d+\])$/,
  /^notice\.policy$/,
];

/**
 * Text compared without white space: a PDF line ends wherever the paragraph wraps (between two CJK
 * characters there is no space to keep), so both sides drop every space and line break. The footer line
 * (note and "Page X of Y" or "X / Y ページ") is removed first, so a paragraph running over a page break
 * still reads as one.
 */
const squash = (text: string, footerNote: RegExp) =>
  text
    .split('\n')
    .filter((line) => !footerNote.test(line))
    .join('')
    .replace(/\s+/g, '');

/** The footer line of a page: "Page 2 of 3" or "2 / 3 ページ" (the note beside it names the store and the notice). */
const footerNoteOf = (_id: string) => /Page \d+ of \d+|\d+ \/ \d+ ページ/;

describe('CJK sample cases', () => {
  it('both render without errors', () => {
    for (const run of [build, samples]) {
      expect(run.stdout).not.toMatch(/\berror\b/);
      expect(run.code).toBe(0);
    }
    expect(samples.stdout).toContain(`✓ ${CN} →`);
    expect(samples.stdout).toContain(`✓ ${JP} →`);
    expect(build.stdout).toContain(`✓ ${KR} →`);
  });

  for (const id of [CN, JP, KR]) {
    describe(id, () => {
      it('prints every CJK string of the case exactly, in the PDF and the DOCX letter', async () => {
        const strings = cjkStrings(caseData(id)).filter((s) => !notInLetter.some((re) => re.test(s.path)));
        expect(strings.length).toBeGreaterThan(10);
        const texts = {
          pdf: squash(await pdfText(file(id, 'letter.pdf')), footerNoteOf(id)),
          docx: squash(docxText(file(id, 'letter.docx')), footerNoteOf(id)),
        };
        for (const [format, text] of Object.entries(texts)) {
          // As the letter prints case text: ISO dates in the long form, and a Japanese letter quotes the
          // notice summary in 「」 (its own 「」 as 『』, without the closing 。).
          const c = caseData(id) as { language?: string; marketplace: string };
          const ja = c.language === 'ja';
          const printed = (s: { path: string; text: string }) => {
            const long = ja
              ? longDatesIn(s.text, 'ja-JP', '{date} {time}')
              : longDatesIn(s.text, marketplaceInfo(c.marketplace).englishLocale, '{date}, {time}');
            return ja && s.path === 'notice.summary' ? japaneseQuotation(long) : long;
          };
          const missing = strings.filter((s) => !text.includes(printed(s).replace(/\s+/g, '')));
          expect(missing, `${format} lacks`).toEqual([]);
        }
      });

      it('lists every evidence title and file name, in any script, in the index PDF, DOCX and CSV and the manifest', async () => {
        const evidence = caseData(id).evidence as { id: string; title: string; file: string }[];
        // Table cells stand side by side, so lines rebuilt from positions interleave them; pdfmake draws a
        // cell's text in one go, so the text items in drawing order keep each cell whole.
        const pdf = (await pdfPages(file(id, 'evidence-index.pdf')))
          .flatMap((page) => page.items.map((item) => item.str))
          .join('')
          .replace(/\s+/g, '');
        const docx = squash(docxText(file(id, 'evidence-index.docx')), footerNoteOf(id));
        // The evidence bundle (index + every exhibit in one PDF) starts with the same index.
        const bundle = existsSync(path.join(outFolder(id), 'evidence-bundle.pdf'))
          ? (await pdfPages(file(id, 'evidence-bundle.pdf')))
              .flatMap((page) => page.items.map((item) => item.str))
              .join('')
              .replace(/\s+/g, '')
          : undefined;
        const csvBytes = file(id, 'evidence-index.csv');
        expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const csv = new TextDecoder('utf-8', { fatal: true }).decode(csvBytes);
        const manifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file(id, 'manifest.json'))) as {
          inputs: { path: string; role: string }[];
        };
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
        const text = cjkStrings(caseData(id))
          .map((s) => s.text)
          .join('\n');
        const uncovered = splitByScript(text, language).flatMap((run) =>
          [...run.text].filter((ch) => !/\s/.test(ch) && !fontkitFont(run.family).hasGlyphForCodePoint(ch.codePointAt(0)!)),
        );
        expect(uncovered).toEqual([]);
      });

      it('keeps the letter small (under 1 MB with CJK fonts embedded as subsets)', () => {
        for (const name of ['letter.pdf', 'evidence-index.pdf']) expect(file(id, name).length, name).toBeLessThan(1024 * 1024);
      });

      // Third, from the output alone: the fonts embedded in the PDF, read back with their ToUnicode maps,
      // must have a real outline (not glyph 0, not an empty glyph) for every character the case prints.
      it('embeds fonts whose subsets hold an outline for every CJK character printed', async () => {
        const chars = new Set(
          cjkStrings(caseData(id))
            .filter((s) => !notInLetter.some((re) => re.test(s.path)))
            .flatMap((s) => [...s.text].filter((ch) => CJK.test(ch))),
        );
        expect(chars.size).toBeGreaterThan(20);
        const coverage = await embeddedCoverage(file(id, 'letter.pdf'));
        const missing = [...chars].filter((ch) => !(coverage.get(ch) ?? []).some((g) => g.gid !== 0 && g.outline));
        expect(missing, 'characters without an embedded glyph').toEqual([]);
      });

      it('keeps the heading words of the evidence index whole (no "Exhib" / "it")', async () => {
        const index = await pdfPages(file(id, 'evidence-index.pdf'));
        const I = (
          JSON.parse(readFileSync(`templates/${String(caseData(id).language ?? 'en')}/strings.json`, 'utf8')) as {
            index: Record<string, string>;
          }
        ).index;
        const words = [I.label, I.document, I.kind, I.date, I.pages, I.supports].join(' ').split(' ');
        const header = linesOf(index[0].items).find((l) => l.text.split(' ')[0] === I.label);
        expect(header?.text.split(' ')).toEqual(words);
      });
    });
  }

  it('the .notdef check finds a character no font has (so it can fail)', async () => {
    const bytes = await renderPdf({
      title: 't',
      author: 'a',
      subject: 's',
      language: 'en-US',
      paper: 'A4',
      createdAt: new Date('2026-11-05T12:00:00Z'),
      footer: '',
      blocks: [{ kind: 'paragraph', spans: [{ text: 'Shipped on time \u{1F600} 出荷' }] }],
    });
    expect(await notdefCount(bytes)).toBeGreaterThan(0);
    // The embedded-font reading sees the same: the emoji has no outline in any subset, 出 has one.
    const coverage = await embeddedCoverage(bytes);
    expect((coverage.get('\u{1F600}') ?? []).some((g) => g.gid !== 0 && g.outline)).toBe(false);
    expect((coverage.get('出') ?? []).some((g) => g.gid !== 0 && g.outline)).toBe(true);
  });

  it('prints the Japanese letter in Japanese: headings, date, subject, sign-off, footer', async () => {
    const text = await pdfText(file(JP, 'letter.pdf'));
    const docx = docxText(file(JP, 'letter.docx'));
    for (const t of [text, docx]) {
      for (const expected of [
        '2026年11月5日',
        '根本原因',
        '是正措置',
        '再発防止策',
        'パフォーマンス指標',
        '添付資料',
        '拝啓',
        '敬具',
        'Amazon 出品者パフォーマンスチーム 御中',
        '出品権限の削除に関する改善計画書（パフォーマンス通知 JP-4471-2093）',
        '2026年10月28日完了',
      ]) {
        expect(t).toContain(expected);
      }
      expect(t).not.toMatch(/Root causes|Corrective actions|Sincerely|Exhibit/);
    }
    expect(text).toMatch(/1 \/ 3 ページ/);
    const index = await pdfText(file(JP, 'evidence-index.pdf'));
    for (const expected of ['添付資料一覧', '資料名', '種類', '日付', '裏付ける項目', 'ファイルのハッシュ値', '2026年11月2日'])
      expect(index).toContain(expected);
    expect(index).toMatch(/1 \/ \d ページ/);
    expect(index).not.toMatch(/Evidence index|Page \d/);
  });

  it('sets the Japanese East Asian font and language in the DOCX, embedded, with the platform font as fallback', () => {
    const styles = docxXml(file(JP, 'letter.docx'), 'word/styles.xml');
    expect(styles).toContain('w:eastAsia="Noto Sans JP"');
    expect(docxXml(file(JP, 'letter.docx'), 'word/fontTable.xml')).toMatch(
      /<w:font w:name="Noto Sans JP"><w:altName w:val="Yu Gothic"\/>[\s\S]*?<w:embedRegular /,
    );
    expect(styles).toContain('w:eastAsia="ja-JP"');
  });

  it('wraps long Japanese paragraphs inside the margins and never splits a Latin word', async () => {
    const caseTokens = [
      'shop@sakura-zakka.example',
      'B0DSKR4T7N',
      'B0DSKR9M2P',
      '250-1184026-7736590',
      '249-7730418-2295163',
      'SOP-SH-02',
      'JP-4471-2093',
    ];
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
            expect(squashed[i].endsWith(token.slice(0, k)) && squashed[i + 1].startsWith(token.slice(k)), `${token} split after ${k}`).toBe(
              false,
            );
          }
        }
      }
    }
    expect(longLines).toBeGreaterThan(10);
    const all = (await pdfText(file(JP, 'letter.pdf'))).split('\n');
    for (const token of caseTokens)
      expect(
        all.some((line) => line.includes(token)),
        token,
      ).toBe(true);
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

describe('Korean and Traditional Chinese (test/fixtures/i18n-hanbit-kr-uk, English letter, UK)', () => {
  it('prints on A4 with UK dates, in the Korean font and with Traditional Chinese exact', async () => {
    const bytes = file(KR, 'letter.pdf');
    const pages = await pdfPages(bytes);
    expect(pages[0].width).toBeCloseTo(595.28, 0);
    expect(pages[0].height).toBeCloseTo(841.89, 0);
    const text = await pdfText(bytes);
    expect(text).toContain('2 November 2026');
    expect(text).toContain('27 October 2026');
    expect(text).not.toMatch(/November 2, 2026|2026年/);
    expect(text.split('\n')[0]).toBe('한빛생활 주식회사 (Hanbit Living Co., Ltd.)');
    expect(text).toContain('서울특별시 마포구 월드컵북로 396 한빛빌딩 7층');
    expect(text).toContain('김민준 (Kim Minjun)');
    const flatText = text.replace(/\s+/g, '');
    for (const tc of ['萬里通國際物流股份有限公司', '臺北市中山區南京東路三段219號', '출고절차서제2판']) expect(flatText).toContain(tc);
    const fonts = await embeddedFontNames(bytes);
    expect(fonts.some((f) => f.endsWith('+NotoSansKR-Regular'))).toBe(true);
    expect(fonts.some((f) => f.endsWith('+NotoSans-Regular'))).toBe(true);
    // Hangul is drawn in Noto Sans KR, Han without kana or Hangul in the same word in Noto Sans SC.
    const items = pages.flatMap((p) => p.items);
    const fontOf = (needle: string) => items.find((i) => i.str.includes(needle))?.fontName;
    expect(fontOf('한빛생활')).toBeDefined();
    expect(fontOf('한빛생활')).not.toBe(fontOf('萬里通'));
    // Table cells stand side by side, so the index is read in drawing order (each cell's text whole).
    const index = (await pdfPages(file(KR, 'evidence-index.pdf')))
      .flatMap((page) => page.items.map((item) => item.str))
      .join('')
      .replace(/\s+/g, '');
    for (const date of ['28 October 2026', '30 October 2026', '1 November 2026']) expect(index).toContain(date.replace(/\s+/g, ''));
    expect(index).not.toMatch(/October\d{1,2},|2026年/);
  });

  it('names East Asian fonts and languages in the DOCX: Noto Sans KR for Hangul, Noto Sans SC for Han', () => {
    const docx = file(KR, 'letter.docx');
    const styles = docxXml(docx, 'word/styles.xml');
    expect(styles).toContain('w:eastAsia="Noto Sans SC"');
    expect(styles).toContain('w:eastAsia="zh-CN"');
    expect(styles).toMatch(/w:val="en-GB"/);
    const document = docxXml(docx, 'word/document.xml');
    // The run holding the Korean company name carries the Korean East Asian font and language.
    const run = [...document.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]).find((r) => r.includes('한빛생활'));
    expect(run).toBeDefined();
    expect(run).toContain('w:eastAsia="Noto Sans KR"');
    expect(run).toContain('w:eastAsia="ko-KR"');
    expect(run).toContain('w:hint="eastAsia"');
    const han = [...document.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]).find((r) => r.includes('萬里通國際物流股份有限公司'));
    expect(han).toContain('w:hint="eastAsia"');
    expect(docxText(docx)).toContain('2 November 2026');
  });

  it('names the Chinese East Asian font in the DOCX of the Chinese seller, and Japanese for the ja letter', () => {
    const cn = docxXml(file(CN, 'letter.docx'), 'word/styles.xml');
    expect(cn).toContain('w:eastAsia="Noto Sans SC"');
    expect(cn).toContain('w:eastAsia="zh-CN"');
    const document = docxXml(file(CN, 'letter.docx'), 'word/document.xml');
    const run = [...document.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]).find((r) => r.includes('深圳市日升家居用品有限公司'));
    expect(run).toContain('w:hint="eastAsia"');
    for (const name of ['letter.docx', 'evidence-index.docx', 'checklist.docx']) {
      expect(docxXml(file(JP, name), 'word/styles.xml'), name).toContain('w:eastAsia="Noto Sans JP"');
    }
  });
});

// Word and LibreOffice do not read the PDF's fonts: the DOCX names East Asian fonts, and the office suite
// must find one for the CJK runs. Where LibreOffice is installed, the Japanese and Korean letters are
// converted to PDF with it and read back: the CJK text is there, drawn in a CJK font.
describeWithTools('DOCX opened in LibreOffice', ['soffice', 'fonts-noto-cjk'], () => {
  it('shows the Japanese and Korean letters in an East Asian font', async () => {
    const lo = tempDir('appeal-i18n-lo-');
    // Both letters in one LibreOffice run.
    const letters = [JP, KR].map((id) => {
      const copy = path.join(lo, `${id}.docx`);
      copyFileSync(path.join(outFolder(id), 'letter.docx'), copy);
      return copy;
    });
    const pdfs = docxToPdf(letters, lo);
    for (const [i, id] of [JP, KR].entries()) {
      const bytes = readFileSync(pdfs[i]);
      const text = (await pdfText(bytes)).replace(/\s+/g, '');
      const expected =
        id === JP ? ['さくら雑貨株式会社', '根本原因', '敬具'] : ['한빛생활주식회사', '서울특별시마포구', '萬里通國際物流股份有限公司'];
      for (const t of expected) expect(text, `${id} ${t}`).toContain(t);
      const fonts = (await pdfPages(bytes))
        .flatMap((p) => p.items)
        .filter((i) => /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}]/u.test(i.str));
      expect(fonts.length, id).toBeGreaterThan(5);
      const names = await allFontNames(bytes);
      expect(
        names.some((n) => /CJK|Gothic|YaHei|Mincho|Hei|Song|Ming|Nanum|Droid|WenQuanYi|IPA|Takao|Noto ?Sans ?(JP|KR|SC|TC)/i.test(n)),
        names.join(', '),
      ).toBe(true);
    }
  }, 300_000);
});

describe('sizes', () => {
  it('keeps English letters small: under 100 KB at two pages and even at four', async () => {
    for (const id of ['thistle-late-shipment', 'sunrise-odr']) {
      const bytes = file(id, 'letter.pdf');
      expect((await pdfPages(bytes)).length, id).toBeGreaterThanOrEqual(2);
      expect(bytes.length, id).toBeLessThan(100 * 1024);
    }
    // A letter in Latin script only embeds no CJK font at all.
    const latin = await embeddedFontNames(file('thistle-late-shipment', 'letter.pdf'));
    expect(latin.filter((f) => /NotoSans(SC|JP|KR)/.test(f))).toEqual([]);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------

const require = createRequire(import.meta.url);
const fontkitFonts = new Map<FontFamily, { hasGlyphForCodePoint(cp: number): boolean }>();

function fontkitFont(family: FontFamily) {
  let font = fontkitFonts.get(family);
  if (!font) {
    font = fontkit.create(readFileSync(require.resolve(fontFaces()[family].normal))) as unknown as {
      hasGlyphForCodePoint(cp: number): boolean;
    };
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
    if (
      object instanceof PDFDict &&
      object.get(PDFName.of('Type'))?.toString() === '/Font' &&
      object.get(PDFName.of('Subtype'))?.toString() === '/Type0'
    ) {
      expect(object.get(PDFName.of('Encoding'))?.toString()).toBe('/Identity-H');
    }
  }
  return count;
}

/** The BaseFont names of the fonts embedded in a PDF. */
async function embeddedFontNames(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const names: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (
      object instanceof PDFDict &&
      object.get(PDFName.of('Type'))?.toString() === '/Font' &&
      object.get(PDFName.of('Subtype'))?.toString() === '/Type0'
    ) {
      names.push(String(object.get(PDFName.of('BaseFont'))).replace(/^\//, ''));
    }
  }
  return names;
}

type Glyph = { font: string; gid: number; outline: boolean };

/**
 * For every character the PDF's Type0 fonts map back to (their ToUnicode CMaps), the glyphs that draw it:
 * the font's name, the glyph id in the embedded subset and whether that glyph has an outline, read from
 * the embedded font program itself (FontFile2) with fontkit.
 */
async function embeddedCoverage(bytes: Uint8Array): Promise<Map<string, Glyph[]>> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const streamBytes = (ref: unknown) => {
    const stream = doc.context.lookup(ref as PDFRef);
    return stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : undefined;
  };
  const coverage = new Map<string, Glyph[]>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype'))?.toString() !== '/Type0') continue;
    const name = String(object.get(PDFName.of('BaseFont'))).replace(/^\//, '');
    const descendants = doc.context.lookup(object.get(PDFName.of('DescendantFonts'))) as PDFArray;
    const cidFont = doc.context.lookup(descendants.get(0)) as PDFDict;
    const descriptor = doc.context.lookup(cidFont.get(PDFName.of('FontDescriptor'))) as PDFDict;
    const program = streamBytes(descriptor.get(PDFName.of('FontFile2')));
    const cmap = streamBytes(object.get(PDFName.of('ToUnicode')));
    expect(program, `${name} is embedded`).toBeDefined();
    expect(cmap, `${name} has a ToUnicode map`).toBeDefined();
    const font = fontkit.create(Buffer.from(program!)) as unknown as {
      numGlyphs: number;
      getGlyph(id: number): { path: { commands: unknown[] } };
    };
    for (const [gid, text] of toUnicode(Buffer.from(cmap!).toString('latin1'))) {
      const outline = gid < font.numGlyphs && font.getGlyph(gid).path.commands.length > 0;
      for (const ch of [...text]) coverage.set(ch, [...(coverage.get(ch) ?? []), { font: name, gid, outline }]);
    }
  }
  return coverage;
}

/** The code → text pairs of a ToUnicode CMap (bfchar, and bfrange in both its forms). */
function toUnicode(cmap: string): [number, string][] {
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  const pairs: [number, string][] = [];
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) pairs.push([parseInt(m[1], 16), utf16(m[2])]);
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const start = parseInt(m[1], 16);
      const end = parseInt(m[2], 16);
      if (m[3].startsWith('[')) {
        [...m[3].matchAll(/<([0-9a-fA-F]+)>/g)].forEach((d, k) => pairs.push([start + k, utf16(d[1])]));
      } else {
        const first = utf16(m[3].slice(1, -1));
        for (let code = start; code <= end; code++)
          pairs.push([code, first.slice(0, -1) + String.fromCharCode(first.charCodeAt(first.length - 1) + code - start)]);
      }
    }
  }
  return pairs;
}

/** The BaseFont names of every font in a PDF (any type). */
async function allFontNames(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const names: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict && object.get(PDFName.of('Type'))?.toString() === '/Font' && object.get(PDFName.of('BaseFont'))) {
      names.push(String(object.get(PDFName.of('BaseFont'))).replace(/^\//, ''));
    }
  }
  return names;
}
