// Helpers of the robustness tests (atomic outputs, confinement, determinism, sweeps): temp folders, a sample case copied out of the repo, output checks.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { sha256 } from '../../src/fs.js';
import { findTool, toolForCheck } from './tools.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const sampleCaseDir = path.join(repoRoot, 'cases', 'sunrise-odr');
export const sampleCaseText = readFileSync(path.join(sampleCaseDir, 'case.yaml'), 'utf8');
export const stress = !!process.env.STRESS;

/** A fresh temp folder; removed by the returned cleanup. */
export function tempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `appeal-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies the sample case folder (case.yaml + evidence/) to dir/name. Returns the case file path. */
export function copySampleCase(dir: string, name = 'sunrise-odr', text = sampleCaseText): string {
  const target = path.join(dir, name);
  cpSync(sampleCaseDir, target, { recursive: true });
  const file = path.join(target, 'case.yaml');
  if (text !== sampleCaseText) writeFileSync(file, text);
  return file;
}

/** The sample case text with its id replaced. */
export function withId(text: string, id: string): string {
  return text.replace(/^id: .*$/m, `id: ${id}`);
}

export interface OutputCheck {
  ok: boolean;
  problems: string[];
  manifest?: {
    case: string;
    inputs: { path: string; role: string; sha256: string }[];
    outputs: { path: string; sha256: string; bytes: number }[];
  };
}

/**
 * Checks one out/<id>/: manifest.json parses, every output it lists exists with the listed sha256,
 * no unlisted file is present, each PDF passes `qpdf --check` and each DOCX unzips. Without qpdf a PDF is only
 * checked to be whole, and the run says so at its end (under CI=true a missing qpdf fails the check).
 */
export function checkOutputFolder(
  folder: string,
  options: { qpdf?: boolean; seen?: Set<string>; counts?: { pdf: number; docx: number } } = {},
): OutputCheck {
  const problems: string[] = [];
  let manifest: OutputCheck['manifest'];
  try {
    manifest = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
  } catch (error) {
    return { ok: false, problems: [`manifest.json unreadable: ${(error as Error).message}`] };
  }
  const listed = new Set(['manifest.json']);
  for (const out of manifest!.outputs) {
    listed.add(out.path);
    const file = path.join(folder, out.path);
    if (!existsSync(file)) {
      problems.push(`${out.path} missing`);
      continue;
    }
    const bytes = readFileSync(file);
    const digest = sha256(bytes);
    if (digest !== out.sha256) problems.push(`${out.path} sha256 differs from manifest`);
    // A file already checked (same bytes) need not be unzipped or qpdf-checked again.
    if (options.seen?.has(digest)) continue;
    options.seen?.add(digest);
    if (options.counts && out.path.endsWith('.pdf')) options.counts.pdf++;
    if (options.counts && out.path.endsWith('.docx')) options.counts.docx++;
    if (out.path.endsWith('.docx')) {
      try {
        const parts = unzipSync(bytes);
        if (!parts['word/document.xml']) problems.push(`${out.path} has no word/document.xml`);
      } catch (error) {
        problems.push(`${out.path} does not unzip: ${(error as Error).message}`);
      }
    }
    const qpdf = out.path.endsWith('.pdf') && options.qpdf !== false ? toolForCheck('qpdf', 'qpdf --check of each PDF') : undefined;
    if (qpdf) {
      const r = spawnSync(qpdf, ['--check', file], { encoding: 'utf8' });
      if (r.status !== 0) problems.push(`${out.path} fails qpdf --check (exit ${r.status})`);
    } else if (out.path.endsWith('.pdf')) {
      const text = bytes.subarray(Math.max(0, bytes.length - 64)).toString('latin1');
      if (!bytes.subarray(0, 5).toString('latin1').startsWith('%PDF-') || !text.includes('%%EOF'))
        problems.push(`${out.path} is not a whole PDF`);
    }
  }
  for (const f of listFiles(folder)) if (!listed.has(f)) problems.push(`unlisted file ${f}`);
  return { ok: problems.length === 0, problems, manifest };
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** Whether qpdf is installed (see test/helpers/tools.ts). */
export const hasQpdf = (): boolean => !!findTool('qpdf');

/** Checks that dist/ is there for bin/appeal.js: the global setup (test/setup/compile.ts) compiles it once per run. */
export function compileCli(): void {
  if (!existsSync(path.join(repoRoot, 'dist', 'cli.js')))
    throw new Error('dist/cli.js is missing: run the tests through vitest, whose global setup compiles it (test/setup/compile.ts)');
}
