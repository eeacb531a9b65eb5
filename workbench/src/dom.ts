// A tiny DOM builder: text always goes in as text (textContent), never as HTML.
type Child = Node | string | number | false | null | undefined;
type Attrs = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
  return el;
}

/** Replaces the children of `el`. */
export function fill(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren(
    ...children
      .flat()
      .filter((c): c is Node | string | number => c !== undefined && c !== null && c !== false)
      .map((c) => (typeof c === 'number' ? String(c) : c)),
  );
}

/** A GOV.UK table: a caption, a head row and body rows. */
export function table(caption: string, head: readonly string[], rows: readonly (readonly Child[])[], id?: string): HTMLElement {
  return h(
    'div',
    { class: 'wb-table-wrap' },
    h(
      'table',
      { class: 'govuk-table', ...(id ? { id } : {}) },
      h('caption', { class: 'govuk-table__caption govuk-table__caption--m' }, caption),
      h(
        'thead',
        { class: 'govuk-table__head' },
        h(
          'tr',
          { class: 'govuk-table__row' },
          head.map((t) => h('th', { scope: 'col', class: 'govuk-table__header' }, t)),
        ),
      ),
      h(
        'tbody',
        { class: 'govuk-table__body' },
        rows.map((r) =>
          h(
            'tr',
            { class: 'govuk-table__row' },
            r.map((c, i) => (i === 0 ? h('th', { scope: 'row', class: 'govuk-table__header' }, c) : h('td', { class: 'govuk-table__cell' }, c))),
          ),
        ),
      ),
    ),
  );
}

/** Offers `text` as a file download. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** HTML-escapes text for the preview frame's document. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
