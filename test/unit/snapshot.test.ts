// The startup snapshot of the CLI (src/snapshot/): fresh processes of a copy of the compiled package, with the
// snapshot in a folder of the test's own (APPEAL_SNAPSHOT_DIR). With APPEAL_SNAPSHOT_PROBE=1 a process started
// from the snapshot only prints that it was, which shows whether a run used it.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PROBE_ANSWER } from '../../src/cli/snapshot-probe.js';
import { sha256 } from '../../src/fs.js';
import { checkOutputFolder, compileCli, repoRoot, tempDir } from '../helpers/outputs.js';
import { snapshotProcesses } from '../helpers/snapshot.js';

vi.setConfig({ testTimeout: 600_000, hookTimeout: 120_000 });

let tmp: ReturnType<typeof tempDir>;
/** The copy of the package (bin/, dist/, templates...), its snapshot folder, the case built. */
let pkg: string;
let snapshots: string;
let caseDir: string;

beforeAll(() => {
  compileCli();
  tmp = tempDir('snapshot');
  pkg = path.join(tmp.dir, 'appeal-kit');
  for (const part of ['bin', 'dist', 'templates', 'schemas', 'rules', 'package.json']) {
    cpSync(path.join(repoRoot, part), path.join(pkg, part), { recursive: true });
  }
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(pkg, 'node_modules'));
  snapshots = path.join(tmp.dir, 'snapshots');
  caseDir = path.join(tmp.dir, 'cases', 'duinzicht-funds-release');
  cpSync(path.join(repoRoot, 'cases', 'duinzicht-funds-release'), caseDir, { recursive: true });
});
afterAll(() => tmp?.cleanup());

