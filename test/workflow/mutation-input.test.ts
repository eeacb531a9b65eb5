import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, InvalidDateError } from '../../src/index.js';
import {
  allowedEventTypes,
  createWorkflow,
  EventOrderError,
  MissingRecipientError,
  resolveRecipients,
  TransitionError,
  type Case,
  type CaseSnapshot,
} from '../../src/workflow/index.js';
import { plainPolicy, threeStagePolicy } from './policies.js';
import { preset } from './presets.js';
import { caught } from './thrown.js';

/*
 * The input side of the workflow (issue 18): what `openCase` accepts and how it words a refusal, the errors'
 * documented wording, the `asOf` look of `Workflow.replay`, and a lapse refused where the preset gives none.
 */

const policy = threeStagePolicy();
const wf = createWorkflow(policy);

const OPTIONS = 'the options are reference, caseType, receivedAt, about and language';

describe('openCase: its input', () => {
  it('an input that is not an object is refused as a whole', () => {
    for (const input of [null, 'C-1']) {
      const e = caught(() => wf.openCase(input as never));
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect(e.path).toBe('input');
      expect(e.message).toBe("input: must be an object such as { reference: 'C-1', receivedAt: '2026-01-05' }.");
    }
  });

  it('a misspelt option is named, with the option meant', () => {
    const e = caught(() => wf.openCase({ refrence: 'C-1', receivedAt: '2026-01-05' } as never));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.path).toBe('refrence');
    expect(e.message).toBe(`refrence: is not an option of openCase; did you mean reference? ${OPTIONS}.`);
  });

  it('an option that looks like data (a spreadsheet header) is not named', () => {
    const e = caught(() => wf.openCase({ reference: 'C-1', receivedAt: '2026-01-05', 'Full Name': 'Jane Example' } as never));
    expect(e.path).toBe('input');
    expect(e.message).toBe(`input: has an unknown field (its name is not shown: it does not look like a field name), not an option of openCase; ${OPTIONS}.`);
    expect(e.message).not.toContain('Jane');
  });

  it('a language preference is one of english, welsh, bilingual, and is kept on the case', () => {
    const e = caught(() => wf.openCase({ reference: 'C-1', receivedAt: '2026-01-05', language: 'cymraeg' } as never));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.path).toBe('language');
    expect(e.message).toBe('language: must be one of english, welsh, bilingual (the language correspondence is written in).');
    const welsh = wf.openCase({ reference: 'C-1', receivedAt: '2026-01-05', language: 'welsh' });
    expect(welsh.language).toBe('welsh');
    expect(wf.snapshot(welsh).language).toBe('welsh');
  });

  it('the date of receipt is required', () => {
    const e = caught(() => wf.openCase({ reference: 'C-1' } as never));
    expect(e).toBeInstanceOf(InvalidDateError);
    expect(e.path).toBe('receivedAt');
    expect(e.message.startsWith('receivedAt: is required.')).toBe(true);
  });
});

describe('the errors: their documented wording', () => {
  it("TransitionError: names the event in errors as `event` unless told, and says 'none' when nothing is allowed", () => {
    const e = new TransitionError('closed', 'hearing-held', []);
    expect(e.path).toBe('event.type');
    expect(e.message).toBe("event.type: 'hearing-held' is not allowed when the case is 'closed'. Allowed now: none.");
  });

  it('EventOrderError: the field, the rule, and to record events in order', () => {
    // Received Monday 5 January 2026: an acknowledgement on Friday 2 January is before it.
    const kase = wf.openCase({ reference: 'C-1', caseType: 'complaint', receivedAt: '2026-01-05' });
    const e = caught(() => wf.applyEvent(kase, { type: 'acknowledged', on: '2026-01-02' }));
    expect(e).toBeInstanceOf(EventOrderError);
    expect(e.code).toBe('event-out-of-order');
    expect(e.path).toBe('event.on');
    expect(e.message).toBe('event.on: must not be before the date of receipt. Record events in the order they happened.');
  });

  it('MissingRecipientError: one role is "the role", two are "the roles"', () => {
    // The plain policy has no complaints mailbox to fall back to.
    const plain = plainPolicy();
    const one = caught(() => resolveRecipients(plain, { to: ['team-manager'] }, {}));
    expect(one).toBeInstanceOf(MissingRecipientError);
    expect(one.message).toBe(
      'directory: no entry for the role team-manager and the policy has no contacts.complaintsMailbox to fall back to. Add the role to the directory or a complaints mailbox to the policy.',
    );
    const two = caught(() => resolveRecipients(plain, { to: ['team-manager'], cc: ['director'] }, {}));
    expect(two.message).toBe(
      'directory: no entry for the roles team-manager, director and the policy has no contacts.complaintsMailbox to fall back to. Add the roles to the directory or a complaints mailbox to the policy.',
    );
  });
});

