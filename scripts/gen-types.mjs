// Generates src/model/case-input.generated.ts from schemas/case.schema.json, the one source of the case's shape.
// `node scripts/gen-types.mjs --check` fails when the checked-in file is out of date (run by the tests).
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';

const target = 'src/model/case-input.generated.ts';
// Aliases (properties marked "x-alias-of", and required fields written as "either name") are resolved before
// validation, so the types leave them out, as withoutAliases() in src/stages/aliases.ts does for the validator.
const eitherWay = (entry, properties) => {
  const [a, b] = entry?.anyOf ?? [];
  return Object.keys(entry ?? {}).length === 1 &&
    entry.anyOf.length === 2 &&
    properties?.[b.required?.[0]]?.['x-alias-of'] === a.required?.[0]
    ? a.required[0]
    : undefined;
};
const withoutAliases = (node) => {
  if (Array.isArray(node)) return node.map(withoutAliases);
  if (!node || typeof node !== 'object') return node;
  const names = (node.allOf ?? []).map((e) => eitherWay(e, node.properties));
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties')
      out[key] = Object.fromEntries(
        Object.entries(value)
          .filter(([, p]) => !('x-alias-of' in p))
          .map(([k, p]) => [k, withoutAliases(p)]),
      );
    else if (key === 'required' && names.some(Boolean)) out[key] = [...value, ...names.filter(Boolean)];
    else if (key === 'allOf' && names.some(Boolean)) {
      const rest = value.filter((_, i) => !names[i]).map(withoutAliases);
      if (rest.length) out[key] = rest;
    } else out[key] = withoutAliases(value);
  }
  return out;
};
const schema = withoutAliases(JSON.parse(readFileSync('schemas/case.schema.json', 'utf8')));
const ts = await compile(schema, 'CaseInput', {
  bannerComment: '// Generated from schemas/case.schema.json by scripts/gen-types.mjs. Do not edit by hand.',
  additionalProperties: false,
  style: { singleQuote: true },
});
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== ts) {
    console.error(`${target} is out of date: run npm run gen:types`);
    process.exit(1);
  }
} else {
  writeFileSync(target, ts);
}
