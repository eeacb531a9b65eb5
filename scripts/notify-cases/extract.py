# Reads notifications-utils' test files as DATA: runs each email-related test body with Notify's functions replaced by
# recorders, so every `assert notify_function(input) == expected` yields (function, input, expected). No Notify code runs.
import ast, json, sys, types, itertools, traceback

CASES = []
class Skip(Exception): pass

def plain(v):
    if isinstance(v, RecStr): return {'rec': v.rec.describe()}
    if isinstance(v, Rec): return {'rec': v.describe()}
    if isinstance(v, (str, int, float, bool)) or v is None: return v
    if isinstance(v, (list, tuple)): return [plain(x) for x in v]
    if isinstance(v, dict): return {str(k): plain(x) for k, x in v.items()}
    if isinstance(v, type): return {'class': v.__name__}
    if callable(v) and hasattr(v, '_recname'): return {'function': v._recname}
    return {'unsupported': type(v).__name__}

class Rec:
    def __init__(self, name, args=(), kwargs=None, chain=()):
        self.name, self.args, self.kwargs, self.chain = name, args, kwargs or {}, chain
    def describe(self):
        return {'call': self.name, 'args': plain(list(self.args)), 'kwargs': plain(self.kwargs), 'chain': list(self.chain)}
    def record(self, op, expected):
        CASES.append({'test': CURRENT[0], 'params': CURRENT[1], **self.describe(), 'op': op, 'expected': plain(expected),
                      'line': CURRENT[2] or assert_line()})
        return True
    def __eq__(self, other): return self.record('==', other)
    def __ne__(self, other): self.record('!=', other); return False
    def __contains__(self, item): return self.record('contains', item)
    def __str__(self): return RecStr(self)
    def __getattr__(self, a):
        if a.startswith('__'): raise AttributeError(a)
        return Rec(self.name, self.args, self.kwargs, self.chain + (a,))
    def __call__(self, *a, **k): return Rec(self.name, self.args, self.kwargs, self.chain + ('()',))
    def __hash__(self): return id(self)

class RecStr(str):
    def __new__(cls, rec):
        s = super().__new__(cls, '\u0000REC'); s.rec = Rec(rec.name, rec.args, rec.kwargs, rec.chain + ('str',)); return s
    def __eq__(self, other): return self.rec.record('==', other)
    def __ne__(self, other): self.rec.record('!=', other); return False
    def __contains__(self, item): return self.rec.record('contains', item)
    def __hash__(self): return id(self)

def recorder(name):
    def f(*a, **k): return Rec(name, a, k)
    f._recname = name
    return f

class Param:
    def __init__(self, values, marks=()): self.values, self.marks = values, marks

class MarkObj(tuple):
    def __new__(cls, n): return super().__new__(cls, ('mark', n))
    def __call__(self, *a, **k):
        if a and callable(a[0]) and not k and len(a) == 1: return a[0]
        return self

class Mark:
    def __getattr__(self, n):
        if n == 'parametrize':
            def parametrize(names, values, **kw):
                if isinstance(names, str): names = [x.strip() for x in names.split(',')]
                def deco(fn):
                    fn._params = getattr(fn, '_params', []) + [(list(names), list(values))]
                    return fn
                return deco
            return parametrize
        return MarkObj(n)

pytest = types.ModuleType('pytest')
pytest.mark = Mark()
pytest.param = lambda *values, marks=(), id=None: Param(values, (marks,) if isinstance(marks, MarkObj) else tuple(marks))
pytest.raises = lambda *a, **k: (_ for _ in ()).throw(Skip())
pytest.fixture = lambda *a, **k: (a[0] if a and callable(a[0]) else (lambda f: f))
sys.modules['pytest'] = pytest

class AnyModule(types.ModuleType):
    def __getattr__(self, n):
        if n.startswith('__'): raise AttributeError(n)
        return recorder(n)
