#!/usr/bin/env node
/**
 * API report: runs API Extractor on the built declarations of every package entry (dist/index.d.ts,
 * dist/<area>/index.d.ts) and compares the result with the committed report `etc/<entry>.api.md`.
 *
 *   node scripts/api-report.mjs           check (npm test): fails when the public surface differs from the report
 *   node scripts/api-report.mjs --update  rewrite the reports (npm run api:update), then commit them with the change
 *
 * Needs `npm run build` first. Names tagged `@internal` (exported from an area's index for the other areas only)
 * appear in the report marked as such: they are not part of the supported API.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const update = process.argv.includes('--update');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** `.` → `index`, `./calendar` → `calendar`, with the built declaration file of each. */
const entries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && target.import?.types)
  .map(([key, target]) => ({ name: key === '.' ? 'index' : key.slice(2), types: join(root, target.import.types) }));

mkdirSync(join(root, 'etc'), { recursive: true });
mkdirSync(join(root, '.tmp', 'api'), { recursive: true });
let failed = false;
for (const entry of entries) {
  if (!existsSync(entry.types)) {
    console.error(`${entry.types} is missing: run npm run build first`);
    process.exit(1);
  }
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: entry.types,
      bundledPackages: [],
      compiler: {
        overrideTsconfig: {
          compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022'], types: ['node'], strict: true, skipLibCheck: true },
        },
      },
      apiReport: { enabled: true, reportFileName: `${entry.name}.api.md`, reportFolder: join(root, 'etc'), reportTempFolder: join(root, '.tmp', 'api') },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      newlineKind: 'lf',
      messages: {
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        extractorMessageReporting: {
          default: { logLevel: 'none', addToApiReportFile: false },
          // A type used by a public signature but exported from no entry: listed in the report so review sees it.
          'ae-forgotten-export': { logLevel: 'none', addToApiReportFile: true },
        },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
    configObjectFullPath: join(root, 'api-extractor.json'),
    packageJsonFullPath: join(root, 'package.json'),
  });
  const result = Extractor.invoke(config, {
    localBuild: update,
    showVerboseMessages: false,
    messageCallback: (m) => {
      if (m.logLevel === 'warning' || m.logLevel === 'error') m.handled = false;
    },
  });
  if (result.apiReportChanged && !update) {
    console.error(
      `etc/${entry.name}.api.md: the public API of '${entry.name === 'index' ? pkg.name : `${pkg.name}/${entry.name}`}' changed. Review .tmp/api/${entry.name}.api.md; if the change is meant, run npm run api:update and commit etc/.`,
    );
    failed = true;
  } else if (!result.succeeded && !result.apiReportChanged) {
    console.error(`API Extractor failed on ${entry.types} (${result.errorCount} errors)`);
    failed = true;
  }
}
if (failed) process.exit(1);
console.log(`API report: ${entries.length} entries ${update ? 'written to' : 'match'} etc/*.api.md`);
