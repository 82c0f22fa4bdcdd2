// Builds the web app into web/dist when the build is missing or older than its sources (`npm start` runs it
// first, and so does the test setup), so the quick start stays two commands. `--force` builds anyway.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAMP = join(ROOT, 'web/dist/.sources-hash');

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** A hash of everything the build reads: the app's sources, the shared country names, the lockfile. */
export function sourcesHash(): string {
  const hash = createHash('sha256');
  const inputs = [
    ...files(join(ROOT, 'web/src')),
    join(ROOT, 'web/index.html'),
    join(ROOT, 'web/vite.config.ts'),
    join(ROOT, 'src/core/values/countries.data.ts'),
    join(ROOT, 'package-lock.json'),
  ];
  for (const path of inputs) hash.update(relative(ROOT, path)).update('\0').update(readFileSync(path));
  return hash.digest('hex');
}

/** Builds unless web/dist holds a build of exactly these sources; returns whether it built. */
export async function buildWebIfStale(force = false): Promise<boolean> {
  const hash = sourcesHash();
  if (!force && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return false;
  process.stdout.write('Building the web app (web/dist)…\n');
  await build({ configFile: join(ROOT, 'web/vite.config.ts'), root: join(ROOT, 'web'), logLevel: 'warn' });
  writeFileSync(STAMP, hash);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  await buildWebIfStale(process.argv.includes('--force'));
