// The summary job's script: one table from the shards' summaries and artifact reports. Every case links to the
// run that holds its current artifact (this run for a rendered case, an earlier one for an unchanged case),
// drafts are counted apart from failed cases, a missing shard fails the run, and a table too large for a job
// summary is cut with a note.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdown, mergeShards, problems } from '../../ci/summarize.mjs';
import { tempDir } from '../helpers/cli.js';
import { repoRoot } from './lint.js';

const run = { repository: 'agency/cases', run_id: '900', server_url: 'https://github.com' };
const entry = (id: string, runId: string, artifactId: number) => ({
  artifact: `appeal-${id}`,
  artifact_id: artifactId,
  run_id: runId,
  run_attempt: 1,
  inputs_hash: 'h',
  uploaded_at: '2026-11-30T00:00:00.000Z',
  expires_at: '2026-12-30T00:00:00.000Z',
});
const diag = (severity: string) => ({ severity, file: 'x', line: 1, column: 1, ruleId: 'r', message: 'm' });

function shards(): string {
  const dir = tempDir('appeal-summary-');
  mkdirSync(dir, { recursive: true });
  const write = (name: string, value: unknown) => writeFileSync(path.join(dir, name), JSON.stringify(value));
  write('summary-1.json', {
    cases: [
      { id: 'new-letter', file: 'cases/new-letter/case.yaml', status: 'rendered', words: { total: 700 }, diagnostics: [diag('warning')] },
      { id: 'old-letter', file: 'cases/old-letter/case.yaml', status: 'unchanged', words: { total: 650 }, diagnostics: [] },
      {
        id: 'half-done',
        file: 'cases/half-done/case.yaml',
        status: 'draft',
        words: { total: 300 },
        diagnostics: [diag('error'), diag('error')],
      },
    ],
  });
  write('summary-1.links.json', {
    v: 1,
    run: { ...run, run_attempt: 1 },
    cases: {
      'new-letter': { status: 'rendered', action: 'uploaded', artifact: entry('new-letter', '900', 31) },
      'old-letter': { status: 'unchanged', action: 'kept', artifact: entry('old-letter', '850', 12) },
      'half-done': { status: 'draft', action: 'none', artifact: null },
    },
  });
  write('summary-2.json', {
    cases: [
      { id: 'broken', file: 'cases/broken.yaml', status: 'failed', diagnostics: [diag('error'), diag('warning')] },
      { id: 'pipe|name', file: 'cases/pipe.yaml', status: 'unchanged', diagnostics: [] },
    ],
  });
  write('summary-2.links.json', {
    v: 1,
    run: { ...run, run_attempt: 1 },
    cases: {
      broken: { status: 'failed', action: 'none', artifact: null, previous: entry('broken', '800', 7) },
      'pipe|name': { status: 'unchanged', action: 'refreshed', artifact: entry('pipe|name', '900', 32) },
    },
  });
  return dir;
}

