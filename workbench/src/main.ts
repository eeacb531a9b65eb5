// The preset workbench page. Everything it shows comes from the library's public entries: the validator and its
// messages (policy-text), the presets (policies), the timeline and the iCalendar file (workflow), the previews
// (templates). The page itself only lays things out.
import { diffPolicies, getPolicy, listPolicies, type Policy, type PolicySummary, type PolicyTemplate, type ValidationIssue } from 'statutory-complaints/policies';
import { checkPolicyText, readPolicyText } from 'statutory-complaints/policy-text';
import {
  createWorkflow,
  timelineToICalendar,
  type Workflow,
  type Case,
  type Deadline,
  type DeadlineKind,
  type ScheduledReminder,
  type Timeline,
} from 'statutory-complaints/workflow';
import { formatDate, renderPolicyTemplate, renderTemplate, templatePlaceholders } from 'statutory-complaints/templates';
import presetFiles from 'virtual:preset-files';
import type { EditorView } from '@codemirror/view';
import { createEditor, goTo, showProblems } from './editor.js';
import { download, escapeHtml, fill, h, table } from './dom.js';
import { decodeState, encodeState, type PageState } from './share.js';

// ---------------------------------------------------------------------------------------------------------------
// State

interface Good {
  readonly policy: Policy;
  readonly data: Record<string, unknown>;
  readonly at: Date;
}

const presetIds = Object.keys(presetFiles);
let startPreset = presetIds.includes('dudley') ? 'dudley' : presetIds[0]!;
// Titles and jurisdictions come from listPolicies, which resolves every preset: done once the page is drawn.
let presets: readonly PolicySummary[] = [];
let view: EditorView;
let lastGood: Good | undefined;
let lastKey = '';
let drawn: { key: string; broken: boolean } | undefined;
let broken = false;
let values: Record<string, string> = {};
let touchedValues = new Set<string>();
let revision = 0;
/** The name of the file in the editor: `<id>.yaml` for a built-in, the name of an opened file; `.json` reads as JSON. */
let fileName = 'preset.yaml';

const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

// ---------------------------------------------------------------------------------------------------------------
// Layout

const presetSelect = h(
  'select',
  { class: 'govuk-select', id: 'preset', name: 'preset' },
  presetIds.map((id) => h('option', { value: id }, id)),
);

function describePresets(): void {
  presets = listPolicies();
  for (const option of presetSelect.options) {
    const p = presets.find((x) => x.id === option.value);
    if (p) option.textContent = `${p.title} (${jurisdictionName(p.jurisdiction)})`;
  }
}
const fileInput = h('input', { class: 'govuk-file-upload', id: 'open-file', type: 'file', accept: '.yaml,.yml,.json' });
const councilId = h('input', {
  class: 'govuk-input govuk-input--width-20',
  id: 'council-id',
  type: 'text',
  value: 'my-council',
  spellcheck: 'false',
  autocomplete: 'off',
});
const problemsPanel = h('div', { class: 'wb-problems', id: 'problems' });
const statusLine = h('p', { class: 'govuk-body govuk-visually-hidden', id: 'validation-status', 'aria-live': 'polite' });
const staleBanner = h('div', { id: 'stale', hidden: true });
const editorHost = h('div', { class: 'wb-editor', id: 'editor' });
const changesHost = h('div', { id: 'changes' });
// Announces what the last edit changed in the "What changed" list (the list itself is not a live region, so a
// screen reader hears the new sentences, not the whole list again).
const changesStatus = h('p', { class: 'govuk-visually-hidden', id: 'changes-status', 'aria-live': 'polite', 'aria-atomic': 'true' });

const caseTypeSelect = h('select', { class: 'govuk-select', id: 'case-type', name: 'case-type' });
const receivedInput = h('input', { class: 'govuk-input govuk-input--width-10', id: 'received', type: 'date', value: today() });
const timeInput = h('input', { class: 'govuk-input govuk-input--width-5', id: 'received-time', type: 'time', 'aria-describedby': 'received-time-hint' });
const extensionInput = h('input', {
  class: 'govuk-input govuk-input--width-3',
  id: 'extension',
  type: 'text',
  inputmode: 'numeric',
  'aria-describedby': 'extension-hint',
});
const responseInput = h('input', { class: 'govuk-input govuk-input--width-10', id: 'response-date', type: 'date', 'aria-describedby': 'response-date-hint' });
const referenceInput = h('input', {
  class: 'govuk-input govuk-input--width-10',
  id: 'reference',
  type: 'text',
  value: 'CS-2026-0001',
  spellcheck: 'false',
  'aria-describedby': 'reference-hint',
});
const caseErrors = h('div', { id: 'case-errors' });
const timelineHost = h('div', { id: 'timeline' });
const caseHost = h('div', { id: 'this-case' });
const templateSelect = h('select', { class: 'govuk-select', id: 'template', name: 'template' });
// The language of the previews (issue 16): English, the template's Welsh text, or both (Welsh first).
const languageSelect = h(
  'select',
  { class: 'govuk-select', id: 'language', name: 'language' },
  h('option', { value: 'english' }, 'English'),
  h('option', { value: 'welsh' }, 'Welsh (Cymraeg)'),
  h('option', { value: 'bilingual' }, 'Bilingual (Welsh first)'),
);
type PreviewLanguage = 'english' | 'welsh' | 'bilingual';
const previewLanguage = (): PreviewLanguage => languageSelect.value as PreviewLanguage;
const valuesHost = h('div', { class: 'wb-values', id: 'values' });
const previewFrame = h('iframe', {
  class: 'wb-preview-frame',
  id: 'preview-html',
  title: 'Email preview (HTML)',
  sandbox: 'allow-same-origin',
  referrerpolicy: 'no-referrer',
});
const previewText = h('pre', { class: 'wb-text-preview', id: 'preview-text', tabindex: '0', 'aria-label': 'Email preview (plain text)' });
const previewSubject = h('p', { class: 'govuk-body', id: 'preview-subject' });
const shareLink = h('input', { class: 'govuk-input wb-share', id: 'share-link', type: 'text', readonly: true, 'aria-describedby': 'share-hint' });

