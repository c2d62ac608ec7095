// Shared by the quick sweep (test/unit/case/robustness.test.ts) and the long one (test/stress/robustness.test.ts):
// fast-check plans that mutate valid sample cases (wrong types, deletions, unicode, huge strings, deep
// nesting, duplicated keys, YAML syntax noise, broken bytes), and the property every mutated input must meet.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { isMap, parseDocument, type Document } from 'yaml';
import { checkCase, type CaseCheck, type CheckedCase, type PipelineEnv } from '../../src/case/process-case.js';
import { hasErrors } from '../../src/model/diagnostic.js';
import { repoRoot } from './outputs.js';

/** Sample cases the sweep mutates (each copied with its evidence): small, full, and non-English ones. */
export const baseSources = [
  'test/fixtures/minimal/case.yaml',
  'test/unit/rules/fixtures/base.yaml',
  'cases/sunrise-odr/case.yaml',
  'cases/sakura-jp-late-shipment/case.yaml',
  'cases/risheng-cn-inauthentic/case.yaml',
];

export interface Base {
  name: string;
  dir: string;
  text: string;
}

/** Copies every base case folder into a temp dir; mutated cases are written beside the original so evidence resolves. */
export function setUpBases(): { bases: Base[]; cleanup: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'appeal-fuzz-'));
  const bases = baseSources.map((source, i) => {
    const dir = path.join(root, `base-${i}`);
    cpSync(path.join(repoRoot, path.dirname(source)), dir, { recursive: true });
    return { name: source, dir, text: readFileSync(path.join(repoRoot, source), 'utf8') };
  });
  return { bases, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

type Segment = string | number;

// ---- the pieces a plan is made of -------------------------------------------------------------------

/** Single "characters" that tend to break text handling: CJK, RTL and bidi controls, emoji sequences, lone surrogates. */
const hostileUnits = [
  '深',
  '圳',
  '貨',
  '日本語',
  '한',
  'ー',
  '〜',
  '\u3000', // CJK and its spaces / long vowel mark
  'ب',
  'ع',
  'א',
  'ש',
  '\u202e',
  '\u202d',
  '\u2067',
  '\u200f',
  '\u061c', // RTL letters and bidi controls
  '😀',
  '👨‍👩‍👧‍👦',
  '🇺🇸',
  '🏳️‍🌈',
  '👍🏽',
  '\ufe0f',
  '\u200d', // emoji, ZWJ sequences, flags, modifiers
  '\ud800',
  '\udfff',
  '\udbff',
  '\udc00', // lone surrogates (written as YAML escapes)
  'e\u0301',
  '\u0301',
  '\u0336',
  'ﬁ',
  'Å',
  'ǅ', // combining marks, ligatures
  '\u200b',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\u00ad',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085', // invisible and control
  '\t',
  '\n',
  '\r',
  '\r\n',
  ' ',
  '  ',
  '\\',
  '"',
  "'",
  '{{',
  '}}',
  '{{{x}}}',
  '{{#each}}',
  '<script>',
  '&amp;',
  '%s',
  '${x}',
  '`',
  '*',
  '_',
  '#',
  '|',
  '[link](http://x)',
  '---',
  '> ',
  '- ',
  '1.', // markdown and template syntax
  '\ufffd',
  '\uffff',
  '\u{10ffff}',
  '\u{1d54f}',
  '\u{e0001}', // specials, astral letters, tags
];

const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileUnits) },
  // Any code point, surrogate halves included (they come out lone), and some from the busiest planes.
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0x2ffff }).map((cp) => String.fromCodePoint(cp)) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 3 }) },
);

const unicodeText = fc.array(unit, { maxLength: 40 }).map((parts) => parts.join(''));

/** Values of the wrong type (or a plausible one in the wrong place). */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, 1e308, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    '',
    ' ',
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '9999-12-31',
    'yes',
    'no',
    '~',
    'null',
    'E1',
    'RC1',
    'B0C1234567',
    '112-3456789-1234567',
    'en',
    'xx',
    '../x',
    '/etc/passwd',
  ),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(null)), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.integer(), fc.string()), { maxKeys: 3 }),
  unicodeText,
);

