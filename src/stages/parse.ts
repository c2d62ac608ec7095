// YAML text -> data + node positions + diagnostics. Dates stay strings (YAML 1.2 core schema).
import { LineCounter, parseDocument, isAlias, isMap, isSeq, isNode, isPair, isScalar, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import { explainIndentation } from './yaml-indentation.js';

/** Size above which a case file is refused before parsing. */
export const maxCaseBytes = 2 * 1024 * 1024;

/** A parsed case: its data plus what is needed to point back into the source. */
export interface ParsedCase {
  file: string;
  data: unknown;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export type PathSegment = string | number;

/** Decodes raw bytes as UTF-8 text, refusing binary, non-UTF-8 and oversized files. */
export function decodeCaseText(file: string, bytes: Uint8Array): { text?: string; diagnostics: Diagnostic[] } {
  const fail = (message: string, note?: string) => ({
    diagnostics: [{ file, line: 1, column: 1, severity: 'error' as const, ruleId: 'input', message, note }],
  });
  if (bytes.length > maxCaseBytes) {
    return fail(`the case file is ${(bytes.length / 1048576).toFixed(1)} MiB; the limit is 2 MiB`, 'Move long texts into evidence files.');
  }
  if (bytes.includes(0)) return fail('this is a binary file, not a YAML case file', 'Save the case as UTF-8 text.');
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, diagnostics: [] };
  } catch {
    return fail('the case file is not valid UTF-8 text', 'Save it as UTF-8 (in Notepad/VS Code: "Save with encoding: UTF-8").');
  }
}

/** Parses YAML text, reporting syntax errors, duplicate keys and alias bombs with positions. */
export function parseCase(file: string, text: string): { value?: ParsedCase; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, ...parseOptions });
  } catch (error) {
    const message =
      error instanceof RangeError
        ? `the YAML is nested too deeply to read (a case nests at most ${maxDepth} levels)`
        : `the YAML could not be read: ${(error as Error).message}`;
    return { diagnostics: [{ file, line: 1, column: 1, severity: 'error', ruleId: 'yaml', message }] };
  }
  // Before anything walks the tree recursively: a case nests a few levels, never hundreds.
  const tooDeep = structureProblem(doc, 'depth');
  if (tooDeep) return { diagnostics: [structureDiagnostic(file, lineCounter, tooDeep)] };
  // An indentation slip is told as one message at the line that slipped, instead of the parser's errors.
  const slipped = explainSlips(file, text, doc);
  if (slipped) return { diagnostics: slipped };
  // Errors and warnings as separate lists (looking each one up with errors.includes() was quadratic: a pasted
  // 1 MB of garbage gives 160,000 errors); only the first few are reported, the rest counted in one line.
  const problems = [...doc.errors.map((p) => [p, 'error'] as const), ...doc.warnings.map((p) => [p, 'warning'] as const)];
  for (const [problem, severity] of problems.slice(0, maxYamlProblems)) {
    const [start, end] = problem.pos;
    const at = lineCounter.linePos(start);
    const to = lineCounter.linePos(end);
    const duplicate = problem.code === 'DUPLICATE_KEY';
    diagnostics.push({
      file,
      line: at.line,
      column: at.col,
      endLine: to.line,
      endColumn: to.col,
      severity,
      ruleId: duplicate ? 'duplicate-key' : 'yaml',
      message: duplicate ? duplicateKeyMessage(doc, lineCounter, start) : firstLine(problem.message),
      note: duplicate ? commaSplitNote(doc, start) : undefined,
    });
  }
  if (problems.length > maxYamlProblems) {
    const at = lineCounter.linePos(problems[maxYamlProblems][0].pos[0]);
    const more = problems.length - maxYamlProblems;
    diagnostics.push({
      file,
      line: at.line,
      column: at.col,
      severity: problems.slice(maxYamlProblems).some(([, s]) => s === 'error') ? 'error' : 'warning',
      ruleId: 'yaml',
      message: `${more} more YAML problem${more === 1 ? '' : 's'} from here on; fix the ones above first`,
    });
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  // A list or mapping used as a key (`? [a, b]: x`, `{{a: 1}: x}`) has no meaning in a case, and converting it
  // to a string key costs time growing with the fourth power of its nesting (minutes for a few hundred levels).
  const collectionKey = structureProblem(doc, 'keys');
  if (collectionKey) return { diagnostics: [...diagnostics, structureDiagnostic(file, lineCounter, collectionKey)] };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const message = /alias/i.test((error as Error).message)
      ? 'too many alias expansions (a YAML "alias bomb"); the file is refused'
      : `the YAML could not be read: ${firstLine((error as Error).message)}`;
    return { diagnostics: [...diagnostics, { file, line: 1, column: 1, severity: 'error', ruleId: 'yaml', message }] };
  }
  return { value: { file, data, doc, lineCounter }, diagnostics };
}

