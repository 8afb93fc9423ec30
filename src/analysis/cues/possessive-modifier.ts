// "the judge’s alleged error": after a possessive a speech form modifies a noun ("he’s said" is a contraction); not
// across a comma, where the possessive closes an aside ("Ivo Berg, a friend of Lind’s, said"). But a past form with a
// clause, a date or a mark after it is the verb of a name that ends in "'s": "Moody's said it would", "Hallett's warned
// that", "Sotheby's said on Monday": a shop or a firm named for its founder; a present form there is a noun: "Editor's
// note:", "the mayor's attack on the plan". One of the gates of verb-gates.ts.
import type { SpeechWord } from '../quote-marks/speech-words.js';

// a past form of saying: the only forms a name ending in "'s" may take as its verb ("Orlo's warned", "Orlo's said")
const PAST_FORM = /(?:\p{Ll}ed|^(?:said|told|wrote|thought|felt|knew|found|held|swore))$/u;
// what follows a verb and never a participle that modifies the noun after a possessive: a pronoun or article opening a
// clause or object, "that", a date word, a comma or colon, or an opening quotation mark
const VERB_AFTER_POSSESSIVE = /^(?:\s+(?:that|it|they|he|she|we|the|its|their|on|in|last|this|earlier)\s|\s*[,:]|\s+[“"])/u;

// a word ending in a possessive "'s", and the contractions that end the same way ("he's said", "it's thought")
const POSSESSIVE = /['’]s$/i;
const CONTRACTION = /^(?:he|she|it|that|there|who|what|here|where|one)['’]s$/i;
const ONLY_SPACE = /^\s+$/;

/** Whether the speech form `w` stands right after a possessive that makes it a noun's modifier, not a verb. */
export function possessiveModifier(text: string, w: SpeechWord): boolean {
  const { word, before } = w;
  const at = w.start;
  return POSSESSIVE.test(before) && !CONTRACTION.test(before)
    && ONLY_SPACE.test(text.slice(text.lastIndexOf(before, at - 1) + before.length, at))
    && !(PAST_FORM.test(word) && VERB_AFTER_POSSESSIVE.test(text.slice(at + word.length, at + word.length + 12)));
}
