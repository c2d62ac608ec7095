// Preflight for the fonts: every text of the case must be printable with the bundled fonts (Noto Sans and
// Noto Sans SC/JP/KR). A character none of them has (an emoji, a rare symbol) would print as an empty box,
// so it becomes an error at its line and column in the YAML, before anything is rendered.
// Cheap by design: pure-ASCII strings are skipped without looking at a font (Noto Sans covers all of
// printable ASCII), and the font module is only loaded when some string has a non-ASCII character; it
// then opens only the fonts it needs (Noto Sans for é, a CJK font for Han, all four for an emoji).
import type { Diagnostic } from '../model/diagnostic.js';
import { locate, type ParsedCase, type PathSegment } from './parse.js';

/** Keys whose strings never reach a document (a PDF password). */
const unprinted = new Set(['password']);

/** A string of the case data with its path. */
interface TextField {
  path: PathSegment[];
  text: string;
}

const ASCII = /^[\x00-\x7f]*$/;

/** The case's strings that contain a non-ASCII character, in document order. */
export function nonAsciiTexts(data: unknown): TextField[] {
  const out: TextField[] = [];
  const walk = (node: unknown, path: PathSegment[]) => {
    if (typeof node === 'string') {
      if (!ASCII.test(node)) out.push({ path, text: node });
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, i]));
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) if (!unprinted.has(key)) walk(value, [...path, key]);
    }
  };
  walk(data, []);
  return out;
}

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Dotted path for messages: seller.address[2]. */
const dotted = (path: PathSegment[]) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');

/**
 * Diagnostics for characters no bundled font covers, each at the character itself when it is written
 * literally in the source (else at the start of the value, e.g. for an escape like "\U0001F600").
 */
export async function glyphDiagnostics(parsed: ParsedCase, data: unknown, source?: string): Promise<Diagnostic[]> {
  const fields = nonAsciiTexts(data);
  if (!fields.length) return [];
  const { uncoveredCharacters } = await import('../render/fonts.js');
  const diagnostics: Diagnostic[] = [];
  for (const field of fields) {
    const missing = uncoveredCharacters(field.text);
    if (!missing.length) continue;
    const value = locate(parsed, field.path);
    const node = parsed.doc.getIn(field.path, true) as { range?: [number, number] } | undefined;
    for (const ch of missing) {
      let position: { line: number; column: number; endLine: number; endColumn: number } = value;
      const range = node?.range;
      if (source !== undefined && range) {
        const offset = source.indexOf(ch, range[0]);
        if (offset >= 0 && offset < range[1]) {
          const at = parsed.lineCounter.linePos(offset);
          position = { line: at.line, column: at.col, endLine: at.line, endColumn: at.col + ch.length };
        }
      }
      diagnostics.push({
        file: parsed.file,
        ...position,
        severity: 'error',
        ruleId: 'glyph',
        message: `the character "${ch}" (${codePoint(ch)}) in ${dotted(field.path)} cannot be printed: none of the letter's fonts has it`,
        note: 'Emoji and rare symbols would print as empty boxes; remove the character or write it out in words. Latin, Chinese, Japanese and Korean text is fine.',
      });
    }
  }
  return diagnostics;
}
