// Sharding: every case lands in exactly one shard, always the same one, and shards are roughly even.
import { describe, expect, it } from 'vitest';
import { selectShard, shardOf } from '../../../src/batch/shard.js';

const files = Array.from({ length: 300 }, (_, i) => `cases/seller-${String(i).padStart(3, '0')}/case.yaml`);

describe('--shard i/n', () => {
  it('covers every case exactly once across the shards, for several n', () => {
    for (const n of [1, 2, 3, 4, 7]) {
      const seen = new Map<string, number>();
      for (let i = 1; i <= n; i++) for (const f of selectShard(files, { index: i, count: n })) seen.set(f, (seen.get(f) ?? 0) + 1);
      expect(seen.size).toBe(files.length);
      expect([...seen.values()].every((c) => c === 1)).toBe(true);
    }
  });

  it('keeps a case in the same shard whatever other cases exist, and in file order', () => {
    const before = files.map((f) => shardOf(f, 4));
    const more = [...files, 'cases/zz-new/case.yaml', 'cases/aa-new.yaml'].sort();
    expect(files.map((f) => shardOf(f, 4))).toEqual(before);
    const shard2 = selectShard(more, { index: 2, count: 4 });
    expect(shard2.filter((f) => files.includes(f))).toEqual(selectShard(files, { index: 2, count: 4 }));
    expect(shard2).toEqual([...shard2].sort());
  });

  it('is balanced within reason', () => {
    const counts = [1, 2, 3, 4].map((i) => selectShard(files, { index: i, count: 4 }).length);
    for (const c of counts) expect(c).toBeGreaterThan(files.length / 4 / 1.5);
  });

  it('names the same shard for a folder case and its single-file form', () => {
    expect(shardOf('a/northwind/case.yaml', 5)).toBe(shardOf('b/northwind.yaml', 5));
  });
});
