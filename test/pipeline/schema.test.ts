// The schema is the one source of the case's shape: editors read it, ajv checks with it, the types come from it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../src/stages/parse.js';
import { validateCase } from '../../src/stages/validate.js';

describe('schemas/case.schema.json', () => {
  const schema = JSON.parse(readFileSync('schemas/case.schema.json', 'utf8'));

  it('is a draft-07 schema that compiles in strict mode (as editors and ajv read it)', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    // strictRequired off: a field required under either of its names lists the name in an anyOf branch,
    // whose properties are its parent's (ajv's own default leaves this check off too).
    const ajv = new Ajv({ strict: true, allErrors: true, strictTypes: false, strictRequired: false });
    // Annotations for editors (yaml-language-server, VS Code) and the alias marker; they do not validate.
    ajv.addVocabulary(['x-alias-of', 'deprecationMessage', 'doNotSuggest']);
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/).addFormat('email', /@/);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('generates the checked-in TypeScript types (npm run gen:types)', () => {
    expect(() => execFileSync(process.execPath, ['scripts/gen-types.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  // The contract's example is kept in test/fixtures so the test runs in a clone without ../shared;
  // where ../shared is there, the copy must still match it.
  it('validates the example case of shared/case-format.md without a schema error', () => {
    const example = readFileSync(new URL('../fixtures/contract-example.yaml', import.meta.url), 'utf8');
    const contractFile = new URL('../../../shared/case-format.md', import.meta.url);
    if (existsSync(contractFile)) expect(example).toBe(/```yaml\n([\s\S]*?)```/.exec(readFileSync(contractFile, 'utf8'))![1]);
    const parsed = parseCase('case-format.md', example);
    expect(parsed.diagnostics).toEqual([]);
    expect(validateCase(parsed.value!).diagnostics).toEqual([]);
  });

  it("knows the contract's case types and stances", () => {
    const contractTypes = ['order-defect-rate', 'design-patent-rebuttal', 'counterfeit-inauthentic'];
    for (const type of contractTypes) expect(schema.properties.type.enum).toContain(type);
    expect(schema.properties.stance.enum).toEqual(['remediate', 'dispute', 'mixed']);
  });
});
