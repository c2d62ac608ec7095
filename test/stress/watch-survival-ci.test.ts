// Point 6, CI setting: 500 rapid saves against the real watcher (the scenario is in watch-survival.ts).
import { it } from 'vitest';
import { watchSurvival } from './watch-survival.js';

it('the watcher survives 500 rapid saves, atomic saves, a deleted and re-created case and changing evidence', () => watchSurvival(500), 180_000);
