// The crash test of test/e2e/atomic-outputs.test.ts (3 kills, npm test) and test/stress/kill-rounds.test.ts
// (10 kills): a batch of generated cases is built by the real CLI in a child process, which is SIGKILLed at a
// random moment; then every out/<id>/ is checked.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { sha256 } from '../../src/fs.js';
import { ensureSnapshot, snapshotProcesses } from './snapshot.js';
import { checkOutputFolder, compileCli, hasQpdf, repoRoot, sampleCaseDir, sampleCaseText, withId } from './outputs.js';

export interface KillReport {
  kills: number;
  /** Builds that finished before the kill came. */
  finished: number;
  foldersChecked: number;
  pdfsChecked: number;
  docxChecked: number;
  pdfCheck: string;
  casesWithOutput: number;
  /** Builds (rounds and the last one) seen running in a process started from the CLI's startup snapshot (Linux only). */
  snapshotRuns: number;
  /** Kills that hit a build running from the snapshot. */
  snapshotKills: number;
  problems: string[];
}

/** The text of case i in round k: a new revision each round, and now and then a broken one. */
function caseText(i: number, round: number): string {
  const text = withId(sampleCaseText, `case-${String(i).padStart(3, '0')}`).replace(
    'packing photo are attached.',
    `packing photo are attached (revision ${round}).`,
  );
  return (i + round) % 23 === 0 ? text.replace('stance: remediate', 'stance: [remediate') : text;
}

export async function runKillRounds(o: {
  dir: string;
  cases: number;
  kills: number;
  maxWaitMs: number;
  seed?: number;
}): Promise<KillReport> {
  compileCli();
  let seed = o.seed ?? Date.now() % 2147483647;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const casesDir = path.join(o.dir, 'cases');
  const out = path.join(o.dir, 'out');
  mkdirSync(casesDir, { recursive: true });
  const versions = new Map<string, Set<string>>();
  for (let i = 0; i < o.cases; i++) {
    const id = `case-${String(i).padStart(3, '0')}`;
    cpSync(path.join(sampleCaseDir, 'evidence'), path.join(casesDir, id, 'evidence'), { recursive: true });
    versions.set(id, new Set());
  }
  const report: KillReport = {
    kills: 0,
    finished: 0,
    foldersChecked: 0,
    pdfsChecked: 0,
    docxChecked: 0,
    pdfCheck: hasQpdf() ? 'qpdf --check' : 'a %PDF…%%EOF check',
    casesWithOutput: 0,
    snapshotRuns: 0,
    snapshotKills: 0,
    problems: [],
  };
  const hadOutput = new Set<string>();
  const seen = new Set<string>();
  const counts = { pdf: 0, docx: 0 };
  /** Checks every output folder: complete, built from a known case text, and none lost. */
  const checkOutputs = (round: number | string) => {
    // Check every output folder after the kill.
    const entries = existsSync(out) ? readdirSync(out) : [];
    for (const name of entries) {
      // .lock: the killed run's output-folder lock, which the next run takes over (src/batch/output-lock.ts).
      if (name === '.store' || name === '.cache' || name === '.lock') continue;
      if (!versions.has(name)) {
        report.problems.push(`round ${round}: stray entry out/${name}`);
        continue;
      }
      const check = checkOutputFolder(path.join(out, name), { seen, counts });
      report.foldersChecked++;
      for (const p of check.problems) report.problems.push(`round ${round}: out/${name}: ${p}`);
      const caseSha = check.manifest?.inputs.find((x) => x.role === 'case')?.sha256;
      if (check.manifest && !versions.get(name)!.has(caseSha ?? ''))
        report.problems.push(`round ${round}: out/${name} was built from an unknown case text`);
      hadOutput.add(name);
    }
    for (const name of hadOutput) if (!entries.includes(name)) report.problems.push(`round ${round}: out/${name} was lost`);
  };
  for (let round = 0; round < o.kills + 20 && report.kills < o.kills; round++) {
    for (let i = 0; i < o.cases; i++) {
      const id = `case-${String(i).padStart(3, '0')}`;
      const text = caseText(i, round);
      writeFileSync(path.join(casesDir, id, 'case.yaml'), text);
      versions.get(id)!.add(sha256(text));
    }
    const child = spawn(process.execPath, ['bin/appeal.js', 'build', casesDir, '--out', out, '--quiet'], {
      cwd: repoRoot,
      stdio: 'ignore',
    });
    const exited = new Promise<'exit'>((resolve) => child.once('exit', () => resolve('exit')));
    let snapshotSeen = false;
    const watchSnapshot = setInterval(() => {
      if (snapshotProcesses(casesDir).length) snapshotSeen = true;
    }, 50);
    // A third of the kills land at a random moment of start-up; the others a random 0-2.5 s after the
    // round's first write into out/.store (so they hit rendering and writing, whatever the machine's speed).
    const early = random() < 0.33;
    const storeBefore = storeNames(out);
    const moment = early
      ? new Promise<'kill'>((resolve) => setTimeout(() => resolve('kill'), 100 + random() * 1400))
      : (async () => {
          const started = Date.now();
          while (Date.now() - started < o.maxWaitMs && sameNames(storeNames(out), storeBefore)) await new Promise((r) => setTimeout(r, 15));
          await new Promise((r) => setTimeout(r, random() * 2500));
          return 'kill' as const;
        })();
    if ((await Promise.race([exited, moment])) === 'kill') {
      child.kill('SIGKILL');
      await exited;
      report.kills++;
      if (snapshotSeen) report.snapshotKills++;
    } else {
      report.finished++;
    }
    clearInterval(watchSnapshot);
    if (snapshotSeen) report.snapshotRuns++;
    // The snapshot's process of a killed build ends by itself (src/cli/snapshot-start.ts, watchParent).
    if (!(await gone(casesDir))) report.problems.push(`round ${round}: the build's snapshot process outlived its killed parent`);
    checkOutputs(round);
  }
  // Then a build left to finish: it takes over the killed runs' lock and leaves every case a complete set.
  const last = spawn(process.execPath, ['bin/appeal.js', 'build', casesDir, '--out', out, '--quiet'], { cwd: repoRoot, stdio: 'ignore' });
  let lastInSnapshot = false;
  const watchLast = setInterval(() => {
    if (snapshotProcesses(casesDir).length) lastInSnapshot = true;
  }, 50);
  await new Promise((resolve) => last.once('exit', resolve));
  clearInterval(watchLast);
  if (lastInSnapshot) report.snapshotRuns++;
  checkOutputs('after the kills');
  report.pdfsChecked = counts.pdf;
  report.docxChecked = counts.docx;
  report.casesWithOutput = hadOutput.size;
  // The manifests found reference only files that exist (checked above); the sample PDF text is readable.
  if (hadOutput.size) readFileSync(path.join(out, [...hadOutput][0], 'manifest.json'), 'utf8');
  return report;
}