describe('allowedEventTypes (0.1 free function): its own name and the case in errors', () => {
  const kase = wf.openCase({ reference: 'C-1', caseType: 'complaint', receivedAt: '2026-01-05' });

  it('a misspelt option names the function', () => {
    const e = caught(() => allowedEventTypes(policy, kase, { fed: undefined } as never));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.message).toBe('options.fed: `fed` is not an option of allowedEventTypes: did you mean `feed`? (the only option is feed).');
  });

  it('a case of a case type the policy lacks is named `case.caseType`', () => {
    const e = caught(() => allowedEventTypes(policy, { ...kase, caseType: 'appeal' }));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.path).toBe('case.caseType');
  });
});

describe('Workflow.replay: the state on `asOf`, before the later events', () => {
  // Received Monday 5 January 2026; acknowledged Tuesday 6th, answered Friday 16th, closed Monday 19th.
  const kase = [
    { type: 'acknowledged', on: '2026-01-06' },
    { type: 'response-sent', on: '2026-01-16', outcome: 'upheld' },
    { type: 'closed', on: '2026-01-19' },
  ].reduce<Case>((c, e) => wf.applyEvent(c, e as never), wf.openCase({ reference: 'V-1', caseType: 'complaint', receivedAt: '2026-01-05' }));

  function seenOn(asOf: string): { states: string[]; end: CaseSnapshot } {
    const states: string[] = [];
    const end = wf.replay(kase, { asOf, visit: (s) => states.push(s.state) });
    return { states, end };
  }

  it('on Monday 12 January the case was open (acknowledged, not answered); at the end it is closed', () => {
    const { states, end } = seenOn('2026-01-12');
    expect(states).toEqual(['open']);
    expect(end.state).toBe('closed');
  });

  it('on the day of the response it was answered (events on `asOf` count), once only', () => {
    expect(seenOn('2026-01-16').states).toEqual(['responded']);
  });

  it('after the last event, the state at the end', () => {
    expect(seenOn('2026-02-02').states).toEqual(['closed']);
  });

  it('on the day of receipt, before any event, the case was open', () => {
    expect(seenOn('2026-01-05').states).toEqual(['open']);
  });
});

describe('clock-stopped on a case received before the mechanisms took effect', () => {
  it("names each of the preset's mechanisms with its effect and source, and the date they took effect", () => {
    const sarPolicy = preset('uk-gdpr-sar');
    const sar = createWorkflow(sarPolicy);
    // Received Wednesday 4 February 2026, the day before UK GDPR art 12A's clock stops came into force.
    const kase = sar.openCase({ reference: 'R-3', receivedAt: '2026-02-04' });
    const e = caught(() => sar.applyEvent(kase, { type: 'clock-stopped', on: '2026-02-06', reason: 'clarification' }));
    expect(e).toBeInstanceOf(TransitionError);
    const stops = Object.values(sarPolicy.caseTypes)[0]!.clockStops!;
    const listed = `identity (restart, ${stops['identity']!.source}); fee (restart, ${stops['fee']!.source}); clarification (pause, ${stops['clarification']!.source})`;
    expect(e.message).toContain(
      `(the preset 'uk-gdpr-sar' allows its clock stops (${listed}) only for cases received on or after 2026-02-05, the date they took effect; this case was received on 2026-02-04, under the earlier law: record extension-agreed where more time is agreed)`,
    );
  });
});

