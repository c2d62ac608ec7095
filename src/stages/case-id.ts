// Case ids name output folders, so an id from a file or folder name is held to the same rules as one
// written in the case: the schema's pattern and length, and no name Windows reserves for a device.
import type { Diagnostic } from '../model/diagnostic.js';

/** The pattern and length the schema gives `id`. */
export const CASE_ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
export const CASE_ID_MAX_LENGTH = 80;

// Windows reserves these names (with any extension) for devices: a folder called con or aux.pdf cannot be made.
const reserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/;

/** What is wrong with a case id, or undefined when it is fine. */
export function caseIdProblem(id: string): string | undefined {
  if (id.length > CASE_ID_MAX_LENGTH) return `is ${id.length} characters long, over the limit of ${CASE_ID_MAX_LENGTH}`;
  if (!CASE_ID_PATTERN.test(id)) return 'may hold only lower-case letters a-z, digits, "-", "_" and ".", starting with a letter or digit';
  if (id.endsWith('.')) return 'may not end with "."';
  if (reserved.test(id)) return `is a name Windows reserves for a device (${id.split('.')[0].toUpperCase()})`;
  return undefined;
}

/** A suggestion for an id: the name lower-cased, other characters as "-", cut to the limit. */
export function suggestedCaseId(name: string): string {
  const base = name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/[.-]+$/, '')
    .slice(0, CASE_ID_MAX_LENGTH);
  const id = base || 'case';
  return reserved.test(id) ? `${id}-case` : id;
}

/** The diagnostic of a case whose id cannot name its output folder (`derived`: the id came from the file or folder name). */
export function caseIdDiagnostic(file: string, id: string, derived: boolean, at: { line: number; column: number }): Diagnostic | undefined {
  const problem = caseIdProblem(id);
  if (!problem) return undefined;
  const shown = id.length > 40 ? `${id.slice(0, 40)}…` : id;
  return {
    file,
    ...at,
    severity: 'error',
    ruleId: 'case-id',
    message: derived
      ? `the case id "${shown}", taken from the ${/case\.ya?ml$/i.test(file) ? 'folder' : 'file'} name, ${problem}`
      : `the case id "${shown}" ${problem}`,
    note: `Write an id in the case, e.g. id: ${suggestedCaseId(id)}${derived ? ', or rename the file' : ''}. Nothing is written for this case until then.`,
  };
}
