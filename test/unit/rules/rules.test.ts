// One looping test over every rule's ok / not-ok examples (remark-lint style). Each example edits the base case
// (fixtures/base.yaml), which then goes through the real stages: parse, validate, normalise, rules, evidence, compose.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, isMap, isScalar, parseDocument, type Node } from 'yaml';
import { rules, runRules } from '../../../src/rules/index.js';
import { listNames, loadWordLists } from '../../../src/rules/words.js';
import { attachmentTypes } from '../../../src/rules/l16-attachment-types.js';
import { signOff } from '../../../src/rules/l26-sign-off.js';
import { checkCase, createEnv, type CaseCheck } from '../../../src/case/process-case.js';
import type { CaseEdit, RuleExample } from '../../../src/rules/types.js';
import type { PathSegment } from '../../../src/stages/parse.js';
import type { Case } from '../../../src/model/case.js';

// Rendering and checking share the machine with other suites; a slow first case is not a failure.
vi.setConfig({ testTimeout: 60_000 });

const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));
const baseText = readFileSync(path.join(fixtures, 'base.yaml'), 'utf8');
const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
let dir: string;
let written = 0;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'appeal-rules-'));
  cpSync(fixtures, dir, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The base case's YAML with the edits applied (through the yaml Document API, so the rest keeps its layout). */
function edited(edits: CaseEdit[], text = baseText): string {
  const doc = parseDocument(text, { version: '1.2' });
  for (const e of edits) {
    if (e.append) doc.addIn(e.path, e.value);
    else if (e.value === undefined) doc.deleteIn(e.path);
    else doc.setIn(e.path, e.value);
  }
  return doc.toString();
}

/** The environment an example runs in: the built-in word lists, or those of some languages only. */
function envOf(example?: RuleExample) {
  if (!example?.wordLanguages) return env;
  const all = loadWordLists();
  return createEnv({ templatesRoot: 'templates', words: Object.fromEntries(example.wordLanguages.map((l) => [l, all[l]])) });
}

/** Writes a case beside the fixture evidence and checks it. */
async function check(text: string, example?: RuleExample): Promise<CaseCheck> {
  const file = path.join(dir, `case-${++written}.yaml`);
  writeFileSync(file, text);
  return (await checkCase(file, envOf(example))).result;
}

/** Where a node (or its key) starts, found independently of the runner's locate(): 1-based line and column. */
function positionOf(text: string, at: PathSegment[], key = false): { line: number; column: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { version: '1.2', lineCounter });
  let node: Node | null | undefined;
  if (!at.length) node = doc.contents;
  else if (key) {
    const parent = doc.getIn(at.slice(0, -1), true);
    node = isMap(parent)
      ? (parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(at[at.length - 1]))?.key as Node | undefined)
      : undefined;
  } else node = doc.getIn(at, true) as Node | undefined;
  if (!node?.range) throw new Error(`the example points at ${JSON.stringify(at)}, which is not in the edited case`);
  const { line, col } = lineCounter.linePos(node.range[0]);
  return { line, column: col };
}

const structural = (result: CaseCheck) =>
  result.diagnostics.filter((d) => ['yaml', 'schema', 'evidence-file', 'template', 'internal'].includes(d.ruleId));

it('the base case is clean under every rule and stage', async () => {
  const result = await check(baseText);
  expect(result.diagnostics).toEqual([]);
  expect(result.words?.total).toBeGreaterThan(0);
});

it('rule ids are unique', () => {
  const ids = rules.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});

