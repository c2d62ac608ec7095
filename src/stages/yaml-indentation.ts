// An indentation slip, told as one message at the line that slipped. The YAML parser reports it as several
// errors at the line before ("Nested mappings are not allowed in compact mappings", "Implicit keys need to be
// on a single line", ...); this reads the lines around its first error to find the line that is out of place,
// says what to line it up with, and re-parses with that line moved, to find the next slip in the same run.
import type { YAMLError } from 'yaml';

/** Parser error codes that an indentation slip produces. */
const slipCodes = new Set([
  'BAD_INDENT',
  'BLOCK_AS_IMPLICIT_KEY',
  'MULTILINE_IMPLICIT_KEY',
  'MISSING_CHAR',
  'TAB_AS_INDENT',
  'UNEXPECTED_TOKEN',
]);

/** Slips looked for in one file; a file with more is more than slipped. */
const maxSlips = 20;

/** One slip: where it is and what is wrong. */
export interface IndentationSlip {
  line: number;
  column: number;
  message: string;
  note?: string;
}

/** A slip found, with the lines as they would read once it is fixed (by line number). */
interface Found {
  slip: IndentationSlip;
  fixed: Map<number, string>;
}

/** A line that gives the file its structure (not blank, not a comment, not inside a block of text). */
interface StructureLine {
  line: number;
  indent: number;
  /** Starts with "- " (a list item). */
  dash: boolean;
  /** Where the item's content starts (after "- "), or `indent`. */
  contentIndent: number;
  /** The key the line starts (after the dash, if any). */
  key?: string;
  /** Whether something follows "key:" (or the dash) on the line: then nothing may be indented under it. */
  hasValue: boolean;
}

/**
 * The indentation slips of a text the parser rejected, and the parser errors that remain once they are
 * fixed (undefined when the first error is not a slip, so the parser's own messages stand).
 */
