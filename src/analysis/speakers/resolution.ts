// What resolving one mention reads: the text, all mentions in order, the entities so far and what the reader has in
// mind (Salience). Shared by the description and pronoun steps of coreference.ts.
import type { Mention } from '../../types.js';
import type { Context } from './context.js';
import type { Registry } from './registry.js';
import type { Salience } from './salience.js';
import { isDocumentHead } from '../mentions/words.js';
import { bareWord } from './look-back.js';

export interface Resolution {
  readonly text: string;
  readonly mentions: Mention[];
  readonly reg: Registry;
  readonly ctx: Context;
  readonly salience: Salience;
  /** Entities named after their owner ("the Roe campaign", "Tallo Motors' chief executive"), by lower-cased name (owned.ts). */
  readonly owned: Map<string, number>;
}

export const ONLY_BLANK = /^[\s\u00a0]*$/;
// "Jane Roe, a doctor", "Jane Roe — a doctor", and with her age between: "Jane Roe, 45, a doctor"
export const ONLY_COMMA = /^[\s\u00a0]*[,―—–][\s\u00a0]*(?:\d{1,3}[\s\u00a0]*,[\s\u00a0]*)?$/;

/** A name (titled or not) of a person. */
export const isPerson = (reg: Registry, x: Mention): boolean =>
  x.entity !== null && (x.kind === 'name' || x.kind === 'title-name') && reg.drafts[x.entity]!.kind === 'person';

/** A body or a group, named or described ("Acme", "the ministry", "nurses"): not a country (a place pair, "in Norland
 *  and Ostria", is no party) nor a document ("the report and the letter" speak for their authors). */
export const isBody = (reg: Registry, x: Mention): boolean => {
  if (x.entity === null || x.kind === 'pronoun') return false;
  const d = reg.drafts[x.entity]!;
  return (d.kind === 'organization' && !d.country && !isDocumentHead(d.words.at(-1))) || d.kind === 'group';
};

/** A lone word read as a person only because no list knows it ("Veltrona", "Oxfam"): beside a body, joined by "and",
 *  it is more often a body too ("Oxfam and the Red Cross"), so the two make a pair of parties (coreference.ts). */
export const isBareName = (reg: Registry, x: Mention): boolean =>
  x.entity !== null && x.kind === 'name' && reg.drafts[x.entity]!.kind === 'person' && bareWord(reg.drafts[x.entity]!);
