// Step 0b: phone numbers ("+44 20 7946 0958", "(555) 010-4477"): their digit groups are no figures; the
// figures stage marks every one as kind 'other'.

const PHONE = /(?<![\p{N}])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{2,4}[ .-])\d{3,4}[ .-]\d{3,4}(?:[ ./-]\d{2,4})?(?![\p{N}])/gu;

/** Spans as records, not pairs: the figures stage bisects them as it bisects dates (one record shape). */
export function phoneSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
    // a phone number has at least two separators between digit groups
    if ((m[0].match(/[ .()-]/g) ?? []).length >= 2 && (m[0].replace(/\D/g, '').length >= 9)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
