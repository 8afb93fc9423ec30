// A byte stream as decoded lines, one at a time, so a JSONL corpus of any size streams with
// only one line in memory. Each line keeps its terminator ("\n", "\r\n"), so joining the lines
// gives back the decoded text exactly.
import { decodeBytes, looksBinary, sniffEncoding, type Encoding } from './decode.js';

export interface Line {
  /** The decoded line, terminator included. */
  text: string;
  /** 1-based line number. */
  number: number;
  /** True when invalid bytes in this line were replaced with U+FFFD. */
  replaced: boolean;
}

export interface OpenedLines {
  /** The start of the stream is not text (see looksBinary); `lines` is then not worth reading. */
  binary: boolean;
  lines: AsyncGenerator<Line>;
}

type Chunk = Uint8Array | string;
const toBytes = (c: Chunk): Uint8Array => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c);

// Enough of the start to sniff a byte order mark and to tell text from binary.
const HEAD_BYTES = 8192;

/** Reads the head of `source` (to sniff the encoding and binary content), then streams its lines. */
export async function openLines(source: AsyncIterable<Chunk>): Promise<OpenedLines> {
  const it = source[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headSize = 0;
  let ended = false;
  while (headSize < HEAD_BYTES) {
    const r = await it.next();
    if (r.done) { ended = true; break; }
    const bytes = toBytes(r.value);
    head.push(bytes);
    headSize += bytes.length;
  }
  const first = Buffer.concat(head);
  const { encoding, bomLength } = sniffEncoding(first);
  const sample = decodeBytes(first.subarray(bomLength, bomLength + HEAD_BYTES), encoding).text;
  const body = first.subarray(bomLength);
  async function* rest(): AsyncGenerator<Uint8Array> {
    if (body.length) yield body;
    if (ended) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield toBytes(r.value);
  }
  const lines = encoding === 'utf-8' ? utf8Lines(rest()) : wholeLines(rest(), encoding);
  return { binary: looksBinary(sample), lines: closing(lines, it) };
}

// Splitting UTF-8 at the byte 0x0A is safe: that byte never occurs inside a multi-byte character.
async function* utf8Lines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Line> {
  let pending: Uint8Array[] = [];
  let number = 0;
  const emit = (parts: Uint8Array[]): Line => {
    const { text, replaced } = decodeBytes(parts.length === 1 ? parts[0]! : Buffer.concat(parts));
    return { text, number: ++number, replaced };
  };
  for await (const chunk of chunks) {
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let pos = 0;
    for (let nl = buf.indexOf(10, pos); nl !== -1; nl = buf.indexOf(10, pos)) {
      pending.push(buf.subarray(pos, nl + 1));
      yield emit(pending);
      pending = [];
      pos = nl + 1;
    }
    if (pos < buf.length) pending.push(buf.subarray(pos));
  }
  if (pending.length) yield emit(pending);
}

// UTF-16 input (rare: a few Windows exports) is decoded whole, then split.
async function* wholeLines(chunks: AsyncIterable<Uint8Array>, encoding: Encoding): AsyncGenerator<Line> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  const { text, replaced } = decodeBytes(Buffer.concat(parts), encoding);
  let number = 0;
  for (let pos = 0; pos < text.length; ) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl + 1;
    const line = text.slice(pos, end);
    // Name only the lines that hold a replacement, as the UTF-8 path does.
    yield { text: line, number: ++number, replaced: replaced && line.includes('\uFFFD') };
    pos = end;
  }
}

// When the reader stops early, the underlying stream (an open file) is closed too.
async function* closing(lines: AsyncGenerator<Line>, it: AsyncIterator<Chunk>): AsyncGenerator<Line> {
  try {
    yield* lines;
  } finally {
    await it.return?.();
  }
}
