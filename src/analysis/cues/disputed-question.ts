// The frame a verb of disputing needs to be a cue (lexicon/speech-verbs-stance.ts DISPUTE_LEMMAS; frames.ts sets it
// for each such lemma): a dispute over a question is each side's stance, a fight over nothing reported is not.

// "clashed over whether the pool should reopen", "have sparred for weeks over how much it is worth", "quarrelled with
// the board about who would pay": a dispute with the question disputed after "over" or "about" (a with-phrase
// of a few words and a stretch of time or manner may come first); "clashed with police", "clashed over the weekend",
// "feuded for years" report no question
const QUESTION_WORD = String.raw`(?:whether|how|what|who|whom|why|when|where|which)\b`;
const WITH_WHOM = String.raw`(?:\s+with\s+(?:[\p{L}’'.-]+\s+){0,4}?[\p{L}’'.-]+)?`;
const HOW_LONG_OR_HOW = String.raw`(?:\s+(?:for\s+(?:(?:several|many|some)\s+)?(?:days|weeks|months|years|decades|hours)|(?:late\s+)?into\s+the\s+night|\p{Ll}+ly|again))?`;
// (not a free relative that names the thing fought over: "clashed with police over what they saw as a rigged vote",
// "over what critics call a land grab" is a fight over a thing, no question)
const NAMING_RELATIVE = String.raw`(?!(?<=what)\s+(?:[\p{L}’'-]+\s+){1,3}?(?:saw|sees?|viewed|views?|regarded|regards?|called|calls?|described|describes?|termed|terms?|dubbed|dubs?|considered|considers?)\s)`;
export const DISPUTED_QUESTION = new RegExp(String.raw`^${WITH_WHOM}${HOW_LONG_OR_HOW}\s+(?:over|about)\s+${QUESTION_WORD}${NAMING_RELATIVE}`, 'u');
