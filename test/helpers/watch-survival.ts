// The real watcher (chokidar, in-process so memory can be read) survives 500 rapid saves that mix valid
// and invalid YAML, editor-style atomic saves (write a temp file, rename it over the case), a case deleted and
// re-created, and an evidence file changing. Afterwards it is still running, out/ matches the final inputs
// (letter text, manifest sha256 of case and evidence) and memory has not grown (RSS printed before and after).
// Used by test/e2e/watch-survival.test.ts (100 saves) and test/stress/watch-survival.test.ts (3,000).
import { appendFileSync, cpSync, existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { startWatcher, type RunningWatcher } from '../../src/cli/commands/watch.js';
import { sha256 } from '../../src/fs.js';
import { collectGarbage, guardedCollections } from '../../src/batch/heap-guard.js';
import { pdfText } from './read-pdf.js';
import { checkOutputFolder, repoRoot, sampleCaseText, tempDir } from './outputs.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const flat = (text: string) => text.replace(/\s+/g, ' ');
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

export async function watchSurvival(saves: number): Promise<void> {
  const { dir: root, cleanup } = tempDir('watch-survival');
  let watcher: RunningWatcher | undefined;
  let ticks = 0;
  let failures = 0;
  let removals = 0;
  let watchErrors = 0;
  let tail = '';
  const io = {
    stdout: (t: string) => {
      ticks += t.split('✓ ').length - 1;
      failures += t.split('✗ ').length - 1;
      removals += t.split('its outputs were deleted').length - 1;
      tail = (tail + t).slice(-20_000);
    },
    stderr: (t: string) => {
      watchErrors++;
      tail = (tail + t).slice(-20_000);
    },
    env: { NO_COLOR: '1' },
    isTTY: false,
  };
  try {
    const cases = path.join(root, 'cases');
    const out = path.join(root, 'out');
    const sunriseDir = path.join(cases, 'sunrise-odr');
    const minimalDir = path.join(cases, 'minimal');
    cpSync(path.join(repoRoot, 'cases', 'sunrise-odr'), sunriseDir, { recursive: true });
    cpSync(path.join(repoRoot, 'test', 'fixtures', 'minimal'), minimalDir, { recursive: true });
    const sunrise = path.join(sunriseDir, 'case.yaml');
    const minimal = path.join(minimalDir, 'case.yaml');
    const minimalText = readFileSync(minimal, 'utf8');
    const rota = path.join(sunriseDir, 'evidence', 'cs-rota-2026-11.png');

    const valid = (n: number) => sampleCaseText.replace(/^( {2}store_name: ).*$/m, `$1Marker${n}Store`);
    const invalid = [
      (n: number) => valid(n).replace('marketplace: US', 'marketplace: [US'), // YAML syntax error
      (n: number) => valid(n).replace('marketplace: US', 'marketplace: US\nmarketplace: DE'), // duplicate key
      (n: number) => valid(n).replace(/^( {2}attempt: ).*$/m, '$1first'), // wrong type
      (n: number) => valid(n).slice(0, 200 + (n % 500)), // a save caught half-written
      () => '', // an empty file
    ];
    const minimalValid = (n: number) => minimalText.replace(/^( {2}store_name: ).*$/m, `$1Mini${n}Store`);

    watcher = await startWatcher({ paths: [cases], outRoot: out, templatesRoot: path.join(repoRoot, 'templates') }, io);
    await watcher.ready;
    expect(ticks).toBe(2);
    // Load the PDF reader the checks below use now, so its memory is in both figures.
    expect(flat(await pdfText(readFileSync(path.join(out, 'sunrise-odr', 'letter.pdf'))))).toContain('SunriseHome');
    const gcAvailable = collectGarbage();
    const guardedBefore = guardedCollections();
    const rssBefore = process.memoryUsage().rss;
    const heapBefore = process.memoryUsage().heapUsed;
    const externalBefore = process.memoryUsage().external;

    const rssSeries: number[] = [];
    const heapSeries: number[] = [];
    let lastValid = -1;
    let minimalDeleted = false;
    let minimalLast = -1;
    let evidenceChanges = 0;
    let atomicSaves = 0;
    let validSaves = 0;
    let deletions = 0;
    const started = Date.now();
    for (let i = 0; i < saves; i++) {
      const isLast = i === saves - 1;
      // Every third save is invalid; so is the one before each pause, which waits until it is reported (saves made
      // while a round runs are gathered into one, so an invalid save among quick ones may never be built alone).
      const reported = !isLast && i % 60 === 59;
      const bad = !isLast && (i % 3 === 1 || reported);
      const text = bad ? invalid[i % invalid.length](i) : valid(i);
      if (!bad) (lastValid = i), validSaves++;
      if (i % 4 === 2) {
        // Editor-style: write a temp file beside the case (a dot file, or a .tmp one), then rename it over the case.
        const temp = path.join(sunriseDir, i % 8 === 2 ? `.case.yaml.${i}.swp` : `case.yaml.${i}.tmp`);
        writeFileSync(temp, text);
        renameSync(temp, sunrise);
        atomicSaves++;
      } else writeFileSync(sunrise, text);

      if (i % 100 === 40) {
        // The evidence file changes (more bytes after the PNG's end: still a PNG, a new sha256).
        appendFileSync(rota, `appeal-kit watch test ${i}\n`);
        evidenceChanges++;
      }
      if (i % 125 === 60 && !minimalDeleted) {
        const removedBefore = removals;
        unlinkSync(minimal);
        minimalDeleted = true;
        deletions++;
        // Until the watcher reports the deletion (its outputs removed), so the re-creation below is not seen as a replace.
        for (const until = Date.now() + 60_000; removals === removedBefore && Date.now() < until; ) await sleep(20);
      } else if (minimalDeleted && i % 125 === 90) {
        writeFileSync(minimal, minimalValid(i));
        minimalDeleted = false;
        minimalLast = i;
      } else if (!minimalDeleted && i % 50 === 20) {
        writeFileSync(minimal, i % 100 === 20 ? minimalValid(i) : minimalValid(i).replace('type: order-defect-rate', 'type: [')); // valid, or broken
        if (i % 100 === 20) minimalLast = i;
      }
      // Rapid saves, a few ms apart; now and then a pause until the invalid save just made is reported.
      if (reported) {
        const before = failures;
        for (const until = Date.now() + 60_000; failures === before && Date.now() < until; ) await sleep(20);
      } else await sleep(3);
      if (i % 100 === 99) {
        // RSS every 100 saves, once the watcher is idle (no forced GC here: what the watcher does on its own).
        await watcher.session.idle();
        rssSeries.push(process.memoryUsage().rss);
        heapSeries.push(process.memoryUsage().heapUsed);
      }
    }
    if (minimalDeleted) {
      writeFileSync(minimal, minimalValid(saves));
      minimalLast = saves;
    } else if (readFileSync(minimal, 'utf8') !== minimalValid(minimalLast)) {
      writeFileSync(minimal, minimalValid(saves));
      minimalLast = saves;
    }
    const savingSeconds = (Date.now() - started) / 1000;

    // Let the watcher settle: chokidar's atomic-save delay, the debounce, and any rebuild in flight. On a busy
    // machine a rebuild takes seconds and chokidar reports late, so wait (up to 60 s) until both manifests name
    // the final case files, at least three rounds of quiet; a lost event would never converge and fails below.
    const sunriseOut = path.join(out, 'sunrise-odr');
    const minimalOut = path.join(out, 'minimal-odr');
    const caseHash = (folder: string) => {
      try {
        return (
          JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as { inputs: { role: string; sha256: string }[] }
        ).inputs.find((x) => x.role === 'case')?.sha256;
      } catch {
        return undefined;
      }
    };
    const settleStarted = Date.now();
    for (let k = 0; Date.now() - settleStarted < 60_000; k++) {
      await sleep(400);
      await watcher.session.idle();
      if (k >= 2 && caseHash(sunriseOut) === sha256(readFileSync(sunrise)) && caseHash(minimalOut) === sha256(readFileSync(minimal))) break;
    }
    const settleSeconds = (Date.now() - settleStarted) / 1000;

    // The final outputs match the final inputs.
    for (const folder of [sunriseOut, minimalOut]) {
      const check = checkOutputFolder(folder, { qpdf: false });
      expect(check.problems, folder).toEqual([]);
    }
    const letter = flat(await pdfText(readFileSync(path.join(sunriseOut, 'letter.pdf'))));
    expect(letter).toContain(`Marker${lastValid}Store`);
    const manifest = JSON.parse(readFileSync(path.join(sunriseOut, 'manifest.json'), 'utf8')) as {
      inputs: { path: string; role: string; sha256: string }[];
    };
    expect(manifest.inputs.find((x) => x.role === 'case')!.sha256).toBe(sha256(readFileSync(sunrise)));
    for (const input of manifest.inputs.filter((x) => x.role === 'evidence')) {
      expect(input.sha256, input.path).toBe(sha256(readFileSync(path.join(sunriseDir, input.path))));
    }
    const minimalManifest = JSON.parse(readFileSync(path.join(minimalOut, 'manifest.json'), 'utf8')) as {
      inputs: { role: string; sha256: string }[];
    };
    expect(minimalManifest.inputs.find((x) => x.role === 'case')!.sha256).toBe(sha256(readFileSync(minimal)));
    expect(flat(await pdfText(readFileSync(path.join(minimalOut, 'letter.pdf'))))).toContain(`Mini${minimalLast}Store`);
    expect(existsSync(path.join(root, 'cases', 'sunrise-odr', '.staging'))).toBe(false);

    // Still running: one more save is picked up and rendered.
    const ticksBefore = ticks;
    writeFileSync(sunrise, valid(saves + 1));
    const deadline = Date.now() + 30_000;
    while (ticks === ticksBefore && Date.now() < deadline) await sleep(50);
    await watcher.session.idle();
    expect(ticks, tail).toBeGreaterThan(ticksBefore);
    expect(flat(await pdfText(readFileSync(path.join(sunriseOut, 'letter.pdf'))))).toContain(`Marker${saves + 1}Store`);

    collectGarbage();
    const rssAfter = process.memoryUsage().rss;
    const heapAfter = process.memoryUsage().heapUsed;
    const externalAfter = process.memoryUsage().external;
    console.log(
      `watch survival: saves survived ${saves} in ${savingSeconds.toFixed(1)} s, settled in ${settleSeconds.toFixed(1)} s (${atomicSaves} atomic temp+rename saves, ` +
        `${validSaves} valid, ${evidenceChanges} evidence changes, ${deletions} case deletions and re-creations); ` +
        `rebuild rounds ${watcher.session.rounds} (${guardedCollections() - guardedBefore} full GCs by the heap guard), ✓ ${ticks} ✗ ${failures}; ` +
        `RSS before ${mb(rssBefore)} after ${mb(rssAfter)} (growth ${mb(rssAfter - rssBefore)}); heap before ${mb(heapBefore)} after ${mb(heapAfter)}; external (buffers) before ${mb(externalBefore)} after ${mb(externalAfter)}` +
        (gcAvailable ? ' (after a forced GC)' : ' (no forced GC available)') +
        `; every 100 saves, RSS ${rssSeries.map((r) => (r / 1048576).toFixed(0)).join(' ')} MB, heap ${heapSeries.map((r) => (r / 1048576).toFixed(0)).join(' ')} MB`,
    );
    expect(watcher.session.rounds).toBeGreaterThan(3);
    expect(removals, tail).toBe(deletions); // each deletion was seen as one (its outputs removed), then re-created
    expect(watchErrors, tail).toBe(0);
    expect(failures).toBeGreaterThan(0); // the invalid saves were reported, not swallowed
    expect(rssAfter - rssBefore).toBeLessThan(150 * 1048576);
    expect(heapAfter - heapBefore).toBeLessThan(100 * 1048576);
    if (rssSeries.length >= 10) {
      // Long runs: memory levels off. Without the watcher's heap guard the heap climbed ~15 MB and RSS ~16 MB
      // per 100 saves without end (1,500 saves: heap 132 -> 340 MB, RSS 310 -> 535 MB); with it the heap saws
      // between ~105 and ~190 MB and RSS stops rising (1,500 saves: 287 ... 379 379 379 MB).
      const half = rssSeries.length >> 1;
      const peak = (xs: number[]) => Math.max(...xs);
      expect(peak(rssSeries.slice(half)) - peak(rssSeries.slice(0, half)), 'RSS still rising in the second half').toBeLessThan(
        60 * 1048576,
      );
      expect(peak(heapSeries)).toBeLessThan(2.5 * heapBefore);
    }
  } finally {
    await watcher?.close();
    cleanup();
  }
}
