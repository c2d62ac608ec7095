// The part of a case that fits the schema, for a case that does not fit as a whole: the fields the schema
// rejects are set aside (their errors are reported by the validate stage), so that the later stages can
// still check evidence, run the rules and compose a draft from everything else.
import type { ErrorObject } from 'ajv';
import type { CaseInput } from '../model/case.js';
import { caseValidator, pointerToPath } from './validate.js';

type Segment = string | number;

/** The most rounds of setting fields aside; each round removes at least one field. */
const maxRounds = 64;

/**
 * The case data with every field the schema rejects removed, when what remains fits the schema; else
 * undefined (a required field is missing or wrong, so no case can be made). Only object fields are removed,
 * never single list items, so list positions (RC1 at root_causes[0]) keep pointing at the same YAML nodes:
 * a rejected list item takes its whole list with it. `setAside` names more fields to leave out (texts too
 * long to compose).
 */
export function fittingPart(data: unknown, setAside: Segment[][] = []): CaseInput | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const validate = caseValidator();
  const current: unknown = structuredClone(data);
  for (const path of setAside) {
    const field = objectField(path);
    if (!field) return undefined;
    removeAt(current, field);
  }
  for (let round = 0; round < maxRounds; round++) {
    if (validate(current)) return current;
    let removed = false;
    for (const error of validate.errors ?? []) {
      const path = fieldToRemove(error);
      if (!path) return undefined;
      if (removeAt(current, path)) removed = true;
    }
    if (!removed) return undefined;
  }
  return undefined;
}

/** The object field that has to go for this error to disappear; undefined when it is the whole case. */
function fieldToRemove(error: ErrorObject): Segment[] | undefined {
  const path = pointerToPath(error.instancePath);
  if (error.keyword === 'additionalProperties') path.push(String(error.params.additionalProperty));
  return objectField(path);
}

/** The path cut back to its last object field (a list item stands for its whole list). */
function objectField(path: Segment[]): Segment[] | undefined {
  const field = [...path];
  while (field.length && typeof field[field.length - 1] === 'number') field.pop();
  return field.length ? field : undefined;
}

function removeAt(root: unknown, path: Segment[]): boolean {
  let node = root as Record<string | number, unknown> | undefined;
  for (const segment of path.slice(0, -1)) {
    node = node?.[segment] as Record<string | number, unknown> | undefined;
    if (!node || typeof node !== 'object') return false;
  }
  const last = path[path.length - 1];
  if (!node || Array.isArray(node) || !Object.hasOwn(node, last)) return false;
  delete node[last];
  return true;
}
