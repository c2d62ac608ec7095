// Values YAML reads but no case means: numbers that are not finite (1e309 reads as infinity, .nan as
// not-a-number) and dates outside the years a case can concern (9999-12-31). Each is refused at its line
// and set aside, so the documents never print ∞% or fail on a date past the calendar's end.
import type { Diagnostic } from '../model/diagnostic.js';
import { locate, type ParsedCase, type PathSegment } from './parse.js';

/** The years a date in a case may fall in. */
export const PLAUSIBLE_YEARS = { from: 1970, to: 2199 } as const;

const isoDateStart = /^(\d{4})-\d{2}-\d{2}(?:$|[T ])/;

/** The non-finite numbers and implausible dates of a case, each with its path and diagnostic. */
export function implausibleValues(parsed: ParsedCase): { path: PathSegment[]; diagnostic: Diagnostic }[] {
  const found: { path: PathSegment[]; diagnostic: Diagnostic }[] = [];
  const at = (path: PathSegment[], message: string, note: string) =>
    found.push({ path, diagnostic: { file: parsed.file, ...locate(parsed, path), severity: 'error', ruleId: 'input', message, note } });
  const name = (path: PathSegment[]) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
  const stack: [unknown, PathSegment[]][] = [[parsed.data, []]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'number' && !Number.isFinite(node)) {
      at(
        path,
        `${name(path)} is ${Number.isNaN(node) ? 'not a number (.nan)' : 'infinite (a number too large to hold, or .inf)'}`,
        'Write the figure as it is, e.g. 2.1.',
      );
    } else if (typeof node === 'string') {
      const year = isoDateStart.exec(node)?.[1];
      if (year && (Number(year) < PLAUSIBLE_YEARS.from || Number(year) > PLAUSIBLE_YEARS.to)) {
        at(
          path,
          `${name(path)}: ${node.slice(0, 10)} is not a date a case can concern (years ${PLAUSIBLE_YEARS.from} to ${PLAUSIBLE_YEARS.to})`,
          'Write the real date, as YYYY-MM-DD.',
        );
      }
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => stack.push([item, [...path, i]]));
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) stack.push([value, [...path, key]]);
    }
  }
  return found.reverse();
}
