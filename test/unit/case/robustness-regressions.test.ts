// Inputs the robustness sweep found that hung or crashed a stage, kept as regression examples.
import { afterAll, expect, it } from 'vitest';
import { createEnv } from '../../../src/case/process-case.js';
import { loadWordLists } from '../../../src/rules/words.js';
import { applyPlan, checkOne, newTally, setUpBases, type Plan } from '../../helpers/fuzz.js';

const { bases, cleanup } = setUpBases();
const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
afterAll(cleanup);
const minimal = bases[0];

// These inputs once hung or crashed a stage; the test timeout is the guard against a hang coming back.
// How fast they are checked is measured by npm run bench, not asserted here.
const check = (text: string) => checkOne(env, minimal, text, newTally());

it('a 180 KB field with a "?" not followed by a space is checked (L09 once rescanned from every position and took minutes)', async () => {
  const text = minimal.text.replace(/^( {2}summary: ).*$/m, `$1${'é'.repeat(180_000)}?x`);
  const { result } = await check(text);
  expect(result.diagnostics.every((d) => d.ruleId !== 'internal')).toBe(true);
}, 120_000);

it('a question mark ending a sentence is still reported by L09 after the fix', async () => {
  const text = minimal.text.replace(/^( {2}summary: ).*$/m, '$1Selling privileges removed. Why was the account removed? We fixed it.');
  const { result } = await check(text);
  expect(result.diagnostics.some((d) => d.ruleId === 'L09' && /asks a question: "why was the account removed\?"/.test(d.message))).toBe(
    true,
  );
}, 60_000);

it('mappings nested as keys ({{{x}}}) are refused at their position (stringifying them once took minutes)', async () => {
  const text = minimal.text.replace(/^( {2}kind: ).*$/m, `$1${'{'.repeat(300)}x${'}'.repeat(300)}`);
  const { result } = await check(text);
  const error = result.diagnostics.find((d) => d.severity === 'error')!;
  expect(error).toMatchObject({ ruleId: 'yaml', line: 6 });
  expect(error.message).toMatch(/nested more than 64 levels|key here is a list, a mapping or an alias/);
}, 60_000);

it('a list or mapping used as a key is an error at the key', async () => {
  const { result } = await check(minimal.text.replace(/^marketplace: US$/m, 'marketplace: US\n? [a, b]\n: x'));
  expect(result.diagnostics[0]).toMatchObject({ ruleId: 'yaml', line: 5, column: 3, severity: 'error' });
  expect(result.diagnostics[0].message).toMatch(/keys must be plain names/);
}, 60_000);

it.each([
  ['flow lists', `${'['.repeat(100_000)}x${']'.repeat(100_000)}`],
  ['flow mappings', `${'{a: '.repeat(50_000)}x${'}'.repeat(50_000)}`],
  ['block lists', `\n${Array.from({ length: 300 }, (_, d) => `${' '.repeat(d * 2 + 2)}-`).join('\n')} x`],
])(
  'nesting %s far too deep is refused with a position, not a stack overflow',
  async (_name, value) => {
    const { result } = await check(minimal.text.replace(/^( {2}kind: ).*$/m, `$1${value}`));
    const error = result.diagnostics.find((d) => d.severity === 'error')!;
    expect(error.ruleId).toBe('yaml');
    expect(error.message).toMatch(/nested/);
    expect(error.line).toBeGreaterThanOrEqual(1);
  },
  60_000,
);

it('1.2 MB of template braces with a broken indent (160,000 YAML errors) is refused with the first 100 listed', async () => {
  // Found by the sweep: looking up each error's severity with errors.includes() was quadratic.
  const plan: Plan = {
    base: 1,
    obj: [
      { kind: 'huge', at: 1628189162, unit: '{{x}} ', size: 194916 },
      { kind: 'unicode', at: 1535024111, text: '乆éA𔼊­🇺🇸񒨿אA', mode: 'append' },
    ],
    text: [
      { kind: 'noise', at: 812717495, token: '\n' },
      { kind: 'indent', at: 173966903, by: 4 },
    ],
  };
  const { result } = await checkOne(env, bases[plan.base], applyPlan(bases, plan), newTally());
  expect(result.diagnostics.length).toBeLessThanOrEqual(101);
  expect(result.diagnostics.at(-1)!.message).toMatch(/^\d+ more YAML problems from here on/);
}, 60_000);
