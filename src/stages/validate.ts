// JSON Schema checks (ajv, draft-07) -> diagnostics at YAML positions.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, Options, ValidateFunction } from 'ajv';
import { isMap, isScalar, type Pair, type Scalar } from 'yaml';
import type { FormatsPlugin } from 'ajv-formats';
import caseSchema from '../../schemas/case.schema.json' with { type: 'json' };
import type { Diagnostic } from '../model/diagnostic.js';
import type { AppealCase } from '../model/case-input.generated.js';
import { packagePath } from '../package-files.js';
import { locate, sourceTextAt, type ParsedCase, type PathSegment } from './parse.js';
import { canonicalKey, schemaAt, withoutAliases, writtenPath } from './aliases.js';

const require = createRequire(import.meta.url);

let compiled: ValidateFunction<AppealCase> | undefined;

/**
 * The compiled case schema, built once per process: the validator `npm run compile` generated (see
 * caseValidatorModule) when it is there and made from this schema, else compiled now with ajv.
 */
export function caseValidator(): ValidateFunction<AppealCase> {
  compiled ??= prebuiltValidator() ?? (caseAjv(false).compile<AppealCase>(validatedSchema()) as ValidateFunction<AppealCase>);
  return compiled;
}

const AJV_OPTIONS: Options = { allErrors: true, strict: false, allowUnionTypes: true };

/** The ajv instance the case schema is compiled with; `source` keeps the generated code (for caseValidatorModule). */
function caseAjv(source: boolean): Ajv {
  // ajv is loaded here, not at the top: a run with the generated validator never needs it.
  const { Ajv } = require('ajv') as typeof import('ajv');
  // ajv-formats is CommonJS with a default export.
  const formats = require('ajv-formats') as FormatsPlugin & { default?: FormatsPlugin };
  const ajv = new Ajv({ ...AJV_OPTIONS, ...(source ? { code: { source: true } } : {}) });
  (formats.default ?? formats)(ajv, ['date', 'email']);
  return ajv;
}

// Aliases were renamed before validation (stages/aliases.ts), so only the canonical names are valid here.
let schema: object | undefined;
const validatedSchema = () => (schema ??= withoutAliases(caseSchema));

/** What a generated validator must have been made from: the schema as validated, ajv's version and options. */
function validatorDigest(): string {
  const version = (require('ajv/package.json') as { version: string }).version;
  return createHash('sha256')
    .update(JSON.stringify([validatedSchema(), version, AJV_OPTIONS]))
    .digest('hex');
}

/** The generated validator's file (beside the compiled code). */
export const prebuiltValidatorFile = (): string => packagePath('dist', 'case-validator.cjs');

