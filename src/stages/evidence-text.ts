// The text of text-like exhibits (CSV, TXT, DOCX, XLSX), as their author sees it: spreadsheet cells printed
// with their number formats (a date as a date, 12% as 12%, currency with its symbol), Word paragraphs in
// order. Spreadsheets are read with exceljs and formatted with numfmt; Word files with mammoth.
import type { EvidenceFacts } from '../model/evidence.js';

/** What a text-like exhibit holds. */
export type ExhibitText =
  | { kind: 'table'; rows: string[][] }
  | { kind: 'lines'; lines: string[] }
  | { kind: 'paragraphs'; paragraphs: string[] }
  | { kind: 'sheets'; sheets: SheetText[] };

/** One visible sheet of a workbook: its name and rows of cell text. */
export interface SheetText {
  name: string;
  rows: string[][];
}

const decoder = new TextDecoder();
const withoutBom = (text: string): string => text.replace(/^\uFEFF/, '');

/** Parses CSV (RFC 4180, comma or semicolon) into rows; empty rows are left out. */
export function parseCsv(text: string): string[][] {
  const body = withoutBom(text);
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

/** The paragraphs of a DOCX, in order (table cells as paragraphs of their own). */
export async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const mammoth = (await import('mammoth')).default;
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return value
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.replace(/\n+$/, ''))
    .filter((p, i, all) => p.trim() !== '' || (i > 0 && i < all.length - 1));
}

type NumFmt = typeof import('numfmt');

/** Days between the spreadsheet epoch (1899-12-30) and 1970-01-01. */
const SERIAL_EPOCH_OFFSET = 25569;

/** A date as the spreadsheet serial number it was read from (exceljs reads date cells as UTC dates). */
const serialOf = (date: Date): number => date.getTime() / 86400000 + SERIAL_EPOCH_OFFSET;

/** A cell value as the spreadsheet shows it: numbers and dates through the cell's number format. */
export function cellText(value: unknown, format: string | undefined, numfmt: NumFmt, locale?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const pattern = format?.trim() ? format : 'General';
  const options = locale ? { locale } : {};
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    // A date cell without a date format still shows as a date.
    return numfmt.format(numfmt.isDateFormat(pattern) ? pattern : 'yyyy-mm-dd', serialOf(value), options);
  }
  if (typeof value === 'number') return numfmt.format(pattern, value, options);
  if (typeof value === 'object') {
    const v = value as {
      richText?: { text: string }[];
      text?: unknown;
      result?: unknown;
      error?: string;
      hyperlink?: string;
      formula?: string;
      sharedFormula?: string;
    };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.error) return v.error;
    if ('result' in v || v.formula || v.sharedFormula) return cellText(v.result, format, numfmt, locale);
    if (v.text !== undefined) return cellText(v.text, format, numfmt, locale);
  }
  return String(value);
}

/** The visible sheets of an XLSX as rows of cell text, hidden rows and columns left out, merged areas shown once. */
export async function xlsxSheets(bytes: Uint8Array, locale?: string): Promise<SheetText[]> {
  const [{ default: ExcelJS }, numfmt] = await Promise.all([import('exceljs'), import('numfmt')]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  const sheets: SheetText[] = [];
  workbook.eachSheet((sheet) => {
    if (sheet.state && sheet.state !== 'visible') return;
    const columns = Array.from({ length: sheet.columnCount }, (_, i) => i + 1).filter((col) => !sheet.getColumn(col).hidden);
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      if (row.hidden) return;
      rows.push(
        columns.map((col) => {
          const cell = row.getCell(col);
          if (cell.isMerged && cell.master.address !== cell.address) return '';
          return cellText(cell.value, cell.numFmt, numfmt, locale);
        }),
      );
    });
    sheets.push({ name: sheet.name, rows: rows.filter((r) => r.some((x) => x.trim() !== '')).map(trimTrailing) });
  });
  return sheets;
}

const trimTrailing = (row: string[]): string[] => {
  let end = row.length;
  while (end > 0 && row[end - 1] === '') end--;
  return row.slice(0, end);
};

/** The text of a text-like exhibit; undefined for PDFs, images and other formats. */
export async function exhibitText(f: Pick<EvidenceFacts, 'format' | 'bytes'>, locale?: string): Promise<ExhibitText | undefined> {
  switch (f.format) {
    case 'csv':
      return { kind: 'table', rows: parseCsv(decoder.decode(f.bytes)) };
    case 'txt':
      return { kind: 'lines', lines: withoutBom(decoder.decode(f.bytes)).replace(/\r\n?/g, '\n').split('\n') };
    case 'docx':
      return { kind: 'paragraphs', paragraphs: await docxParagraphs(f.bytes) };
    case 'xlsx':
      return { kind: 'sheets', sheets: await xlsxSheets(f.bytes, locale) };
    default:
      return undefined;
  }
}
