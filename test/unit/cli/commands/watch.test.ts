// Watch mode with a real file watcher on a temporary copy: a save re-renders; an invalid save keeps the last good PDF.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startWatcher, type RunningWatcher } from '../../../../src/cli/commands/watch.js';
import { copySampleCase, editYaml, flat, tempDir } from '../../../helpers/cli.js';
import { pdfText } from '../../../helpers/read-pdf.js';

const root = tempDir('appeal-watch-');
const caseDir = copySampleCase('sunrise-odr', root);
const caseFile = path.join(caseDir, 'case.yaml');
const out = path.join(root, 'out');
const pdf = path.join(out, 'sunrise-odr', 'letter.pdf');
let output = '';
let watcher: RunningWatcher;

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out; output so far:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

afterAll(() => watcher?.close());

describe('appeal build --watch', () => {
  it('renders on start, re-renders a saved case, and keeps the last good PDF when a save is invalid', async () => {
    watcher = await startWatcher(
      { paths: [path.join(root, 'cases')], outRoot: out, templatesRoot: 'templates' },
      { stdout: (t) => (output += t), stderr: (t) => (output += t), env: { NO_COLOR: '1' }, isTTY: false },
    );
    await watcher.ready;
    expect(output).toContain('✓ sunrise-odr');
    const firstBytes = readFileSync(pdf);

    editYaml(caseFile, (t) => t.replace(/( {2}store_name: ).*/, '$1SunriseHome Outlet'));
    await until(() => output.split('✓ sunrise-odr').length > 2);
    const secondBytes = readFileSync(pdf);
    expect(Buffer.compare(firstBytes, secondBytes)).not.toBe(0);
    expect(flat(await pdfText(secondBytes))).toContain('SunriseHome Outlet');

    editYaml(caseFile, (t) => t.replace('marketplace: US', 'marketplace: [US'));
    await until(() => /✗ sunrise-odr/.test(output));
    expect(output).toMatch(/case\.yaml:\d+:\d+ {2}error/);
    expect(Buffer.compare(readFileSync(pdf), secondBytes)).toBe(0);
    expect(statSync(pdf).size).toBe(secondBytes.length);
  }, 60_000);
});
