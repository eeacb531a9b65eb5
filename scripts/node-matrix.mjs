#!/usr/bin/env node
// The Node-version matrix: installs the packed tarball (.tmp/package.tgz, left by `npm test`'s test:pack) into a
// fresh consumer folder and runs an ESM import, a CJS require and the CLI under every supported Node line
// (scripts/smoke.mjs --node ...). The node binaries come from the npm registry's `node` package
// (`npm install node@24` gives node_modules/.bin/node) and are kept in .cache/node/<major>/ (gitignored), so
// only the first run downloads them (about 30 MB packed each). The line the tools run on is taken as it is.
//
// Usage: node scripts/node-matrix.mjs   (`.ci/run` runs it after `npm test`; `npm run test:node-matrix`)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The supported Node lines: README.md's support statement and package.json's `engines` agree with this list
 * (test/package/node-support.test.ts). 20 is past end of life (April 2026) and kept while the tools run on it;
 * 22 and 24 are the LTS lines; 26 is current.
 */
export const SUPPORTED_NODE_LINES = [20, 22, 24, 26];

function fail(message) {
  console.error(`test:node-matrix: ${message}`);
  process.exit(1);
}

/** The node binary of one major line, from the cache or downloaded into it. */
function nodeBinary(major) {
  if (Number(process.versions.node.split('.')[0]) === major) return process.execPath;
  const dir = join(root, '.cache', 'node', String(major));
  const bin = join(dir, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
  const works = () => existsSync(bin) && spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout?.startsWith(`v${major}.`);
  if (works()) return bin;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `node-${major}`, private: true }, null, 2));
  console.log(`=== npm install node@${major} (into ${dir}; cached for later runs) ===`);
  const r = spawnSync('npm', ['install', `node@${major}`, '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], {
    cwd: dir,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (r.status !== 0 || !works()) fail(`could not install node@${major} from the npm registry into ${dir}.`);
  return bin;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(join(root, '.tmp', 'package.tgz'))) {
    fail('.tmp/package.tgz not found: run `npm test` (or `npm run build && npm run test:pack`) first.');
  }
  const started = Date.now();
  const bins = SUPPORTED_NODE_LINES.map(nodeBinary);
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'smoke.mjs'), ...bins.flatMap((b) => ['--node', b])], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) fail(`the packed tarball failed under one of Node ${SUPPORTED_NODE_LINES.join(', ')} (see above).`);
  const versions = bins.map((b) => spawnSync(b, ['--version'], { encoding: 'utf8' }).stdout.trim());
  console.log(`\ntest:node-matrix: ESM, CJS and CLI pass on Node ${versions.join(', ')} (${((Date.now() - started) / 1000).toFixed(0)} s).`);
}
