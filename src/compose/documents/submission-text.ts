// What goes in each text box of the submission form, cut from the composed letter: without the letterhead,
// date, addressee, subject and salutation, and with the closing and signature only where the box is the
// whole message (a support case, an e-mail), never glued onto the last of several boxes.
import type { Block, DocumentModel, Span } from '../../model/document.js';
import type { Strings } from '../view.js';
import type { BoxKey } from '../../domain/channels.js';
import { blocksToText, countWords, spansText } from '../plain-text.js';

/** One section of the letter body: its heading key (opening for the text before the first heading) and blocks. */
export interface LetterSection {
  key: string;
  heading?: string;
  blocks: Block[];
}

/** The letter cut into header, body sections and sign-off. */
export interface LetterParts {
  sections: LetterSection[];
  /** The closing paragraph, the complimentary close and the signature block. */
  signOff: Block[];
}

const isParagraph = (b: Block | undefined): b is Extract<Block, { kind: 'paragraph' }> => b?.kind === 'paragraph';
const allBold = (b: Block): boolean => isParagraph(b) && b.spans.length > 0 && b.spans.every((s) => s.bold || !s.text.trim());

/**
 * Cuts a letter: the header ends with the salutation, the paragraph after the bold subject line; the
 * sign-off starts with the paragraph before the complimentary close ("Sincerely,").
 */
export function letterParts(doc: DocumentModel, strings: Strings): LetterParts {
  const blocks = doc.blocks.filter((b) => b.kind !== 'letterhead');
  const firstHeading = blocks.findIndex((b) => b.kind === 'heading' && b.level === 1);
  const headerZone = firstHeading < 0 ? blocks.length : firstHeading;
  const subject = blocks.slice(0, headerZone).findIndex(allBold);
  const bodyStart = subject < 0 ? 0 : Math.min(subject + 2, headerZone);
  // Either complimentary close the letter may end with ("Sincerely," or, in British spelling, "Yours faithfully,").
  const closes = new Set([strings.labels.sincerely, strings.labels.closeBritish].filter(Boolean).map((t) => t.trim()));
  let signOffAt = blocks.length;
  for (let i = blocks.length - 1; i >= bodyStart; i--) {
    const b = blocks[i];
    if (isParagraph(b) && closes.has(spansText(b.spans).trim())) {
      signOffAt = isParagraph(blocks[i - 1]) && i - 1 >= bodyStart && blocks[i - 2]?.kind !== 'heading' ? i - 1 : i;
      break;
    }
  }
  const keyByHeading = new Map(Object.entries(strings.headings).map(([key, text]) => [text, key]));
  const sections: LetterSection[] = [];
  let current: LetterSection = { key: 'opening', blocks: [] };
  for (const block of blocks.slice(bodyStart, signOffAt)) {
    if (block.kind === 'heading' && block.level === 1) {
      if (current.blocks.length) sections.push(current);
      const heading = spansText(block.spans);
      current = { key: keyByHeading.get(heading) ?? `section-${sections.length + 1}`, heading, blocks: [] };
    } else current.blocks.push(block);
  }
  if (current.blocks.length) sections.push(current);
  return { sections, signOff: blocks.slice(signOffAt) };
}

/** Which Account Health box each letter section goes in; a section not named here goes in the root cause. */
const boxOfSection: Record<string, BoxKey> = {
  actions: 'actionsTaken',
  measures: 'stepsToPrevent',
  additional: 'additionalInformation',
  supplyChain: 'additionalInformation',
  brandRegistry: 'additionalInformation',
  videoVerification: 'additionalInformation',
  asins: 'additionalInformation',
  evidence: 'additionalInformation',
};

/** The box a letter section goes in, for a form with the given boxes (a one-box form takes everything). */
export function boxFor(section: string, boxes: readonly BoxKey[]): BoxKey {
  if (boxes.length === 1) return boxes[0];
  const box = boxOfSection[section] ?? 'rootCause';
  return boxes.includes(box) ? box : boxes[0];
}

/** A table as plain lines: header, then rows, cells joined with " | "; columns empty in every row left out. */
function tableText(block: Extract<Block, { kind: 'table' }>): string {
  const cell = (spans: Span[]) =>
    spansText(spans)
      .replace(/\s*\n\s*/g, ' ')
      .trim();
  const rows = block.rows.map((r) => r.map(cell));
  const keep = block.columns.map((_, i) => rows.some((r) => (r[i] ?? '') !== ''));
  const line = (cells: string[]) =>
    cells
      .filter((_, i) => keep[i])
      .map((c) => c || '-')
      .join(' | ');
  return [line(block.columns.map((c) => cell(c.title))), ...rows.map(line)].join('\n');
}

/** A list as plain lines, one item per line (detail lines indented under their item). */
function listText(block: Extract<Block, { kind: 'list' }>): string {
  return block.items
    .map((item, i) => {
      const marker = block.ordered ? `${(block.start ?? 1) + i}. ` : '- ';
      const body = plainText(item)
        .split('\n')
        .filter((l) => l.trim() !== '');
      return [marker + (body[0] ?? ''), ...body.slice(1).map((l) => ' '.repeat(marker.length) + l.trim())].join('\n');
    })
    .join('\n');
}

/** Plain text of blocks: paragraphs apart, list items and table rows one per line, empty table columns left out. */
export function plainText(blocks: Block[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    const text = b.kind === 'table' ? tableText(b) : b.kind === 'list' ? listText(b) : blocksToText([b]).trim();
    if (text) parts.push(text);
  }
  return parts.join('\n\n');
}

/** Characters as a form counts them: code points, a line break as one. */
export const charCount = (text: string): number => [...text].length;

/** The text of one box, with the letter sections it holds. */
export interface BoxText {
  box: BoxKey;
  /** sections/ file name, e.g. 01-root-cause.txt. */
  file: string;
  text: string;
  chars: number;
  words: number;
  /** Letter section keys in the box, in letter order. */
  sections: string[];
}

const kebab = (key: string): string => key.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`);

/** The sections/ file of a box. */
export const boxFileName = (box: BoxKey, i: number): string => `${String(i + 1).padStart(2, '0')}-${kebab(box)}.txt`;

/**
 * The text of each box of the form: the letter's sections in letter order, each after its heading (the
 * opening has none); a one-box form gets the closing and signature too, as the end of the message.
 */
export function boxTexts(doc: DocumentModel, strings: Strings, boxes: readonly BoxKey[]): BoxText[] {
  const { sections, signOff } = letterParts(doc, strings);
  return boxes.map((box, i) => {
    const mine = sections.filter((s) => boxFor(s.key, boxes) === box);
    // A heading names what follows when a box holds more than the section it is named after.
    const titled = mine.length > 1 || boxes.length === 1;
    const parts = mine.map((s) => [titled && s.heading ? s.heading : '', plainText(s.blocks)].filter(Boolean).join('\n'));
    if (boxes.length === 1 && signOff.length) parts.push(plainText(signOff));
    const text = parts.filter(Boolean).join('\n\n');
    return { box, file: boxFileName(box, i), text, chars: charCount(text), words: countWords(text), sections: mine.map((s) => s.key) };
  });
}
