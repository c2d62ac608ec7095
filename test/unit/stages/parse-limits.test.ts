// The case file reader refuses what it cannot safely read, with clear messages and positions.
import { describe, expect, it } from 'vitest';
import { decodeCaseText, maxCaseBytes, parseCase } from '../../../src/stages/parse.js';
import { validateCase } from '../../../src/stages/validate.js';
import { sampleCaseText } from '../../helpers/outputs.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeCaseText', () => {
  it('accepts exactly the size limit and refuses one byte more, before decoding', () => {
    const at = new Uint8Array(maxCaseBytes).fill(0x61);
    expect(decodeCaseText('c.yaml', at).text).toHaveLength(maxCaseBytes);
    const over = decodeCaseText('c.yaml', new Uint8Array(maxCaseBytes + 1).fill(0x61));
    expect(over.text).toBeUndefined();
    expect(over.diagnostics[0]).toMatchObject({ line: 1, column: 1, severity: 'error' });
    expect(over.diagnostics[0].message).toMatch(/limit is 2 MiB/);
  });

  it('refuses a binary file (NUL bytes), e.g. a PDF or a zip saved as .yaml', () => {
    const r = decodeCaseText('c.yaml', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    expect(r.text).toBeUndefined();
    expect(r.diagnostics[0].message).toMatch(/binary file/);
  });

  it.each([
    ['GBK text', new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0xc9, 0xee, 0xdb, 0xda])],
    ['Latin-1 text', new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72])],
    ['a lone surrogate encoded as UTF-8', new Uint8Array([0x61, 0xed, 0xa0, 0x80])],
    ['a truncated sequence', new Uint8Array([0x61, 0xe6, 0xb7])],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00])],
  ])('refuses non-UTF-8: %s', (_name, input) => {
    const r = decodeCaseText('c.yaml', input);
    expect(r.text).toBeUndefined();
    expect(r.diagnostics[0].message).toMatch(/not valid UTF-8|binary/);
    expect(r.diagnostics[0].note ?? r.diagnostics[0].message).toMatch(/UTF-8/);
  });

  it('drops a UTF-8 BOM and keeps CJK text', () => {
    const r = decodeCaseText('c.yaml', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('name: 深圳\n')]));
    expect(r.text).toBe('name: 深圳\n');
    expect(parseCase('c.yaml', r.text!).value?.data).toEqual({ name: '深圳' });
  });

  it('the sample case with a BOM and CRLF line endings parses and validates, with the same positions', () => {
    const crlf = `\uFEFF${sampleCaseText.replace(/\n/g, '\r\n')}`;
    const decoded = decodeCaseText('c.yaml', bytes(crlf));
    const parsed = parseCase('c.yaml', decoded.text!);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.value!.data).toEqual(parseCase('c.yaml', sampleCaseText).value!.data);
    expect(validateCase(parsed.value!).diagnostics).toEqual([]);
    const broken = crlf.replace('type: order-defect-rate', 'type: 42');
    const d = validateCase(parseCase('c.yaml', decodeCaseText('c.yaml', bytes(broken)).text!).value!).diagnostics;
    const line = sampleCaseText.split('\n').findIndex((l) => l.startsWith('type:')) + 1;
    expect(d[0]).toMatchObject({ line, column: 7 });
  });
});

