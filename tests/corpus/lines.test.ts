import { describe, expect, it } from 'vitest';
import { openLines, type Line } from '../../src/corpus/lines.js';
import { bytes } from './helpers.js';

async function linesOf(...chunks: Uint8Array[]): Promise<{ binary: boolean; lines: Line[] }> {
  const opened = await openLines((async function* () { yield* chunks; })());
  const lines: Line[] = [];
  for await (const l of opened.lines) lines.push(l);
  return { binary: opened.binary, lines };
}

const texts = (lines: Line[]): string[] => lines.map((l) => l.text);

describe('openLines', () => {
  it.each([
    ['LF lines, terminators kept', [bytes('a\nb\n')], ['a\n', 'b\n']],
    ['CRLF lines', [bytes('a\r\nb')], ['a\r\n', 'b']],
    ['a line split across chunks', [bytes('ab'), bytes('c\nd'), bytes('e')], ['abc\n', 'de']],
    ['a character split across chunks', [bytes([0xe2, 0x80]), bytes([0x9c], 'x\n')], ['\u201cx\n']],
    ['the UTF-8 BOM removed from line one only', [bytes([0xef, 0xbb, 0xbf], 'a\n\ufeffb')], ['a\n', '\ufeffb']],
    ['UTF-16 LE lines', [bytes([0xff, 0xfe], [...Buffer.from('a\r\nb', 'utf16le')])], ['a\r\n', 'b']],
    ['blank lines kept (the reader decides)', [bytes('\n\n')], ['\n', '\n']],
    ['nothing at all', [], []],
  ])('%s', async (_name, chunks, expected) => {
    expect(texts((await linesOf(...chunks)).lines)).toEqual(expected);
  });

  it('numbers lines from 1 and flags only the lines with invalid bytes', async () => {
    const { lines } = await linesOf(bytes('ok\n', [0xff], '\nok\n'));
    expect(lines.map((l) => [l.number, l.replaced])).toEqual([[1, false], [2, true], [3, false]]);
  });

  it.each([
    ['NUL bytes', bytes('abc', [0], 'def\n'), true],
    ['plain text', bytes('{"text":"a"}\n'), false],
  ])('tells binary from text: %s', async (_name, input, binary) => {
    expect((await linesOf(input)).binary).toBe(binary);
  });

  it('streams: a consumer that stops early closes the source', async () => {
    let closed = false;
    const source = (async function* () {
      try {
        for (let i = 0; i < 1e6; i++) yield bytes(`line ${i}\n`.repeat(1000));
      } finally {
        closed = true;
      }
    })();
    const { lines } = await openLines(source);
    for await (const l of lines) if (l.number === 3) break;
    expect(closed).toBe(true);
  });
});
