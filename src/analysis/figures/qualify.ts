// Step 5: the qualifier of each figure from the words right before it ("some 8,000", "at least
// 10,000", "rose 3%", "up 4%") and right after ("200 or more", "50-odd"). Bounds and estimates
// join the figure's text ("at least 10,000"); movement verbs stay outside it ("rose" is the clause's verb).
import type { Qualifier } from '../../types.js';
import { QUALIFIER_AFTER, QUALIFIER_BEFORE } from '../../lexicon/qualifiers.js';
import type { Candidate } from './candidate.js';

const beforeKeys = Object.keys(QUALIFIER_BEFORE).sort((a, b) => b.length - a.length);
const afterKeys = Object.keys(QUALIFIER_AFTER).sort((a, b) => b.length - a.length);
const QUANTITY = new Set(['count', 'money', 'percent', 'measure']);
// qualifiers that belong in the figure's text: bounds and estimates, not verbs of movement
const OUTSIDE_SPAN = new Set(['up', 'down']);
const SPAN_EXCLUDED = new Set(['just', 'only', 'estimated', 'an estimated']);

function isWordEdge(ch: string | undefined): boolean {
  return ch === undefined || !/[\p{L}\p{N}]/u.test(ch);
}

export function qualify(text: string, c: Candidate): Candidate {
  if (!QUANTITY.has(c.kind)) return c;
  const before = text.slice(Math.max(0, c.start - 24), c.start).toLowerCase();
  let qualifier: Qualifier = c.qualifier;
  let start = c.start;
  let end = c.end;
  for (const k of beforeKeys) {
    // the phrase ends right before the number, after at most one space
    const gapped = before.endsWith(k + ' ') ? k + ' ' : before.endsWith(k + '\u00a0') ? k + '\u00a0' : before.endsWith(k) && /[<>≤≥~]$/.test(k) ? k : null;
    if (!gapped) continue;
    if (!isWordEdge(before[before.length - gapped.length - 1])) continue;
    qualifier = QUALIFIER_BEFORE[k]!;
    if (!OUTSIDE_SPAN.has(qualifier) && !SPAN_EXCLUDED.has(k)) start = c.start - gapped.length;
    // "more than about 5": the outer bound wins; "fell by nearly 5": the movement wins
    break;
  }
  // "fell by about 5%": a movement verb before an estimate word
  if (qualifier === 'about' || qualifier === 'exact') {
    const further = text.slice(Math.max(0, start - 16), start).toLowerCase();
    const mv = /(?:^|[^\p{L}])(rose|fell|increased|decreased|grew|dropped|declined|jumped|climbed|up|down|rose by|fell by|gained|lost)(?:[ \t]by)?[ \t]+$/u.exec(further);
    if (mv && mv[1] && QUALIFIER_BEFORE[mv[1]] && qualifier === 'exact') qualifier = QUALIFIER_BEFORE[mv[1]]!;
  }
  const after = text.slice(c.end, c.end + 12).toLowerCase();
  if (qualifier === 'exact') {
    for (const k of afterKeys) {
      const glued = k.startsWith('-') || k === '+';
      const sp = glued ? k : ' ' + k;
      if (after.startsWith(sp) && isWordEdge(after[sp.length])) { qualifier = QUALIFIER_AFTER[k]!; end = c.end + sp.length; break; }
    }
  }
  return { ...c, start, end, qualifier };
}
