import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/index.js';
import { createWorkflow, MissingRecipientError } from '../../src/workflow/index.js';
import { plainPolicy, threeStagePolicy } from './policies.js';
import { thrown } from './thrown.js';

/*
 * Turning roles into people (issue 18: the directory's checks and the mailbox fall-back had surviving mutants).
 * threeStagePolicy has the complaints mailbox complaints@example.gov.uk; plainPolicy has no contacts at all.
 */

const withMailbox = createWorkflow(threeStagePolicy());
const noMailbox = createWorkflow(plainPolicy());
const TM = { name: 'Team Manager', email: 'tm@example.gov.uk' };

describe('recipients: the directory entries', () => {
  it('a role id that is also an Object.prototype name is looked up in the directory only, never inherited', () => {
    // `constructor` is on every object's prototype; the directory has no such entry, so the mailbox stands in.
    const r = withMailbox.recipients({ to: ['constructor'] }, {});
    expect(r.to).toEqual([{ name: 'Complaints Team', email: 'complaints@example.gov.uk' }]);
    expect(r.fellBack).toEqual(['constructor']);
  });

  it('an entry that is not an object is refused at the role, whatever it holds', () => {
    for (const bad of ['tm@example.gov.uk', null, 7]) {
      const e = thrown(() => withMailbox.recipients({ to: ['team-manager'] }, { 'team-manager': bad as never }));
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect((e as InvalidArgumentError).path).toBe('directory.team-manager');
      expect(e.message).toBe('directory.team-manager: must be an object { name, email } or undefined.');
    }
  });

  it('a blank name and a malformed address are refused at their own fields', () => {
    const name = thrown(() => withMailbox.recipients({ to: ['team-manager'] }, { 'team-manager': { name: ' ', email: 'tm@example.gov.uk' } }));
    expect((name as InvalidArgumentError).path).toBe('directory.team-manager.name');
    expect(name.message).toBe('directory.team-manager.name: must be a non-empty string.');
    const email = thrown(() => withMailbox.recipients({ to: ['team-manager'] }, { 'team-manager': { name: 'Team Manager', email: 'team manager' } }));
    expect((email as InvalidArgumentError).path).toBe('directory.team-manager.email');
    expect(email.message).toBe('directory.team-manager.email: must be an email address such as name@example.gov.uk.');
  });

  it('the roles and the directory themselves must be objects', () => {
    for (const roles of [null, 'team-manager', { cc: [] }]) {
      const e = thrown(() => withMailbox.recipients(roles as never, {}));
      expect((e as InvalidArgumentError).path).toBe('roles');
    }
    expect((thrown(() => withMailbox.recipients({ to: [], cc: 'director' as never }, {})) as InvalidArgumentError).path).toBe('roles.cc');
    for (const directory of [null, 'tm@example.gov.uk']) {
      const e = thrown(() => withMailbox.recipients({ to: ['team-manager'] }, directory as never));
      expect((e as InvalidArgumentError).path).toBe('directory');
    }
  });
});

describe('recipients: the mailbox fall-back', () => {
  it('a role missing twice is listed once in fellBack, and the mailbox written to once', () => {
    const r = withMailbox.recipients({ to: ['head-of-service'], cc: ['head-of-service', 'director'] }, { 'team-manager': TM });
    expect(r.to.map((c) => c.email)).toEqual(['complaints@example.gov.uk']);
    expect(r.cc).toEqual([]);
    expect(r.fellBack).toEqual(['head-of-service', 'director']);
  });

  it('with no contacts in the policy, every missing role is named once', () => {
    const e = thrown(() => noMailbox.recipients({ to: ['team-manager', 'director'], cc: ['director'] }, {}));
    expect(e).toBeInstanceOf(MissingRecipientError);
    expect((e as MissingRecipientError).roles).toEqual(['team-manager', 'director']);
    expect(e.message).toBe(
      'directory: no entry for the roles team-manager, director and the policy has no contacts.complaintsMailbox to fall back to. Add the roles to the directory or a complaints mailbox to the policy.',
    );
    const one = thrown(() => noMailbox.recipients({ to: ['director'] }, {}));
    expect(one.message).toBe(
      'directory: no entry for the role director and the policy has no contacts.complaintsMailbox to fall back to. Add the role to the directory or a complaints mailbox to the policy.',
    );
  });

  it('with no contacts in the policy, roles found in the directory resolve without a fall-back', () => {
    const r = noMailbox.recipients({ to: ['team-manager'] }, { 'team-manager': TM });
    expect(r.to).toEqual([TM]);
    expect(r.fellBack).toEqual([]);
  });
});