function appeal(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [path.join(pkg, 'bin', 'appeal.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, APPEAL_SNAPSHOT_DIR: snapshots, SOURCE_DATE_EPOCH: '1780000000', NODE_OPTIONS: '', ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Whether a `build` with a case to render now runs it from a snapshot (the probe answers instead of building). */
const usesSnapshot = (env: Record<string, string> = {}) =>
  appeal(['build', caseDir, '--out', path.join(tmp.dir, 'probe-out'), '--force'], { APPEAL_SNAPSHOT_PROBE: '1', ...env }).stdout.includes(
    PROBE_ANSWER,
  );

const snapshotNames = () => (existsSync(snapshots) ? readdirSync(snapshots).sort() : []);

/** Waits for the background build to end (its lock gone), then lists the folder. */
async function afterBuild(): Promise<string[]> {
  for (let i = 0; i < 600 && snapshotNames().some((n) => n.endsWith('.lock')); i++) await new Promise((r) => setTimeout(r, 1000));
  return snapshotNames();
}

/**
 * SHA-256 of every output under `dir`, by path (the case folders are links into .store/, whose files are listed).
 * The build records in .cache/ are left out: they hold the identity (inode, time) of the files written, which
 * differs between any two folders.
 */
function digests(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory() && d === dir && entry.name === '.cache') continue;
      if (entry.isDirectory()) walk(full);
      else if (!entry.isSymbolicLink()) out[path.relative(dir, full)] = sha256(readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

function build(out: string, env: Record<string, string> = {}) {
  const run = appeal(['build', caseDir, '--out', out, '--force', '-q'], env);
  expect(run.status, run.stderr).toBe(0);
  return digests(out);
}

describe('the startup snapshot', () => {
  it('is built in the background by the first run, which builds without it', async () => {
    expect(usesSnapshot()).toBe(false);
    const files = await afterBuild();
    expect(files.filter((n) => n.endsWith('.blob'))).toHaveLength(1);
    expect(files.filter((n) => n.endsWith('.json'))).toHaveLength(1);
    expect(files.filter((n) => n.includes('.tmp') || n.endsWith('.lock'))).toEqual([]);
  });

  it('is used by the next runs, with outputs byte-identical to a run without it', () => {
    expect(usesSnapshot()).toBe(true);
    const withSnapshot = build(path.join(tmp.dir, 'out-snapshot'));
    const without = build(path.join(tmp.dir, 'out-plain'), { APPEAL_NO_SNAPSHOT: '1' });
    expect(Object.keys(withSnapshot).filter((f) => f.endsWith('letter.pdf'))).toHaveLength(1);
    expect(withSnapshot).toEqual(without);
    // A usage error still reaches the user, with its exit code.
    const bad = appeal(['build', caseDir, '--jobs', 'zero']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--jobs takes a whole number');
    // PDF exhibits are read through import() (pdfjs-dist), which the snapshot's loader serves without a warning.
    const pdfCase = path.join(tmp.dir, 'cases', 'lumen-design-patent');
    cpSync(path.join(repoRoot, 'cases', 'lumen-design-patent'), pdfCase, { recursive: true });
    const pdfRun = appeal(['build', pdfCase, '--out', path.join(tmp.dir, 'out-pdf'), '-q']);
    expect(pdfRun.status, pdfRun.stderr).toBe(0);
    expect(pdfRun.stderr).not.toContain('Warning');
  });

  it('is not used with Node options (it is started with the flags it was built with only)', () => {
    expect(usesSnapshot({ NODE_OPTIONS: '--max-old-space-size=3000' })).toBe(false);
    expect(usesSnapshot()).toBe(true);
  });

  it('is not started when nothing is left to render in the process: a no-op rebuild, validate, a batch on workers', () => {
    const out = path.join(tmp.dir, 'out-noop');
    expect(appeal(['build', caseDir, '--out', out, '-q'], { APPEAL_NO_SNAPSHOT: '1' }).status).toBe(0);
    const noop = appeal(['build', caseDir, '--out', out], { APPEAL_SNAPSHOT_PROBE: '1' });
    expect(noop.stdout).not.toContain(PROBE_ANSWER);
    expect(noop.stdout).toContain('1 unchanged');
    expect(noop.status).toBe(0);
    expect(appeal(['validate', caseDir], { APPEAL_SNAPSHOT_PROBE: '1' }).stdout).not.toContain(PROBE_ANSWER);
    const pdfCase = path.join(tmp.dir, 'cases', 'lumen-design-patent');
    if (!existsSync(pdfCase)) cpSync(path.join(repoRoot, 'cases', 'lumen-design-patent'), pdfCase, { recursive: true });
    const twoOnWorkers = appeal(['build', caseDir, pdfCase, '--out', path.join(tmp.dir, 'out-workers'), '-j', '2', '-q'], {
      APPEAL_SNAPSHOT_PROBE: '1',
    });
    expect(twoOnWorkers.stdout).not.toContain(PROBE_ANSWER);
    expect(twoOnWorkers.status, twoOnWorkers.stderr).toBe(0);
    // The same two cases in this process: handed to the snapshot.
    const twoHere = appeal(['build', caseDir, pdfCase, '--out', path.join(tmp.dir, 'out-workers'), '-j', '1', '--force'], {
      APPEAL_SNAPSHOT_PROBE: '1',
    });
    expect(twoHere.stdout).toContain(PROBE_ANSWER);
  });

  // A killed `appeal build` must stop its work: its snapshot process would otherwise hold the output folder's
  // lock and go on writing. /proc shows the processes, so this runs on Linux.
  describe.runIf(process.platform === 'linux')('when the parent process is killed mid-build', () => {
    const sixCases = () => {
      const dir = path.join(tmp.dir, `batch-${Math.random().toString(36).slice(2, 8)}`);
      for (const id of readdirSync(path.join(repoRoot, 'cases')).sort().slice(0, 6))
        cpSync(path.join(repoRoot, 'cases', id), path.join(dir, id), { recursive: true });
      return dir;
    };
    /** Starts a build of `cases` and resolves once it runs in a snapshot process and holds out/.lock. */
    async function startBuild(cases: string, out: string) {
      const parent = spawn(process.execPath, [path.join(pkg, 'bin', 'appeal.js'), 'build', cases, '--out', out, '-q', '-j', '1'], {
        stdio: 'ignore',
        env: { ...process.env, APPEAL_SNAPSHOT_DIR: snapshots, SOURCE_DATE_EPOCH: '1780000000', NODE_OPTIONS: '' },
      });
      const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        parent.once('exit', (code, signal) => resolve({ code, signal })),
      );
      let children: number[] = [];
      for (let i = 0; i < 1200 && !(children.length && existsSync(path.join(out, '.lock'))); i++) {
        await new Promise((r) => setTimeout(r, 50));
        children = snapshotProcesses(cases);
      }
      expect(children, 'the build runs in a process started from the snapshot').toHaveLength(1);
      expect(existsSync(path.join(out, '.lock')), 'the build holds the output folder').toBe(true);
      return { parent, exit, child: children[0] };
    }
    /** Waits up to 20 s for the build's snapshot process to end. */
    async function ended(cases: string): Promise<number[]> {
      for (let i = 0; i < 200 && snapshotProcesses(cases).length; i++) await new Promise((r) => setTimeout(r, 100));
      return snapshotProcesses(cases);
    }
    /** The next build of the same folders succeeds, every case with a complete output folder. */
    function nextBuildSucceeds(cases: string, out: string) {
      const run = appeal(['build', cases, '--out', out, '-q', '-j', '1']);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).not.toContain('is in use by another appeal-kit run');
      for (const id of readdirSync(cases)) expect(checkOutputFolder(path.join(out, id)).problems, id).toEqual([]);
    }

    it('SIGKILL: the snapshot process ends by itself, and the next build succeeds', async () => {
      const cases = sixCases();
      const out = path.join(tmp.dir, 'out-sigkill');
      const { parent, exit } = await startBuild(cases, out);
      parent.kill('SIGKILL');
      expect((await exit).signal).toBe('SIGKILL');
      expect(await ended(cases)).toEqual([]);
      // It stopped its work (killed as it took the folder, it had no time to render the whole batch) and left
      // through its exit handlers: the lock is released, not merely stale.
      expect(readdirSync(out).filter((name) => !name.startsWith('.')).length).toBeLessThan(readdirSync(cases).length);
      expect(existsSync(path.join(out, '.lock'))).toBe(false);
      nextBuildSucceeds(cases, out);
    });

    it('SIGTERM: passed on to the snapshot process, which cleans up; the exit code is the one it gave', async () => {
      const cases = sixCases();
      const out = path.join(tmp.dir, 'out-sigterm');
      const { parent, exit } = await startBuild(cases, out);
      parent.kill('SIGTERM');
      expect(await exit).toEqual({ code: 143, signal: null });
      expect(await ended(cases)).toEqual([]);
      expect(existsSync(path.join(out, '.lock'))).toBe(false);
      nextBuildSucceeds(cases, out);
    });

    it('SIGHUP (the terminal closed): passed on, the snapshot process cleans up and leaves no lock', async () => {
      const cases = sixCases();
      const out = path.join(tmp.dir, 'out-sighup');
      const { parent, exit } = await startBuild(cases, out);
      parent.kill('SIGHUP');
      expect(await exit).toEqual({ code: 129, signal: null });
      expect(await ended(cases)).toEqual([]);
      expect(existsSync(path.join(out, '.lock'))).toBe(false);
      nextBuildSucceeds(cases, out);
    });
  });

  it('is not used when damaged, nor when a file it loaded changed', async () => {
    const [blob] = snapshotNames().filter((n) => n.endsWith('.blob'));
    truncateSync(path.join(snapshots, blob), 1000);
    expect(usesSnapshot()).toBe(false);
    await afterBuild();
    expect(usesSnapshot()).toBe(true);
    const manifest = JSON.parse(readFileSync(path.join(snapshots, blob.replace('.blob', '.json')), 'utf8')) as {
      files: { file: string }[];
    };
    expect(manifest.files.some((f) => f.file.includes(`${path.sep}pdfmake${path.sep}`))).toBe(true);
  });

  it('is built again after a change to dist/, and the old one removed', async () => {
    const [before] = snapshotNames().filter((n) => n.endsWith('.blob'));
    appendFileSync(path.join(pkg, 'dist', 'cli.js'), '\n// changed\n');
    expect(usesSnapshot()).toBe(false);
    const files = await afterBuild();
    expect(files.filter((n) => n.endsWith('.blob'))).toHaveLength(1);
    expect(files).not.toContain(before);
    expect(usesSnapshot()).toBe(true);
  });

  it('falls back without a word when it cannot be built', async () => {
    appendFileSync(path.join(pkg, 'dist', 'snapshot.cjs'), '\nthrow new Error("cannot be built");\n');
    mkdirSync(path.join(tmp.dir, 'out-fallback'));
    const run = appeal(['build', caseDir, '--out', path.join(tmp.dir, 'out-fallback'), '--force', '-q']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const files = await afterBuild();
    expect(files.filter((n) => n.endsWith('.failed'))).toHaveLength(1);
    expect(files.filter((n) => n.includes('.tmp'))).toEqual([]);
    // The output cache's keys name the code, which the edits of dist/ above changed: the outputs themselves are compared.
    const outputs = (dir: string) => Object.entries(digests(dir)).filter(([file]) => !file.startsWith('.cache'));
    expect(outputs(path.join(tmp.dir, 'out-fallback'))).toEqual(outputs(path.join(tmp.dir, 'out-plain')));
    // Later runs neither use a snapshot nor try to build one again.
    expect(usesSnapshot()).toBe(false);
    expect(await afterBuild()).toEqual(files);
  });
});
