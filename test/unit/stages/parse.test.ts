// YAML slips get one clear message at the line that slipped (file:line:col, what is wrong, what to line it
// up with), not the parser's cascade of errors at the line before; independent slips are all found in one run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maxTextLength, overlongTexts, parseCase } from '../../../src/stages/parse.js';
import { validateCase } from '../../../src/stages/validate.js';

const minimal = readFileSync('test/fixtures/minimal/case.yaml', 'utf8');
const problems = (text: string) =>
  parseCase('case.yaml', text).diagnostics.map((d) => ({ at: `${d.file}:${d.line}:${d.column}`, message: d.message, note: d.note }));

describe('an indentation slip', () => {
  it('indented more than the key above it: one error at that line, saying what to line it up with', () => {
    const text = minimal.replace('  store_name: SunriseHome', '   store_name: SunriseHome');
    const line = text.split('\n').findIndex((l) => l.startsWith('   store_name')) + 1;
    expect(problems(text)).toEqual([
      {
        at: `case.yaml:${line}:4`,
        message: `this line is indented more than "legal_name" on line ${line - 1} above it; line it up with "legal_name" (column 3)`,
        note: `"legal_name" already has a value on line ${line - 1}, so nothing can be indented under it.`,
      },
    ]);
  });

  it('indented between two levels: names both and suggests the block it follows', () => {
    const text = 'id: x\nseller:\n  legal_name: X Ltd\n store_name: Y\n  login_email: a@b.example\n';
    expect(problems(text)).toEqual([
      {
        at: 'case.yaml:4:2',
        message:
          'this line is indented between "seller" on line 2 and "legal_name" on line 3; line it up with "legal_name" on line 3 (column 3) to keep it in the same block, or with "seller" on line 2 (column 1)',
        note: undefined,
      },
    ]);
  });

  it('a key of a list item, and a list item out of line with the others', () => {
    expect(problems('root_causes:\n  - id: RC1\n    title: a\n     detail: b\n')[0]).toMatchObject({
      at: 'case.yaml:4:6',
      message: expect.stringContaining('line it up with "title" (column 5)'),
    });
    expect(problems('evidence:\n  - id: E1\n    file: a.pdf\n   - id: E2\n    file: b.pdf\n')).toEqual([
      {
        at: 'case.yaml:4:4',
        message: 'this list item is indented more than the "-" on line 2; line it up with it (column 3)',
        note: undefined,
      },
    ]);
    // An item moved with its content: E2 and its fields one level deeper than E1.
    expect(problems('evidence:\n- id: E1\n  file: a.pdf\n  - id: E2\n    file: b.pdf\n')).toEqual([
      {
        at: 'case.yaml:4:3',
        message: 'this list item is indented more than the "-" on line 2; line it up with it (column 1)',
        note: undefined,
      },
    ]);
  });

  it('finds every slip of a file in one run, each once', () => {
    const text = 'seller:\n  legal_name: X Ltd\n   store_name: Y\nnotice:\n  kind: a\n    received: b\n';
    expect(problems(text).map((p) => p.at)).toEqual(['case.yaml:3:4', 'case.yaml:6:5']);
  });

  it('a tab used to indent, and a value with ": " in it', () => {
    expect(problems('seller:\n\tlegal_name: X\n')).toEqual([
      {
        at: 'case.yaml:2:1',
        message: 'this line is indented with a tab; YAML indentation must be spaces',
        note: 'Replace the tab with spaces (an editor set to "indent using spaces" does it for you).',
      },
    ]);
    expect(problems('notice:\n  summary: Note: the listing was removed\n  received: 2026-11-02\n')).toEqual([
      {
        at: 'case.yaml:2:12',
        message: 'the value of "summary" contains ": ", which YAML reads as the start of another key; put the whole value in quotes',
        note: 'Write it as summary: "Note: the listing was removed"',
      },
    ]);
  });

  it('works with Windows line ends and ignores the content of a block of text', () => {
    expect(problems('seller:\r\n  legal_name: X\r\n   store_name: Y\r\n').map((p) => p.at)).toEqual(['case.yaml:3:4']);
    // The indented "world: x" is text inside "summary: |"; the slip is the line after the block.
    expect(problems('notice:\n  summary: |\n    hello\n      world: x\n  received: 1\n   kind: x\n').map((p) => p.at)).toEqual([
      'case.yaml:6:4',
    ]);
  });

  it('a block of lines pasted one level too deep: one message, the lines after it named in the note', () => {
    const [head, list] = minimal.split('\nevidence:\n');
    const text = `${head}\nevidence:\n${list.replace(/^( {2}- id: E1\n)((?: {4}.*\n)+)/, (_, first: string, rest: string) => first + rest.replace(/^(?=.)/gm, '  '))}`;
    const line = text.split('\n').indexOf('  - id: E1') + 1;
    expect(text.split('\n')[line]).toMatch(/^ {6}title:/);
    expect(problems(text)).toEqual([
      {
        at: `case.yaml:${line + 1}:7`,
        message: `this line is indented more than "id" on line ${line} above it; line it up with "id" (column 5)`,
        note: `"id" already has a value on line ${line}, so nothing can be indented under it. The 3 lines after it are indented the same way; move them with it.`,
      },
    ]);
  });

  it('leaves other YAML errors to the parser', () => {
    const unclosed = problems(minimal.replace('marketplace: US', 'marketplace: [US'));
    expect(unclosed).toEqual([
      { at: 'case.yaml:5:1', message: 'Flow sequence in block collection must be sufficiently indented and end with a ]', note: undefined },
    ]);
  });

  it('does not change how a valid file parses (compact lists, multi-line text)', () => {
    const [head, list] = minimal.replace('  summary: Selling', '  summary: >-\n    Selling').split('\nevidence:\n');
    const text = `${head}\nevidence:\n${list.replace(/^ {2}/gm, '')}`;
    expect(text).toContain('\n- id: E2\n  title:');
    const parsed = parseCase('case.yaml', text);
    expect(parsed.diagnostics).toEqual([]);
    expect(validateCase(parsed.value!).diagnostics).toEqual([]);
  });
});

describe('overlongTexts', () => {
  it('reports each text longer than a field holds at its value, and nothing else', () => {
    const text = minimal
      .replace(/^( {2}summary: ).*$/m, `$1"${'ab'.repeat(6000)}"`)
      .replace(/^( {4}title: )Buyer messages.*$/m, `$1${'深'.repeat(maxTextLength)}`);
    const parsed = parseCase('case.yaml', text).value!;
    const found = overlongTexts(parsed);
    expect(found.map((f) => f.path)).toEqual([['notice', 'summary']]);
    expect(found[0].diagnostic).toMatchObject({
      line: 8,
      column: 12,
      severity: 'error',
      ruleId: 'input',
      message: 'notice.summary is 12,000 characters long; a text field holds at most 10,000',
    });
    expect(overlongTexts(parseCase('case.yaml', minimal).value!)).toEqual([]);
  });
});
