/**
 * The complaint lifecycle: cases and their events, deadlines and status, chasing reminders and recipients.
 *
 * @packageDocumentation
 */
export * from './types.js';
