import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPaths } from '../../src/corpus/index.js';
import { brief, bytes, makeTree, read } from './helpers.js';

const utf16le = (s: string): number[] => [0xff, 0xfe, ...Buffer.from(s, 'utf16le')];

describe('readCorpus: files', () => {
  it.each([
    ['a text file, id relative to cwd', { 'a.txt': 'Hi.' }, ['a.txt'], ['doc a.txt=Hi.']],
    ['a path given with ./', { 'a.txt': 'Hi.' }, ['./a.txt'], ['doc a.txt=Hi.']],
    ['any extension when named explicitly', { 'a.html': '<p>Hi</p>' }, ['a.html'], ['doc a.html=<p>Hi</p>']],
    ['a UTF-8 BOM removed', { 'a.txt': bytes([0xef, 0xbb, 0xbf], 'Hi') }, ['a.txt'], ['doc a.txt=Hi']],
    ['UTF-16 LE with BOM', { 'a.txt': Uint8Array.from(utf16le('H\u00e9')) }, ['a.txt'], ['doc a.txt=H\u00e9']],
    ['UTF-16 LE without BOM', { 'a.txt': Buffer.from('He said so.', 'utf16le') }, ['a.txt'], ['doc a.txt=He said so.']],
    ['CRLF and CR kept', { 'a.txt': 'a\r\nb\rc' }, ['a.txt'], ['doc a.txt=a\r\nb\rc']],
    ['invalid bytes replaced with a warning', { 'a.txt': bytes('caf', [0xe9]) }, ['a.txt'],
      ['warn a.txt: invalid bytes replaced with U+FFFD (is the file UTF-8?)', 'doc a.txt=caf\ufffd']],
    ['a binary file skipped', { 'a.txt': bytes('GIF89a', [0, 1, 0, 0]) }, ['a.txt'], ['skip a.txt: binary file']],
    ['a missing path skipped, the rest read', { 'b.txt': 'B' }, ['gone.txt', 'b.txt'], ['skip gone.txt: no such file or directory', 'doc b.txt=B']],
    ['the same file twice made unique', { 'a.txt': 'A' }, ['a.txt', 'a.txt'], ['doc a.txt=A', 'warn a.txt: duplicate id "a.txt" renamed "a.txt#2"', 'doc a.txt#2=A']],
    ['an empty file is an empty document', { 'a.txt': '' }, ['a.txt'], ['doc a.txt=']],
    ['escape sequences are text, not binary', { 'a.txt': 'x \u001b[2J said y' }, ['a.txt'], ['doc a.txt=x \u001b[2J said y']],
  ])('%s', async (_name, files, paths, expected) => {
    expect((await read(paths, makeTree(files))).map(brief)).toEqual(expected);
  });

  it('keeps input order across paths', async () => {
    const cwd = makeTree({ 'z.txt': 'Z', 'a.txt': 'A', 'd/m.md': 'M' });
    expect((await read(['z.txt', 'd', 'a.txt'], cwd)).map(brief)).toEqual(['doc z.txt=Z', 'doc d/m.md=M', 'doc a.txt=A']);
  });

  it('names a path outside cwd as given', async () => {
    const root = makeTree({ 'in/x': '', 'out/a.txt': 'A' });
    expect((await read([join(root, 'out/a.txt')], join(root, 'in'))).map(brief)).toEqual([`doc ${join(root, 'out/a.txt')}=A`]);
  });
});

