// The evidence bundle: page count, the stamp on every page, bookmarks, image pages, text exhibits, determinism.
import { describe, expect, it, beforeAll } from 'vitest';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { strToU8 } from 'fflate';
import { checkCase, createEnv, type CheckedCase } from '../../../src/case/process-case.js';
import { loadWordLists } from '../../../src/rules/words.js';
import { evidenceBundle } from '../../../src/case/pack.js';
import { parseCsv, xlsxSheets, docxParagraphs } from '../../../src/stages/evidence-text.js';
import { jpegOrientation } from '../../../src/render/bundle/images.js';
import { docxFile, xlsxFile } from '../../helpers/office-files.js';
import type { EvidenceFacts } from '../../../src/stages/evidence.js';
import { linesOf, pdfPages } from '../../helpers/read-pdf.js';

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists(), sourceDateEpoch: 1792500000 });

async function bundleOf(caseFile: string): Promise<{ bytes: Uint8Array; checked: CheckedCase }> {
  const { checked } = await checkCase(caseFile, env);
  expect(checked).toBeDefined();
  const { bytes } = await evidenceBundle(checked!.case, checked!.evidence, checked!.templates.strings);
  return { bytes, checked: checked! };
}

/** The stamp line of each page: the lowest line of text. */
async function stamps(bytes: Uint8Array): Promise<string[]> {
  return (await pdfPages(bytes)).map((p) => {
    const lines = linesOf(p.items);
    return lines[lines.length - 1]?.text ?? '';
  });
}

describe('evidence bundle (northwind-counterfeit: six PDFs and a PNG)', () => {
  let bytes: Uint8Array;
  let checked: CheckedCase;
  beforeAll(async () => {
    ({ bytes, checked } = await bundleOf('cases/northwind-counterfeit/case.yaml'));
  }, 120_000);

  it('has the index pages, one cover per exhibit and every evidence page', async () => {
    const pages = await pdfPages(bytes);
    const evidencePages = checked.evidence.reduce((sum, f) => sum + (f.pages ?? 0), 0);
    const indexPages = (await stamps(bytes)).filter((s) => s.includes('Evidence index - page')).length;
    expect(indexPages).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBe(indexPages + checked.evidence.length + evidencePages);
  });

  it('stamps every page with the store (no case id), the bundle page and the exhibit page, in order', async () => {
    const got = await stamps(bytes);
    const total = got.length;
    const expected: string[] = [];
    const indexPages = got.filter((s) => s.includes('Evidence index')).length;
    for (let i = 1; i <= indexPages; i++) expected.push(`Evidence index - page ${i} of ${indexPages}`);
    for (const f of checked.evidence) {
      expected.push(`Exhibit ${f.exhibit.label} - cover`);
      for (let p = 1; p <= f.pages!; p++) expected.push(`Exhibit ${f.exhibit.label} - page ${p} of ${f.pages}`);
    }
    expect(got.length).toBe(expected.length);
    got.forEach((line, i) => {
      expect(line).toContain(checked.case.input.seller.store_name);
      expect(line).not.toContain(checked.case.id);
      expect(line).toContain(`Bundle page ${i + 1} of ${total}`);
      expect(line).toContain(expected[i]);
    });
  });

  it('keeps merged evidence pages clear of the stamp (content scaled into the frame above it)', async () => {
    const pages = await pdfPages(bytes);
    for (const page of pages) {
      const lines = linesOf(page.items);
      const stampY = lines[lines.length - 1].y;
      for (const line of lines.slice(0, -1)) expect(line.y).toBeGreaterThan(stampY + 8);
    }
  });

  it('lists the bundle page where each exhibit starts in the index, and the covers are there', async () => {
    const pages = await pdfPages(bytes);
    const got = await stamps(bytes);
    for (const f of checked.evidence) {
      const cover = got.findIndex((s) => s.includes(`Exhibit ${f.exhibit.label} - cover`));
      const text = linesOf(pages[cover].items)
        .map((l) => l.text)
        .join('\n');
      expect(text).toContain(`Exhibit ${f.exhibit.label}`);
      expect(text).toContain(f.sha256);
    }
    const index = linesOf(pages[0].items)
      .map((l) => l.text)
      .join('\n');
    expect(index).toContain('Bundle page');
  });

  it('has a bookmark for the index and each exhibit, pointing at its first page', async () => {
    const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    const outline = await pdf.getOutline();
    expect(outline.map((o) => o.title)).toEqual([
      'Evidence index',
      ...checked.evidence.map((f) => `Exhibit ${f.exhibit.label}: ${f.exhibit.title}`),
    ]);
    const got = await stamps(bytes);
    for (const [i, f] of checked.evidence.entries()) {
      const dest = outline[i + 1].dest as unknown[];
      const pageIndex = await pdf.getPageIndex(dest[0] as { num: number; gen: number });
      expect(got[pageIndex]).toContain(`Exhibit ${f.exhibit.label} - cover`);
    }
    await pdf.destroy();
  });

  it('places a PNG exhibit as an image on its page', async () => {
    const png = checked.evidence.find((f) => f.format === 'png')!;
    const got = await stamps(bytes);
    const pageIndex = got.findIndex((s) => s.includes(`Exhibit ${png.exhibit.label} - page 1 of 1`));
    const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    const ops = await (await pdf.getPage(pageIndex + 1)).getOperatorList();
    expect(ops.fnArray).toContain(OPS.paintImageXObject);
    await pdf.destroy();
  });

  it('gives the same bytes twice', async () => {
    const again = await evidenceBundle(checked.case, checked.evidence, checked.templates.strings);
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);
  }, 60_000);
});

