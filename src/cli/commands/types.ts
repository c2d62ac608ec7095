// `appeal types`: every case type with its one-line description and the evidence Amazon expects.
import { caseTypes } from '../../domain/case-types.js';

/** The text `appeal types` prints. */
export function typesText(): string {
  const width = Math.max(...caseTypes.map((t) => t.type.length));
  return `${caseTypes
    .map((t) => `${t.type.padEnd(width)}  ${t.description}\n${' '.repeat(width + 2)}evidence: ${t.evidence.join(', ')}\n`)
    .join('')}\n${caseTypes.length} case types. Start a case with: appeal new <case-id> --type <type> --marketplace <code>\n`;
}
