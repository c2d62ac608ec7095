// The preview server over real HTTP: the page, pdf.js and a case's documents are served; traversal, other
// Host names and other methods are refused; the event stream announces every change; a taken port is skipped.
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCaseOutputs } from '../../../../src/fs.js';
import { PreviewState } from '../../../../src/cli/preview/state.js';
import { listen, startPreviewServer, type PreviewServer } from '../../../../src/cli/preview/server.js';
import { tempDir } from '../../../helpers/cli.js';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A raw request: the path goes out exactly as written (fetch would normalise `..`). */
function get(port: number, rawPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method, headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const root = tempDir('appeal-preview-server-');
const out = path.join(root, 'out');
const file = path.join(root, 'cases', 'acme.yaml');
const letter = new TextEncoder().encode('%PDF-1.7 the letter');
let state: PreviewState;
let server: PreviewServer;
let key: string;

beforeAll(async () => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, 'id: acme\n');
  writeFileSync(path.join(root, 'secret.txt'), 'secret');
  await writeCaseOutputs(out, 'acme', [
    { path: 'letter.pdf', bytes: letter },
    { path: 'manifest.json', bytes: new TextEncoder().encode('{}') },
  ]);
  state = new PreviewState({ outRoot: out, cwd: root, today: () => '2026-10-15' });
  await state.update({ state: 'unchanged', file, id: 'acme', diagnostics: [], silenced: [], outputs: [] });
  key = state.view().cases[0].key;
  server = await startPreviewServer({ state, port: 0 });
});
afterAll(() => server?.close());

describe('the preview server', () => {
  it('listens on 127.0.0.1 and serves the page with a strict Content-Security-Policy', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const page = await get(server.port, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body.toString()).toContain('<script type="module" src="/page/app.js"></script>');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    for (const asset of ['/page/app.js', '/page/style.css']) expect((await get(server.port, asset)).status, asset).toBe(200);
    const lib = await get(server.port, '/pdfjs/build/pdf.min.mjs', {}, 'HEAD');
    expect(lib.status).toBe(200);
    expect(lib.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get(server.port, '/pdfjs/build/pdf.worker.min.mjs', {}, 'HEAD')).status).toBe(200);
  });

  it('serves a case’s documents by name and the state as JSON', async () => {
    const reply = await get(server.port, `/files/${key}/letter?v=1`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/pdf');
    expect(reply.body.toString()).toBe('%PDF-1.7 the letter');
    const json = JSON.parse((await get(server.port, '/api/state')).body.toString());
    expect(json.cases[0]).toMatchObject({ id: 'acme', state: 'ready' });
  });

  it('answers 404 to traversal, absolute paths, encoded separators and file names that are not documents', async () => {
    for (const raw of [
      '/page/../../package.json',
      '/page/%2e%2e/%2e%2e/package.json',
      '/page/..%2f..%2fpackage.json',
      '/page/..%5c..%5cpackage.json',
      '/pdfjs/build/../package.json',
      '/pdfjs/..%2fpackage.json/x',
      '/pdfjs/build/pdf.mjs',
      `/files/${key}/..%2f..%2f..%2fsecret.txt`,
      `/files/${key}/../../secret.txt`,
      `/files/${key}/letter.pdf`,
      `/files/${key}/manifest`,
      `/files/${key}/%2Fetc%2Fpasswd`,
      '//etc/passwd',
      '/%2Fetc%2Fpasswd',
      '/page/C:%5CWindows%5Cwin.ini',
      '/files/acme/letter',
      '/secret.txt',
      '/page/index.html%00',
    ]) {
      const reply = await get(server.port, raw);
      expect(reply.status, raw).toBe(404);
      expect(reply.body.toString(), raw).not.toContain('secret');
    }
  });

  it('refuses a Host that is not a loopback name (DNS rebinding) and methods other than GET and HEAD', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1.nip.io:${server.port}`]) {
      const reply = await get(server.port, `/files/${key}/letter`, { Host: host });
      expect(reply.status, host).toBe(403);
      expect(reply.body.toString()).not.toContain('PDF');
    }
    expect((await get(server.port, `/files/${key}/letter`, { Host: `localhost:${server.port}` })).status).toBe(200);
    const post = await get(server.port, '/api/state', {}, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('sends the state on connect and again on every change, as server-sent events', async () => {
    const messages: string[] = [];
    const req = request({ host: '127.0.0.1', port: server.port, path: '/events', headers: { Host: `localhost:${server.port}` } });
    const opened = new Promise<IncomingHttpHeaders>((resolve) =>
      req.on('response', (res) => {
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (chunk: string) => {
          buffer += chunk;
          const parts = buffer.split('\n\n');
          buffer = parts.pop()!;
          messages.push(...parts.filter((p) => p.includes('event: state')));
        });
        resolve(res.headers);
      }),
    );
    req.end();
    expect((await opened)['content-type']).toBe('text/event-stream; charset=utf-8');
    await until(() => messages.length >= 1);
    await state.update({
      state: 'failed',
      file,
      id: 'acme',
      diagnostics: [{ file, line: 2, column: 1, severity: 'error', ruleId: 'yaml', message: 'bad' }],
      silenced: [],
    });
    await until(() => messages.length >= 2);
    const data = JSON.parse(
      messages[1]
        .split('\n')
        .find((l) => l.startsWith('data: '))!
        .slice(6),
    );
    expect(data.cases[0]).toMatchObject({ state: 'errors', errors: 1, pages: { source: 'last-good' } });

    // Twenty changes in a row go out as at most two messages, the last holding all of them.
    const before = messages.length;
    for (let i = 0; i < 20; i++) state.expect([path.join(root, 'cases', `more-${i}.yaml`)]);
    const last = () =>
      JSON.parse(
        messages[messages.length - 1]
          .split('\n')
          .find((l) => l.startsWith('data: '))!
          .slice(6),
      ) as { cases: unknown[] };
    await until(() => messages.length > before && last().cases.length === 21);
    expect(messages.length - before).toBeLessThanOrEqual(2);
    req.destroy();
  });
});

describe('listen', () => {
  it('takes the next free port when the asked one is in use', async () => {
    const blocker = createServer();
    const taken = await listen(blocker, 0);
    const other = createServer();
    try {
      const port = await listen(other, taken);
      expect(port).toBeGreaterThan(taken);
      expect(port).toBeLessThan(taken + 20);
    } finally {
      other.close();
      blocker.close();
    }
  });
});

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
