// corpus/stdin.ts through readCorpus: standard input ("-") is a JSON Lines corpus when its first line with content is a
// record with text (a broken first record lets the next line decide), else one plain-text document "-"; empty, binary and
// badly encoded input are named; stdin is read once.
import { describe, expect, it } from 'vitest';
import { brief, bytes, makeTree, read, stdinOf } from './helpers.js';

describe('readCorpus: stdin', () => {
  it.each([
    ['plain text is one document "-"', ['He said \u201chi.\u201d\r\nMore.'], ['doc -=He said \u201chi.\u201d\r\nMore.']],
    ['plain text across chunks', ['Line one\n', 'Line two'], ['doc -=Line one\nLine two']],
    ['JSON Lines of objects with text are a corpus', ['{"id":"a","text":"A"}\n{"id":"b","text":"B"}\n'], ['doc a=A', 'doc b=B']],
    ['JSONL after blank lines, lines named -:N', ['\n{"text":"A"}\n', 'oops\n'], ['doc -:2=A', 'skip -:3: invalid JSON']],
    ['a JSON object without text is plain text', ['{"title":"x"}\n'], ['doc -={"title":"x"}\n']],
    ['a broken first record, then records: JSON Lines, the broken line named', ['{"id":"a","text":"A\n{"id":"b","text":"B"}\n'], ['skip -:1: invalid JSON', 'doc b=B']],
    ['a first record without text, then records: JSON Lines', ['\n{"id":"a"}\n\n', '{"id":"b","text":"B"}\n'], ['skip -:2: no "text" field', 'doc b=B']],
    ['text opening with a brace, then prose: plain text', ['{Editor\u2019s note} Ama Rook said so.\nShe left.\n'], ['doc -={Editor\u2019s note} Ama Rook said so.\nShe left.\n']],
    ['a broken object, then prose: plain text', ['{"id":"a",\nIvo Hale said no.\n'], ['doc -={"id":"a",\nIvo Hale said no.\n']],
    ['prose first, then a record: plain text', ['Ivo Hale said no.\n{"id":"b","text":"B"}\n'], ['doc -=Ivo Hale said no.\n{"id":"b","text":"B"}\n']],
    ['a BOM removed', [bytes([0xef, 0xbb, 0xbf], 'Hi')], ['doc -=Hi']],
    ['empty input: no document', [], ['warn -: standard input is empty (no document)']],
    ['only blank lines: no document', ['\n', '  \r\n\t\n'], ['warn -: standard input is empty (no document)']],
    ['a byte order mark alone: no document', [bytes([0xef, 0xbb, 0xbf])], ['warn -: standard input is empty (no document)']],
    ['one visible character is a document', ['\n.\n'], ['doc -=\n.\n']],
    ['binary input skipped', [bytes('ab', [0, 0, 0])], ['skip -: binary file']],
    ['invalid bytes warned', [bytes('caf', [0xe9])], ['warn -: invalid bytes replaced with U+FFFD (is the file UTF-8?)', 'doc -=caf\ufffd']],
  ])('%s', async (_name, chunks, expected) => {
    expect((await read(['-'], makeTree({}), stdinOf(...chunks))).map(brief)).toEqual(expected);
  });

  it('reads stdin once; a second "-" is named', async () => {
    expect((await read(['-', '-'], makeTree({}), stdinOf('x'))).map(brief)).toEqual(['doc -=x', 'skip -: standard input already read']);
  });
});
