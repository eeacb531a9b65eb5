import { describe, expect, test } from 'vitest';
import { applyEvent, getPolicy, openCase } from '../../src/index.js';
import { isEmailAddress } from '../../src/workflow/index.js';

const dudley = getPolicy('dudley');

describe("allocated event: the person's email and team", () => {
  test("an allocation may carry the person's address and team", () => {
    const kase = applyEvent(dudley, openCase(dudley, { reference: 'A-1', receivedAt: '2025-12-19' }), {
      type: 'allocated',
      on: '2025-12-22',
      role: 'team-manager',
      name: 'A Person',
      email: 'a.person@example.gov.uk',
      team: 'north',
    });
    expect(kase.events[0]).toMatchObject({ email: 'a.person@example.gov.uk', team: 'north' });
  });
  test('an address with a display name or a second address is refused, naming the field and not the value', () => {
    const open = openCase(dudley, { reference: 'A-1', receivedAt: '2025-12-19' });
    for (const email of ['A Person <a@example.gov.uk>', 'a@example.gov.uk, b@example.gov.uk', 'a@example.gov.uk\r\nBcc: x@example.com']) {
      let caught: unknown;
      try {
        applyEvent(dudley, open, { type: 'allocated', on: '2025-12-22', role: 'team-manager', email } as never);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(Error);
      expect((caught as Error).message).toContain('email');
      for (const part of ['A Person', 'a@example', 'b@example', 'x@example.com']) expect((caught as Error).message).not.toContain(part);
    }
  });
  test('isEmailAddress: one header-safe address', () => {
    expect(isEmailAddress('x@example.gov.uk')).toBe(true);
    expect(isEmailAddress('x@localhost')).toBe(false);
    expect(isEmailAddress(`${'a'.repeat(250)}@example.gov.uk`)).toBe(false);
  });
});
