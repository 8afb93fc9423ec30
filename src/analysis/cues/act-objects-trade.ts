// The objects after a speech verb that make it a deal, a payment, a result or a product rather than words ("offered
// $3 billion", "added a second goal", "recalled 180,000 vehicles", "posted record profits", "declared a dividend", "wrote
// four novels"): one pattern a lemma, merged into act-objects.ts's ACT_AFTER and read on the same 40 characters after
// the form. Word groups: lexicon/deed-objects.ts.
import { AGREED_DEALS, POSTED_PICTURES, POSTED_RESULTS, RECALL_DEFECTS, RECALLED_GOODS, SCORING_UNITS, WRITTEN_WORKS } from '../../lexicon/deed-objects.js';
import { REFLEXIVE_PRONOUNS } from '../../lexicon/pronouns.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { COUNT_WORDS, PLURAL_COUNT_WORDS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from '../../lexicon/number-words.js';
import { alternation } from '../alternation.js';

// A figure, a place or a plea right after the verb makes it an act: "offered $3 billion for the port",
// "weighs 80kg", "appeared at a hearing", "pleaded guilty", "listed 40 items". (These lemmas report a
// stance only with a clause, a person or an idea as their object.)
const FIGURE_OBJECT = /^\s+(?:(?:about|nearly|almost|roughly|some|more\s+than|up\s+to|at\s+least|another|an\s+extra)\s+)?(?:[$£€¥]\s?\d|\d)/;

// a count of two or more in words, "thirteen novels", "forty-two songs" (lexicon/number-words.ts)
const PLURAL_COUNT = String.raw`(?:${alternation(Object.keys(TENS_WORDS))})(?:[\s-](?:${alternation(Object.keys(UNIT_WORDS))}))?|${alternation(PLURAL_COUNT_WORDS)}`;
// a number in words as a measure, "weighs ninety kilos", "weighed hundreds of pounds"
const MEASURE_WORD = String.raw`(?:${alternation([...COUNT_WORDS, ...Object.keys(SCALE_WORDS)])})s?\b`;

// a count and then a plural noun, as the object of "add" ("added three routes", "added several new stores")
const COUNTED_THINGS = String.raw`^\s+(?:${PLURAL_COUNT}|several|a\s+few|dozens\s+of|hundreds\s+of|thousands\s+of)\s+(?:(?:new|more|extra|further)\s+)?(?:(?!(?:that|how|what|why|when|whether|if)\b)[\p{L}-]+\s+)?\p{Ll}+s\b(?!\s+(?:that|to)\b)`;

// "wrote fourteen novels", "published a string of thrillers": works counted, a body of work made, no claim voiced (one
// work may be the words reported, "wrote a book on the war", "published a memoir"; a counted one that says something keeps
// it: "wrote two books arguing that")
const WORK_OBJECT = new RegExp(String.raw`^\s+(?:${PLURAL_COUNT}|several|many|numerous|dozens\s+of|more\s+than\s+\d+|\d+|a\s+(?:string|series|number|handful|collection)\s+of)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:${alternation(WRITTEN_WORKS)})\b(?![^.;!?]{0,40}?\b(?:saying|says|said|that|claiming|arguing|calling|accusing|urging|warning|insisting|in\s+which)\b)`, 'u');