/** Waits up to 20 s for every snapshot process building `casesDir` to end. */
async function gone(casesDir: string): Promise<boolean> {
  for (let i = 0; i < 200 && snapshotProcesses(casesDir).length; i++) await new Promise((r) => setTimeout(r, 100));
  return snapshotProcesses(casesDir).length === 0;
}

function storeNames(out: string): string[] {
  try {
    return readdirSync(path.join(out, '.store')).sort();
  } catch {
    return [];
  }
}

const sameNames = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Runs the kill rounds in `dir` and expects them all done with every output folder intact and some output left.
 * The CLI's startup snapshot is built first, so the builds run as they do for a user: a round left with one case
 * to render hands it to a process started from the snapshot, the others render on workers. How many ran there is
 * reported; a kill that hits one is tested for itself in test/unit/snapshot.test.ts.
 */
export async function expectKillRoundsSurvived(dir: string, cases: number, kills: number): Promise<void> {
  if (!process.env.APPEAL_NO_SNAPSHOT) await ensureSnapshot(repoRoot);
  const report = await runKillRounds({ dir, cases, kills, maxWaitMs: 60_000 });
  console.log(
    `kill test: ${report.kills} kills survived, ${report.foldersChecked} output folders checked (${report.pdfsChecked} PDFs with ${report.pdfCheck}, ${report.docxChecked} DOCX unzipped), ${report.casesWithOutput} of ${cases} cases had output at the end, ${report.snapshotRuns} builds ran from the startup snapshot (${report.snapshotKills} of the ${report.kills} killed)`,
  );
  expect(report.problems).toEqual([]);
  expect(report.kills).toBe(kills);
  expect(report.casesWithOutput).toBeGreaterThan(0);
}
