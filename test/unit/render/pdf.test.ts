import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import pdfmake from 'pdfmake';
import type { Block, DocumentModel, Span } from '../../../src/model/document.js';
import { heldFontFiles, releaseIdleFonts, splitByScript, uncoveredCharacters } from '../../../src/render/fonts.js';
import { documentDefinition, layoutPdf, renderPdf } from '../../../src/render/pdf.js';
import { linesOf, pdfInfo, pdfPageCount, pdfPages, pdfText } from '../../helpers/read-pdf.js';
import { useTools } from '../../helpers/tools.js';

const t = (text: string, extra: Partial<Span> = {}): Span[] => [{ text, ...extra }];
const p = (text: string): Block => ({ kind: 'paragraph', spans: t(text) });

const HEADINGS = ['1. Root causes', '2. Corrective actions taken', '2.1 Supplier evidence', '3. Preventive measures'];
const LIST_ITEMS = [
  'We bought 240 units of the stainless-steel kettle (ASIN B0C1234567) from a new wholesaler',
  'Invoice INV-2024-1182 dated 2 December 2024',
  'Cartons were not opened at receiving.',
  'No serial numbers were recorded.',
  'Refunded every buyer who ordered from the affected shipment',
  'Ended our relationship with the wholesaler and reported the issue to the brand owner.',
  'Listing review: a second team member checks every listing detail',
];
const CELLS = ['Exhibit', 'Supplier', 'Invoice', 'Units', 'HD-55120', 'Pacific Brands Wholesale Ltd.', 'PBW-2025-0091', '120'];

function englishLetter(): DocumentModel {
  return {
    title: 'Plan of Action – Account A1B2C3D4E5',
    author: 'Northwind Home Goods LLC',
    subject: 'Appeal of the deactivation of selling privileges',
    language: 'en-US',
    paper: 'A4',
    createdAt: new Date('2025-03-14T09:30:00Z'),
    footer: 'Page {page} of {pages}',
    footerNote: 'Case 17234598011',
    blocks: [
      {
        kind: 'letterhead',
        name: 'Northwind Home Goods LLC',
        lines: ['1200 Harbor Way, Suite 400, Seattle, WA 98101, United States', 'compliance@northwind-home.example · +1 206 555 0142'],
      },
      p('14 March 2025'),
      p('Amazon Seller Performance Team'),
      { kind: 'paragraph', style: 'subject', spans: t('Plan of Action: Appeal of account deactivation (ASIN B0C1234567)') },
      p('Dear Seller Performance Team,'),
      {
        kind: 'paragraph',
        spans: [
          { text: 'Thank you for the opportunity to address the concerns raised about our account. We take the ' },
          { text: 'authenticity of every unit we sell', bold: true },
          { text: ' seriously, and we have reviewed each complaint, our supply chain and our listing practices. ' },
          { text: 'This Plan of Action explains what went wrong, what we fixed and how we prevent it.', italic: true },
        ],
      },
      { kind: 'heading', level: 1, spans: t(HEADINGS[0]) },
      p(
        'After a full review of the orders named in your notification, our catalogue and our purchasing records for the last twelve months, we identified the following root causes.',
      ),
      {
        kind: 'list',
        ordered: true,
        items: [
          [
            p(`${LIST_ITEMS[0]} without first confirming that it was an authorised distributor of the brand.`),
            { kind: 'paragraph', style: 'small', spans: t(`${LIST_ITEMS[1]}; the supplier could not provide a letter of authorisation.`) },
          ],
          [p('Our listing described the product as "original packaging" although the wholesaler repackaged some units.')],
          [
            p('Our quality check inspected only one carton per shipment, so a mixed shipment was not noticed.'),
            { kind: 'list', ordered: true, items: [[p(LIST_ITEMS[2])], [p(LIST_ITEMS[3])]] },
          ],
        ],
      },
      { kind: 'heading', level: 1, spans: t(HEADINGS[1]) },
      {
        kind: 'list',
        ordered: false,
        items: [
          [p('Removed all remaining inventory of the affected ASIN from the fulfilment centre and destroyed it.')],
          [p(`${LIST_ITEMS[4]}, including those who did not complain, 37 orders in total.`)],
          [p(LIST_ITEMS[5])],
        ],
      },
      { kind: 'heading', level: 2, spans: t(HEADINGS[2]) },
      p('The table below lists the invoices we now hold for the brand, all from authorised distributors.'),
      {
        kind: 'table',
        columns: [
          { title: t('Exhibit'), width: 1 },
          { title: t('Supplier'), width: 3 },
          { title: t('Invoice'), width: 2 },
          { title: t('Units'), width: 1, align: 'right' },
        ],
        rows: [
          [t('A'), t('Harbor Distribution Inc. (authorised distributor)'), t('HD-55120'), t('300')],
          [t('B'), t('Pacific Brands Wholesale Ltd.'), t('PBW-2025-0091'), t('120')],
          [t('C'), t('Brand owner direct account'), t('LOA-2025-01'), t('—')],
        ],
      },
      { kind: 'heading', level: 1, spans: t(HEADINGS[3]) },
      p(
        'To make sure this cannot happen again, we have changed how we choose suppliers, how we receive stock and how we write listings. Each measure has an owner and is checked every month by our compliance lead.',
      ),
      {
        kind: 'list',
        ordered: true,
        items: [
          [p('Supplier vetting: we only buy from distributors who can show a letter of authorisation, verified with the brand.')],
          [p('Receiving inspection: every carton is opened and every unit is checked against the authenticity features.')],
          [p(`${LIST_ITEMS[6]} against the product in hand before it goes live.`)],
          [p("Training: all staff completed training on Amazon's policies on authentic items and product condition.")],
        ],
      },
      p(
        'We have also set up a weekly review of buyer messages, returns and Voice of the Customer data, so that any complaint about condition or authenticity is investigated within 24 hours and fixed at its root.',
      ),
      p(
        'We have also appointed a compliance lead who reports to the owners every month on supplier documents, inspection results and buyer feedback, and who signs off every new supplier before the first purchase order is placed.',
      ),
      p(
        'We respectfully ask you to reinstate our selling privileges. We value our customers and our relationship with Amazon, and we are confident that the measures above resolve the problem for good.',
      ),
      p('Sincerely,'),
      { kind: 'spacer' },
      { kind: 'paragraph', spans: t('Jane Doe', { bold: true }) },
      { kind: 'paragraph', style: 'small', spans: t('Compliance Lead, Northwind Home Goods LLC') },
      { kind: 'rule' },
      { kind: 'paragraph', style: 'small', spans: t('Attachments: Exhibits A–C (invoices), training certificates.') },
    ],
  };
}