describe('summarize', () => {
  it('counts drafts apart from failed cases and links each case to the run that holds its artifact', () => {
    const merged = mergeShards(shards(), { shards: 2, run });
    expect(merged.summary).toEqual({
      total: 5,
      rendered: 1,
      unchanged: 2,
      draft: 1,
      failed: 1,
      ok: 0,
      uploaded: 1,
      uploaded_again: 1,
      linked_to_earlier_run: 1,
      upload_failed: 0,
      shards: 2,
      missing_shards: [],
      missing_reports: [],
    });
    const byId = Object.fromEntries(merged.cases.map((c) => [c.id, c]));
    expect(byId['old-letter'].artifact).toMatchObject({
      run_id: '850',
      this_run: false,
      url: 'https://github.com/agency/cases/actions/runs/850/artifacts/12',
      run_url: 'https://github.com/agency/cases/actions/runs/850',
    });
    expect(byId['new-letter'].artifact).toMatchObject({ run_id: '900', this_run: true });
    expect(byId['half-done']).toMatchObject({ errors: 2, artifact: null });
    expect(byId.broken).toMatchObject({ errors: 1, warnings: 1, artifact: null, previous: { run_id: '800' } });
    // Problems first: failed, then draft, then the rest.
    expect(merged.cases.map((c) => c.status)).toEqual(['failed', 'draft', 'rendered', 'unchanged', 'unchanged']);
  });

  it('writes a Markdown table with the counts and the links', () => {
    const text = markdown(mergeShards(shards(), { shards: 2, run }));
    expect(text).toContain('### Appeal cases: 1 rendered, 2 unchanged, 1 draft, 1 failed of 5');
    expect(text).toContain('| Case | Status | Errors | Warnings | Words | Artifact |');
    expect(text).toContain(
      '| old-letter | ✅ unchanged | 0 | 0 | 650 | [appeal-old-letter](https://github.com/agency/cases/actions/runs/850/artifacts/12) from run [850](https://github.com/agency/cases/actions/runs/850) |',
    );
    expect(text).toContain(
      '| new-letter | ✅ rendered | 0 | 1 | 700 | [appeal-new-letter](https://github.com/agency/cases/actions/runs/900/artifacts/31) (this run) |',
    );
    expect(text).toContain('| half-done | 📝 draft | 2 | 0 | 300 | not uploaded (draft) |');
    expect(text).toContain(
      '| broken | ❌ failed | 1 | 1 |  | none; last good: [appeal-broken](https://github.com/agency/cases/actions/runs/800/artifacts/7) (run [800](https://github.com/agency/cases/actions/runs/800)) |',
    );
    expect(text).toContain('| pipe\\|name |');
    expect(text).toContain('(this run, uploaded again)');
  });

  it('fails the run for a failed case, not for a draft', () => {
    const merged = mergeShards(shards(), { shards: 2, run });
    expect(problems(merged)).toEqual(['1 case failed: broken']);
    merged.summary.failed = 0;
    merged.cases = merged.cases.filter((c) => c.status !== 'failed');
    expect(problems(merged)).toEqual([]);
  });

  it('names a shard that sent no summary, and fails the run for it', () => {
    const merged = mergeShards(shards(), { shards: 3, run });
    expect(merged.summary.missing_shards).toEqual([3]);
    expect(markdown(merged)).toContain('Render shard 3 of 3 sent no summary');
    expect(problems(merged)).toContain('render shard 3 sent no summary');
  });

  it('cuts a table too large for a job summary and says where the whole one is', () => {
    const dir = tempDir('appeal-summary-big-');
    const ids = Array.from({ length: 5_000 }, (_, i) => `seller-${String(i).padStart(5, '0')}`);
    writeFileSync(
      path.join(dir, 'summary-1.json'),
      JSON.stringify({ cases: ids.map((id) => ({ id, file: `cases/${id}.yaml`, status: 'unchanged', diagnostics: [] })) }),
    );
    writeFileSync(
      path.join(dir, 'summary-1.links.json'),
      JSON.stringify({
        v: 1,
        run,
        cases: Object.fromEntries(ids.map((id, i) => [id, { status: 'unchanged', action: 'kept', artifact: entry(id, '850', i) }])),
      }),
    );
    const merged = mergeShards(dir, { shards: 1, run });
    const full = markdown(merged);
    const cut = markdown(merged, { maxBytes: 100_000 });
    expect(Buffer.byteLength(full)).toBeGreaterThan(100_000);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(100_000);
    expect(cut).toMatch(/… and [\d,]+ more cases: the whole table is summary\.md in the appeal-summary artifact/);
  });

  it('runs as the summary job runs it, then as the final check', () => {
    const dir = shards();
    const out = path.join(dir, 'merged');
    const env = { ...process.env, GITHUB_REPOSITORY: 'agency/cases', GITHUB_RUN_ID: '900', GITHUB_SERVER_URL: 'https://github.com' };
    const merge = spawnSync(process.execPath, ['ci/summarize.mjs', dir, '--shards', '2', '--out', out], {
      cwd: repoRoot,
      encoding: 'utf8',
      env,
    });
    expect(merge.status).toBe(0);
    expect(merge.stdout).toContain('### Appeal cases:');
    expect(readFileSync(path.join(out, 'summary.md'), 'utf8')).toBe(merge.stdout);
    expect(JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')).summary.draft).toBe(1);
    const check = spawnSync(process.execPath, ['ci/summarize.mjs', '--check', path.join(out, 'summary.json')], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('::error title=appeal cases::1 case failed: broken');
    expect(check.stdout).toContain('::notice title=appeal cases::1 draft case');
  });
});
