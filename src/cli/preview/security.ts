// What the preview server accepts: loopback Host names only, and request paths made of plain name segments.
// The server looks every segment up in a fixed table (page assets, pdf.js files, a case's documents), so a
// path never reaches the file system; this module refuses the forms that could mean something else.

const loopbackNames = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a Host header names this machine's loopback interface. A page on another site that resolves its
 * own name to 127.0.0.1 (DNS rebinding) sends its own name here, and is refused.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/i.exec(host.trim());
  if (!match) return false;
  const name = match[1].toLowerCase();
  return loopbackNames.has(name) || name.endsWith('.localhost');
}

/**
 * The decoded segments of a request path, or undefined when the path is not a plain sequence of names:
 * empty segments (`//`), `.` or `..` (also percent-encoded), a slash, backslash, colon or NUL inside a
 * segment (an encoded separator or a drive letter), or a malformed escape.
 */
export function pathSegments(rawUrl: string | undefined): string[] | undefined {
  if (!rawUrl?.startsWith('/')) return undefined;
  const pathname = rawUrl.split(/[?#]/, 1)[0];
  if (pathname === '/') return [];
  const segments: string[] = [];
  for (const raw of pathname.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (!segment || segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

/**
 * Headers on every response. The page runs only its own scripts (no inline script, no eval; WebAssembly
 * for pdf.js's image decoders), loads nothing from elsewhere, cannot be framed, and nothing is cached.
 */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "worker-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};
