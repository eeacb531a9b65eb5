// Completion in the editor: field names from the preset's JSON Schema (the library's own, published as
// `statutory-complaints/schema/policy.schema.json`) for the place the cursor is in, and role ids of the preset after
// `responder:`, `to:` and `cc:`.
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { Text } from '@codemirror/state';
import schema from 'statutory-complaints/schema/policy.schema.json';

interface Node {
  readonly properties?: Readonly<Record<string, Node & { readonly description?: string }>>;
  readonly additionalProperties?: Node | boolean;
  readonly items?: Node;
  readonly anyOf?: readonly Node[];
  readonly oneOf?: readonly Node[];
}

/** The alternatives of a node (anyOf / oneOf flattened). */
function alternatives(node: Node): Node[] {
  const list = node.anyOf ?? node.oneOf;
  return list ? list.flatMap(alternatives) : [node];
}

/** The schema nodes for a path of keys (`[]` for a list item). */
function nodesAt(path: readonly string[]): Node[] {
  let nodes = alternatives(schema as Node);
  for (const segment of path) {
    const next: Node[] = [];
    for (const node of nodes) {
      if (segment === '[]') {
        if (node.items) next.push(...alternatives(node.items));
      } else if (node.properties?.[segment]) {
        next.push(...alternatives(node.properties[segment]));
      } else if (node.additionalProperties && typeof node.additionalProperties === 'object') {
        next.push(...alternatives(node.additionalProperties)); // a map keyed by id (stages, roles, templates …)
      }
    }
    nodes = next;
  }
  return nodes;
}

const KEY_LINE = /^(\s*)(- +)?([^\s#:'"][^:#]*?)\s*:(?:\s|$)/;

/** The keys (and `[]` for list items) leading to the line `lineNo` whose content starts at column `indent`. */
export function pathAt(doc: Text, lineNo: number, indent: number): string[] {
  const path: string[] = [];
  let want = indent;
  let parentMayBeLevel = false; // after a list item at column n, its key may be at column n too (`key:\n- item`)
  for (let n = lineNo - 1; n >= 1 && (want > 0 || parentMayBeLevel); n--) {
    const text = doc.line(n).text;
    if (/^\s*(#.*)?$/.test(text)) continue;
    const ind = text.length - text.trimStart().length;
    const item = /^\s*- /.exec(text);
    const contentInd = item ? item[0].length : ind;
    if (item && contentInd <= want && ind < want) {
      path.unshift('[]');
      want = ind;
      parentMayBeLevel = true;
      continue;
    }
    if (!item && (ind < want || (parentMayBeLevel && ind === want))) {
      const key = KEY_LINE.exec(text);
      if (!key) return path; // not a block of keys: give up quietly
      path.unshift(key[3]!.trim());
      want = ind;
      parentMayBeLevel = false;
    }
  }
  return path;
}

/** A completion source for the editor; `roles` gives the role ids of the preset as last validated. */
export function presetCompletions(roles: () => readonly string[]) {
  return (context: CompletionContext): CompletionResult | null => {
    const line = context.state.doc.lineAt(context.pos);
    const before = line.text.slice(0, context.pos - line.from);
    const role = /(?:responder|to|cc):\s*(?:\[(?:[^\]]*,\s*)?)?([a-z0-9-]*)$/.exec(before);
    if (role) {
      return { from: context.pos - role[1]!.length, options: roles().map((id) => ({ label: id, type: 'constant', detail: 'role' })) };
    }
    const key = /^(\s*)(- +)?([A-Za-z]*)$/.exec(before);
    if (!key || (!context.explicit && key[3] === '')) return null;
    const indent = key[1]!.length + (key[2]?.length ?? 0);
    const path = pathAt(context.state.doc, line.number, indent);
    if (key[2]) path.push('[]');
    const options = new Map<string, string | undefined>();
    for (const node of nodesAt(path)) {
      for (const [name, child] of Object.entries(node.properties ?? {})) if (!options.has(name)) options.set(name, child.description);
    }
    if (options.size === 0) return null;
    return {
      from: context.pos - key[3]!.length,
      options: [...options].map(([label, info]) => ({ label, type: 'property', apply: `${label}: `, ...(info ? { info } : {}) })),
      validFor: /^[A-Za-z]*$/,
    };
  };
}
