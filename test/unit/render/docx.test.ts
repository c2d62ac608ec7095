import { describe, it, expect, vi } from 'vitest';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import { renderDocx, normalizeDocx } from '../../../src/render/docx.js';
import { forgetStylesParts } from '../../../src/render/docx-package.js';
import { fontFaces, fontFileBytes, heldFontFiles, releaseIdleFonts } from '../../../src/render/fonts.js';
import { LATIN_FONT } from '../../../src/render/theme.js';
import type { Block, DocumentModel } from '../../../src/model/document.js';
import { docxParts, docxText, docxXml, paragraphTexts, xmlProblem } from '../../helpers/read-docx.js';

const p = (text: string, style?: 'body' | 'small' | 'subject'): Block => ({ kind: 'paragraph', spans: [{ text }], style });
const h = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, spans: [{ text }] });
const ol = (...items: string[]): Block => ({ kind: 'list', ordered: true, items: items.map((t) => [p(t)]) });

const HEADINGS = ['Plan of Action', 'Root cause', 'Immediate actions taken', 'Preventive measures', 'Evidence'];
const FIRST_LIST = [
  'Our warehouse in 深圳市龙岗区发货 shipped 42 units that were not checked against the listing.',
  'The supplier invoice from 臺灣貿易有限公司 did not match the brand on the detail page.',
  'Our listing team copied the title from a competitor instead of the brand owner.',
];
const SECOND_LIST = [
  'We removed all 42 affected units from sale on 2 March and issued full refunds.',
  'We contacted every buyer and offered a replacement from 株式会社さくら商事 stock.',
];
const BULLETS = ['A two-person check of every inbound shipment', 'Monthly supplier audits (한국어 invoices translated)'];
const TABLE_CELLS = [
  ['Exhibit', 'Document', 'Date'],
  ['A', 'Supplier invoice INV-2291 from 臺灣貿易有限公司', '2025-02-14'],
  ['B', 'Letter of authorisation, 株式会社さくら商事', '2025-02-20'],
  ['C', 'Refund report <all orders> & buyer messages', '2025-03-02'],
];

function sampleLetter(overrides: Partial<DocumentModel> = {}): DocumentModel {
  const [head, ...rows] = TABLE_CELLS;
  return {
    title: 'Plan of Action: ASIN B0TEST1234',
    author: 'Shenzhen Example Trading Co., Ltd.',
    subject: 'Appeal of listing deactivation',
    language: 'en-US',
    paper: 'A4',
    createdAt: new Date('2025-03-04T09:30:15.250Z'),
    footer: 'Page {page} of {pages}',
    footerNote: 'Case 1234567890',
    blocks: [
      {
        kind: 'letterhead',
        name: 'Shenzhen Example Trading Co., Ltd.',
        lines: ['Merchant token A1B2C3D4E5', 'seller@example.com · +86 755 1234 5678'],
      },
      p('4 March 2025'),
      p('Amazon Seller Performance Team'),
      p('Re: Appeal of listing deactivation, ASIN B0TEST1234', 'subject'),
      h(1, HEADINGS[0]),
      p('Dear Seller Performance Team, thank you for reviewing our account. We take the authenticity of our listings seriously.'),
      h(2, HEADINGS[1]),
      ol(...FIRST_LIST),
      h(2, HEADINGS[2]),
      ol(...SECOND_LIST),
      h(2, HEADINGS[3]),
      { kind: 'list', ordered: false, items: BULLETS.map((t) => [p(t), p('Owner: operations manager; reviewed weekly.', 'small')]) },
      { kind: 'rule' },
      h(3, HEADINGS[4]),
      {
        kind: 'table',
        columns: head.map((text, i) => ({ title: [{ text }], width: [1, 5, 2][i], align: i === 2 ? ('right' as const) : undefined })),
        rows: rows.map((row) => row.map((text) => [{ text }])),
      },
      { kind: 'spacer' },
      p('Sincerely,'),
      p('Li Wei, Operations Manager'),
      p(
        'This letter and its exhibits are confidential. 株式会社さくら商事 and 臺灣貿易有限公司 consented to sharing their documents.',
        'small',
      ),
    ],
    ...overrides,
  };
}

