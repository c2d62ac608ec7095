// Generates src/model/case-input.generated.ts from schemas/case.schema.json, the one source of the case's shape.
// `node scripts/gen-types.mjs --check` fails when the checked-in file is out of date (run by the tests).
import { readFileSync, writeFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';

const target = 'src/model/case-input.generated.ts';
const schema = JSON.parse(readFileSync('schemas/case.schema.json', 'utf8'));
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
