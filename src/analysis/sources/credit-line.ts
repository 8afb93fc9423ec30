// The outlet's credit line: "(AP)" or "(AFP)" alone on the last line, or a dateline credit
// "OSLO (AP) —" at the top. When nothing else vouches for a figure, only the outlet does.
import type { Span } from '../../types.js';
import { CREDIT_LINE, DATELINE_CREDIT } from '../../lexicon/figure-sources.js';

// scraped pages often end in a word or two of page furniture ("Comment", "Share") after the credit
const TRAILING_LINES = 3;
const SHORT_LINE = 40;

export function findCreditLine(text: string): Span | null {
  // the last few short lines, read from the end without splitting the whole text
  let end = text.length;
  for (let i = 0; i < TRAILING_LINES; i++) {
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    if (end === 0) break;
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (end - start > SHORT_LINE) break;
    const line = text.slice(start, end);
    if (CREDIT_LINE.test(line)) {
      const lead = line.length - line.trimStart().length;
      return { text: line.trim(), start: start + lead, end };
    }
    end = start;
  }
  const head = text.slice(0, 80);
  const m = DATELINE_CREDIT.exec(head);
  if (m && m[1]) {
    const at = head.indexOf(`(${m[1]})`);
    return { text: `(${m[1]})`, start: at, end: at + m[1].length + 2 };
  }
  return null;
}