async function withTimeZone<T>(tz: string, run: () => Promise<T>): Promise<T> {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    return await run();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

/** The paragraphs (<w:p>…</w:p>) of document.xml, as XML, in order. */
function paragraphsXml(xml: string): string[] {
  return xml.match(/<w:p(?=[\s>])[\s\S]*?<\/w:p>/g) ?? [];
}

function numIdOf(paragraphXml: string): string | undefined {
  return /<w:numId w:val="(\d+)"\/>/.exec(paragraphXml)?.[1];
}

function paragraphWithText(xml: string, text: string): string {
  const found = paragraphsXml(xml).find((para) => paragraphTexts(para).join('') === text);
  if (!found) throw new Error(`no paragraph with text ${text}`);
  return found;
}

describe('renderDocx', () => {
  it('gives back every heading, list item, table cell and CJK string as written', async () => {
    const text = docxText(await renderDocx(sampleLetter()));
    const lines = text.split('\n');
    for (const expected of [...HEADINGS, ...FIRST_LIST, ...SECOND_LIST, ...BULLETS, ...TABLE_CELLS.flat()]) {
      expect(lines).toContain(expected);
    }
    for (const cjk of ['深圳市龙岗区发货', '臺灣貿易有限公司', '株式会社さくら商事', '한국어']) expect(text).toContain(cjk);
    expect(lines).toContain('Shenzhen Example Trading Co., Ltd.');
    expect(lines).toContain('Re: Appeal of listing deactivation, ASIN B0TEST1234');
  });

  it('has the required parts and well-formed XML', async () => {
    const bytes = await renderDocx(sampleLetter());
    const parts = docxParts(bytes);
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml']) expect(parts).toContain(part);
    expect(parts[0]).toBe('[Content_Types].xml');
    for (const part of parts.filter((name) => /\.(xml|rels)$/.test(name))) {
      expect(xmlProblem(docxXml(bytes, part)), part).toBeUndefined();
    }
  });

  it('the well-formedness check catches broken XML', () => {
    expect(xmlProblem('<a><b/></a>')).toBeUndefined();
    expect(xmlProblem('<a><b></a>')).toMatch(/closes/);
    expect(xmlProblem('<a>x & y</a>')).toMatch(/&/);
    expect(xmlProblem('<a x="1" x="2"/>')).toMatch(/duplicate/);
    expect(xmlProblem('<a/><b/>')).toMatch(/second root/);
  });

  it('puts PAGE and NUMPAGES fields and the note in the footer', async () => {
    const bytes = await renderDocx(sampleLetter());
    const footers = docxParts(bytes).filter((name) => /^word\/footer\d*\.xml$/.test(name));
    expect(footers.length).toBeGreaterThan(0);
    const xml = footers.map((name) => docxXml(bytes, name)).join('');
    expect(xml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(xml).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(docxText(bytes).split('\n')).toContain('Case 1234567890\tPage  of ');
    expect(docxXml(bytes, 'word/document.xml')).toMatch(/<w:footerReference w:type="default"/);
  });

  it('restarts numbering for each ordered list and uses bullets for unordered ones', async () => {
    const bytes = await renderDocx(sampleLetter());
    const doc = docxXml(bytes, 'word/document.xml');
    const numbering = docxXml(bytes, 'word/numbering.xml');
    const first = FIRST_LIST.map((t) => numIdOf(paragraphWithText(doc, t)));
    const second = SECOND_LIST.map((t) => numIdOf(paragraphWithText(doc, t)));
    const bullets = BULLETS.map((t) => numIdOf(paragraphWithText(doc, t)));
    expect(new Set(first).size).toBe(1);
    expect(new Set(second).size).toBe(1);
    expect(first[0]).toBeDefined();
    expect(second[0]).not.toBe(first[0]);

    const num = (id: string | undefined) => new RegExp(`<w:num w:numId="${id}"[^>]*>([\\s\\S]*?)</w:num>`).exec(numbering)?.[1] ?? '';
    const abstractOf = (id: string | undefined) => /<w:abstractNumId w:val="(\d+)"\/>/.exec(num(id))?.[1];
    // Same definition, separate instance, and the second instance starts again at 1.
    expect(abstractOf(second[0])).toBe(abstractOf(first[0]));
    expect(num(second[0])).toMatch(/<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"\/><\/w:lvlOverride>/);
    const abstract = (id: string | undefined) =>
      new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstractOf(id)}"[^>]*>([\\s\\S]*?)</w:abstractNum>`).exec(numbering)?.[1] ?? '';
    expect(abstract(first[0])).toMatch(/<w:lvl w:ilvl="0"[^>]*><w:start w:val="1"\/><w:numFmt w:val="decimal"\/>/);
    expect(abstract(bullets[0])).toMatch(/<w:lvl w:ilvl="0"[^>]*><w:start w:val="1"\/><w:numFmt w:val="bullet"\/>/);
    // The small note inside each bullet item is indented, not numbered.
    const note = paragraphsXml(doc).find((para) => paragraphTexts(para).join('') === 'Owner: operations manager; reviewed weekly.');
    expect(note).toBeDefined();
    expect(numIdOf(note!)).toBeUndefined();
    expect(note).toMatch(/<w:ind w:left="\d+"\/>/);
  });

  it('honours a list start', async () => {
    const doc = sampleLetter({ blocks: [{ kind: 'list', ordered: true, start: 4, items: [[p('fourth')], [p('fifth')]] }] });
    const bytes = await renderDocx(doc);
    const id = numIdOf(paragraphWithText(docxXml(bytes, 'word/document.xml'), 'fourth'));
    expect(docxXml(bytes, 'word/numbering.xml')).toMatch(new RegExp(`<w:num w:numId="${id}"[^>]*>[\\s\\S]*?<w:startOverride w:val="4"/>`));
  });

  it('gives headings real Heading styles that keep with the next paragraph', async () => {
    const bytes = await renderDocx(sampleLetter());
    const doc = docxXml(bytes, 'word/document.xml');
    expect(paragraphWithText(doc, HEADINGS[0])).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(paragraphWithText(doc, HEADINGS[1])).toMatch(/<w:pStyle w:val="Heading2"\/>/);
    expect(paragraphWithText(doc, HEADINGS[4])).toMatch(/<w:pStyle w:val="Heading3"\/>/);
    const styles = docxXml(bytes, 'word/styles.xml');
    for (const level of [1, 2, 3]) {
      const heading = new RegExp(`<w:style [^>]*w:styleId="Heading${level}"[^>]*>([\\s\\S]*?)</w:style>`).exec(styles)?.[1];
      expect(heading).toMatch(/<w:keepNext\/>/);
      expect(heading).toMatch(new RegExp(`<w:name w:val="Heading ${level}"/>`));
    }
  });

  it('sets the East Asian font and language per document language, and hints CJK runs', async () => {
    const en = await renderDocx(sampleLetter());
    const styles = docxXml(en, 'word/styles.xml');
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(styles)?.[1] ?? '';
    expect(defaults).toMatch(/<w:rFonts [^>]*w:ascii="Noto Sans"[^>]*\/>/);
    expect(defaults).toMatch(/<w:rFonts [^>]*w:eastAsia="Noto Sans SC"[^>]*\/>/);
    expect(defaults).toMatch(/<w:lang w:val="en-US" w:eastAsia="zh-CN"\/>/);
    const doc = docxXml(en, 'word/document.xml');
    expect(doc).toMatch(/<w:rFonts w:hint="eastAsia"\/>[\s\S]*?<w:t[^>]*>深圳市龙岗区发货<\/w:t>/);
    // Kana and Hangul runs get the Japanese and Korean fonts even in an English letter.
    expect(doc).toMatch(/<w:rFonts w:eastAsia="Noto Sans JP" w:hint="eastAsia"\/>[\s\S]*?<w:t[^>]*>株式会社さくら商事<\/w:t>/);
    expect(doc).toMatch(/<w:rFonts w:eastAsia="Noto Sans KR" w:hint="eastAsia"\/>[\s\S]*?<w:t[^>]*>한국어<\/w:t>/);
    // Each family is embedded, with the platform font as its fallback name.
    const fonts = docxXml(en, 'word/fontTable.xml');
    for (const [name, fallback] of [
      ['Noto Sans', 'Arial'],
      ['Noto Sans SC', 'Microsoft YaHei'],
      ['Noto Sans JP', 'Yu Gothic'],
      ['Noto Sans KR', 'Malgun Gothic'],
    ]) {
      expect(fonts).toMatch(
        new RegExp(
          `<w:font w:name="${name}"><w:altName w:val="${fallback}"/>[^]*?<w:embedRegular r:id="rId\\d+" w:fontKey="\\{[0-9A-F-]{36}\\}"/>`,
        ),
      );
    }

    const ja = docxXml(await renderDocx(sampleLetter({ language: 'ja-JP' })), 'word/styles.xml');
    expect(ja).toMatch(/w:eastAsia="Noto Sans JP"/);
    // Latin text in a CJK letter stays en-US: tagged ja-JP, LibreOffice breaks English words anywhere.
    expect(ja).toMatch(/<w:lang w:val="en-US" w:eastAsia="ja-JP"\/>/);
    const ko = docxXml(await renderDocx(sampleLetter({ language: 'ko-KR' })), 'word/styles.xml');
    expect(ko).toMatch(/w:eastAsia="Noto Sans KR"/);
    expect(ko).toMatch(/<w:lang w:val="en-US" w:eastAsia="ko-KR"\/>/);
    const gb = docxXml(await renderDocx(sampleLetter({ language: 'en-GB' })), 'word/styles.xml');
    expect(gb).toMatch(/<w:lang w:val="en-GB" w:eastAsia="zh-CN"\/>/);
  });

  it('sets the paper size and the core properties', async () => {
    const a4 = await renderDocx(sampleLetter());
    expect(docxXml(a4, 'word/document.xml')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const letter = await renderDocx(sampleLetter({ paper: 'LETTER' }));
    expect(docxXml(letter, 'word/document.xml')).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    const core = docxXml(a4, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Plan of Action: ASIN B0TEST1234</dc:title>');
    expect(core).toContain('<dc:subject>Appeal of listing deactivation</dc:subject>');
    expect(core).toContain('<dc:creator>Shenzhen Example Trading Co., Ltd.</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>appeal-kit</cp:lastModifiedBy>');
    expect(core).toMatch(/<dcterms:created [^>]*>2025-03-04T09:30:15Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified [^>]*>2025-03-04T09:30:15Z<\/dcterms:modified>/);
  });

  it('starts the block after a pageBreak on a new page', async () => {
    const bytes = await renderDocx(sampleLetter({ blocks: [p('one'), { kind: 'pageBreak' }, p('two')] }));
    const doc = docxXml(bytes, 'word/document.xml');
    expect(paragraphWithText(doc, 'two')).toMatch(/<w:pageBreakBefore\/>/);
    expect(paragraphWithText(doc, 'one')).not.toMatch(/<w:pageBreakBefore\/>/);
  });

  it("stores every part with the CRC and size of its bytes; the document's own parts deflated by Node's zlib", async () => {
    const bytes = await renderDocx(sampleLetter());
    const entries = zipEntries(bytes);
    expect(entries.map((e) => e.name)).toContain('word/document.xml');
    for (const e of entries) {
      expect([e.name, e.method]).toEqual([e.name, 8]);
      const data = inflateRawSync(e.data);
      expect([e.name, data.length, crc32(data)]).toEqual([e.name, e.size, e.crc]);
      if (!e.name.startsWith('word/fonts/')) expect(Buffer.from(e.data).equals(deflateRawSync(data, { level: 6 })), e.name).toBe(true);
    }
  });

  it('gives the same bytes whether the styles part is made or reused (one kept per language)', async () => {
    const ja = sampleLetter({ language: 'ja' });
    forgetStylesParts();
    const made = [await renderDocx(sampleLetter()), await renderDocx(ja)];
    const reused = [await renderDocx(ja), await renderDocx(sampleLetter())];
    expect(forgetStylesParts()).toBe(2);
    expect(Buffer.from(reused[1]).equals(Buffer.from(made[0]))).toBe(true);
    expect(Buffer.from(reused[0]).equals(Buffer.from(made[1]))).toBe(true);
    expect(docxXml(made[1], 'word/styles.xml')).not.toBe(docxXml(made[0], 'word/styles.xml'));
  });

  it('embeds the whole Latin faces, each obfuscated with the key the font table gives it', async () => {
    const bytes = await renderDocx(sampleLetter());
    const table = docxXml(bytes, 'word/fontTable.xml');
    const rels = docxXml(bytes, 'word/_rels/fontTable.xml.rels');
    const entries = new Map(zipEntries(bytes).map((e) => [e.name, e]));
    const faces = fontFaces()[LATIN_FONT.family];
    const embeds = [...table.matchAll(/<w:embed(Regular|Bold)\b[^>]*r:id="([^"]+)"[^>]*w:fontKey="\{([^}]+)\}"/g)];
    const latin = embeds.filter((m) => table.slice(table.lastIndexOf('<w:font ', m.index), m.index).includes(`w:name="Noto Sans"`));
    expect(latin.map((m) => m[1])).toEqual(['Regular', 'Bold']);
    for (const [, face, id, key] of latin) {
      const target =
        new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
      const stored = inflateRawSync(entries.get(`word/${target}`)!.data);
      const keyBytes = key
        .replace(/-/g, '')
        .match(/../g)!
        .map((h) => parseInt(h, 16))
        .reverse();
      for (let i = 0; i < 32; i++) stored[i] ^= keyBytes[i % 16];
      const file = fontFileBytes(face === 'Regular' ? faces.normal : faces.bold);
      expect([face, stored.length, Buffer.from(stored).equals(file)]).toEqual([face, file.length, true]);
    }
  });

  it('gives byte-identical output across time and time zones', async () => {
    const first = await withTimeZone('UTC', () => renderDocx(sampleLetter()));
    // The clock moved on (400 days) rather than waited for.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 400 * 86_400_000);
    let second: Uint8Array;
    let third: Uint8Array;
    try {
      second = await withTimeZone('Asia/Shanghai', () => renderDocx(sampleLetter()));
      third = await withTimeZone('America/Los_Angeles', () => renderDocx(sampleLetter()));
    } finally {
      vi.useRealTimers();
    }
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(third).equals(Buffer.from(first))).toBe(true);
    // The zip entries carry noon of createdAt's UTC date as their DOS time (a time no zone skips).
    const view = new DataView(first.buffer, first.byteOffset, first.byteLength);
    const dos = view.getUint32(10, true);
    expect([(dos >>> 25) + 1980, (dos >>> 21) & 15, (dos >>> 16) & 31, (dos >>> 11) & 31, (dos >>> 5) & 63, (dos & 31) * 2]).toEqual([
      2025, 3, 4, 12, 0, 0,
    ]);
  }, 20_000);

  it('gives the same bytes after the CJK faces and their subsetter were released and made again', async () => {
    const first = await renderDocx(sampleLetter());
    expect(docxParts(first).some((name) => /^word\/fonts\//.test(name))).toBe(true);
    expect(heldFontFiles().some((file) => /NotoSansSC/.test(file))).toBe(true);
    // The first call forgets what the letter used; the second, with nothing used since, releases the faces.
    releaseIdleFonts();
    releaseIdleFonts();
    expect(heldFontFiles().some((file) => /NotoSans(SC|JP|KR)/.test(file))).toBe(false);
    const second = await renderDocx(sampleLetter());
    // The subsetter made for the second is kept for the third.
    const third = await renderDocx(sampleLetter());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(third).equals(Buffer.from(first))).toBe(true);
  }, 60_000);

  it('renumbers random relationship ids deterministically', async () => {
    const withLink = () =>
      new Document({
        sections: [
          {
            children: [
              new Paragraph({
                children: [new ExternalHyperlink({ link: 'https://sellercentral.amazon.com', children: [new TextRun('Seller Central')] })],
              }),
            ],
          },
        ],
      });
    const createdAt = new Date('2025-01-01T00:00:00Z');
    const a = normalizeDocx(await Packer.toBuffer(withLink()), createdAt);
    const b = normalizeDocx(await Packer.toBuffer(withLink()), createdAt);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const rels = docxXml(a, 'word/_rels/document.xml.rels');
    const ids = [...rels.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]);
    expect(ids.every((id) => /^rId\d+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const linkId = /Id="(rId\d+)"[^>]*TargetMode="External"|TargetMode="External"[^>]*Id="(rId\d+)"/.exec(rels);
    expect(docxXml(a, 'word/document.xml')).toContain(`r:id="${linkId?.[1] ?? linkId?.[2]}"`);
  });
});

/** A zip's entries as its central directory lists them: name, method, CRC, size, and the stored (compressed) data. */
function zipEntries(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  const count = view.getUint16(end + 10, true);
  const entries: { name: string; method: number; crc: number; size: number; data: Uint8Array }[] = [];
  for (let i = 0, at = view.getUint32(end + 16, true); i < count; i++) {
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({
      name: Buffer.from(zip.subarray(at + 46, at + 46 + nameLength)).toString('utf8'),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      size: view.getUint32(at + 24, true),
      data: zip.subarray(start, start + view.getUint32(at + 20, true)),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}
