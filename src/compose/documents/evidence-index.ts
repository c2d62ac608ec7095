// The evidence index: one row per exhibit, as a document (for PDF/DOCX) and as CSV.
import { documentDate } from '../../domain/dates.js';
import type { Case } from '../../model/case.js';
import { spansOf, type Block, type DocumentModel } from '../../model/document.js';
import { keepHeadingsAndItems } from '../keep.js';
import { fill, formatBytes, formatDate } from '../format.js';
import { evidenceKindLabel, stringIn, type Strings } from '../../model/strings.js';
import { noticeWordingKey } from '../../domain/notices.js';
import type { EvidenceFacts } from '../../model/evidence.js';
import type { Exhibit } from '../../model/case.js';
import english from '../../../templates/en/strings.json' with { type: 'json' };

const t = spansOf;

/** The index strings of a language, English where a key is missing. */
export function indexStrings(strings: Strings): IndexStrings {
  return { ...defaultIndexStrings, ...((strings.index as Partial<IndexStrings> | undefined) ?? {}) };
}

/** Fixed wording of the index: the shipped English strings; templates/<lang>/strings.json "index" overrides each key. */
export const defaultIndexStrings = english.index;
export type IndexStrings = typeof defaultIndexStrings;

/** "1, 2 and 4", or "1-5" for a run of three or more. */
function numbers(ns: number[], strings: Strings): string {
  const sorted = [...new Set(ns)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}-${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  const sep = strings.labels?.listSeparator ?? ', ';
  const last = strings.labels?.listLastSeparator ?? ' and ';
  return parts.length > 1 ? `${parts.slice(0, -1).join(sep)}${last}${parts[parts.length - 1]}` : (parts[0] ?? '');
}

/**
 * What an exhibit supports, in the letter's own numbering: "Root causes 1 and 2", "Action 4",
 * "Differences 1-5", and the named parts (a supplier, the video verification) by the letter's headings.
 */
export function supportsLines(c: Case, e: Exhibit, strings: Strings): string[] {
  const I = indexStrings(strings);
  const s = e.supports;
  const position = (list: { id: string }[] | undefined, ids: string[]) =>
    ids.map((id) => (list ?? []).findIndex((x) => x.id === id) + 1).filter((n) => n > 0);
  const numbered = (one: string, many: string, ns: number[]) =>
    ns.length ? fill(ns.length === 1 ? one : many, { n: numbers(ns, strings) }) : '';
  const differences = s.other
    .map((o) => o.match(/^difference (\d+)$/)?.[1])
    .filter((n): n is string => !!n)
    .map(Number);
  const named: Record<string, string | undefined> = {
    'brand registry': strings.headings?.brandRegistry,
    'video verification': strings.headings?.videoVerification,
    'review manipulation': strings.headings?.reviewManipulation,
    'restricted product': strings.headings?.restrictedProduct,
    'right cited': I.rightCited,
    retraction: I.retraction,
    'brand owner': I.brandOwner,
    'related accounts': I.relatedAccounts,
  };
  const suppliers = new Set((c.input.details?.supply_chain?.suppliers ?? []).map((x) => x.name));
  const others = s.other
    .filter((o) => !/^difference \d+$/.test(o))
    .map((o) =>
      suppliers.has(o)
        ? suppliers.size === 1 && strings.headings?.supplyChain
          ? strings.headings.supplyChain
          : fill(I.supplier, { name: o })
        : (named[o] ?? o),
    );
  return [
    c.stance === 'dispute'
      ? numbered(I.cause, I.causes, position(c.input.root_causes, s.rootCauses))
      : numbered(I.rootCause, I.rootCauses, position(c.input.root_causes, s.rootCauses)),
    numbered(I.ground, I.grounds, position(c.input.grounds, s.grounds)),
    numbered(I.action, I.actions, position(c.input.corrective_actions, s.actions)),
    numbered(I.measure, I.measures, position(c.input.preventive_measures, s.measures)),
    numbered(I.difference, I.differences, differences),
    ...others,
    // A translation supports what its original supports; the index says whose.
    e.translation_of && c.exhibitById.has(e.translation_of)
      ? fill(I.translationOf, { label: c.exhibitById.get(e.translation_of)!.label })
      : '',
  ].filter(Boolean);
}

/** The notice as documents name it: its kind and reference ("listing removal, Complaint 19384027751"). */
export function noticeLabel(c: Case, strings: Strings): string {
  const kind = stringIn(strings.noticeKinds, noticeWordingKey(c.input.notice.kind, c.input.notice.release)) ?? c.input.notice.kind;
  return c.input.notice.reference ? `${kind}${strings.labels?.listSeparator ?? ', '}${c.input.notice.reference}` : kind;
}

/** The index's subtitle: the store, the notice with its reference, and the day it was received. */
export function indexSubtitle(c: Case, strings: Strings): string {
  const notice = noticeLabel(c, strings);
  return fill(indexStrings(strings).subtitle, {
    store: c.input.seller.store_name,
    notice,
    date: formatDate(c.input.notice.received, c.locale),
  });
}

/** The bundle's extra column: the bundle page where each exhibit starts. */
export interface BundleColumn {
  starts: Map<string, number>;
  label: string;
}

/** The evidence index as a document; with `bundle`, the table of contents of the evidence bundle. */
export function evidenceIndexDocument(c: Case, facts: EvidenceFacts[], strings: Strings, bundle?: BundleColumn): DocumentModel {
  const I = indexStrings(strings);
  const L = strings.labels;
  const sep = L.labelSeparator ?? ': ';
  const date = (iso?: string) => (iso ? formatDate(iso, c.locale) : '');
  // Widths leave every header word whole; file paths live in the full-width fingerprint table, not here.
  const widths = bundle ? [1.3, 3.9, 2.4, 2.3, 1.1, 3.2, 1.3] : [1.2, 4.4, 2.5, 2.4, 1.1, 3.3];
  const notice = noticeLabel(c, strings);
  const blocks: Block[] = [
    {
      kind: 'letterhead',
      name: c.input.seller.legal_name,
      lines: [`${L.storeName}${sep}${c.input.seller.store_name}`, `${L.loginEmail}${sep}${c.input.seller.login_email}`],
    },
    { kind: 'heading', level: 1, spans: t(I.title) },
    { kind: 'paragraph', style: 'small', spans: t(indexSubtitle(c, strings)) },
    {
      kind: 'table',
      columns: [
        { title: t(I.label), width: widths[0] },
        { title: t(I.document), width: widths[1] },
        { title: t(I.kind), width: widths[2] },
        { title: t(I.date), width: widths[3] },
        { title: t(I.pages), width: widths[4], align: 'right' },
        { title: t(I.supports), width: widths[5] },
        ...(bundle ? [{ title: t(bundle.label), width: widths[6], align: 'right' as const }] : []),
      ],
      rows: facts.map((f) => [
        t(f.exhibit.label, { bold: true }),
        t(f.exhibit.title),
        t(evidenceKindLabel(f.exhibit.kind, strings)),
        t(date(f.exhibit.date)),
        t(f.pages === undefined ? '' : String(f.pages)),
        t(supportsLines(c, f.exhibit, strings).join('\n')),
        ...(bundle ? [t(String(bundle.starts.get(f.exhibit.label) ?? ''))] : []),
      ]),
    },
    { kind: 'heading', level: 2, spans: t(I.fingerprints) },
    { kind: 'paragraph', style: 'small', spans: t(I.fingerprintsNote) },
    {
      kind: 'table',
      columns: [
        { title: t(I.label), width: 1 },
        { title: t(`${I.file} / ${I.sha256}`), width: 8 },
        { title: t(I.size), width: 1.5, align: 'right' },
      ],
      // The fingerprint gets a line of its own so it never wraps in the middle.
      rows: facts.map((f) => [
        t(f.exhibit.label, { bold: true }),
        [{ text: `${f.file}\n` }, { text: f.sha256, italic: true }],
        t(formatBytes(f.size, c.locale)),
      ]),
    },
  ];
  return {
    title: `${I.title}${sep}${c.input.seller.store_name}`,
    author: c.input.seller.legal_name,
    subject: `${c.input.seller.store_name} - ${I.title}`,
    language: c.locale,
    paper: c.paper,
    createdAt: documentDate(c.letterDate),
    footer: bundle ? '' : L.page,
    footerNote: bundle ? undefined : `${c.input.seller.store_name} · ${notice}`,
    blocks: keepHeadingsAndItems(blocks),
  };
}

const csvColumns = [
  'label',
  'id',
  'title',
  'kind',
  'date',
  'file',
  'size_bytes',
  'pages',
  'sha256',
  'root_causes',
  'grounds',
  'actions',
  'measures',
  'other',
];

function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  // A leading =, +, - or @ would run as a formula when opened in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The evidence index as CSV (UTF-8 with a byte-order mark so spreadsheet programs read CJK names right). */
export function evidenceIndexCsv(facts: EvidenceFacts[]): string {
  const rows = facts.map((f) => {
    const s = f.exhibit.supports;
    return [
      f.exhibit.label,
      f.exhibit.id,
      f.exhibit.title,
      f.exhibit.kind,
      f.exhibit.date,
      f.file,
      f.size,
      f.pages,
      f.sha256,
      s.rootCauses.join(' '),
      s.grounds.join(' '),
      s.actions.join(' '),
      s.measures.join(' '),
      s.other.join('; '),
    ];
  });
  return `\uFEFF${[csvColumns, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
