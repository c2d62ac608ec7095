// Aliases: the domain model's field names are read as the case format's, with positions kept and one spelling downstream.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import caseSchema from '../../../schemas/case.schema.json' with { type: 'json' };
import { aliasKeyword, canonicalKey, resolveAliases, schemaAt, withoutAliases, type SchemaNode } from '../../../src/stages/aliases.js';
import { parseCase } from '../../../src/stages/parse.js';
import { validateCase } from '../../../src/stages/validate.js';
import type { PathSegment } from '../../../src/stages/parse.js';
import { checkCase, createEnv } from '../../../src/case/process-case.js';
import { loadWordLists } from '../../../src/rules/words.js';

/** Every alias the schema declares: where (a JSON pointer to the object schema), the alias and its canonical name. */
function declaredAliases(): { at: string; alias: string; canonical: string; property: Record<string, unknown>; sibling: unknown }[] {
  const found: ReturnType<typeof declaredAliases> = [];
  const walk = (node: unknown, pointer: string) => {
    if (!node || typeof node !== 'object') return;
    const props = (node as { properties?: Record<string, Record<string, unknown>> }).properties;
    for (const [name, property] of Object.entries(props ?? {})) {
      const canonical = property[aliasKeyword];
      if (typeof canonical === 'string') found.push({ at: pointer, alias: name, canonical, property, sibling: props![canonical] });
    }
    for (const [key, value] of Object.entries(node)) walk(value, `${pointer}/${key}`);
  };
  walk(caseSchema, '#');
  return found;
}

function resolvePointer(pointer: string): unknown {
  return pointer
    .slice(2)
    .split('/')
    .filter(Boolean)
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caseSchema);
}

// A case that uses every field that has an alias, under its canonical name.
const canonicalText = `
id: kitchen-sink
type: brand-registry-appeal
stance: remediate
marketplace: US
language: en
notice:
  kind: brand-registry-application-rejected
  received: 2026-11-02
  policy: Brand Registry policy
  respond_by: 2026-11-20
  summary: The application to enrol the brand was rejected after the review of the trademark.
seller:
  legal_name: Shenzhen Sunrise Trading Co., Ltd.
  store_name: SunriseHome
  login_email: ops@sunrise-home.example
  registration_number: 91440300MA5G000000
asins:
  - { asin: B0C1234567, units_sold: 300, units_purchased: 500 }
orders:
  - { order_id: 112-3456789-1234567, date: 2026-10-01 }
root_causes:
  - id: RC1
    title: Trademark data entered by hand
    detail: The registration number was typed by hand on 2026-10-20 with two digits swapped.
    orders: [112-3456789-1234567]
    evidence: [E1]
corrective_actions:
  - id: CA1
    addresses: [RC1]
    action: Corrected the registration number in the application on 2026-11-03.
    done_on: 2026-11-03
    evidence: [E1]
preventive_measures:
  - id: PM1
    addresses: [RC1]
    measure: Trademark data is copied from the office record and checked by a second person.
    starts: 2026-11-04
    evidence: [E1]
evidence:
  - { id: E1, title: Trademark certificate, file: evidence/tm.pdf, kind: trademark-registration }
details:
  brand_registry:
    brand: SUNRISE
    trademark: { office: USPTO, number: "7012345", classes: [21] }
    video_verification:
      invited_on: 2026-11-02
      slots: ["2026-11-09 09:00"]
      attendee: { name: Li Wei, role: employee, id_evidence: E1, authorization_evidence: E1, business_licence_evidence: E1 }
  review_manipulation:
    methods: [Free products for reviews]
    spreadsheet_evidence: E1
    payment_evidence: [E1]
  ip_complaint:
    ip_type: design-patent
    differences: [{ aspect: Base, our_product: Straight, protected_design: Cone, evidence: E1 }]
  supply_chain:
    seller_is_brand_owner: false
    suppliers: [{ name: Dongguan Ceramics, invoice_evidence: [E1], authorization_evidence: [E1] }]
  restricted_product:
    category: Pesticides
    approval_evidence: [E1]
submission:
  attempt: 2
  previous_attempts: [{ submitted_on: 2026-10-25, feedback: Provide the trademark certificate. }]
letter:
  subject: Brand Registry appeal for SUNRISE
  opening: We write about the rejected Brand Registry application for SUNRISE.
  allow: [{ rule: L19, reason: Amazon asked for detail }]
`;

