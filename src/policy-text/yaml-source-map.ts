/**
 * Positions of the values of a YAML (or JSON) document, by path, from the `yaml` package's syntax tree.
 *
 * @module
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Scalar } from 'yaml';
import type { PolicyPath, PolicySourceMap, SourcePosition } from '../policies/index.js';

interface Entry {
  /** Offset of the key (map entries) or of the item (list entries). */
  readonly at: number;
  readonly node: unknown;
}

/** A map key as `toJS` turns it into an object key, or `undefined` for a key that is not a plain value. */
export function keyName(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  const v = key.value;
  if (v === null || v === undefined) return '';
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : undefined;
}

/** Walks a document, recording where every path is written. */
export class YamlSourceMap implements PolicySourceMap {
  private readonly entries = new Map<string, Entry>();
  /** Offsets of keys, to name the path of a duplicate key reported by the parser. */
  readonly keyPaths = new Map<number, PolicyPath>();
  /** Offsets of keys that are lists or maps (not allowed). */
  readonly complexKeys: number[] = [];

  constructor(
    private readonly text: string,
    private readonly lineCounter: LineCounter,
    doc: Document,
  ) {
    this.rootOffset = doc.contents?.range?.[0] ?? 0;
    this.walk(doc.contents, []);
  }

  private readonly rootOffset: number;

  private walk(node: unknown, path: PolicyPath): void {
    if (path.length > 64) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const name = keyName(pair.key);
        const keyOffset = (pair.key as Node | null)?.range?.[0];
        if (name === undefined) {
          if (keyOffset !== undefined) this.complexKeys.push(keyOffset);
          continue;
        }
        const childPath = [...path, name];
        if (keyOffset !== undefined) {
          this.keyPaths.set(keyOffset, childPath);
          this.entries.set(JSON.stringify(childPath), { at: keyOffset, node: pair.value });
        }
        this.walk(pair.value, childPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const childPath = [...path, i];
        const at = (item as Node | null)?.range?.[0];
        if (at !== undefined) this.entries.set(JSON.stringify(childPath), { at, node: item });
        this.walk(item, childPath);
      });
    }
  }

  /** Line and column of an offset in the text. */
  at(offset: number): SourcePosition {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }

  position(path: PolicyPath): SourcePosition | undefined {
    if (path.length === 0) return this.at(this.rootOffset);
    const entry = this.entries.get(JSON.stringify(path));
    return entry ? this.at(entry.at) : undefined;
  }

  /** Every path written in the document (map keys and list items), with its position, in document order. */
  *positions(): IterableIterator<[PolicyPath, SourcePosition]> {
    for (const [key, entry] of this.entries) yield [JSON.parse(key) as PolicyPath, this.at(entry.at)];
  }

  positionInText(path: PolicyPath, index: number): SourcePosition | undefined {
    const entry = this.entries.get(JSON.stringify(path));
    if (!entry || !isScalar(entry.node) || typeof entry.node.value !== 'string') return undefined;
    const offset = sourceOffset(this.text, this.lineCounter, entry.node as Scalar<string>, index);
    return offset === undefined ? undefined : this.at(offset);
  }
}

/**
 * The offset in the source of character `index` of a text value, for the styles where that can be worked out
 * (block literal `|`, one-line plain and quoted values, JSON strings with escapes); checked against the source,
 * `undefined` when it does not match.
 */
function sourceOffset(text: string, lineCounter: LineCounter, node: Scalar<string>, index: number): number | undefined {
  const value = node.value;
  const start = node.range?.[0];
  if (start === undefined || index < 0 || index >= value.length) return undefined;
  let candidate: number | undefined;
  switch (node.type) {
    case 'PLAIN':
      if (!value.slice(0, index).includes('\n')) candidate = start + index;
      break;
    case 'QUOTE_SINGLE':
      candidate = mapQuoted(text, start, index, false);
      break;
    case 'QUOTE_DOUBLE':
      candidate = mapQuoted(text, start, index, true);
      break;
    case 'BLOCK_LITERAL': {
      const before = value.slice(0, index);
      const lineInValue = before.split('\n').length - 1;
      const column = index - (before.lastIndexOf('\n') + 1);
      const headerLine = lineCounter.linePos(start).line; // 1-based
      const lineStart = lineCounter.lineStarts[headerLine + lineInValue];
      if (lineStart === undefined) break;
      // The block's indentation: that of its first line with content.
      let indent: number | undefined;
      for (let l = headerLine; l < lineCounter.lineStarts.length; l++) {
        const s = lineCounter.lineStarts[l]!;
        let n = 0;
        while (text[s + n] === ' ') n++;
        const c = text[s + n];
        if (c !== '\n' && c !== '\r' && c !== undefined) {
          indent = n;
          break;
        }
      }
      if (indent !== undefined) candidate = lineStart + indent + column;
      break;
    }
    default:
      break;
  }
  if (candidate === undefined) return undefined;
  const end = value.indexOf('\n', index);
  const expected = value.slice(index, Math.min(end === -1 ? value.length : end, index + 16));
  return expected.length > 0 && text.startsWith(expected, candidate) ? candidate : undefined;
}

/** Maps a value index to a source offset in a one-line quoted scalar, following escapes. */
function mapQuoted(text: string, start: number, index: number, double: boolean): number | undefined {
  let src = start + 1;
  let v = 0;
  while (v < index) {
    const c = text[src];
    if (c === undefined || c === '\n' || c === '\r') return undefined;
    if (!double && c === "'") {
      if (text[src + 1] !== "'") return undefined; // the closing quote
      src += 2;
      v += 1;
    } else if (double && c === '"') {
      return undefined;
    } else if (double && c === '\\') {
      const e = text[src + 1];
      if (e === 'x') src += 4;
      else if (e === 'u') src += 6;
      else if (e === 'U') {
        const cp = Number.parseInt(text.slice(src + 2, src + 10), 16);
        src += 10;
        if (cp > 0xffff) v += 1;
      } else if (e === '\n' || e === '\r' || e === undefined) return undefined;
      else src += 2;
      v += 1;
    } else {
      src += 1;
      v += 1;
    }
  }
  return v === index ? src : undefined;
}
