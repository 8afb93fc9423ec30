// Step 0b: phone numbers ("+44 20 7946 0958", "(555) 010-4477"): their digit groups are no figures; the
// figures stage marks every one as kind 'other'.

const PHONE = /(?<![\p{N}])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{2,4}[ .-])\d{3,4}[ .-]\d{3,4}(?:[ ./-]\d{2,4})?(?![\p{N}])/gu;

/** Spans as records, not pairs: the figures stage bisects them as it bisects dates (one record shape). */
export function phoneSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
    // (PHONE already asks for two separators between digit groups; nine digits keep out shorter runs of groups, "20 145 300")
    if (m[0].replace(/\D/g, '').length >= 9) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
