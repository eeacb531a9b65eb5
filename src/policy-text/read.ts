/**
 * Reading a preset file's text (YAML or JSON) into data and a source map, with problems in the text itself
 * (syntax, duplicate keys) as validation issues with their line and column. Messages never quote the file.
 *
 * @module
 */
import { LineCounter, parseDocument, visit, type ErrorCode, type YAMLError } from 'yaml';
import { isEchoableKey, PolicyValidationError } from '../errors.js';
import { formatPath, parsePolicy, type Policy, type PolicySourceMap, type PresetLookup, type ValidationIssue } from '../policies/index.js';
import { YamlSourceMap } from './yaml-source-map.js';

/** The format of a preset file. */
export type PolicyFileFormat = 'yaml' | 'json';

/** A preset file read from text, before validation. @internal */
export interface PolicyDocument {
  /** The data, or `undefined` when the text could not be read at all. */
  readonly data: unknown;
  readonly sourceMap: PolicySourceMap | undefined;
  /** Problems in the text itself, each with its line and column. */
  readonly issues: readonly ValidationIssue[];
}

/** The format for a file name: `.json` is JSON, anything else YAML. @internal */
export function formatOf(fileName: string): PolicyFileFormat {
  return /\.json$/i.test(fileName) ? 'json' : 'yaml';
}

const YAML_MESSAGES: Partial<Record<ErrorCode, string>> = {
  TAB_AS_INDENT: 'A tab is used for indentation here. YAML needs spaces: replace the tab with spaces.',
  BAD_INDENT: 'The indentation here does not line up. Indent each field under its parent by the same number of spaces (2 is usual).',
  MULTILINE_IMPLICIT_KEY:
    'This line is read as the start of a new field but is not one. Check for a missing `:` after a field name, or put a value that runs over several lines in quotes.',
  BLOCK_AS_IMPLICIT_KEY: 'This line is read as the start of a new field but is not one. Check for a missing `:` after a field name, or a value that should be in quotes.',
  MISSING_CHAR: 'A closing character is missing here: check for an unclosed quote, bracket `[` or brace `{`.',
  UNEXPECTED_TOKEN:
    'Something unexpected is written here. A value that contains `: ` or ` #`, or starts with `[`, `{`, `*`, `&`, `!`, `|`, `>`, `%` or `@`, must be in quotes.',
  BAD_SCALAR_START: 'A value cannot start with this character. Put the value in quotes.',
  BAD_DQ_ESCAPE: 'A backslash inside double quotes starts an escape YAML does not know. Use single quotes instead, or write `\\\\` for a backslash.',
  MULTIPLE_DOCS: 'The file holds more than one document (a `---` line in the middle). A preset file holds one preset.',
  BAD_ALIAS: 'This alias (`*name`) names no anchor (`&name`) above it. Correct the name or write the value out.',
  ALIAS_PROPS: 'An alias (`*name`) cannot have an anchor or a tag. Remove them.',
  MULTIPLE_ANCHORS: 'A value can have only one anchor (`&name`). Remove the others.',
  MULTIPLE_TAGS: 'A value can have only one tag (`!name`). Remove the others.',
  BAD_PROP_ORDER: 'An anchor or tag is in the wrong place here. Put the value in quotes if `&` or `!` is part of it.',
  KEY_OVER_1024_CHARS: 'A key here is longer than YAML allows (1024 characters). Keys are short names.',
  BAD_DIRECTIVE: 'A line starting with `%` is a YAML directive, and this one is not valid. Remove it.',
  BLOCK_IN_FLOW: 'A multi-line block (`|` or `>`) cannot be written inside brackets `[]` or braces `{}`.',
  RESOURCE_EXHAUSTION: 'The file uses aliases (`*name`) so much that reading it would take too long. Write the values out.',
  // (yaml also reports a recursion that ran out of stack as RESOURCE_EXHAUSTION: see yamlMessage)
  TAG_RESOLVE_FAILED: 'This tag (`!name`) is not one a preset can use. Remove it; put the value in quotes if `!` is part of it.',
  BAD_COLLECTION_TYPE: 'This tag does not fit the value it is on. Remove the tag.',
};

const GENERIC_YAML = 'This is not valid YAML. Check the indentation and punctuation around here.';

const TOO_DEEP = `The file is nested too deeply: lists or maps inside one another more than ${256} levels deep. A preset is about 8 levels deep: check that this is the right file.`;

/**
 * The offset where brackets and braces (outside quoted text) first nest more than 256 deep, or undefined. Parsing
 * such a file would recurse once per level (a JSON preset nested 100,000 deep).
 */
function tooDeepAt(text: string): number | undefined {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== '') {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || (c === "'" && /[\s[{,:]/.test(text[i - 1] ?? ' '))) quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > 256) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}

