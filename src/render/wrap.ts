// Wrapping table cells ourselves, in linear time: cli-table3's own wrap was quadratic in a
// cell's length and cut unbreakable runs of wide (CJK) characters short. Widths are terminal
// columns, counted the way the string-width package does (wide East Asian characters and emoji
// take two, combining marks none); table.ts pads and draws with these same widths.

/** Terminal columns taken by one code point. */
export function charWidth(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfe0f) return 0;
  if (cp < 0x1100) return 1;
  return cp <= 0x115f ||
    cp === 0x2329 || cp === 0x232a ||
    (cp >= 0x2e80 && cp <= 0x3247 && cp !== 0x303f) ||
    (cp >= 0x3250 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0xa4c6) ||
    (cp >= 0xa960 && cp <= 0xa97c) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe10 && cp <= 0xfe19) ||
    (cp >= 0xfe30 && cp <= 0xfe6b) ||
    (cp >= 0xff01 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1b000 && cp <= 0x1b001) ||
    (cp >= 0x1f200 && cp <= 0x1f251) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
    ? 2
    : 1;
}

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0) ?? 0);
  return w;
}

/**
 * Greedy word wrap to `width` columns: breaks at spaces, and inside a word only when the word
 * alone is wider than a line. One pass over the text; returns the lines.
 */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(width, 2);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const flush = (): void => {
    lines.push(line.trimEnd());
    line = '';
    lineWidth = 0;
  };
  for (const token of text.split(/( +)/)) {
    if (token === '') continue;
    const tw = displayWidth(token);
    if (token.startsWith(' ')) {
      // Spaces at a break disappear; elsewhere they are kept (at most up to the line's end).
      if (lineWidth > 0 && lineWidth + tw < w) {
        line += token;
        lineWidth += tw;
      } else if (lineWidth > 0) flush();
      continue;
    }
    if (lineWidth > 0 && lineWidth + tw > w) flush();
    if (tw <= w - lineWidth) {
      line += token;
      lineWidth += tw;
      continue;
    }
    // A word wider than a whole line: cut it, character by character.
    for (const ch of token) {
      const cw = charWidth(ch.codePointAt(0) ?? 0);
      if (lineWidth + cw > w) flush();
      line += ch;
      lineWidth += cw;
    }
  }
  if (lineWidth > 0 || lines.length === 0) flush();
  return lines;
}

/** The end of `s` in at most `width` columns, after an ellipsis: "…/story.txt". */
export function keepEnd(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  const chars = Array.from(s);
  let out = '';
  let used = 1;
  for (let i = chars.length - 1; i >= 0; i--) {
    const cw = charWidth(chars[i]?.codePointAt(0) ?? 0);
    if (used + cw > width) break;
    out = (chars[i] ?? '') + out;
    used += cw;
  }
  return `…${out}`;
}
