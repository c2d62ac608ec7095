// One run per output folder: a second build on a folder in use refuses at once, naming the holder; a lock
// left by a dead process is taken over; temp files are removed on every way out (a failed write, Ctrl+C);
// Ctrl+C in watch exits 130 at once; a build that finds no case exits non-zero; a read-only or full output
// folder is named as such.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, promises as fsp, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { runCli } from '../../helpers/cli.js';
import { writeCaseOutputs, writeFileAtomic } from '../../../src/fs.js';
import { lockOutputFolder, OutputFolderInUse } from '../../../src/batch/output-lock.js';
import { copySampleCase, repoRoot, tempDir } from '../../helpers/outputs.js';

let tmp: ReturnType<typeof tempDir>;
let sleeper: ChildProcess;
beforeAll(() => {
  tmp = tempDir('hostile-runs');
  sleeper = spawn('sleep', ['120']);
});
afterAll(() => {
  sleeper.kill();
  tmp.cleanup();
});

/** Every file and folder under a folder, relative. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      out.push(r);
      if (e.isDirectory()) walk(path.join(d, e.name), r);
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return out;
}

const leftovers = (dir: string) => tree(dir).filter((f) => /\.(tmp|partial|link)$|\.lock$/.test(f));

describe('the output folder lock', () => {
  it('a second build on a folder in use refuses at once, naming the holder', async () => {
    const out = path.join(tmp.dir, 'out-busy');
    mkdirSync(out);
    writeFileSync(
      path.join(out, '.lock'),
      JSON.stringify({ pid: sleeper.pid, command: 'appeal build --watch cases', host: hostname(), started: '2026-12-07T13:00:00Z' }),
    );
    const cases = path.join(tmp.dir, 'busy-cases');
    copySampleCase(cases);
    const run = await runCli(['build', cases, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`in use by another appeal-kit run \\(pid ${sleeper.pid}: appeal build --watch cases`));
    expect(tree(out)).toEqual(['.lock']);
  });

  it('a lock left by a process that no longer runs is taken over, and let go at the end', async () => {
    const out = path.join(tmp.dir, 'out-stale');
    mkdirSync(out);
    const dead = spawnSync('true').pid;
    writeFileSync(
      path.join(out, '.lock'),
      JSON.stringify({ pid: dead, command: 'appeal build', host: hostname(), started: '2026-12-07T13:00:00Z' }),
    );
    const cases = path.join(tmp.dir, 'stale-cases');
    mkdirSync(cases);
    writeFileSync(path.join(cases, 'broken.yaml'), 'type: [odr\n');
    const run = await runCli(['build', cases, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/in use/);
    expect(existsSync(path.join(out, '.lock'))).toBe(false);
  }, 60_000);

  it('lockOutputFolder names the holder; the holder lets go', () => {
    const out = path.join(tmp.dir, 'out-api');
    const lock = lockOutputFolder(out, 'appeal build');
    expect(JSON.parse(readFileSync(lock.file, 'utf8'))).toMatchObject({ pid: process.pid, command: 'appeal build' });
    writeFileSync(lock.file, JSON.stringify({ pid: sleeper.pid, command: 'appeal build --watch', host: hostname(), started: 'x' }));
    expect(() => lockOutputFolder(out, 'appeal build')).toThrow(OutputFolderInUse);
    // Not ours any more: release leaves the other run's lock alone.
    lock.release();
    expect(existsSync(lock.file)).toBe(true);
  });
});

describe('exits', () => {
  it('a build that finds no case exits non-zero with a message', async () => {
    const empty = path.join(tmp.dir, 'empty');
    mkdirSync(empty);
    const run = await runCli(['build', empty, '--out', path.join(tmp.dir, 'out-empty')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no case files found in/);
  });

  it('a write that fails (full disk) leaves no temp file and says what happened', async () => {
    const out = path.join(tmp.dir, 'out-full');
    const open = fsp.open.bind(fsp);
    const spy = vi.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await open(...args);
      await handle.close();
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    try {
      await expect(writeCaseOutputs(out, 'acme', [{ path: 'letter.pdf', bytes: new Uint8Array(10) }])).rejects.toThrow(
        /the disk holding .* is full/,
      );
    } finally {
      spy.mockRestore();
    }
    expect(leftovers(out)).toEqual([]);
    expect(tree(path.join(out, '.store'))).toEqual([]);
  });

  it('a read-only output folder is named as read-only, not "no such file"', async () => {
    const spy = vi.spyOn(fsp, 'mkdir').mockRejectedValue(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
    try {
      await expect(
        writeCaseOutputs(path.join(tmp.dir, 'out-ro'), 'acme', [{ path: 'letter.pdf', bytes: new Uint8Array(10) }]),
      ).rejects.toThrow(/out-ro is read-only \(permission denied\)/);
      await expect(writeFileAtomic(path.join(tmp.dir, 'ro', 'x.json'), 'x')).rejects.toThrow();
    } finally {
      spy.mockRestore();
    }
  });
});

// Ctrl+C while watching: the compiled CLI, stopped during a render.
describe.runIf(existsSync(path.join(repoRoot, 'dist', 'cli.js')))('Ctrl+C in watch', () => {
  it('exits 130 at once, leaving no temp file and no lock', async () => {
    const root = path.join(tmp.dir, 'watch');
    const caseFile = copySampleCase(path.join(root, 'cases'));
    const out = path.join(root, 'out');
    const child = spawn(
      process.execPath,
      [path.join(repoRoot, 'dist', 'cli.js'), 'build', '--watch', path.join(root, 'cases'), '--out', out],
      { cwd: root, env: { ...process.env, NO_COLOR: '1' } },
    );
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await vi.waitFor(() => expect(stdout).toMatch(/Watching/), { timeout: 120_000, interval: 200 });
    expect(existsSync(path.join(out, '.lock'))).toBe(true);
    // A change starts a render; Ctrl+C comes in the middle of it.
    writeFileSync(caseFile, readFileSync(caseFile, 'utf8').replace(/^id: .*$/m, '$&\n# edited'));
    await new Promise((r) => setTimeout(r, 400));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(leftovers(out)).toEqual([]);
  }, 180_000);
});