function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  return h(
    'div',
    { class: 'govuk-form-group' },
    h('label', { class: 'govuk-label govuk-label--s', for: id }, label),
    hint ? h('div', { class: 'govuk-hint', id: `${id}-hint` }, hint) : null,
    control,
  );
}

function button(label: string, onclick: () => void, options: { secondary?: boolean; id?: string } = {}): HTMLButtonElement {
  return h(
    'button',
    { type: 'button', class: `govuk-button${options.secondary ? ' govuk-button--secondary' : ''}`, 'data-module': 'govuk-button', id: options.id, onclick },
    label,
  );
}

function layout(): HTMLElement {
  return h(
    'div',
    {},
    h(
      'section',
      { class: 'wb-section', 'aria-labelledby': 'preset-heading' },
      h('h2', { class: 'govuk-heading-l', id: 'preset-heading' }, '1. The preset'),
      h(
        'div',
        { class: 'wb-toolbar' },
        field('preset', 'Built-in preset', presetSelect),
        button('Show this preset', () => loadPreset(presetSelect.value), { id: 'load-preset' }),
        field('open-file', 'Or open a YAML file', fileInput),
      ),
      h(
        'div',
        { class: 'wb-toolbar' },
        field('council-id', "Your council's preset id", councilId),
        button("Start a council's own preset", startOwnPreset, { secondary: true, id: 'start-own' }),
        button('Download YAML', downloadYaml, { secondary: true, id: 'download-yaml' }),
      ),
      staleBanner,
      h(
        'div',
        { class: 'wb-split' },
        h(
          'div',
          {},
          h('h3', { class: 'govuk-heading-m', id: 'editor-heading' }, 'Preset YAML'),
          h('p', { class: 'govuk-hint', id: 'editor-hint' }, 'Checked as you type. Tab leaves the editor; Ctrl+F searches; Ctrl+Z undoes.'),
          editorHost,
        ),
        h(
          'div',
          {},
          h('h3', { class: 'govuk-heading-m' }, 'Problems'),
          statusLine,
          problemsPanel,
          h(
            'section',
            { class: 'wb-changes', 'aria-labelledby': 'changes-heading' },
            h('h3', { class: 'govuk-heading-m', id: 'changes-heading' }, 'What changed'),
            changesStatus,
            changesHost,
          ),
        ),
      ),
    ),
    h(
      'section',
      { class: 'wb-section', 'aria-labelledby': 'case-heading' },
      h('h2', { class: 'govuk-heading-l', id: 'case-heading' }, '2. A case'),
      caseErrors,
      h(
        'div',
        { class: 'wb-toolbar' },
        field('case-type', 'Case type', caseTypeSelect),
        field('received', 'Date received', receivedInput),
        field('received-time', 'Time received (optional)', timeInput, "UK time: the preset's cut-off applies"),
        field('extension', 'Extension (optional)', extensionInput, 'Working days agreed'),
        field('response-date', 'Response sent (optional)', responseInput, 'Date of the stage response'),
        field('reference', 'Case reference', referenceInput, 'Used in the calendar file'),
      ),
      timelineHost,
      h('div', { class: 'wb-toolbar' }, button('Download calendar (.ics)', downloadIcs, { secondary: true, id: 'download-ics' })),
      caseHost,
    ),
    h(
      'section',
      { class: 'wb-section', 'aria-labelledby': 'previews-heading' },
      h('h2', { class: 'govuk-heading-l', id: 'previews-heading' }, '3. Emails and letters'),
      h('div', { class: 'wb-toolbar' }, field('template', 'Template', templateSelect), field('language', 'Language', languageSelect)),
      h(
        'details',
        { class: 'govuk-details', open: true },
        h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, 'Sample values')),
        h(
          'div',
          { class: 'govuk-details__text' },
          h(
            'p',
            { class: 'govuk-hint' },
            'Empty values are shown highlighted, as GOV.UK Notify previews show a missing placeholder. Use made-up values, never real personal data: what you type here goes into the page link.',
          ),
          valuesHost,
        ),
      ),
      previewSubject,
      h(
        'div',
        { class: 'wb-split' },
        h('div', {}, h('h3', { class: 'govuk-heading-s' }, 'HTML email'), previewFrame),
        h('div', {}, h('h3', { class: 'govuk-heading-s' }, 'Plain text (as Notify sends it)'), previewText),
      ),
    ),
    h(
      'section',
      { class: 'wb-section', 'aria-labelledby': 'share-heading' },
      h('h2', { class: 'govuk-heading-l', id: 'share-heading' }, '4. Keep and share'),
      field(
        'share-link',
        'Link to this page as it is now',
        shareLink,
        'The preset and the case are in the part after #, which never leaves your browser. Anyone with the link sees the same page.',
      ),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Words

function jurisdictionName(j: string): string {
  return { england: 'England', wales: 'Wales', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland', uk: 'UK' }[j] ?? j;
}

const KIND: Record<DeadlineKind, string> = {
  acknowledgement: 'acknowledgement',
  allocation: 'allocation',
  'normal-business-window': 'normal-business window ends',
  response: 'response due',
  'extended-response': 'extended response due',
  maximum: 'maximum time limit',
  step: 'step due',
  'request-window': 'last day to ask for the next stage',
  'panel-meeting': 'panel must meet by',
  'hearing-notice': 'hearing papers due',
  'panel-report': 'panel report due',
  'final-response': 'final response due',
  'delay-reason-follow-up': 'delay reason follow-up',
};

function countText(d: Deadline): string {
  const [n, unit] =
    d.calendarMonths !== undefined
      ? [d.calendarMonths, 'calendar month']
      : d.calendarDays !== undefined
        ? [d.calendarDays, 'calendar day']
        : [d.workingDays ?? 0, 'working day'];
  return `${n} ${unit}${n === 1 ? '' : 's'}${d.kind === 'hearing-notice' ? ' before' : ''}`;
}

function stageTitle(policy: Policy, caseType: string, stage: string | undefined): string {
  if (stage === undefined) return '';
  return policy.caseTypes[caseType]?.stages[stage]?.title ?? stage;
}

function roleTitle(policy: Policy, role: string): string {
  return policy.roles[role]?.title ?? role;
}

function skippedCell(d: Deadline): HTMLElement {
  const weekend = d.skipped.filter((s) => s.kind === 'weekend').length;
  const others = d.skipped.filter((s) => s.kind !== 'weekend');
  if (d.skipped.length === 0) return h('span', {}, 'none');
  return h(
    'div',
    {},
    others.length > 0
      ? h(
          'ul',
          { class: 'govuk-list govuk-list--bullet wb-skipped' },
          others.map((s) => h('li', {}, `${formatDate(s.date)}: ${s.reason} (${s.kind === 'holiday' ? 'bank holiday' : 'closure'})`)),
        )
      : null,
    weekend > 0 ? h('span', { class: 'wb-muted' }, `${weekend} weekend day${weekend === 1 ? '' : 's'}`) : null,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Validation as you type

function readEditor(): { issues: readonly ValidationIssue[]; good?: Good } {
  const text = view.state.doc.toString();
  const read = readPolicyText(text, { fileName });
  const checked = checkPolicyText(read, { fileName });
  if (checked.policy) {
    const data = read.data && typeof read.data === 'object' ? (read.data as Record<string, unknown>) : {};
    return { issues: [], good: { policy: checked.policy, data, at: new Date() } };
  }
  return { issues: checked.issues };
}

function renderProblems(issues: readonly ValidationIssue[]): void {
  statusLine.textContent = issues.length === 0 ? 'No problems found.' : `${issues.length} problem${issues.length === 1 ? '' : 's'} found.`;
  if (issues.length === 0) {
    fill(
      problemsPanel,
      h('div', { class: 'wb-ok', id: 'no-problems' }, h('p', { class: 'govuk-body govuk-!-margin-0' }, 'No problems: the validator accepts this preset.')),
    );
    return;
  }
  fill(
    problemsPanel,
    h(
      'div',
      { class: 'govuk-error-summary', 'data-module': 'govuk-error-summary' },
      h(
        'div',
        {},
        h('h4', { class: 'govuk-error-summary__title' }, `There ${issues.length === 1 ? 'is 1 problem' : `are ${issues.length} problems`} in the preset`),
        h(
          'div',
          { class: 'govuk-error-summary__body' },
          h(
            'ul',
            { class: 'govuk-list govuk-error-summary__list', id: 'problem-list' },
            issues.map((issue) =>
              h(
                'li',
                {},
                h(
                  'a',
                  {
                    href: '#editor',
                    class: 'wb-problem-link',
                    'data-line': issue.line ?? 1,
                    onclick: (event: Event) => {
                      event.preventDefault();
                      goTo(view, issue.line ?? 1, issue.column ?? 1);
                    },
                  },
                  `Line ${issue.line ?? 1}${issue.path ? ` (${issue.path})` : ''}: ${issue.message}`,
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function update(): void {
  const started = performance.now();
  const { issues, good } = readEditor();
  const validated = performance.now();
  performance.measure('workbench:validate', { start: started, end: validated });
  showProblems(
    view,
    issues.map((i) => ({ line: i.line ?? 1, column: i.column ?? 1, message: i.message, severity: i.code === 'yaml-warning' ? 'warning' : 'error' })),
  );
  renderProblems(issues);
  broken = good === undefined;
  if (good) {
    lastGood = good;
    lastKey = JSON.stringify(good.policy);
  }
  renderStale();
  // Redraw the timeline and previews only when what they show changed (an edit to a comment changes nothing).
  if (drawn?.key !== lastKey || drawn?.broken !== broken) {
    renderAll();
    drawn = { key: lastKey, broken };
    document.body.dataset.drawn = String(Number(document.body.dataset.drawn ?? '0') + 1);
  }
  revision++;
  document.body.dataset.revision = String(revision);
  performance.measure('workbench:update', { start: started, end: performance.now() });
  scheduleShare();
}

let pending = false;
function scheduleUpdate(): void {
  if (pending) return;
  pending = true;
  queueMicrotask(() => {
    pending = false;
    update();
  });
}

function renderStale(): void {
  staleBanner.hidden = !broken;
  if (!broken) {
    staleBanner.className = '';
    fill(staleBanner);
    return;
  }
  staleBanner.className = 'wb-stale';
  fill(
    staleBanner,
    h(
      'p',
      { class: 'govuk-body govuk-!-font-weight-bold govuk-!-margin-0' },
      lastGood
        ? `The preset has problems. What changed, the timeline and the previews show the last version that was valid (${lastGood.at.toLocaleTimeString('en-GB')}) until they are fixed.`
        : 'The preset has problems and no valid version has been seen yet: fix them to see the timeline and previews.',
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Timeline, case, previews, changes

function staleTag(): HTMLElement | null {
  return broken && lastGood ? h('strong', { class: 'govuk-tag govuk-tag--red wb-stale-tag' }, 'Last valid version') : null;
}

function receivedAt(): string {
  const date = receivedInput.value;
  const time = timeInput.value;
  if (!time) return date;
  // The offset of UK time on that day (GMT or BST), from the browser's time-zone data.
  const noon = new Date(`${date}T12:00:00Z`);
  const name =
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'longOffset' }).formatToParts(noon).find((p) => p.type === 'timeZoneName')?.value ??
    'GMT';
  const m = /GMT([+-]\d\d:\d\d)?/.exec(name);
  return `${date}T${time}:00${m?.[1] ?? 'Z'}`;
}

function caseTypeOf(policy: Policy): string {
  const ids = Object.keys(policy.caseTypes);
  const wanted = caseTypeSelect.value;
  const current = [...caseTypeSelect.options].map((o) => o.value);
  if (current.join('\n') !== ids.join('\n')) {
    fill(
      caseTypeSelect,
      ids.map((id) => h('option', { value: id }, `${policy.caseTypes[id]!.title}`)),
    );
  }
  caseTypeSelect.value = ids.includes(wanted) ? wanted : ids[0]!;
  return caseTypeSelect.value;
}

let currentTimeline: Timeline | undefined;

/** The workflow engine of the policy on screen (one per valid version of the preset). */
let engine: { policy: Policy; workflow: Workflow } | undefined;
function workflowOf(policy: Policy): Workflow {
  if (engine?.policy !== policy) engine = { policy, workflow: createWorkflow(policy) };
  return engine.workflow;
}

function errorBox(message: string): HTMLElement {
  return h(
    'div',
    { class: 'govuk-error-summary', id: 'case-error' },
    h('h3', { class: 'govuk-error-summary__title' }, 'The case cannot be worked out'),
    h('div', { class: 'govuk-error-summary__body' }, h('p', { class: 'govuk-body' }, message)),
  );
}

function renderTimeline(policy: Policy): void {
  currentTimeline = undefined;
  fill(caseErrors);
  const caseType = caseTypeOf(policy);
  if (!receivedInput.value) {
    fill(timelineHost, h('p', { class: 'govuk-body' }, 'Enter the date received to see the timeline.'));
    fill(caseHost);
    return;
  }
  let timeline: Timeline;
  try {
    timeline = workflowOf(policy).timeline({ receivedAt: receivedAt(), caseType, reference: referenceInput.value || 'CASE' });
  } catch (error) {
    fill(caseErrors, errorBox(error instanceof Error ? error.message : String(error)));
    fill(timelineHost);
    fill(caseHost);
    return;
  }
  currentTimeline = timeline;
  const deadlineRows = timeline.deadlines.map((d) => [
    h('span', { 'data-deadline': d.id }, formatDate(d.due), d.provisional ? ' *' : ''),
    h('span', {}, `${stageTitle(policy, caseType, d.stage)}${d.stage ? ': ' : ''}${KIND[d.kind]}`, h('br'), h('span', { class: 'wb-muted wb-mono' }, d.id)),
    countText(d),
    d.kind === 'hearing-notice' ? `hearing on ${formatDate(d.start, 'short')}` : `${d.startedBy}, ${formatDate(d.start, 'short')}`,
    skippedCell(d),
  ]);
  const reminderRows = timeline.reminders.map((r: ScheduledReminder) => [
    h('span', { 'data-reminder': `${r.stage}/${r.id}` }, formatDate(r.date), r.provisional ? ' *' : ''),
    stageTitle(policy, caseType, r.stage),
    h('span', { class: 'wb-mono' }, r.id),
    r.to.map((x) => roleTitle(policy, x)).join(', '),
    r.cc.length ? r.cc.map((x) => roleTitle(policy, x)).join(', ') : '–',
    h('span', { class: 'wb-mono' }, r.template),
  ]);
  fill(
    timelineHost,
    h('h3', { class: 'govuk-heading-m' }, 'Timeline', staleTag()),
    h(
      'p',
      { class: 'govuk-body' },
      `Received ${formatDate(timeline.received)}; working days on the ${timeline.calendar.holidays} calendar. Assumes each stage is answered on its due date and the next stage is asked for that same day.`,
    ),
    table('Deadlines', ['Date', 'Deadline', 'Count', 'Counted from', 'Days skipped'], deadlineRows, 'deadlines'),
    timeline.deadlines.some((d) => d.provisional)
      ? h('p', { class: 'govuk-body-s' }, '* Provisional: counted from an event assumed on its target date, or on bank holidays not yet published.')
      : null,
    timeline.reminders.length === 0
      ? h('p', { class: 'govuk-body' }, 'No reminders: the preset has no chasing ladder for this case type.')
      : table('Reminders', ['Date', 'Stage', 'Reminder', 'To', 'Copied to', 'Template'], reminderRows, 'reminders'),
    timeline.reminders.some((r) => r.provisional)
      ? h('p', { class: 'govuk-body-s' }, '* Provisional: the referral is sent when the case is allocated; until then it is dated the day the stage starts.')
      : null,
  );
  renderCase(policy, caseType);
}

function renderCase(policy: Policy, caseType: string): void {
  const ext = extensionInput.value.trim();
  const response = responseInput.value;
  if (!ext && !response) {
    fill(caseHost);
    return;
  }
  try {
    if (ext && !/^\d{1,3}$/.test(ext)) throw new Error('Extension: enter a whole number of working days, for example 10.');
    const workflow = workflowOf(policy);
    let kase: Case = workflow.openCase({ reference: referenceInput.value || 'CASE', receivedAt: receivedAt(), caseType });
    if (ext) {
      kase = workflow.applyEvent(kase, {
        type: 'extension-agreed',
        on: kase.received,
        workingDays: Number(ext),
        reason: 'Agreed extension',
        agreedWithComplainant: true,
      });
    }
    if (response) {
      const complaint = /complaint/.test(policy.caseTypes[caseType]!.kind);
      kase = workflow.applyEvent(kase, { type: 'response-sent', on: response, ...(complaint ? { outcome: 'not-upheld' as const } : {}) });
    }
    const rows = workflow
      .deadlines(kase)
      .map((d) => [
        h('span', {}, formatDate(d.due)),
        h('span', {}, `${stageTitle(policy, caseType, d.stage)}${d.stage ? ': ' : ''}${KIND[d.kind]}`, h('br'), h('span', { class: 'wb-muted wb-mono' }, d.id)),
        d.metOn ? formatDate(d.metOn) : '–',
        d.supersededBy ? `replaced by ${d.supersededBy}` : d.flags.length ? d.flags.join(', ') : '–',
      ]);
    fill(
      caseHost,
      h('h3', { class: 'govuk-heading-m' }, 'This case', staleTag()),
      h(
        'p',
        { class: 'govuk-body' },
        [
          ext ? `An extension of ${ext} working days agreed with the complainant on the day of receipt.` : '',
          response ? ` The response sent on ${formatDate(response)}.` : '',
        ].join(''),
      ),
      table('Deadlines of this case', ['Due', 'Deadline', 'Met on', 'Notes'], rows, 'case-deadlines'),
    );
  } catch (error) {
    fill(caseHost, errorBox(error instanceof Error ? error.message : String(error)));
  }
}

function sampleValues(policy: Policy): Record<string, string> {
  const t = currentTimeline;
  const caseType = t ? policy.caseTypes[t.caseType] : undefined;
  const stageIds = caseType ? Object.keys(caseType.stages) : [];
  const firstDue = t?.deadlines.find((d) => d.kind === 'response' || d.kind === 'panel-meeting')?.due;
  const contacts = policy.contacts as { complaintsMailbox?: { name?: string; email?: string }; ombudsman?: { name?: string; website?: string; phone?: string } };
  const out: Record<string, string> = { reference: referenceInput.value || 'CASE', 'working days overdue': '0' };
  // For a Welsh or bilingual preview the dates are given as YYYY-MM-DD: the library writes them in each language.
  const date = (d: string) => (previewLanguage() === 'english' ? formatDate(d) : d);
  if (t) out['received date'] = date(t.received);
  if (firstDue) out['due date'] = out['original due date'] = date(firstDue);
  if (caseType && stageIds[0]) out.stage = caseType.stages[stageIds[0]]!.title;
  if (caseType && stageIds[1]) out['next stage'] = caseType.stages[stageIds[1]]!.title;
  if (contacts.complaintsMailbox?.email) out['complaints mailbox'] = contacts.complaintsMailbox.email;
  if (contacts.complaintsMailbox?.name) out['complaints team'] = contacts.complaintsMailbox.name;
  if (contacts.ombudsman?.name) out['ombudsman name'] = contacts.ombudsman.name;
  if (contacts.ombudsman?.website) out['ombudsman website'] = contacts.ombudsman.website;
  if (contacts.ombudsman?.phone) out['ombudsman phone'] = contacts.ombudsman.phone;
  return out;
}

function renderPreviews(policy: Policy): void {
  const ids = Object.keys(policy.templates);
  if (ids.length === 0) {
    fill(valuesHost);
    previewSubject.textContent = 'This preset has no templates.';
    previewFrame.srcdoc = '';
    previewText.textContent = '';
    return;
  }
  const wanted = templateSelect.value;
  if ([...templateSelect.options].map((o) => o.value).join('\n') !== ids.join('\n')) {
    fill(
      templateSelect,
      ids.map((id) => h('option', { value: id }, `${policy.templates[id]!.title ?? id} (${id})`)),
    );
  }
  templateSelect.value = ids.includes(wanted) ? wanted : ids[0]!;
  const template = policy.templates[templateSelect.value]!;
  const samples = sampleValues(policy);
  const found = templatePlaceholders(template);
  const inputs = found.map((p) => {
    const id = `value-${p.key}`;
    const value = touchedValues.has(p.name) ? (values[p.name] ?? '') : (values[p.name] ?? samples[p.name] ?? '');
    const input = h('input', { class: 'govuk-input', id, type: 'text', value, 'data-name': p.name, spellcheck: 'false' });
    input.addEventListener('input', () => {
      values[p.name] = input.value;
      touchedValues.add(p.name);
      renderPreviewOutput(policy, template);
      scheduleShare();
    });
    return field(id, `((${p.name}))${p.conditional && !p.substituted ? ' – yes or empty' : ''}`, input);
  });
  // Keep the focused input when only the output changes.
  const focused = document.activeElement instanceof HTMLInputElement && valuesHost.contains(document.activeElement) ? document.activeElement.id : undefined;
  fill(valuesHost, inputs);
  if (focused) document.getElementById(focused)?.focus();
  renderPreviewOutput(policy, template);
}

function currentValues(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const input of valuesHost.querySelectorAll<HTMLInputElement>('input[data-name]')) if (input.value !== '') out[input.dataset.name!] = input.value;
  return out;
}

const PREVIEW_CSS = `body{font-family:arial,sans-serif;font-size:19px;line-height:1.32;color:#0b0c0c;margin:20px;max-width:580px}
.subject{font-weight:700;border-bottom:1px solid #b1b4b6;padding-bottom:10px}
.placeholder,.placeholder-conditional{background:#ffdd00;color:#0b0c0c;padding:0 2px}
blockquote{border-left:10px solid #b1b4b6;margin:15px 0;padding:15px}
hr{border:0;border-top:1px solid #b1b4b6}`;

function renderPreviewOutput(policy: Policy, template: PolicyTemplate): void {
  const given = currentValues();
  const language = previewLanguage();
  try {
    let html: { subject: string; body: string };
    let text: { subject: string; body: string };
    if (language === 'english') {
      html = renderTemplate(template, given, { format: 'html', missing: 'preview' });
      text = renderTemplate(template, given, { format: 'text', missing: 'preview' });
    } else {
      // The preset fills its own names (in Welsh from `correspondence.welsh`): the sample values leave them out.
      const own = presetFilled(policy);
      const caller = Object.fromEntries(Object.entries(given).filter(([k]) => !own.has(normal(k))));
      html = renderPolicyTemplate(policy, templateSelect.value, caller, { language, format: 'html', missing: 'preview' });
      text = renderPolicyTemplate(policy, templateSelect.value, caller, { language, format: 'text', missing: 'preview' });
    }
    previewSubject.textContent = '';
    previewSubject.append(h('strong', {}, 'Subject: '), ...highlight(html.subject, given));
    const lang = language === 'welsh' ? 'cy' : 'en-GB';
    previewFrame.srcdoc = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Email preview</title><style>${PREVIEW_CSS}</style></head><body><p class="subject">${escapeHtml(html.subject)}</p>${html.body}</body></html>`;
    previewText.replaceChildren(...highlight(`Subject: ${text.subject}\n\n${text.body}`, given));
  } catch (error) {
    previewSubject.textContent = '';
    previewText.textContent = error instanceof Error ? error.message : String(error);
    previewFrame.srcdoc = '';
  }
}

/** The placeholder names (normalised) the preset fills itself: its contacts' and its delay reasons. */
function presetFilled(policy: Policy): Set<string> {
  const contacts = policy.contacts as { complaintsMailbox?: object; ombudsman?: { phone?: string } } | undefined;
  const names: string[] = [];
  if (contacts?.complaintsMailbox) names.push('complaints mailbox', 'complaints team');
  if (contacts?.ombudsman) names.push('ombudsman name', 'ombudsman website', ...(contacts.ombudsman.phone ? ['ombudsman phone'] : []));
  if (policy.delayReasons) names.push('delay reasons');
  return new Set(names.map(normal));
}

/** Text with every `((placeholder))` that has no value marked, as Notify's previews highlight them. */
function highlight(text: string, given: Record<string, string>): Node[] {
  const known = new Set(Object.keys(given).map(normal));
  const out: Node[] = [];
  let last = 0;
  for (const m of text.matchAll(/\(\(([^()]*?)(\?\?[^()]*)?\)\)/g)) {
    if (known.has(normal(m[1]!))) continue;
    out.push(document.createTextNode(text.slice(last, m.index)));
    out.push(h('mark', { class: 'wb-placeholder' }, m[0]));
    last = m.index + m[0].length;
  }
  out.push(document.createTextNode(text.slice(last)));
  return out;
}

function normal(name: string): string {
  return name.toLowerCase().replace(/[ _-]/g, '');
}

// ---------------------------------------------------------------------------------------------------------------
// What changed: the differences from the preset this one extends, in the library's words (diffPolicies)

/** The sentences on screen, to announce only what an edit changed. */
let shownChanges: readonly string[] | undefined;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function renderChanges(good: Good | undefined): void {
  const base = typeof good?.data.extends === 'string' ? good.data.extends : undefined;
  if (!good || base === undefined) {
    shownChanges = undefined;
    changesStatus.textContent = '';
    fill(
      changesHost,
      h(
        'p',
        { class: 'govuk-body', id: 'changes-none' },
        good
          ? "This preset does not extend another, so there is nothing to compare. A council's own preset (Start a council's own preset) extends a built-in one, and what it changes is listed here."
          : 'Fix the problems in the preset to see what it changes.',
      ),
    );
    return;
  }
  let basePolicy: Policy;
  try {
    basePolicy = getPolicy(base);
  } catch (error) {
    fill(changesHost, h('p', { class: 'govuk-body' }, error instanceof Error ? error.message : String(error)));
    return;
  }
  const texts = diffPolicies(basePolicy, good.policy).map((d) => d.text);
  const title = presets.find((p) => p.id === base)?.title ?? basePolicy.title;
  fill(
    changesHost,
    h(
      'p',
      { class: 'govuk-body', id: 'changes-summary' },
      texts.length === 0 ? 'No differences from the built-in preset ' : 'Compared with the built-in preset ',
      h('code', { class: 'wb-mono' }, base),
      ` (${title}), which this preset extends${texts.length === 0 ? '.' : `: ${plural(texts.length, 'difference')}.`}`,
      staleTag(),
    ),
    texts.length === 0
      ? null
      : h(
          'ul',
          { class: 'govuk-list govuk-list--bullet', id: 'changes-list' },
          texts.map((t) => h('li', {}, t)),
        ),
  );
  // Announce the sentences this edit added (at most three) and the new count; nothing when the list is unchanged.
  if (shownChanges !== undefined && shownChanges.join('\n') !== texts.join('\n')) {
    const before = new Set(shownChanges);
    const added = texts.filter((t) => !before.has(t));
    const more = added.length > 3 ? `, and ${added.length - 3} more` : '';
    changesStatus.textContent = `What changed: ${plural(texts.length, 'difference')} from ${base}.${added.length ? ` New: ${added.slice(0, 3).join('; ')}${more}.` : ''}`;
  }
  shownChanges = texts;
}

function renderAll(): void {
  const good = lastGood;
  renderChanges(good);
  if (!good) {
    fill(timelineHost, h('p', { class: 'govuk-body' }, 'Fix the problems in the preset to see its timeline.'));
    fill(caseHost);
    return;
  }
  renderTimeline(good.policy);
  renderPreviews(good.policy);
}

// ---------------------------------------------------------------------------------------------------------------
// Actions

function setText(text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

function loadPreset(id: string): void {
  startPreset = id;
  presetSelect.value = id;
  fileName = `${id}.yaml`;
  setText(presetFiles[id] ?? '');
}

function startOwnPreset(): void {
  const base = presetSelect.value;
  const summary = presets.find((p) => p.id === base);
  const id = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(councilId.value) ? councilId.value : 'my-council';
  startPreset = base;
  fileName = `${id}.yaml`;
  setText(
    [
      // The schema's published address ($id), as docs/policy-authoring.md says for a preset kept outside node_modules.
      '# yaml-language-server: $schema=https://cdn.jsdelivr.net/npm/statutory-complaints@0.1/schema/policy.schema.json',
      `# A council's own preset: everything comes from the built-in preset \`${base}\`${summary ? ` (${summary.title})` : ''}`,
      '# except what is written here. Change only what differs, each rule with its source, e.g.:',
      '#',
      '# calendar:',
      '#   closures:',
      '#     - date: 2026-12-29',
      '#       reason: Offices closed between Christmas and New Year',
      '',
      `id: ${id}`,
      `extends: ${base}`,
      `title: ${id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())} – children's social care complaints`,
      "version: '1.0.0'",
      `effectiveFrom: ${today()}`,
      '',
    ].join('\n'),
  );
}

function downloadYaml(): void {
  const data = lastGood?.data;
  const id = typeof data?.id === 'string' && /^[a-z0-9-]+$/.test(data.id) ? data.id : 'preset';
  download(`${id}.yaml`, 'application/yaml', view.state.doc.toString());
}

function downloadIcs(): void {
  if (!currentTimeline || !lastGood) return;
  const reference = referenceInput.value.trim() || 'CASE';
  download(
    `${reference.replace(/[^A-Za-z0-9_-]+/g, '-')}.ics`,
    'text/calendar',
    timelineToICalendar(currentTimeline, { reference, policy: lastGood.policy, stamp: new Date() }),
  );
}

async function openFile(): Promise<void> {
  const file = fileInput.files?.[0];
  if (!file) return;
  fileName = file.name;
  setText(await file.text());
}

// ---------------------------------------------------------------------------------------------------------------
// Share

function pageState(): PageState {
  const text = view.state.doc.toString();
  const kept: Record<string, string> = {};
  for (const name of touchedValues) kept[name] = values[name] ?? '';
  return {
    preset: startPreset,
    ...(text === presetFiles[startPreset] ? {} : { text }),
    ...(fileName === `${startPreset}.yaml` ? {} : { file: fileName }),
    caseType: caseTypeSelect.value,
    received: receivedInput.value,
    ...(timeInput.value ? { time: timeInput.value } : {}),
    ...(extensionInput.value ? { extension: extensionInput.value } : {}),
    ...(responseInput.value ? { response: responseInput.value } : {}),
    reference: referenceInput.value,
    template: templateSelect.value,
    ...(previewLanguage() === 'english' ? {} : { language: previewLanguage() }),
    values: kept,
  };
}

let shareTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleShare(): void {
  clearTimeout(shareTimer);
  shareTimer = setTimeout(() => {
    void encodeState(pageState()).then((fragment) => {
      history.replaceState(null, '', `#${fragment}`);
      shareLink.value = location.href;
      document.body.dataset.shared = String(revision);
    });
  }, 150);
}

// ---------------------------------------------------------------------------------------------------------------
// Start

async function start(): Promise<void> {
  performance.mark('workbench:start');
  const app = document.getElementById('app')!;
  const state = await decodeState(location.hash);
  if (state && presetFiles[state.preset] !== undefined) startPreset = state.preset;
  fileName = state?.file ?? `${startPreset}.yaml`;
  fill(app, layout());
  presetSelect.value = startPreset;
  if (state) {
    if (state.received) receivedInput.value = state.received;
    if (state.time) timeInput.value = state.time;
    if (state.extension) extensionInput.value = state.extension;
    if (state.response) responseInput.value = state.response;
    if (state.reference) referenceInput.value = state.reference;
    values = { ...(state.values ?? {}) };
    touchedValues = new Set(Object.keys(values));
    if (state.caseType) caseTypeSelect.append(h('option', { value: state.caseType }, state.caseType));
    if (state.caseType) caseTypeSelect.value = state.caseType;
    if (state.template) templateSelect.append(h('option', { value: state.template }, state.template));
    if (state.template) templateSelect.value = state.template;
    if (state.language === 'welsh' || state.language === 'bilingual') languageSelect.value = state.language;
  }
  performance.mark('workbench:layout');
  view = createEditor(editorHost, state?.text ?? presetFiles[startPreset] ?? '', scheduleUpdate, () => Object.keys(lastGood?.policy.roles ?? {}));
  fileInput.addEventListener('change', () => void openFile());
  for (const input of [caseTypeSelect, receivedInput, timeInput, extensionInput, responseInput, referenceInput, templateSelect, languageSelect]) {
    input.addEventListener(input instanceof HTMLSelectElement ? 'change' : 'input', () => {
      if (lastGood) {
        renderTimeline(lastGood.policy);
        renderPreviews(lastGood.policy);
      }
      scheduleShare();
    });
  }
  performance.mark('workbench:editor');
  update();
  document.body.dataset.ready = 'true';
  performance.mark('workbench:ready');
}

void start().then(() => setTimeout(describePresets, 0));