describe('text-like exhibits become readable pages', () => {
  const fact = (base: EvidenceFacts, format: EvidenceFacts['format'], file: string, data: Uint8Array, label: string): EvidenceFacts => ({
    ...base,
    exhibit: { ...base.exhibit, label, id: `X${label}`, title: `${format} exhibit`, file },
    file,
    format,
    bytes: data,
    size: data.length,
    pages: undefined,
  });
  let xlsx: Uint8Array;
  let docx: Uint8Array;
  beforeAll(async () => {
    xlsx = await xlsxFile('Sales', ['ASIN', 'Units'], [[['B0D7NW2K4Q'], [1184, '0']]]);
    docx = await docxFile([['Goods-in log & returns'], ['Batch ', '26-114']]);
  });

  it('parses CSV, XLSX and DOCX text', async () => {
    expect(parseCsv('a,"b, c"\r\n1,"say ""hi"""\n')).toEqual([
      ['a', 'b, c'],
      ['1', 'say "hi"'],
    ]);
    expect(await xlsxSheets(xlsx)).toEqual([
      {
        name: 'Sales',
        rows: [
          ['ASIN', 'Units'],
          ['B0D7NW2K4Q', '1184'],
        ],
      },
    ]);
    expect(await docxParagraphs(docx)).toEqual(['Goods-in log & returns', 'Batch 26-114']);
  });

  it('renders CSV, TXT, XLSX and DOCX exhibits as stamped pages with their text', async () => {
    const { checked } = await checkCase('cases/sunrise-odr/case.yaml', env);
    const base = checked!.evidence[0];
    const facts = [
      fact(base, 'csv', 'evidence/refunds.csv', strToU8('order,amount\n112-1234567-1234567,19.99\n'), 'A'),
      fact(base, 'txt', 'evidence/note.txt', strToU8('Carrier claim filed 2026-10-30.\nReference CL-5521.'), 'B'),
      fact(base, 'xlsx', 'evidence/sales.xlsx', xlsx, 'C'),
      fact(base, 'docx', 'evidence/log.docx', docx, 'D'),
    ];
    const { bytes, layout } = await evidenceBundle(checked!.case, facts, checked!.templates.strings);
    const pages = await pdfPages(bytes);
    expect(pages.length).toBe(layout.total);
    const text = pages
      .map((p) =>
        linesOf(p.items)
          .map((l) => l.text)
          .join('\n'),
      )
      .join('\n');
    for (const s of ['112-1234567-1234567', 'Reference CL-5521.', 'B0D7NW2K4Q', 'Goods-in log & returns', 'Exhibit D - page 1 of 1'])
      expect(text).toContain(s);
  }, 60_000);
});

describe('JPEG orientation', () => {
  it('reads the EXIF orientation tag', () => {
    // SOI, APP1 "Exif\0\0", TIFF header (II), IFD with one entry: 0x0112 SHORT 1 = 6.
    const tiff = [0x49, 0x49, 0x2a, 0x00, 0x08, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0];
    const app1 = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0, app1.length + 2, ...app1, 0xff, 0xda]);
    expect(jpegOrientation(bytes)).toBe(6);
    expect(jpegOrientation(new Uint8Array([0xff, 0xd8, 0xff, 0xda]))).toBe(1);
  });
});
