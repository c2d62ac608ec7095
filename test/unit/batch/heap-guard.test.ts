// The heap guard the watcher runs after each round collects once the heap has
// doubled since the last collection, and not before.
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { createHeapGuard, heapOutgrown } from '../../../src/batch/heap-guard.js';

const MB = 1048576;

describe('heapOutgrown', () => {
  it('asks for a collection at twice the live heap, and at least 64 MB more', () => {
    expect(heapOutgrown(199 * MB, 100 * MB)).toBe(false);
    expect(heapOutgrown(200 * MB, 100 * MB)).toBe(true);
    expect(heapOutgrown(100 * MB, 40 * MB)).toBe(false); // doubled, but only 60 MB more
    expect(heapOutgrown(104 * MB, 40 * MB)).toBe(true);
  });
});

describe('createHeapGuard', () => {
  it('collects on its first call, skips while the heap is small, and collects the garbage once it has grown', () => {
    const guard = createHeapGuard();
    expect(guard()).toBe(true); // learns what is live
    const live = v8.getHeapStatistics().used_heap_size;
    expect(guard()).toBe(false);

    // Garbage the way renders leave it: many small objects that survive long enough to reach the old space.
    let keep: unknown[] = [];
    for (let round = 0; round < 40 && !heapOutgrown(v8.getHeapStatistics().used_heap_size, live); round++) {
      keep = Array.from({ length: 200_000 }, (_, i) => ({ i, text: `line ${i} of round ${round}` }));
    }
    expect(keep.length).toBe(200_000);
    keep = [];
    const before = v8.getHeapStatistics().used_heap_size;
    expect(heapOutgrown(before, live)).toBe(true);
    expect(guard()).toBe(true);
    const after = v8.getHeapStatistics().used_heap_size;
    expect(after).toBeLessThan(before - 32 * MB);
    expect(guard()).toBe(false);
  });
});