const parseOptions = { prettyErrors: false, uniqueKeys: true, merge: false, version: '1.2' } as const;

/** Files whose errors are read for indentation slips: a few errors in a case-sized file (not pasted garbage). */
const slipSearchLimits = { errors: 20, characters: 512 * 1024 };

/** The diagnostics of a file whose first YAML error is an indentation slip: one per slip, then what remains. */
function explainSlips(file: string, text: string, doc: Document.Parsed): Diagnostic[] | undefined {
  if (!doc.errors.length || doc.errors.length > slipSearchLimits.errors || text.length > slipSearchLimits.characters) return undefined;
  const explained = explainIndentation(text, doc.errors, (t) => parseDocument(t, parseOptions).errors);
  if (!explained) return undefined;
  const diagnostics: Diagnostic[] = explained.slips.map((slip) => ({
    file,
    line: slip.line,
    column: slip.column,
    severity: 'error',
    ruleId: 'yaml',
    message: slip.message,
    note: slip.note,
  }));
  const counter = new LineCounter();
  const repaired = parseDocument(explained.text, { ...parseOptions, lineCounter: counter });
  for (const problem of explained.rest.slice(0, maxYamlProblems)) {
    const at = counter.linePos(problem.pos[0]);
    const duplicate = problem.code === 'DUPLICATE_KEY';
    diagnostics.push({
      file,
      line: at.line,
      column: at.col,
      severity: 'error',
      ruleId: duplicate ? 'duplicate-key' : 'yaml',
      message: duplicate ? duplicateKeyMessage(repaired, counter, problem.pos[0]) : firstLine(problem.message),
      note: duplicate ? commaSplitNote(repaired, problem.pos[0]) : undefined,
    });
  }
  return diagnostics;
}

/** YAML syntax problems reported one by one; more are summed up in one diagnostic. */
export const maxYamlProblems = 100;

/** Deepest nesting of lists and mappings a case file may have (real cases use 4 or 5). */
export const maxDepth = 64;

/**
 * The first node that nests deeper than maxDepth ('depth'), or the first key that is a list, mapping or
 * alias ('keys'). Iterative, so a hostile file cannot overflow the stack here.
 */
function structureProblem(doc: Document.Parsed, check: 'depth' | 'keys'): { node: Node; message: string } | undefined {
  const stack: [unknown, number][] = [[doc.contents, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (check === 'depth' && depth > maxDepth)
      return { node, message: `the case is nested more than ${maxDepth} levels deep here; a case needs only a few levels` };
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        if (check === 'keys' && (isMap(item.key) || isSeq(item.key) || isAlias(item.key)) && isNode(item.key)) {
          return { node: item.key, message: 'a key here is a list, a mapping or an alias; keys must be plain names such as "title"' };
        }
        stack.push([item.key, depth + 1], [item.value, depth + 1]);
      } else stack.push([item, depth + 1]);
    }
  }
  return undefined;
}

function structureDiagnostic(file: string, lineCounter: LineCounter, problem: { node: Node; message: string }): Diagnostic {
  const [start, end] = problem.node.range ?? [0, 0];
  const at = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, Math.min(end, start + 1)));
  return {
    file,
    line: at.line,
    column: at.col,
    endLine: to.line,
    endColumn: to.col,
    severity: 'error',
    ruleId: 'yaml',
    message: problem.message,
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function duplicateKeyMessage(doc: Document.Parsed, lineCounter: LineCounter, offset: number): string {
  const duplicateKey = findKeyAt(doc.contents, offset);
  const first = duplicateKey ? findFirstKey(doc.contents, duplicateKey, offset) : undefined;
  const name = duplicateKey ? `"${duplicateKey}"` : 'a key';
  if (first === undefined) return `${name} appears twice in the same block; keep one`;
  const pos = lineCounter.linePos(first);
  return `${name} appears twice in the same block (first at line ${pos.line}, column ${pos.col}); keep one`;
}

/**
 * For a key written twice of which one is a piece of a value cut by a comma inside { } (`title: Report of X Co.,
 * Ltd., issuer: X Co., Ltd.` gives two keys "Ltd."): how to keep the comma in the value.
 */
function commaSplitNote(doc: Document.Parsed, offset: number): string | undefined {
  const pieceAt = (at: number) => {
    let piece = false;
    walkPairs(doc.contents, (key, parent) => {
      if (!isMap(parent) || !parent.flow || !key.range || key.range[0] > at || at > key.range[1]) return;
      piece = parent.items.some((p) => p.key === key && (p.value === null || (isScalar(p.value) && p.value.value === null)));
    });
    return piece;
  };
  // The piece may be either key: `title: A, date, B, date: 2026-11-24` cuts a "date" out of the title first.
  const name = findKeyAt(doc.contents, offset);
  const first = name ? findFirstKey(doc.contents, name, offset) : undefined;
  const piece = pieceAt(offset) || (first !== undefined && pieceAt(first));
  return piece ? 'Inside { } a comma ends a value: put a value that has a comma in quotes ("X Co., Ltd.").' : undefined;
}

function walkPairs(node: unknown, visit: (key: Node, parent: Node) => void): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isNode(pair.key)) visit(pair.key, node);
      walkPairs(pair.value, visit);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) walkPairs(item, visit);
  }
}

