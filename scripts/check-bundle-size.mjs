#!/usr/bin/env node
// Fails the build when the JavaScript needed for the first paint exceeds its budget (gzip).
// Initial JS = the entry chunk plus every chunk it imports statically; lazy chunks and workers are
// reported separately.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KB = 120;
const dist = 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
if (!entry) throw new Error('No entry chunk in dist/.vite/manifest.json');

const initial = new Set();
const visit = (key) => {
  const chunk = manifest[key] ?? Object.values(manifest).find((c) => c.file === key);
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(Object.keys(manifest).find((key) => manifest[key] === entry));

const gz = (file) => gzipSync(readFileSync(join(dist, file))).length / 1024;
const js = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) =>
  f.endsWith('.js'),
);
let initialKb = 0;
const rows = js.map((file) => {
  const kb = gz(file);
  const isInitial = initial.has(file);
  if (isInitial) initialKb += kb;
  return { file, kb, isInitial };
});
rows.sort((a, b) => Number(b.isInitial) - Number(a.isInitial) || b.kb - a.kb);
for (const row of rows) {
  console.log(
    `${row.isInitial ? 'initial' : 'lazy   '}  ${row.kb.toFixed(1).padStart(7)} kB gzip  ${row.file}`,
  );
}
console.log(`Initial JavaScript: ${initialKb.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB)`);
if (initialKb > BUDGET_KB) {
  console.error(`Initial JavaScript is over budget by ${(initialKb - BUDGET_KB).toFixed(1)} kB.`);
  process.exit(1);
}
