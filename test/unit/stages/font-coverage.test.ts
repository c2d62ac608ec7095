// A character no bundled font has (an emoji) is an error at its YAML line and column, before rendering.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySampleCase, editYaml, runCli, tempDir } from '../../helpers/cli.js';
import { parseCase } from '../../../src/stages/parse.js';
import { glyphDiagnostics, nonAsciiTexts } from '../../../src/stages/font-coverage.js';
import { createEnv, processCase } from '../../../src/case/process-case.js';
import { loadWordLists } from '../../../src/rules/words.js';

describe('glyph preflight', () => {
  it('reports an emoji in a case field with its line and column, and renders nothing', async () => {
    const dir = copySampleCase('sakura-jp-late-shipment');
    const file = path.join(dir, 'case.yaml');
    editYaml(file, (text) => text.replace('  store_name: さくら雑貨ストア', '  store_name: さくら雑貨ストア 🌸'));
    const lines = readFileSync(file, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('🌸')) + 1;
    const column = lines[line - 1].indexOf('🌸') + 1;

    const result = await processCase(file, createEnv({ templatesRoot: 'templates', words: loadWordLists() }), { render: true });
    const glyph = result.diagnostics.filter((d) => d.ruleId === 'glyph');
    expect(glyph).toHaveLength(1);
    expect(glyph[0]).toMatchObject({ severity: 'error', line, column, endLine: line, endColumn: column + 2 });
    expect(glyph[0].message).toContain('"🌸" (U+1F338) in seller.store_name');
    // An unprintable character blocks the case: its letter is only a draft (the ready set is not written).
    expect(result.state).toBe('draft');

    const out = tempDir();
    const run = await runCli(['validate', file, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`case.yaml:${line}:${column}  error  the character "🌸" (U+1F338) in seller.store_name cannot be printed`);
  }, 60_000);

  it('points at the value when the character is written as an escape, and reports each character once per field', async () => {
    const text = 'seller:\n  legal_name: "Emoji \\U0001F600 Ltd"\n  address: ["Line ✅ one ✅", "深圳市"]\n';
    const parsed = parseCase('x.yaml', text).value!;
    const diagnostics = await glyphDiagnostics(parsed, parsed.data, text);
    expect(diagnostics.map((d) => [d.line, d.column, d.message.split(' cannot')[0]])).toEqual([
      [2, 15, 'the character "😀" (U+1F600) in seller.legal_name'],
      [3, 19, 'the character "✅" (U+2705) in seller.address[0]'],
    ]);
  });

  it('skips pure-ASCII text without looking at a font, and passes Latin, Chinese, Japanese and Korean', async () => {
    expect(nonAsciiTexts({ a: 'plain', b: ['ASCII only', { c: 'B0DSKR4T7N' }], n: 3 })).toEqual([]);
    expect(nonAsciiTexts({ a: 'Café', password: '🔒' })).toEqual([{ path: ['a'], text: 'Café' }]);
    const text = 'a: "Ünïcödé — “quotes” 深圳市日升 さくら雑貨 서울 臺灣"\n';
    const parsed = parseCase('x.yaml', text).value!;
    expect(await glyphDiagnostics(parsed, parsed.data, text)).toEqual([]);
  });
});
