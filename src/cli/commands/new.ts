// `appeal new <case-id> --type <type> --marketplace <code>`: writes cases/<case-id>/case.yaml (a commented
// starter for the type) and an empty evidence/ folder, or with --flat cases/<case-id>.yaml (its evidence in
// cases/evidence/); never overwrites an existing case. The starter's schema modeline points at the schema
// the repository has (see schemaFor), relative to the file written.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { caseTypes } from '../../domain/case-types.js';
import caseSchema from '../../../schemas/case.schema.json' with { type: 'json' };
import type { CaseType, Marketplace } from '../../model/case.js';
import { fileExists } from '../../fs.js';
import { fileReference, schemaFor } from '../../package-files.js';
import { starterYaml } from './starter.js';

/** Options of `appeal new`. */
export interface NewCaseOptions {
  type: string;
  marketplace: string;
  dir: string;
  language: string;
  /** Write the single-file form <dir>/<id>.yaml instead of <dir>/<id>/case.yaml. */
  flat?: boolean;
}

const marketplaces: string[] = caseSchema.properties.marketplace.enum;

/** Writes the starter; returns the problem as a message when it cannot (unknown type, existing case). */
export async function newCase(id: string, o: NewCaseOptions): Promise<{ file?: string; error?: string }> {
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(id) || id.length > 80)
    return { error: `"${id}" is not a usable case id: use lower-case letters, digits and dashes, e.g. sunrise-odr-2026-11` };
  if (!caseTypes.some((t) => t.type === o.type)) return { error: `unknown case type "${o.type}"; run \`appeal types\` to list them` };
  const market = o.marketplace.toUpperCase();
  if (!marketplaces.includes(market)) return { error: `unknown marketplace "${o.marketplace}"; use one of ${marketplaces.join(' ')}` };
  if (!/^[a-z]{2}$/.test(o.language)) return { error: `"${o.language}" is not a two-letter language code such as en or ja` };
  const folder = o.flat ? o.dir : path.join(o.dir, id);
  const file = o.flat ? path.join(o.dir, `${id}.yaml`) : path.join(folder, 'case.yaml');
  for (const existing of [path.join(o.dir, id), path.join(o.dir, `${id}.yaml`), path.join(o.dir, `${id}.yml`)]) {
    if (await fileExists(existing))
      return { error: `${existing} already exists; not overwriting it (choose another case id or remove it first)` };
  }
  await mkdir(path.join(folder, 'evidence'), { recursive: true });
  const schemaRef = fileReference(folder, schemaFor(folder));
  await writeFile(
    file,
    starterYaml({ id, type: o.type as CaseType, marketplace: market as Marketplace, language: o.language, schemaRef }),
    { flag: 'wx' },
  );
  return { file };
}
