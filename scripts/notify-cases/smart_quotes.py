# Builds test/templates/notify/smartypants.json: short random texts and what GOV.UK Notify's smart quotes make of them,
# `remove_smart_quotes_from_email_addresses(make_quotes_smart(text))` (notifications-utils `formatters.py`: smartypants
# 2.0.1 with `Attr.q | Attr.u`, then the email-address quote straightening). Unlike extract.py this runs Notify's code:
# it needs notifications-utils at the commit in NOTIFY_VERSION and its requirements (smartypants 2.0.1) importable.
# Nothing here runs in `npm test` or in the build.
#
#   python3 scripts/notify-cases/smart_quotes.py > test/templates/notify/smartypants.json
import json, random, re, sys
import smartypants
from notifications_utils.formatters import make_quotes_smart, remove_smart_quotes_from_email_addresses
from notifications_utils.version import __version__ as notify_version

# quotes, backslashes (smartypants' escapes, and `\B` for its start-of-text rule), what comes before a quote (spaces,
# brackets, dashes, the entities smartypants lists), word
# characters (letters, digits, `_`, `s` for `'s`, non-ASCII letters), `@` (email addresses) and line breaks
PIECES = list("a9s _'\"'\"\\-.(@&#;\u2013\u2018\u201c[{n") + ["&nbsp;", "&ndash;", "&mdash;", "&&#x2013;", "&&#x2014;", "--", "'80s", " x@y.org", "\n", "\u00e9", "\U0001d400", '\\"', "\\'", "\\B"]
rng = random.Random(20261207)
texts = []
seen = set()
while len(texts) < 600:
    text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 8)))
    # a quote or a backslash in it; no numeric reference smartypants turns into a character itself (`&#8216;`)
    if not re.search(r"['\"\\]", text) or re.search(r"&#82[12]", text) or text in seen:
        continue
    seen.add(text)
    texts.append(text)
print(json.dumps({
    "notify": {
        "repository": "alphagov/notifications-utils",
        "version": notify_version,
        "smartypants": smartypants.__version__,
        "note": "Each case is a text and Notify's remove_smart_quotes_from_email_addresses(make_quotes_smart(text)), "
        "run with Notify's own code by scripts/notify-cases/smart_quotes.py.",
    },
    "cases": [[t, remove_smart_quotes_from_email_addresses(make_quotes_smart(t))] for t in texts],
}, ensure_ascii=False, indent=1))
