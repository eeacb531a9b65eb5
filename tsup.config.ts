import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'calendar/index': 'src/calendar/index.ts',
      'policies/index': 'src/policies/index.ts',
      'workflow/index': 'src/workflow/index.ts',
      'templates/index': 'src/templates/index.ts',
      'reporting/index': 'src/reporting/index.ts',
      'chase/index': 'src/chase/index.ts',
      'node/index': 'src/node/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: false,
    clean: true,
    splitting: true,
    treeshake: true,
    target: 'node20',
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