it("rule names are unique, kebab-case, and no name is another rule's id", () => {
  const names = rules.map((r) => r.name);
  expect(new Set(names).size).toBe(names.length);
  for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  for (const r of rules) expect(rules.filter((o) => o !== r && o.id === r.name)).toEqual([]);
});

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it('has a one-line description, and says why Amazon cares and how to fix it', () => {
    expect(rule.description).toMatch(/^[^\n]{10,240}$/);
    expect(rule.why).toMatch(/^[A-Z].{30,}[.)]$/s);
    expect(rule.fix).toMatch(/^[A-Z].{30,}[.)]$/s);
  });
  if (!rule.examples) {
    it.todo('has ok / not-ok examples');
    return;
  }
  const { ok, notOk } = rule.examples;
  it('has at least one example of each kind', () => {
    expect(ok.length).toBeGreaterThan(0);
    expect(notOk.length).toBeGreaterThan(0);
  });
  it.each(ok.map((e) => [e.name, e] as const))('ok: %s', async (_name, example: RuleExample) => {
    const result = await check(edited(example.edits), example);
    expect(structural(result)).toEqual([]);
    // A letter rule must have had a letter to read: no error elsewhere stopped the case before composing.
    if (rule.phase === 'letter') expect(result.words).toBeDefined();
    expect(result.diagnostics.filter((d) => d.ruleId === rule.id)).toEqual([]);
  });
  it.each(notOk.map((e) => [e.name, e] as const))('not ok: %s', async (_name, example: RuleExample) => {
    const text = edited(example.edits);
    const result = await check(text, example);
    expect(structural(result)).toEqual([]);
    const found = result.diagnostics.filter((d) => d.ruleId === rule.id);
    // Each message, in report order: the whole text or a distinctive part of it.
    expect(example.messages, 'a not-ok example says what the rule reports').toBeDefined();
    expect(found.map((d) => d.message)).toHaveLength(example.messages!.length);
    found.forEach((d, i) => expect(d.message).toContain(example.messages![i]));
    const expected = positionOf(text, example.at ?? [], example.key);
    expect({ line: found[0].line, column: found[0].column, severity: found[0].severity }).toEqual({
      ...expected,
      severity: example.severity ?? rule.severity,
    });
    for (const d of found) {
      expect(d.note, `${rule.id} says how to fix: ${d.message}`).toBeTruthy();
      expect(d.ruleName).toBe(rule.name);
    }
  });
});

describe('letter.allow', () => {
  it('silences a rule and returns the reason in silenced', async () => {
    const reason = 'Amazon asked for the full timeline of all 14 orders';
    const result = await check(
      edited([
        { path: ['letter', 'max_words'], value: 100 },
        { path: ['letter', 'allow'], value: [{ rule: 'L19', reason }] },
      ]),
    );
    expect(result.diagnostics.filter((d) => d.ruleId === 'L19')).toEqual([]);
    expect(result.silenced).toEqual([{ rule: 'L19', reason }]);
  });

  it('silences a rule by its name and records it by its id', async () => {
    const reason = 'Amazon asked for the full timeline of all 14 orders';
    const result = await check(
      edited([
        { path: ['letter', 'max_words'], value: 100 },
        { path: ['letter', 'allow'], value: [{ rule: 'length', reason }] },
      ]),
    );
    expect(result.diagnostics.filter((d) => d.ruleId === 'L19')).toEqual([]);
    expect(result.silenced).toEqual([{ rule: 'L19', reason }]);
  });

  it('does not silence a structural rule, and says so at the entry', async () => {
    const text = edited([
      { path: ['preventive_measures', 0, 'addresses'], value: ['RC1', 'RC9'] },
      { path: ['letter', 'allow'], value: [{ rule: 'references', reason: 'RC9 is planned' }] },
    ]);
    const result = await check(text);
    expect(result.diagnostics.filter((d) => d.ruleId === 'L03').map((d) => d.severity)).toEqual(['error']);
    expect(result.diagnostics.filter((d) => d.ruleId === 'allow-entry').map((d) => [d.line, d.message])).toEqual([
      [positionOf(text, ['letter', 'allow', 0, 'rule']).line, 'L03 (references) cannot be silenced, so this entry has no effect'],
    ]);
    expect(result.silenced).toEqual([]);
  });

  it('does not record a silence for a rule that did not fire', async () => {
    const result = await check(edited([{ path: ['letter', 'allow'], value: [{ rule: 'L19', reason: 'a long case' }] }]));
    expect(result.silenced).toEqual([]);
  });
});

