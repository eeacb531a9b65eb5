// getPolicy and listPolicies over the built-in presets, and the catalogue behind them tested on fixtures.
import { describe, expect, test } from 'vitest';
import { InvalidArgumentError, PolicyValidationError } from '../../src/index.js';
import { createCatalogue } from '../../src/policies/builtins.js';
import { getPolicy, listPolicies } from '../../src/policies/index.js';
import { BUILT_IN_PRESETS } from '../../src/policies/builtins.js';
import { child, minimalPolicy } from './helpers.js';

describe('getPolicy', () => {
  test('returns the resolved, frozen preset, the same object every time', () => {
    const policy = getPolicy('england-children-2006');
    expect(policy.id).toBe('england-children-2006');
    expect(Object.isFrozen(policy.caseTypes)).toBe(true);
    expect(getPolicy('england-children-2006')).toBe(policy);
  });

  test('a preset that extends another is returned merged, without `extends`', () => {
    const dudley = getPolicy('dudley');
    expect('extends' in dudley).toBe(false);
    // Inherited from england-children-2006: stage 2 is 25 working days (SI 2006/1738 reg 17).
    expect(dudley.caseTypes['statutory-complaint']!.stages['stage-2']!.timescale.workingDays).toBe(25);
  });

  test('an unknown id: an InvalidArgumentError listing the ids, never echoing the argument', () => {
    let caught: unknown;
    try {
      getPolicy('my-secret-council');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InvalidArgumentError);
    const error = caught as InvalidArgumentError;
    expect(error.path).toBe('id');
    expect(error.message).toBe(`id: there is no built-in preset with this id; use one of: ${Object.keys(BUILT_IN_PRESETS).join(', ')}.`);
    expect(error.message).not.toContain('my-secret-council');
  });

  test('names of Object.prototype are not preset ids', () => {
    expect(() => getPolicy('constructor')).toThrow(InvalidArgumentError);
    expect(() => getPolicy('__proto__')).toThrow(InvalidArgumentError);
  });
});

describe('listPolicies', () => {
  test('one frozen summary per built-in preset, in file-name order', () => {
    const list = listPolicies();
    expect(list.map((p) => p.id)).toEqual(Object.keys(BUILT_IN_PRESETS));
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
  });

  test('each summary has the resolved title, jurisdiction, case types and distinct sources', () => {
    const children = listPolicies().find((p) => p.id === 'england-children-2006')!;
    const policy = getPolicy('england-children-2006');
    expect(children.title).toBe(policy.title);
    expect(children.caseTypes).toEqual([{ id: 'statutory-complaint', title: policy.caseTypes['statutory-complaint']!.title, kind: 'statutory-complaint' }]);
    expect(children.sources).toContain('SI 2006/1738 reg 14 (read second-hand)');
    expect(new Set(children.sources).size).toBe(children.sources.length);
  });
});

describe('the catalogue behind them', () => {
  const raw = { base: minimalPolicy(), child: child('base', { title: 'Child council' }), broken: { ...child('base'), id: 'broken', version: 'one' } };
  const catalogue = createCatalogue(raw, (id) => `fixtures/${id}.yaml`);

  test('resolves on first use, extends within the catalogue', () => {
    expect(catalogue.get('child').title).toBe('Child council');
    expect(catalogue.get('child').roles).toEqual(catalogue.get('base').roles);
  });

  test('a preset that does not validate throws its problems, naming its file', () => {
    let caught: unknown;
    try {
      catalogue.get('broken');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PolicyValidationError);
    expect((caught as PolicyValidationError).fileName).toBe('fixtures/broken.yaml');
    expect((caught as PolicyValidationError).issues.map((i) => [i.path, i.code])).toEqual([['version', 'bad-format']]);
  });

  test('summaries list sources in order of first appearance, and the parent', () => {
    const good = createCatalogue({ base: minimalPolicy(), child: child('base') }, (id) => id);
    expect(good.list().map((p) => [p.id, p.extends ?? null])).toEqual([
      ['base', null],
      ['child', 'base'],
    ]);
    expect(good.list()[0]!.sources).toEqual([
      'local: Test Council complaints procedure 2026',
      'SI 2006/1738 reg 9',
      'SI 2006/1738 reg 14',
      'GBFC (2006)',
      'SI 2006/1738 reg 17',
    ]);
  });
});
