import { describe, expect, it } from 'vitest';
import { findPlaceholders, normalisePlaceholderName } from '../../src/policies/index.js';
import { renderTemplate, templatePlaceholders } from '../../src/templates/index.js';

// Notify's rule (alphagov/notifications-utils a9af02ae, notifications_utils/insensitive_dict.py `_normalise_str_none`):
// `key.translate({' ', '_', '-'} -> None).lower()`. Python's str.lower() writes a capital sigma as the final form ς
// only when no letter follows it, and the underscore is removed before lower() runs, so in `ΟΔΟΣ_Β` the Σ is
// followed by Β: 'οδοσβ' (Python 3.11: 'ΟΔΟΣ_Β'.translate({95: None}).lower() == 'οδοσβ'; 'ΟΔΟΣ'.lower() == 'οδος').
describe('one name normaliser, Notify’s rule', () => {
  it('removes spaces, underscores and hyphens, then lower-cases', () => {
    expect(normalisePlaceholderName('Due_Date')).toBe('duedate');
    expect(normalisePlaceholderName(' First-name ')).toBe('firstname');
  });

  it('ΟΔΟΣ_Β: the sigma is not final once the underscore is gone (as Notify)', () => {
    expect(normalisePlaceholderName('ΟΔΟΣ_Β')).toBe('οδοσβ');
    expect(normalisePlaceholderName('ΟΔΟΣ Β')).toBe('οδοσβ');
    expect(normalisePlaceholderName('ΟΔΟΣ')).toBe('οδος');
  });

  it('the tokenizer, the renderer and the values use the same key', () => {
    expect(findPlaceholders('((ΟΔΟΣ_Β))')[0]!.key).toBe('οδοσβ');
    expect(templatePlaceholders({ subject: 'S', body: '((ΟΔΟΣ_Β))' })[0]!.key).toBe('οδοσβ');
    // the key 'οδοσβ' (written lower case, non-final sigma) fills ((ΟΔΟΣ_Β)), as in Notify
    expect(renderTemplate({ subject: 'S', body: '((ΟΔΟΣ_Β))' }, { οδοσβ: 'x' }).body).toBe('x');
    expect(renderTemplate({ subject: 'S', body: '((ΟΔΟΣ_Β))' }, { 'ΟΔΟΣ Β': 'y' }).body).toBe('y');
  });
});
