import { describe, expect, it } from 'vitest';
import { findMalformedInput, isWellFormedText } from './well-formed-input.js';

describe('isWellFormedText', () => {
  it('refuses NUL and lone surrogates, and keeps every other character', () => {
    for (const bad of ['a\u0000b', '\ud800', 'x\udc00', '\udc00\ud800', 'end\ud83d'])
      expect(isWellFormedText(bad), JSON.stringify(bad)).toBe(false);
    for (const good of ['', 'plain', '😀', 'é\u0301', '\u0001\u001f\uffff', '\ud83d\ude00x'])
      expect(isWellFormedText(good), JSON.stringify(good)).toBe(true);
  });
});

describe('findMalformedInput', () => {
  it('names the first malformed string by its path, keys included', () => {
    const nul = findMalformedInput({ a: 'ok', patch: { items: ['ok', 'b\u0000'] } });
    expect(nul?.field).toBe('patch.items.1');
    expect(nul?.problem).toMatch(/NUL character \(at character 2\)/);
    expect(findMalformedInput('\ud800')?.field).toBe('input');
    const key = findMalformedInput({ patch: { 'k\ud800': 1 } });
    expect(key?.field).toBe('patch');
    expect(key?.problem).toMatch(/key .* lone surrogate/);
    expect(findMalformedInput({ q: 'fine', n: 1, b: null, u: undefined })).toBeNull();
  });

  it('refuses nesting deeper than any form makes before walking it', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(findMalformedInput(deep)?.problem).toMatch(/nested deeper than 64/);
  });
});
