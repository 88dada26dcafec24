#!/usr/bin/env node
// Entry point: loads the compiled CLI, or says how to build it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('tfts: the TypeScript build is missing (dist/). Build it with: npm run build  (or npm ci)\n');
  process.exit(2);
}
const { main } = await import(entry.href);
await main(process.argv);