const hugeUnits = [
  'a',
  'word ',
  '深',
  '😀',
  'ب',
  'e\u0301',
  '\u202e',
  'aaaaaaaaaa\n',
  '- ',
  '{{x}} ',
  'https://example.com/',
  '1234567890',
  ' ',
];

/** Raw text spliced into the YAML source at a random offset. */
const noiseTokens = [
  '[',
  ']',
  '{',
  '}',
  ':',
  ': ',
  ' : ',
  '- ',
  '-',
  ',',
  '?',
  '? ',
  '|',
  '>',
  '|-',
  '>+',
  '"',
  "'",
  '#',
  '`',
  '@',
  '%',
  '!',
  '!!',
  '&a ',
  '*a',
  '*nope',
  '&a [*a, *a] ',
  '<<: *a',
  '!!binary ',
  '!!str ',
  '!!int ',
  '!!map ',
  '!!seq ',
  '!custom ',
  '!<tag:x> ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\n---\n',
  '\n...\n',
  '%YAML 1.1\n',
  '%TAG ! tag:x:\n',
  '\ufeff',
  '\u00a0',
  '\u2028',
  '\n  ',
  '\n    - ',
  '\nkey: value',
  '\n- x',
  ': [',
  ': {',
  '"\\x',
  '"\\u12',
  "'''",
  'null',
  '~',
  '.nan',
  '0x1F',
  '1e9999',
  '2026-02-30',
];

type ObjMutation =
  | { kind: 'delete'; at: number }
  | { kind: 'retype'; at: number; value: unknown }
  | { kind: 'unicode'; at: number; text: string; mode: 'replace' | 'append' | 'prepend' }
  | { kind: 'huge'; at: number; unit: string; size: number }
  | { kind: 'deep'; at: number; depth: number; shape: 'array' | 'object' | 'mixed' }
  | { kind: 'copy'; at: number; to: number }
  | { kind: 'addKey'; at: number; key: string; value: unknown }
  | { kind: 'empty'; at: number }
  | { kind: 'grow'; at: number; times: number };

type TextMutation =
  | { kind: 'noise'; at: number; token: string }
  | { kind: 'dupLine'; at: number; to: number }
  | { kind: 'dupKey'; at: number }
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'indent'; at: number; by: number }
  | { kind: 'swapLines'; at: number; to: number }
  | { kind: 'flowDeep'; at: number; depth: number; open: string }
  | { kind: 'bytes'; at: number; bytes: readonly number[] };

const at = fc.nat();
const objMutation: fc.Arbitrary<ObjMutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('delete' as const), at }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('retype' as const), at, value: wrongValue }) },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('unicode' as const),
      at,
      text: unicodeText,
      mode: fc.constantFrom('replace' as const, 'append' as const, 'prepend' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('huge' as const),
      at,
      unit: fc.constantFrom(...hugeUnits),
      size: fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 1_000, max: 20_000 }) },
        { weight: 1, arbitrary: fc.integer({ min: 20_000, max: 250_000 }) },
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('deep' as const),
      at,
      depth: fc.integer({ min: 2, max: 60 }),
      shape: fc.constantFrom('array' as const, 'object' as const, 'mixed' as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('copy' as const), at, to: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('addKey' as const),
      at,
      key: fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'id', 'file', 'lang'),
      ),
      value: wrongValue,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('empty' as const), at }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('grow' as const), at, times: fc.integer({ min: 2, max: 300 }) }) },
);

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('noise' as const), at, token: fc.constantFrom(...noiseTokens) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('dupLine' as const), at, to: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('dupKey' as const), at }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('cut' as const), at, length: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('indent' as const), at, by: fc.integer({ min: -4, max: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swapLines' as const), at, to: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('flowDeep' as const),
      at,
      depth: fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 2, max: 200 }) },
        { weight: 1, arbitrary: fc.integer({ min: 200, max: 3_000 }) },
      ),
      open: fc.constantFrom('[', '{', '{a: ', '- '),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('bytes' as const),
      at,
      bytes: fc.constantFrom([0xff], [0xc3], [0x00], [0xed, 0xa0, 0x80], [0xef, 0xbb, 0xbf], [0xe6, 0xb7], [0xc0, 0xaf]),
    }),
  },
);

