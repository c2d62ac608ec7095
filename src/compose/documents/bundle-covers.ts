// The documents of the evidence bundle: a cover page per exhibit, text-like exhibits (CSV, TXT, DOCX, XLSX)
// as readable pages, the page for a file that cannot be shown, the index as table of contents, and the
// texts of the stamps and bookmarks.
import { documentDate } from '../../domain/dates.js';
import type { Case } from '../../model/case.js';
import { spansOf, type Block, type DocumentModel, type Span } from '../../model/document.js';
import { keepHeadingsAndItems } from '../keep.js';
import type { EvidenceFacts } from '../../model/evidence.js';
import type { ExhibitText } from '../../stages/evidence-text.js';
import { evidenceKindLabel, type Strings } from '../view.js';
import { fill, formatDate } from '../format.js';
import { evidenceIndexDocument, noticeLabel, supportsLines } from './evidence-index.js';
import english from '../../../templates/en/strings.json' with { type: 'json' };

/** Fixed wording of the bundle: the shipped English strings; templates/<lang>/strings.json "bundle" overrides each key. */
export const defaultBundleStrings = english.bundle;
export type BundleStrings = typeof defaultBundleStrings;

/** The bundle strings of a language, English where a key is missing. */
export function bundleStrings(strings: Strings): BundleStrings {
  return { ...defaultBundleStrings, ...((strings.bundle as Partial<BundleStrings> | undefined) ?? {}) };
}

/** Rows of a table exhibit shown in the bundle; the rest is counted, not printed. */
const MAX_TABLE_ROWS = 1500;
/** Columns of a table exhibit shown side by side. */
const MAX_TABLE_COLUMNS = 12;

const t = spansOf;

/** A bare document (no footer: the bundle stamps every page itself). */
function bareDocument(c: Case, title: string, blocks: Block[]): DocumentModel {
  return {
    title,
    author: c.input.seller.legal_name,
    subject: title,
    language: c.locale,
    paper: c.paper,
    createdAt: documentDate(c.letterDate),
    footer: '',
    blocks: keepHeadingsAndItems(blocks),
  };
}

/** One cover page per exhibit, as one document with page breaks between them. */
export function coversDocument(c: Case, facts: EvidenceFacts[], strings: Strings): DocumentModel {
  const B = bundleStrings(strings);
  const blocks: Block[] = [];
  facts.forEach((f, i) => {
    if (i) blocks.push({ kind: 'pageBreak' });
    const e = f.exhibit;
    const row = (label: string, value: string): Span[][] => [t(label, { bold: true }), t(value)];
    blocks.push(
      { kind: 'spacer' },
      { kind: 'heading', level: 1, spans: t(fill(B.coverTitle, { label: e.label })) },
      { kind: 'paragraph', style: 'subject', spans: t(e.title) },
      { kind: 'rule' },
      {
        kind: 'table',
        // The first fact is the header row, so the table has no empty header band.
        columns: [
          { title: t(B.kind), width: 1 },
          { title: t(evidenceKindLabel(e.kind, strings)), width: 3 },
        ],
        rows: [
          row(B.date, e.date ? formatDate(e.date, c.locale) : '-'),
          row(B.file, f.file),
          row(B.pages, String(f.pages ?? '-')),
          row(B.sha256, f.sha256),
          row(B.supports, supportsLines(c, e, strings).join('\n') || '-'),
        ],
      },
    );
    if (e.highlights?.length)
      blocks.push({ kind: 'paragraph', style: 'small', spans: t(fill(B.highlighted, { items: e.highlights.join('; ') })) });
  });
  return bareDocument(c, `${B.title}: ${c.input.seller.store_name}`, blocks);
}

function tableBlocks(rows: string[][], B: BundleStrings): Block[] {
  if (!rows.length) return [];
  const width = Math.min(MAX_TABLE_COLUMNS, Math.max(...rows.map((r) => r.length)));
  const pad = (r: string[]) => Array.from({ length: width }, (_, i) => r[i] ?? '');
  const [head, ...body] = rows;
  const shown = body.slice(0, MAX_TABLE_ROWS);
  const blocks: Block[] = [
    { kind: 'table', columns: pad(head).map((h) => ({ title: t(h) })), rows: shown.map((r) => pad(r).map((cell) => t(cell))) },
  ];
  if (body.length > shown.length)
    blocks.push({ kind: 'paragraph', style: 'small', spans: t(fill(B.truncated, { count: body.length - shown.length })) });
  return blocks;
}

/** A text-like exhibit (CSV, TXT, XLSX, DOCX) as a readable document. */
export function textExhibitDocument(c: Case, f: EvidenceFacts, text: ExhibitText, strings: Strings): DocumentModel {
  const B = bundleStrings(strings);
  const blocks: Block[] = [{ kind: 'paragraph', style: 'small', spans: t(fill(B.textFile, { file: f.file })) }];
  const line = (s: string, style?: 'small'): Block =>
    s.trim() ? { kind: 'paragraph', spans: t(s), ...(style ? { style } : {}) } : { kind: 'spacer' };
  if (text.kind === 'table') blocks.push(...tableBlocks(text.rows, B));
  else if (text.kind === 'lines') blocks.push(...text.lines.map((l) => line(l, 'small')));
  else if (text.kind === 'paragraphs') blocks.push(...text.paragraphs.map((p) => line(p)));
  else
    blocks.push(
      ...text.sheets.flatMap((s): Block[] => [
        { kind: 'heading', level: 2, spans: t(fill(B.sheet, { name: s.name })) },
        ...tableBlocks(s.rows, B),
      ]),
    );
  if (blocks.length === 1) blocks.push({ kind: 'paragraph', spans: t('-') });
  return bareDocument(c, f.exhibit.title, blocks);
}

/** The page for a file the bundle cannot show (TIFF, an unreadable GIF): attach the original. */
export function notShownDocument(c: Case, f: EvidenceFacts, strings: Strings): DocumentModel {
  const B = bundleStrings(strings);
  return bareDocument(c, f.exhibit.title, [
    { kind: 'paragraph', spans: t(fill(B.notShown, { format: f.format.toUpperCase(), file: f.file })) },
  ]);
}

/** The evidence index as the bundle's table of contents, with the bundle page where each exhibit starts. */
export function bundleIndexDocument(c: Case, facts: EvidenceFacts[], strings: Strings, starts: Map<string, number>): DocumentModel {
  return evidenceIndexDocument(c, facts, strings, { starts, label: bundleStrings(strings).bundlePage });
}

/** The bundle's metadata and the fixed texts of its stamps and bookmarks, in the case's language. */
export function bundleTexts(c: Case, strings: Strings) {
  const B = bundleStrings(strings);
  const store = c.input.seller.store_name;
  return {
    meta: {
      title: `${B.title}: ${store}`,
      author: c.input.seller.legal_name,
      subject: `${store} - ${B.title}`,
      locale: c.locale,
      createdAt: documentDate(c.letterDate),
    },
    texts: {
      stampLeft: `${store} · ${c.input.notice.reference ?? noticeLabel(c, strings)}`,
      bundlePage: (page: number, pages: number) => fill(B.stampBundle, { page, pages }),
      indexPage: (page: number, pages: number) => fill(B.stampIndex, { page, pages }),
      cover: (label: string) => fill(B.stampCover, { label }),
      exhibitPage: (label: string, page: number, pages: number) => fill(B.stampExhibit, { label, page, pages }),
      outlineIndex: (strings.index as { title?: string } | undefined)?.title ?? english.index.title,
      outlineExhibit: (label: string, title: string) => `${fill(B.coverTitle, { label })}: ${title}`,
    },
  };
}
