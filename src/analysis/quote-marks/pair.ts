// Step 2: pair opening and closing marks with a stack, paragraph by paragraph. A closing mark
// closes the nearest open mark of its family (looking at most MAX_LOOK entries down, so thousands
// of unbalanced marks stay linear); marks opened above it are dropped as unbalanced. At a paragraph
// end the stack is reset, except under the news convention: a quote left open whose next paragraph
// starts with an opening mark of the same family runs on (`continued`), each paragraph a span.
import type { Paragraph } from '../../types.js';
import type { Family, Mark } from './marks.js';

export interface Pair {
  open: number;
  /** Offset just after the closing mark, or the paragraph end for a continued quote. */
  close: number;
  innerStart: number;
  innerEnd: number;
  depth: number;
  family: Family;
  continued: boolean;
}

const MAX_LOOK = 4;

// (a “, classified as opening, closes through highSixCloses; ‚ is closed by ‘ classified as closing)
function closes(open: Mark, close: Mark): boolean {
  return open.family === close.family;
}

/** The stack entry a “ closes: the nearest „ (German style), else after a word the nearest double
 * mark of any glyph (mixed glyphs: "We are ready.“); -1 when it opens. */
function highSixCloses(stack: Mark[], afterWord: boolean): number {
  const floor = Math.max(0, stack.length - MAX_LOOK);
  for (let i = stack.length - 1; i >= floor; i--) if (stack[i]!.family === 'double' && stack[i]!.low === true) return i;
  if (!afterWord) return -1;
  for (let i = stack.length - 1; i >= floor; i--) if (stack[i]!.family === 'double') return i;
  return -1;
}

export function pairMarks(marks: Mark[], paragraphs: Paragraph[]): Pair[] {
  const pairs: Pair[] = [];
  let stack: Mark[] = [];
  let p = 0;
  // index of marks by offset, so the paragraph-start lookup stays O(1)
  const byOffset = new Map<number, Mark>();
  for (const m of marks) byOffset.set(m.at, m);
  const startsWithOpen = (para: Paragraph, family: Family): boolean => {
    const m = byOffset.get(para.start);
    return m !== undefined && m.family === family && m.side !== 'close';
  };

  // for each mark, the next single mark after it (one backward pass): a maybe-apostrophe is an
  // apostrophe when a single mark that can close comes next in its paragraph
  const nextSingle: (Mark | undefined)[] = new Array<Mark | undefined>(marks.length);
  let after: Mark | undefined;
  for (let i = marks.length - 1; i >= 0; i--) {
    nextSingle[i] = after;
    const m = marks[i] as Mark;
    if (m.family === 'single') after = m;
  }

  for (const [mi, mark] of marks.entries()) {
    while (p < paragraphs.length && mark.at >= (paragraphs[p]?.end ?? 0)) {
      const para = paragraphs[p] as Paragraph;
      const bottom = stack[0];
      const next = paragraphs[p + 1];
      if (bottom !== undefined && next !== undefined && bottom.family !== 'single' && startsWithOpen(next, bottom.family)) {
        pairs.push({ open: bottom.at, close: para.end, innerStart: bottom.at + bottom.len, innerEnd: para.end, depth: 0, family: bottom.family, continued: true });
      }
      stack = [];
      p++;
    }
    if (mark.maybeApostrophe === true) {
      const next = nextSingle[mi];
      if (next !== undefined && next.side !== 'open' && next.at < (paragraphs[p]?.end ?? Infinity)) continue;
    }
    // of the marks that open by glyph or place, only a “ may close (a straight " that opens a
    // word starts a quote inside a „...“ one: „She called it "a farce" twice,“)
    const canClose = mark.side === 'close' || mark.side === 'either';
    let matched = -1;
    if (mark.highSix !== undefined) matched = highSixCloses(stack, mark.highSix.afterWord);
    else if (canClose) {
      for (let i = stack.length - 1; i >= 0 && i >= stack.length - MAX_LOOK; i--) {
        if (closes(stack[i] as Mark, mark)) { matched = i; break; }
      }
    }
    if (matched >= 0) {
      const o = stack[matched] as Mark;
      pairs.push({ open: o.at, close: mark.at + mark.len, innerStart: o.at + o.len, innerEnd: mark.at, depth: matched, family: o.family, continued: false });
      stack.length = matched; // marks opened inside and never closed are dropped
    } else if (mark.side !== 'close') {
      stack.push(mark);
    }
  }
  // the last paragraph: whatever is still open is unbalanced and dropped
  return pairs.sort((a, b) => a.open - b.open);
}
