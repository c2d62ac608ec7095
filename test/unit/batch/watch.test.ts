// Watch mode, driven through its exported change handler (no file-system timing): a save that breaks a case
// refreshes its draft each time and keeps the ready set; the fix removes the draft; appeal-words.json
// rebuilds every case (a broken one is reported and the old lists kept); a deleted case takes its draft
// along. One test runs the real watcher to show the word list is watched even when it does not exist yet.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWatchSession, startWatcher, type RunningWatcher, type WatchSession } from '../../../src/batch/watch.js';
import type { CaseResult } from '../../../src/model/result.js';
import { editYaml, tempDir } from '../../helpers/cli.js';
import { renderedOutputs } from '../../../src/case/output-cache.js';
import { pdfText } from '../../helpers/read-pdf.js';

function setUp() {
  const root = tempDir('appeal-watch-unit-');
  const dir = path.join(root, 'cases', 'minimal');
  cpSync('test/fixtures/minimal', dir, { recursive: true });
  return {
    root,
    cases: path.join(root, 'cases'),
    file: path.join(dir, 'case.yaml'),
    out: path.join(root, 'out'),
    words: path.join(root, 'appeal-words.json'),
  };
}

const draftDir = (out: string) => path.join(out, '.drafts', 'minimal-odr');
const csv = (dir: string) => readFileSync(path.join(dir, 'evidence-index.csv'), 'utf8');

let running: RunningWatcher | undefined;
afterAll(() => running?.close());

