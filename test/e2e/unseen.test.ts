// The unseen cases (written the way sellers write them): every one that parses and fits the schema gets a
// letter, ready or draft; the drafts are built and read back. Which cases are drafts, and why, depends on
// the rules' severities, so it is printed rather than fixed here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCase, createEnv, readiness } from '../../src/case/process-case.js';
import { blockingProblems } from '../../src/model/result.js';
import { loadWordLists } from '../../src/rules/words.js';
import { flat, runCli, tempDir } from '../helpers/cli.js';
import { pdfText } from '../helpers/read-pdf.js';

const unseen = 'test/fixtures/unseen';
const files = readdirSync(unseen)
  .map((d) => path.join(unseen, d, 'case.yaml'))
  .filter((f) => existsSync(f))
  .sort();

interface Outcome {
  file: string;
  id?: string;
  fits: boolean;
  state: 'ready' | 'draft' | 'failed';
  blocking: string[];
}

describe('the unseen cases', { timeout: 600_000 }, () => {
  const outcomes: Outcome[] = [];
  beforeAll(async () => {
    const env = createEnv({ templatesRoot: 'templates', words: loadWordLists() });
    for (const file of files) {
      const check = await checkCase(file, env);
      const structural = check.result.diagnostics.filter((d) => ['input', 'yaml', 'schema'].includes(d.ruleId));
      outcomes.push({
        file,
        id: check.result.id,
        fits: structural.length === 0,
        state: readiness(check),
        blocking: [...new Set(blockingProblems(check.result.diagnostics).map((d) => d.ruleId))],
      });
    }
    console.log(outcomes.map((o) => `${o.state.padEnd(6)} ${o.id}${o.blocking.length ? `  (${o.blocking.join(', ')})` : ''}`).join('\n'));
  }, 600_000);

  it('are all there', () => {
    expect(files.length).toBeGreaterThanOrEqual(21);
  });

  it('each one that parses and fits the schema gets a letter, ready or draft', () => {
    const fitting = outcomes.filter((o) => o.fits);
    expect(fitting.length).toBeGreaterThan(0);
    expect(fitting.filter((o) => o.state === 'failed').map((o) => o.id)).toEqual([]);
    // A draft is a case with blocking problems; a ready case has none.
    for (const o of outcomes) expect(o.blocking.length > 0, o.file).toBe(o.state !== 'ready');
  });

  it('the drafts are built into out/.drafts/ and read back', async () => {
    const drafts = outcomes.filter((o) => o.state === 'draft');
    // fengda's invoice lacks the supplier's contacts, a gap Amazon rejects: it stays a draft.
    expect(drafts.map((o) => o.id)).toContain('fengda-counterfeit-invoice-gap');
    const out = path.join(tempDir('appeal-unseen-'), 'out');
    const run = await runCli(['build', ...drafts.map((o) => path.dirname(o.file)), '--out', out, '-j', '2', '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`: 0 rendered, ${drafts.length} drafts? \\(`));
    for (const o of drafts) {
      const pdf = path.join(out, '.drafts', o.id!, 'letter.pdf');
      expect(existsSync(pdf), o.id).toBe(true);
      const store = (parse(readFileSync(o.file, 'utf8')) as { seller: { store_name: string } }).seller.store_name;
      expect(flat(await pdfText(readFileSync(pdf))), o.id).toContain(store);
      expect(existsSync(path.join(out, o.id!)), o.id).toBe(false);
    }
  });
});