/** Amounts, results, goods and deals after a speech verb: acts, not words (one pattern a lemma). */
export const TRADE_ACTS: Readonly<Record<string, RegExp>> = {
  offer: FIGURE_OBJECT,
  // "added a second goal", "added 40 points", "the index added 2%": scoring and gaining, not saying ("added up to": a sum);
  // "the airline added three routes", "added several new stores": things counted in, not words
  // "Oil prices added to the pressure": adding to something, not saying more
  add: new RegExp(String.raw`^\s+up\b|^\s+(?:(?:a|another|his|her|their|its|the|two|three)\s+)?(?:(?:late|first|second|third|fourth|fifth|further|consolation)\s+)?(?:${alternation(SCORING_UNITS)}|[$£€¥]?\d)|^\s+to\s+(?:(?:the|a|an|its|their|his|her|this|that)\s+)?(?!reporters\b|journalists\b|press\b)\p{Ll}|${COUNTED_THINGS}`, 'u'),
  // "energy shares weighed on the market", "the debt weighs heavily on her": a burden, no view weighed ("weighed in on" stays)
  // ("weighs a tonne", "weighed a hefty 90 kilos", "less than a kilo", "a combined 300 pounds" are a measure; "is weighing
  // a bid for the club", "weighed a move" a choice thought over, a held view like "is considering")
  weigh: new RegExp(String.raw`^\s+(?:(?:about|nearly|almost|roughly|around|some|more\s+than|less\s+than|just|over|under|close\s+to|upwards\s+of)\s+)?(?:an?\s+(?:(?:mere|hefty|whopping|massive|staggering|record|full|combined|estimated|reported|total|average|maximum|few|couple|little\s+over|little\s+under)\s+(?:of\s+)?)*)?(?:\d|${MEASURE_WORD}|(?:tons?|tonnes?|kilos?|kilograms?|kg|pounds?|lbs?|ounces?|grams?|stone|lot|little|bit|quarter|third|half)\b)|^\s+(?:heavily\s+)?on\s+(?!(?:${WEEKDAYS})\b)`, 'i'),
  list: FIGURE_OBJECT,
  write: WORK_OBJECT,
  publish: WORK_OBJECT,
  release: FIGURE_OBJECT,
  // "recalled 180,000 vehicles", "recalled a batch of eye drops", "recalled its ambassador": a product recall or an
  // envoy called home ("recalled the day she arrived" stays a memory told); "recalled a batch of cough syrup", "oat drink
  // recalled over listeria fears", "recalled due to a faulty seal": a batch, or a defect as the reason, is a product
  // ("recalled over dinner how", "recalled over the years" stay)
  recall: new RegExp(String.raw`${FIGURE_OBJECT.source}|^\s+(?:(?:a|an|the|its|their|one|two|three|several|another)\s+)?(?:[\p{L}-]+\s+)?(?:batch|batches|consignments?|shipments?)\s+of\b|^\s+(?:over|amid|due\s+to|because\s+of)\s+(?:[\p{L}-]+\s+){0,3}?(?:${alternation(RECALL_DEFECTS)})\b|^\s+(?:(?:a|an|the|its|their|all|some|about|nearly|more\s+than|thousands\s+of|hundreds\s+of|millions\s+of|two|three|several)\s+){0,2}(?:(?:batch|batches|lot|lots|range|line)\s+of\s+)?(?!(?:that|how|what|why|when|whether|if)\b)(?:[\p{L}-]+\s+){0,2}?(?:${alternation(RECALLED_GOODS)})\b`, 'u'),
  // "have agreed a fee with", "agree deal for new pier": a transaction settled, not a view shared ("agreed that / to / with" stay)
  agree: new RegExp(String.raw`^\s+(?!(?:that|to|with|on|upon|in|over|about|and|but)\b)(?:(?:a|an|the|its|their|his|her|new|two|three|final)\s+)?(?:(?!that\b)[\p{L}\d$£€.,-]+\s+){0,2}?(?:${alternation(AGREED_DEALS)})\b`, 'u'),
  // "posted a 3-1 win", "posted record profits", "posted its worst quarter": a result recorded, not a post
  // ("posted bail", "posted a $5,000 bond": a payment to a court)
  // ("posted a picture of her allotment at the fair", "posted a video of the parade": a picture shared, no claim in it; one
  // that says something keeps it: "posted a video saying the vote was rigged")
  post: new RegExp(String.raw`^\s+(?:(?:a|an|the|his|her|their|its|two|three|several|new)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${alternation(POSTED_PICTURES)})\b(?![^.;!?]{0,30}?\b(?:saying|says|said|that|claiming|calling|accusing|urging|warning|asking|in\s+which)\b)|^\s+(?:(?:his|her|their|its)\s+)?bail\b|^\s+(?:a\s+)?[$£€\d][\d,.$£€]*\s+(?:bail|bond)\b|^\s+(?:(?:a|an|the|its|his|her|their|another|two|three)\s+)?(?:[\p{L}\d.,%$£€-]+\s+){0,3}?(?:${alternation(POSTED_RESULTS)})\b`, 'u'),
  // "declared bankruptcy", "declared itself insolvent", "declared a dividend": a legal or financial act
  // "declared the innings closed", "declared on 412 for six", "declared at 289-7": a cricket captain closing an innings
  // (a score, not a date or a time: "declared on 1 March that", "declared at 5 p.m. that" keep the cue)
  declare: new RegExp(String.raw`^\s+(?:the|its|their|his|her)\s+(?:(?:first|second)\s+)?innings\b|^\s+(?:on|at)\s+\d{2,3}(?:\s+for\b|\s*[-–]\s*\d)|^\s+(?:(?:${alternation(REFLEXIVE_PRONOUNS)})\s+)?(?:bankrupt|bankruptcy|insolvency|insolvent)\b|^\s+(?:a|an|its|their)\s+(?:(?:special|final|interim|quarterly)\s+)?dividend\b`),
  // "sales declined 5 percent", "the index declined sharply", "prices are declining in value": a fall, not a refusal
  // ("declined to comment", "declined the offer", "declined in a statement to say" keep the cue)
  // ("the towns that declined most", "declined the least": a degree word with no noun after it is a fall; "declined most offers" keeps it)
  decline: new RegExp(String.raw`^\s+(?:(?:by|about|nearly|almost|roughly|some|more\s+than|less\s+than|just|over|under)\s+)?(?:[$£€¥]?\d|(?:${alternation(COUNT_WORDS)})\b|a\s+(?:third|quarter|half|fifth|tenth)\b)|^\s+(?:in\s+(?!(?:a|an|his|her|their|its)\s)|from\s|to\s+(?:[$£€¥]?\d|a\s+(?:low|record)|its\s+lowest)|sharply|steeply|steadily|slightly|modestly|markedly|significantly|dramatically|rapidly|slowly|gradually|for\s+(?:a|the)\s+\S+\s+(?:straight|consecutive|successive)|(?:the\s+)?(?:most|least|fastest)(?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|among|across|since|over|of\s+all|were|was|are|is)\b))`),
};
