/**
 * Performance reporting: turns a set of cases into the figures councils publish and scrutiny committees ask for
 * (received, responded, % within timescale, working days to respond, extensions, overdue cases, reasons for delay,
 * outcomes, escalation), by quarter of the financial year, and writes them as CSV or a self-contained HTML report.
 * Reads cases from case values (JSON) or from a documented CSV layout a council can export from its own system.
 *
 * @packageDocumentation
 */
export * from './types.js';
export { performanceReport } from './report.js';
export { CaseInputError } from './errors.js';
export type { CaseInputIssue } from './errors.js';
export { casesFromCsv, casesFromJson, CASE_CSV_COLUMNS, CSV_EXTENSION_REASON } from './import.js';
export type { CaseImport, CaseImportOptions } from './import.js';
export { reportToCsv } from './csv.js';
export { reportToHtml } from './html.js';
export type { HtmlReportOptions } from './html.js';
export { createReportStream } from './stream.js';
export type { CaseStreamFormat, ReportStream, ReportStreamOptions, ReportStreamResult } from './stream.js';

/** Internal (`@internal`): for the CLI, not part of the supported API. */
export { issueLocation } from './errors.js';