export function explainIndentation(
  text: string,
  errors: readonly YAMLError[],
  parse: (text: string) => readonly YAMLError[],
): { slips: IndentationSlip[]; rest: YAMLError[]; text: string } | undefined {
  let current = text;
  let pending = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const slips: IndentationSlip[] = [];
  for (let round = 0; round < maxSlips && pending.length; round++) {
    const first = pending[0];
    if (!slipCodes.has(first.code)) break;
    const lines = current.split('\n');
    const found = findSlip(lines, lineOf(current, first.pos[0]));
    if (!found) break;
    slips.push(found.slip);
    for (const [line, fixed] of found.fixed) lines[line - 1] = fixed;
    current = lines.join('\n');
    pending = [...parse(current)].sort((a, b) => a.pos[0] - b.pos[0]);
  }
  if (!slips.length) return undefined;
  return { slips, rest: pending, text: current };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const blank = (text: string) => /^\s*(#.*)?$/.test(text);
const quote = (key: string) => `"${key}"`;

/** The structure lines before `upTo` (1-based, exclusive), skipping the content of block scalars (| and >). */
function structureBefore(lines: string[], upTo: number): StructureLine[] {
  const out: StructureLine[] = [];
  let blockIndent = -1;
  for (let i = 0; i < upTo - 1; i++) {
    const text = lines[i].replace(/\r$/, '');
    if (blank(text)) continue;
    const info = describe(text, i + 1);
    if (blockIndent >= 0 && info.indent > blockIndent) continue;
    blockIndent = -1;
    out.push(info);
    if (/(^|:|-)\s*[|>][-+0-9]*\s*(#.*)?$/.test(text)) blockIndent = info.indent;
  }
  return out;
}

function describe(text: string, line: number): StructureLine {
  const indent = /^ */.exec(text)![0].length;
  let rest = text.slice(indent);
  let contentIndent = indent;
  const dash = /^-(\s|$)/.test(rest);
  if (dash) {
    const after = /^-\s*/.exec(rest)![0].length;
    contentIndent = indent + after;
    rest = rest.slice(after);
  }
  const keyed = /^("[^"]*"|'[^']*'|[^\s#'"{[\]},&*!|>%@`-][^:#]*?|-[^\s:#][^:#]*?)\s*:(\s+|$)(.*)$/.exec(rest);
  if (keyed) return { line, indent, dash, contentIndent, key: keyed[1].replace(/^["']|["']$/g, ''), hasValue: !blank(keyed[3]) };
  return { line, indent, dash, contentIndent, hasValue: dash ? !blank(rest) : true };
}

/** The column a line's key (or item) starts at, 0-based. */
const keyColumn = (s: StructureLine) => (s.dash && s.key !== undefined ? s.contentIndent : s.indent);

/** The name of what starts at `indent` on a structure line: its key, or its dash. */
function nameAt(s: StructureLine, indent: number): string {
  if (s.dash && indent === s.indent) return `the "-" on line ${s.line}`;
  return s.key !== undefined ? `${quote(s.key)} on line ${s.line}` : `the item on line ${s.line}`;
}

/** The first slipped line at or just after the parser's first error line. */
function findSlip(lines: string[], errorLine: number): Found | undefined {
  const candidates = [errorLine];
  for (let i = errorLine; i < lines.length; i++) {
    if (!blank(lines[i].replace(/\r$/, ''))) {
      candidates.push(i + 1);
      break;
    }
  }
  for (const n of candidates) {
    const text = (lines[n - 1] ?? '').replace(/\r$/, '');
    if (blank(text)) continue;
    const found = slipAt(lines, n, text);
    if (found) return found;
  }
  return colonInValue(lines, errorLine);
}

/** `summary: Note: text`: an unquoted value with ": " in it reads as a second key on the line. */
function colonInValue(lines: string[], n: number): Found | undefined {
  const text = (lines[n - 1] ?? '').replace(/\r$/, '');
  const m = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):\s+([^\s"'{[|>#&*!][^#]*?:\s.*?)\s*$/.exec(text);
  if (!m) return undefined;
  return {
    slip: {
      line: n,
      column: text.indexOf(m[3], m[1].length + m[2].length + 1) + 1,
      message: `the value of "${m[2]}" contains ": ", which YAML reads as the start of another key; put the whole value in quotes`,
      note: `Write it as ${m[2]}: "${m[3].replace(/"/g, '\\"')}"`,
    },
    fixed: new Map([[n, `${m[1]}${m[2]}: "${m[3].replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`]]),
  };
}

