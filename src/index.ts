/**
 * statutory-complaints: the rules English councils (and the other UK nations) follow when they handle complaints
 * about children's social care, as pure functions. Every public function is exported here and from its area's
 * subpath (`statutory-complaints/calendar`, `/policies`, `/workflow`, `/templates`, `/reporting`).
 *
 * @packageDocumentation
 */
export * from './calendar/index.js';
export * from './policies/index.js';
export * from './workflow/index.js';
export * from './templates/index.js';
export * from './reporting/index.js';
