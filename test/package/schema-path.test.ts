// The JSON Schema of a preset has a stable published path and an `$id` naming it, and the policy-authoring guide's
// `yaml-language-server` line, for a preset in a project that installed the package from npm, points at it.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePolicy } from '../../src/policies/index.js';
import { POLICY_SCHEMA_ID } from '../../src/policies/json-schema.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const pkg = JSON.parse(read('package.json')) as { name: string; version: string; files: string[]; exports: Record<string, unknown> };
const EXPORT = './schema/policy.schema.json';
const target = pkg.exports[EXPORT];

describe('the policy JSON Schema', () => {
  it('is a package export that ships in the tarball', () => {
    expect(target).toBe('./schema/policy.schema.json');
    expect(pkg.files).toContain('schema');
  });

  it('has an $id: the published path on jsDelivr for the compatible version range', () => {
    const [major, minor] = pkg.version.split('.').map(Number) as [number, number];
    const range = major === 0 ? `0.${minor}` : String(major); // 0.1.x -> 0.1; 1.2.3 -> 1
    expect(POLICY_SCHEMA_ID).toBe(`https://cdn.jsdelivr.net/npm/${pkg.name}@${range}/${String(target).slice(2)}`);
    expect((JSON.parse(read('schema/policy.schema.json')) as { $id?: string }).$id).toBe(POLICY_SCHEMA_ID);
  });
});

describe('docs/policy-authoring.md', () => {
  const guide = read('docs/policy-authoring.md');
  const installed = `/project/node_modules/${pkg.name}/${String(target).slice(2)}`;

  it('shows the yaml-language-server line of a preset at policies/my-council.yaml, reaching into node_modules', () => {
    expect(guide).toContain('policies/my-council.yaml');
    const line = /^# yaml-language-server: \$schema=(\.\.\/node_modules\/\S+)$/m.exec(guide);
    expect(line).not.toBeNull();
    expect(posix.resolve('/project/policies', line![1]!)).toBe(installed);
  });

  it('the preset under that line is a valid preset', () => {
    const block = /```yaml\n# yaml-language-server: \$schema=\.\.\/node_modules\S+\n([\s\S]*?)```/.exec(guide);
    expect(block).not.toBeNull();
    expect(parsePolicy(parse(block![1]!)).id).toBe('my-council');
  });

  it('names the schema at the root of the project and in VS Code settings by the same file', () => {
    const paths = [...guide.matchAll(/\.\/node_modules\/[\w./-]+\.json/g)].map((m) => posix.resolve('/project', m[0]));
    expect(paths.length).toBeGreaterThanOrEqual(3);
    for (const p of paths) expect(p).toBe(installed);
  });

  it('gives the $id as the address to use without node_modules', () => {
    expect(guide).toContain(POLICY_SCHEMA_ID);
  });

  it('points the workbench\'s "start a council\'s own preset" file at the same $id', () => {
    // The workbench's download is a preset kept outside node_modules, so it names the published address (the $id);
    // it used to name an unversioned unpkg address that the docs did not mention.
    const workbench = read('workbench/src/main.ts');
    const lines = [...workbench.matchAll(/yaml-language-server: \$schema=(\S+?)'/g)].map((m) => m[1]);
    expect(lines).toEqual([POLICY_SCHEMA_ID]);
  });
});
