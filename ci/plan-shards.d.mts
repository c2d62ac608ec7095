// Types of plan-shards.mjs for the TypeScript tests.
export declare const MAX_CASES_PER_SHARD: number;
export declare const MAX_SHARDS: number;
export declare const DEFAULT_PER_SHARD: number;
export declare function shardKey(file: string): string;
export declare function shardOf(file: string, count: number): number;
export declare function findCaseFiles(root: string): string[];
export interface ShardPlan {
  cases: number;
  count: number;
  sizes: number[];
}
export declare function planShards(files: string[], options?: { perShard?: number; maxCases?: number; maxShards?: number }): ShardPlan;
export declare function outputLines(plan: ShardPlan): string[];
