// Incremental builds: unchanged cases are skipped by the hash in their manifest; a changed evidence file,
// a changed template, a deleted output, a rebuilt tool or --force rebuild exactly the cases they concern.
import { appendFileSync, cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../helpers/cli.js';
import { copyCaseAs } from '../../helpers/case-copies.js';

const root = tempDir('appeal-incremental-');
const cases = path.join(root, 'cases');
const out = path.join(root, 'out');
const templates = path.join(root, 'templates');

interface JsonCase {
  id: string;
  status: string;
  diagnostics: { severity: string; ruleId: string }[];
}

async function build(...extra: string[]): Promise<Record<string, JsonCase>> {
  const run = await runCli(['build', cases, '--out', out, '--templates', templates, '--json', '--jobs', '1', ...extra]);
  const report = JSON.parse(run.stdout) as { cases: JsonCase[] };
  return Object.fromEntries(report.cases.map((c) => [c.id, c]));
}

const statuses = (r: Record<string, JsonCase>) => Object.fromEntries(Object.entries(r).map(([id, c]) => [id, c.status]));

beforeAll(() => {
  cpSync('templates', templates, { recursive: true });
  copyCaseAs('sunrise-odr', 'odr-a', root);
  copyCaseAs('sunrise-odr', 'odr-b', root);
  copyCaseAs('lumen-design-patent', 'patent-c', root);
});

describe('incremental builds', () => {
  it('renders everything first, then skips every unchanged case and still reports its warnings', async () => {
    const first = await build();
    expect(statuses(first)).toEqual({ 'odr-a': 'rendered', 'odr-b': 'rendered', 'patent-c': 'rendered' });
    const second = await build();
    expect(statuses(second)).toEqual({ 'odr-a': 'unchanged', 'odr-b': 'unchanged', 'patent-c': 'unchanged' });
    for (const id of Object.keys(first))
      expect(second[id].diagnostics.map((d) => d.ruleId)).toEqual(first[id].diagnostics.map((d) => d.ruleId));
  }, 120_000);

  it('rebuilds only the case whose evidence file changed', async () => {
    appendFileSync(path.join(cases, 'odr-b', 'evidence', 'tracked-shipping-agreement.pdf'), '% edited\n');
    expect(statuses(await build())).toEqual({ 'odr-a': 'unchanged', 'odr-b': 'rendered', 'patent-c': 'unchanged' });
  }, 120_000);

  it('rebuilds only the cases whose manifest lists a changed template', async () => {
    const manifest = (id: string) =>
      JSON.parse(readFileSync(path.join(out, id, 'manifest.json'), 'utf8')) as { inputs: { path: string; role: string }[] };
    const used = (id: string) =>
      manifest(id)
        .inputs.filter((i) => i.role === 'template')
        .map((i) => i.path);
    const onlyPatent = used('patent-c').find((t) => !used('odr-a').includes(t) && t.endsWith('.hbs'));
    expect(onlyPatent).toBeDefined();
    const file = path.join(templates, onlyPatent!.replace(/^templates\//, ''));
    writeFileSync(file, `${readFileSync(file, 'utf8')}{{!-- edited --}}\n`);
    expect(statuses(await build())).toEqual({ 'odr-a': 'unchanged', 'odr-b': 'unchanged', 'patent-c': 'rendered' });
  }, 120_000);

  it('rebuilds a case whose output was deleted', async () => {
    rmSync(path.join(out, 'odr-a', 'letter.pdf'));
    expect(statuses(await build())).toEqual({ 'odr-a': 'rendered', 'odr-b': 'unchanged', 'patent-c': 'unchanged' });
  }, 120_000);

  it('rebuilds a case whose record another version of the code wrote (the tool was rebuilt)', async () => {
    const records = path.join(out, '.cache', 'cases');
    const [name] = readdirSync(records).filter((f) => JSON.parse(readFileSync(path.join(records, f), 'utf8')).id === 'odr-b');
    const record = JSON.parse(readFileSync(path.join(records, name), 'utf8'));
    writeFileSync(path.join(records, name), JSON.stringify({ ...record, code: 'another build of the tool' }));
    expect(statuses(await build())).toEqual({ 'odr-a': 'unchanged', 'odr-b': 'rendered', 'patent-c': 'unchanged' });
  }, 120_000);

  it('rebuilds a case without letter.date when SOURCE_DATE_EPOCH changes, and no other', async () => {
    const file = path.join(cases, 'odr-b', 'case.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^letter:\n {2}date: .*\n/m, ''));
    await build();
    const epoch = async (seconds: string) => {
      const run = await runCli(['build', cases, '--out', out, '--templates', templates, '--json', '--jobs', '1'], {
        SOURCE_DATE_EPOCH: seconds,
      });
      return statuses(Object.fromEntries((JSON.parse(run.stdout) as { cases: JsonCase[] }).cases.map((c) => [c.id, c])));
    };
    expect((await epoch('1794000000'))['odr-b']).toBe('rendered');
    expect(await epoch('1794000000')).toEqual({ 'odr-a': 'unchanged', 'odr-b': 'unchanged', 'patent-c': 'unchanged' });
    expect(await epoch('1795000000')).toEqual({ 'odr-a': 'unchanged', 'odr-b': 'rendered', 'patent-c': 'unchanged' });
  }, 180_000);

  it('rebuilds every case with --force', async () => {
    expect(statuses(await build('--force'))).toEqual({ 'odr-a': 'rendered', 'odr-b': 'rendered', 'patent-c': 'rendered' });
  }, 120_000);
});
