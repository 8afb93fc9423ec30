// Terminal escape sequences ("\x1b[2J", an OSC window title) in a document: no text, so their letters are no names.
// The tokenizer steps over them; the quote speaker asks whether a word lies inside one.

// ANSI CSI and OSC sequences, bounded (linear): ESC [ params final-byte, or ESC ] text BEL/ST; and their
// one-byte C1 forms (CSI U+009B, OSC U+009D ... ST U+009C), which a Latin-1 decoding lets through.
const ESCAPE = /(?:\x1b\[|\x9b)[0-9;?]{0,32}[ -\/]{0,4}[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]{0,256}(?:\x07|\x9c|\x1b\\)?|\x1b/y;
/** The one-character tokens that open an escape sequence. */
export const ESCAPE_START: ReadonlySet<string> = new Set(['\x1b', '\x9b', '\x9d']);

/** The length of the escape sequence starting at `at` (0 when none starts there). */
export function escapeLength(text: string, at: number): number {
  ESCAPE.lastIndex = at;
  const e = ESCAPE.exec(text);
  return e ? e[0].length : 0;
}

/** Whether `at` lies inside a terminal escape sequence (an OSC title's payload is no document text). */
export function insideEscape(text: string, at: number): boolean {
  const lo = Math.max(0, at - 300);
  for (let k = at - 1; k >= lo; k--) {
    // the three ESCAPE_START characters by code: this runs per character of a 300-character window
    const c = text.charCodeAt(k);
    if (c !== 0x1b && c !== 0x9b && c !== 0x9d) continue;
    ESCAPE.lastIndex = k;
    const e = ESCAPE.exec(text);
    return e !== null && k + e[0].length > at;
  }
  return false;
}