export interface Plan {
  base: number;
  obj: ObjMutation[];
  text: TextMutation[];
}

/**
 * A plan: a base case, 0-4 mutations of its data (through the yaml Document API, so the rest keeps its
 * layout) and 0-3 mutations of its text. About a third of plans only put unicode into string fields,
 * so a good share of inputs gets past the schema into rules, evidence and composition.
 */
export const planArbitrary = (baseCount: number): fc.Arbitrary<Plan> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        base: fc.nat({ max: baseCount - 1 }),
        obj: fc.array(
          fc.record({
            kind: fc.constant('unicode' as const),
            at,
            text: unicodeText,
            mode: fc.constantFrom('replace' as const, 'append' as const, 'prepend' as const),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        text: fc.constant<TextMutation[]>([]),
      }),
    },
    {
      weight: 5,
      arbitrary: fc.record({
        base: fc.nat({ max: baseCount - 1 }),
        obj: fc.array(objMutation, { maxLength: 4 }),
        text: fc.constant<TextMutation[]>([]),
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        base: fc.nat({ max: baseCount - 1 }),
        obj: fc.array(objMutation, { maxLength: 2 }),
        text: fc.array(textMutation, { minLength: 1, maxLength: 3 }),
      }),
    },
  );

// ---- applying a plan --------------------------------------------------------------------------------

/** Every path in the data (containers and leaves), root excluded, in document order. */
function allPaths(data: unknown, prefix: Segment[] = [], out: Segment[][] = []): Segment[][] {
  if (Array.isArray(data)) data.forEach((v, i) => (out.push([...prefix, i]), allPaths(v, [...prefix, i], out)));
  else if (data && typeof data === 'object')
    for (const [k, v] of Object.entries(data)) out.push([...prefix, k]), allPaths(v, [...prefix, k], out);
  return out;
}

function nested(depth: number, shape: 'array' | 'object' | 'mixed'): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = shape === 'array' || (shape === 'mixed' && i % 2) ? [value] : { k: value };
  return value;
}

const parsedBases = new Map<string, Document.Parsed>();

function applyObj(text: string, mutations: ObjMutation[]): string {
  if (!mutations.length) return text;
  let parsed = parsedBases.get(text);
  if (!parsed) parsedBases.set(text, (parsed = parseDocument(text, { version: '1.2', uniqueKeys: false })));
  if (parsed.errors.length) return text;
  const doc = parsed.clone();
  for (const m of mutations) {
    const data = doc.toJS({ maxAliasCount: -1 }) as unknown;
    const valueAt = (q: Segment[]) =>
      q.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
    const paths = allPaths(data);
    if (!paths.length) break;
    const p = paths[m.at % paths.length];
    const current = valueAt(p);
    try {
      mutateObj(doc, m, paths, p, current, valueAt);
    } catch {
      // The yaml Document API refused this edit (e.g. a path through a key it cannot address): skip it.
    }
  }
  return doc.toString({ lineWidth: 0 });
}

