// The upload action's script with the artifact client replaced by a recorder: one upload per rendered case,
// none for unchanged, draft, failed or ok cases, the retention passed on, and the map case -> run/artifact
// kept in the cached out/ folder. The last test drives the real CLI: a second build uploads nothing, and a
// change to one case uploads that case only. The upload to GitHub itself can only be seen on GitHub.
import { mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  artifactName,
  effectiveRetention,
  uploadCaseArtifacts,
  type ArtifactClient,
  type ArtifactEntry,
} from '../../ci/upload-case-artifacts/upload.mjs';
import { editYaml, runCli, tempDir } from '../helpers/cli.js';
import { copyCaseAs } from '../helpers/case-copies.js';

interface Call {
  name: string;
  files: string[];
  root: string;
  retentionDays?: number;
}

function recorder(fail: string[] = []): ArtifactClient & { calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    async uploadArtifact(name, files, root, options) {
      if (fail.includes(name)) throw new Error('Failed request: (500) Internal Server Error');
      calls.push({
        name,
        files: files.map((f) => path.relative(root, f).split(path.sep).join('/')).sort(),
        root,
        retentionDays: options?.retentionDays,
      });
      return { id: 1000 + calls.length, size: 1 };
    },
  };
}

const run = { repository: 'agency/cases', runId: '777', runAttempt: '1', serverUrl: 'https://github.com' };
const NOW = new Date('2026-12-01T10:00:00Z');

/** An out/ folder as the CLI leaves it: out/<id> a link (junction on Windows) to out/.store/<id>-<hash>/. */
function caseOutput(out: string, id: string, inputsHash: string, linked = true): void {
  const store = linked ? path.join(out, '.store', `${id}-abc123`) : path.join(out, id);
  mkdirSync(path.join(store, 'sections'), { recursive: true });
  writeFileSync(path.join(store, 'letter.pdf'), '%PDF-1.7\n%%EOF\n');
  writeFileSync(path.join(store, 'sections', '01-opening.txt'), 'Dear Seller Performance,');
  writeFileSync(path.join(store, 'manifest.json'), JSON.stringify({ inputs_hash: inputsHash, outputs: [] }));
  if (linked) symlinkSync(path.resolve(store), path.join(out, id), process.platform === 'win32' ? 'junction' : 'dir');
}

type Status = 'rendered' | 'unchanged' | 'draft' | 'failed' | 'ok';

function shard(root: string, cases: [string, Status][]): string {
  const file = path.join(root, 'shard', 'summary-1.json');
  mkdirSync(path.dirname(file), { recursive: true });
  const out = path.join(root, 'out');
  writeFileSync(
    file,
    JSON.stringify({
      cases: cases.map(([id, status]) => ({
        id,
        file: `cases/${id}/case.yaml`,
        status,
        output:
          status === 'rendered' || status === 'unchanged' ? path.join(out, id) : status === 'draft' ? path.join(out, '.drafts', id) : null,
        diagnostics: status === 'failed' || status === 'draft' ? [{ severity: 'error' }] : [],
      })),
    }),
  );
  return file;
}

const readLinks = (root: string) =>
  JSON.parse(readFileSync(path.join(root, 'out', '.cache', 'ci-artifacts.json'), 'utf8')) as { v: 1; cases: Record<string, ArtifactEntry> };

