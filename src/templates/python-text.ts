/**
 * Values written as GOV.UK Notify writes them: Notify's `Field` writes every value with Python's `str()`
 * (alphagov/notifications-utils, `notifications_utils/field.py`, `Field.get_replacement`: `str(replacement)`, and
 * `str(val)` for each item of a list), after its API has read the request's JSON with Python's `json`. So a number,
 * a boolean, a list inside a list or an object is written as Python prints the value `json.loads` made of it:
 * `True`, `0.1`, `1e-05`, `[1, 2]`, `{'two': 2}`. Internal.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';

/** What a value may hold, named in errors. */
export const DATA_RULE = 'may hold only strings, finite numbers, booleans, null, lists and plain objects (what JSON can carry)';

/**
 * A number as Python prints the number `json.loads` makes of it: a whole number JavaScript holds exactly (a safe
 * integer) as a Python `int` (`5`, `-3`); any other as a Python `float` (`repr`: the shortest digits that read back
 * as the same number, the same digits JavaScript picks, written `0.1`, `1e-05`, `2e+16`, `9007199254740994.0`).
 * JavaScript has one kind of number, so a JSON `0.0` or `1.0` arrives here as `0` or `1` and is written as the
 * integer: pass the text (`'0.0'`) to keep it.
 */
export function pythonNumber(n: number): string {
  if (Number.isSafeInteger(n)) return String(n); // -0 too: `0`, as JSON's `-0` is the int 0
  const [mantissa, exp] = n.toExponential().split('e') as [string, string];
  const e = Number(exp);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  const sign = negative ? '-' : '';
  // Python's float repr: positional for a decimal exponent from -4 to 15, else scientific (two exponent digits at least)
  if (e >= -4 && e < 16) {
    if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
    const whole = digits.length > e + 1 ? digits.slice(0, e + 1) : digits + '0'.repeat(e + 1 - digits.length);
    const fraction = digits.length > e + 1 ? digits.slice(e + 1) : '0';
    return `${sign}${whole}.${fraction}`;
  }
  const m = digits.length > 1 ? `${digits[0]!}.${digits.slice(1)}` : digits;
  return `${sign}${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** Characters Python's `str.isprintable` refuses (other than the space): `repr` escapes them. */
const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

const hex = (c: number, width: number): string => c.toString(16).padStart(width, '0');

/** A string as Python's `repr` writes it: in `'…'` (in `"…"` when it holds `'` and no `"`), with Python's escapes. */
export function pythonRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += `\\x${hex(c, 2)}`;
    else if (c < 0x7f || !NOT_PRINTABLE.test(ch)) out += ch;
    else if (c <= 0xff) out += `\\x${hex(c, 2)}`;
    else if (c <= 0xffff) out += `\\u${hex(c, 4)}`;
    else out += `\\U${hex(c, 8)}`;
  }
  return out + quote;
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Whether an object is one of this library's own values (a date `{ date }` or a numbered list `{ numbered }`),
 * which is never printed as data.
 */
export function isLibraryValue(value: object): boolean {
  return Object.prototype.hasOwnProperty.call(value, 'date') || Object.prototype.hasOwnProperty.call(value, 'numbered');
}

/**
 * Python's `str()` of the value JSON makes of `value` (`repr` inside a list or an object). Errors name `path`, never
 * the value: anything JSON cannot carry (a function, a `Date`, a `Map`, a bigint, `NaN`), a list or object that holds
 * itself, and a date or numbered-list value inside a list or an object (it would be printed as data). `within`: the
 * lists the value is an item of.
 */
export function pythonStr(value: unknown, path: string, within: readonly object[] = []): string {
  return write(value, path, false, [...within]);
}

function write(value: unknown, path: string, nested: boolean, open: object[]): string {
  if (value === null || value === undefined) return 'None'; // JSON: an undefined list item is null
  switch (typeof value) {
    case 'string':
      return nested ? pythonRepr(value) : value;
    case 'number':
      if (!Number.isFinite(value)) throw new InvalidArgumentError(path, 'must be a finite number');
      return pythonNumber(value);
    case 'boolean':
      return value ? 'True' : 'False';
    case 'object':
      break;
    default:
      throw new InvalidArgumentError(path, DATA_RULE);
  }
  if (open.includes(value)) throw new InvalidArgumentError(path, 'holds itself: a list or object inside itself cannot be written');
  if (Array.isArray(value)) {
    open.push(value);
    const items: string[] = [];
    for (let i = 0; i < value.length; i++) items.push(write(value[i], `${path}[${i}]`, true, open));
    open.pop();
    return `[${items.join(', ')}]`;
  }
  if (!isPlainObject(value)) throw new InvalidArgumentError(path, DATA_RULE);
  if (isLibraryValue(value)) {
    throw new InvalidArgumentError(path, 'a date ({ date }) or numbered list ({ numbered }) cannot be inside a list or an object; give it its own placeholder');
  }
  open.push(value);
  const entries: string[] = [];
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (record[key] === undefined) continue; // JSON leaves an undefined member out
    // the path names the object, not the member: a key inside a value may be personal data
    entries.push(`${pythonRepr(key)}: ${write(record[key], path, true, open)}`);
  }
  open.pop();
  return `{${entries.join(', ')}}`;
}
