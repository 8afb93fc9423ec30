// The gold file's lines: records kept, broken lines named by number, any encoding a corpus may have.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGold, readGoldFile } from '../../src/eval/gold-file.js';

const REC = '{"id":"k1","text":"Ona Vell said the kiln was cold.","quotes":[]}';

describe('parseGold', () => {
  it.each([
    ['one record a line', `${REC}\n${REC}\n`, 2, []],
    ['blank lines passed over', `\n${REC}\n  \n${REC}`, 2, []],
    ['CRLF line ends', `${REC}\r\n${REC}\r\n`, 2, []],
    ['a broken line named, the rest kept', `${REC}\n{"id":"k2","text":\n${REC}\n`, 2, [{ line: 2, reason: 'invalid JSON' }]],
    ['non-objects named', `[1,2]\nnull\n"a string"\n7\n${REC}`, 1, [1, 2, 3, 4].map((line) => ({ line, reason: 'not a JSON object' }))],
    ['an empty file', '', 0, []],
    // annotations a scorer cannot read: the line is named and left out, the rest kept
    ['a quote that is null', `{"id":"k3","text":"Ivo Dahl said the mill shut.","quotes":[null]}\n${REC}`, 1, [{ line: 1, reason: 'quote 1 is not a JSON object' }]],
    ['a number that is not an object', `${REC}\n{"id":"n1","text":"About 40 boats.","numbers":[{"start":6,"end":8},"40"]}`, 1, [{ line: 2, reason: 'number 2 is not a JSON object' }]],
    ['a quote with no numeric span', `{"id":"k4","text":"Ada Moor said it snowed.","quotes":[{"start":"13","end":23}]}`, 0, [{ line: 1, reason: 'quote 1 has no numeric "start" and "end"' }]],
    // left alone: an empty list, a list field that is no list, quotes with their spans, numbers with no span
    ['well-formed annotations kept', `${REC}\n{"id":"k5","text":"Ada Moor said it snowed.","quotes":[{"start":14,"end":23,"type":"indirect"}]}\n{"id":"k6","text":"x","quotes":"none"}\n{"id":"n2","text":"Some 30 people.","numbers":[{"value":30}]}`, 4, []],
  ])('%s', (_name, text, count, skipped) => {
    const gold = parseGold(text);
    expect(gold.records).toHaveLength(count);
    expect(gold.skipped).toEqual(skipped);
  });
});

describe('readGoldFile', () => {
  const write = (bytes: Buffer): string => {
    const path = join(mkdtempSync(join(tmpdir(), 'attrib-gold-')), 'gold.jsonl');
    writeFileSync(path, bytes);
    return path;
  };

  it.each([
    ['UTF-8', Buffer.from(REC)],
    ['UTF-8 with a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REC)])],
    ['UTF-16 LE with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REC, 'utf16le')])],
  ])('reads %s', (_name, bytes) => {
    const gold = readGoldFile(write(bytes));
    expect(gold.skipped).toEqual([]);
    expect(gold.records[0]?.['id']).toBe('k1');
    expect(gold.replaced).toBe(false);
  });

  it('says when invalid bytes were replaced', () => {
    const gold = readGoldFile(write(Buffer.concat([Buffer.from('{"id":"k1","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}')])));
    expect(gold.records[0]?.['text']).toBe('caf\ufffd');
    expect(gold.replaced).toBe(true);
  });

  it('throws the reading error of a missing file', () => {
    expect(() => readGoldFile(join(tmpdir(), 'no-such-gold.jsonl'))).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
