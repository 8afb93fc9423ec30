// A description's trailing complement naming whom it speaks for: "a spokesperson for the ministry", "the head of
// Acme Corp", "the minister of health" (whose domain joins the role: "minister of health").
import type { Token } from './tokens.js';
import type { Run } from './runs.js';
import { GENERAL_TITLE_HEADS, ROLE_DOMAINS } from '../../lexicon/titles.js';
import { COMPLEMENT_HEADS } from '../../lexicon/roles.js';
import { DETERMINERS, headKind, modifier, type Near } from './description-words.js';
import { governedPlaceAt } from './governed-places.js';

const COMPLEMENT_LINKS = new Set(['for', 'of', 'at', 'with']);

export interface Complement {
  /** The description's end offset, past the complement if it has one. */
  end: number;
  /** The description's last token. */
  last: number;
  /** " of health" when the complement is a role's domain, else ''. */
  roleTail: string;
}

/** The complement after the head at token `i`, if any (else the head's own end). */
export function complementAfter(text: string, tokens: Token[], runs: Run[], runAt: Int32Array, i: number, near: Near): Complement {
  const t = tokens[i]!;
  let end = t.end;
  let last = i;
  let roleTail = '';
  const link = tokens[i + 1];
  // "the attorney general", "the surgeon general's office": the title's "general" is part of it
  if (GENERAL_TITLE_HEADS.has(t.lower) && link?.lower === 'general' && near(t, link) && link.cap === t.cap) {
    return { end: link.nameEnd, last: i + 1, roleTail: ' general' };
  }
  if (COMPLEMENT_HEADS.has(t.lower) && link && near(t, link) && COMPLEMENT_LINKS.has(link.lower)) {
    let k = i + 2;
    if (tokens[k] && DETERMINERS.has(tokens[k]!.lower)) k++;
    const r = tokens[k] && runAt[k]! >= 0 ? runs[runAt[k]!]! : undefined;
    if (r && r.first === k && r.kind !== 'none' && r.kind !== 'person') last = r.last;
    // ("a spokesman for the city of Belmar": the body is the whole governed place, a mention of its own)
    else if (governedPlaceAt(tokens, runs, runAt, k) === undefined) {
      let j = k;
      while (j < tokens.length && j - k < 3 && modifier(tokens[j]!) && !tokens[j]!.cap) j++;
      // "the head of the agency", "the minister of health"
      if (j > k && (headKind(tokens[j - 1]!.lower) === 'organization' || ROLE_DOMAINS.has(tokens[j - 1]!.lower))) last = j - 1;
    }
    if (last > i) end = tokens[last]!.nameEnd;
    if (last > i && tokens.slice(i + 2, last + 1).every((x) => ROLE_DOMAINS.has(x.lower) || x.lower === 'the')) roleTail = ` of ${text.slice(tokens[i + 2]!.start, end).toLowerCase()}`;
  }
  return { end, last, roleTail };
}