/** The same case with every key that has an alias written under its alias. */
function aliasedText(text: string): string {
  const doc = parseDocument(text, { version: '1.2' });
  const walk = (node: unknown, path: PathSegment[]) => {
    const schema = schemaAt(path);
    if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
    if (!isMap(node)) return;
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const name = String(pair.key.value);
      walk(pair.value, [...path, name]);
      const alias = Object.entries(schema?.properties ?? {}).find(([, p]) => p[aliasKeyword] === name)?.[0];
      if (alias) pair.key.value = alias;
    }
  };
  walk(doc.contents, []);
  return doc.toString();
}

describe('the schema declares each alias for editors and for the pipeline', () => {
  const aliases = declaredAliases();

  it('has the aliases of the domain model, slots_proposed among them', () => {
    expect(aliases.length).toBeGreaterThanOrEqual(41);
    expect(aliases.map((a) => `${a.alias}->${a.canonical}`)).toContain('slots_proposed->slots');
  });

  it.each(aliases.map((a) => [`${a.at} ${a.alias}`, a] as const))(
    '%s: a deprecated, unsuggested property that refers to its canonical sibling',
    (_name, a) => {
      expect(a.sibling, `${a.canonical} is a sibling of ${a.alias}`).toBeDefined();
      expect(aliasKeyword in (a.sibling as object)).toBe(false);
      expect(a.property.deprecated).toBe(true);
      expect(a.property.doNotSuggest).toBe(true);
      expect(a.property.description).toContain(a.canonical);
      expect(a.property.deprecationMessage).toContain(`"${a.canonical}"`);
      const ref = (a.property.allOf as { $ref: string }[])[0].$ref;
      expect(resolvePointer(ref)).toBe(a.sibling);
    },
  );

  it('leaves the aliases out of the validator and the generated types', () => {
    expect(JSON.stringify(withoutAliases(caseSchema))).not.toContain(aliasKeyword);
    const types = readFileSync('src/model/case-input.generated.ts', 'utf8');
    for (const a of aliases) expect(types, a.alias).not.toMatch(new RegExp(`^\\s*${a.alias}\\??:`, 'm'));
  });
});

