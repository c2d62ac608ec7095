// The evidence index: one row per exhibit, as a document (for PDF/DOCX) and as CSV.
import { documentDate } from '../../domain/dates.js';
import type { Case } from '../../model/case.js';
import type { Block, DocumentModel, Span } from '../../model/document.js';
import { fill, formatBytes, formatDate } from '../format.js';
import { evidenceKindLabel, type Strings } from '../../model/strings.js';
import type { EvidenceFacts } from '../../model/evidence.js';

const t = (text: string, style: Partial<Span> = {}): Span[] => [{ text, ...style }];

/** What an exhibit supports, in words: "RC1, RC2; actions CA1". */
function supportsText(facts: EvidenceFacts, strings: Strings): string {
  const s = facts.exhibit.supports;
  const I = strings.index;
  const labelled = (label: string, items: string[]) => (items.length ? `${label}${strings.labels.labelSeparator ?? ': '}${items.join(strings.labels.listSeparator ?? ', ')}` : '');
  return [labelled(I.rootCauses, s.rootCauses), labelled(I.grounds, s.grounds), labelled(I.actions, s.actions), labelled(I.measures, s.measures), labelled(I.other, s.other)]
    .filter(Boolean)
    .join('\n');
}

/** The evidence index as a document. */
export function evidenceIndexDocument(c: Case, facts: EvidenceFacts[], strings: Strings, bundle?: { bundleStarts: Map<string, number>; bundlePageLabel: string }): DocumentModel {
  const I = strings.index;
  const startColumn = bundle ? [{ title: t(bundle.bundlePageLabel), width: 1, align: 'right' as const }] : [];
  const startCell = (label: string) => (bundle ? [t(String(bundle.bundleStarts.get(label) ?? ''))] : []);
  const date = (iso?: string) => (iso ? formatDate(iso, c.locale) : '');
  const blocks: Block[] = [
    { kind: 'letterhead', name: c.input.seller.legal_name, lines: [`${strings.labels.storeName}${strings.labels.labelSeparator ?? ': '}${c.input.seller.store_name}`, `${strings.labels.loginEmail}${strings.labels.labelSeparator ?? ': '}${c.input.seller.login_email}`] },
    { kind: 'heading', level: 1, spans: t(I.title) },
    { kind: 'paragraph', style: 'small', spans: t(fill(I.subtitle, { caseId: c.id })) },
    {
      kind: 'table',
      columns: [
        { title: t(I.label), width: 1 },
        { title: t(I.document), width: 4 },
        { title: t(I.kind), width: 2 },
        { title: t(I.date), width: 2.4 },
        { title: t(I.pages), width: 1, align: 'right' },
        { title: t(I.supports), width: 3 },
        ...startColumn,
      ],
      rows: facts.map((f) => [
        t(f.exhibit.label, { bold: true }),
        [{ text: f.exhibit.title }, { text: `\n${f.file} (${f.exhibit.id})`, italic: true }],
        t(evidenceKindLabel(f.exhibit.kind, strings)),
        t(date(f.exhibit.date)),
        t(f.pages === undefined ? '' : String(f.pages)),
        t(supportsText(f, strings)),
        ...startCell(f.exhibit.label),
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
      rows: facts.map((f) => [t(f.exhibit.label, { bold: true }), [{ text: `${f.file}\n` }, { text: f.sha256, italic: true }], t(formatBytes(f.size, c.locale))]),
    },
  ];
  return {
    title: `${I.title}${strings.labels.labelSeparator ?? ': '}${c.id}`,
    author: c.input.seller.legal_name,
    subject: `${c.input.seller.store_name} - ${I.title}`,
    language: c.locale,
    paper: c.paper,
    createdAt: documentDate(c.letterDate),
    footer: strings.labels.page,
    footerNote: `${c.input.seller.store_name} · ${c.id}`,
    blocks,
  };
}

const csvColumns = ['label', 'id', 'title', 'kind', 'date', 'file', 'size_bytes', 'pages', 'sha256', 'root_causes', 'grounds', 'actions', 'measures', 'other'];

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
    return [f.exhibit.label, f.exhibit.id, f.exhibit.title, f.exhibit.kind, f.exhibit.date, f.file, f.size, f.pages, f.sha256, s.rootCauses.join(' '), s.grounds.join(' '), s.actions.join(' '), s.measures.join(' '), s.other.join('; ')];
  });
  return '\uFEFF' + [csvColumns, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
