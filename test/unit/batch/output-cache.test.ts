// The output cache: a rebuild after an edit re-renders only the outputs made from what changed, and the set it
// writes is byte for byte the set a clean build of the edited cases writes into a fresh out/.
import { cpSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../helpers/cli.js';
import { cachedOutput, collectOutputCache, renderedOutputs } from '../../../src/case/output-cache.js';
import { copyCaseAs, treeHashes } from '../../helpers/case-copies.js';

const root = tempDir('appeal-output-cache-');
const cases = path.join(root, 'cases');
const templates = path.join(root, 'templates');

async function build(out: string, ...extra: string[]): Promise<Record<string, string>> {
  const run = await runCli(['build', cases, '--out', out, '--templates', templates, '--json', '--jobs', '1', ...extra], {
    SOURCE_DATE_EPOCH: '1794000000',
  });
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as { cases: { id: string; status: string }[] };
  return Object.fromEntries(report.cases.map((c) => [c.id, c.status]));
}

/** What each kind of output was rendered (not taken from the cache) during `action`. */
async function rendersDuring(action: () => Promise<unknown>): Promise<Record<string, number>> {
  const before = new Map(renderedOutputs);
  await action();
  const counts: Record<string, number> = {};
  for (const [kind, n] of renderedOutputs) if (n !== (before.get(kind) ?? 0)) counts[kind] = n - (before.get(kind) ?? 0);
  return counts;
}

/** Every output of out/ except the caches and the stored versions behind the links. */
const outputs = (out: string) => treeHashes(out);

beforeAll(() => {
  cpSync('templates', templates, { recursive: true });
  copyCaseAs('northwind-counterfeit', 'counterfeit', root);
  copyCaseAs('solano-ip-trademark', 'trademark', root);
});

describe('per-output cache', () => {
  const out = path.join(root, 'out');

  it('a root-cause edit re-renders the letter (and what counts its text), not the bundle, and matches a clean build', async () => {
    const first = await rendersDuring(() => build(out));
    expect(first.bundle).toBe(2);
    expect(first.letter).toBe(2);
    expect(first.attachments).toBe(1);

    const file = path.join(cases, 'counterfeit', 'case.yaml');
    const text = readFileSync(file, 'utf8');
    const edited = text.replace(/(root_causes:\n {2}- id: RC1\n {4}title: )(.*)/, '$1$2, found in the goods-in check');
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);

    let statuses: Record<string, string> = {};
    const second = await rendersDuring(async () => (statuses = await build(out)));
    expect(statuses).toEqual({ counterfeit: 'rendered', trademark: 'unchanged' });
    expect(second.letter).toBe(1);
    expect(second.bundle).toBeUndefined();
    expect(second.index).toBeUndefined();

    const clean = path.join(root, 'out-clean');
    const fresh = await rendersDuring(() => build(clean));
    expect(fresh.bundle).toBe(2);
    const [incremental, full] = [outputs(out), outputs(clean)];
    expect(Object.keys(incremental).length).toBeGreaterThan(20);
    expect(incremental).toEqual(full);
  }, 240_000);

  it('a letter template edit re-renders the letters only, and matches a clean build', async () => {
    const template = path.join(templates, 'en', 'remediate.hbs');
    const text = readFileSync(template, 'utf8');
    writeFileSync(template, text.replace('{{opening}}\n', '{{opening}} We have read the notice in full.\n'));
    let statuses: Record<string, string> = {};
    const counts = await rendersDuring(async () => (statuses = await build(out)));
    expect(statuses).toEqual({ counterfeit: 'rendered', trademark: 'rendered' });
    expect(counts.letter).toBe(2);
    expect(counts.bundle).toBeUndefined();
    expect(counts.index).toBeUndefined();
    expect(counts.attachments).toBeUndefined();

    const clean = path.join(root, 'out-clean-2');
    await build(clean);
    expect(outputs(out)).toEqual(outputs(clean));
  }, 240_000);

  it('--force renders every output again, with the same bytes', async () => {
    const before = outputs(out);
    const counts = await rendersDuring(() => build(out, '--force'));
    expect(counts.bundle).toBe(2);
    expect(outputs(out)).toEqual(before);
  }, 240_000);
});

describe('output cache store', () => {
  const dir = path.join(root, 'store');
  const cache = { dir, read: true };
  const file = (text: string) => ({ files: [{ path: 'a', bytes: new TextEncoder().encode(text) }], meta: { text } });
  const entries = () => readdirSync(dir).flatMap((shard) => readdirSync(path.join(dir, shard)).map((name) => path.join(dir, shard, name)));

  it('returns a stored output (bytes and facts), renders again when an entry is damaged, and drops the least recently used first', async () => {
    let produced = 0;
    const produce = (text: string) => async () => (produced++, file(text));
    expect((await cachedOutput(cache, 'k', { n: 1 }, produce('one'))).meta).toEqual({ text: 'one' });
    const again = await cachedOutput(cache, 'k', { n: 1 }, produce('not used'));
    expect(produced).toBe(1);
    expect(new TextDecoder().decode(again.files[0].bytes)).toBe('one');
    expect(again.meta).toEqual({ text: 'one' });

    // A byte flipped in the stored payload: the checksum fails and the output is produced again.
    const [stored] = entries();
    const bytes = readFileSync(stored);
    bytes[bytes.length - 1] ^= 1;
    writeFileSync(stored, bytes);
    expect(new TextDecoder().decode((await cachedOutput(cache, 'k', { n: 1 }, produce('one'))).files[0].bytes)).toBe('one');
    expect(produced).toBe(2);

    await cachedOutput(cache, 'k', { n: 2 }, produce('two'));
    await cachedOutput(cache, 'k', { n: 3 }, produce('three'));
    const all = entries();
    expect(all).toHaveLength(3);
    // Entry 1 used longest ago, entry 3 most recently.
    const sizes = all.map((f) => readFileSync(f).length);
    all.forEach((f) => {
      const text = readFileSync(f).toString('latin1');
      const age = text.includes('"one"') ? 300 : text.includes('"two"') ? 200 : 100;
      utimesSync(f, new Date(Date.now() - age * 1000), new Date(Date.now() - age * 1000));
    });
    const result = await collectOutputCache(dir, Math.max(...sizes) * 2 + 1);
    expect(result).toEqual({ kept: 2, removed: 1 });
    expect(
      entries()
        .map((f) => readFileSync(f).toString('latin1'))
        .some((t) => t.includes('"one"')),
    ).toBe(false);
  });
});