describe('resolveAliases', () => {
  it('reads a case written with every alias as the canonical case', () => {
    const canonical = parseCase('canonical.yaml', canonicalText).value!;
    expect(resolveAliases(canonical)).toEqual([]);
    expect(validateCase(canonical).diagnostics).toEqual([]);
    const text = aliasedText(canonicalText);
    expect(text).toContain('slots_proposed:');
    expect(text).toContain('enforcement:');
    expect(text).toContain('notification_date:');
    const parsed = parseCase('aliased.yaml', text).value!;
    const diagnostics = resolveAliases(parsed);
    // One info per alias the schema declares (every alias is used once in this case).
    expect(diagnostics.map((d) => d.severity)).toEqual(declaredAliases().map(() => 'info'));
    expect(parsed.data).toEqual(canonical.data);
    expect(validateCase(parsed).diagnostics).toEqual([]);
  });

  it('accepts the aliases in the schema as an editor reads it (with the alias properties)', () => {
    const data = parseCase('aliased.yaml', aliasedText(canonicalText)).value!.data;
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/).addFormat('email', /@/);
    const validate = ajv.compile(caseSchema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it("points at the user's own key, and later diagnostics at the user's line", () => {
    const text = canonicalText.replace('    done_on: 2026-11-03', '    completed_on: 2026-13-03');
    const parsed = parseCase('x.yaml', text).value!;
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('completed_on')) + 1;
    expect(resolveAliases(parsed)).toEqual([
      expect.objectContaining({ line, column: 5, severity: 'info', ruleId: 'alias', message: '"completed_on" is read as "done_on"' }),
    ]);
    const errors = validateCase(parsed).diagnostics;
    expect(errors).toEqual([
      expect.objectContaining({
        line,
        column: 19,
        message: 'corrective_actions[0].completed_on must be a real date written YYYY-MM-DD (e.g. 2026-11-02)',
      }),
    ]);
  });

  it.each([
    ['the alias second', '      slots: ["2026-11-09 09:00"]\n      slots_proposed: ["2026-11-10 09:00"]', 'slots_proposed', 'slots'],
    [
      'the canonical name second',
      '      slots_proposed: ["2026-11-10 09:00"]\n      slots: ["2026-11-09 09:00"]',
      'slots',
      'slots_proposed',
    ],
  ])('reports a field written under both names at the second (%s) and keeps the canonical one', (_name, lines, second, first) => {
    const text = canonicalText.replace('      slots: ["2026-11-09 09:00"]', lines);
    const parsed = parseCase('x.yaml', text).value!;
    const line = text.split('\n').findIndex((l) => l.startsWith(`      ${second}:`)) + 1;
    expect(resolveAliases(parsed)).toEqual([
      expect.objectContaining({
        line,
        column: 7,
        severity: 'error',
        ruleId: 'alias',
        message: `"${second}" and "${first}" are two names for the same field; keep one`,
      }),
    ]);
    expect(
      (parsed.data as { details: { brand_registry: { video_verification: unknown } } }).details.brand_registry.video_verification,
    ).toMatchObject({ slots: ['2026-11-09 09:00'] });
    expect(validateCase(parsed).diagnostics).toEqual([]);
  });

  it('knows each alias only where the schema declares it', () => {
    expect(canonicalKey(schemaAt(['root_causes', 0]), 'description')).toBe('detail');
    expect(canonicalKey(schemaAt(['corrective_actions', 0]), 'description')).toBe('action');
    expect(canonicalKey(schemaAt(['preventive_measures', 0]), 'description')).toBe('measure');
    expect(canonicalKey(schemaAt(['evidence', 0]), 'description')).toBe('description');
    expect(canonicalKey(schemaAt([]) as SchemaNode, 'slots_proposed')).toBe('slots_proposed');
  });
});

describe('schema messages name the canonical field', () => {
  const check = (text: string) => {
    const parsed = parseCase('x.yaml', text).value!;
    resolveAliases(parsed);
    return validateCase(parsed).diagnostics;
  };

  it('suggests the canonical name for a near miss of an alias', () => {
    const [d] = check(canonicalText.replace('      slots:', '      slot_proposed:'));
    expect(d.message).toBe('unknown field "slot_proposed" in details.brand_registry.video_verification');
    expect(d.note).toBe('Did you mean "slots"?');
  });

  it('says where a top-level field belongs when it is written inside another block', () => {
    const [d] = check(canonicalText.replace('  allow: [', '  closing: We ask you to approve the registration.\n  allow: ['));
    expect(d.message).toBe('unknown field "closing" in letter');
    expect(d.note).toBe('"closing" is written at the top level of the case, not inside letter.');
  });

  it('hints at the value the case format uses for a value spelled as the domain model does', () => {
    const [d] = check(canonicalText.replace('    done_on: 2026-11-03', '    done_on: 2026-11-03\n    status: completed'));
    expect(d.note).toMatch(/^Did you mean "done"\?/);
    const [s] = check(canonicalText.replace('stance: remediate', 'stance: admit_and_remediate'));
    expect(s.note).toMatch(/^Did you mean "remediate"\?/);
  });
});

describe('an editor with the schema (yaml-language-server)', () => {
  // The language server ships CommonJS builds; its ESM build expects a bundler.
  const require = createRequire(import.meta.url);
  const { getLanguageService } =
    require('yaml-language-server/lib/umd/languageservice/yamlLanguageService.js') as typeof import('yaml-language-server/lib/umd/languageservice/yamlLanguageService.js');
  const { TextDocument } = require('vscode-languageserver-textdocument') as typeof import('vscode-languageserver-textdocument');
  const schemaUri = pathToFileURL(path.resolve('schemas/case.schema.json')).toString();
  const service = getLanguageService({
    schemaRequestService: async (uri: string) => readFileSync(new URL(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).toString() },
  });
  service.configure({ validate: true, completion: true, schemas: [{ uri: schemaUri, fileMatch: ['*.yaml'] }] });
  // The server caches a parsed document by its URI and version: each text gets its own.
  let version = 0;
  const document = (text: string) => TextDocument.create(`file:///cases/kitchen-sink-${++version}.yaml`, 'yaml', 1, text);

  it('finds nothing to say about the canonical case', async () => {
    expect(await service.doValidation(document(canonicalText), false)).toEqual([]);
  });

  it('accepts every alias, with a deprecation warning that names the field to write', async () => {
    const found = await service.doValidation(document(aliasedText(canonicalText)), false);
    expect(found.map((d) => d.message).sort()).toEqual(
      declaredAliases()
        .map((a) => a.property.deprecationMessage)
        .sort(),
    );
  });

  it('still checks what is inside an aliased block', async () => {
    const text = aliasedText(canonicalText).replace(/^ {2}summary: .*$/m, '');
    expect((await service.doValidation(document(text), false)).map((d) => d.message)).toContain('Missing property "summary".');
  });

  it('suggests only the canonical names', async () => {
    const text = canonicalText.replace('      slots: ["2026-11-09 09:00"]\n', '      \n');
    const at = text.indexOf('      \n      attendee:') + 6;
    const doc = document(text);
    const labels = (await service.doComplete(doc, doc.positionAt(at), false)).items.map((i) => i.label);
    expect(labels).toContain('book_by');
    expect(labels.filter((l) => l.includes('slots'))).toEqual(['slots']);
  });
});

describe('through the whole check of a case', () => {
  it('reports a rule finding inside an aliased field at the line the user wrote, and composes the letter from it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'appeal-aliases-'));
    try {
      cpSync('test/unit/rules/fixtures', dir, { recursive: true });
      const text = readFileSync('test/unit/rules/fixtures/base.yaml', 'utf8')
        .replace(
          /( {2}- id: RC2\n {4}title: .*\n) {4}detail: >-\n(?: {6}.*\n)+/,
          '$1    description: Recently some buyer messages were answered late because the inbox was not watched.\n',
        )
        .replace('    done_on: 2026-10-19', '    completed_on: 2026-10-19');
      const file = path.join(dir, 'aliased.yaml');
      writeFileSync(file, text);
      const { result, checked } = await checkCase(file, createEnv({ templatesRoot: 'templates', words: loadWordLists() }));
      const lines = text.split('\n');
      const line = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.diagnostics.filter((d) => d.ruleId === 'alias').map((d) => [d.line, d.message])).toEqual([
        [line('description:'), '"description" is read as "detail"'],
        [line('completed_on:'), '"completed_on" is read as "done_on"'],
      ]);
      expect(result.diagnostics.find((d) => d.ruleId === 'L10' && d.message.startsWith('vague wording'))).toMatchObject({
        line: line('description:'),
        column: 18,
      });
      expect(checked!.letter.text.sections.rootCauses).toContain('Recently some buyer messages were answered late');
      expect(checked!.case.input.corrective_actions[1].done_on).toBe('2026-10-19');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
