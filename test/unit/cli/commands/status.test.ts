// `appeal status`: every case with type, marketplace, notice date, next deadline and days left (from --today or
// SOURCE_DATE_EPOCH, never the clock in tests), problem counts, and whether out/<id>/ is current.
import { copyFileSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { daysBetween, addWorkingDays } from '../../../../src/domain/dates.js';
import { copySampleCase, editYaml, runCli, tempDir } from '../../../helpers/cli.js';

interface Row {
  id: string | null;
  file: string;
  type: string | null;
  marketplace: string | null;
  notice_date: string | null;
  next_deadline: { date: string; what: string } | null;
  days_left: number | null;
  errors: number;
  warnings: number;
  outputs: 'current' | 'stale' | 'missing';
  changed: string[];
}

const today = '2026-11-20';
const epoch = String(Date.UTC(2026, 10, 20, 15, 30) / 1000);
const sampleFiles = readdirSync('cases')
  .map((d) => path.join('cases', d, 'case.yaml'))
  .filter((f) => existsSync(f))
  .sort();

async function status(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ today: string; cases: Row[] }> {
  const run = await runCli(['status', ...args, '--json'], env);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

describe('appeal status over the sample cases', () => {
  let rows: Row[];
  beforeAll(async () => {
    const report = await status(['cases', '--out', path.join(tempDir(), 'out')], { SOURCE_DATE_EPOCH: epoch });
    expect(report.today).toBe(today); // from SOURCE_DATE_EPOCH, in UTC
    rows = report.cases;
  }, 120_000);

  it('lists every sample case once, with its type, marketplace and notice date from the YAML', () => {
    expect(rows.map((r) => r.file).sort()).toEqual(sampleFiles);
    for (const r of rows) {
      const yaml = parse(readFileSync(r.file, 'utf8'));
      expect(r.id, r.file).toBe(yaml.id);
      expect(r.type, r.file).toBe(yaml.type);
      expect(r.marketplace, r.file).toBe(yaml.marketplace);
      expect(r.notice_date, r.file).toBe(yaml.notice.received);
      expect(r.outputs, r.file).toBe('missing'); // nothing built into the empty out folder
    }
  });

  it('gives the next deadline and the days left to it, counting a passed deadline negative', () => {
    for (const r of rows) {
      const yaml = parse(readFileSync(r.file, 'utf8'));
      const video = yaml.details?.brand_registry?.video_verification;
      if (video) continue;
      const due: string | undefined = yaml.notice.respond_by;
      if (!due) {
        expect(r.next_deadline, r.file).toBeNull();
        expect(r.days_left, r.file).toBeNull();
      } else {
        expect(r.next_deadline, r.file).toEqual({ date: due, what: 'respond-by' });
        expect(r.days_left, r.file).toBe(daysBetween(today, due));
      }
    }
    const byId = (id: string) => rows.find((r) => r.id === id)!;
    // Known samples: due today, passed, none.
    expect(byId('elbtal-authenticity')).toMatchObject({ next_deadline: { date: '2026-11-20', what: 'respond-by' }, days_left: 0 });
    expect(byId('oakridge-atoz')).toMatchObject({ next_deadline: { date: '2026-11-16', what: 'respond-by' }, days_left: -4 });
    expect(byId('brightwell-review-manipulation')).toMatchObject({ next_deadline: null, days_left: null });
    // The brand registry case: its own book_by (2026-11-24) is before Amazon's 7 working days (2026-11-25).
    expect(addWorkingDays('2026-11-16', 7)).toBe('2026-11-25');
    expect(byId('corvane-brand-registry')).toMatchObject({
      type: 'brand-registry-appeal',
      next_deadline: { date: '2026-11-24', what: 'book-video-verification' },
      days_left: 4,
    });
  });

  it('counts errors and warnings as validate does', async () => {
    const run = await runCli(['validate', 'cases', '--json']);
    const report = JSON.parse(run.stdout) as { cases: { file: string; diagnostics: { severity: string }[] }[] };
    for (const c of report.cases) {
      const r = rows.find((x) => x.file === c.file)!;
      expect(r.errors, c.file).toBe(c.diagnostics.filter((d) => d.severity === 'error').length);
      expect(r.warnings, c.file).toBe(c.diagnostics.filter((d) => d.severity === 'warning').length);
    }
  }, 120_000);

  it('prints a table with one line per case, passed deadlines marked; --today wins over SOURCE_DATE_EPOCH', async () => {
    const run = await runCli(
      ['status', 'cases/oakridge-atoz', 'cases/corvane-brand-registry', '--today', '2026-11-23', '--out', path.join(tempDir(), 'out')],
      { SOURCE_DATE_EPOCH: epoch },
    );
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Status on 2026-11-23');
    expect(lines[1]).toMatch(/^case\s+type\s+mkt\s+notice\s+next deadline\s+days left\s+errors\s+warnings\s+state\s+outputs$/);
    expect(lines.find((l) => l.startsWith('oakridge-atoz'))).toMatch(
      /a-to-z-chargeback\s+US\s+2026-11-02\s+2026-11-16 respond-by\s+-7 \(passed\)\s+0\s+\d+\s+ready\s+missing$/,
    );
    const corvane = lines.find((l) => l.startsWith('corvane-brand-registry'))!;
    expect(corvane).toMatch(/2026-11-24 book-video-verification\s+\d+\s/);
    // A case with errors is listed again below the table, as a draft (a letter to work on), apart from failures.
    const errors = Number(/book-video-verification\s+\d+\s+(\d+)/.exec(corvane)![1]);
    expect(
      lines
        .slice(3, 5)
        .map((l) => l.split(/\s+/)[0])
        .sort(),
    ).toEqual(['corvane-brand-registry', 'oakridge-atoz']);
    if (errors)
      expect(lines.slice(5)).toEqual([
        '',
        'Drafts (a letter to work on, not ready to submit):',
        `  corvane-brand-registry: ${errors} error${errors === 1 ? '' : 's'}; no draft written yet (appeal build writes one)`,
      ]);
    else expect(lines).toHaveLength(5);
  }, 60_000);

  it('still shows type and deadline of a case that does not check (a missing evidence file)', async () => {
    const dir = copySampleCase('oakridge-atoz', tempDir());
    const evidence = path.join(dir, 'evidence');
    rmSync(path.join(evidence, readdirSync(evidence)[0]));
    const [r] = (await status([dir, '--today', today, '--out', path.join(tempDir(), 'out')])).cases;
    expect(r.errors).toBeGreaterThan(0);
    expect(r).toMatchObject({
      id: 'oakridge-atoz',
      type: 'a-to-z-chargeback',
      marketplace: 'US',
      notice_date: '2026-11-02',
      next_deadline: { date: '2026-11-16', what: 'respond-by' },
      days_left: -4,
    });
  }, 60_000);
});

describe('outputs current or not', () => {
  it('is current after a build, stale after an edit of the case or a lost output, current again after rebuilding', async () => {
    const root = tempDir('appeal-status-');
    const dir = copySampleCase('sunrise-odr', root);
    const out = path.join(root, 'out');
    const one = async () => (await status([dir, '--today', today, '--out', out])).cases[0];
    expect((await one()).outputs).toBe('missing');
    expect((await runCli(['build', dir, '--out', out, '-j', '1'])).code).toBe(0);
    expect(await one()).toMatchObject({ outputs: 'current', changed: [] });

    editYaml(path.join(dir, 'case.yaml'), (t) => t.replace(/^(\s+summary: >-\n\s+)/m, '$1Updated. '));
    expect(await one()).toMatchObject({ outputs: 'stale', changed: ['case.yaml'] });

    expect((await runCli(['build', dir, '--out', out, '-j', '1'])).code).toBe(0);
    expect((await one()).outputs).toBe('current');

    // An evidence file changed after the build.
    const evidence = path.join(dir, 'evidence');
    const name = readdirSync(evidence).find((n) => n.endsWith('.png'))!;
    copyFileSync('cases/northwind-counterfeit/evidence/listing-images-after-2026-10-23.png', path.join(evidence, name));
    expect(await one()).toMatchObject({ outputs: 'stale', changed: [`evidence/${name}`] });
    expect((await runCli(['build', dir, '--out', out, '-j', '1'])).code).toBe(0);
    expect((await one()).outputs).toBe('current');

    rmSync(path.join(out, 'sunrise-odr', 'checklist.pdf'));
    expect(await one()).toMatchObject({ outputs: 'stale', changed: ['out: checklist.pdf'] });
  }, 240_000);
});
