import { describe, expect, it } from 'vitest';
import { sniffDocumentFormat } from './sniff-format.js';
import { utf16, utf8 } from './test-support/encode.js';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));
const ZIP = [0x50, 0x4b, 0x03, 0x04];

describe('sniffDocumentFormat goes by content, not by name', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'x.txt', 'pdf'],
    ['a PDF with junk before its header', bytes([0, 0, 0], '%PDF-1.4'), undefined, 'pdf'],
    [
      'a Word document',
      bytes(ZIP, '\x14\0\x06\0[Content_Types].xml...word/document.xml'),
      'x.txt',
      'docx',
    ],
    [
      'another zip (a spreadsheet)',
      bytes(ZIP, '\x14\0[Content_Types].xml xl/workbook.xml'),
      'x.docx',
      'unknown',
    ],
    [
      'an old Word .doc',
      bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'x.doc',
      'unknown',
    ],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'x.txt', 'unknown'],
    ['a web page', bytes('<!DOCTYPE html>\n<html lang="en">'), 'response.txt', 'html'],
    [
      'a web page with a BOM, spaces and a comment',
      bytes([0xef, 0xbb, 0xbf], '\n  <!-- saved -->\n<HTML>'),
      undefined,
      'html',
    ],
    [
      'XHTML',
      bytes('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'),
      undefined,
      'html',
    ],
    [
      'a fragment saved as .html',
      bytes('<div class="content"><h1>Response</h1>'),
      'page.html',
      'html',
    ],
    [
      'the same fragment as .txt is record text',
      bytes('<div class="content">'),
      'page.txt',
      'record-text',
    ],
    ['a body only', bytes('<body><p>x</p>'), undefined, 'html'],
    ['a UTF-16 web page', utf16('<!doctype html><html>', 'le'), undefined, 'html'],
    ['a UTF-16 web page without BOM', utf16('<html>', 'be', false), undefined, 'html'],
    [
      'the record format',
      bytes('PCC and CC Force Inspection response record\n\nForce\tStaffordshire'),
      'x.html',
      'record-text',
    ],
    [
      'a record whose fields hold HTML',
      bytes('Force\tX\nInspectorate\t<p>HMICFRS</p>'),
      undefined,
      'record-text',
    ],
    [
      'a PDF named .txt is still a PDF, a text named .pdf is text',
      bytes('Force\tX'),
      'x.pdf',
      'record-text',
    ],
    ['nothing at all', new Uint8Array(), undefined, 'record-text'],
  ])('%s', (_, input, name, format) => {
    expect(sniffDocumentFormat(input, name)).toBe(format);
  });
});
