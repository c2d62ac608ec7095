// The validator npm run compile generates (ajv standalone code) checks exactly as the one ajv compiles at run time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import type { FormatsPlugin } from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import caseSchema from '../../../schemas/case.schema.json' with { type: 'json' };
import { withoutAliases } from '../../../src/stages/aliases.js';
import { caseValidatorModule } from '../../../src/stages/validate.js';

const require = createRequire(import.meta.url);

/** The generated module's export, evaluated as CommonJS. */
function load(code: string): ValidateFunction & { schemaDigest?: string } {
  const module = { exports: {} as ValidateFunction & { schemaDigest?: string } };
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  return module.exports;
}

const generated = load(caseValidatorModule());
const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
// ajv-formats is CommonJS with a default export.
(require('ajv-formats') as { default: FormatsPlugin }).default(ajv, ['date', 'email']);
const compiled = ajv.compile(withoutAliases(caseSchema));

const sample = parse(readFileSync('cases/thistle-late-shipment/case.yaml', 'utf8')) as Record<string, unknown>;
const broken: unknown[] = [
  {},
  [],
  { ...sample, notice: { ...(sample.notice as object), received: '2026-13-45' } },
  { ...sample, seller: { ...(sample.seller as object), login_email: 'not an address' } },
  { ...sample, marketplace: 42, extra_field: true, evidence: 'none' },
];

describe('the generated case validator', () => {
  it('carries the digest of the schema, ajv version and options it was made from', () => {
    expect(generated.schemaDigest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts a valid case as the compiled one does', () => {
    expect(compiled(sample)).toBe(true);
    expect(generated(sample)).toBe(true);
  });

  it('gives the same errors, in the same order, for invalid cases (formats included)', () => {
    for (const data of broken) {
      expect(generated(data)).toBe(compiled(data));
      expect(generated.errors).toEqual(compiled.errors);
      expect(generated.errors?.length).toBeGreaterThan(0);
    }
    const formatErrors = broken.slice(2, 4).flatMap((data) => (generated(data), generated.errors ?? []));
    expect(formatErrors.map((e) => e.params)).toEqual([{ format: 'date' }, { format: 'email' }]);
  });
});
