// Copies out/<case>/ folders (links into out/.store) into a plain folder for CI artifacts: <dest>/<case>/...
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const [from = 'out', to = 'artifacts'] = process.argv.slice(2);
mkdirSync(to, { recursive: true });
if (existsSync(from)) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    cpSync(path.join(from, entry.name), path.join(to, entry.name), { recursive: true, dereference: true });
  }
}
