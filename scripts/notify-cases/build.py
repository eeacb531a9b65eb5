# Builds test/templates/notify/cases.json from the JSON that extract.py writes for each Notify test file.
# Usage: python3 build.py <folder with test_markdown.json, test_template_types.json, test_formatters.json,
#   test_field.json and test_field.py> <out.json>
import ast, sys
SRC = sys.argv[1]
OUT = sys.argv[2]
import json, collections
COMMIT = 'a9af02ae77c034bb6b20e7a01909e2c789ae3ddf'
files = ['test_markdown', 'test_template_types', 'test_formatters', 'test_field']
raw = [x for f in files for x in json.load(open(f'{SRC}/{f}.json'))]
LAYOUT = {'test_default_template', 'test_complete_html', 'test_brand_data_shows', 'test_alt_text_with_no_govuk_banner',
  'test_govuk_banner', 'test_alt_text_with_brand_text_and_govuk_banner_shown', 'test_alt_text_with_no_brand_text_and_govuk_banner_shown',
  'test_brand_banner_shows', 'test_preheader_is_at_start_of_html_emails', 'test_unsubscribe_link_is_rendered', 'test_html_email_inserts_body', 'test_subject_line_gets_replaced'}
out = []
seen = set()
counter = collections.Counter()
for x in raw:
    file, test = x['test'].split('::')
    if test in LAYOUT: continue
    call, chain, op = x['call'], x['chain'], x['op']
    case = None
    if call in ('notify_email_markdown', 'notify_plain_text_email_markdown') and chain == [] and op == '==' and len(x['args']) == 1 and isinstance(x['args'][0], str) and isinstance(x['expected'], str):
        case = {'render': 'markdown-html' if call == 'notify_email_markdown' else 'markdown-text', 'template': {'subject': 'Subject', 'body': x['args'][0]}, 'values': {}, 'compare': 'equal', 'expected': x['expected']}
    elif call in ('HTMLEmailTemplate', 'PlainTextEmailTemplate') and not x['kwargs'].keys() - {'values'} and isinstance(x['args'][0], dict):
        t = x['args'][0]
        values = x['args'][1] if len(x['args']) > 1 else x['kwargs'].get('values', {})
        if not isinstance(values, dict) or not isinstance(x['expected'], (str, list)): continue
        html = call == 'HTMLEmailTemplate'
        if chain == ['str']: render = 'html-email' if html else 'plain-text-email'
        elif chain == ['subject']: render = 'subject'
        elif chain == ['placeholders']: render = 'placeholders'
        else: continue
        case = {'render': render, 'template': {'subject': t.get('subject', ''), 'body': t['content']}, 'values': values or {},
                'compare': 'contains' if op == 'contains' else 'equal', 'expected': x['expected']}
    elif file == 'test_field.py' and call in ('Field', 'PlainTextField') and op == '==':
        # Notify's Field: the first step of every email (values written in and escaped, a missing placeholder
        # highlighted or redacted). `with_brackets=False` (letters and text messages) has no counterpart here.
        if x['kwargs'].get('with_brackets') is False: continue
        content = x['args'][0]
        values = x['args'][1] if len(x['args']) > 1 else {}
        if chain == ['placeholders']:
            case = {'render': 'placeholders', 'template': {'subject': '', 'body': content}, 'values': {}, 'compare': 'equal', 'expected': x['expected']}
        elif chain == ['str'] and isinstance(x['expected'], str):
            lists = any(isinstance(v, list) for v in values.values())
            redact = x['kwargs'].get('redact_missing_personalisation')
            if call == 'PlainTextField': render = 'plain-field-redacted' if redact else 'plain-field'
            elif redact: render = 'field-redacted'
            elif lists and not x['kwargs'].get('markdown_lists'): render = 'field-subject'  # lists as `a, b and c`
            else: render = 'field'
            case = {'render': render, 'template': {'subject': content if render == 'field-subject' else 'Subject', 'body': content},
                    'values': values, 'compare': 'equal', 'expected': x['expected']}
    if case is None: continue
    key = json.dumps(case, sort_keys=True)
    if key in seen: continue
    seen.add(key)
    counter[test] += 1
    out.append({'id': f'{test}#{counter[test]}', 'source': f'tests/{file}:{x["line"]}::{test}', **case})

# str2bool, which decides whether a conditional placeholder shows its text, is tested with `is` (nothing to record):
# its parameters are read from the test file, each as a conditional in an email body, `((x??shown))`, with that value.
tree = ast.parse(open(f'{SRC}/test_field.py').read())
for node in tree.body:
    if isinstance(node, ast.FunctionDef) and node.name in ('test_what_will_trigger_conditional_placeholder', 'test_what_will_not_trigger_conditional_placeholder'):
        shows = node.name == 'test_what_will_trigger_conditional_placeholder'
        rows = next(d.args[1] for d in node.decorator_list if isinstance(d, ast.Call) and getattr(d.func, 'attr', '') == 'parametrize')
        for e in rows.elts:
            value = ast.literal_eval(e)
            if isinstance(value, tuple): value = list(value)
            counter[node.name] += 1
            out.append({'id': f'{node.name}#{counter[node.name]}', 'source': f'tests/test_field.py:{e.lineno}::{node.name}', 'render': 'plain-field',
                        'template': {'subject': 'Subject', 'body': '((x??shown))'}, 'values': {'x': value}, 'compare': 'equal', 'expected': 'shown' if shows else ''})
print(len(out), collections.Counter(c['render'] for c in out))
json.dump({'notify': {'repository': 'alphagov/notifications-utils', 'version': '127.0.0', 'commit': COMMIT,
  'note': 'Each case is a test of notifications-utils read as data: the template, the values, Notify\'s expected output and the test it comes from. Extracted by scripts/notify-cases/extract.py.'},
  'cases': out}, open(OUT, 'w'), ensure_ascii=False, indent=1)
