// Test helper: fills a starter's TODO placeholders with valid values, chosen by the key they sit under,
// and copies a small real file into evidence/ for every evidence item.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

const fixtures = fileURLToPath(new URL('../unit/rules/fixtures/evidence', import.meta.url));

const dates = new Set(['received', 'done_on', 'starts', 'date', 'invited_on', 'warning_date', 'requested_on', 'received_on', 'book_by']);
const numbers: Record<string, number> = {
  value: 2.1,
  quantity: 500,
  units_available: 60,
  reviews_obtained: 26,
  reviews_still_live: 9,
  classes: 21,
};
const slots = ['2026-10-22 10:00', '2026-10-22 15:00', '2026-10-23 10:00'];

/** The value a TODO under `key` (index `i` in a list) becomes. */
function valueFor(key: string, i: number): string | number {
  if (dates.has(key)) return '2026-10-20';
  if (key === 'independent_design_since') return '2024-03-01';
  if (key === 'login_email' || key === 'email') return 'ops@sunrise-home.example';
  if (key === 'asin' || key === 'asins') return 'B0C1234567';
  if (key === 'order_id') return '112-3456789-1234567';
  if (key === 'slots') return slots[i];
  if (key in numbers) return numbers[key];
  if (key === 'name' || key === 'holder_name' || key === 'issuer' || key === 'store_name') return 'Li Wei Trading';
  if (key === 'website') return 'https://liwei-trading.example';
  if (key === 'phone') return '+86 755 1234 5678';
  if (key === 'title') return `Checked record ${i + 1} for B0C1234567`;
  return 'On 2026-10-20 we recorded 14 units of B0C1234567 and filed the record with the case.';
}

function fillNode(node: Node | null, key: string): void {
  if (isMap(node))
    for (const pair of node.items)
      fill(pair.value as Node, String((pair.key as { value?: unknown })?.value ?? ''), 0, (v) => (pair.value = v));
  else if (isSeq(node)) node.items.forEach((item, i) => fill(item as Node, key, i, (v) => (node.items[i] = v)));
}

function fill(node: Node | null, key: string, i: number, set: (v: Node) => void): void {
  if (isScalar(node) && typeof node.value === 'string' && node.value.startsWith('TODO')) {
    node.value = valueFor(key, i);
    void set;
  } else fillNode(node, key);
}

/** Fills the starter at `file` in place and creates its evidence files; returns the filled text. */
export function fillStarter(file: string): string {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  fillNode(doc.contents as Node, '');
  const text = doc.toString();
  writeFileSync(file, text);
  const evidence = (doc.toJS() as { evidence: { file: string }[] }).evidence;
  for (const e of evidence) {
    const target = path.join(path.dirname(file), e.file);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(fixtures, e.file.endsWith('.png') ? 'rota.png' : 'invoice.pdf'), target);
  }
  return text;
}
