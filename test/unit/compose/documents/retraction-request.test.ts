// The retraction request for an IP complaint: written when the case has the rights owner's e-mail, naming
// the complaint and ASIN, the seller's reasons, and how Amazon takes a retraction; listed on the checklist.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCase, createEnv, type CheckedCase } from '../../../../src/case/process-case.js';
import { packFiles } from '../../../../src/case/pack.js';
import { loadWordLists } from '../../../../src/rules/words.js';
import { renderPdf } from '../../../../src/render/pdf.js';
import { renderDocx } from '../../../../src/render/docx.js';
import { linesOf, pdfPages } from '../../../helpers/read-pdf.js';
import { docxText } from '../../../helpers/read-docx.js';
import { flat } from '../../../helpers/cli.js';

const env = createEnv({ templatesRoot: 'templates', words: loadWordLists(), sourceDateEpoch: Date.UTC(2026, 10, 18) / 1000 });

describe('retraction request (solstar: trademark complaint, rights owner with e-mail)', () => {
  let checked: CheckedCase;
  let files: Map<string, Uint8Array>;
  beforeAll(async () => {
    checked = (await checkCase('test/fixtures/unseen/solstar-ip-distributor/case.yaml', env)).checked!;
    files = new Map(
      (
        await packFiles(checked.case, checked.evidence, checked.letter, checked.templates.strings, { pdf: renderPdf, docx: renderDocx })
      ).map((f) => [f.path, f.bytes]),
    );
  }, 180_000);

  it('writes retraction-request.pdf and .docx addressed to the rights owner, naming the complaint and the ASIN', async () => {
    const pages = await pdfPages(files.get('retraction-request.pdf')!);
    const text = flat(pages.flatMap((p) => linesOf(p.items).map((l) => l.text)).join(' '));
    expect(text).toContain('Request to retract Amazon complaint 19384027751');
    expect(text).toContain('Dear Aureline Home Inc.,');
    expect(text).toContain('ASIN B0DSL8AU4M');
    expect(text).toContain('trademark complaint filed in your name');
    expect(text).toContain('notice-retraction@amazon.com');
    expect(text).not.toContain(checked.case.id);
    expect(flat(docxText(files.get('retraction-request.docx')!))).toContain('To: Aureline Home Inc. <ip@aureline-home.example>');
  });

  it('puts the request on the checklist beside the Notice Dispute path', async () => {
    const text = flat(docxText(files.get('checklist.docx')!));
    expect(text).toContain('Or: ask the rights owner to retract the complaint');
    expect(text).toContain(
      'You asked Aureline Home Inc. on November 15, 2026; without an answer, send retraction-request.pdf again to ip@aureline-home.example.',
    );
    expect(text).toContain('the Notice Dispute team reviews it');
    const submission = JSON.parse(new TextDecoder().decode(files.get('submission.json')));
    expect(submission.retraction_request).toEqual({
      files: ['retraction-request.pdf', 'retraction-request.docx'],
      to: 'ip@aureline-home.example',
    });
  });

  it('writes no request without the rights owner e-mail, and the checklist says where to find it', async () => {
    const c = checked.case;
    const ip = c.input.details!.ip_complaint!;
    const without = {
      ...c,
      input: {
        ...c.input,
        details: { ...c.input.details, ip_complaint: { ...ip, rights_owner: { name: ip.rights_owner!.name }, retraction: undefined } },
      },
    };
    const got = new Map(
      (await packFiles(without, checked.evidence, checked.letter, checked.templates.strings, { pdf: renderPdf, docx: renderDocx })).map(
        (f) => [f.path, f.bytes],
      ),
    );
    expect(got.has('retraction-request.pdf')).toBe(false);
    expect(flat(docxText(got.get('checklist.docx')!))).toContain('add it to the case as details.ip_complaint.rights_owner.email');
  }, 120_000);

  it('does not tell a seller who already asked for the retraction to ask for it, when the case has no e-mail', async () => {
    const c = checked.case;
    const ip = c.input.details!.ip_complaint!;
    const asked = {
      ...c,
      input: {
        ...c.input,
        details: {
          ...c.input.details,
          ip_complaint: { ...ip, rights_owner: { name: ip.rights_owner!.name }, retraction: { requested_on: '2026-11-20' } },
        },
      },
    };
    const got = new Map(
      (await packFiles(asked, checked.evidence, checked.letter, checked.templates.strings, { pdf: renderPdf, docx: renderDocx })).map(
        (f) => [f.path, f.bytes],
      ),
    );
    const text = flat(docxText(got.get('checklist.docx')!));
    expect(text).toContain(`You asked ${ip.rights_owner!.name} to retract the complaint on`);
    expect(text).not.toContain('Ask ');
    expect(text).toContain('details.ip_complaint.rights_owner.email');
  }, 120_000);
});
