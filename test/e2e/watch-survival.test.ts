// Quick setting (npm test): 100 rapid saves against the real watcher (the scenario is in watch-survival.ts);
// the long one (3,000 saves) is test/stress/watch-survival.test.ts (npm run test:stress).
import { it } from 'vitest';
import { watchSurvival } from '../helpers/watch-survival.js';

it(
  'the watcher survives 100 rapid saves, atomic saves, a deleted and re-created case and changing evidence',
  () => watchSurvival(100),
  600_000,
);
