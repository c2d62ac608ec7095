// The preview's request checks: loopback Host names only, plain path segments only, and the headers sent.
import { describe, expect, it } from 'vitest';
import { isLoopbackHost, pathSegments, securityHeaders } from '../../../../src/cli/preview/security.js';

describe('isLoopbackHost', () => {
  it('accepts the loopback names with or without a port', () => {
    for (const host of ['127.0.0.1', '127.0.0.1:4780', 'localhost', 'LOCALHOST:4780', '[::1]', '[::1]:4780', 'app.localhost:80'])
      expect(isLoopbackHost(host), host).toBe(true);
  });

  it('refuses other names, a missing header and malformed ones (DNS rebinding)', () => {
    for (const host of [
      undefined,
      '',
      'evil.example',
      'evil.example:4780',
      '127.0.0.1.nip.io:4780',
      'localhost.evil.example',
      '10.0.0.1:4780',
      '0.0.0.0:4780',
      '[::2]:4780',
      'localhost:4780:1',
      'local host',
      '127.0.0.1 evil',
    ]) {
      expect(isLoopbackHost(host), String(host)).toBe(false);
    }
  });
});

describe('pathSegments', () => {
  it('splits and decodes a plain path, dropping the query', () => {
    expect(pathSegments('/')).toEqual([]);
    expect(pathSegments('/page/app.js')).toEqual(['page', 'app.js']);
    expect(pathSegments('/files/abc/letter?v=123')).toEqual(['files', 'abc', 'letter']);
    expect(pathSegments('/pdfjs/cmaps/UniJIS%2DUCS2%2DH.bcmap')).toEqual(['pdfjs', 'cmaps', 'UniJIS-UCS2-H.bcmap']);
  });

  it('refuses traversal, absolute paths and encoded separators', () => {
    for (const url of [
      '/page/../../package.json',
      '/page/./app.js',
      '/page/%2e%2e/%2e%2e/package.json',
      '/page/%2E%2E%2F%2E%2E%2Fpackage.json',
      '/page/..%2f..%2fpackage.json',
      '/page/..%5c..%5cpackage.json',
      '/page/..\\..\\package.json',
      '//etc/passwd',
      '/%2Fetc%2Fpasswd',
      '/page/C:%5CWindows%5Cwin.ini',
      '/page/app.js%00.png',
      '/page/%E0%A4%A',
      'http://evil.example/page/app.js',
      '*',
      '',
      undefined,
    ]) {
      expect(pathSegments(url), String(url)).toBeUndefined();
    }
  });
});

describe('securityHeaders', () => {
  it('allow only the page’s own scripts and connections, no framing and no caching', () => {
    const csp = securityHeaders['Content-Security-Policy'];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'self'(?! 'unsafe-inline')/);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(securityHeaders['X-Content-Type-Options']).toBe('nosniff');
    expect(securityHeaders['Cache-Control']).toBe('no-store');
  });
});
