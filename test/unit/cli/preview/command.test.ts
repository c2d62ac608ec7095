// `appeal preview` in-process: it renders into its own folder (so `appeal build` can run beside it), serves
// the state of every case, and refuses a bad --port as a usage error.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startPreview, type RunningPreview } from '../../../../src/cli/commands/preview.js';
import { copySampleCase, runCli, tempDir } from '../../../helpers/cli.js';

let running: RunningPreview | undefined;
afterAll(() => running?.close());

describe('appeal preview', () => {
  it('renders into its own folder, serves the cases’ state, and lets `appeal build` write out/ beside it', async () => {
    const root = tempDir('appeal-preview-command-');
    copySampleCase('thistle-late-shipment', root);
    const cases = path.join(root, 'cases');
    const previewOut = path.join(root, 'out', '.preview');
    let stdout = '';
    running = await startPreview(
      { paths: [cases], outRoot: previewOut, templatesRoot: 'templates', port: 0 },
      { stdout: (t) => (stdout += t), stderr: (t) => (stdout += t), env: { NO_COLOR: '1' }, isTTY: false },
    );
    expect(stdout).toMatch(/^Preview: http:\/\/127\.0\.0\.1:\d+\/ /);
    expect(stdout).toContain('✓ thistle-late-shipment');
    expect(existsSync(path.join(previewOut, 'thistle-late-shipment', 'letter.pdf'))).toBe(true);
    expect(existsSync(path.join(root, 'out', 'thistle-late-shipment'))).toBe(false);

    const state = (await (await fetch(new URL('/api/state', running.url))).json()) as {
      building: boolean;
      cases: { id: string; state: string; pages: { docs: Record<string, string> } }[];
    };
    expect(state.building).toBe(false);
    expect(state.cases).toMatchObject([{ id: 'thistle-late-shipment', state: 'ready' }]);
    const letter = await fetch(new URL(state.cases[0].pages.docs.letter, running.url));
    expect(letter.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await letter.arrayBuffer()).equals(readFileSync(path.join(previewOut, 'thistle-late-shipment', 'letter.pdf')))).toBe(
      true,
    );

    const build = await runCli(['build', cases, '--out', path.join(root, 'out')]);
    expect(build.code).toBe(0);
    expect(existsSync(path.join(root, 'out', 'thistle-late-shipment', 'letter.pdf'))).toBe(true);
    expect(existsSync(path.join(previewOut, 'thistle-late-shipment', 'letter.pdf'))).toBe(true);
  }, 120_000);

  it('takes --port as a number from 0 to 65535', async () => {
    const run = await runCli(['preview', '--port', 'http']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--port takes a port number from 0 to 65535 (got "http")');
    expect((await runCli(['preview', '--port', '70000'])).code).toBe(2);
  });
});
