// Prints the ids of the cases under a folder as a JSON array (for the CI per-case artifact matrix; GitHub caps it at 256).
// The id is the case's `id:` when given, else its file or folder name, as appeal-kit does.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';

const root = process.argv[2] ?? 'cases';
const ids = [];
for (const name of readdirSync(root).sort()) {
  const full = path.join(root, name);
  const file = statSync(full).isDirectory() ? ['case.yaml', 'case.yml'].map((f) => path.join(full, f)).find(existsSync) : /\.ya?ml$/.test(name) ? full : undefined;
  if (!file) continue;
  const declared = /^id:\s*["']?([a-z0-9][a-z0-9._-]*)/m.exec(readFileSync(file, 'utf8'))?.[1];
  ids.push(declared ?? (statSync(full).isDirectory() ? name : name.replace(/\.ya?ml$/, '')));
}
console.log(JSON.stringify(ids.slice(0, 256)));