function slipAt(lines: string[], n: number, text: string): Found | undefined {
  const structure = structureBefore(lines, n);
  const previous = structure[structure.length - 1];
  const leading = /^[ \t]*/.exec(text)![0];
  if (leading.includes('\t')) {
    return {
      slip: {
        line: n,
        column: leading.indexOf('\t') + 1,
        message: 'this line is indented with a tab; YAML indentation must be spaces',
        note: 'Replace the tab with spaces (an editor set to "indent using spaces" does it for you).',
      },
      fixed: new Map([[n, leading.replace(/\t/g, '  ') + text.slice(leading.length)]]),
    };
  }
  if (!previous) return undefined;
  const here = describe(text, n);
  if (here.key === undefined && !here.dash) return undefined;
  const column = keyColumn(previous);
  // Indented under a line that already has its value: nothing can belong to it.
  if (here.indent > column && previous.hasValue) {
    const what = previous.key !== undefined ? quote(previous.key) : 'the item';
    const block = moveBlock(lines, n, here, column);
    const why =
      previous.key !== undefined
        ? `${quote(previous.key)} already has a value on line ${previous.line}, so nothing can be indented under it.`
        : undefined;
    return {
      slip: {
        line: n,
        column: here.indent + 1,
        message: `this line is indented more than ${what} on line ${previous.line} above it; line it up with ${what} (column ${column + 1})`,
        note: joinNotes(why, block.note),
      },
      fixed: block.fixed,
    };
  }
  if (here.indent > column) return undefined;
  // Between two levels: less than the block it follows, more than the one around it.
  const levels: { indent: number; line: StructureLine; dash: boolean }[] = [];
  let limit = Infinity;
  for (let i = structure.length - 1; i >= 0 && limit > 0; i--) {
    const s = structure[i];
    if (s.dash && s.key !== undefined && s.contentIndent < limit) levels.push({ indent: s.contentIndent, line: s, dash: false });
    if (s.indent < limit) {
      levels.push({ indent: s.indent, line: s, dash: s.dash });
      limit = s.indent;
    }
  }
  // A key lines up with a key; a list item with another item's "-", or with the key that opens its list.
  if (levels.some((l) => l.indent === here.indent && (here.dash ? l.dash || !l.line.hasValue : !l.dash))) return undefined;
  const fits = levels.filter((l) => (here.dash ? l.dash : !l.dash));
  const upper = fits.filter((l) => l.indent > here.indent).sort((a, b) => a.indent - b.indent)[0];
  const lower = fits.filter((l) => l.indent < here.indent).sort((a, b) => b.indent - a.indent)[0];
  const primary = here.dash
    ? [upper, lower].filter(Boolean).sort((a, b) => Math.abs(a!.indent - here.indent) - Math.abs(b!.indent - here.indent))[0]
    : (upper ?? lower);
  if (!primary) return undefined;
  const other = here.dash ? undefined : primary === upper ? lower : undefined;
  const what = here.dash ? 'this list item' : 'this line';
  const at = (l: { indent: number; line: StructureLine }) => `${nameAt(l.line, l.indent)} (column ${l.indent + 1})`;
  const message = other
    ? `${what} is indented between ${nameAt(other.line, other.indent)} and ${nameAt(primary.line, primary.indent)}; line it up with ${at(primary)} to keep it in the same block, or with ${at(other)}`
    : `${what} is indented ${primary.indent > here.indent ? 'less' : 'more'} than ${nameAt(primary.line, primary.indent)}; line it up with it (column ${primary.indent + 1})`;
  const block = moveBlock(lines, n, here, primary.indent);
  return { slip: { line: n, column: here.indent + 1, message, note: block.note }, fixed: block.fixed };
}

const joinNotes = (...notes: (string | undefined)[]) => notes.filter(Boolean).join(' ') || undefined;

/**
 * The slipped line moved to `to`, with the lines that slipped with it: the lines right after it at the same
 * indentation (a block pasted one level off), and, when it opens a block, the lines under it.
 */
function moveBlock(lines: string[], n: number, here: StructureLine, to: number): { fixed: Map<number, string>; note?: string } {
  const shift = (text: string) => ' '.repeat(Math.max(0, to + (/^ */.exec(text)![0].length - here.indent))) + text.replace(/^ */, '');
  const fixed = new Map([[n, shift(lines[n - 1])]]);
  let siblings = 0;
  for (let i = n; i < lines.length; i++) {
    const text = lines[i].replace(/\r$/, '');
    if (blank(text)) continue;
    const indent = /^ */.exec(text)![0].length;
    // Deeper lines move with the slipped line when they are under it: the lines of a block it opens, or
    // the content of a list item (when lined up with its first key).
    if (indent < here.indent) break;
    if (indent > here.indent && here.hasValue && !(here.dash && indent >= here.contentIndent)) break;
    if (indent === here.indent) siblings++;
    fixed.set(i + 1, shift(lines[i]));
  }
  return {
    fixed,
    note: siblings
      ? `The ${siblings === 1 ? 'line' : `${siblings} lines`} after it ${siblings === 1 ? 'is' : 'are'} indented the same way; move ${siblings === 1 ? 'it' : 'them'} with it.`
      : undefined,
  };
}
