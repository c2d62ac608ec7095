// Long setting (npm run test:stress): `scripts/make-evidence.mjs --check` over every evidence folder of
// cases/ and test/fixtures/. npm test checks the samples' folders (test/e2e/sample-evidence.test.ts).
import { expect, it } from 'vitest';
import { checkEvidence, evidenceFolders, expectedCheck } from '../helpers/make-evidence.js';

it.runIf(!!process.env.STRESS)(
  'finds every committed evidence file of the samples and fixtures equal to its data (--check)',
  async () => {
    expect(await checkEvidence()).toEqual(expectedCheck(evidenceFolders()));
  },
  1_800_000,
);
