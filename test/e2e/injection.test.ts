// Case text is data: template syntax, HTML and Markdown block syntax in it come out literally.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySampleCase, editYaml, flat, runCli, tempDir } from '../helpers/cli.js';
import { pdfText } from '../helpers/read-pdf.js';
import { docxText } from '../helpers/read-docx.js';

describe('template injection', () => {
  it('prints {{...}}, HTML and heading syntax from case text literally in the PDF and the DOCX', async () => {
    const root = tempDir();
    const dir = copySampleCase('sunrise-odr', root);
    const hostile = 'Inbox left {{seller.legal_name}} {{#each root_causes}}X{{/each}} {{> header}} <script>alert(1)</script> <b>bold?</b>';
    editYaml(path.join(dir, 'case.yaml'), (t) =>
      t
        .replace(/(root_causes:\n {2}- id: RC1\n {4}title: ).*\n/, `$1"Unassigned inbox {{constructor.name}}"\n`)
        .replace(
          /(letter:\n)/,
          `$1  allow: [{ rule: L11, reason: "the braces are part of the test text" }]\n  additional_information: "## Background\\n\\n${hostile.replace(/"/g, '\\"')}"\n`,
        ),
    );
    const out = path.join(root, 'out');
    const run = await runCli(['build', dir, '--out', out]);
    expect(run.stdout).toContain('✓ sunrise-odr');
    const pdf = flat(await pdfText(readFileSync(path.join(out, 'sunrise-odr', 'letter.pdf'))));
    const docx = flat(docxText(readFileSync(path.join(out, 'sunrise-odr', 'letter.docx'))));
    for (const text of [pdf, docx]) {
      expect(text).toContain('Unassigned inbox {{constructor.name}}');
      expect(text).toContain(hostile);
      expect(text).toContain('## Background');
      expect(text.match(/Root causes/g)?.length).toBe(1);
    }
  }, 60_000);
});
