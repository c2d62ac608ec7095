// Runs the CLI in-process with captured output, and makes temporary copies of sample cases.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/program.js';

/** Output and exit code of one CLI run. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `appeal <args>` in-process with NO_COLOR and no TTY. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { NO_COLOR: '1', ...env },
    isTTY: false,
  });
  return { code, stdout, stderr };
}

/** A fresh temporary folder. */
export const tempDir = (prefix = 'appeal-test-'): string => mkdtempSync(path.join(tmpdir(), prefix));

/** Copies cases/<name>/ into a temporary `cases/` folder and returns the copy's case folder. */
export function copySampleCase(name: string, root = tempDir()): string {
  const dir = path.join(root, 'cases', name);
  cpSync(path.join('cases', name), dir, { recursive: true });
  return dir;
}

/** Rewrites a case file's text. */
export function editYaml(file: string, edit: (text: string) => string): void {
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
}

/** Collapses runs of white space so text wrapped across lines can be searched. */
export const flat = (text: string): string => text.replace(/(\w)-\s+(?=\w)/g, '$1-').replace(/\s+/g, ' ');
