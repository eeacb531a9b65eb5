/**
 * The Notify cases (by id in `cases.json`) where this library deliberately renders differently, each with its
 * reason. Kept in step with docs/notify-differences.md.
 */
export interface Difference {
  /** The group of the difference, as the docs page names it. */
  readonly group: string;
  /** Why, in a sentence. */
  readonly reason: string;
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
  'test_URLs_get_escaped#1': {
    group: 'inner step',
    reason: "Notify's Markdown step alone, without the typography pass that follows it in an email; through a template (#2) the quote after the link is curly.",
  },
  'test_URLs_get_escaped#5': {
    group: 'inner step',
    reason: "Notify's Markdown step alone, without the typography pass that follows it in an email; through a template (#6, identical here) the quote is curly.",
  },
  'test_block_code#1': {
    group: 'inner step',
    reason: 'Notify\'s Markdown step alone: in an email the typography pass then curls the quotes in `print("hello")`, as here.',
  },
  'test_block_code#2': {
    group: 'inner step',
    reason: 'Notify\'s Markdown step alone: in an email the typography pass then curls the quotes in `print("hello")`, as here.',
  },
  'test_URLs_get_escaped#2': {
    group: 'smart quote after a link',
    reason:
      "Notify's smartypants reads the HTML tag before `')` and opens the quote (‘); this library's typography sees the link's last letter and closes it (’). Only a quote right after a bare URL that swallowed the quote before it.",
  },
};
