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
  /**
   * For a test that writes by hand what Notify's Field writes otherwise: `[as the test writes it, as Field writes
   * it]`; with Notify's expected output so corrected, the case must agree.
   */
  readonly fieldWrites?: readonly [string, string];
}

export const DIFFERENCES: Readonly<Record<string, Difference>> = {
  'test_makes_links_out_of_URLs#5': {
    group: "input Notify's Field never gives its Markdown step",
    reason:
      "Notify's Markdown step reads HTML, the output of its Field step, and passes it through; this test gives it a raw `&` (`?q=a%20b%20c&order=desc`), which Field never leaves (it writes `&amp;`), and expects the raw `&` in `href` and the link's text. This library's Markdown step reads text (the HTML body's character references decoded) and writes `&amp;`, which is what Notify's email has: the same URL through a whole email, test_makes_links_out_of_URLs#10 (html-email), is identical.",
  },
  'test_doesnt_make_links_out_of_invalid_urls#6': {
    group: "input Notify's Field never gives its Markdown step",
    reason:
      "The test gives Notify's Markdown step a raw tag (`<a href=\"https://example.com\">Example</a>`), which the step passes through as HTML; in an email Notify's Field escapes it first, so no tag written in a template reaches that step. This library's Markdown step reads text, in which `<` is a character: it has no input that is a tag. Through a whole email the template is escaped text with Notify's link from `https://` running through `&gt;Example&lt;/a&gt;` (test/templates/markdown.test.ts).",
  },
  'test_handles_placeholders_in_urls#1': {
    group: "input Notify's Field never gives its Markdown step",
    reason:
      "The test writes Notify's preview markup by hand, `<span class='placeholder'>((token))</span>`; Notify's Field writes the brackets as `&#40;&#40;token&#41;&#41;` (field.py, placeholder_tag), as this library writes a missing placeholder in a preview. Given the placeholder itself, this library's Markdown step gives the same link, span and `&amp;key=1`; with Notify's expected output spelt as its Field writes it, the case agrees (checked).",
    fieldWrites: ['((token))', '&#40;&#40;token&#41;&#41;'],
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
