// Every unseen case and every sample, composed as a letter (whatever the rules say about it): the fixed
// sentences hold for each case, and none of the defects a consultant found comes back.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCaseText, parseCase } from '../../src/stages/parse.js';
import { validateCase } from '../../src/stages/validate.js';
import { normalizeCase } from '../../src/stages/normalize.js';
import { loadTemplateSet, type TemplateSet } from '../../src/compose/templates.js';
import { composeLetter } from '../../src/compose/letter.js';
import { authorizations } from '../../src/domain/authorization.js';
import { ipComplaintTypes } from '../../src/domain/notices.js';
import type { Case } from '../../src/model/case.js';

const folders = ['test/fixtures/unseen', 'cases'].flatMap((root) =>
  readdirSync(root)
    .filter((id) => existsSync(path.join(root, id, 'case.yaml')))
    .map((id) => path.join(root, id)),
);
const templates = new Map<string, TemplateSet>();
const templatesFor = (language: string) => {
  if (!templates.has(language)) templates.set(language, loadTemplateSet('templates', language).value!);
  return templates.get(language)!;
};

/** The case and its composed letter; the contract's name `slots_proposed` is read as the schema's `slots`. */
function compose(folder: string): { c: Case; body: string; footer: string } {
  const file = path.join(folder, 'case.yaml');
  const text = decodeCaseText(file, readFileSync(file)).text!.replace('slots_proposed:', 'slots:');
  const parsed = parseCase(file, text);
  const validated = validateCase(parsed.value!);
  expect(validated.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const c = normalizeCase(file, validated.value!, {});
  const letter = composeLetter(c, templatesFor(c.language));
  return { c, body: letter.text.body.replace(/\s+/g, ' '), footer: letter.document.footerNote ?? '' };
}

describe.each(folders)('%s', (folder) => {
  it('says only what the case shows, in clean joins', () => {
    const { c, body, footer } = compose(folder);
    const own = `${c.input.closing ?? ''} ${c.input.letter?.opening ?? ''}`;
    const later = c.input.preventive_measures.some((pm) => pm.starts > c.letterDate);
    // Remedy and addressee by notice.
    if (!/reinstate our account/i.test(own)) expect(body).not.toMatch(/reinstate our account/i);
    if (!own.includes('アカウントの再開')) expect(body).not.toContain('アカウントの再開');
    if (!ipComplaintTypes.has(c.type)) expect(body).not.toMatch(/Notice Dispute|通知異議申し立て/);
    // Fixed claims.
    if (later) expect(body).not.toMatch(/now in place|every preventive measure is in place|現在運用している|運用を開始しております/);
    if (c.input.details?.brand_registry?.video_verification?.scheduled_at) expect(body).not.toMatch(/will book|までに通話を予約/);
    if (!authorizations(c).forSeller.length)
      expect(body).not.toMatch(/as an authori[sz]ed seller|letter of authori[sz]ation naming our company/);
    // Joins and style.
    expect(body).not.toMatch(/(?<![\w/-])\d{4}-\d{2}-\d{2}(?![\w/])/);
    expect(body).not.toMatch(/ASIN: |>=|<=|The notice states|Owner: [^·]*, Owner\b/);
    expect(body).not.toMatch(/\([^()]*\([^()]*\)[^()]*\)|（[^（）]*（[^（）]*）[^（）]*）|\) \(|）（/);
    expect(body).not.toMatch(/merchant fulfilled/i);
    expect(footer).not.toContain(c.id);
  });
});
