// A batch's workers are replaced past a heap size; a watcher's worker (its own Node options) is not.
import { describe, expect, it } from 'vitest';
import { recycleBytes, WORKER_RECYCLE_HEAP_MB } from '../../../src/batch/pool.js';

describe('recycleBytes', () => {
  it('gives batch workers the recycle limit, a watcher none, and an explicit limit wins', () => {
    expect(recycleBytes({})).toBe(WORKER_RECYCLE_HEAP_MB * 1048576);
    expect(recycleBytes({ nodeArgs: ['--max-semi-space-size=16'] })).toBeUndefined();
    expect(recycleBytes({ nodeArgs: [], recycleHeapMb: 64 })).toBe(64 * 1048576);
  });
});
