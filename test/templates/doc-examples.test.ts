// Runs the @example blocks of src/templates/*.ts with the doc-test convention of the project:
// `import { … } from 'statutory-complaints';`, `expression //=> expected` and `expression //=> throws ErrorClass`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';

const dir = join(import.meta.dirname, '../../src/templates');

function examples(source: string): { name: string; code: string[] }[] {
  const found: { name: string; code: string[] }[] = [];
  const blocks = source.split('/**').slice(1);
  for (const block of blocks) {
    const doc = block.slice(0, block.indexOf('*/'));
    const after = block.slice(block.indexOf('*/') + 2);
    const name = /export\s+(?:declare\s+)?(?:abstract\s+)?(?:class|function|interface|type|const)\s+(\w+)/.exec(after)?.[1] ?? '?';
    const lines = doc.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    const start = lines.findIndex((l) => l.trim() === '@example');
    if (start === -1) continue;
    const code: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (line.trim().startsWith('@')) break;
      code.push(line);
    }
    found.push({ name, code });
  }
  return found;
}

function compile(code: string[]): string {
  return code
    .map((line) => {
      const imp = /^import\s*\{([^}]*)\}\s*from\s*'statutory-complaints(?:\/\w+)?';$/.exec(line.trim());
      if (imp) return `const {${imp[1]}} = lib;`;
      const at = line.indexOf(' //=> ');
      if (at === -1) return line;
      const expr = line.slice(0, at);
      const expected = line.slice(at + 6).trim();
      const throws = /^throws (\w+)$/.exec(expected);
      if (throws) return `expect(() => (${expr})).toThrow(lib.${throws[1]});`;
      return `expect(${expr}).toEqual(${expected});`;
    })
    .join('\n');
}

describe('TSDoc examples in src/templates run and hold', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    for (const { name, code } of examples(readFileSync(join(dir, file), 'utf8'))) {
      it(`${file}: ${name}`, () => {
        // eslint-disable-next-line @typescript-eslint/no-implied-eval
        const run = new Function('lib', 'expect', compile(code));
        run(lib, expect);
      });
    }
  }
});