describe('watch mode', { timeout: 240_000 }, () => {
  it('refreshes the draft on every save, keeps the ready set meanwhile, and removes the draft once the case is ready', async () => {
    const t = setUp();
    const seen: CaseResult[] = [];
    const removed: CaseResult[] = [];
    const session: WatchSession = await createWatchSession(
      { paths: [t.cases], outRoot: t.out, templatesRoot: 'templates', wordsFile: t.words, debounceMs: 5 },
      { onResult: (r) => seen.push(r), onRemoved: (r) => removed.push(r) },
    );
    expect(seen.map((r) => r.state)).toEqual(['rendered']);
    const ready = readFileSync(path.join(t.out, 'minimal-odr', 'letter.pdf'));
    const save = async (edit: (text: string) => string) => {
      editYaml(t.file, edit);
      session.handleChange('change', t.file);
      await session.idle();
      return seen[seen.length - 1];
    };

    expect((await save((x) => x.replace('evidence/rota.png', 'evidence/rota-v2.png'))).state).toBe('draft');
    expect(csv(draftDir(t.out))).toMatch(/Customer service rota, November 2026 \(not enclosed/);
    expect(
      (await save((x) => x.replace('evidence/rota-v2.png', 'evidence/rota.png').replace('evidence/refunds.pdf', 'evidence/refunds-v2.pdf')))
        .state,
    ).toBe('draft');
    expect(csv(draftDir(t.out))).toMatch(/Refund records for the two claim orders \(not enclosed/);
    expect(csv(draftDir(t.out))).not.toMatch(/rota, November 2026 \(not enclosed/);
    expect(Buffer.compare(readFileSync(path.join(t.out, 'minimal-odr', 'letter.pdf')), ready)).toBe(0);

    // An evidence file the case names is watched too: creating it makes the case ready.
    cpSync(path.join(path.dirname(t.file), 'evidence/refunds.pdf'), path.join(path.dirname(t.file), 'evidence/refunds-v2.pdf'));
    session.handleChange('add', path.join(path.dirname(t.file), 'evidence/refunds-v2.pdf'));
    await session.idle();
    expect(seen[seen.length - 1].state).toBe('rendered');
    expect(existsSync(draftDir(t.out))).toBe(false);

    // A case file deleted while it has a draft: its outputs and its draft go.
    await save((x) => x.replace('evidence/rota.png', 'evidence/rota-v3.png'));
    expect(existsSync(draftDir(t.out))).toBe(true);
    rmSync(t.file);
    session.handleChange('unlink', t.file);
    await session.idle();
    expect(removed.map((r) => r.id)).toEqual(['minimal-odr']);
    expect(existsSync(path.join(t.out, 'minimal-odr'))).toBe(false);
    expect(existsSync(draftDir(t.out))).toBe(false);
  });

  it("rebuilds every case when the user's word list changes, and keeps the last good lists when it is broken", async () => {
    const t = setUp();
    const seen: CaseResult[] = [];
    const errors: string[] = [];
    const session = await createWatchSession(
      { paths: [t.cases], outRoot: t.out, templatesRoot: 'templates', wordsFile: t.words, debounceMs: 5 },
      { onResult: (r) => seen.push(r), onRemoved: () => {}, onError: (e) => errors.push(e.message) },
    );
    expect(seen[0].diagnostics.filter((d) => d.ruleId === 'L06')).toEqual([]);

    writeFileSync(t.words, JSON.stringify({ pleading: ['refunded both claim orders'] }));
    session.handleChange('add', t.words);
    await session.idle();
    expect(session.rounds).toBe(1);
    expect(seen).toHaveLength(2);
    expect(seen[1].diagnostics.find((d) => d.ruleId === 'L06')?.message).toContain('"refunded both claim orders"');

    writeFileSync(t.words, '{ "pleading": [');
    session.handleChange('change', t.words);
    await session.idle();
    expect(errors).toEqual([expect.stringMatching(/^.*appeal-words\.json: .*; the word lists stay as they were$/s)]);
    expect(session.rounds).toBe(1);

    rmSync(t.words);
    session.handleChange('unlink', t.words);
    await session.idle();
    expect(session.rounds).toBe(2);
    expect(seen[2].diagnostics.filter((d) => d.ruleId === 'L06')).toEqual([]);
  });

  it('starts on the first change, gathers the saves made while it renders into one more round, and takes the bundle from the cache', async () => {
    const t = setUp();
    const seen: CaseResult[] = [];
    let session: WatchSession | undefined;
    let saveDuringRound = false;
    const onResult = (r: CaseResult) => {
      seen.push(r);
      if (!saveDuringRound) return;
      // Two more saves (and a duplicate event, as editors send) while the first round is still running.
      saveDuringRound = false;
      editYaml(t.file, (x) => x.replace(/store_name: .*/, 'store_name: SunriseHome Third'));
      session!.handleChange('change', t.file);
      session!.handleChange('change', t.file);
    };
    session = await createWatchSession(
      { paths: [t.cases], outRoot: t.out, templatesRoot: 'templates', wordsFile: t.words },
      { onResult, onRemoved: () => {} },
    );
    const bundlesBefore = renderedOutputs.get('bundle') ?? 0;
    const lettersBefore = renderedOutputs.get('letter') ?? 0;
    saveDuringRound = true;
    editYaml(t.file, (x) => x.replace(/store_name: .*/, 'store_name: SunriseHome Second'));
    session.handleChange('change', t.file);
    await session.idle();
    expect(session.rounds).toBe(2);
    expect(seen.map((r) => r.state)).toEqual(['rendered', 'rendered', 'rendered']);
    const letter = readFileSync(path.join(t.out, 'minimal-odr', 'letter.pdf'));
    expect(await pdfText(letter)).toContain('SunriseHome Third');
    // The store name is printed on the bundle's stamps, so it was rendered again; the letter twice, once per round.
    expect((renderedOutputs.get('letter') ?? 0) - lettersBefore).toBe(2);
    expect((renderedOutputs.get('bundle') ?? 0) - bundlesBefore).toBe(2);

    // A root-cause edit: the letter again, the bundle from the cache.
    editYaml(t.file, (x) =>
      x.replace('Buyer messages unanswered during the office closure', 'Buyer messages left unanswered during the office closure'),
    );
    session.handleChange('change', t.file);
    await session.idle();
    expect(session.rounds).toBe(3);
    expect((renderedOutputs.get('letter') ?? 0) - lettersBefore).toBe(3);
    expect((renderedOutputs.get('bundle') ?? 0) - bundlesBefore).toBe(2);
    const manifest = JSON.parse(readFileSync(path.join(t.out, 'minimal-odr', 'manifest.json'), 'utf8')) as {
      outputs: { path: string; sha256: string }[];
    };
    const letterNow = readFileSync(path.join(t.out, 'minimal-odr', 'letter.pdf'));
    expect(manifest.outputs.find((o) => o.path === 'letter.pdf')?.sha256).toBe(createHash('sha256').update(letterNow).digest('hex'));
  });

  it('rebuilds a save whose change event was lost: the round read the emptied file, the rest was written after it', async () => {
    const t = setUp();
    const seen: CaseResult[] = [];
    let writeRest: (() => void) | undefined;
    const onResult = (r: CaseResult) => {
      seen.push(r);
      writeRest?.();
      writeRest = undefined;
    };
    const session = await createWatchSession(
      { paths: [t.cases], outRoot: t.out, templatesRoot: 'templates', wordsFile: t.words },
      { onResult, onRemoved: () => {} },
    );
    editYaml(t.file, (x) => x.replace('marketplace: US', 'marketplace: UX'));
    session.handleChange('change', t.file);
    await session.idle();
    expect(seen.map((r) => r.state)).toEqual(['rendered', 'failed']);
    expect(seen[1].diagnostics.map((d) => d.ruleId)).toContain('schema');

    // The fix, saved as two writes: the file emptied (its event handled at once), then its text, written only
    // once the round has read the empty file; chokidar drops the second event (within 50 ms of the first).
    const fixed = readFileSync(t.file, 'utf8').replace('marketplace: UX', 'marketplace: US');
    writeFileSync(t.file, '');
    writeRest = () => writeFileSync(t.file, fixed);
    session.handleChange('change', t.file);
    await session.idle();
    expect(seen).toHaveLength(4);
    expect(seen[2].state).toBe('failed');
    // The case as saved: ready again, with the set of its last good build (the text is the same).
    expect(seen[3].state).toBe('unchanged');
    expect(seen[3].diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(session.results.get(path.resolve(t.file))).toBe(seen[3]);
    await session.close();
  });

  it('the real watcher sees the word list appear, although it did not exist when watching began', async () => {
    const t = setUp();
    const seen: CaseResult[] = [];
    running = await startWatcher(
      { paths: [t.cases], outRoot: t.out, templatesRoot: 'templates', wordsFile: t.words },
      { onResult: (r) => seen.push(r), onRemoved: () => {}, onError: () => {} },
    );
    await running.ready;
    expect(seen).toHaveLength(1);
    writeFileSync(t.words, JSON.stringify({ pleading: ['refunded both claim orders'] }));
    const started = Date.now();
    while (seen.length < 2 && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 100));
    expect(seen[1]?.diagnostics.some((d) => d.ruleId === 'L06')).toBe(true);
  });
});
