/**
 * `statutory-complaints templates`: a preset's email templates, with their placeholders and where each value comes
 * from.
 *
 * @module
 */
import { InvalidArgumentError } from '../../errors.js';
import type { Policy, PolicyTemplate } from '../../policies/index.js';
import { templatePlaceholders } from '../../templates/index.js';
import { dateStyleFor, sourceOf, type PlaceholderSource } from '../../templates/index.js';
import type { DateStyle } from '../../templates/index.js';
import { expectPositionals, oneOf, parseArgs, requireOption } from '../args.js';
import { indentedTable, printJson, printLine, printLines } from '../output.js';
import type { CliIo, Command } from '../types.js';
import { loadPolicyOption, POLICY_HELP } from '../policy-option.js';

const OPTIONS = {
  policy: { type: 'string' },
  template: { type: 'string' },
  language: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const usage = `Usage:
  statutory-complaints templates --policy <id|file> [--template <id>] [--language english|welsh|bilingual] [--json]

Lists a preset's email templates (GOV.UK Notify syntax) with their placeholders, and where each value comes from:

  policy   filled from the preset (complaints mailbox and team, ombudsman's details, delay reasons)
  case     filled from the case by emailForReminder (reference, dates, stage, recipient name, …);
           give these in the values file of 'statutory-complaints render'
  caller   always given by you (the complainant's name, the details, the preset's own placeholders, and
           anything the preset lacks, e.g. a complaints mailbox in a preset without one)

Date placeholders show the style they are written in: long (Wednesday 7 January 2026) or short (7 January 2026).

Options:
${POLICY_HELP}
  --template <id>   only this template, with its body
  --language <lang> english (the default: the English text), welsh (the Welsh text, templates.<id>.welsh) or
                    bilingual (both, Welsh first). A template without a Welsh text says so, naming the field to add
  --json            print JSON: { "policy", "version", "templates": [{ "id", "title", "subject", "body", "source",
                    "placeholders": [{ "name", "from", "dateStyle", "conditional" }] }] }  (dateStyle null when
                    not a date; conditional true when used as ((name??text))); with --language welsh or bilingual,
                    each template also has "welsh": { "title", "subject", "body", "placeholders" } or null
  -h, --help        show this help

Examples:
  statutory-complaints templates --policy dudley
  statutory-complaints templates --policy dudley --template new-referral
  statutory-complaints templates --policy swindon --json
  statutory-complaints templates --policy wales-social-services-2014 --template acknowledgement --language welsh
`;

/** A template's Welsh text, read with the template's date styles. */
type WelshText = NonNullable<PolicyTemplate['welsh']> & { readonly dates?: PolicyTemplate['dates'] };

/** The Welsh text of a template, with the template's date styles, or undefined when it has none. */
function welshOf(template: PolicyTemplate): WelshText | undefined {
  return template.welsh === undefined ? undefined : { ...template.welsh, ...(template.dates === undefined ? {} : { dates: template.dates }) };
}

interface PlaceholderRow {
  readonly name: string;
  readonly from: PlaceholderSource;
  readonly dateStyle: DateStyle | null;
  readonly conditional: boolean;
}

function rowsOf(policy: Policy, template: PolicyTemplate | WelshText): PlaceholderRow[] {
  return templatePlaceholders(template).map((p) => ({
    name: p.name,
    from: sourceOf(policy, p.name),
    dateStyle: dateStyleFor(template, p.name) ?? null,
    conditional: p.conditional,
  }));
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { options, positionals } = parseArgs(args, OPTIONS);
  expectPositionals(positionals, []);
  const { policy } = await loadPolicyOption(io, requireOption(options.policy, 'policy'));
  const language = oneOf(options.language ?? 'english', ['english', 'welsh', 'bilingual'] as const, '--language');
  const withWelsh = language !== 'english';
  const withEnglish = language !== 'welsh';
  let ids = Object.keys(policy.templates);
  const only = options.template;
  if (only !== undefined) {
    if (!ids.includes(only)) {
      throw new InvalidArgumentError(
        '--template',
        ids.length === 0 ? `the preset ${policy.id} has no templates` : `must be one of the templates of ${policy.id}: ${ids.join(', ')}`,
      );
    }
    ids = [only];
  }
  const entries = ids.map((id) => ({ id, template: policy.templates[id]!, rows: rowsOf(policy, policy.templates[id]!) }));

  if (options.json) {
    printJson(io, {
      policy: policy.id,
      version: policy.version,
      templates: entries.map(({ id, template, rows }) => {
        const entry = { id, title: template.title ?? null, subject: template.subject, body: template.body, source: template.source, placeholders: rows };
        if (!withWelsh) return entry;
        const welsh = welshOf(template);
        return {
          ...entry,
          welsh: welsh === undefined ? null : { title: welsh.title ?? null, subject: welsh.subject, body: welsh.body, placeholders: rowsOf(policy, welsh) },
        };
      }),
    });
    return 0;
  }

  if (entries.length === 0) {
    printLine(io, `${policy.title} (${policy.id} ${policy.version}) has no templates.`);
    return 0;
  }
  const lines: string[] = [
    `${policy.title} (${policy.id} ${policy.version}): ${entries.length} template${entries.length === 1 ? '' : 's'}`,
    "Values from: policy = the preset; case = the case (give them to 'render' in the values file); caller = you.",
  ];
  const describe = (text: PolicyTemplate | WelshText, rows: readonly PlaceholderRow[], label: string) => {
    lines.push(`  ${label}Subject: ${text.subject}`);
    if (only !== undefined) {
      lines.push(`  ${label}Body:`, ...text.body.split('\n').map((l) => (l === '' ? '' : `    ${l}`)));
    }
    if (rows.length === 0) {
      lines.push(`  ${label === '' ? 'No placeholders.' : `${label}No placeholders.`}`);
    } else {
      lines.push(
        ...indentedTable(
          ['placeholder', 'from', 'date style'],
          rows.map((r) => [`${r.name}${r.conditional ? ' (condition)' : ''}`, r.from, r.dateStyle ?? '']),
        ),
      );
    }
  };
  for (const { id, template, rows } of entries) {
    lines.push('', template.title ? `${id} – ${template.title}` : id);
    if (withWelsh) {
      const welsh = welshOf(template);
      if (welsh === undefined) lines.push(`  Welsh: none (add templates.${id}.welsh)`);
      else describe(welsh, rowsOf(policy, welsh), language === 'bilingual' ? 'Welsh ' : '');
    }
    if (withEnglish) describe(template, rows, language === 'bilingual' ? 'English ' : '');
    lines.push(`  Source: ${template.source}`);
  }
  printLines(io, lines);
  return 0;
}

/** The `templates` command. */
export const command: Command = {
  name: 'templates',
  summary: "list a preset's email templates with their placeholders and where each value comes from",
  usage,
  run,
};
