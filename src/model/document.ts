// The neutral document model: templates and builders produce it, renderers map it to PDF and DOCX.
// Both renderers read the same tree, so the two formats cannot say different things.

/** A run of text with its emphasis. */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** Text as spans: one run with the given emphasis. */
export function spansOf(text: string, style: Partial<Span> = {}): Span[] {
  return [{ text, ...style }];
}

/** A table column: its title, its relative width and the alignment of its cells. */
export interface TableColumn {
  title: Span[];
  /**
   * Relative width weight (e.g. 1, 2, 3); columns without one count as 1. A hint: the renderers size columns
   * by their content and use the weights when that sets the table in the fewest lines.
   */
  width?: number;
  align?: 'left' | 'right' | 'center';
}

/**
 * How a block holds together across pages. keepWithNext: on the page where the next block starts (a
 * heading: with at least two lines of it; a list: its last item; a table: its last row). keepTogether:
 * never split (a list: each item whole). Renderers honour them where the block fits on a page.
 */
export interface Keep {
  keepWithNext?: boolean;
  keepTogether?: boolean;
}

/** One block of a document, in reading order. */
export type Block =
  | ({ kind: 'heading'; level: 1 | 2 | 3; spans: Span[] } & Keep)
  | ({
      kind: 'paragraph';
      spans: Span[];
      /** body (default), small (notes, meta lines), subject (the letter's bold subject line). */
      style?: 'body' | 'small' | 'subject';
      align?: 'left' | 'right' | 'center';
    } & Keep)
  | ({ kind: 'list'; ordered: boolean; start?: number; items: Block[][] } & Keep)
  | ({ kind: 'table'; columns: TableColumn[]; rows: Span[][][] } & Keep)
  /** The sender's block at the top of a letter: name in bold, then address and contact lines. */
  | { kind: 'letterhead'; name: string; lines: string[] }
  | { kind: 'rule' }
  | { kind: 'spacer' }
  | { kind: 'pageBreak' };

export type Paper = 'A4' | 'LETTER';

/** A whole document, ready for a renderer. */
export interface DocumentModel {
  title: string;
  author: string;
  subject: string;
  /** BCP 47 tag of the document's language, e.g. en-US, en-GB, ja-JP. */
  language: string;
  paper: Paper;
  /** Fixed creation date (from the case or SOURCE_DATE_EPOCH), never the clock. */
  createdAt: Date;
  /** Footer text with {page} and {pages} placeholders, e.g. "Page {page} of {pages}". */
  footer: string;
  /** Optional small text at the left of the footer (e.g. the case id). */
  footerNote?: string;
  blocks: Block[];
  /**
   * Set when the document is a draft (the case has errors): `banner` ("DRAFT - NOT READY TO SUBMIT") is
   * printed on every page, and page one opens with a box titled `title` listing each blocking problem
   * in plain words with its file:line.
   */
  draft?: { banner: string; title: string; problems: string[] };
}

/** One output file of a case, in memory. */
export interface RenderedFile {
  /** Path relative to the case's output folder, with forward slashes. */
  path: string;
  bytes: Uint8Array;
}
