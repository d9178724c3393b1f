import { describe, expect, it } from 'vitest';
import { suggestSpelling, vocabularyOf } from './spelling.js';

const vocabulary = vocabularyOf([
  '<p>The force should review its <strong>vetting</strong> arrangements.</p>',
  'The force should improve how it records crime.',
  'Vetting of officers in Staffordshire Police',
  'Victims receive a service that is setting standards.',
]);

describe('did you mean', () => {
  it('replaces a word nobody wrote with the closest one somebody did', () => {
    expect(suggestSpelling('vettign', vocabulary)).toBe('vetting');
    expect(suggestSpelling('Stafordshire vettign', vocabulary)).toBe('staffordshire vetting');
    expect(suggestSpelling('recrods', vocabulary)).toBe('records');
  });

  it('keeps what is not a misspelt word: known words, beginnings of words, numbers and syntax', () => {
    expect(suggestSpelling('vetting', vocabulary)).toBeNull();
    expect(suggestSpelling('vett', vocabulary)).toBeNull();
    expect(suggestSpelling('"review its" -vettign 2018 or crime', vocabulary)).toBe(
      '"review its" -vetting 2018 or crime',
    );
  });

  it('suggests nothing when no known word is near, or the word is too short to judge', () => {
    expect(suggestSpelling('zebra', vocabulary)).toBeNull();
    expect(suggestSpelling('xq', vocabulary)).toBeNull();
    // Two letters off in a four-letter word is another word, not a slip; one is a slip.
    expect(suggestSpelling('cram', vocabulary)).toBeNull();
    expect(suggestSpelling('crme', vocabulary)).toBe('crime');
  });
});
