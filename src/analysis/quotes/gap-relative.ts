// "sales came in below the $2.1 billion analysts had expected", "a strike it expects to run", "the slogans
// the mayor has written about cyclists": a relative clause with no pronoun whose cue has no object of its
// own (the noun before the subject is that object), so what is reported is the noun phrase with its clause.
import type { Cue } from '../../types.js';
import { bareCue } from './verb-form.js';
import { DAY_PARTS, SEASONS } from '../../lexicon/time-words.js';
import { alternation } from '../alternation.js';
import { latin1Twin } from '../latin1-twin.js';
import { OBJECT_PRONOUNS, SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { isOrganizationHead, isOrganizationWord, isPersonNoun } from '../mentions/words.js';

// a noun phrase led by a determiner, a number or an indefinite pronoun, its words no conjunction,
// preposition, relative pronoun or verb and no comma, ending in a lower-case word or an amount; then the
// cue's short subject (a pronoun, a name, "the" and a noun or two; a bare plural only after an amount:
// "the $2 million analysts"), and nothing else before the cue
const INNER = String.raw`(?!(?:and|but|or|nor|which|who|whom|that|what|whether|how|why|in|on|at|of|to|for|with|by|from|as|if|when|while|because|unless|until|since|so|though|although|after|before|than|then|now|where|is|was|are|were|has|have|had|will|would)\s)[\p{L}\p{N}$’'-]+(?:[.,]\p{N}+)*%?`;
const SUBJECT = String.raw`(?:${alternation(SUBJECT_PRONOUNS)}|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}|the\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s+`;
// (or any bare plural after a comparison's noun phrase, the consensus a result is set against: "compared with the figure
// analysts had expected", "below the 2% rise economists had forecast")
// the consensus's makers named with who gathered them ("the $2 million analysts polled by Ridgefield had expected")
/** The verbs of gathering a consensus ("analysts polled by X"), read here and by sources/gap-reporter.ts. */
export const POLLING_VERBS = String.raw`(?:polled|surveyed|questioned|canvassed)`;
const POLLED_BY = String.raw`(?:${POLLING_VERBS}\s+by\s+(?:the\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*){0,2}\s+)?`;
const COMPARING = String.raw`(?:compared\s+(?:with|to)|against|versus|below|above|beating|missing|than|ahead\s+of|short\s+of)`;
const COMPARED_ANTECEDENT = String.raw`${COMPARING}\s+(?:the|an?)\s+(?:[\p{L}\p{N}$%’'.,-]+\s+){1,3}`;
/** A phrase opening with a comparison's word and a determiner ("compared with the ...", "ahead of the ..."): no subject of a tail attribution. */
export const COMPARISON_OPENING = new RegExp(String.raw`^\s*${COMPARING}\s+(?:the|an?)\s`, 'i');
// (a Latin-1 twin, latin1-twin.ts: on two-byte text its letter classes cost some 25 ms to compile, the twin's 1)
const ANTECEDENT_THEN_SUBJECT = latin1Twin(new RegExp(String.raw`(?:^|[\s(“"‘])((?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose|[Aa]ny|[Ee]very|[Ss]ome|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|\$?\p{N}[\p{N},.]*|two|three|four|five|six|seven|eight|nine|ten|several|many|few)\s+(?:${INNER}\s+){0,4}?(?=\p{Ll}|\$?\p{N})${INNER}\s+|(?:[Aa]nything|[Ss]omething|[Ee]verything|[Nn]othing)\s+)(${SUBJECT}|(?<=(?:\p{N}%?|million|billion|trillion|percent)\s+|${COMPARED_ANTECEDENT})\p{Ll}+s\s+${POLLED_BY})$`, 'u'));
// "(which Ada Kim also backs)", "what the mayor said.": a relative or free-relative pronoun is the cue's
// object, so the pronoun and its clause are what is reported (not "which" after a preposition: "the hall in
// which she spoke" is a place, but "agreed with what she said"; "that" is left out, it is as often the
// complementizer of an earlier verb: "told the board that he agreed.")
const PRONOUN_THEN_SUBJECT = new RegExp(String.raw`(?:^|[\s(,—–“"‘])((?:which|what)\s+)(${SUBJECT})$`, 'u');
// "Tell your councillor what you think.": the reader's own view, asked for, reported by nobody
const GENERIC_YOU = /^you\s/;
const PREPOSITION_LAST = /\b(?:in|on|at|of|for|by|to|with|from|about|during|after|before|under|through|into|over)\s*$/i;
// the antecedent's last word: lower case or an amount, a share too ("the 6% analysts expected"; "The Tarnby Courier reported." is one name)
const LOWER_LAST = /(?:^|\s)(?:\p{Ll}[\p{L}’'-]*|\$?\p{N}[\p{N},.]*%?)\s+$/u;
// a bare verb after a name or "it" is no finite verb ("the horrific Lake Town attack": a noun)
const PLURAL_PRONOUN = new RegExp(String.raw`^(?:${alternation(SUBJECT_PRONOUNS.filter((w) => !['he', 'she', 'it'].includes(w)))})\s+$`);
// the head of a time phrase is no object ("This week the council objected.")
const TIME_HEAD = new RegExp(String.raw`\b(?:(?:day|week|month|year)s?|${DAY_PARTS}|time|weekend|season|decade|moment|hour|${SEASONS})\s+$`, 'i');
// what follows the cue when it lacks its object: the clause's end, a preposition's short phrase ("written
// about cyclists."), or an infinitive's ("expects to run until June.")
// (a point ends it only before a space or the end, and not after a title: "Mr.")
const GAP_END = String.raw`(?=[.?!](?:\s|$)|[,;)—–”"])`;
const GAP_AFTER = new RegExp(String.raw`^(?:\s*${GAP_END}|\s+to\s+[\p{L}’'-]+(?:\s+[\p{L}\p{N}’'-]+){0,3}\s*${GAP_END})`, 'u');
const PREPOSITION_GAP = new RegExp(String.raw`^\s+(?:[\p{L}\p{N}’'-]+\s+){0,2}(?!(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep)\.)[\p{L}\p{N}’'-]+\s*${GAP_END}`, 'u');
const CUE_ENDS_IN_PREPOSITION = /\s(?:about|of|to|for|on|with|at)$/i;
// (a predicate adjective, no progressive: "was referring to" has its object before it, "the judge he was referring to")
const ADVERBIAL_NEXT = /^\s+(?:at|in|on|during|for|since|until|by|after|before|last|this|yesterday|today|then|now)\b/i;
const BE_ADJECTIVE_PREPOSITION = /^(?:is|was|are|were|am|be|been|being|['’]s|['’]re)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?<!ing)\s+(?:about|of|to|for|on|with|at)$/iu;
// a sentence opening with a preposition: its noun phrase is a time or place ("At the meeting he objected.")
const OPENING_PREPOSITION = /^[\s“"‘]*\p{L}+\s*$/u;
// ", the operator Tarnrail", ", the striker Ana Ruiz": "the" and one lower-case word as the whole antecedent, right
// after a comma (not "below the level the firm Orbex had forecast", whose antecedent comes first)
const TITLE_ANTECEDENT = /^the\s+(\p{Ll}+)\s+$/u;
const COMMA_BEFORE = /,\s*$/;
const NAME_SUBJECT = /^\p{Lu}/u;
const titleWord = (w: string): boolean => isPersonNoun(w) || isOrganizationWord(w) || isOrganizationHead(w);

// after "what X said" (a free relative: "what" is the object wherever the clause goes on) the frame may go on
// with when, where or to whom ("what Ada Kim said when she quit", "what he told the Courier on Monday"); the
// content is the free relative alone. (A verb after the cue is the clause's own: "what he said happened".)
const FRAME_WORD = String.raw`(?:when|after|before|while|because|as|since|until|during|in|on|at|last|this|earlier|yesterday)\b`;
const WHAT_TAIL = new RegExp(String.raw`^\s+${FRAME_WORD}`, 'u');
const TOLD_WHAT_TAIL = new RegExp(String.raw`^\s+(?:${alternation(OBJECT_PRONOUNS)}|reporters|(?:the|a|an)\s+\p{Ll}+(?:\s+\p{Ll}+)?|(?:the\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*){0,3})(?:\s*${GAP_END}|\s+${FRAME_WORD})`, 'u');

/** The noun phrase and its relative clause up to the gap after the cue, or null. */
export function gapRelative(text: string, sentenceStart: number, cue: Cue, end: number): { start: number; end: number } | null {
  // (an infinitive cue with its own subject, "prompted Ada Lind to warn of a crisis", has its object after it: no gap)
  if (/^to\s/i.test(cue.text)) return null;
  const tail = text.slice(cue.end, Math.min(end + 1, cue.end + 60));
  // (after a predicate adjective's preposition only a time or place phrase, "the crew she was proud of at the time":
  // a noun phrase there is its object, "the match he was proud of the team")
  const objectNext = BE_ADJECTIVE_PREPOSITION.test(cue.text) && !ADVERBIAL_NEXT.test(tail);
  const gap = GAP_AFTER.exec(tail) ?? (CUE_ENDS_IN_PREPOSITION.test(cue.text) && !objectNext ? PREPOSITION_GAP.exec(tail) : null);
  // (the cheap tests first: most cues have their object after them)
  const framed = gap === null && (WHAT_TAIL.test(tail) || (cue.lemma === 'tell' && TOLD_WHAT_TAIL.test(tail)));
  if (gap === null && !framed) return null;
  const from = Math.max(sentenceStart, cue.start - 80);
  // ("the vitamins he’s promoted", "the lessons we've learned": a contracted auxiliary opens the cue, right after its
  // subject; a space stands in for the join so the subject reads as before a spaced cue)
  const contracted = /^['’]/.test(cue.text) ? 1 : 0;
  const before = text.slice(from, cue.start) + (contracted === 1 ? ' ' : '');
  const p = PRONOUN_THEN_SUBJECT.exec(before);
  // (the free relative's own frame words stay out of the content: it ends at the cue)
  if (framed && !p?.[1]?.startsWith('what')) return null;
  if (p !== null && (GENERIC_YOU.test(p[2] ?? '') || (p[1]?.startsWith('which') && PREPOSITION_LAST.test(before.slice(0, p.index + p[0].length - (p[1] ?? '').length - (p[2] ?? '').length))))) return null;
  const m = p ?? ANTECEDENT_THEN_SUBJECT.for(before).exec(before);
  if (m === null || (p === null && (TIME_HEAD.test(m[1] ?? '') || !LOWER_LAST.test(m[1] ?? '')))) return null;
  if (bareCue(cue) && !PLURAL_PRONOUN.test(m[2] ?? '')) return null;
  // ("..., the operator Tarnrail has confirmed": a body's or a role's word right before a name is that name's title, the
  // subject of an inverted frame, not a relative's object)
  const title = p === null ? TITLE_ANTECEDENT.exec(m[1] ?? '') : null;
  const antecedentAt = m.index + m[0].length - (m[1] ?? '').length - (m[2] ?? '').length;
  if (title !== null && NAME_SUBJECT.test(m[2] ?? '') && COMMA_BEFORE.test(before.slice(0, antecedentAt)) && titleWord(title[1] ?? '')) return null;
  const start = cue.start + contracted - (m[1] ?? '').length - (m[2] ?? '').length;
  if (start > sentenceStart && OPENING_PREPOSITION.test(text.slice(sentenceStart, start))) return null;
  return { start, end: cue.end + (gap?.[0].length ?? 0) };
}