describe('upload-case-artifacts', () => {
  it('uploads each rendered case once, the link followed to its files, with the retention; nothing for the others', async () => {
    const root = tempDir('appeal-upload-');
    const out = path.join(root, 'out');
    for (const id of ['alpha', 'bravo', 'charlie']) caseOutput(out, id, `hash-${id}`);
    caseOutput(out, 'delta', 'hash-delta', false); // a plain folder (the non-link fallback) works too
    mkdirSync(path.join(out, '.drafts', 'echo'), { recursive: true });
    writeFileSync(path.join(out, '.drafts', 'echo', 'letter.pdf'), 'draft');
    const summaryFile = shard(root, [
      ['alpha', 'rendered'],
      ['bravo', 'rendered'],
      ['delta', 'rendered'],
      ['charlie', 'failed'],
      ['echo', 'draft'],
      ['foxtrot', 'ok'],
    ]);
    const client = recorder();
    const result = await uploadCaseArtifacts({ summaryFile, outRoot: out, retentionDays: 21, run, client, now: () => NOW });

    expect(client.calls.map((c) => c.name)).toEqual(['appeal-alpha', 'appeal-bravo', 'appeal-delta']);
    for (const call of client.calls) {
      expect(call.retentionDays).toBe(21);
      expect(call.files).toEqual(['letter.pdf', 'manifest.json', 'sections/01-opening.txt']);
    }
    expect(client.calls[0].root).toBe(realpathSync(path.join(out, '.store', 'alpha-abc123')));
    expect(result).toMatchObject({ uploaded: 3, refreshed: 0, kept: 0, failures: [], cacheChanged: true });

    const links = readLinks(root);
    expect(Object.keys(links.cases).sort()).toEqual(['alpha', 'bravo', 'delta']);
    expect(links.cases.alpha).toEqual({
      artifact: 'appeal-alpha',
      artifact_id: 1001,
      run_id: '777',
      run_attempt: 1,
      inputs_hash: 'hash-alpha',
      uploaded_at: '2026-12-01T10:00:00.000Z',
      expires_at: '2026-12-22T10:00:00.000Z',
    });
    const report = JSON.parse(readFileSync(result.reportFile, 'utf8'));
    expect(result.reportFile).toBe(path.join(root, 'shard', 'summary-1.links.json'));
    expect(report.run).toEqual({ repository: 'agency/cases', run_id: '777', run_attempt: 1, server_url: 'https://github.com' });
    expect(report.cases.alpha.action).toBe('uploaded');
    expect(report.cases.charlie).toEqual({ status: 'failed', action: 'none', artifact: null });
    expect(report.cases.echo).toEqual({ status: 'draft', action: 'none', artifact: null });
  });

  it('keeps an unchanged case’s earlier artifact; uploads it again when that one is missing, of other inputs or expiring', async () => {
    const root = tempDir('appeal-upload-');
    const out = path.join(root, 'out');
    for (const id of ['kept', 'new-to-map', 'other-inputs', 'expiring', 'gone']) caseOutput(out, id, `hash-${id}`);
    const earlier = (id: string, o: Partial<ArtifactEntry> = {}): ArtifactEntry => ({
      artifact: `appeal-${id}`,
      artifact_id: 5,
      run_id: '700',
      run_attempt: 1,
      inputs_hash: `hash-${id}`,
      uploaded_at: '2026-11-20T00:00:00.000Z',
      expires_at: '2026-12-20T00:00:00.000Z',
      ...o,
    });
    mkdirSync(path.join(out, '.cache'), { recursive: true });
    writeFileSync(
      path.join(out, '.cache', 'ci-artifacts.json'),
      JSON.stringify({
        v: 1,
        cases: {
          kept: earlier('kept'),
          'other-inputs': earlier('other-inputs', { inputs_hash: 'old' }),
          expiring: earlier('expiring', { expires_at: '2026-12-01T20:00:00.000Z' }),
          'other-shard': earlier('other-shard'),
          'long-gone': earlier('long-gone', { expires_at: '2026-11-30T00:00:00.000Z' }),
        },
      }),
    );
    const summaryFile = shard(root, [
      ['kept', 'unchanged'],
      ['new-to-map', 'unchanged'],
      ['other-inputs', 'unchanged'],
      ['expiring', 'unchanged'],
    ]);
    const client = recorder();
    const result = await uploadCaseArtifacts({ summaryFile, outRoot: out, retentionDays: 30, run, client, now: () => NOW });

    expect(client.calls.map((c) => c.name)).toEqual(['appeal-new-to-map', 'appeal-other-inputs', 'appeal-expiring']);
    expect(result).toMatchObject({ uploaded: 0, refreshed: 3, kept: 1 });
    const links = readLinks(root);
    expect(links.cases.kept).toEqual(earlier('kept'));
    expect(links.cases['other-inputs']).toMatchObject({ run_id: '777', inputs_hash: 'hash-other-inputs' });
    expect(links.cases['other-shard']).toEqual(earlier('other-shard')); // not in this summary: left alone
    expect(links.cases['long-gone']).toBeUndefined(); // expired: dropped
    const report = JSON.parse(readFileSync(result.reportFile, 'utf8'));
    expect(report.cases.kept).toEqual({ status: 'unchanged', action: 'kept', artifact: earlier('kept') });
    expect(report.cases.expiring).toMatchObject({ action: 'refreshed', reason: 'earlier artifact expires within a day' });
  });

  it('reports a failed case’s last good artifact as previous, and uploads nothing for it', async () => {
    const root = tempDir('appeal-upload-');
    const out = path.join(root, 'out');
    caseOutput(out, 'broken', 'hash-old');
    const entry: ArtifactEntry = {
      artifact: 'appeal-broken',
      artifact_id: 9,
      run_id: '600',
      run_attempt: 1,
      inputs_hash: 'hash-old',
      uploaded_at: '2026-11-25T00:00:00.000Z',
      expires_at: '2026-12-25T00:00:00.000Z',
    };
    mkdirSync(path.join(out, '.cache'), { recursive: true });
    writeFileSync(path.join(out, '.cache', 'ci-artifacts.json'), JSON.stringify({ v: 1, cases: { broken: entry } }));
    const client = recorder();
    const result = await uploadCaseArtifacts({
      summaryFile: shard(root, [['broken', 'failed']]),
      outRoot: out,
      run,
      client,
      now: () => NOW,
    });
    expect(client.calls).toEqual([]);
    expect(result.cacheChanged).toBe(false);
    expect(JSON.parse(readFileSync(result.reportFile, 'utf8')).cases.broken).toEqual({
      status: 'failed',
      action: 'none',
      artifact: null,
      previous: entry,
    });
  });

  it('refuses a shard with more uploads than a job may create, before uploading any', async () => {
    const root = tempDir('appeal-upload-');
    const out = path.join(root, 'out');
    const ids = ['a', 'b', 'c'];
    for (const id of ids) caseOutput(out, id, id);
    const client = recorder();
    await expect(
      uploadCaseArtifacts({
        summaryFile: shard(
          root,
          ids.map((id) => [id, 'rendered']),
        ),
        outRoot: out,
        run,
        client,
        maxArtifacts: 2,
      }),
    ).rejects.toThrow(/3 cases to upload, more than the 2 artifacts/);
    expect(client.calls).toEqual([]);
  });

  it('goes on after a failed upload, names it, and leaves that case out of the map', async () => {
    const root = tempDir('appeal-upload-');
    const out = path.join(root, 'out');
    for (const id of ['one', 'two', 'three']) caseOutput(out, id, id);
    const client = recorder(['appeal-two']);
    const result = await uploadCaseArtifacts({
      summaryFile: shard(root, [
        ['one', 'rendered'],
        ['two', 'rendered'],
        ['three', 'rendered'],
      ]),
      outRoot: out,
      run,
      client,
    });
    expect(client.calls.map((c) => c.name)).toEqual(['appeal-one', 'appeal-three']);
    expect(result.failures).toEqual(['two: Failed request: (500) Internal Server Error']);
    expect(Object.keys(readLinks(root).cases).sort()).toEqual(['one', 'three']);
    expect(result.cacheChanged).toBe(true);
  });

  it('names artifacts uniquely in a re-run attempt and applies the repository’s shorter retention', async () => {
    expect(artifactName('appeal-', 'x', '1')).toBe('appeal-x');
    expect(artifactName('appeal-', 'x', '3')).toBe('appeal-x-attempt3');
    expect(effectiveRetention(30, '10')).toBe(10);
    expect(effectiveRetention(30, undefined)).toBe(30);
    expect(effectiveRetention(7, '90')).toBe(7);
    const root = tempDir('appeal-upload-');
    const out = path.join(root, 'out');
    caseOutput(out, 'x', 'hx');
    const client = recorder();
    await uploadCaseArtifacts({
      summaryFile: shard(root, [['x', 'rendered']]),
      outRoot: out,
      retentionDays: 30,
      repositoryMaxRetention: '10',
      run: { ...run, runAttempt: '2' },
      client,
      now: () => NOW,
    });
    expect(client.calls).toEqual([expect.objectContaining({ name: 'appeal-x-attempt2', retentionDays: 10 })]);
    expect(readLinks(root).cases.x).toMatchObject({
      artifact: 'appeal-x-attempt2',
      run_attempt: 2,
      expires_at: '2026-12-11T10:00:00.000Z',
    });
  });

  it('rejects a retention outside 1-90 days and a run it cannot name', async () => {
    const root = tempDir('appeal-upload-');
    const summaryFile = shard(root, []);
    await expect(uploadCaseArtifacts({ summaryFile, retentionDays: 0, run, client: recorder() })).rejects.toThrow(/retention-days/);
    await expect(uploadCaseArtifacts({ summaryFile, run: {}, client: recorder() })).rejects.toThrow(/GITHUB_REPOSITORY/);
  });
});

