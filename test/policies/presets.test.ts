import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseTypeCalendar, getPolicy, listPolicies } from '../../src/policies/index.js';
import type { CaseType, Policy, Stage } from '../../src/policies/index.js';

/*
 * The built-in presets (src/policies/presets/*.yaml): every one validates, and its numbers are the ones the
 * statute, guidance, ombudsman code or council document gives. Every expected figure below is written by hand from
 * the cited source, never read back from the preset.
 */

const PRESET_DIR = fileURLToPath(new URL('../../src/policies/presets/', import.meta.url));
const PRESET_FILES = readdirSync(PRESET_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

const EXPECTED_IDS = [
  'dudley',
  'eir-2004',
  'england-adults-2009',
  'england-children-2006',
  'foi-2000',
  'lgsco-code-2024',
  'mayoral-borough',
  'scotland-spso',
  'southampton',
  'swindon',
  'uk-gdpr-sar',
  'wales-social-services-2014',
];

function caseType(policy: Policy, id: string): CaseType {
  const found = policy.caseTypes[id];
  if (found === undefined) throw new Error(`${policy.id} has no case type ${id}`);
  return found;
}

function stage(policy: Policy, caseTypeId: string, stageId: string): Stage {
  const found = caseType(policy, caseTypeId).stages[stageId];
  if (found === undefined) throw new Error(`${policy.id} ${caseTypeId} has no stage ${stageId}`);
  return found;
}

describe('built-in presets', () => {
  it('has one file per expected id', () => {
    expect(PRESET_FILES.map((f) => f.replace(/\.yaml$/, ''))).toEqual(EXPECTED_IDS);
  });

  it('lists every built-in preset, council presets built on their statutory baseline', () => {
    const listed = listPolicies();
    expect(listed.map((p) => p.id)).toEqual(EXPECTED_IDS);
    const parents = Object.fromEntries(listed.map((p) => [p.id, p.extends ?? null]));
    expect(parents).toEqual({
      dudley: 'england-children-2006',
      'eir-2004': null,
      'england-adults-2009': null,
      'england-children-2006': null,
      'foi-2000': null,
      'lgsco-code-2024': null,
      'mayoral-borough': 'england-children-2006',
      'scotland-spso': null,
      southampton: 'england-children-2006',
      swindon: 'england-children-2006',
      'uk-gdpr-sar': null,
      'wales-social-services-2014': null,
    });
  });

  it.each(EXPECTED_IDS)('%s resolves and validates, and its file name is its id', (id) => {
    const policy = getPolicy(id);
    expect(policy.id).toBe(id);
  });

  it.each(PRESET_FILES)('%s starts with the JSON Schema line for editors', (file) => {
    const firstLine = readFileSync(PRESET_DIR + file, 'utf8').split('\n')[0];
    expect(firstLine).toBe('# yaml-language-server: $schema=../../../schema/policy.schema.json');
  });

  // SHA-256 (first 16 hex digits) of the lower-cased given names and surnames of the staff named in the seed
  // documents. Kept as hashes so the names never enter the repository; presets name roles, never people.
  const STAFF_NAME_HASHES = new Set([
    '68820e34f6a8b42e',
    'fa7dcce2567a85d2',
    'c40aaceec705214b',
    '2d5e7e057a5c66d7',
    '8dfbb648ae755b42',
    'd776325e8dd9571f',
    'd2a1ba788399c8d1',
    'c20d77a59fc6abfa',
    '54444aa7bc07ccec',
    '2a9ef4451d8af68e',
    'c2665ea3e12568c3',
    '3c5ddd0948295663',
    'ea353a6ece54fa34',
    'd28e09dad1f40a9b',
    'dc3d50da8dac041f',
    'e1fc45f7880e0505',
    '79fe4c43a919209a',
    '4007d46292298e83',
    '5e608d7beca7513c',
    '80c95d0e9e710a56',
    '27223b82963b3a8f',
    '73f91b8e33fa0f69',
    '26ae784d194a5760',
    'f3fe5a51a2be8c6d',
    '4b25923a4f31b831',
    '64b4d0f47c93ce23',
    '96d9632f363564cc',
  ]);

  it.each(PRESET_FILES)('%s names no member of staff from the seed documents', (file) => {
    const words =
      readFileSync(PRESET_DIR + file, 'utf8')
        .toLowerCase()
        .match(/[a-z]+/g) ?? [];
    const hits = words.filter((w) => STAFF_NAME_HASHES.has(createHash('sha256').update(w).digest('hex').slice(0, 16)));
    // Report positions only by count, so a failure does not print the name either.
    expect(hits.length).toBe(0);
  });
});

describe('england-children-2006 (SI 2006/1738)', () => {
  const p = getPolicy('england-children-2006');
  const ct = 'statutory-complaint';

  it('counts England-and-Wales working days, receipt day as day 0 (reg 2; statutory.md §1.1, §1.12)', () => {
    expect(p.calendar.holidays).toBe('england-and-wales');
    expect(p.calendar.nonWorkingDayReceipt).toBe('count-from-next-working-day');
    expect(p.calendar.source).toContain('SI 2006/1738 reg 2');
  });

  it('has the three statutory stages in order', () => {
    expect(Object.keys(caseType(p, ct).stages)).toEqual(['stage-1', 'stage-2', 'stage-3']);
  });

  it('stage 1: 10 working days from receipt, 20 at most (reg 14), a later local date flagged', () => {
    const s = stage(p, ct, 'stage-1');
    expect(s.clockStart).toBe('received');
    expect(s.timescale.workingDays).toBe(10);
    expect(s.timescale.source).toBe('SI 2006/1738 reg 14');
    expect(s.extension?.maxWorkingDays).toBe(20);
    expect(s.extension?.localDateMayExceed).toBe(true);
    expect(s.escalation).toMatchObject({ to: 'stage-2', windowWorkingDays: 20, lateRequestNeedsDiscretion: true });
  });

  it('stage 2: 25 working days from the request, 65 at most (reg 17), adjudicator with IO and IP', () => {
    const s = stage(p, ct, 'stage-2');
    expect(s.clockStart).toBe('requested');
    expect(s.timescale.workingDays).toBe(25);
    expect(s.timescale.note).toContain('statement-agreed');
    expect(s.extension?.maxWorkingDays).toBe(65);
    expect(s.responder).toBe('adjudicating-officer');
    expect(s.respondsWith).toEqual(['independent-investigator', 'independent-person']);
    expect(s.escalation).toMatchObject({ to: 'stage-3', windowWorkingDays: 20, source: 'SI 2006/1738 reg 18' });
  });

  it('stage 3: panel within 30 working days (reg 19(4)), report 5, response 15 with the IP (reg 20(3))', () => {
    const s = stage(p, ct, 'stage-3');
    expect(s.clockStart).toBe('requested');
    expect(s.panel?.meetWithin.workingDays).toBe(30);
    expect(s.panel?.meetWithin.source).toBe('SI 2006/1738 reg 19(4)');
    expect(s.panel?.report.workingDays).toBe(5);
    expect(s.panel?.response.workingDays).toBe(15);
    expect(s.panel?.response.source).toBe('SI 2006/1738 reg 20(3)');
    expect(s.panel?.respondsWith).toEqual(['independent-person']);
    expect(s.panel?.hearingNotice).toBeUndefined();
  });

  it('sets no acknowledgement target: the regulations give none (statutory.md §1.6)', () => {
    expect(caseType(p, ct).acknowledgement).toBeUndefined();
  });

  it('12-month time limit with discretion (reg 9) and the matters outside the procedure', () => {
    expect(p.timeLimit).toMatchObject({ months: 12, discretion: true, source: 'SI 2006/1738 reg 9; GBFC (2006)' });
    expect(p.outsideProcedure.map((o) => [o.id, o.source])).toEqual([
      ['court-proceedings', 'SI 2006/1738 reg 8'],
      ['out-of-time', 'SI 2006/1738 reg 9'],
      ['not-eligible', 'Children Act 1989 s.26(3) (and ss.24D, 26(3B), 26(3C))'],
    ]);
  });

  it('quotes the Local Government and Social Care Ombudsman', () => {
    expect(p.contacts.ombudsman).toEqual({
      name: 'Local Government and Social Care Ombudsman',
      website: 'www.lgo.org.uk',
      phone: '0300 061 0614',
    });
  });

  it('moves responsibility one rung up the management line, saying no statute sets the rule', () => {
    expect(p.roles['team-manager']?.escalatesTo).toBe('service-manager');
    expect(p.roles['service-manager']?.escalatesTo).toBe('head-of-service');
    expect(p.roles['head-of-service']?.escalatesTo).toBe('director');
    // The rule is a council's (Southampton's 2016 note), not the regulations': the source says so.
    expect(p.roles['team-manager']?.source).toMatch(
      /^This preset's choice, following Southampton's .*"Complaint\s+involving Team Manager" \(no statute or guidance read sets the rule\)$/,
    );
  });

  it('has the letters issue 5 asks for', () => {
    expect(Object.keys(p.templates)).toEqual(['acknowledgement', 'extension-notice', 'stage-1-closing', 'stage-2-acknowledgement', 'panel-hearing-notice']);
    const closing = p.templates['stage-1-closing']?.body ?? '';
    for (const name of ['((next stage))', '((next stage window))', '((ombudsman name))', '((ombudsman website))']) {
      expect(closing).toContain(name);
    }
  });
});

describe('dudley (seed: "Children\'s Complaints – Referral & Follow Up Action", 2020)', () => {
  const p = getPolicy('dudley');
  const stage1 = stage(p, 'statutory-complaint', 'stage-1');

  it('extends the statutory baseline and keeps its numbers', () => {
    expect(stage1.timescale.workingDays).toBe(10);
    expect(stage(p, 'statutory-complaint', 'stage-2').extension?.maxWorkingDays).toBe(65);
  });

  it('chases 5 and 3 working days before the due date, on it, then 3, 6, 9 and 12 after', () => {
    expect(stage1.reminders.map((r) => r.id)).toEqual([
      'first-reminder',
      'second-reminder',
      'due-date-reminder',
      'first-overdue-reminder',
      'second-overdue-reminder',
      'third-overdue-reminder',
      'fourth-overdue-reminder',
    ]);
    expect(stage1.reminders.map((r) => r.offsetWorkingDays)).toEqual([-5, -3, 0, 3, 6, 9, 12]);
  });

  it('copies SM/PA, then SM/PA/HoS, and adds the Director on the 4th overdue reminder', () => {
    const smPa = ['service-manager', 'personal-assistant'];
    const smPaHos = [...smPa, 'head-of-service'];
    expect(stage1.reminders.map((r) => r.cc)).toEqual([smPa, smPaHos, smPaHos, smPaHos, smPaHos, smPaHos, [...smPaHos, 'director']]);
    expect(stage1.reminders.every((r) => r.to.length === 1 && r.to[0] === 'responder')).toBe(true);
    expect(p.roles.director?.title).toBe("Director of Children's Services");
  });

  it('records reasons for delay as Z040–Z044, with Z045 while the reason is awaited', () => {
    expect(p.delayReasons?.codes).toEqual([
      { code: 'Z040', label: 'Complex case' },
      { code: 'Z041', label: 'Multiple teams involved' },
      { code: 'Z042', label: 'Staff absence' },
      { code: 'Z043', label: 'Other urgent work' },
      { code: 'Z044', label: 'Other (specify)' },
    ]);
    expect(p.delayReasons?.awaited.code).toBe('Z045');
    expect(p.delayReasons?.requestTemplate).toBe('reason-for-delay-request');
    expect(p.delayReasons?.followUp).toMatchObject({ to: ['service-manager'], template: 'no-reason-received' });
  });

  it('sends the "New Referral" email to the responder, copying in SM / PA (seed table, first row)', () => {
    expect(stage1.referral).toEqual({
      to: ['responder'],
      cc: ['service-manager', 'personal-assistant'],
      template: 'new-referral',
      source: 'local: Dudley "Children\'s Complaints – Referral & Follow Up Action" (2020)',
    });
  });

  it('uses the team mailbox and the seed subject line for a new referral', () => {
    expect(p.contacts.complaintsMailbox).toEqual({
      name: "Children's Complaints Team",
      email: 'complaints.socialcare@dudley.gov.uk',
    });
    expect(p.templates['new-referral']?.subject).toBe('Complaint Ref ((reference)) re/from ((complainant name)) – Due date ((due date))');
    expect(p.templates['reason-for-delay-request']?.body).toContain('((delay reasons))');
  });

  it('keeps the baseline letters and adds the six chasing emails', () => {
    expect(Object.keys(p.templates).sort()).toEqual(
      [
        'acknowledgement',
        'extension-notice',
        'stage-1-closing',
        'stage-2-acknowledgement',
        'panel-hearing-notice',
        'new-referral',
        'reminder',
        'due-date-reminder',
        'overdue-reminder',
        'reason-for-delay-request',
        'no-reason-received',
      ].sort(),
    );
  });
});

describe('southampton (seed: children & families complaints process note, 2016)', () => {
  const p = getPolicy('southampton');
  const ct = 'statutory-complaint';

  it('puts the optional mediation step between stage 1 and stage 2', () => {
    expect(Object.keys(caseType(p, ct).stages)).toEqual(['stage-1', 'mediation', 'stage-2', 'stage-3']);
    const m = stage(p, ct, 'mediation');
    expect(m.optional).toBe(true);
    expect(m.responder).toBe('service-manager');
    expect(m.escalation?.to).toBe('stage-2');
  });

  it('stage 1: the team manager responds, the service manager authorises', () => {
    const s = stage(p, ct, 'stage-1');
    expect(s.responder).toBe('team-manager');
    expect(s.steps?.map((step) => [step.id, step.by])).toEqual([
      ['investigate-and-draft', 'team-manager'],
      ['authorise', 'service-manager'],
      ['send', 'team-manager'],
    ]);
    expect(p.roles['team-manager']?.escalatesTo).toBe('service-manager');
  });

  it('a new target date is agreed before the 10 days expire; the statutory 20 stays the flagged maximum', () => {
    const s = stage(p, ct, 'stage-1');
    expect(s.timescale.workingDays).toBe(10);
    expect(s.extension).toMatchObject({ agreeBeforeDue: true, localDateMayExceed: true, maxWorkingDays: 20 });
  });

  it('normal business must be confirmed within 3 (working) days of referral', () => {
    expect(caseType(p, ct).normalBusiness).toMatchObject({ workingDays: 3, from: 'allocated' });
  });

  it('principal officer at stage 2, director at stage 3', () => {
    expect(stage(p, ct, 'stage-2').responder).toBe('principal-officer');
    expect(stage(p, ct, 'stage-2').respondsWith).toContain('independent-investigator');
    expect(stage(p, ct, 'stage-3').responder).toBe('director');
  });

  it('uses the Customer Relations Team mailbox', () => {
    expect(p.contacts.complaintsMailbox).toEqual({
      name: 'Customer Relations Team',
      email: 'customer.relations.team@southampton.gov.uk',
    });
  });
});

describe('swindon (seed: "Children\'s Services - Social Care Complaints (Stage 1,2,3)" flowchart v1)', () => {
  const p = getPolicy('swindon');
  const ct = 'statutory-complaint';

  it('acknowledges within 3 working days at each stage', () => {
    expect(caseType(p, ct).acknowledgement?.workingDays).toBe(3);
    expect(stage(p, ct, 'stage-2').acknowledgement?.workingDays).toBe(3);
    expect(stage(p, ct, 'stage-3').acknowledgement?.workingDays).toBe(3);
  });

  it('stage 1: 10 working days, 20 with an extension and no later', () => {
    const s = stage(p, ct, 'stage-1');
    expect(s.timescale.workingDays).toBe(10);
    expect(s.extension?.maxWorkingDays).toBe(20);
    expect(s.extension?.localDateMayExceed).toBe(false);
    expect(s.steps?.find((step) => step.id === 'allocate')?.by).toBe('head-of-service');
    expect(s.escalation?.windowWorkingDays).toBe(20);
  });

  it('stage 2: 25 working days, 65 at most, Head of Children & Families with IO and IP', () => {
    const s = stage(p, ct, 'stage-2');
    expect(s.timescale.workingDays).toBe(25);
    expect(s.extension?.maxWorkingDays).toBe(65);
    expect(s.responder).toBe('head-of-children-and-families');
    expect(s.respondsWith).toEqual(['independent-investigator', 'independent-person']);
    expect(s.escalation?.windowWorkingDays).toBe(20);
  });

  it('stage 3: panel within 30 WORKING days, 10 working days notice, report 5, director 15', () => {
    const s = stage(p, ct, 'stage-3');
    expect(s.panel?.meetWithin.workingDays).toBe(30);
    expect(s.panel?.meetWithin.calendarMonths).toBeUndefined();
    expect(s.panel?.hearingNotice?.workingDays).toBe(10);
    expect(s.panel?.report.workingDays).toBe(5);
    expect(s.panel?.response.workingDays).toBe(15);
    expect(s.responder).toBe('director');
  });

  it('12-month limit, the complaints manager decides on late complaints', () => {
    expect(p.timeLimit).toMatchObject({ months: 12, discretion: true, decidedBy: 'complaints-manager' });
  });
});

describe('mayoral-borough (seed: CSC note on complaints, MEs and FOIs)', () => {
  const p = getPolicy('mayoral-borough');

  it('has complaints, Member/Mayor Enquiries and FOIs', () => {
    expect(Object.entries(p.caseTypes).map(([id, ct]) => [id, ct.kind])).toEqual([
      ['statutory-complaint', 'statutory-complaint'],
      ['member-enquiry', 'member-enquiry'],
      ['foi', 'foi'],
    ]);
  });

  it('allocates within 2 working days; the manager responds within 5; statutory 10 still the due date', () => {
    expect(caseType(p, 'statutory-complaint').allocation?.workingDays).toBe(2);
    const s = stage(p, 'statutory-complaint', 'stage-1');
    expect(s.timescale.workingDays).toBe(10);
    // Seed 001, complaints item 4: "When a manager has been allocated a case … within a matter of 5 working days".
    const respond = s.steps?.find((step) => step.id === 'respond');
    expect(respond?.from).toBe('allocated');
    expect(respond?.timescale?.workingDays).toBe(5);
  });

  it('chases complaints only once overdue, copying the service manager', () => {
    const s = stage(p, 'statutory-complaint', 'stage-1');
    expect(s.reminders.map((r) => r.offsetWorkingDays)).toEqual([1, 6, 11]);
    expect(s.reminders.every((r) => r.offsetWorkingDays > 0)).toBe(true);
    expect(s.reminders.map((r) => r.cc)).toEqual([['service-manager'], ['service-manager'], ['service-manager']]);
  });

  it('stage 2 stays with the complaints team, with an external investigator', () => {
    const s = stage(p, 'statutory-complaint', 'stage-2');
    expect(s.responder).toBe('complaints-team');
    expect(s.respondsWith).toContain('independent-investigator');
  });

  it('Member/Mayor Enquiries: draft in 5 working days, approval, Director sign-off, sent by IG', () => {
    const s = stage(p, 'member-enquiry', 'response');
    expect(s.timescale.workingDays).toBe(5);
    expect(s.steps?.map((step) => [step.id, step.by])).toEqual([
      ['draft', 'team-manager'],
      ['approval', 'approving-officer'],
      ['sign-off', 'director'],
      ['sent', 'information-governance'],
    ]);
    expect(s.reminders.map((r) => r.template)).toEqual(['member-enquiry-chase', 'member-enquiry-chase', 'member-enquiry-chase']);
    expect(s.reminders.at(-1)?.cc).toEqual(['service-manager', 'head-of-service']);
  });

  it('FOIs on the 20-working-day timescale, counted on their own any-UK calendar (FOIA s.10(6))', () => {
    const s = stage(p, 'foi', 'response');
    expect(s.timescale.workingDays).toBe(20);
    expect(s.timescale.source).toBe('FOIA 2000 s.10(1), s.10(6)');
    // Complaints and Member/Mayor Enquiries: England-and-Wales days (the policy calendar, from the baseline).
    expect(p.calendar.holidays).toBe('england-and-wales');
    expect(caseTypeCalendar(p, 'statutory-complaint').holidays).toBe('england-and-wales');
    expect(caseTypeCalendar(p, 'member-enquiry').holidays).toBe('england-and-wales');
    // FOIs: a bank holiday "in any part of the United Kingdom" is not a working day; the rest is the policy's.
    expect(caseType(p, 'foi').calendar).toMatchObject({ holidays: 'united-kingdom' });
    expect(caseType(p, 'foi').calendar?.source).toMatch(/^FOIA 2000 s\.10\(6\)/);
    expect(caseTypeCalendar(p, 'foi')).toMatchObject({ holidays: 'united-kingdom', closures: [], nonWorkingDayReceipt: 'count-from-next-working-day' });
  });
});

describe('england-adults-2009 (SI 2009/309)', () => {
  const p = getPolicy('england-adults-2009');
  const ct = 'statutory-complaint';

  it('acknowledges within 3 working days after the day of receipt (reg 13)', () => {
    expect(caseType(p, ct).acknowledgement).toMatchObject({ workingDays: 3, source: 'SI 2009/309 reg 13' });
  });

  it('responds within the agreed period, 6 calendar months at most unless agreed before (reg 14)', () => {
    const s = stage(p, ct, 'response');
    expect(s.timescale.calendarMonths).toBe(6);
    expect(s.timescale.workingDays).toBeUndefined();
    // No upper limit in reg 14 ("or such longer period as may be agreed … before the expiry"): no maximum is set.
    expect(s.extension).toEqual({ agreeBeforeDue: true, source: 'SI 2009/309 reg 14 (cf. SI 2012/3094 reg 29(3)(b))', note: expect.any(String) });
  });

  it('12-month time limit with discretion (reg 12)', () => {
    expect(p.timeLimit).toMatchObject({ months: 12, discretion: true, source: 'SI 2009/309 reg 12' });
  });
});

describe('lgsco-code-2024 (LGSCO Complaint Handling Code 2024)', () => {
  const p = getPolicy('lgsco-code-2024');
  const ct = 'corporate-complaint';

  it('acknowledges within 5 working days (para 6.2)', () => {
    expect(caseType(p, ct).acknowledgement).toMatchObject({
      workingDays: 5,
      source: 'LGSCO Complaint Handling Code (2024) para 6.2',
    });
  });

  it('stage 1: 10 working days from acknowledgement (para 6.3), +10 (para 6.4)', () => {
    const s = stage(p, ct, 'stage-1');
    expect(s.clockStart).toBe('acknowledged');
    expect(s.timescale).toMatchObject({ workingDays: 10, source: 'LGSCO Complaint Handling Code (2024) para 6.3' });
    expect(s.extension?.maxWorkingDays).toBe(20);
  });

  it('stage 2: acknowledged in 5, 20 working days from acknowledgement, +20', () => {
    const s = stage(p, ct, 'stage-2');
    expect(s.acknowledgement?.workingDays).toBe(5);
    expect(s.clockStart).toBe('acknowledged');
    expect(s.timescale.workingDays).toBe(20);
    expect(s.extension?.maxWorkingDays).toBe(40);
  });
});

describe('scotland-spso (SPSO model complaints handling procedure)', () => {
  const p = getPolicy('scotland-spso');
  const ct = 'statutory-complaint';

  it('counts Scottish working days', () => {
    expect(p.calendar.holidays).toBe('scotland');
    expect(p.jurisdiction).toBe('scotland');
  });

  it('stage 1: 5 working days; stage 2: acknowledged in 3, answered in 20', () => {
    expect(stage(p, ct, 'stage-1').timescale.workingDays).toBe(5);
    expect(stage(p, ct, 'stage-2').acknowledgement?.workingDays).toBe(3);
    expect(stage(p, ct, 'stage-2').timescale.workingDays).toBe(20);
  });

  it('extensions have no maximum: the MCHP ceiling was not read ("exceptional circumstances"; "revised timescale")', () => {
    for (const id of ['stage-1', 'stage-2']) {
      const e = stage(p, ct, id).extension!;
      expect([e.maxWorkingDays, e.maxCalendarDays, e.maxCalendarMonths, e.localDateMayExceed]).toEqual([undefined, undefined, undefined, undefined]);
    }
  });

  it('stage 2 may be asked for within 2 calendar months of the stage-1 response; later needs a decision', () => {
    expect(stage(p, ct, 'stage-1').escalation).toMatchObject({
      to: 'stage-2',
      windowCalendarMonths: 2,
      lateRequestNeedsDiscretion: true,
      source: expect.stringMatching(/^SPSO model CHP .*2 months of the stage-1 response if later$/),
    });
    expect(stage(p, ct, 'stage-1').escalation?.windowWorkingDays).toBeUndefined();
  });

  it('quotes the Scottish Public Services Ombudsman', () => {
    expect(p.contacts.ombudsman?.name).toBe('Scottish Public Services Ombudsman');
    expect(p.contacts.ombudsman?.website).toBe('www.spso.org.uk');
  });
});

describe('wales-social-services-2014 (WSI 2014/1794)', () => {
  const p = getPolicy('wales-social-services-2014');
  const ct = 'statutory-complaint';

  it('acknowledges within 2 working days (reg 15(2))', () => {
    expect(caseType(p, ct).acknowledgement).toMatchObject({ workingDays: 2, source: 'WSI 2014/1794 reg 15(2)' });
  });

  it('discussion within 10 working days of acknowledgement; investigation 25 working days of the request', () => {
    const local = stage(p, ct, 'local-resolution');
    expect(local.clockStart).toBe('acknowledged');
    expect(local.timescale.workingDays).toBe(10);
    const formal = stage(p, ct, 'formal-investigation');
    expect(formal.clockStart).toBe('requested');
    expect(formal.timescale.workingDays).toBe(25);
  });

  it('the local-resolution extension has no maximum (reg 16(4) sets none)', () => {
    const e = stage(p, ct, 'local-resolution').extension!;
    expect(e.source).toBe('WSI 2014/1794 reg 16(4)');
    expect([e.maxWorkingDays, e.localDateMayExceed]).toEqual([undefined, undefined]);
  });

  it('England-and-Wales calendar and the Public Services Ombudsman for Wales', () => {
    expect(p.calendar.holidays).toBe('england-and-wales');
    expect(p.contacts.ombudsman?.name).toBe('Public Services Ombudsman for Wales');
  });
});

describe('information requests', () => {
  it('foi-2000: 20 working days on the any-UK calendar (s.10(1), s.10(6)), ICO day 1', () => {
    const p = getPolicy('foi-2000');
    expect(p.calendar.holidays).toBe('united-kingdom');
    expect(p.calendar.nonWorkingDayReceipt).toBe('count-from-next-working-day');
    const s = stage(p, 'foi', 'response');
    expect(s.timescale).toMatchObject({ workingDays: 20, source: 'FOIA 2000 s.10(1), s.10(6)' });
    expect(s.clockStart).toBe('received');
    // s.10(3) public-interest extension: "such time as is reasonable", no statutory ceiling, so no maximum.
    expect(s.extension).toEqual({ source: 'FOIA 2000 s.10(3)', note: expect.stringContaining('no statutory ceiling') });
  });

  it('eir-2004: 20 working days (reg 5(2)), 40 at most when complex and voluminous (reg 7(1))', () => {
    const p = getPolicy('eir-2004');
    expect(p.calendar.holidays).toBe('united-kingdom');
    const s = stage(p, 'eir', 'response');
    expect(s.timescale).toMatchObject({ workingDays: 20, source: 'EIR 2004 reg 5(2)' });
    expect(s.extension).toMatchObject({ maxWorkingDays: 40, localDateMayExceed: false, source: 'EIR 2004 reg 7(1)' });
  });

  it('uk-gdpr-sar: one calendar month by the ICO rule, three months at most (art 12(3))', () => {
    const p = getPolicy('uk-gdpr-sar');
    const s = stage(p, 'subject-access', 'response');
    expect(s.timescale.calendarMonths).toBe(1);
    expect(s.timescale.workingDays).toBeUndefined();
    expect(s.extension).toMatchObject({ maxCalendarMonths: 3, localDateMayExceed: false });
  });
});

describe('every built-in preset', () => {
  it.each(listPolicies().map((p) => p.id))('%s: every role that moves responsibility up (escalatesTo) says where the rule comes from', (id) => {
    const p = getPolicy(id);
    const up = Object.entries(p.roles).filter(([, r]) => r.escalatesTo !== undefined);
    for (const [, role] of up) expect(role.source).toEqual(expect.stringMatching(/\S{3}/));
    // ... and listPolicies cites it with the preset's other sources.
    const sources = listPolicies().find((s) => s.id === id)!.sources;
    for (const [, role] of up) expect(sources).toContain(role.source);
  });

  it('southampton cites its own rule for a complaint about the team manager', () => {
    expect(getPolicy('southampton').roles['team-manager']?.source).toBe(
      'local: Southampton children & families complaints process note (2016), "Complaint involving Team Manager"',
    );
  });

  it('no extension sets a maximum its source does not give: foi-2000, scotland-spso, wales and adults are open-ended', () => {
    const open: string[] = [];
    for (const { id } of listPolicies()) {
      for (const [caseTypeId, ct] of Object.entries(getPolicy(id).caseTypes)) {
        for (const [stageId, st] of Object.entries(ct.stages)) {
          const e = st.extension;
          if (e && e.maxWorkingDays === undefined && e.maxCalendarDays === undefined && e.maxCalendarMonths === undefined) open.push(`${id}/${caseTypeId}/${stageId}`);
        }
      }
    }
    expect(open).toEqual([
      'england-adults-2009/statutory-complaint/response',
      'foi-2000/foi/response',
      'scotland-spso/statutory-complaint/stage-1',
      'scotland-spso/statutory-complaint/stage-2',
      'wales-social-services-2014/statutory-complaint/local-resolution',
    ]);
  });
});
