/**
 * Positions of values in a preset file, so that validation problems carry a line and column. The Node-only loader
 * (`statutory-complaints/node`) builds one from the YAML or JSON text; the library itself never parses text.
 *
 * @module
 */
import type { PolicyPath } from './paths.js';

/** A 1-based line and column in a file. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** Where the values of a preset file are written. */
export interface PolicySourceMap {
  /**
   * Position of the value at `path`: of its key for a field of a map, of the item for an entry of a list, of the
   * start of the document for the empty path; `undefined` when the file does not contain that path.
   */
  position(path: PolicyPath): SourcePosition | undefined;
  /**
   * Position of the character at `index` in the text value at `path`, when the file spells that text out
   * character for character (e.g. a `|` block or a one-line value); `undefined` otherwise.
   */
  positionInText?(path: PolicyPath, index: number): SourcePosition | undefined;
}