const CJK = ['深圳市龙岗区发货', '臺灣貿易有限公司', '株式会社さくら商事', 'かな', '漢字', '한국어'];
const JA_PARAGRAPH =
  '当社は、出品者パフォーマンスチームからのご連絡を受け、該当する注文、仕入れ記録および出品内容をすべて確認いたしました。' +
  'その結果、正規代理店であることを確認しないまま新しい卸売業者から商品を仕入れたこと、商品ページの記載が実際の梱包状態と一致していなかったこと、' +
  'そして入荷時の検品が一部の箱に限られていたことが根本原因であると判断いたしました。' +
  '現在は、すべての仕入先について正規の販売許可証を確認し、入荷した商品を一点ずつ検品し、出品内容を二名で確認する体制に改めております。';

function cjkLetter(language = 'en-US'): DocumentModel {
  return {
    ...englishLetter(),
    title: 'Plan of Action – 株式会社さくら商事',
    language,
    blocks: [
      { kind: 'letterhead', name: '株式会社さくら商事', lines: ['〒150-0002 東京都渋谷区渋谷2-21-1'] },
      { kind: 'paragraph', style: 'subject', spans: t('Plan of Action: 深圳市龙岗区发货 and 臺灣貿易有限公司') },
      { kind: 'heading', level: 1, spans: t('1. 根本原因 (Root causes)') },
      p('Our warehouse 深圳市龙岗区发货 shipped units bought from 臺灣貿易有限公司; our partner wrote the 한국어 documents.'),
      {
        kind: 'paragraph',
        spans: [{ text: 'かな' }, { text: ' and ' }, { text: '漢字', bold: true }, { text: ' appear in 株式会社さくら商事.' }],
      },
      p(JA_PARAGRAPH),
      {
        kind: 'table',
        columns: [
          { title: t('会社 / Company'), width: 2 },
          { title: t('所在地'), width: 3 },
        ],
        rows: [
          [t('株式会社さくら商事'), t('東京都渋谷区')],
          [t('臺灣貿易有限公司'), t('台北市')],
          [t('한국어'), t('서울특별시')],
        ],
      },
    ],
  };
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}

const english = once(() => renderPdf(englishLetter()));
const cjk = once(() => renderPdf(cjkLetter()));
const squash = (s: string) => s.replace(/\s+/g, '');

