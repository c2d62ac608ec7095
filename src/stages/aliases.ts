// Other names for case fields (the domain model's names, e.g. slots_proposed for slots), read as the schema's own
// name before validation: the types, the rules and the templates see one spelling, and every position still points
// at what the user wrote. The schema declares each alias as a property marked with aliasKeyword, so editors that
// read the schema accept it too.
import { isMap, isScalar, isSeq, type Pair } from 'yaml';
import caseSchema from '../../schemas/case.schema.json' with { type: 'json' };
import type { Diagnostic } from '../model/diagnostic.js';
import type { ParsedCase, PathSegment } from './parse.js';

/** The schema keyword that marks a property as another name for the sibling property it names. */
export const aliasKeyword = 'x-alias-of';

/** The part of a JSON Schema the alias walk reads. */
export interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
  [aliasKeyword]?: string;
}

const root = caseSchema as unknown as SchemaNode & { definitions?: Record<string, SchemaNode> };

/** Follows a local `#/definitions/x` reference. */
function deref(node: SchemaNode | undefined): SchemaNode | undefined {
  if (!node?.$ref?.startsWith('#/definitions/')) return node;
  return root.definitions?.[node.$ref.slice('#/definitions/'.length)];
}

/** The schema node at a data path (numbers step into list items), or undefined off the schema. */
export function schemaAt(path: PathSegment[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const segment of path) {
    node = deref(node);
    node = typeof segment === 'number' ? node?.items : node?.properties?.[segment];
  }
  return deref(node);
}

/** The canonical name of a key in an object schema: the property an alias stands for, else the key itself. */
export function canonicalKey(schema: SchemaNode | undefined, key: string): string {
  return schema?.properties?.[key]?.[aliasKeyword] ?? key;
}

/**
 * A required field that has an alias is required under either name: `allOf: [{ anyOf: [{ required: [name] },
 * { required: [alias] }] }]` beside the object's `required` list, so an editor accepts the alias.
 */
function requiredEitherWay(entry: unknown, properties: Record<string, unknown>): string | undefined {
  const anyOf = (entry as { anyOf?: { required?: string[] }[] } | undefined)?.anyOf;
  if (Object.keys(entry as object).length !== 1 || anyOf?.length !== 2) return undefined;
  const [[name], [alias]] = anyOf.map((a) => a.required ?? []);
  return (properties[alias] as SchemaNode | undefined)?.[aliasKeyword] === name ? name : undefined;
}

/**
 * A copy of a schema without its aliases: alias properties dropped, and a field required under either name
 * required under its own. This is what the validator and the generated types are made from.
 */
export function withoutAliases<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(withoutAliases) as T;
  if (!schema || typeof schema !== 'object') return schema;
  const node = schema as Record<string, unknown>;
  const properties = (node.properties ?? {}) as Record<string, unknown>;
  const eitherWay = Array.isArray(node.allOf) ? node.allOf.map((e) => requiredEitherWay(e, properties)) : [];
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties') {
      out[key] = Object.fromEntries(
        Object.entries(properties)
          .filter(([, p]) => !(p && typeof p === 'object' && aliasKeyword in p))
          .map(([k, p]) => [k, withoutAliases(p)]),
      );
    } else if (key === 'required' && eitherWay.some(Boolean)) {
      out[key] = [...(value as string[]), ...eitherWay.filter((name): name is string => !!name)];
    } else if (key === 'allOf' && eitherWay.some(Boolean)) {
      const rest = (value as unknown[]).filter((_, i) => !eitherWay[i]).map(withoutAliases);
      if (rest.length) out[key] = rest;
    } else {
      out[key] = withoutAliases(value);
    }
  }
  return out as T;
}

/**
 * Renames alias keys to their canonical names, in place: in the YAML nodes (which keep their source positions)
 * and in the data. Each alias gets an info diagnostic naming the field to write; a mapping that holds a field under
 * two names gets an error at the second, and keeps the canonical spelling (else the first).
 */
export function resolveAliases(parsed: ParsedCase): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const at = (pair: Pair) => {
    const range = isScalar(pair.key) ? pair.key.range : undefined;
    const start = parsed.lineCounter.linePos(range?.[0] ?? 0);
    const end = parsed.lineCounter.linePos(range?.[1] ?? 0);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };
  const visit = (node: unknown, schema: SchemaNode | undefined) => {
    if (!schema) return;
    if (isSeq(node)) {
      for (const item of node.items) visit(item, deref(schema.items));
      return;
    }
    if (!isMap(node)) return;
    const groups = new Map<string, Pair[]>();
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const canonical = canonicalKey(schema, String(pair.key.value));
      groups.set(canonical, [...(groups.get(canonical) ?? []), pair]);
    }
    for (const [canonical, pairs] of groups) {
      const written = (pair: Pair) => String((pair.key as { value: unknown }).value);
      const kept = pairs.find((p) => written(p) === canonical) ?? pairs[0];
      for (const pair of pairs.slice(1)) {
        const first = at(pairs[0]);
        diagnostics.push({
          file: parsed.file,
          ...at(pair),
          severity: 'error',
          ruleId: 'alias',
          message: `"${written(pair)}" and "${written(pairs[0])}" are two names for the same field; keep one`,
          note: `"${written(pairs[0])}" is at line ${first.line}. Delete one of them; the case format calls the field "${canonical}".`,
        });
      }
      for (const pair of pairs) if (pair !== kept) node.items.splice(node.items.indexOf(pair), 1);
      if (written(kept) !== canonical) {
        diagnostics.push({
          file: parsed.file,
          ...at(kept),
          severity: 'info',
          ruleId: 'alias',
          message: `"${written(kept)}" is read as "${canonical}"`,
          note: `The case format calls this field "${canonical}"; write that name so the case reads as the documentation does.`,
        });
        (kept.key as { value: unknown }).value = canonical;
      }
      visit(kept.value, deref(schema.properties?.[canonical]));
    }
  };
  visit(parsed.doc.contents, root);
  // Every rename or removal comes with a diagnostic; without one the data is already canonical.
  if (diagnostics.length) parsed.data = parsed.doc.toJS({ maxAliasCount: 100 });
  return diagnostics;
}

/** A data path as the user wrote it: each key under the name the file uses (an alias stays an alias). */
export function writtenPath(parsed: ParsedCase, path: PathSegment[]): PathSegment[] {
  let node: unknown = parsed.doc.contents;
  return path.map((segment) => {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      node = pair?.value;
      const source = pair && isScalar(pair.key) ? pair.key.source : undefined;
      return typeof source === 'string' && typeof segment === 'string' ? source : segment;
    }
    node = isSeq(node) && typeof segment === 'number' ? node.items[segment] : undefined;
    return segment;
  });
}
