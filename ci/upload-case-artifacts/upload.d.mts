// Types of upload.mjs for the TypeScript tests.
export interface ArtifactClient {
  uploadArtifact(name: string, files: string[], rootDirectory: string, options?: { retentionDays?: number }): Promise<{ id?: number; size?: number; digest?: string }>;
}
export interface ArtifactEntry {
  artifact: string;
  artifact_id: number | null;
  run_id: string;
  run_attempt: number;
  inputs_hash: string | null;
  uploaded_at: string;
  expires_at: string;
}
export interface UploadOptions {
  summaryFile: string;
  outRoot?: string;
  linksFile?: string;
  reportFile?: string;
  retentionDays?: number;
  repositoryMaxRetention?: string | number;
  prefix?: string;
  maxArtifacts?: number;
  run: { repository?: string; runId?: string | number; runAttempt?: string | number; serverUrl?: string };
  client: ArtifactClient;
  now?: () => Date;
  log?: (line: string) => void;
}
export interface UploadResult {
  uploaded: number;
  refreshed: number;
  kept: number;
  failures: string[];
  cacheChanged: boolean;
  reportFile: string;
  linksFile: string;
}
export declare function artifactName(prefix: string, id: string, runAttempt: string | number): string;
export declare function effectiveRetention(requested: number, repositoryMaximum: string | number | undefined): number;
export declare function uploadCaseArtifacts(options: UploadOptions): Promise<UploadResult>;
