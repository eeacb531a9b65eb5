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
    reason:
      "Notify's Markdown step alone, without the typography pass that follows it in an email; through a template (#2, identical here) the quote after the link is curly.",
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
  'test_replacement_of_placeholders#9': {
    group: 'field step alone',
    reason:
      "Notify's Field step alone (tests/test_field.py), before the typography pass that follows it in an email: there the quotes in the value `alert('foo')` are curled, as here (a value is typeset like the template's own text).",
  },
  'test_replacement_of_placeholders#10': {
    group: 'field step alone',
    reason:
      "Notify's Field step alone (tests/test_field.py), before the typography pass that follows it in an email: there the quotes in the value `alert('foo')` are curled, as here (a value is typeset like the template's own text).",
  },
  'test_field_renders_lists_as_strings#15': {
    group: 'field step alone',
    reason:
      'Notify\'s Field step alone (tests/test_field.py), before the typography pass that follows it in an email: there the quotes in the value `alert("foo")` are curled, as here (a value is typeset like the template\'s own text).',
  },
  'test_field_renders_lists_as_strings#16': {
    group: 'field step alone',
    reason:
      'Notify\'s Field step alone (tests/test_field.py), before the typography pass that follows it in an email: there the quotes in the value `alert("foo")` are curled, as here (a value is typeset like the template\'s own text).',
  },
  'test_replacement_of_placeholders#21': {
    group: 'value types',
    reason:
      "The test passes Python's float `0.0`, which Python writes `0.0`; a JavaScript (and JSON) value has one kind of number, so `0.0` is the number 0, written `0`.",
  },
  'test_replacement_of_placeholders#22': {
    group: 'value types',
    reason:
      "The test passes Python's float `0.0`, which Python writes `0.0`; a JavaScript (and JSON) value has one kind of number, so `0.0` is the number 0, written `0`.",
  },
  'test_replacement_of_placeholders#27': {
    group: 'value types',
    reason:
      "The value is a Python dict, which Notify writes as Python prints it (`{'key': 'value'}`). Here a value is text, a number, a boolean, a list of text, a numbered list or a date: anything else is refused with an `InvalidArgumentError` naming the placeholder (never the value), rather than sending a reader program notation.",
  },
  'test_replacement_of_placeholders#28': {
    group: 'value types',
    reason:
      "The value is a Python dict, which Notify writes as Python prints it (`{'key': 'value'}`). Here a value is text, a number, a boolean, a list of text, a numbered list or a date: anything else is refused with an `InvalidArgumentError` naming the placeholder (never the value), rather than sending a reader program notation.",
  },
  'test_what_will_not_trigger_conditional_placeholder#12': {
    group: 'value types',
    reason:
      'The value is a Python dict (`{}`) deciding a conditional, which Notify writes as Python prints it (`{}`). Here a value is text, a number, a boolean, a list of text, a numbered list or a date: anything else is refused with an `InvalidArgumentError` naming the placeholder (never the value), rather than sending a reader program notation.',
  },
  'test_what_will_not_trigger_conditional_placeholder#15': {
    group: 'value types',
    reason:
      "The value is a Python dict deciding a conditional, which Notify writes as Python prints it (`{'True': True}`). Here a value is text, a number, a boolean, a list of text, a numbered list or a date: anything else is refused with an `InvalidArgumentError` naming the placeholder (never the value), rather than sending a reader program notation.",
  },
  'test_field_renders_lists_as_strings#17': {
    group: 'value types',
    reason:
      "A list item here must be text (a `ListValue`: strings, `null` or `undefined`); a list holding a number and a dict is refused with an `InvalidArgumentError` naming the item, where Notify writes each item as Python prints it (`1, {'two': 2}`).",
  },
  'test_field_renders_lists_as_strings#18': {
    group: 'value types',
    reason:
      "A list item here must be text (a `ListValue`: strings, `null` or `undefined`); a list holding a number and a dict is refused with an `InvalidArgumentError` naming the item, where Notify writes each item as Python prints it (`1, {'two': 2}`).",
  },
  'test_field_renders_lists_as_strings#19': {
    group: 'value types',
    reason:
      'A list item here must be text (a `ListValue`: strings, `null` or `undefined`); a list of lists is refused with an `InvalidArgumentError` naming the item, where Notify writes each item as Python prints it (`[1, 2]`).',
  },
  'test_field_renders_lists_as_strings#20': {
    group: 'value types',
    reason:
      'A list item here must be text (a `ListValue`: strings, `null` or `undefined`); a list of lists is refused with an `InvalidArgumentError` naming the item, where Notify writes each item as Python prints it (`[1, 2]`).',
  },
  'test_field_renders_lists_as_strings#21': {
    group: 'value types',
    reason:
      'A list item here must be text (a `ListValue`: strings, `null` or `undefined`); a list of a number and booleans is refused with an `InvalidArgumentError` naming the item, where Notify writes each item as Python prints it (`0.1, True, False`).',
  },
  'test_field_renders_lists_as_strings#22': {
    group: 'value types',
    reason:
      'A list item here must be text (a `ListValue`: strings, `null` or `undefined`); a list of a number and booleans is refused with an `InvalidArgumentError` naming the item, where Notify writes each item as Python prints it (`0.1, True, False`).',
  },
  'test_what_will_not_trigger_conditional_placeholder#16': {
    group: 'value types',
    reason:
      "A list item here must be text (a `ListValue`: strings, `null` or `undefined`); a list holding booleans and a number, deciding a conditional is refused with an `InvalidArgumentError` naming the item, where Notify writes each item as Python prints it (`True, 'true', 1`).",
  },
};
