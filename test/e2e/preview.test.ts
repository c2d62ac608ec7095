// `appeal preview` in a real browser: the compiled CLI serves a sample case and a case with hostile text
// from a temporary folder; headless Chromium (driven by playwright-core) reads the letter from the pdf.js
// text layer, sees a saved edit appear in place, an invalid save's diagnostic with its line and editor
// link above the last good pages, the fix clear it, and no script run from case text. Plain HTTP requests
// check the refusals (traversal, foreign Host). A screenshot goes to out/test-artifacts/ for CI to keep.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { loadavg } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { editYaml, tempDir } from '../helpers/cli.js';
import { describeWithTools, findTool } from '../helpers/tools.js';
import { compileCli, repoRoot } from '../helpers/outputs.js';

// An installed Chromium or Chrome (CHROMIUM_PATH, Debian's, or Google Chrome where the CI runners have it).
const executablePath = findTool('chromium');
const artifacts = path.join(repoRoot, 'out', 'test-artifacts');

const root = tempDir('appeal-preview-e2e-');
const cases = path.join(root, 'cases');
const sunrise = path.join(cases, 'sunrise-odr', 'case.yaml');
const hostileFile = path.join(cases, 'hostile-text', 'case.yaml');
const out = path.join(root, 'out', '.preview');
const injected = '<img src=x onerror=__pwned=1> <script>__pwned=2</script>';

let child: ChildProcess | undefined;
let output = '';
let browser: Browser | undefined;
let page: Page;
let origin = '';
const consoleProblems: string[] = [];
const foreignRequests: string[] = [];
const timings: { saveToShownMs: number; writtenToShownMs: number; phasesMs: Record<string, number> }[] = [];

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 60_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}; preview output so far:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The text of the drawn pages (the pdf.js text layer), with runs of white space collapsed. */
const pageText = () => page.evaluate(() => (document.getElementById('pages')?.innerText ?? '').replace(/\s+/g, ' '));

/** The text of every page: each is scrolled into view (pages are drawn as they come near it) and read. */
const allPagesText = () =>
  page.evaluate(async () => {
    const viewer = document.getElementById('viewer')!;
    for (const box of document.querySelectorAll<HTMLElement>('#pages .page')) {
      box.scrollIntoView();
      const start = performance.now();
      while (!box.querySelector('.textLayer') && performance.now() - start < 30_000) await new Promise((r) => setTimeout(r, 50));
    }
    viewer.scrollTop = 0;
    return (document.getElementById('pages')!.innerText ?? '').replace(/\s+/g, ' ');
  });

/** Waits until the drawn pages are a new version containing `text`; returns that version's timings. */
async function waitForPages(text: string, notVersion?: string) {
  await page.waitForFunction(
    ([want, old]) => {
      const pages = document.getElementById('pages')!;
      return pages.dataset.version !== old && pages.innerText.replace(/\s+/g, ' ').includes(want);
    },
    [text, notVersion ?? ''] as const,
    { timeout: 60_000, polling: 'raf' },
  );
  return page.evaluate(() => {
    const d = document.getElementById('pages')!.dataset;
    return {
      version: d.version!,
      writtenAt: Number(d.writtenAt),
      receivedAt: Number(d.receivedAt),
      fetchedAt: Number(d.fetchedAt),
      openedAt: Number(d.openedAt),
      shownAt: Number(d.shownAt),
    };
  });
}

