/**
 * The GOV.UK Notify renderer this library follows: the version and commit of `alphagov/notifications-utils` whose
 * behaviour (and whose own test cases, run as data in this library's tests) the renderer matches. When Notify
 * changes, this is the line that says how far behind a preview may be.
 *
 * @example
 * import { NOTIFY_VERSION } from 'statutory-complaints/templates';
 * NOTIFY_VERSION.version //=> '127.0.0'
 * NOTIFY_VERSION.commit.slice(0, 8) //=> 'a9af02ae'
 */
export const NOTIFY_VERSION = Object.freeze({
  repository: 'alphagov/notifications-utils',
  version: '127.0.0',
  commit: 'a9af02ae77c034bb6b20e7a01909e2c789ae3ddf',
} as const);
