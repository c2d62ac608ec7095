// The same inputs give byte-identical outputs, whatever the clock, the time zone or the locale.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sha256 } from '../../src/fs.js';
import { compileCli, repoRoot, sampleCaseText, tempDir } from '../helpers/outputs.js';
import { sampleBuild } from '../helpers/samples.js';

vi.setConfig({ testTimeout: 300_000 });
let tmp: ReturnType<typeof tempDir>;
/** Folders of cases: all three, sunrise-odr and no-date, no-date alone. */
const cases = { all: '', dated: '', noDate: '' };
let preload: string;

beforeAll(() => {
  compileCli();
  tmp = tempDir('determinism');
  for (const key of Object.keys(cases) as (keyof typeof cases)[]) cases[key] = path.join(tmp.dir, `cases-${key}`);
  const copy = (from: string, to: string[]) => {
    for (const folder of to) cpSync(path.join(repoRoot, 'cases', from), folder, { recursive: true });
  };
  copy('sunrise-odr', [path.join(cases.all, 'sunrise-odr'), path.join(cases.dated, 'sunrise-odr')]);
  copy('northwind-counterfeit', [path.join(cases.all, 'northwind-counterfeit')]);
  // A case without letter.date: its date must come from SOURCE_DATE_EPOCH or the case's own dates.
  for (const root of [cases.all, cases.dated, cases.noDate]) {
    copy('sunrise-odr', [path.join(root, 'no-date')]);
    writeFileSync(
      path.join(root, 'no-date', 'case.yaml'),
      sampleCaseText.replace(/^id: .*$/m, 'id: no-date').replace(/^letter:\n {2}date: .*\n/m, ''),
    );
  }
  // Moves the process clock by CLOCK_SHIFT_MS (for `new Date()` and `Date.now()`), like running on another day.
  preload = path.join(tmp.dir, 'shift-clock.mjs');
  writeFileSync(
    preload,
    `const Real = Date; const shift = Number(process.env.CLOCK_SHIFT_MS || 0);
class Shifted extends Real { constructor(...a) { if (a.length === 0) super(Real.now() + shift); else super(...a); } static now() { return Real.now() + shift; } }
globalThis.Date = Shifted;\n`,
  );
});
afterAll(() => tmp.cleanup());

function build(casesDir: string, out: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    // --jobs 1: every case renders in this process, under its clock, time zone and locale (and no worker pool is started).
    const child = spawn(
      process.execPath,
      ['--import', pathToFileURL(preload).href, 'bin/appeal.js', 'build', casesDir, '--out', out, '--jobs', '1'],
      {
        cwd: repoRoot,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** Every file under out/<id>/ (through the link) of the given ids (else every id), by relative path -> sha256. */
function fingerprint(out: string, ids?: string[]): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (dir: string, prefix: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full, `${prefix}${e.name}/`);
      else result[`${prefix}${e.name}`] = sha256(readFileSync(full));
    }
  };
  for (const id of readdirSync(out)
    .filter((n) => !n.startsWith('.') && (!ids || ids.includes(n)))
    .sort())
    walk(path.join(out, id), `${id}/`);
  return result;
}

describe('byte-identical outputs', () => {
  // One side is the run's shared sample build (test/setup/samples.ts: another process, the machine's own time
  // zone, locale and clock) with no-date built here; the other builds all three cases.
  it('two processes, different time zones, locales and clocks (3 years apart) give the same bytes', async () => {
    const [a, b] = await Promise.all([
      build(cases.noDate, path.join(tmp.dir, 'out-a'), { TZ: 'UTC', LANG: 'C', CLOCK_SHIFT_MS: '0' }),
      build(cases.all, path.join(tmp.dir, 'out-b'), {
        TZ: 'Asia/Shanghai',
        LANG: 'zh_CN.UTF-8',
        LC_ALL: 'zh_CN.UTF-8',
        CLOCK_SHIFT_MS: String(3 * 365 * 86400_000 + 7 * 3600_000),
      }),
    ]);
    expect(a.code, a.output).toBe(0);
    expect(b.code, b.output).toBe(0);
    expect(sampleBuild().code).toBe(0);
    const fa = { ...fingerprint(sampleBuild().out, ['sunrise-odr', 'northwind-counterfeit']), ...fingerprint(path.join(tmp.dir, 'out-a')) };
    const fb = fingerprint(path.join(tmp.dir, 'out-b'));
    const kinds = Object.keys(fa).map((f) => path.extname(f));
    for (const ext of ['.pdf', '.docx', '.csv', '.json']) expect(kinds).toContain(ext);
    expect(Object.keys(fa).length).toBeGreaterThan(30);
    expect(fb).toEqual(fa);
    // The letter date comes from the case (letter.date) or, without one, from the case's latest date.
    const manifest = (out: string, id: string) => JSON.parse(readFileSync(path.join(tmp.dir, out, id, 'manifest.json'), 'utf8'));
    expect(manifest('out-b', 'sunrise-odr').letter_date).toBe('2026-11-05');
    expect(manifest('out-b', 'no-date').letter_date).toBe('2026-11-03');
  });

  it('SOURCE_DATE_EPOCH sets the date of a case without letter.date, and nothing else changes with the clock', async () => {
    const epoch = String(Date.UTC(2026, 10, 9, 23, 30) / 1000);
    const [a, b] = await Promise.all([
      build(cases.dated, path.join(tmp.dir, 'epoch-a'), { TZ: 'UTC', SOURCE_DATE_EPOCH: epoch }),
      build(cases.dated, path.join(tmp.dir, 'epoch-b'), {
        TZ: 'Pacific/Kiritimati',
        SOURCE_DATE_EPOCH: epoch,
        CLOCK_SHIFT_MS: String(-400 * 86400_000),
      }),
    ]);
    expect(a.code, a.output).toBe(0);
    expect(b.code, b.output).toBe(0);
    expect(fingerprint(path.join(tmp.dir, 'epoch-b'))).toEqual(fingerprint(path.join(tmp.dir, 'epoch-a')));
    const m = JSON.parse(readFileSync(path.join(tmp.dir, 'epoch-a', 'no-date', 'manifest.json'), 'utf8'));
    expect(m.letter_date).toBe('2026-11-09');
    // A case with letter.date keeps it.
    expect(JSON.parse(readFileSync(path.join(tmp.dir, 'epoch-a', 'sunrise-odr', 'manifest.json'), 'utf8')).letter_date).toBe('2026-11-05');
  });
});
