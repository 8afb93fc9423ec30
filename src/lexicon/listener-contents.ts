// Contents that are only the listener of the words ("spoke to reporters", "told journalists:" before a
// quotation): who heard them, not what was said. quotes/finalize.ts drops such contents or starts them at the topic.
// Apart from lexicon/empty-contents.ts because these turn on the listener, not on an empty claim.
import { WEEKDAYS } from './weekdays.js';

/**
 * Verbs whose "to" names whom the words went to: "apologised to survivors", "complained to the council", "lied to
 * investigators". A content that is only that listener ("to" and a short noun phrase, no topic or clause after it)
 * reports nothing said; the cue stays and still ends the content before it ("said it accepted the findings and
 * apologised to its customers"). Others take "to" with an object or an infinitive ("objected to the levy", "pledged to
 * remain civil") and keep theirs. So with where, when and how the listener was met ("spoke with reporters in the finish
 * area on Monday, still wrapped in a flag"): no topic word ("on" only before a weekday, "condition", "behalf", "the
 * phone"), no clause word or finite verb, no quotation mark.
 */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(['apologise', 'apologize', 'complain', 'lie', 'speak', 'talk', 'write']);
export const ONLY_AN_ADDRESSEE = new RegExp(String.raw`^(?:to|with)\s+(?:(?!(?:that|for|over|about|regarding|concerning|because|which|who|whom|how|what|why|whether|if|be|is|are|was|were|has|have|had|will|would|said|says|saying)\b)(?!on\s+(?!(?:${WEEKDAYS}|condition|behalf|the\s+phone)\b))[^\s“”"‘’«»:;]+(?:\s+|$)){1,30}$`, 'u');
/**
 * The same verbs with the listener and then the topic: "spoke to reporters about the strike", "talked with parents in the
 * valley about the school", "complained to the council about the noise". The listener is whom the words went to; what
 * was said is about the topic, so the content starts there. Only "about": "of" may still be inside the listener
 * ("spoke to members of the union").
 */
export const ADDRESSEE_THEN_TOPIC = /^(?:to|with)\s+(?:(?!(?:that|about|because|which|who|whom|how|what|why|whether|if|is|are|was|were|be|will|would|had|has|have)\b)[\p{L}’'.-]+\s+){1,8}about\s+(?=[\p{L}\p{N}“"‘])/u;

/**
 * Verbs whose object is the one spoken to ("told reporters", "interrupted the mayor", "reminded voters"). Before a
 * colon that opens a quotation ("She told journalists:¶“...”", "a man interrupted the mayor: “...”") that object is
 * all there is between the verb and the words, which are the quotation's (found by the colon lead-in): the listener
 * reports nothing. Other verbs keep such an object as their content ("praised the plan: “...”": what was praised).
 * (ONLY_A_NOUN_PHRASE: no clause word, auxiliary or past form, which would make it a reported clause of its own.)
 */
export const LISTENER_LEAD_VERBS: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'interrupt', 'ask', 'urge', 'brief']);
export const ONLY_A_NOUN_PHRASE = /^(?:(?:the|a|an|its|his|her|their|our|this|these|all|some|several|fellow|\d+)\s+)?(?:(?!(?:that|about|on|because|which|who|whom|how|what|why|whether|if|to|is|are|was|were|will|would|can|could|should|must|may|might|has|have|had|did|does|do)\b)(?![\p{L}’'-]+ed\b)[\p{L}’'.-]+\s*){1,4}$/u;
// a colon right after the content, then (across blank lines) an opening quotation mark
export const COLON_THEN_QUOTE = /^\s*:\s*[“"‘'«„]/u;
