// Markup left in scraped news (`<tweet tweet-id="..." author="@x">`): quotation marks around
// attribute values and words inside tags are not prose. Tags are found with a bounded pattern.

const TAG = /<\/?[A-Za-z][^<>\n]{0,300}>/g;

export interface Range {
  start: number;
  end: number;
}

export function markupSpans(text: string): Range[] {
  const out: Range[] = [];
  if (!text.includes('<')) return out;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** A walker answering "is this offset inside a tag?" for increasing offsets. */
export function insideMarkup(spans: Range[]): (at: number) => boolean {
  let i = 0;
  return (at: number): boolean => {
    while (i < spans.length && (spans[i]?.end ?? 0) <= at) i++;
    const r = spans[i];
    return r !== undefined && at >= r.start;
  };
}