function findKeyAt(root: unknown, offset: number): string | undefined {
  let found: string | undefined;
  walkPairs(root, (key) => {
    if (key.range && key.range[0] <= offset && offset <= key.range[1] && isScalar(key)) found = String(key.value);
  });
  return found;
}

function findFirstKey(root: unknown, name: string, offset: number): number | undefined {
  let first: number | undefined;
  walkPairs(root, (key, parent) => {
    if (first !== undefined || !isScalar(key) || String(key.value) !== name || !key.range) return;
    const sibling =
      isMap(parent) && parent.items.some((p) => isNode(p.key) && p.key.range && p.key.range[0] <= offset && offset <= p.key.range[1]);
    if (sibling && key.range[0] < offset) first = key.range[0];
  });
  return first;
}

/** The longest text a field may hold; a letter field has a few hundred characters, a long one a few thousand. */
export const maxTextLength = 10_000;

/** Texts longer than maxTextLength, each as an error at its value (the later stages leave the field out). */
export function overlongTexts(parsed: ParsedCase): { path: PathSegment[]; diagnostic: Diagnostic }[] {
  const found: { path: PathSegment[]; diagnostic: Diagnostic }[] = [];
  const stack: [unknown, PathSegment[]][] = [[parsed.data, []]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'string') {
      if (node.length <= maxTextLength) continue;
      const where = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
      found.push({
        path,
        diagnostic: {
          file: parsed.file,
          ...locate(parsed, path),
          severity: 'error',
          ruleId: 'input',
          message: `${where} is ${node.length.toLocaleString('en-US')} characters long; a text field holds at most ${maxTextLength.toLocaleString('en-US')}`,
          note: 'Put long texts (logs, lists, transcripts) in an evidence file and cite it; a reviewer reads a page or two.',
        },
      });
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => stack.push([item, [...path, i]]));
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) stack.push([value, [...path, key]]);
    }
  }
  return found.reverse();
}

/** A 1-based source span. */
export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Finds where a model path sits in the YAML source: the value's node, or its key when `at` is 'key'.
 * When the path does not exist (a missing field), it falls back to the deepest existing parent's key.
 */
export function locate(parsed: ParsedCase, path: PathSegment[], at: 'key' | 'value' = 'value'): Position {
  let node: unknown = parsed.doc.contents;
  let best: [number, number] | undefined = rangeOf(node);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      const keyRange = rangeOf(pair.key);
      const valueRange = rangeOf(pair.value);
      best = last && at === 'value' ? (valueRange ?? keyRange) : (keyRange ?? best);
      if (last && at === 'value' && !valueRange) best = keyRange;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      node = node.items[segment];
      best = rangeOf(node) ?? best;
    } else {
      break;
    }
  }
  const [start, end] = best ?? [0, 0];
  const a = parsed.lineCounter.linePos(start);
  const b = parsed.lineCounter.linePos(Math.max(start, end));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

function rangeOf(node: unknown): [number, number] | undefined {
  if (isPair(node)) return rangeOf(node.key);
  if (isNode(node) && node.range) return [node.range[0], node.range[1]];
  return undefined;
}

/** Whether the scalar at a path was written as an unquoted number-like token (e.g. a postcode 0755). */
export function sourceTextAt(parsed: ParsedCase, path: PathSegment[]): string | undefined {
  const node = parsed.doc.getIn(path, true);
  return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
}