function raw(rawPath: string, host = `127.0.0.1:${new URL(origin).port}`): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: Number(new URL(origin).port), path: rawPath, headers: { Host: host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describeWithTools('appeal preview in a browser', ['chromium'], () => {
  beforeAll(async () => {
    compileCli();
    cpSync(path.join(repoRoot, 'cases', 'sunrise-odr'), path.dirname(sunrise), { recursive: true });
    cpSync(path.join(repoRoot, 'cases', 'sunrise-odr'), path.dirname(hostileFile), { recursive: true });
    editYaml(hostileFile, (t) =>
      t
        .replace('id: sunrise-odr', 'id: hostile-text')
        .replace(/(root_causes:\n {2}- id: RC1\n {4}title: ).*\n/, `$1"Packing ${injected}"\n`)
        .replace(
          'cartons with loose paper fill and no insert.',
          `cartons with loose paper fill and no insert. Was it ${injected} the carton?`,
        ),
    );
    child = spawn(process.execPath, ['bin/appeal.js', 'preview', cases, '--out', out, '--port', '0'], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    origin = (await until('the preview URL', () => /Preview: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1]))!;

    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') consoleProblems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => consoleProblems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    child?.kill('SIGINT');
    if (timings.length) {
      mkdirSync(artifacts, { recursive: true });
      const load = loadavg()[0].toFixed(1);
      writeFileSync(
        path.join(artifacts, 'preview-timings.json'),
        `${JSON.stringify({ loadAverage: Number(load), saves: timings }, null, 2)}\n`,
      );
      console.log(
        `preview (load average ${load}): new letter written -> new pages shown: ${timings.map((t) => `${t.writtenToShownMs} ms`).join(', ')}; save -> shown: ${timings.map((t) => `${t.saveToShownMs} ms`).join(', ')}`,
      );
    }
  });

  it('shows the letter’s pages as pdf.js draws them, updates them in place on save, and shows the problems of an invalid save above the last good pages', async () => {
    await page.goto(`${origin}/#${''}`);
    await page.locator('#cases button', { hasText: 'sunrise-odr' }).click();
    const first = await waitForPages('Shenzhen Sunrise Home Goods Co., Ltd.');
    expect(await pageText()).toContain('Plan of Action');
    await expect.poll(() => page.locator('#cases button').count(), { timeout: 60_000 }).toBe(2);
    expect(await page.locator('#cases button[data-state="ready"]', { hasText: 'sunrise-odr' }).count()).toBe(1);
    expect(await page.locator('#case-deadline').innerText()).toMatch(/respond by 2026-11-13/);
    expect(await page.locator('#tabs button:not([disabled])').allInnerTexts()).toEqual(['Letter', 'Evidence index', 'Checklist', 'Bundle']);

    // A valid save: the new text appears without a reload, at the same scroll position.
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 42;
      document.getElementById('viewer')!.scrollTop = 700;
    });
    let version = first.version;
    for (const name of ['SunriseHome Depot', 'SunriseHome Store', 'SunriseHome Corner', 'SunriseHome Outlet']) {
      const savedAt = Date.now();
      editYaml(sunrise, (t) => t.replace(/( {2}store_name: ).*/, `$1${name}`));
      const shown = await waitForPages(`Amazon store: ${name}`, version);
      version = shown.version;
      const w = shown.writtenAt;
      timings.push({
        saveToShownMs: shown.shownAt - savedAt,
        writtenToShownMs: shown.shownAt - w,
        phasesMs: { eventReceived: shown.receivedAt - w, pdfFetched: shown.fetchedAt - w, pdfOpened: shown.openedAt - w },
      });
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
      expect(await page.evaluate(() => document.getElementById('viewer')!.scrollTop)).toBe(700);
    }
    expect(await page.locator('#problems').isHidden()).toBe(true);

    // A save that does not parse: its diagnostic, with the line and an editor link, above the last good pages.
    const brokenLine =
      readFileSync(sunrise, 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('marketplace: US')) + 1;
    editYaml(sunrise, (t) => t.replace('marketplace: US', 'marketplace: [US'));
    const location = page.locator('#diagnostics li .location').first();
    await location.waitFor({ timeout: 60_000 });
    const where = /case\.yaml:(\d+):(\d+)$/.exec(await location.innerText());
    expect(where, await location.innerText()).not.toBeNull();
    expect(Number(where![1])).toBeGreaterThanOrEqual(brokenLine);
    expect(Number(where![1])).toBeLessThanOrEqual(brokenLine + 1);
    expect(await location.getAttribute('href')).toBe(
      `vscode://file${sunrise.startsWith('/') ? '' : '/'}${sunrise
        .replace(/\\/g, '/')
        .split('/')
        .map((s) => (/^[A-Za-z]:$/.test(s) ? s : encodeURIComponent(s)))
        .join('/')}:${where![1]}:${where![2]}`,
    );
    expect(await page.locator('#diagnostics li .rule').first().innerText()).toBe('(yaml)');
    expect(await page.locator('#case-state').innerText()).toMatch(/errors/i);
    expect(await page.locator('#problems-summary').innerText()).toMatch(/last good/);
    expect(await pageText()).toContain('Amazon store: SunriseHome Outlet');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'preview-errors.png') });

    // A value the schema refuses: the message with its fix.
    editYaml(sunrise, (t) => t.replace('marketplace: [US', 'marketplace: UX'));
    await page.waitForFunction(() => /\(schema\)/.test(document.getElementById('diagnostics')!.innerText), undefined, { timeout: 60_000 });
    expect(await page.locator('#diagnostics').innerText()).toMatch(/marketplace[\s\S]*US/);

    // Fixed: the problems clear and the pages are current again.
    editYaml(sunrise, (t) => t.replace('marketplace: UX', 'marketplace: US'));
    await page.locator('#problems').waitFor({ state: 'hidden', timeout: 60_000 });
    expect(await page.locator('#case-state').innerText()).toMatch(/ready/i);
    expect(await pageText()).toContain('Amazon store: SunriseHome Outlet');

    // A content error (an exhibit whose file is missing): the case is a draft; its list is shown above the
    // draft's pages, with the missing file named; fixing it clears both.
    editYaml(sunrise, (t) => t.replace('evidence/cs-rota-2026-11.png', 'evidence/cs-rota-2026-12.png'));
    await page.waitForFunction(() => document.getElementById('pages')!.dataset.source === 'draft', undefined, { timeout: 60_000 });
    expect(await page.locator('#case-state').innerText()).toMatch(/draft/i);
    expect(await page.locator('#diagnostics').innerText()).toContain('cs-rota-2026-12.png');
    expect(await page.locator('#status-line').innerText()).toMatch(/draft pages written/);
    await page.screenshot({ path: path.join(artifacts, 'preview-draft.png') });
    editYaml(sunrise, (t) => t.replace('evidence/cs-rota-2026-12.png', 'evidence/cs-rota-2026-11.png'));
    await page.locator('#problems').waitFor({ state: 'hidden', timeout: 60_000 });
    await page.waitForFunction(() => document.getElementById('pages')!.dataset.source === 'current', undefined, { timeout: 60_000 });

    await page.evaluate(() => (document.getElementById('viewer')!.scrollTop = 0));
    await page.screenshot({ path: path.join(artifacts, 'preview.png') });
  }, 300_000);

  it('shows case text as text: markup in a root cause and in a diagnostic runs nothing', async () => {
    const button = page.locator('#cases button', { hasText: 'hostile-text' });
    const key = await button.getAttribute('data-key');
    await button.click();
    await page.waitForFunction((k) => document.getElementById('pages')!.dataset.key === k, key, { timeout: 60_000 });
    await page.locator('#diagnostics li').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('#diagnostics').innerText()).toContain(`${injected} the carton?`);
    const text = await allPagesText();
    expect(text).toContain(`Packing ${injected}`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('img, script:not([src]), [onerror]').length)).toBe(0);
    // The diagnostic's text is one text node in its element, not parsed markup.
    const message = page.locator('#diagnostics .message', { hasText: 'asks a question' }).first();
    expect(await message.evaluate((el) => el.childNodes.length === 1 && el.firstChild!.nodeType === Node.TEXT_NODE)).toBe(true);
  }, 120_000);

  it('loaded nothing from the network and hit no CSP or script error', () => {
    expect(foreignRequests).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });

  it('refuses traversal and foreign Host names over plain HTTP', async () => {
    expect((await raw('/')).status).toBe(200);
    for (const p of [
      '/page/../../package.json',
      '/page/%2e%2e/%2e%2e/package.json',
      '/page/..%2f..%2fpackage.json',
      '/pdfjs/build/..%2f..%2fpackage.json',
      '//etc/passwd',
      '/%2Fetc%2Fpasswd',
      '/files/x/..%2f..%2fcase.yaml',
    ]) {
      const reply = await raw(p);
      expect(reply.status, p).toBe(404);
      expect(reply.body, p).not.toContain('appeal-kit');
    }
    expect((await raw('/', 'attacker.example')).status).toBe(403);
    expect((await raw('/api/state', `rebind.attacker.example:${new URL(origin).port}`)).status).toBe(403);
  });
});
