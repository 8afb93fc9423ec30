import { describe, expect, it } from 'vitest';
import { decodeFile, looksBinary, sniffEncoding } from '../../src/corpus/decode.js';
import { bytes } from './helpers.js';

const utf16 = (s: string, be: boolean): number[] => {
  const b = Buffer.from(s, 'utf16le');
  if (be) b.swap16();
  return [...b];
};

describe('decodeFile', () => {
  it.each([
    ['plain UTF-8', bytes('caf\u00e9 \u201cok\u201d'), 'caf\u00e9 \u201cok\u201d', false],
    ['UTF-8 BOM removed', bytes([0xef, 0xbb, 0xbf], 'abc'), 'abc', false],
    ['UTF-16 LE with BOM', bytes([0xff, 0xfe], utf16('h\u00e9 said', false)), 'h\u00e9 said', false],
    ['UTF-16 BE with BOM', bytes([0xfe, 0xff], utf16('h\u00e9 said', true)), 'h\u00e9 said', false],
    ['CRLF kept', bytes('a\r\nb'), 'a\r\nb', false],
    ['lone CR kept', bytes('a\rb'), 'a\rb', false],
    ['a BOM after the start is content', bytes('a\ufeffb'), 'a\ufeffb', false],
    ['invalid UTF-8 replaced', bytes('caf', [0xe9], ' ok'), 'caf\ufffd ok', true],
    ['truncated UTF-8 sequence replaced', bytes('ab', [0xe2, 0x80]), 'ab\ufffd', true],
    ['odd-length UTF-16 replaced', bytes([0xff, 0xfe], utf16('hi', false), [0x41]), 'hi\ufffd', true],
    ['empty file', bytes(''), '', false],
    ['UTF-16 LE without BOM', bytes(utf16('He said \u201cno\u201d.', false)), 'He said \u201cno\u201d.', false],
    ['UTF-16 BE without BOM', bytes(utf16('He said \u201cno\u201d.', true)), 'He said \u201cno\u201d.', false],
  ])('%s', (_name, input, text, replaced) => {
    expect(decodeFile(input)).toEqual({ text, replaced });
  });
});

describe('sniffEncoding', () => {
  it.each([
    [[0xef, 0xbb, 0xbf, 0x41], 'utf-8', 3],
    [[0xff, 0xfe, 0x41, 0x00], 'utf-16le', 2],
    [[0xfe, 0xff, 0x00, 0x41], 'utf-16be', 2],
    [[0x41, 0x42], 'utf-8', 0],
    [[], 'utf-8', 0],
    [[...Buffer.from('Hello world', 'utf16le')], 'utf-16le', 0],
    [[...Buffer.from('Hello world', 'utf16le').swap16()], 'utf-16be', 0],
    [[0x41, 0, 0, 0x42, 0, 0, 0, 0, 0x43, 0x44], 'utf-8', 0],
    [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 'utf-8', 0],
    [[0x41, 0], 'utf-8', 0],
    [[0x01, 0, 0x9c, 0, 0xf3, 0, 0x07, 0, 0xaa, 0], 'utf-8', 0],
  ])('%j -> %s', (head, encoding, bomLength) => {
    expect(sniffEncoding(Uint8Array.from(head))).toEqual({ encoding, bomLength });
  });
});

describe('looksBinary', () => {
  it.each([
    ['a NUL byte', 'PK\u0003\u0004\u0000\u0000abc'],
    ['mostly controls', '\u0001\u0002\u0003\u0004\u0005ab'],
    ['mostly undecodable bytes', '\ufffd\ufffd\ufffd\ufffdab'],
  ])('catches %s', (_name, text) => expect(looksBinary(text)).toBe(true));

  it.each([
    ['an article', 'He said \u201cno.\u201d\r\n\tThen he left.'],
    ['a form feed and an escape sequence', 'Page one\fPage two \u001b[31mred\u001b[0m and more words here'],
    ['one undecodable byte', 'caf\ufffd au lait'],
    ['empty text', ''],
    ['controls only after the sample', 'a'.repeat(9000) + '\u0001'.repeat(9000)],
  ])('leaves alone %s', (_name, text) => expect(looksBinary(text)).toBe(false));
});
