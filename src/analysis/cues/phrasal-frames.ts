// Phrasal verbs and idioms that are cues only with their particle or words ("hit back at", "played down", "took aim at",
// "cast doubt on", "made clear"): each lemma's frame after the form, which the cue keeps (cues/verb-span.ts reads it).
// The frames of single verbs ("see X as", "felt that") are in frames.ts.
import { REFERRING_SUBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { alternation } from '../alternation.js';

// "cast doubt on the figures", "casts fresh doubt over the deal": questioning a claim in words (acts.ts and verb-reading.ts
// read it as the verb: "cast" alone is a deed or a noun, "cast a vote", "the show's cast")
export const CAST_DOUBT = /^\s+(?:(?:fresh|new|further|serious|more)\s+)?doubts?\s+(?:on|upon|over)\b(?!-)/i;

// what one stands on in body, not in mind: "took a stand on the steps of the library", "taking a stand on the picket
// line" (a place held; "took a stand on the levy", "a stand on the new bridge tolls", "a stand on the steps the city
// must take" are views: a place noun right after the determiner, or after one modifier, with no more of its noun
// phrase or a relative clause after it; not the places where speeches
// are made, "took a stand on the Senate floor", "on the debate stage", which often carry a view)
const STOOD_ON_PLACES = ['steps', 'stairs', 'pavement', 'sidewalk', 'corner', 'street', 'roof', 'balcony', 'bridge', 'pier',
  'quay', 'dock', 'beach', 'lawn', 'pitch', 'hill', 'ridge', 'shore', 'deck', 'picket\\s+line', 'touchline', 'barricades?'];
const STAND_ON_A_PLACE = String.raw`on\s+(?:the|a|an|its|their|his|her|our)\s+(?:[\p{Ll}-]+\s+)?(?:${STOOD_ON_PLACES.join('|')})(?![\p{L}-])(?!\s+(?:tolls?|fees?|plans?|funding|repairs?|closures?|project|the|a|an|it|we|they|he|she|that|which|needed|required)\b)`;

// a noun phrase that ends at its head (punctuation, a preposition or a conjunction next), so "the tank" is the thing but
// "the think tank report" is not (not the end of the text: callers read a short slice after the verb, verb-span.ts);
// nor when the whole phrase runs on: "of" before a bare noun ("the engines of growth theory", "the flames of protest"
// are figures; "the roof of the barn" is a roof), "and" before a bare plural and another noun ("the tanks and jets
// order" is an order; "the tanks and trucks." and "the flames and said ..." end where they did) (no capital after
// "of": the frames are read case-blind, where a letter class of capitals matches any letter)
const OF_A_THING = String.raw`of\s+(?:(?:the|a|an|his|her|their|its|our|this|that|these|those|some|several|two|three|four)\s|\d)`;
const NOT_A_NOUN_NEXT = String.raw`(?:for|with|as|after|before|until|while|in|into|at|on|to|and|but|or|during|near|outside|inside|of|from|by|that|which|who|were|are|was|is|had|have|has|will|would|could|can|may|might|should|must|did|do|does)\b|\p{Ll}+ed\b`;
// (a verb in -s after "and" is no plural: "hit out at a short ball and was caught")
const VERB_IN_S = '(?:was|is|has|does|says|adds|goes|gets|makes|takes|seems|remains|this|his|its|thus|plus|us)';
const AND_A_THING = String.raw`(?:and|or)\b(?!\s+(?!${VERB_IN_S}\s)[\p{Ll}-]+s\s+(?!${NOT_A_NOUN_NEXT})\p{Ll})`;
const PHRASE_ENDS = String.raw`(?=\s*[,.;:!?)]|\s+(?:for|with|as|after|before|until|while|in|into|at|on|to|but|during|near|outside|inside|from|by)\b|\s+${OF_A_THING}|\s+${AND_A_THING})`;
const DETERMINER = String.raw`(?:(?:the|a|an|his|her|their|its|my|our|some)\s+)?`;
// (unless a participle of saying follows the ball, which makes the phrase a judgement in words after all: "hit out at
// the ball, calling it a waste of money" is a gala's; not after what water is poured on, where a firefighter's words
// may follow the deed: "poured cold water on the flames, saying the wind had dropped")
const NOT_SPOKEN_OF = String.raw`(?!\s*,\s*(?:saying|calling|adding|describing|accusing|warning|claiming|arguing|insisting|branding|labell?ing|dismissing)\b)`;
// what water is really poured on: a fire, a body, a plant, or what is hosed down to cool it (a tank, a roof, a hull, wreckage)
const POURED_ON_THING = String.raw`\s+${DETERMINER}(?:[\p{L}’'-]+\s+)?(?:fires?|flames?|blaze|embers|coals|burns?|wounds?|face|faces|heads?|skin|feet|hands?|necks?|plants?|crops?|tanks?|roofs?|hull|wreckage|rubble|debris|reactors?|engines?|vehicles?|cars?|trucks?|lorry|lorries|drums|barrels|cylinders|containers)${PHRASE_ENDS}`;
// what a player swings or kicks at: "hit out at the ball", "lashed out at a loose puck" (not "delivery": in news it is
// mostly a service or a parcel, "hit out at the delivery of aid", not a bowler's ball)
// (not a dance named by its occasion: "lashed out at the charity ball after tickets sold out", "the summer ball")
const DANCE_BALL = String.raw`(?:charity|summer|winter|spring|christmas|annual|inaugural|masked|masquerade|debutante|hunt|gala|costume|fancy-dress|royal|society|regimental|graduation|midsummer)\s+balls?\b`;
const STRUCK_THING = String.raw`\s+${DETERMINER}(?!${DANCE_BALL})(?:[\p{L}’'-]+\s+)?(?:balls?|puck|shuttlecock)${PHRASE_ENDS}${NOT_SPOKEN_OF}`;

// "has pushed for a recount" (not a stretch of time: "a reform he has pushed for weeks"); "pushed back on claims that ...",
// "is pushing back hard against the levy": resisting a claim or a plan in words, as news of every beat writes it; the
// particle and its preposition are the cue's. Not a crowd or a force of nature (a shove: "police pushed back against the
// crowd"); a delay ("was pushed back on Friday", "on account of rain") is ruled out by postponed-passive.ts
const SHOVED = String.raw`(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+)?(?:crowds?|mob|throng|protesters|demonstrators|rioters|fans|surge|tide|current|wind|waves?|water|door|gates?)${PHRASE_ENDS}`;
// the adverbs "pushed back" takes before "on" or "against" ("pushed back hard on"); postponed-passive.ts reads them too
export const PUSH_BACK_ADVERBS = String.raw`(?:hard|firmly|strongly|sharply|publicly|again)`;
const PUSHED_FOR_OR_BACK = new RegExp(String.raw`^\s+(?:(?:hard|again|publicly|privately)\s+)?for\b(?!\s+(?:months|weeks|years|days|decades|hours|ages|a\s+(?:while|year|month|week|decade)|some\s+time)\b)|^\s+back(?:\s+${PUSH_BACK_ADVERBS})?\s+(?:on|against)\b(?!\s+${SHOVED})`, 'iu');

// phrasal verbs whose particle makes them speech or stance, and which the cue keeps
export const PHRASAL_PARTICLES: Readonly<Record<string, RegExp>> = {
  push: PUSHED_FOR_OR_BACK,
  // (not inside a compound: "back-to-back games")
  // ("hit out at the referees", "hitting out against the levy": an attack in words, as British news writes it)
  // (but not at a ball or a puck, where the phrase is a batter's or a striker's swing: "hit out at a wide delivery")
  'hit back': new RegExp(String.raw`^(?!\s+(?:back|out)\s+(?:at|against)${STRUCK_THING})\s+(?:back(?:\s+at)?|out\s+(?:at|against))\b(?!-)`, 'u'),
  'fire back': /^\s+back\b(?!-)/,
  'shoot back': /^\s+back\b(?!-)/,
  'lash out': new RegExp(String.raw`^(?!\s+out\s+(?:at|against)${STRUCK_THING})\s+out(?:\s+at|\s+against)?\b(?!-)`, 'u'),
  'chime in': /^\s+in\b(?!-)/,
  'pipe up': /^\s+up\b(?!-)/,
  'play down': /^\s+down\b(?!-)/,
  'brush off': /^\s+off\b(?!-)/,
  'shrug off': /^\s+off\b(?!-)/,
  // (any case: a Title Case headline writes "Sides With")
  'side with': /^\s+with\b(?!-)/i,
  // "took aim at", "took a few shots at", "took a swipe at": an attack in words; "take" alone is an act
  // ("took offense at": a stance taken against what was said)
  // (and the idioms of objecting or claiming with "take": "took issue with the figures", "takes exception to the
  // remark", "took credit for the drop in crime", "has taken a firm stand against the levy"; "took the bus" is an act)
  'take aim': new RegExp(String.raw`^\s+(?:(?:(?:a|some|several|repeated|more|another|a\s+few|sharp|direct)\s+)?(?:aim|shots?|swipes?|jabs?|digs?|potshots?|offen[cs]e)\s+at|(?:strong\s+)?(?:issue\s+with|exception\s+to)|(?:full\s+|sole\s+|some\s+)?credit\s+for|an?\s+(?:(?:firm|hard|tough|strong|clear|public)\s+)?stand\s+(?:(?!${STAND_ON_A_PLACE})on|against))\b(?!-)`, 'iu'),
  'sound off': /^\s+off(?:\s+(?:on|about|against))?\b(?!-)/i,
  'double down': /^\s+down(?:\s+on)?\b(?!-)/i,
  // "singled out the toll as cruel": picking one thing out for blame or praise, not "a single out-of-town voter"
  'single out': /^\s+out\b(?!-)/i,
  // "poured cold water on the plan", "pours scorn on the report": dismissing in words; "poured water on the fire" is a deed,
  // and so is cold water on what water is really poured on (a fire, a burn, a face)
  // (or on what is hosed down to cool it: "poured cold water on the burning tanks", "on the hull")
  'pour scorn': new RegExp(String.raw`^\s+(?:cold\s+water\s+(?:on|over)\b(?!${POURED_ON_THING})|(?:scorn|derision)\s+(?:on|over)\b)(?!-)`, 'iu'),
  // "cast doubt on the figures", "casting fresh doubt over the deal": questioning a claim; and "cast the plan as a
  // betrayal" (acts.ts reads the "as"), for which nothing here is read into the cue
  cast: new RegExp(`${CAST_DOUBT.source}|^(?=[^.;:!?,]{1,60}?\\sas\\s)`, 'i'),
  // "came out against the bill", "has come out in favour of": a public stance, not "came out of the store"
  'come out': /^\s+out\s+(?:(?:strongly|publicly|firmly|forcefully)\s+)?(?:against|in\s+(?:favou?r|support)\s+of)\b/i,
  // "made clear she would stay", "has made it plain that", "made known his wish to retire": saying something
  // outright; the adjective and "it" are the cue's. A clause, an object with its determiner or "to" a listener must
  // follow: "made clear gains", "made plain sailing of it" are no saying (a bare noun after the adjective)
  // (and "made fun of the mayor's hat": mocking in words, read with its "of"; "poke fun" below)
  'make clear': new RegExp(String.raw`^\s+(?:it\s+)?(?:clear|plain|known)\b(?=\s*:|\s+(?:that|to|what|how|why|whether|when|where|who|this|these|those|the|a|an|his|her|their|its|our|${alternation([...REFERRING_SUBJECT_PRONOUNS, 'there'])})\b)|^\s+fun\s+of\b(?=\s+\S)`),
  // "stood by his remarks", "stands firmly by its reporting", "stood by the decision to close the ward": what one said,
  // judged or decided, kept to under challenge (the thing is the content, after the cue); not "stood by the door", "stand by
  // for updates", "stood by her husband" (a place, a wait, loyalty to a person)
  'stand by': /^\s+(?:(?:firmly|fully|still|squarely)\s+)?by\b(?=\s+(?:(?:his|her|their|its|our|my|the|that|this|those|these|an?)\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:remarks?|comments?|statements?|claims?|stor(?:y|ies)|reporting|reports?|account|articles?|decisions?|assessments?|views?|position|words|tweets?|posts?|apology|findings|forecasts?|figures|estimates?|allegations?|accusations?|testimony|ruling|verdict|choice|criticism|predictions?|analysis|conclusions?)\b)/iu,
  // "poked fun at the council", "pokes gentle fun at himself": mocking in words ("poked the fire" is a deed)
  'poke fun': /^\s+(?:(?:gentle|some|more|open)\s+)?fun\s+at\b(?=\s+\S)/i,
  // "as she put it," "puts it bluntly", "put it in an interview": "it" then a pause, an adverb or a channel
  'put it': /^\s+it(?=\s*[,.;:!?—–“”"]|\s+\p{Ll}+ly\b|\s+in\s+(?:a|an|his|her|their|its)\s)/u,
};