describe('with the real CLI: a push that changes one case renders and uploads that case only', () => {
  it('uploads both cases, then none, then the one edited; the unchanged one keeps pointing at the first run', async () => {
    const root = tempDir('appeal-upload-cli-');
    const cases = path.join(root, 'cases');
    const out = path.join(root, 'out');
    copyCaseAs('sunrise-odr', 'odr-a', root);
    copyCaseAs('sunrise-odr', 'odr-b', root);
    const summaryFile = path.join(root, 'shard', 'summary-1.json');
    const step = async (runId: string) => {
      const build = await runCli(['build', cases, '--out', out, '--summary', summaryFile, '--jobs', '1', '--quiet', '--shard', '1/1']);
      expect(build.code, build.stdout + build.stderr).toBeLessThan(2);
      const client = recorder();
      const result = await uploadCaseArtifacts({ summaryFile, outRoot: out, run: { ...run, runId }, client, now: () => NOW });
      const statuses = Object.fromEntries(
        (JSON.parse(readFileSync(summaryFile, 'utf8')).cases as { id: string; status: string }[]).map((c) => [c.id, c.status]),
      );
      return { uploads: client.calls.map((c) => c.name), statuses, result, files: client.calls[0]?.files ?? [] };
    };

    const first = await step('101');
    expect(first.statuses).toEqual({ 'odr-a': 'rendered', 'odr-b': 'rendered' });
    expect(first.uploads).toEqual(['appeal-odr-a', 'appeal-odr-b']);
    expect(first.files).toEqual(expect.arrayContaining(['letter.pdf', 'letter.docx', 'manifest.json']));

    const second = await step('102');
    expect(second.statuses).toEqual({ 'odr-a': 'unchanged', 'odr-b': 'unchanged' });
    expect(second.uploads).toEqual([]);
    expect(second.result).toMatchObject({ kept: 2, cacheChanged: false });

    editYaml(path.join(cases, 'odr-b', 'case.yaml'), (t) => `${t}\n# edited\n`);
    const third = await step('103');
    expect(third.statuses).toEqual({ 'odr-a': 'unchanged', 'odr-b': 'rendered' });
    expect(third.uploads).toEqual(['appeal-odr-b']);
    const links = readLinks(root);
    expect(links.cases['odr-a'].run_id).toBe('101');
    expect(links.cases['odr-b'].run_id).toBe('103');
  }, 120_000);
});
