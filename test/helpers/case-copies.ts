// Copies of sample cases under new ids, and the hashes of an output tree.
import { cpSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

/** Copies cases/<sample> to <root>/cases/<id>/ with its `id:` set to id; returns the case file. */
export function copyCaseAs(sample: string, id: string, root: string): string {
  const dir = path.join(root, 'cases', id);
  cpSync(path.join('cases', sample), dir, { recursive: true });
  const file = path.join(dir, 'case.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^id: .*$/m, `id: ${id}`));
  return file;
}

/** path -> sha256 of every file under a folder (following the out/<id> links), .cache and .store left out. */
export function treeHashes(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name === '.cache' || name === '.store') continue;
      const full = path.join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(full).isDirectory()) walk(full, r);
      else out[r] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(root, '');
  return out;
}
