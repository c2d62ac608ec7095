// Long setting (npm run test:stress): 3,000 saves against the real watcher. Skipped without STRESS.
import { it } from 'vitest';
import { watchSurvival } from '../helpers/watch-survival.js';

it.runIf(!!process.env.STRESS)(
  'the watcher survives 3,000 rapid saves',
  () => watchSurvival(Number(process.env.WATCH_SAVES ?? 3_000)),
  1_800_000,
);
