// Bytes to text. Offsets index the decoded text, so decoding only ever removes a leading byte
// order mark: line endings (CRLF, CR) and everything else stay exactly as they were.
import { TextDecoder } from 'node:util';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface Decoded {
  text: string;
  /** True when invalid bytes were replaced with U+FFFD (the caller warns, naming the input). */
  replaced: boolean;
}

/** The encoding a byte order mark announces, and the mark's length in bytes; UTF-8 without a mark otherwise. */
export function sniffEncoding(head: Uint8Array): { encoding: Encoding; bomLength: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: unmarkedUtf16(head) ?? 'utf-8', bomLength: 0 };
}

// UTF-16 saved without a mark (some Windows exports): Latin text then is printable ASCII bytes
// each paired with a zero byte, the zero second for little-endian, first for big-endian. Binary
// data (16-bit samples, executables) pairs zeros with any byte, UTF-8 text has no zeros.
const SNIFF_BYTES = 4096;
const printable = (b: number | undefined): boolean => b !== undefined && ((b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d);
function unmarkedUtf16(head: Uint8Array): Encoding | null {
  const n = Math.min(head.length, SNIFF_BYTES) & ~1;
  if (n < 8) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i + 1] === 0 && printable(head[i])) le++;
    else if (head[i] === 0 && printable(head[i + 1])) be++;
  }
  const pairs = n / 2;
  if (le > pairs * 0.6 && be < pairs * 0.05) return 'utf-16le';
  if (be > pairs * 0.6 && le < pairs * 0.05) return 'utf-16be';
  return null;
}

// ignoreBOM: the caller has already removed the leading mark; a U+FEFF further on is content
// and must stay, or every later offset would shift by one.
const strict = new Map<Encoding, TextDecoder>();
const lenient = new Map<Encoding, TextDecoder>();
function decoder(encoding: Encoding, fatal: boolean): TextDecoder {
  const cache = fatal ? strict : lenient;
  let d = cache.get(encoding);
  if (!d) cache.set(encoding, (d = new TextDecoder(encoding, { fatal, ignoreBOM: true })));
  return d;
}

/** Decodes bytes that carry no byte order mark (already removed). */
export function decodeBytes(bytes: Uint8Array, encoding: Encoding = 'utf-8'): Decoded {
  try {
    return { text: decoder(encoding, true).decode(bytes), replaced: false };
  } catch {
    return { text: decoder(encoding, false).decode(bytes), replaced: true };
  }
}

/** Decodes a whole file's bytes: the byte order mark decides the encoding and is removed. */
export function decodeFile(bytes: Uint8Array): Decoded {
  const { encoding, bomLength } = sniffEncoding(bytes);
  return decodeBytes(bytes.subarray(bomLength), encoding);
}

// How much of the start of a file is enough to tell text from binary.
const SAMPLE_CHARS = 8192;
// Text may hold a few stray controls (form feeds, escape sequences); binary is full of them.
const MAX_CONTROL_SHARE = 0.3;

/**
 * True for content that is not text: a NUL character, or mostly control characters and
 * replacement characters (undecodable bytes) in the first few KB.
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SAMPLE_CHARS);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    // Tab, LF, VT, FF and CR are ordinary in text; other C0 controls, DEL and U+FFFD are not.
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f || c === 0xfffd) odd++;
  }
  return n > 0 && odd / n > MAX_CONTROL_SHARE;
}
