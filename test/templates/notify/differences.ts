/**
 * The Notify cases (by id in `cases.json`) where this library deliberately renders differently, each with its
 * reason. Kept in step with docs/notify-differences.md.
 */
export interface Difference {
  /** The group of the difference, as the docs page names it. */
  readonly group: string;
  /** Why, in a sentence. */
  readonly reason: string;
  /** For a value that cannot reach the renderer: the same value given as text, with which the case must agree. */
  readonly asText?: Readonly<Record<string, string>>;
}

export const DIFFERENCES: Readonly<Record<string, Difference>> = {
  'test_makes_links_out_of_URLs#5': {
    group: 'inner step',
    reason:
      "The test feeds Notify's Markdown step directly, skipping Notify's Field escaping that turns `&` into `&amp;` in an email; this library renders whole emails, and its `&amp;` in href is what Notify's own email carries (test_template_types.py::test_makes_links_out_of_URLs, the same URL through a template, agrees).",
  },
  'test_doesnt_make_links_out_of_invalid_urls#6': {
    group: 'inner step',
    reason:
      "The input is raw HTML fed to the Markdown step; in an email Notify's Field escapes it first, and this library, which renders whole emails, always escapes the template's `<` and `>`.",
  },
  'test_handles_placeholders_in_urls#1': {
    group: 'inner step',
    reason:
      "The input holds Notify's own preview markup (`<span class='placeholder'>`), made by its Field step; this library marks a missing placeholder itself and escapes the template's `<`.",
  },
  'test_replacement_of_placeholders#21': {
    group: 'input that cannot reach the renderer',
    reason:
      "The test passes Python's float `0.0` (a Python literal in test_field.py; over Notify's API, the JSON number `0.0`), which Python writes `0.0`. That value cannot reach this renderer: a JavaScript value, and JSON read by JavaScript (`JSON.parse('0.0')`), has one kind of number, so `0.0` arrives as the number 0, indistinguishable from `0`, and is written `0` as Python writes the int `0`. The text `'0.0'` as a value renders Notify's output (checked below).",
    asText: { placeholder: '0.0' },
  },
  'test_replacement_of_placeholders#22': {
    group: 'input that cannot reach the renderer',
    reason:
      "The test passes Python's float `0.0` (a Python literal in test_field.py; over Notify's API, the JSON number `0.0`), which Python writes `0.0`. That value cannot reach this renderer: a JavaScript value, and JSON read by JavaScript (`JSON.parse('0.0')`), has one kind of number, so `0.0` arrives as the number 0, indistinguishable from `0`, and is written `0` as Python writes the int `0`. The text `'0.0'` as a value renders Notify's output (checked below).",
    asText: { placeholder: '0.0' },
  },
};
