// The preview's HTTP server (node:http): the page, pdf.js, the cases' PDFs, the state as JSON and a stream
// of server-sent events that tells open pages about every change. Loopback only; see security.ts.
import { createReadStream, promises as fsp } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentType, pageAssets, pdfjsAssets, type AssetTable } from './assets.js';
import { isLoopbackHost, pathSegments, securityHeaders } from './security.js';
import type { PreviewState } from './state.js';

/** The loopback address the preview listens on. */
export const previewHost = '127.0.0.1';

/** The least time between two state messages, in ms. */
const broadcastIntervalMs = 100;

/** How many ports after the asked one are tried when it is taken. */
const portTries = 20;

/** A listening preview server. */
export interface PreviewServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Options of the server; the asset tables default to the page folder and the installed pdf.js. */
export interface PreviewServerOptions {
  state: PreviewState;
  /** The port to try first (0: any free port). */
  port: number;
  page?: AssetTable;
  pdfjs?: AssetTable;
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

const notFound = (res: ServerResponse) => send(res, 404, 'Not found\n');

async function sendFile(req: IncomingMessage, res: ServerResponse, file: string | undefined): Promise<void> {
  if (!file) return notFound(res);
  const stat = await fsp.stat(file).catch(() => undefined);
  if (!stat?.isFile()) return notFound(res);
  res.writeHead(200, { 'Content-Type': contentType(file), 'Content-Length': stat.size });
  if (req.method === 'HEAD') return void res.end();
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** Starts the server on the first free port from `port` on; resolves once it listens. */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const page = options.page ?? pageAssets();
  const pdfjs = options.pdfjs ?? pdfjsAssets();
  const { state } = options;
  const streams = new Set<ServerResponse>();

  const stateJson = () => JSON.stringify(state.view());
  // A change is sent at once; changes that follow within the interval (a batch of cases rebuilt after a
  // template change, the first build of many cases) are sent together at its end, so the full state is
  // not serialised once per case.
  let lastSent = 0;
  let pending: NodeJS.Timeout | undefined;
  const broadcast = () => {
    pending = undefined;
    lastSent = Date.now();
    if (!streams.size) return;
    const message = `event: state\ndata: ${stateJson()}\n\n`;
    for (const res of streams) res.write(message);
  };
  const stopListening = state.onChange(() => {
    if (pending) return;
    const wait = lastSent + broadcastIntervalMs - Date.now();
    if (wait <= 0) broadcast();
    else pending = setTimeout(broadcast, wait);
  });
  // Comments keep idle connections open through proxies and let the browser notice a dead server.
  const heartbeat = setInterval(() => {
    for (const res of streams) res.write(': ping\n\n');
  }, 15_000);
  heartbeat.unref();

  function openStream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    res.write(`retry: 1000\nevent: state\ndata: ${stateJson()}\n\n`);
    streams.add(res);
    req.on('close', () => streams.delete(res));
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    if (!isLoopbackHost(req.headers.host)) return send(res, 403, 'This preview answers only to localhost, 127.0.0.1 and [::1].\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'Method not allowed\n');
    }
    const segments = pathSegments(req.url);
    if (!segments) return notFound(res);
    const [first, ...rest] = segments;
    if (!first) return sendFile(req, res, page.get('index.html'));
    if (first === 'page' && rest.length === 1) return sendFile(req, res, page.get(rest[0]));
    if (first === 'pdfjs' && rest.length === 2) return sendFile(req, res, pdfjs.get(rest.join('/')));
    if (first === 'files' && rest.length === 2) return sendFile(req, res, state.documentPath(rest[0], rest[1]));
    if (first === 'api' && rest.length === 1 && rest[0] === 'state') {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
      return void res.end(req.method === 'HEAD' ? undefined : stateJson());
    }
    if (first === 'events' && !rest.length && req.method === 'GET') return openStream(req, res);
    return notFound(res);
  }

  const server = createServer((req, res) => {
    route(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error\n');
      else res.destroy();
    });
  });
  let port: number;
  try {
    port = await listen(server, options.port);
  } catch (error) {
    stopListening();
    clearInterval(heartbeat);
    clearTimeout(pending);
    throw error;
  }
  return {
    url: `http://${previewHost}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        stopListening();
        clearInterval(heartbeat);
        clearTimeout(pending);
        for (const res of streams) res.end();
        streams.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Listens on the loopback address at `port`, or the next free one of the following few; resolves to the port. */
export async function listen(server: Server, port: number): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const tried = port === 0 ? 0 : port + attempt;
    try {
      await new Promise<void>((resolve, reject) => {
        const failed = (error: Error) => reject(error);
        server.once('error', failed);
        server.listen(tried, previewHost, () => {
          server.off('error', failed);
          resolve();
        });
      });
      return (server.address() as AddressInfo).port;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (port === 0 || (code !== 'EADDRINUSE' && code !== 'EACCES') || attempt + 1 >= portTries || tried >= 65535) {
        if (code === 'EADDRINUSE') throw new Error(`ports ${port}–${tried} are all in use; choose another with --port`);
        throw error;
      }
    }
  }
}
