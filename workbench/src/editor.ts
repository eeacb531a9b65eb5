// The YAML editor: CodeMirror 6 with its YAML mode; the validator's problems shown as lint diagnostics.
import { basicSetup } from 'codemirror';
import { yaml, yamlLanguage } from '@codemirror/lang-yaml';
import { presetCompletions } from './complete.js';
import { setDiagnostics, lintGutter, type Diagnostic } from '@codemirror/lint';
import { EditorState, type Text } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

export interface Problem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export function createEditor(parent: HTMLElement, text: string, onChange: () => void, roles: () => readonly string[]): EditorView {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        basicSetup,
        yaml(),
        yamlLanguage.data.of({ autocomplete: presetCompletions(roles) }),
        lintGutter(),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': 'Preset YAML', 'aria-describedby': 'editor-hint', tabindex: '0' }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) onChange();
        }),
      ],
    }),
  });
}

/** The document offset of a 1-based line and column, clamped into the document. */
export function offsetOf(doc: Text, line: number, column: number): number {
  const l = doc.line(Math.min(Math.max(1, line), doc.lines));
  return Math.min(l.from + Math.max(0, column - 1), l.to);
}

/** Underlines each problem from its position to the end of the key (or the line) it points at. */
export function showProblems(view: EditorView, problems: readonly Problem[]): void {
  const doc = view.state.doc;
  const diagnostics: Diagnostic[] = problems.map((p) => {
    const from = offsetOf(doc, p.line, p.column);
    const line = doc.lineAt(from);
    const rest = line.text.slice(from - line.from);
    const key = /^[^:\n]*?(?=:(\s|$))/.exec(rest);
    let to = key && key[0].trim() !== '' ? from + key[0].length : line.to;
    if (to === from) to = Math.min(from + 1, doc.length);
    return { from, to, severity: p.severity, message: p.message, source: 'statutory-complaints' };
  });
  view.dispatch(setDiagnostics(view.state, diagnostics));
}

/** Moves the cursor to a line and column and focuses the editor. */
export function goTo(view: EditorView, line: number, column: number): void {
  const at = offsetOf(view.state.doc, line, column);
  view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'center' }) });
  view.focus();
}
