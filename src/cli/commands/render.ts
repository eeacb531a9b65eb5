/**
 * `statutory-complaints render`: renders one of a preset's email templates with values from a JSON file, the way
 * GOV.UK Notify would.
 *
 * @module
 */
import { InvalidArgumentError } from '../../errors.js';
import { normalisePlaceholderName } from '../../policies/index.js';
import { MissingPersonalisationError } from '../../templates/index.js';
import { mergeValues, policyValues, withDateStyles } from '../../templates/index.js';
import { renderPolicyTemplate, templatePlaceholders } from '../../templates/index.js';
import type { TemplateValue } from '../../templates/index.js';
import { expectPositionals, oneOf, parseArgs, requireOption } from '../args.js';
import { readOptionFile } from '../files.js';
import { printJson, printLine } from '../output.js';
import type { CliIo, Command } from '../types.js';
import { loadPolicyOption, POLICY_HELP } from '../policy-option.js';

const OPTIONS = {
  policy: { type: 'string' },
  template: { type: 'string' },
  values: { type: 'string' },
  format: { type: 'string' },
  language: { type: 'string' },
  'welsh-values': { type: 'string' },
  preview: { type: 'boolean' },
  redact: { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

const usage = `Usage:
  statutory-complaints render --policy <id|file> --template <id> [--values <file.json>] [--format text|html]
                             [--language english|welsh|bilingual] [--welsh-values <file.json>]
                             [--preview | --redact] [--json]

Renders one of a preset's email templates as GOV.UK Notify would: ((placeholders)) filled, conditional
((name??text)) shown or hidden, lists as bullets, dates in British English, the subject as plain text, and the
body as Notify's plain-text email or as simple HTML. A value is always text: in HTML it is escaped, and in both
formats its Markdown (headings, lists, links, emphasis) is never read.
The preset fills its own values (complaints mailbox and team, ombudsman's details, delay reasons); the values file
gives the rest. 'statutory-complaints templates --policy <id>' lists each template's placeholders and which of
them to give.

The values file is a JSON object of placeholder names to values (names ignore case, spaces, underscores and
hyphens): a string, a number, true/false, a list, or a date; other JSON data is written as GOV.UK Notify writes
it ([1, 2], {'key': 'value'}), and so are numbers, except that 1.0 reads as 1 here: quote it ("1.0") to keep the
.0. For a date placeholder (one the template gives a date style for, or received date, due date, original due
date, hearing date) a "YYYY-MM-DD" string is written in the template's style; { "date": "YYYY-MM-DD", "style":
"long" | "short" } chooses the style. A value the preset fills may not be given. Example:

  { "reference": "ABC/123", "complainant name": "Sam Example", "details": "contact arrangements",
    "recipient name": "Team Manager", "due date": "2026-01-07" }

Every placeholder without a value is listed at once (exit code 1); the message never contains a value. With
--preview the template is shown anyway, as Notify's previews show it: a placeholder without a value as ((name)),
a conditional as ((name??text)) (highlighted in HTML); with --redact each shows as [hidden]. The names still
missing are listed on stderr, and the exit code is 0. A preview is for reading a template, never for sending.

Options:
${POLICY_HELP}
  --template <id>      a template of the preset, e.g. new-referral (see 'statutory-complaints templates')
  --values <file>      the JSON values file (without it, only the preset's own values are used)
  --format <format>    text (the default: Notify's plain-text email) or html (simple HTML, values escaped)
  --language <lang>    english (the default), welsh (the template's Welsh text, with the preset's Welsh names and
                       dates in Welsh) or bilingual (Welsh first, then English; the subject "Welsh / English").
                       A template without a Welsh text is an error naming the preset field to add, never English
  --welsh-values <file> values for the Welsh text only (e.g. a reason written in Welsh), over --values
  --preview            show placeholders without a value as ((name)) instead of failing
  --redact             show placeholders without a value as [hidden] instead of failing
  --json               print JSON: { "subject", "body" } (with "language" when --language is welsh or bilingual)
  -h, --help           show this help

Examples:
  statutory-complaints render --policy dudley --template new-referral --values referral.json
  statutory-complaints render --policy dudley --template reason-for-delay-request --values late.json --format html --json
  statutory-complaints render --policy england-children-2006 --template acknowledgement --preview
  statutory-complaints render --policy wales-social-services-2014 --template acknowledgement --values ack.json --language bilingual
`;

/** Line and column of a character offset in a text (1-based). */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/**
 * Parses the values file. The parser's own message can quote the file's content (personal data), so only the
 * position of the mistake is reported.
 */
function parseValues(text: string): Record<string, TemplateValue> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    const where = at ? (({ line, column }) => ` (line ${line}, column ${column})`)(position(text, Number(at[1]))) : '';
    throw new InvalidArgumentError('--values', `the file is not valid JSON${where}: check the quotes, commas and brackets`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InvalidArgumentError('--values', 'the file must hold a JSON object of placeholder names to values');
  }
  return data as Record<string, TemplateValue>;
}

async function readValues(io: CliIo, file: string | undefined): Promise<Record<string, TemplateValue>> {
  if (file === undefined) return {};
  const text = await readOptionFile(io, file, 'values');
  return parseValues(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { options, positionals } = parseArgs(args, OPTIONS);
  expectPositionals(positionals, []);
  const policyId = requireOption(options.policy, 'policy');
  const templateId = requireOption(options.template, 'template');
  const format = oneOf(options.format ?? 'text', ['text', 'html'] as const, '--format');
  const { policy } = await loadPolicyOption(io, policyId);
  const template = Object.prototype.hasOwnProperty.call(policy.templates, templateId) ? policy.templates[templateId] : undefined;
  if (!template) {
    const ids = Object.keys(policy.templates);
    throw new InvalidArgumentError(
      '--template',
      ids.length === 0 ? `the preset ${policy.id} has no templates` : `must be one of the templates of ${policy.id}: ${ids.join(', ')}`,
    );
  }
  const language = oneOf(options.language ?? 'english', ['english', 'welsh', 'bilingual'] as const, '--language');
  const fileValues = await readValues(io, options.values);
  const welshValues = await readValues(io, options['welsh-values']);
  // A value the preset fills may not be given (checked against the English names: the Welsh text fills the same ones).
  const values = mergeValues(policyValues(policy), withDateStyles(template, fileValues), 'from the preset', 'values');
  const missing = options.redact ? 'redact' : options.preview ? 'preview' : 'error';
  let rendered;
  try {
    rendered = renderPolicyTemplate(policy, templateId, fileValues, { format, language, missing, welshValues });
  } catch (error) {
    if (!(error instanceof MissingPersonalisationError)) throw error;
    io.stderr(
      // The names only: the library's message names its own argument ('values'), here the --values file.
      `statutory-complaints render: ${new MissingPersonalisationError(error.names).message}\n` +
        `Give ${error.names.length === 1 ? 'it' : 'them'} in the --values file; 'statutory-complaints templates --policy ${policy.id} --template ${templateId}' lists the template's placeholders.\n`,
    );
    return 1;
  }
  if (missing !== 'error') {
    // The placeholders of the texts written (the Welsh text, the English, or both) that have no value.
    const texts = language === 'english' ? [template] : language === 'welsh' ? [template.welsh!] : [template.welsh!, template];
    const given = new Set(Object.keys({ ...values, ...welshValues }).map((k) => normalisePlaceholderName(k)));
    const without = [
      ...new Set(
        texts.flatMap((t) =>
          templatePlaceholders(t)
            .filter((p) => !given.has(p.key))
            .map((p) => p.name),
        ),
      ),
    ];
    if (without.length > 0) io.stderr(`statutory-complaints render: preview, not for sending: no value for ${without.join(', ')}\n`);
  }
  if (options.json) {
    printJson(io, language === 'english' ? { subject: rendered.subject, body: rendered.body } : { subject: rendered.subject, body: rendered.body, language });
  } else {
    printLine(io, `Subject: ${rendered.subject}`);
    printLine(io);
    printLine(io, rendered.body);
  }
  return 0;
}

/** The `render` command. */
export const command: Command = {
  name: 'render',
  summary: "render a preset's email template with values from a JSON file, as GOV.UK Notify would",
  usage,
  run,
};
