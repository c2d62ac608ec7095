// A comma inside an unquoted value of a `{ }` mapping ends the value; the message says so and shows the quoted
// value, instead of "unknown field" for each piece after the comma.
import { cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editYaml, runCli, tempDir } from '../../helpers/cli.js';

const source = 'test/fixtures/unseen-3/blancomar-es-whitening-restricted';

async function validateWith(edit: (text: string) => string) {
  const dir = path.join(tempDir('appeal-flow-comma-'), 'blancomar');
  cpSync(source, dir, { recursive: true });
  const file = path.join(dir, 'case.yaml');
  editYaml(file, edit);
  const run = await runCli(['validate', file]);
  return { ...run, output: run.stdout + run.stderr, file };
}

describe('an unquoted comma inside { }', { timeout: 120_000 }, () => {
  it('names the field whose value the comma ended and shows it in quotes, once, at that value', async () => {
    const run = await validateWith((t) =>
      t.replace('title: "Listing deletion confirmations (ES, FR, IT)"', 'title: Listing deletion confirmations (ES, FR, IT)'),
    );
    expect(run.code).toBe(1);
    expect(run.output).toContain('the comma ended the value of title in evidence[0]; "FR" was read as a field of its own');
    expect(run.output).toContain('Put the value in quotes: title: "Listing deletion confirmations (ES, FR, IT)"');
    // Line 61, at the value of title (column 22).
    expect(run.output).toMatch(/case\.yaml:61:22\b/);
    expect(run.output).not.toMatch(/unknown field "FR"|unknown field "IT\)"|"IT\)" was read/);
  });

  it('keeps the value as written: a thousands comma without a space stays "2,600", a second space stays', async () => {
    const run = await validateWith((t) =>
      t.replace('title: "Listing deletion confirmations (ES, FR, IT)"', 'title: Listing deletion confirmations for 2,600 units (ES,  FR)'),
    );
    expect(run.output).toContain('Put the value in quotes: title: "Listing deletion confirmations for 2,600 units (ES,  FR)"');
  });

  it('a field that is simply misspelled is still an unknown field', async () => {
    const run = await validateWith((t) => t.replace('{ id: E2, title:', '{ id: E2, titel:'));
    expect(run.code).toBe(1);
    expect(run.output).toContain('unknown field "titel" in evidence[1]');
    expect(run.output).not.toContain('the comma ended');
  });
});
