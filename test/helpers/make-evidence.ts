// Runs scripts/make-evidence.mjs, the generator of the sample and fixture evidence, for
// test/e2e/sample-evidence.test.ts (the samples' evidence) and test/stress/sample-evidence.test.ts (all of it).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';

const script = path.resolve('scripts/make-evidence.mjs');

/** Runs the generator; returns its exit code and output. */
export async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args], { maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const { code, stdout, stderr } = e as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

export interface EvidenceFolder {
  folder: string;
  described: string[];
}

/** Every evidence folder of the samples and fixtures, with the files its data describes. */
export function evidenceFolders(): EvidenceFolder[] {
  const folders = [
    ...readdirSync('cases').map((id) => path.join('cases', id, 'evidence')),
    ...readdirSync('test/fixtures', { recursive: true, encoding: 'utf8' })
      .filter((p) => path.basename(p) === 'evidence')
      .map((p) => path.join('test/fixtures', p)),
  ].filter((f) => existsSync(f));
  return folders.map((folder) => {
    const data = path.join(folder, 'evidence.yaml');
    const documents = existsSync(data) ? (parse(readFileSync(data, 'utf8')) as { documents: { file: string }[] }).documents : [];
    return { folder, described: documents.map((d) => d.file) };
  });
}

// PNG pixels depend on the platform's build of the canvas library (its rasteriser); they are compared on
// Linux, where the committed files are drawn. PDFs are pure JavaScript and compared everywhere.
const compared = (name: string) => process.platform === 'linux' || name.endsWith('.pdf');

/** `--check` of the given folders (every folder when none is given): exit code and output. */
export async function checkEvidence(folders?: EvidenceFolder[]): Promise<{ code: number; output: string }> {
  const named = (folders ?? []).filter((f) => f.described.length).map((f) => f.folder);
  const result = await run(['--check', ...(process.platform === 'linux' ? [] : ['--pdf-only']), ...named]);
  return { code: result.code, output: result.stdout + result.stderr };
}

/** What `--check` says when every file of the folders is equal to its data. */
export function expectedCheck(folders: EvidenceFolder[]): { code: number; output: string } {
  const total = folders.reduce((n, f) => n + f.described.filter(compared).length, 0);
  return { code: 0, output: `${total} evidence files match their data\n` };
}
