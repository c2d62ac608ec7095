// A review-manipulation letter claims no columns of the reviews list the case does not describe, and the
// seller's own "we had no training" root cause or "the policy training" (named elsewhere) draws no L28 warning.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { flat, runCli, tempDir } from '../helpers/cli.js';
import { pdfBodyText } from '../helpers/read-pdf.js';

const caseDir = 'test/fixtures/unseen-3/fjordlys-se-review-rebate-agency';

describe('fjordlys: the review-manipulation letter', { timeout: 300_000 }, () => {
  let text = '';
  let output = '';
  beforeAll(async () => {
    const out = path.join(tempDir('appeal-rm-'), 'out');
    const run = await runCli(['build', caseDir, '--out', out, '-j', '1']);
    expect(run.code, run.stderr).toBe(0);
    output = run.stdout + run.stderr;
    text = flat(await pdfBodyText(readFileSync(path.join(out, 'fjordlys-se-review-rebate-agency', 'letter.pdf'))));
  }, 300_000);

  it('names the reviews list without saying what columns it has', () => {
    expect(text).toMatch(/The reviews are listed one by one in Exhibit [A-Z]\./);
    expect(text).not.toMatch(/order ID, ASIN and link/);
  });

  it('gets no L28 warning for a root cause saying the policy was not studied, or for "the policy training"', () => {
    expect(output).toContain('fjordlys');
    expect(output).not.toMatch(/L28/);
  });
});
