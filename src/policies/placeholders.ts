/**
 * Placeholders the library fills in itself when it builds an email from a case (`emailForReminder`). A preset's
 * templates may use these and the names the preset declares in `placeholders`; anything else is reported as a
 * probable typo. Names are compared the way GOV.UK Notify compares them: ignoring case, spaces, underscores and
 * hyphens.
 *
 * @example
 * import { WORKFLOW_PLACEHOLDERS } from 'statutory-complaints/policies';
 * 'due date' in WORKFLOW_PLACEHOLDERS //=> true
 * Object.isFrozen(WORKFLOW_PLACEHOLDERS) //=> true
 */
export const WORKFLOW_PLACEHOLDERS = Object.freeze({
  reference: 'The case reference.',
  'complainant name': "The complainant's display name as the caller supplied it.",
  details: 'A short description of what the case is about, as the caller supplied it.',
  'recipient name': 'Name of the person the email is addressed to (from the directory), or the mailbox name.',
  'received date': 'Date of receipt (date style per template).',
  'due date': 'The current due date of the stage: the extended date when an extension was agreed.',
  'original due date': 'The due date before any extension.',
  stage: 'The stage title, e.g. "Stage 1 – local resolution".',
  'working days overdue': 'Working days since the due date (0 when not overdue).',
  'complaints mailbox': "The preset's complaints mailbox address.",
  'complaints team': "The preset's complaints mailbox name.",
  'ombudsman name': "The ombudsman's name from the preset's contacts.",
  'ombudsman website': "The ombudsman's website from the preset's contacts.",
  'ombudsman phone': "The ombudsman's phone number from the preset's contacts.",
  'next stage window': 'The time the complainant has to ask for the next stage, with its unit, e.g. "20 working days".',
  'next stage': 'Title of the next stage.',
  'delay reasons': "The preset's delay-reason labels, as a numbered list.",
  'hearing date': 'Date of the panel hearing, once arranged.',
} as const);

/** A placeholder name the library fills in. */
export type WorkflowPlaceholder = keyof typeof WORKFLOW_PLACEHOLDERS;

/**
 * Normalises a placeholder name or personalisation key the way GOV.UK Notify does (alphagov/notifications-utils,
 * `notifications_utils/insensitive_dict.py`, `_normalise_str_none`): spaces, underscores and hyphens removed first,
 * then lower case. The order matters for a Greek capital sigma: lower case picks the final form `ς` only at the end
 * of a word, so `ΟΔΟΣ_Β` becomes `οδοσβ` (the `Σ` is no longer final once the `_` is gone), exactly as Notify's
 * Python `str.lower()` does, and `ΟΔΟΣ` becomes `οδος`. The one normaliser of the library: presets, templates and
 * values all use it.
 *
 * @example
 * import { normalisePlaceholderName } from 'statutory-complaints/policies';
 * normalisePlaceholderName('Due_Date') //=> 'duedate'
 * normalisePlaceholderName('due-date') === normalisePlaceholderName('due date') //=> true
 * normalisePlaceholderName('ΟΔΟΣ_Β') //=> 'οδοσβ'
 * normalisePlaceholderName('ΟΔΟΣ') //=> 'οδος'
 */
export function normalisePlaceholderName(name: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32 || c === 95 || c === 45) {
      out += name.slice(from, i);
      from = i + 1;
    }
  }
  return (from === 0 ? name : out + name.slice(from)).toLowerCase();
}
