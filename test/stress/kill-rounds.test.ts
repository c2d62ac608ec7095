// Long setting (npm run test:stress): 10 SIGKILLs during a build of 200 cases; every out/<id>/ left behind is a
// complete old or new set. The quick setting (3 kills, 20 cases) is in test/e2e/atomic-outputs.test.ts.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKillRounds } from '../helpers/kill-rounds.js';
import { tempDir } from '../helpers/outputs.js';

const tmp = tempDir('kill-stress');
afterAll(tmp.cleanup);

describe.runIf(!!process.env.STRESS)('SIGKILL during a batch of 200 cases', () => {
  it('leaves every out/<id>/ a complete old or new set (10 kills)', async () => {
    const report = await runKillRounds({ dir: path.join(tmp.dir, 'kill'), cases: 200, kills: 10, maxWaitMs: 60_000 });
    console.log(
      `kill test: ${report.kills} kills survived, ${report.foldersChecked} output folders checked (${report.pdfsChecked} PDFs with ${report.pdfCheck}, ${report.docxChecked} DOCX unzipped), ${report.casesWithOutput} of 200 cases had output at the end`,
    );
    expect(report.problems).toEqual([]);
    expect(report.kills).toBe(10);
    expect(report.casesWithOutput).toBeGreaterThan(0);
  }, 1_800_000);
});