/** Reads a preset file's text. Never throws. @internal */
export function readPolicyDocument(text: string, format: PolicyFileFormat): PolicyDocument {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (
    /^(\uFFFD\uFFFD|\u00FF\u00FE|\u00FE\u00FF|\uFFFE)/.test(body) ||
    (body.length >= 4 && (body.slice(0, 200).match(/\0/g)?.length ?? 0) >= Math.min(body.length, 200) * 0.3)
  ) {
    const message = 'The file is saved as UTF-16 ("Unicode text") and was read as if it were UTF-8. Save it as UTF-8 (in a text editor: encoding UTF-8) and try again.';
    return { data: undefined, sourceMap: undefined, issues: [{ path: '', code: 'file-encoding', message, line: 1, column: 1 }] };
  }
  const deep = tooDeepAt(body);
  if (deep !== undefined) {
    // Refused before parsing: the parsers recurse once per level, and a preset is about 8 levels deep.
    const lines = body.slice(0, deep).split('\n');
    return {
      data: undefined,
      sourceMap: undefined,
      issues: [{ path: '', code: 'too-deep', message: TOO_DEEP, line: lines.length, column: lines[lines.length - 1]!.length + 1 }],
    };
  }
  const issues: ValidationIssue[] = [];
  const lineCounter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(body, { uniqueKeys: true, lineCounter, prettyErrors: false, logLevel: 'error' });
  } catch {
    return { data: undefined, sourceMap: undefined, issues: [{ path: '', code: 'yaml-syntax', message: GENERIC_YAML, line: 1, column: 1 }] };
  }
  const sourceMap = new YamlSourceMap(body, lineCounter, doc);
  const at = (error: YAMLError) => sourceMap.at(error.pos[0]);

  let fatal = false;
  if (format === 'json') {
    try {
      JSON.parse(body);
    } catch (error) {
      const m = /position (\d+)/.exec(error instanceof Error ? error.message : '');
      const offset = m ? Number(m[1]) : (doc.errors[0]?.pos[0] ?? 0);
      const p = sourceMap.at(Math.min(offset, body.length));
      issues.push({
        path: '',
        code: 'json-syntax',
        message: 'This is not valid JSON. Check for a missing or extra comma, quote, bracket or brace around here.',
        line: p.line,
        column: p.column,
      });
      fatal = true;
    }
  }
  const syntaxBroken = doc.errors.some((e) => e.code !== 'DUPLICATE_KEY');
  for (const error of doc.errors) {
    if (error.code === 'DUPLICATE_KEY') {
      if (syntaxBroken) continue; // the parser's idea of the maps is unreliable
      const path = sourceMap.keyPaths.get(error.pos[0]);
      const key = path?.[path.length - 1];
      // A key may be data: named only when it looks like a field name (issue 20 item 3).
      const named = typeof key === 'string' && isEchoableKey(key);
      issues.push({
        path: path ? formatPath(named ? path : path.slice(0, -1)) : '',
        code: 'duplicate-key',
        message: `${named ? `\`${key}\`` : 'This key'} is written twice in the same place. Keep one of them (only the last would count).`,
        ...at(error),
      });
    } else if (!fatal || format !== 'json') {
      fatal = true;
      const opening = error.code === 'MISSING_CHAR' ? unclosedQuoteAt(doc, error.pos[0]) : undefined;
      issues.push({
        path: '',
        code: format === 'json' ? 'json-syntax' : 'yaml-syntax',
        message:
          opening === undefined
            ? error.code === 'RESOURCE_EXHAUSTION' && !/alias/i.test(error.message)
              ? TOO_DEEP
              : (YAML_MESSAGES[error.code] ?? GENERIC_YAML)
            : 'The quote that starts here is never closed. Add the matching closing quote at the end of the value.',
        ...(opening === undefined ? at(error) : sourceMap.at(opening)),
      });
    }
  }
  for (const warning of doc.warnings) {
    issues.push({ path: '', code: 'yaml-warning', message: YAML_MESSAGES[warning.code] ?? GENERIC_YAML, ...at(warning) });
  }
  for (const offset of sourceMap.complexKeys) {
    issues.push({ path: '', code: 'bad-key', message: 'A key must be a plain name, not a list or a map.', ...sourceMap.at(offset) });
  }
  if (fatal) return { data: undefined, sourceMap, issues: sortIssues(issues) };
  if (doc.contents === null) {
    issues.push({ path: '', code: 'empty-file', message: 'The file is empty. A preset starts with `id:`, `title:` and the other fields.', line: 1, column: 1 });
    return { data: undefined, sourceMap, issues };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const aliases = error instanceof Error && /alias/i.test(error.message);
    issues.push({ path: '', code: aliases ? 'yaml-syntax' : 'too-deep', message: aliases ? YAML_MESSAGES.RESOURCE_EXHAUSTION! : TOO_DEEP, line: 1, column: 1 });
    return { data: undefined, sourceMap, issues: sortIssues(issues) };
  }
  return { data, sourceMap, issues: sortIssues(issues) };
}

/** The start of a quoted value that runs to `end` without its closing quote, if there is one. */
function unclosedQuoteAt(doc: ReturnType<typeof parseDocument>, end: number): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const range = node.range;
      if (range && (node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE') && range[1] === end) found = range[0];
    },
  });
  return found;
}

/** Issues in file order (line, then column), stable. @internal */
export function sortIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => (a.issue.line ?? Infinity) - (b.issue.line ?? Infinity) || (a.issue.column ?? Infinity) - (b.issue.column ?? Infinity) || a.order - b.order)
    .map((x) => x.issue);
}

/** The outcome of checking a read document: the policy, or every problem (text and content) in file order. @internal */
export type DocumentCheck = { readonly policy: Policy; readonly issues: readonly [] } | { readonly policy?: undefined; readonly issues: readonly ValidationIssue[] };

/** Checks a read document with `parsePolicy`, merging the problems in the text with those in the content. @internal */
export function checkPolicyDocument(doc: PolicyDocument, options: { readonly fileName: string; readonly presets?: PresetLookup }): DocumentCheck {
  if (doc.data === undefined) return { issues: doc.issues };
  try {
    const policy = parsePolicy(doc.data, {
      fileName: options.fileName,
      ...(doc.sourceMap ? { sourceMap: doc.sourceMap } : {}),
      ...(options.presets ? { presets: options.presets } : {}),
    });
    return doc.issues.length > 0 ? { issues: doc.issues } : { policy, issues: [] };
  } catch (error) {
    if (error instanceof PolicyValidationError) return { issues: sortIssues([...doc.issues, ...error.issues]) };
    throw error;
  }
}