// Every text item lies inside the page's left and right margins (nothing overflows).
async function expectInsideMargins(bytes: Uint8Array, margin = 56): Promise<void> {
  for (const page of await pdfPages(bytes)) {
    for (const item of page.items) {
      expect(item.x, item.str).toBeGreaterThanOrEqual(margin - 1);
      expect(item.x + item.width, item.str).toBeLessThanOrEqual(page.width - margin + 1);
    }
  }
}

describe('renderPdf: English letter', { timeout: 60_000 }, () => {
  it('reads back every heading, list item, cell and the page footers', async () => {
    const bytes = await english();
    const text = await pdfText(bytes);
    const flat = text.replace(/\s+/g, ' ');
    expect(await pdfPageCount(bytes)).toBe(2);
    for (const s of [...HEADINGS, ...LIST_ITEMS, ...CELLS]) expect(flat).toContain(s);
    expect(text).toContain('Page 1 of 2');
    expect(text).toContain('Page 2 of 2');
    expect(text).toContain('Case 17234598011');
    expect(text.split('\n\f\n')).toHaveLength(2);
  });

  it('gives identical bytes for identical input, also in another time zone', async () => {
    const first = await english();
    const second = await renderPdf(englishLetter());
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Tokyo';
    try {
      const third = await renderPdf(englishLetter());
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      expect(Buffer.from(third).equals(Buffer.from(first))).toBe(true);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('gives the same bytes when renders run concurrently (fonts are shared across documents)', async () => {
    const [a, b, c] = await Promise.all([renderPdf(englishLetter()), renderPdf(cjkLetter()), renderPdf(englishLetter())]);
    expect(Buffer.from(a).equals(Buffer.from(await english()))).toBe(true);
    expect(Buffer.from(c).equals(Buffer.from(await english()))).toBe(true);
    expect(Buffer.from(b).equals(Buffer.from(await cjk()))).toBe(true);
  });

  it('lays out without writing: the page count read back from the file, the same bytes; a layout left unwritten changes no later bytes', async () => {
    const first = await english();
    // A layout only counted (as a checklist or an index that turns out too long) is never written out.
    const counted = await layoutPdf(cjkLetter());
    const laid = await layoutPdf(englishLetter());
    const bytes = await laid.bytes();
    expect(laid.pages).toBe(await pdfPageCount(bytes));
    expect(laid.pages).toBeGreaterThan(1);
    expect(Buffer.from(bytes).equals(Buffer.from(first))).toBe(true);
    expect(counted.pages).toBe(await pdfPageCount(await cjk()));
  });

  it('is small, and carries the metadata of the model', async () => {
    const bytes = await english();
    expect(bytes.length).toBeLessThan(100 * 1024);
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toContain('/Lang (en-US)');
    expect(await pdfInfo(bytes)).toMatchObject({
      Title: 'Plan of Action – Account A1B2C3D4E5',
      Author: 'Northwind Home Goods LLC',
      Subject: 'Appeal of the deactivation of selling privileges',
      Producer: 'appeal-kit',
      Creator: 'appeal-kit',
      CreationDate: 'D:20250314093000Z',
      ModDate: 'D:20250314093000Z',
      Language: 'en-US',
    });
  });

  it('keeps text inside the margins and never breaks a Latin word', async () => {
    const bytes = await english();
    await expectInsideMargins(bytes);
    const text = (await pdfText(bytes)).replace(/-\n/g, '-');
    const tokens = new Set(text.split(/\s+/));
    const words = englishLetter()
      .blocks.flatMap((b) => ('spans' in b ? b.spans : []))
      .flatMap((s) => s.text.split(/\s+/))
      .filter(Boolean);
    for (const word of words) expect(tokens.has(word), word).toBe(true);
  });

  it('renders on Letter paper too', async () => {
    const bytes = await renderPdf({ ...englishLetter(), paper: 'LETTER' });
    const [page] = await pdfPages(bytes);
    expect([Math.round(page.width), Math.round(page.height)]).toEqual([612, 792]);
    await expectInsideMargins(bytes, 57);
  });
});

describe('renderPdf: Chinese, Japanese and Korean', { timeout: 60_000 }, () => {
  it('reads back every CJK string exactly and stays under 1 MB', async () => {
    const bytes = await cjk();
    const text = await pdfText(bytes);
    for (const s of CJK) expect(text).toContain(s);
    expect(bytes.length).toBeLessThan(1024 * 1024);
  });

  it('wraps a long Japanese paragraph inside the margins and reads it back completely', async () => {
    const bytes = await cjk();
    await expectInsideMargins(bytes);
    const text = await pdfText(bytes);
    expect(squash(text)).toContain(squash(JA_PARAGRAPH));
    const jaLines = text.split('\n').filter((line) => /[ぁ-ん]/.test(line) && line.includes('、'));
    expect(jaLines.length).toBeGreaterThanOrEqual(4);
  });

  it('renders a Japanese-language document (JP font first, SC for characters JP lacks)', async () => {
    const bytes = await renderPdf(cjkLetter('ja-JP'));
    const text = await pdfText(bytes);
    for (const s of CJK) expect(text).toContain(s);
    expect(Buffer.from(bytes).toString('latin1')).toContain('/Lang (ja-JP)');
  });

  it('gives the same bytes after the CJK faces were released between cases and read again', async () => {
    const first = await cjk();
    await renderPdf(englishLetter());
    // The first call forgets what the CJK letter used; the second, with only Latin used since, releases the faces.
    releaseIdleFonts();
    releaseIdleFonts();
    expect(heldFontFiles().some((file) => /NotoSans(SC|JP|KR)/.test(file))).toBe(false);
    const again = await renderPdf(cjkLetter());
    expect(heldFontFiles().some((file) => /NotoSansSC/.test(file))).toBe(true);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it('embeds the CJK fonts as subsets', async () => {
    const raw = Buffer.from(await cjk()).toString('latin1');
    const names = [...raw.matchAll(/\/BaseFont \/([A-Z]{6})\+([\w-]+)/g)].map((m) => m[2]);
    for (const font of ['NotoSansSC-Regular', 'NotoSansJP-Regular', 'NotoSansKR-Regular', 'NotoSans-Regular']) {
      expect(names).toContain(font);
    }
  });

  it('pdffonts reports every font embedded, subset and with a Unicode map', async (ctx) => {
    const [pdffonts] = useTools(ctx, 'pdffonts');
    const bytes = await cjk();
    const { writeFileSync, mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'appeal-kit-pdf-'));
    try {
      const file = join(dir, 'cjk.pdf');
      writeFileSync(file, bytes);
      const rows = execFileSync(pdffonts, [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
      expect(rows.some((row) => row.includes('NotoSansSC'))).toBe(true);
      expect(rows.some((row) => row.includes('NotoSansJP'))).toBe(true);
      expect(rows.some((row) => row.includes('NotoSansKR'))).toBe(true);
      for (const row of rows) expect(row, row).toMatch(/\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('renderPdf: layout rules', { timeout: 60_000 }, () => {
  it('repeats the table header on every page and never drops a row taller than a page', async () => {
    const long = 'This supplier statement is very long and explains the chain of custody in detail. '.repeat(120);
    const rows: Span[][][] = Array.from({ length: 40 }, (_, i) => [t(`R${i + 1}`), t(`Invoice ${1000 + i}`)]);
    rows.splice(5, 0, [t('GIANT'), t(long)]);
    const doc: DocumentModel = {
      ...englishLetter(),
      blocks: [
        p('Intro.'),
        { kind: 'table', columns: [{ title: t('Row id') }, { title: t('Statement'), width: 4 }], rows },
        p('After the table.'),
      ],
    };
    const bytes = await renderPdf(doc);
    const pages = (await pdfText(bytes)).split('\n\f\n');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(page).toContain('Row id Statement');
    const all = pages.join('\n');
    for (const id of ['GIANT', 'R1', 'R40', 'After the table.']) expect(all).toContain(id);
    await expectInsideMargins(bytes);
  });

  it('wraps an unbreakable token inside a narrow table cell', async () => {
    const doc: DocumentModel = {
      ...englishLetter(),
      blocks: [
        {
          kind: 'table',
          columns: [
            { title: t('Tracking'), width: 1 },
            { title: t('Note'), width: 5 },
          ],
          rows: [[t('1Z999AA10123456784XYZ1Z999AA10123456784XYZ'), t('')]],
        },
      ],
    };
    const bytes = await renderPdf(doc);
    await expectInsideMargins(bytes);
    expect(squash(await pdfText(bytes))).toContain('1Z999AA10123456784XYZ1Z999AA10123456784XYZ');
  });

  it('never leaves a heading as the last line of a page', async () => {
    const filler = 'The compliance lead reviews supplier documents, inspection logs and buyer messages every week. ';
    const blocks: Block[] = [];
    for (let i = 1; i <= 24; i++) {
      blocks.push({ kind: 'heading', level: i % 3 === 0 ? 2 : 1, spans: t(`Section ${i}`), keepWithNext: true });
      blocks.push(p(filler.repeat(1 + ((i * 7) % 6))));
    }
    const doc: DocumentModel = { ...englishLetter(), blocks };
    const lastLines = async (bytes: Uint8Array) =>
      (await pdfPages(bytes)).slice(0, -1).map((page) => {
        const body = linesOf(page.items).filter((line) => line.y > 50);
        return body[body.length - 1].text;
      });

    // Without the keep-with-next hook this document does strand a heading (the test is meaningful).
    await renderPdf(doc); // configures the shared pdfmake instance
    const unkept = await pdfmake.createPdf({ ...documentDefinition(doc), pageBreakBefore: undefined }).getBuffer();
    expect((await lastLines(new Uint8Array(unkept))).some((line) => line.startsWith('Section'))).toBe(true);

    const kept = await renderPdf(doc);
    for (const line of await lastLines(kept)) expect(line.startsWith('Section'), line).toBe(false);
  });

  it('honours page breaks but never starts with a blank page', async () => {
    const doc: DocumentModel = {
      ...englishLetter(),
      blocks: [{ kind: 'pageBreak' }, p('First page.'), { kind: 'pageBreak' }, p('Second page.'), { kind: 'pageBreak' }],
    };
    const pages = (await pdfText(await renderPdf(doc))).split('\n\f\n');
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('First page.');
    expect(pages[1]).toContain('Second page.');
  });
});

describe('fonts', () => {
  it('reports characters no bundled font covers', () => {
    expect(uncoveredCharacters('ok 😀')).toEqual(['😀']);
    expect(uncoveredCharacters('Plain text, 深圳 さくら 한국어 →\n\t')).toEqual([]);
    expect(uncoveredCharacters('😀😀 🚚')).toEqual(['😀', '🚚']);
  });

  it('keeps Latin text, with its spaces and punctuation, in one run', () => {
    expect(splitByScript('Hello, world (ASIN B0C1234567).', 'en-US')).toEqual([
      { text: 'Hello, world (ASIN B0C1234567).', family: 'NotoSans' },
    ]);
  });

  it('splits by script: Han to SC, kana to JP, Hangul to KR', () => {
    expect(splitByScript('Ship from 深圳市龙岗区发货 today', 'en-US')).toEqual([
      { text: 'Ship from ', family: 'NotoSans' },
      { text: '深圳市龙岗区发货 ', family: 'NotoSansSC' },
      { text: 'today', family: 'NotoSans' },
    ]);
    expect(splitByScript('한국어 지원', 'en-US')).toEqual([{ text: '한국어 지원', family: 'NotoSansKR' }]);
    expect(splitByScript('かな', 'en-US')).toEqual([{ text: 'かな', family: 'NotoSansJP' }]);
    // Han next to kana is Japanese, even in an English letter.
    expect(splitByScript('株式会社さくら商事', 'en-US')).toEqual([{ text: '株式会社さくら商事', family: 'NotoSansJP' }]);
  });

  it('prefers the Japanese font in Japanese documents and falls back by coverage', () => {
    expect(splitByScript('漢字', 'ja-JP')).toEqual([{ text: '漢字', family: 'NotoSansJP' }]);
    // Noto Sans JP lacks the simplified 岗发货.
    expect(splitByScript('深圳市龙岗区发货', 'ja-JP')).toEqual([
      { text: '深圳市龙', family: 'NotoSansJP' },
      { text: '岗', family: 'NotoSansSC' },
      { text: '区', family: 'NotoSansJP' },
      { text: '发货', family: 'NotoSansSC' },
    ]);
    expect(splitByScript('「さくら」、', 'ja-JP')).toEqual([{ text: '「さくら」、', family: 'NotoSansJP' }]);
    // Punctuation between words looks the same whichever scripts surround it.
    expect(splitByScript('深圳 · 臺灣', 'en-US')).toEqual([
      { text: '深圳 ', family: 'NotoSansSC' },
      { text: '·', family: 'NotoSans' },
      { text: ' 臺灣', family: 'NotoSansSC' },
    ]);
  });

  it('never loses or reorders characters', () => {
    const samples = ['', ' ', 'a', '😀 ok', 'Mixed 深圳 かな 한국 — “quotes” ①', JA_PARAGRAPH];
    for (const s of samples) {
      expect(
        splitByScript(s, 'en-US')
          .map((r) => r.text)
          .join(''),
      ).toBe(s);
    }
  });
});
