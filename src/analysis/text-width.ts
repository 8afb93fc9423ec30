// One string representation for every text a process analyses, so each regular expression is compiled once.
//
// V8 stores a string either one byte a character (when every character is Latin-1) or two, and compiles a
// regular expression separately for each kind of subject it meets. attrib runs about 1,200 patterns, many of
// them long word lists; a run over news that mixes plain-ASCII articles with articles in curly quotes and
// dashes compiles nearly every pattern twice. Once a process has met a two-byte text, later one-byte texts are
// read through a two-byte copy (the same characters, so the same offsets and the same records): the patterns
// compiled for the first kind serve them all. A process that only ever meets one-byte text never widens
// anything (its one-byte patterns are the cheaper ones to build).

// a character outside Latin-1: appending it makes the concatenation two-byte, and slicing it off keeps that
const WIDE = '\u0100';

let widening = false;

function hasWideChar(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 0xff) return true;
  return false;
}

/** `text` itself, or (after a two-byte text was seen in this process) a copy of it held two bytes a character. */
export function sharedWidth(text: string): string {
  if (!widening) {
    if (hasWideChar(text)) widening = true;
    return text;
  }
  return (text + WIDE).slice(0, text.length);
}
