import { describe, expect, it } from 'vitest';
import { escapeCsv, escapeTerminal, escapeTsv, stringifyJson } from '../../src/render/escape.js';
import { renderQuotes } from './helpers.js';

describe('escapeTerminal', () => {
  it.each([
    ['plain text', 'plain text'],
    ['café “quoted” — fine', 'café “quoted” — fine'],
    ['red \u001b[31mALERT\u001b[0m', 'red \\x1b[31mALERT\\x1b[0m'],
    ['line\nbreak\r\ttab', 'line\\nbreak\\r\\ttab'],
    ['bell\u0007 del\u007f csi\u009b', 'bell\\x07 del\\x7f csi\\x9b'],
    ['bidi \u202eevil\u2066', 'bidi \\u202eevil\\u2066'],
    ['back\\slash kept', 'back\\slash kept'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeTerminal(input)).toBe(expected);
  });
});

describe('escapeTsv (linear TSV)', () => {
  it.each([
    ['a b', 'a b'],
    ['a\tb', 'a\\tb'],
    ['a\nb\r', 'a\\nb\\r'],
    ['C:\\dir', 'C:\\\\dir'],
    ['\u001b]8;;http://x\u0007', '\\x1b]8;;http://x\\x07'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeTsv(input)).toBe(expected);
  });
});

describe('escapeCsv (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['tab\tstays', 'tab\tstays'],
    ['esc\u001b[2J', 'esc\\x1b[2J'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeCsv(input)).toBe(expected);
  });
});

describe('stringifyJson', () => {
  it.each([
    ['esc \u001b[31m'],
    ['del \u007f and csi \u009b'],
    ['bidi \u202e and line sep \u2028'],
    ['quote " backslash \\ newline \n'],
  ])('escapes %j and round-trips', (s) => {
    const out = stringifyJson({ s });
    expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual({ s });
  });
});

describe('no raw escape reaches a terminal', () => {
  it.each(['table', 'tsv', 'csv', 'json', 'jsonl'] as const)('%s', (format) => {
    const out = renderQuotes(format);
    expect(out).not.toMatch(/[\u001b\u009b\u202e]/);
  });
});