function mutateObj(
  doc: Document,
  m: ObjMutation,
  paths: Segment[][],
  p: Segment[],
  current: unknown,
  valueAt: (q: Segment[]) => unknown,
): void {
  switch (m.kind) {
    case 'delete':
      doc.deleteIn(p);
      break;
    case 'retype':
      doc.setIn(p, m.value);
      break;
    case 'unicode': {
      // Prefer a string field: walk forward from the chosen path to the next string.
      const strings = paths.filter((q) => typeof valueAt(q) === 'string');
      const q = strings.length ? strings[m.at % strings.length] : p;
      const old = String(valueAt(q) ?? '');
      doc.setIn(q, m.mode === 'replace' ? m.text : m.mode === 'append' ? old + m.text : m.text + old);
      break;
    }
    case 'huge': {
      const strings = paths.filter((q) => typeof valueAt(q) === 'string');
      const q = strings.length ? strings[m.at % strings.length] : p;
      doc.setIn(q, m.unit.repeat(Math.ceil(m.size / m.unit.length)));
      break;
    }
    case 'deep':
      doc.setIn(p, doc.createNode(nested(m.depth, m.shape), { flow: m.depth > 20 }));
      break;
    case 'copy':
      doc.setIn(paths[m.to % paths.length], doc.createNode(current, { aliasDuplicateObjects: false }));
      break;
    case 'addKey': {
      const maps = paths.filter((q) => isMap(doc.getIn(q, true)));
      const q = maps.length ? maps[m.at % maps.length] : [];
      const node = q.length ? doc.getIn(q, true) : doc.contents;
      if (isMap(node)) node.set(doc.createNode(m.key), doc.createNode(m.value));
      break;
    }
    case 'empty':
      doc.setIn(p, Array.isArray(current) ? [] : current && typeof current === 'object' ? {} : '');
      break;
    case 'grow': {
      // Many copies of one list item (e.g. 300 orders or evidence entries).
      const seqs = paths.filter((q) => Array.isArray(valueAt(q)) && (valueAt(q) as unknown[]).length > 0);
      if (!seqs.length) break;
      const q = seqs[m.at % seqs.length];
      const items = valueAt(q) as unknown[];
      doc.setIn(
        q,
        doc.createNode(
          Array.from({ length: m.times }, (_, i) => items[i % items.length]),
          { aliasDuplicateObjects: false },
        ),
      );
      break;
    }
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function applyText(text: string, mutations: TextMutation[]): string | Uint8Array {
  let out = text;
  for (const m of mutations) {
    const lines = out.split('\n');
    const n = lines.length;
    const offset = m.at % (out.length + 1);
    switch (m.kind) {
      case 'noise':
        out = out.slice(0, offset) + m.token + out.slice(offset);
        break;
      case 'dupLine': {
        const line = lines[m.at % n];
        lines.splice(m.to % (n + 1), 0, line);
        out = lines.join('\n');
        break;
      }
      case 'dupKey': {
        // Repeat a `key: value` line right after itself: a duplicate key in the same mapping.
        const keyLines = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s*[A-Za-z_][\w-]*\s*:/.test(l));
        if (!keyLines.length) break;
        const [line, i] = keyLines[m.at % keyLines.length];
        lines.splice(i + 1, 0, line);
        out = lines.join('\n');
        break;
      }
      case 'cut':
        out = out.slice(0, offset) + out.slice(offset + m.length);
        break;
      case 'truncate':
        out = out.slice(0, offset);
        break;
      case 'indent': {
        const i = m.at % n;
        lines[i] = m.by >= 0 ? ' '.repeat(m.by) + lines[i] : lines[i].slice(Math.min(-m.by, lines[i].length - lines[i].trimStart().length));
        out = lines.join('\n');
        break;
      }
      case 'swapLines': {
        const i = m.at % n;
        const j = m.to % n;
        [lines[i], lines[j]] = [lines[j], lines[i]];
        out = lines.join('\n');
        break;
      }
      case 'flowDeep': {
        // Replace the value after some `key:` with a deeply nested flow collection (or a deep block list).
        const starts = lineStarts(out);
        const i = m.at % starts.length;
        const line = lines[i] ?? '';
        const colon = line.indexOf(': ');
        const close = m.open === '[' ? ']' : m.open === '- ' ? '' : '}';
        const value =
          m.open === '- '
            ? `\n${Array.from({ length: Math.min(m.depth, 400) }, (_, d) => `${' '.repeat(d * 2 + 2)}-`).join('\n')} x`
            : `${m.open.repeat(m.depth)}x${close.repeat(m.depth)}`;
        lines[i] = (colon >= 0 ? line.slice(0, colon + 2) : `${line}: `) + value;
        out = lines.join('\n');
        break;
      }
      case 'bytes': {
        const encoded = new TextEncoder().encode(out);
        const pos = m.at % (encoded.length + 1);
        return new Uint8Array([...encoded.subarray(0, pos), ...m.bytes, ...encoded.subarray(pos)]);
      }
    }
  }
  return out;
}

/** The mutated case text (or bytes, for byte-level mutations). */
export function applyPlan(bases: Base[], plan: Plan): string | Uint8Array {
  return applyText(applyObj(bases[plan.base].text, plan.obj), plan.text);
}

// ---- the property -----------------------------------------------------------------------------------

export interface Tally {
  tried: number;
  checked: number;
  refused: number;
  byStage: Record<string, number>;
  slowestMs: number;
  slowest?: string;
}

export const newTally = (): Tally => ({ tried: 0, checked: 0, refused: 0, byStage: {}, slowestMs: 0 });

/**
 * Writes the input beside its base case, checks it, and asserts the property: checkCase does not throw;
 * the result is either a checked case with no errors, or has at least one error; every diagnostic has a
 * file, a line >= 1 and a column >= 1 (integers), and none is an internal error.
 * Returns the checked case (for the rendering part) when there is one.
 */
export async function checkOne(
  env: PipelineEnv,
  base: Base,
  input: string | Uint8Array,
  tally: Tally,
  label = '',
  keep = false,
): Promise<{ checked?: CheckedCase; result: CaseCheck; file: string }> {
  // A new name each time: rewriting one file in place makes ext4 flush it on close (auto_da_alloc), ~3 ms.
  const file = path.join(base.dir, `fuzz-${tally.tried}.yaml`);
  writeFileSync(file, input);
  if (process.env.FUZZ_LOG) appendFileSync(process.env.FUZZ_LOG, `start ${label} ${input.length}\n`);
  const started = performance.now();
  let outcome: { checked?: CheckedCase; result: CaseCheck };
  try {
    outcome = await checkCase(file, env);
  } catch (error) {
    throw new Error(`checkCase threw for this input: ${(error as Error).stack}`);
  } finally {
    if (!keep) rmSync(file, { force: true });
  }
  const ms = performance.now() - started;
  tally.tried++;
  if (ms > tally.slowestMs) {
    tally.slowestMs = ms;
    tally.slowest = label;
  }
  const { checked, result } = outcome;
  const problems: string[] = [];
  for (const d of result.diagnostics) {
    if (typeof d.file !== 'string' || !d.file) problems.push(`diagnostic without a file: ${JSON.stringify(d)}`);
    if (!Number.isInteger(d.line) || d.line < 1) problems.push(`diagnostic with line ${d.line}: ${JSON.stringify(d)}`);
    if (!Number.isInteger(d.column) || d.column < 1) problems.push(`diagnostic with column ${d.column}: ${JSON.stringify(d)}`);
    if (d.endLine !== undefined && (!Number.isInteger(d.endLine) || d.endLine < d.line))
      problems.push(`diagnostic ends (line ${d.endLine}) before it starts: ${JSON.stringify(d)}`);
    if (d.ruleId === 'internal') problems.push(`internal error: ${d.message}`);
    if (typeof d.message !== 'string' || !d.message.trim()) problems.push(`diagnostic without a message: ${JSON.stringify(d)}`);
  }
  // checkCase returns the checked case also when the letter rules then find errors; processCase renders only without errors.
  const renders = !!checked && !hasErrors(result.diagnostics);
  if (!renders && !hasErrors(result.diagnostics))
    problems.push(`no checked case and no error: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
  if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
  if (process.env.FUZZ_LOG)
    appendFileSync(
      process.env.FUZZ_LOG,
      `${tally.tried}\t${ms.toFixed(0)}\t${label}\t${renders ? 'ok' : result.diagnostics.find((d) => d.severity === 'error')!.ruleId}\n`,
    );
  if (renders) tally.checked++;
  else {
    tally.refused++;
    const stage = result.diagnostics.find((d) => d.severity === 'error')!.ruleId;
    tally.byStage[stage] = (tally.byStage[stage] ?? 0) + 1;
  }
  return { checked: renders ? checked : undefined, result, file };
}

/** A short description of a plan for logs. */
export const describePlan = (plan: Plan): string =>
  [...plan.obj.map((m) => m.kind), ...plan.text.map((m) => `text:${m.kind}`)].join('+') || 'unchanged';
