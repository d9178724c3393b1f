import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it.each([
    '/records',
    '/records/3f1c?tab=findings',
    '/findings#f-12',
    '/search?q=http://example.org/x',
  ])('keeps the same-app path %j', (next) => {
    expect(safeNext(next)).toBe(next);
  });

  it.each([
    null,
    '',
    'records',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\/evil.example',
    '/\\/evil.example',
    '\\\\evil.example',
    '/records\\..\\..\\evil',
    '/%5C/ok\\',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r//evil.example',
    '/\u0000/evil.example',
    '/\u007f/evil.example',
    '/ok//evil.example',
    '/./..//evil.example',
    'https://evil.example',
    'http:/evil.example',
    'javascript:alert(1)',
    ' /records',
    '\u00a0//evil.example',
    'data:text/html,<script>alert(1)</script>',
  ])('sends %j to the start page', (next) => {
    expect(safeNext(next)).toBe('/');
  });
});
