// Stable sharding: a case always lands in the same shard, whatever other cases exist.
import { createHash } from 'node:crypto';
import { defaultCaseId } from '../stages/normalize.js';

/** A shard selector, 1-based: { index: 2, count: 4 } is "2/4". */
export interface Shard {
  index: number;
  count: number;
}

/** Parses "i/n"; returns an error message when it is not a valid shard. */
export function parseShard(text: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return `--shard takes i/n, e.g. 2/4 (got "${text}")`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) return `--shard ${text}: i must be between 1 and n`;
  return { index, count };
}

/** The shard (1-based) a case file belongs to, from a hash of its folder-or-file name. */
export function shardOf(caseFile: string, count: number): number {
  const hash = createHash('sha256').update(defaultCaseId(caseFile)).digest();
  return (hash.readUInt32BE(0) % count) + 1;
}

/** The case files of one shard, in their original order. */
export function selectShard(files: string[], shard: Shard | undefined): string[] {
  return shard ? files.filter((f) => shardOf(f, shard.count) === shard.index) : files;
}
