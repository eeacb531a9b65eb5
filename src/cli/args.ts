/**
 * A small command-line argument parser: long options (`--name value`, `--name=value`), boolean flags,
 * repeatable options, `--` to end options, and positional arguments. Negative numbers (`-3`) are positionals.
 *
 * @module
 */

/** A command-line usage mistake (unknown command or option, missing or malformed argument): exit code 2. */
export class UsageError extends Error {
  /** The command whose `--help` to point at, when known. */
  command: string | undefined;
  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/** How one option is parsed. */
export type OptionSpec =
  | { readonly type: 'boolean'; readonly short?: string }
  | { readonly type: 'string'; readonly multiple?: false; readonly short?: string }
  | { readonly type: 'string'; readonly multiple: true; readonly short?: string };

/** The options a command accepts, by long name (without `--`). */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** Parsed option values: booleans for flags, strings for options, string arrays for repeatable options. */
export type OptionValues<S extends OptionSpecs> = {
  -readonly [K in keyof S]?: S[K] extends { type: 'boolean' } ? boolean : S[K] extends { multiple: true } ? string[] : string;
};

/** The result of {@link parseArgs}. */
export interface ParsedArgs<S extends OptionSpecs> {
  readonly options: OptionValues<S>;
  readonly positionals: string[];
}

const NEGATIVE_NUMBER = /^-\d/;

/**
 * Splits `args` into options and positionals according to `specs`. Throws {@link UsageError} for an unknown option,
 * a missing option value, a value given to a flag, or a non-repeatable option given twice.
 */
export function parseArgs<S extends OptionSpecs>(args: readonly string[], specs: S): ParsedArgs<S> {
  const options: Record<string, boolean | string | string[]> = {};
  const positionals: string[] = [];
  const shorts = new Map<string, string>();
  for (const [name, spec] of Object.entries(specs)) if (spec.short) shorts.set(spec.short, name);

  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-' || NEGATIVE_NUMBER.test(arg)) {
      positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
    } else {
      const long = arg.length === 2 ? shorts.get(arg.slice(1)) : undefined;
      if (long === undefined) throw new UsageError(`unknown option '${arg}'`);
      name = long;
    }
    const spec = Object.prototype.hasOwnProperty.call(specs, name) ? specs[name] : undefined;
    if (!spec) throw new UsageError(`unknown option '--${name}'`);
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`option '--${name}' takes no value`);
      options[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = args[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) {
        throw new UsageError(`option '--${name}' needs a value`);
      }
      value = next;
      i++;
    }
    if (spec.multiple) {
      const list = options[name];
      if (Array.isArray(list)) list.push(value);
      else options[name] = [value];
    } else {
      if (options[name] !== undefined) throw new UsageError(`option '--${name}' was given more than once`);
      options[name] = value;
    }
  }
  return { options: options as OptionValues<S>, positionals };
}

/**
 * Checks the number of positional arguments: `names` lists the expected ones in order (used in the message for a
 * missing one); extra arguments are a usage error too.
 */
export function expectPositionals(positionals: readonly string[], names: readonly string[]): string[] {
  if (positionals.length < names.length) {
    throw new UsageError(`missing argument <${names[positionals.length]}>`);
  }
  if (positionals.length > names.length) {
    const expected = names.length === 0 ? 'no arguments' : names.map((n) => `<${n}>`).join(' ');
    throw new UsageError(`too many arguments (expected ${expected})`);
  }
  return positionals.slice();
}

/** Returns the option's value or throws a usage error naming it when it is absent. */
export function requireOption(value: string | undefined, name: string): string {
  if (value === undefined) throw new UsageError(`option '--${name}' is required`);
  return value;
}

/** Checks that a value is one of `allowed`, or throws a usage error listing them. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${what} must be one of ${allowed.join(', ')}`);
}

/** True when the arguments ask for help (`--help` or `-h` before any `--`). */
export function wantsHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}