describe('readCorpus: JSONL files', () => {
  it.each([
    ['records with ids and meta', '{"id":"a","text":"A","url":"u"}\n', ['doc a=A']],
    ['a CRLF JSONL', '{"id":"a","text":"A"}\r\n{"id":"b","text":"B"}\r\n', ['doc a=A', 'doc b=B']],
    ['a BOM JSONL', '\ufeff{"id":"a","text":"A"}\n', ['doc a=A']],
    ['a bad line named as file:line', '{"id":"a","text":"A"}\n{bad\n{"id":"c","text":"C"}\n',
      ['doc a=A', 'skip d.jsonl:2: invalid JSON', 'doc c=C']],
    ['a line without text', '{"id":"a","body":"A"}\n', ['skip d.jsonl:1: no "text" field']],
    ['a missing id', '{"text":"A"}\n', ['doc d.jsonl:1=A']],
  ])('%s', async (_name, content, expected) => {
    expect((await read(['d.jsonl'], makeTree({ 'd.jsonl': content }))).map(brief)).toEqual(expected);
  });

  it('keeps other fields as meta', async () => {
    const [ev] = await read(['d.jsonl'], makeTree({ 'd.jsonl': '{"id":"a","text":"A","url":"u","tags":["x"]}\n' }));
    expect(ev).toEqual({ type: 'doc', doc: { id: 'a', text: 'A', meta: { url: 'u', tags: ['x'] } } });
  });

  it('makes ids unique across files', async () => {
    const cwd = makeTree({ 'a.jsonl': '{"id":"1","text":"A"}\n', 'b.jsonl': '{"id":"1","text":"B"}\n' });
    expect((await read(['a.jsonl', 'b.jsonl'], cwd)).map(brief)).toEqual(['doc 1=A', 'warn b.jsonl:1: duplicate id "1" renamed "1#2"', 'doc 1#2=B']);
  });

  it('skips a binary .jsonl', async () => {
    expect((await read(['d.jsonl'], makeTree({ 'd.jsonl': bytes([0x1f, 0x8b, 0x08, 0x00, 0, 0]) }))).map(brief)).toEqual(['skip d.jsonl: binary file']);
  });

  it('streams a large file line by line, in order', async () => {
    const n = 5000;
    const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `a${i}`, text: `Text ${i} said.`.repeat(20) })).join('\n');
    const events = await read(['big.jsonl'], makeTree({ 'big.jsonl': lines }));
    expect(events.length).toBe(n);
    expect(events.every((e, i) => e.type === 'doc' && e.doc.id === `a${i}`)).toBe(true);
  });

  it('walks a folder named like a JSONL file', async () => {
    const cwd = makeTree({ 'a.txt': 'A' });
    mkdirSync(join(cwd, 'd.jsonl'));
    expect((await read(['d.jsonl', 'a.txt'], cwd)).map(brief)).toEqual(['warn d.jsonl: no .txt, .md or .jsonl files in this folder', 'doc a.txt=A']);
  });
});

describe('readCorpus: folders', () => {
  it('reads a mixed corpus: good articles read, bad inputs named', async () => {
    const cwd = makeTree({
      'corpus/a.txt': 'Article A.',
      'corpus/b-crlf.txt': 'Line one.\r\nLine two.',
      'corpus/c-bom.md': bytes([0xef, 0xbb, 0xbf], 'Article C.'),
      'corpus/d-utf16.txt': Uint8Array.from(utf16le('Article D.')),
      'corpus/e.bin.txt': bytes([0x89], 'PNG', [0, 0, 0, 13]),
      'corpus/feed/f.jsonl': '{"id":"f1","text":"F1"}\n{"id":"f2",\n{"id":"f3","text":"F3"}\n',
      'corpus/notes.pdf': 'not read',
      'corpus/.hidden.txt': 'not read',
    });
    expect((await read(['corpus', 'missing'], cwd)).map(brief)).toEqual([
      'doc corpus/a.txt=Article A.',
      'doc corpus/b-crlf.txt=Line one.\r\nLine two.',
      'doc corpus/c-bom.md=Article C.',
      'doc corpus/d-utf16.txt=Article D.',
      'skip corpus/e.bin.txt: binary file',
      'doc f1=F1',
      'skip corpus/feed/f.jsonl:2: invalid JSON',
      'doc f3=F3',
      'skip missing: no such file or directory',
    ]);
  });
});

describe('readCorpus: empty folders', () => {
  it.each([
    ['a folder with no documents is named', { 'c/a.pdf': 'x', 'c/.b.txt': 'x' }, ['c'], ['warn c: no .txt, .md or .jsonl files in this folder']],
    ['a folder with documents is not', { 'c/a.txt': 'A' }, ['c'], ['doc c/a.txt=A']],
  ])('%s', async (_name, files, paths, expected) => {
    expect((await read(paths, makeTree(files))).map(brief)).toEqual(expected);
  });
});

describe('defaultPaths', () => {
  it('is ./seeds when it exists', () => {
    const cwd = makeTree({ 'seeds/a.txt': 'A' });
    expect(defaultPaths(cwd)).toEqual(['seeds']);
  });

  it("else the package's bundled seeds", () => {
    const [path] = defaultPaths(makeTree({ 'other/a.txt': '' }));
    expect(path && path.endsWith('seeds') && existsSync(path)).toBe(true);
  });
});
