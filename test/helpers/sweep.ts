// The sweep as a vitest test, shared by the quick run (test/unit/case/robustness.test.ts) and the long run
// (test/stress/robustness.test.ts): fast-check plans -> mutated case -> checkCase -> the property; then renders
// some of the mutated cases that would render, to prove rendering does not throw on them either.
import { appendFileSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEnv, renderCase, type CaseCheck, type CheckedCase } from '../../src/case/process-case.js';
import { loadWordLists } from '../../src/rules/words.js';
import { applyPlan, checkOne, describePlan, newTally, planArbitrary, setUpBases } from './fuzz.js';

export function sweep(options: { runs: number; seed: number; name: string; render?: number }): void {
  const { bases, cleanup } = setUpBases();
  const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
  afterAll(cleanup);
  const toRender: { checked: CheckedCase; result: CaseCheck; label: string }[] = [];

  it(`${options.runs} mutated cases (${options.name}): no uncaught exception; each is a case that would render or has positioned errors`, async () => {
    const tally = newTally();
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(planArbitrary(bases.length), async (plan) => {
        if (process.env.FUZZ_LOG) appendFileSync(process.env.FUZZ_LOG, `plan ${JSON.stringify(plan)}\n`);
        const label = describePlan(plan);
        const { checked, result } = await checkOne(env, bases[plan.base], applyPlan(bases, plan), tally, label);
        // Keep every 5th renderable case (up to the number to render) for the second test.
        if (checked && toRender.length < (options.render ?? 0) && tally.checked % 5 === 1) toRender.push({ checked, result, label });
      }),
      { numRuns: options.runs, seed: options.seed, timeout: 60_000 },
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `robustness sweep (${options.name}, seed ${options.seed}): inputs tried ${tally.tried} in ${seconds} s; would render ${tally.checked}; ` +
        `refused ${tally.refused} (first error by rule: ${JSON.stringify(tally.byStage)}); slowest input ${tally.slowestMs.toFixed(0)} ms (${tally.slowest})`,
    );
    expect(tally.tried).toBeGreaterThanOrEqual(options.runs);
    // Enough inputs get through to rules, evidence and composition to matter.
    expect(tally.checked).toBeGreaterThan(options.runs / 20);
    // The slowest input is printed above; a pathologically slow one (a regex going quadratic) shows up there
    // and in npm run bench, and one that hangs fails the property's per-input timeout.
  }, 900_000);

  if (options.render) {
    it(`renders ${options.render} of the mutated cases that pass the checks without throwing`, async () => {
      const started = Date.now();
      let rendered = 0;
      for (const { checked, result, label } of toRender) {
        let files: Awaited<ReturnType<typeof renderCase>>['files'];
        try {
          ({ files } = await renderCase(checked, result));
        } catch (error) {
          throw new Error(`rendering threw for a mutated case (${label}, ${checked.case.file}): ${(error as Error).stack}`);
        }
        expect(files.map((f) => f.path)).toContain('letter.pdf');
        expect(files.every((f) => f.bytes.length > 0)).toBe(true);
        rendered++;
      }
      console.log(
        `robustness render (${options.name}): rendered ${rendered} mutated cases in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      expect(rendered).toBe(Math.min(options.render!, toRender.length));
      expect(rendered).toBeGreaterThan(0);
    }, 1_800_000);
  }
}