describe('word lists', () => {
  it('a user word list in the flat form extends the built-in English one', async () => {
    const extra = path.join(dir, 'appeal-words.json');
    writeFileSync(extra, JSON.stringify({ pleading: ['Pretty Please'] }));
    const words = loadWordLists(extra);
    expect(words.en.pleading).toContain('pretty please');
    expect(words.en.pleading).toContain('beg');
    expect(words.ja.pleading).not.toContain('pretty please');
    const text = edited([{ path: ['closing'], value: 'Pretty please reinstate our selling privileges.' }]);
    const file = path.join(dir, 'user-words.yaml');
    writeFileSync(file, text);
    const { result } = await checkCase(file, createEnv({ templatesRoot: 'templates', words }));
    expect(result.diagnostics.filter((d) => d.ruleId === 'L06').map((d) => [d.line, d.severity])).toEqual([
      [positionOf(text, ['closing']).line, 'warning'],
    ]);
    const { result: builtIn } = await checkCase(file, env);
    expect(builtIn.diagnostics.filter((d) => d.ruleId === 'L06')).toEqual([]);
  });

  it('a user word list by language extends that language, and gives lists to a new one', () => {
    const extra = path.join(dir, 'appeal-words-by-language.json');
    writeFileSync(extra, JSON.stringify({ ja: { absolute: ['必ず防ぎます'] }, de: { pleading: ['Gnade'] } }));
    const words = loadWordLists(extra);
    expect(words.ja.absolute).toEqual(expect.arrayContaining(['必ず防ぎます', '二度と']));
    expect(words.de.pleading).toEqual(['gnade']);
    expect(words.de.blameAmazon).toEqual([]);
    expect(words.en.pleading).not.toContain('gnade');
  });

  it('reports every bad entry of a user word list at its line and column', () => {
    const extra = path.join(dir, 'appeal-words-bad.json');
    writeFileSync(extra, ['{', '  "pleading": ["ok", 3, ""],', '  "pleeding": ["x"],', '  "vague": "some"', '}'].join('\n'));
    expect(() => loadWordLists(extra)).toThrow(
      [
        `${extra}:2:22: each entry of "pleading" is a phrase in quotes, not 3`,
        `${extra}:2:25: each entry of "pleading" is a phrase in quotes, not ""`,
        `${extra}:3:3: "pleeding" is not a word list; the lists are ${listNames.join(', ')}`,
        `${extra}:4:12: "vague" is a list of phrases: ["...", "..."]`,
      ].join('\n'),
    );
    writeFileSync(extra, ['{', '  "EN": { "pleading": [] },', '  "ja": ["x"]', '}'].join('\n'));
    expect(() => loadWordLists(extra)).toThrow(`${extra}:2:3: "EN" is neither a language code`);
    expect(() => loadWordLists(extra)).toThrow(`${extra}:3:9: "ja" is an object of lists`);
    writeFileSync(extra, '{ "pleading": [');
    expect(() => loadWordLists(extra)).toThrow(new RegExp(`^${extra.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:\\d+: not valid JSON`));
  });

  it('every language has every list, each phrase trimmed and in lower case', () => {
    const words = loadWordLists(path.join(dir, 'no-such-file.json'));
    expect(Object.keys(words)).toEqual(['en', 'ja']);
    for (const lists of Object.values(words)) {
      expect(Object.keys(lists)).toEqual(listNames);
      for (const list of Object.values(lists)) for (const phrase of list) expect(phrase).toBe(phrase.trim().toLowerCase());
    }
  });
});

describe('context the case phase does not have', () => {
  it('L16 warns about a file above submission.max_file_mb when sizes are known', async () => {
    const text = edited([{ path: ['submission', 'max_file_mb'], value: 2 }]);
    const file = path.join(dir, 'sizes.yaml');
    writeFileSync(file, text);
    const { checked } = await checkCase(file, env);
    const sizes = new Map([
      ['E1', 3 * 1048576],
      ['E2', 1024],
    ]);
    const run = runRules('case', { case: checked!.case, words: env.words.en, fileSizes: sizes }, checked!.parsed, [attachmentTypes]);
    expect(run.diagnostics.map((d) => [d.line, d.severity, d.message])).toEqual([
      [positionOf(text, ['evidence', 0, 'file']).line, 'warning', 'evidence E1 is 3.0 MB, above the 2 MB set in submission.max_file_mb'],
    ]);
  });

  it('L26 warns about a letter language the marketplace does not read, and informs about a local one', async () => {
    const file = path.join(dir, 'language.yaml');
    writeFileSync(file, baseText);
    const { checked } = await checkCase(file, env);
    const context = (language: string, marketplace: string) => ({
      case: { ...checked!.case, language, marketplace } as Case,
      words: env.words.en,
      letter: checked!.letter.text,
    });
    expect(signOff.check(context('de', 'US')).map((f) => [f.path, f.severity])).toEqual([[['language'], 'warning']]);
    expect(signOff.check(context('de', 'DE')).map((f) => [f.path, f.severity])).toEqual([[['language'], 'info']]);
    expect(signOff.check(context('en', 'DE'))).toEqual([]);
  });
});
