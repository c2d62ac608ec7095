// Long setting (npm run test:stress): 10 SIGKILLs during a build of 200 cases; every out/<id>/ left behind is a
// complete old or new set. The quick setting (3 kills, 10 cases) is in test/e2e/atomic-outputs.test.ts.
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { expectKillRoundsSurvived } from '../helpers/kill-rounds.js';
import { tempDir } from '../helpers/outputs.js';

const tmp = tempDir('kill-stress');
afterAll(tmp.cleanup);

describe.runIf(!!process.env.STRESS)('SIGKILL during a batch of 200 cases', () => {
  it('leaves every out/<id>/ a complete old or new set (10 kills)', async () => {
    await expectKillRoundsSurvived(path.join(tmp.dir, 'kill'), 200, 10);
  }, 1_800_000);
});