describe('parseCase', () => {
  function billionLaughs(levels: number, width: number): string {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: width }, () => `*a${i - 1}`).join(', ')}]`);
    return `${lines.join('\n')}\n`;
  }

  it.each([
    ['10 levels x 10 aliases', billionLaughs(10, 10)],
    ['30 levels x 2 aliases', billionLaughs(30, 2)],
    ['a flat list of 1,000 aliases', `x: &x [a, b, c]\ny: [${Array.from({ length: 1000 }, () => '*x').join(', ')}]\n`],
    [
      'a bomb in a map key',
      `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n? [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n: v\n`,
    ],
  ])('refuses an alias bomb (%s) with a clear message, without expanding it', (_name, text) => {
    const r = parseCase('bomb.yaml', text);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics[0].message).toMatch(/alias bomb|alias/i);
    expect(r.diagnostics[0].line).toBeGreaterThanOrEqual(1);
  });

  it('the largest alias list that fits under the size limit is refused as an alias bomb', () => {
    // ~2 MiB of "*x, " is about 500,000 aliases: parsing alone is linear in the size, bounded by the 2 MiB
    // limit. How long it takes is measured by npm run bench, not asserted here.
    const text = `x: &x [a, b, c]\ny: [${Array.from({ length: 500_000 }, () => '*x').join(', ')}]\n`;
    expect(text.length).toBeLessThan(maxCaseBytes);
    const r = parseCase('bomb.yaml', text);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics[0].message).toMatch(/alias bomb/);
  }, 120_000);

  it('small legitimate aliases still work', () => {
    const r = parseCase('c.yaml', 'owner: &o Chen Jiahui\nagain: *o\n');
    expect(r.value?.data).toEqual({ owner: 'Chen Jiahui', again: 'Chen Jiahui' });
  });

  it('a merge key << is plain data, not a merge (YAML 1.2)', () => {
    const r = parseCase('c.yaml', 'base: &b { x: 1 }\nm:\n  <<: *b\n');
    expect(r.value?.data).toEqual({ base: { x: 1 }, m: { '<<': { x: 1 } } });
  });

  it('a duplicate key is an error naming both positions', () => {
    const text = 'id: a\nseller:\n  legal_name: X\n  phone: "1"\n  legal_name: Y\n';
    const r = parseCase('c.yaml', text);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ ruleId: 'duplicate-key', severity: 'error', line: 5, column: 3 });
    expect(r.diagnostics[0].message).toMatch(/"legal_name" appears twice .*first at line 3, column 3/);
  });

  it('a duplicate key inside a flow map and inside a list item', () => {
    const flow = parseCase('c.yaml', 'x: [ { a: 1, b: 2, a: 3 } ]\n');
    expect(flow.diagnostics[0].message).toMatch(/"a" appears twice .*first at line 1, column 8/);
    expect(flow.diagnostics[0]).toMatchObject({ line: 1, column: 20 });
    const list = parseCase('c.yaml', 'items:\n  - id: E1\n    file: a.pdf\n    id: E2\n');
    expect(list.diagnostics[0]).toMatchObject({ line: 4, column: 5 });
    expect(list.diagnostics[0].message).toMatch(/first at line 2, column 5/);
  });

  it('the same key in two different maps is fine', () => {
    expect(parseCase('c.yaml', 'a: { id: 1 }\nb: { id: 2 }\n').diagnostics).toEqual([]);
  });

  it('YAML 1.2: NO stays a string, 0123 is a number (the schema then asks to quote it)', () => {
    expect(parseCase('c.yaml', 'country: NO\nzip: 0123\nt: 12:30\n').value?.data).toEqual({ country: 'NO', zip: 123, t: '12:30' });
  });

  it('deep nesting is a diagnostic, not a crash', () => {
    const r = parseCase('c.yaml', `x: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
    expect(r.diagnostics.length).toBeGreaterThan(0);
    for (const d of r.diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
    }
  });

  it('__proto__ keys do not pollute prototypes', () => {
    const r = parseCase('c.yaml', '__proto__: { polluted: 1 }\nconstructor: { prototype: { polluted: 2 } }\n');
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    expect(Object.hasOwn(r.value!.data as object, '__proto__')).toBe(true);
  });

  it('syntax errors carry a line and column', () => {
    const r = parseCase('c.yaml', 'id: a\nseller:\n  legal_name: "unterminated\n  phone: 1\n');
    expect(r.value).toBeUndefined();
    expect(r.diagnostics[0].line).toBeGreaterThanOrEqual(3);
    expect(r.diagnostics[0].column).toBeGreaterThanOrEqual(1);
  });
});
