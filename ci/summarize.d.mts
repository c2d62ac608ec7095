// Types of summarize.mjs for the TypeScript tests.
export interface RunInfo {
  repository: string;
  run_id: string;
  server_url: string;
}
export interface ArtifactLink {
  name: string;
  id: number | null;
  run_id: string;
  run_attempt: number;
  url: string;
  run_url: string;
  expires_at: string | null;
  this_run: boolean;
}
export interface MergedCase {
  id: string | null;
  file: string;
  shard: number;
  status: string;
  errors: number;
  warnings: number;
  words: number | null;
  upload: string;
  upload_error: string | null;
  artifact: ArtifactLink | null;
  previous: ArtifactLink | null;
}
export interface Merged {
  v: 1;
  run: RunInfo;
  summary: {
    total: number;
    rendered: number;
    unchanged: number;
    draft: number;
    failed: number;
    ok: number;
    uploaded: number;
    uploaded_again: number;
    linked_to_earlier_run: number;
    upload_failed: number;
    shards: number;
    missing_shards: number[];
    missing_reports: number[];
  };
  cases: MergedCase[];
}
export declare function mergeShards(dir: string, options: { shards?: number; run: RunInfo }): Merged;
export declare function markdown(merged: Merged, options?: { maxBytes?: number }): string;
export declare function problems(merged: Merged): string[];