class MockMod(types.ModuleType):
    def __getattr__(self, n):
        if n.startswith('__'): raise AttributeError(n)
        return self
    def __call__(self, *a, **k):
        if a and callable(a[0]) and len(a)==1 and not k: return a[0]
        return self
mockm = MockMod('mock')
for m in ['notifications_utils', 'notifications_utils.field', 'notifications_utils.markdown', 'notifications_utils.take',
          'notifications_utils.template', 'notifications_utils.formatters', 'notifications_utils.sanitise_text',
          'notifications_utils.insensitive_dict', 'bs4', 'ordered_set', 'freezegun', 'markupsafe', 'unittest', 'unittest.mock',
          'notifications_utils.countries', 'notifications_utils.letter_timings', 'notifications_utils.qr_code', 'notifications_utils.testing', 'notifications_utils.testing.comparisons', 'notifications_utils.recipient_validation', 'notifications_utils.recipient_validation.postal_address', 'notifications_utils.template_change', 'notifications_utils.serialised_model', 'notifications_utils.timezones', 'orderedset']:
    sys.modules[m] = AnyModule(m)
sys.modules['unittest'].mock = mockm
sys.modules['unittest.mock'] = mockm
sys.modules['ordered_set'].OrderedSet = lambda x=(): list(x)

CURRENT = ['', {}, None]

def assert_line():
    # The line of the test file being run (the assertion that recorded the case).
    f = sys._getframe(1)
    while f is not None and f.f_code.co_filename != CURRENT_FILE[0]: f = f.f_back
    return f.f_lineno if f is not None else None

def row_lines(src):
    # For each test function, the source line of every row of each parametrize list, in the order of fn._params
    # (decorators apply bottom-up).
    out = {}
    for node in ast.parse(src).body:
        if not isinstance(node, ast.FunctionDef): continue
        decs = []
        for d in node.decorator_list:
            if isinstance(d, ast.Call) and getattr(d.func, 'attr', '') == 'parametrize' and len(d.args) >= 2:
                decs.append([e.lineno for e in d.args[1].elts] if isinstance(d.args[1], (ast.List, ast.Tuple)) else None)
        out[node.name] = list(reversed(decs))
    return out

def expand(fn, lines):
    # Each combination of parameters, with the line of its row in the longest parametrize list (the cases' list).
    params = getattr(fn, '_params', [])
    main = max(range(len(params)), key=lambda k: len(params[k][1]), default=None)
    combos = [({}, None)]
    for k in reversed(range(len(params))):
        names, values = params[k]
        rows = []
        for index, v in enumerate(values):
            if isinstance(v, Param):
                if any(isinstance(m, tuple) and m[1] in ('xfail', 'skip') for m in v.marks): continue
                v = v.values
            if len(names) == 1: v = (v,)
            line = lines[k][index] if k == main and lines and k < len(lines) and lines[k] else None
            rows.append((dict(zip(names, v)), line))
        combos = [({**c, **r}, cl or rl) for c, cl in combos for r, rl in rows]
    return combos

CURRENT_FILE = ['']
for path in sys.argv[1:]:
    src = open(path).read()
    CURRENT_FILE[0] = path
    lines_by_test = row_lines(src)
    ns = {'__name__': 'notify_tests'}
    try:
        exec(compile(src, path, 'exec'), ns)
    except Exception as e:
        print(path, 'module failed', repr(e), file=sys.stderr)
        continue
    for name, fn in list(ns.items()):
        if not name.startswith('test_') or not isinstance(fn, types.FunctionType): continue
        for params, line in expand(fn, lines_by_test.get(name)):
            CURRENT[0] = f"{path.split('/')[-1]}::{name}"
            CURRENT[1] = plain(params)
            CURRENT[2] = line
            try:
                fn(**params)
            except Exception as e:
                pass
json.dump(CASES, sys.stdout, ensure_ascii=False, indent=1)
