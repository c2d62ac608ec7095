// Evidence files: confinement (through the fs edge), type check by content, size, SHA-256 and PDF page count.
import path from 'node:path';
import type { Case, Exhibit } from '../model/case.js';
import type { EvidenceFacts, EvidenceFormat } from '../model/evidence.js';

export type { EvidenceFacts, EvidenceFormat } from '../model/evidence.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { EvidenceRefusal } from '../fs.js';
import { locate, type ParsedCase } from './parse.js';
import { evidenceLimitProblem } from '../render/decode-limits.js';

/** Reads a file confined to a folder (the fs edge's readEvidenceFile). */
export type ConfinedReader = (root: string, relative: string) => Promise<{ bytes?: Uint8Array; refusal?: EvidenceRefusal }>;

/** The evidence formats by file extension (lower case, without the dot). */
export const formatByExtension: Record<string, EvidenceFormat> = {
  pdf: 'pdf',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  gif: 'gif',
  tif: 'tiff',
  tiff: 'tiff',
  csv: 'csv',
  xlsx: 'xlsx',
  docx: 'docx',
  txt: 'txt',
};

/** The format a file's first bytes say it is. */
export function sniffFormat(bytes: Uint8Array): EvidenceFormat | 'zip' | 'text' | 'unknown' {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (!bytes.subarray(0, 4096).includes(0)) return 'text';
  return 'unknown';
}

function contentMatches(expected: EvidenceFormat, sniffed: ReturnType<typeof sniffFormat>): boolean {
  if (expected === 'xlsx' || expected === 'docx') return sniffed === 'zip';
  if (expected === 'csv' || expected === 'txt') return sniffed === 'text';
  return sniffed === expected;
}

/** Reads, checks and fingerprints every evidence file; problems become diagnostics at the `file:` field. */
export async function resolveEvidence(
  c: Pick<Case, 'dir' | 'exhibits'>,
  parsed: ParsedCase,
  read: ConfinedReader,
  hash: (bytes: Uint8Array) => string,
  countPdfPages: (bytes: Uint8Array, password?: string) => Promise<number | Error>,
): Promise<{ facts: EvidenceFacts[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const facts: EvidenceFacts[] = [];
  const at = (exhibit: Exhibit, severity: Diagnostic['severity'], ruleId: string, message: string, note?: string): Diagnostic => ({
    file: parsed.file,
    ...locate(parsed, ['evidence', exhibit.index, 'file']),
    severity,
    ruleId,
    message,
    note,
  });
  for (const exhibit of c.exhibits) {
    const extension = path.extname(exhibit.file).slice(1).toLowerCase();
    const format = formatByExtension[extension];
    if (!format) {
      diagnostics.push(
        at(
          exhibit,
          'error',
          'evidence-file',
          `evidence ${exhibit.id}: "${exhibit.file}" is not a kind of file Amazon accepts`,
          'Use PDF, PNG, JPEG, GIF, TIFF, CSV, XLSX, DOCX or TXT (convert it to PDF if unsure).',
        ),
      );
      continue;
    }
    const { bytes, refusal } = await read(c.dir, exhibit.file);
    if (!bytes) {
      diagnostics.push(
        at(exhibit, 'error', 'evidence-file', `evidence ${exhibit.id}: ${refusal?.message ?? 'the file could not be read'}`),
      );
      continue;
    }
    const sniffed = sniffFormat(bytes);
    if (!contentMatches(format, sniffed)) {
      diagnostics.push(
        at(
          exhibit,
          'error',
          'evidence-file',
          `evidence ${exhibit.id}: "${exhibit.file}" is named .${extension} but its content is ${sniffed === 'unknown' ? 'not a known format' : sniffed}`,
          'Export the document again in the format its name says.',
        ),
      );
      continue;
    }
    // Measured before anything decodes it: a few bytes can declare gigapixels, a small zip gigabytes.
    const limit = evidenceLimitProblem(format, bytes);
    if (limit) {
      diagnostics.push(at(exhibit, 'error', 'evidence-file', `evidence ${exhibit.id}: "${exhibit.file}" ${limit.message}`, limit.note));
      continue;
    }
    let pages: number | undefined = ['png', 'jpeg', 'gif'].includes(format) ? 1 : undefined;
    if (format === 'pdf') {
      const counted = await countPdfPages(bytes, exhibit.password);
      if (counted instanceof Error) {
        const encrypted = /encrypt|password/i.test(counted.message);
        diagnostics.push(
          at(
            exhibit,
            'error',
            'evidence-file',
            encrypted
              ? `evidence ${exhibit.id}: "${exhibit.file}" is password-protected`
              : `evidence ${exhibit.id}: "${exhibit.file}" is not a readable PDF (${counted.message})`,
            encrypted ? 'Add password: to the evidence item, or save an unprotected copy.' : 'Open it and save or print it to PDF again.',
          ),
        );
        continue;
      }
      pages = counted;
    }
    facts.push({ exhibit, file: exhibit.file.replace(/\\/g, '/'), size: bytes.length, sha256: hash(bytes), pages, format, bytes });
  }
  return { facts, diagnostics };
}
