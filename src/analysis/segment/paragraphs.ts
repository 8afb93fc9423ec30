// Paragraphs: every line is a paragraph (news text puts one paragraph a line, with or without blank
// lines between), except a hard-wrapped line: one that ends without closing punctuation and is followed
// by a line starting in lower case continues the same paragraph. Offsets are trimmed of white space.
import type { Paragraph } from '../../types.js';

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
const ENDS_OPEN = /[\p{L}\p{N},;]$/u;
const STARTS_LOWER = /^\s*\p{Ll}/u;

export function findParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m !== null && m.index < text.length; m = LINE.exec(text)) {
    const line = m[0];
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (body === '') {
      current = null; // a blank line always ends the paragraph
      continue;
    }
    const start = m.index + lead;
    const end = start + body.length;
    const wrapped = current !== null && ENDS_OPEN.test(text.slice(Math.max(current.start, current.end - 1), current.end))
      && STARTS_LOWER.test(body);
    if (current !== null && wrapped) current.end = end;
    else {
      current = { start, end };
      out.push(current);
    }
    if (line.length === 0) LINE.lastIndex++;
  }
  return out;
}