describe("a case type's own clock stops (an inline preset)", () => {
  /** An FOI-like request case type with these clock stops (invented for the test, sources say so). */
  function withStops(clockStops: Record<string, unknown>) {
    return createWorkflow(
      plainPolicy({
        caseTypes: {
          request: {
            title: 'Request',
            kind: 'foi',
            stages: {
              response: {
                title: 'Response',
                clockStart: 'received',
                timescale: { workingDays: 20, source: 'FOIA 2000 s.10(1)' },
                responder: 'team-manager',
                source: 'local: test',
              },
            },
            clockStops,
          },
        },
      } as never),
    );
  }
  const stop = (effectiveFrom: string) => ({ title: 'Waiting', effect: 'pause', effectiveFrom, source: 'local: test' });

  it('an empty list of clock stops is no way to stop the clock', () => {
    const wf = withStops({});
    const kase = wf.openCase({ reference: 'E-1', receivedAt: '2026-02-02' });
    const e = caught(() => wf.applyEvent(kase, { type: 'clock-stopped', on: '2026-02-03', reason: 'fee' }));
    expect(e).toBeInstanceOf(TransitionError);
    expect(e.message).toContain("the preset 'plain' gives case type 'request' no way to stop its clock");
  });

  it('before any took effect, the refusal gives the earliest date one took effect, whatever their order', () => {
    const wf = withStops({ fee: stop('2026-06-01'), clarification: stop('2026-03-01') });
    // Received Monday 2 February 2026: before both.
    const kase = wf.openCase({ reference: 'E-2', receivedAt: '2026-02-02' });
    const e = caught(() => wf.applyEvent(kase, { type: 'clock-stopped', on: '2026-02-03', reason: 'clarification' }));
    expect(e).toBeInstanceOf(TransitionError);
    expect(e.message).toContain('only for cases received on or after 2026-03-01, the date they took effect');
  });
});

describe('request-lapsed where the preset gives a lapse (FOIA 2000 s.9(2))', () => {
  it('is listed without a date, and on a date only from the day after the three months end', () => {
    const foi = createWorkflow(preset('foi-2000'));
    // Fees notice given Friday 6 March 2026: "the period of three months beginning with" that day ends Friday 5 June,
    // so the request lapses from Saturday 6 June.
    let kase = foi.openCase({ reference: 'R-4', receivedAt: '2026-03-02' });
    kase = foi.applyEvent(kase, { type: 'clock-stopped', on: '2026-03-06', reason: 'fees-notice' });
    expect(foi.allowedEvents(kase)).toContain('request-lapsed');
    expect(foi.allowedEvents(kase, '2026-06-05')).not.toContain('request-lapsed');
    expect(foi.allowedEvents(kase, '2026-06-06')).toContain('request-lapsed');
  });
});

describe('request-lapsed where the preset gives the stop no lapse', () => {
  it('FOI clarification (a restart, no lapse): record clock-restarted when the information arrives, or withdrawn', () => {
    const foiPolicy = preset('foi-2000');
    const foi = createWorkflow(foiPolicy);
    let kase = foi.openCase({ reference: 'R-1', receivedAt: '2026-03-02' });
    kase = foi.applyEvent(kase, { type: 'clock-stopped', on: '2026-03-04', reason: 'clarification' });
    const e = caught(() => foi.applyEvent(kase, { type: 'request-lapsed', on: '2026-06-30' }));
    expect(e).toBeInstanceOf(TransitionError);
    const source = Object.values(foiPolicy.caseTypes)[0]!.clockStops!['clarification']!.source;
    expect(e.message).toContain(
      `(the preset 'foi-2000' gives no lapse for a clock stopped for 'clarification' (${source}): record clock-restarted when what is awaited arrives, or withdrawn)`,
    );
  });

  it('subject access clarification (a pause, no lapse): record clock-resumed', () => {
    const sarPolicy = preset('uk-gdpr-sar');
    const sar = createWorkflow(sarPolicy);
    // Received Monday 2 March 2026, after the clock stops took effect (5 February 2026).
    let kase = sar.openCase({ reference: 'R-2', receivedAt: '2026-03-02' });
    kase = sar.applyEvent(kase, { type: 'clock-stopped', on: '2026-03-04', reason: 'clarification' });
    const e = caught(() => sar.applyEvent(kase, { type: 'request-lapsed', on: '2026-06-30' }));
    expect(e).toBeInstanceOf(TransitionError);
    const source = Object.values(sarPolicy.caseTypes)[0]!.clockStops!['clarification']!.source;
    expect(e.message).toContain(
      `(the preset 'uk-gdpr-sar' gives no lapse for a clock stopped for 'clarification' (${source}): record clock-resumed when what is awaited arrives, or withdrawn)`,
    );
  });
});