/** The generated validator, when there is one made from this schema with this ajv. */
function prebuiltValidator(): ValidateFunction<AppealCase> | undefined {
  try {
    const generated = require(prebuiltValidatorFile()) as ValidateFunction<AppealCase> & { schemaDigest?: string };
    return generated.schemaDigest === validatorDigest() ? generated : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The case schema's validator as a CommonJS module (ajv's standalone code): compiling the schema is one of
 * the larger costs of a run's first case, so `npm run compile` does it once and writes this to dist/.
 */
export function caseValidatorModule(): string {
  const standaloneCode = (require('ajv/dist/standalone') as { default: (ajv: Ajv, validate: ValidateFunction) => string }).default;
  const ajv = caseAjv(true);
  const code = standaloneCode(ajv, ajv.compile(validatedSchema()));
  return `${code}\nmodule.exports.schemaDigest = ${JSON.stringify(validatorDigest())};\n`;
}

/** Validates parsed data against schemas/case.schema.json (aliases already resolved); every problem is reported at once. */
export function validateCase(parsed: ParsedCase): { value?: AppealCase; diagnostics: Diagnostic[] } {
  const validate = caseValidator();
  if (validate(parsed.data)) return { value: parsed.data, diagnostics: [] };
  const diagnostics = dedupe(validate.errors ?? [])
    .map((error) => toDiagnostic(parsed, error))
    .filter((d): d is Diagnostic => d !== undefined);
  return { diagnostics };
}

function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The path a JSON pointer (an ajv error's instancePath) names, array indices as numbers. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function fieldName(parsed: ParsedCase, canonical: PathSegment[]): string {
  const path = writtenPath(parsed, canonical);
  return path.length
    ? path
        .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
        .join('')
        .replace(/^\./, '')
    : 'the case';
}

const patternHints: Record<string, string> = {
  '^[0-9A-Z]{10}$': 'an ASIN is 10 capital letters or digits, e.g. B0C1234567',
  '^[0-9]{3}-[0-9]{7}-[0-9]{7}$': 'an Amazon order id has 3-7-7 digits, e.g. 112-3456789-1234567',
  '^RC[0-9]+$': 'root cause ids look like RC1, RC2',
  '^G[0-9]+$': 'ground ids look like G1, G2',
  '^CA[0-9]+$': 'corrective action ids look like CA1, CA2',
  '^PM[0-9]+$': 'preventive measure ids look like PM1, PM2',
  '^E[0-9]+$': 'evidence ids look like E1, E2',
  '^(RC|G)[0-9]+$': 'point at a root cause (RC1) or a ground (G1)',
  '^[a-z0-9][a-z0-9._-]*$': 'use lower-case letters, digits and dashes, e.g. sunrise-odr-2026-11',
  '^(L[0-9]{2}|[a-z][a-z0-9]*(-[a-z0-9]+)*)$': 'name a rule by its id (L19) or its name (length)',
  '^[a-z]{2}$': 'a two-letter language code such as en or ja',
};

const noValue = (pair: Pair) => pair.value === null || (isScalar(pair.value) && pair.value.value === null && !pair.value.source);

/**
 * A comma inside a plain value of a `{ }` mapping ends the value: `{ title: Strips (ES, FR, IT) }` reads as title
 * "Strips (ES" and the fields "FR" and "IT)", which have no value. For such a field: the field whose value the
 * comma ended, the value as written, and whether this is the first of the pieces (the one reported).
 */
export function commaSplitValue(
  parsed: ParsedCase,
  path: PathSegment[],
  key: string,
): { field: string; value: string; first: boolean } | undefined {
  const map = parsed.doc.getIn(path, true);
  if (!isMap(map) || !map.flow) return undefined;
  const pairs = map.items as Pair[];
  const i = pairs.findIndex((p) => isScalar(p.key) && String(p.key.value) === key);
  if (i < 1 || !noValue(pairs[i])) return undefined;
  let owner = i - 1;
  while (owner >= 0 && noValue(pairs[owner])) owner--;
  const ownerPair = pairs[owner];
  if (!ownerPair || !isScalar(ownerPair.key) || !isScalar(ownerPair.value) || ownerPair.value.type !== 'PLAIN') return undefined;
  let value = String(ownerPair.value.source ?? ownerPair.value.value);
  let end = ownerPair.value.range?.[1];
  for (let k = owner + 1; k < pairs.length && noValue(pairs[k]) && isScalar(pairs[k].key); k++) {
    const piece = pairs[k].key as Scalar;
    // The comma and the spaces after it as written: "2,600 units" stays "2,600 units", "ES, FR" stays "ES, FR".
    const spaces = end !== undefined && piece.range ? Math.max(0, piece.range[0] - end - 1) : 1;
    value += `,${' '.repeat(spaces)}${String(piece.source ?? piece.value)}`;
    end = piece.range?.[1];
  }
  return { field: String(ownerPair.key.value), value, first: i === owner + 1 };
}

function toDiagnostic(parsed: ParsedCase, error: ErrorObject): Diagnostic | undefined {
  const path = pointerToPath(error.instancePath);
  const base = { file: parsed.file, severity: 'error' as const, ruleId: 'schema' };
  const where = fieldName(parsed, path);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const split = commaSplitValue(parsed, path, key);
      if (split) {
        // One report for the whole value, at the value the comma cut short; its other pieces say nothing new.
        if (!split.first) return undefined;
        const quotedValue = `"${split.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
        return {
          ...base,
          ...locate(parsed, [...path, split.field]),
          message: `the comma ended the value of ${split.field} in ${where}; "${key}" was read as a field of its own`,
          note: `Inside { } a comma ends a value. Put the value in quotes: ${split.field}: ${quotedValue}`,
        };
      }
      const pos = locate(parsed, [...path, key], 'key');
      const schema = schemaAt(path);
      const names = Object.keys(schema?.properties ?? {});
      const known = names.filter((name) => canonicalKey(schema, name) === name);
      // A near miss of an alias suggests the canonical name, the one the documentation shows.
      const near = closest(key, names);
      const suggestion = near && canonicalKey(schema, near);
      const topLevel = path.length > 0 && key in (schemaAt([])?.properties ?? {}) && canonicalKey(schemaAt([]), key) === key;
      return {
        ...base,
        ...pos,
        message: `unknown field "${key}" in ${where}`,
        note: topLevel
          ? `"${key}" is written at the top level of the case, not inside ${where}.`
          : suggestion
            ? `Did you mean "${suggestion}"?`
            : known.length
              ? `Allowed here: ${known.join(', ')}.`
              : undefined,
      };
    }
    case 'required': {
      const missing = String(error.params.missingProperty);
      return { ...base, ...locate(parsed, path, 'key'), message: `${where} is missing the required field "${missing}"` };
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const value = String(valueAt(parsed.data, path));
      const suggestion = valueHint(value, allowed) ?? closest(value, allowed);
      return {
        ...base,
        ...locate(parsed, path),
        message: `${where} is "${value}", which is not one of the allowed values`,
        note: suggestion ? `Did you mean "${suggestion}"? Allowed: ${allowed.join(', ')}.` : `Allowed: ${allowed.join(', ')}.`,
      };
    }
    case 'pattern': {
      const hint = patternHints[String(error.params.pattern)];
      return {
        ...base,
        ...locate(parsed, path),
        message: `${where} "${String(valueAt(parsed.data, path))}" has the wrong form${hint ? `: ${hint}` : ''}`,
      };
    }
    case 'format': {
      const format = String(error.params.format);
      const message =
        format === 'date'
          ? `${where} must be a real date written YYYY-MM-DD (e.g. 2026-11-02)`
          : format === 'email'
            ? `${where} must be an e-mail address`
            : `${where} must be a valid ${format}`;
      return { ...base, ...locate(parsed, path), message };
    }
    case 'type': {
      const source = sourceTextAt(parsed, path);
      const expected = String(error.params.type);
      const quoteHint =
        expected === 'string' && source !== undefined && /^[-+0-9.:]+$|^(yes|no|on|off|true|false|null|~)$/i.test(source)
          ? `Put it in quotes ("${source}") so it stays text.`
          : undefined;
      return { ...base, ...locate(parsed, path), message: `${where} must be ${article(expected)} ${expected}`, note: quoteHint };
    }
    case 'minItems':
      return {
        ...base,
        ...locate(parsed, path, 'key'),
        message: `${where} needs at least ${error.params.limit} item${error.params.limit === 1 ? '' : 's'}`,
      };
    case 'minLength':
      return { ...base, ...locate(parsed, path), message: `${where} is too short (at least ${error.params.limit} characters)` };
    case 'maxLength':
      return { ...base, ...locate(parsed, path), message: `${where} is too long (at most ${error.params.limit} characters)` };
    case 'uniqueItems':
      return { ...base, ...locate(parsed, path), message: `${where} lists the same value twice` };
    default:
      return { ...base, ...locate(parsed, path), message: `${where} ${error.message ?? 'is not valid'}` };
  }
}

// Values the domain model spells differently from the case format (the keys have aliases; values get a hint).
const valueNames: Record<string, string> = {
  completed: 'done',
  'admit-and-remediate': 'remediate',
  'dispute-error': 'dispute',
  'account-at-risk-ahr': 'account-at-risk',
};

/** The allowed value a known other spelling stands for: snake_case for kebab-case, or the domain model's name. */
function valueHint(value: string, allowed: string[]): string | undefined {
  const kebab = value.trim().toLowerCase().replace(/_/g, '-');
  const hint = allowed.includes(kebab) ? kebab : valueNames[kebab];
  return hint && allowed.includes(hint) ? hint : undefined;
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

function valueAt(data: unknown, path: PathSegment[]): unknown {
  let node: unknown = data;
  for (const segment of path) node = (node as Record<string | number, unknown> | undefined)?.[segment];
  return node;
}

/** The closest candidate by edit distance, when it is close enough to be a likely typo. */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
