/**
 * The registry of CLI commands. To add a command, write `src/cli/commands/<name>.ts` exporting a `Command`
 * (see `../types.ts`) named `command`, and add ONE line here:
 *
 *     export { command as <name> } from './<name>.js';
 *
 * `statutory-complaints --help` lists the commands in alphabetical order of their names.
 *
 * @module
 */
export { command as holidays } from './holidays.js';
export { command as workdays } from './workdays.js';
export { command as timeline } from './timeline.js';
export { command as policies } from './policies.js';
export { command as validate } from './validate.js';
export { command as report } from './report.js';
export { command as render } from './render.js';
export { command as templates } from './templates.js';
export { command as chase } from './chase.js';
