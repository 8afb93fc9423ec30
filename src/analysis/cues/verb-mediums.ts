// Where the words were said, read right after a speech-verb form: a platform or account ("posted on X"), a call or
// site ("said on a podcast"), the medium or footing ("argued on air"), a programme's quoted title ("said on “Week in
// Review”") and a channel ("said in a statement"). None is ever the head of the content; verb-span.ts reads which of
// them the cue's span takes in, and verb-contexts.ts which prepositions head a content instead.
import { alternation } from '../alternation.js';
import { ONLINE_PLATFORMS } from '../../lexicon/cue-contexts.js';
import { latin1Twin } from '../latin1-twin.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { DAY_PARTS } from '../../lexicon/time-words.js';

// (a platform's name written with its spaces as white space: "Truth Social")
export const PLATFORM = alternation(ONLINE_PLATFORMS.map((p) => p.replace(/ /g, String.raw`\s+`)));
// "asked on a call with bankers", "posted on a review site that", "said on a podcast": a call, a site or a podcast one
// speaks on is where the words were said, never the head of their content, as a platform is (ONLINE_MEDIUM). The noun
// must end its phrase ("on the site owners to clear it" calls on the owners; "on the site's rules" is a topic)
export const VENUE_ON = /^\s+on\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}(?:call|site|website|podcast|livestream|webinar)(?=\s*[,.;:!?]|\s+(?:with|that|on|in|at|for|last|this|earlier|and|but|where|when)\b)/u;
// "posted on X", "wrote on Facebook", "tweeted on her campaign account": where a verb of writing put its message (a
// page or account of one's own too), never the head of its content: cueEnd reads no particle before it
// ("wrote on social media that": the medium, like "on Twitter"; annotated news leaves it out of the cue)
export const ONLINE_MEDIUM = new RegExp(String.raw`^\s+on\s+(?:${PLATFORM}|(?:his|her|their|its|the)\s+(?:(?:official|personal|campaign|verified)\s+)?(?:(?:${PLATFORM})\s+)?(?:account|page|feed|blog|website|channel))(?![\p{L}\d-])`, 'u');
// "argued on air", "admitted on tape", "joked on stage", "insisted on the record": the medium or footing a speaker
// spoke on, never the head of their content, as a platform is (ONLINE_MEDIUM). The noun must end its phrase ("focused
// on air quality", "commented on video evidence", "on the record of the council" are topics)
export const SPOKEN_MEDIUM_ON = /^\s+on\s+(?:air|camera|tape|video|film|radio|stage|(?:the\s+)?record|background|the\s+air)(?=\s*[,.;:!?)]|\s*$|\s+(?:that|about|with|to|in|at|for|on|last|this|earlier|later|and|but|when|while|before|after|during|as|how|what|why|whether|if|\p{Lu})\b)/u;
// a programme's title in quotation marks, title-cased (its own closing mark inside the marks)
const TITLE_WORDS = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}’'&-]*(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}’'&-]*|the|of|and|a|an|in|on|at|to|for|with))*?[.,!?]?`;
const QUOTED_TITLE = String.raw`(?:“${TITLE_WORDS}”|"${TITLE_WORDS}"|''${TITLE_WORDS}''|‘${TITLE_WORDS}’)`;
// "said on a network's "Evening Desk"", "argued on "Week in Review" on Sunday", "said on "Today" show": the programme a
// speaker spoke on, its title quoted, perhaps with its network's possessive before it, the word "show" or "program" and
// a weekday after it, is read with the verb in annotated news (7 of 7 on dev; a network alone, "said on Channel 4", is
// not: it stays out of the cue). Group 1 is the network: without it only "say" reads the title so ("insisted on "Total Football"" insists on it)
export const BROADCAST_TITLE = latin1Twin(new RegExp(String.raw`^\s+on\s+(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,2}['’]s\s+)?${QUOTED_TITLE}(?:\s+(?:show|program|programme|broadcast|podcast)\b)?(?:\s+on\s+(?:${WEEKDAYS})(?:\s+(?:${DAY_PARTS}))?\b)?`, 'u'));
// "said in a statement", "wrote in an email", "said in a phone interview", "said in part"
// (not "in a tweet": annotated news leaves it out of the cue, "said" / "in a tweet", 2 of 2 on dev, where it keeps
// "in a statement" 8 of 12 and "in an email" 3 of 3)
export const CHANNEL = /^\s+in (?:part\b|(?:a|an|the|his|her|their|its|one) (?:(?:brief|short|long|lengthy|joint|written|separate|new|recent|telephone|phone|television|TV|radio|video|conference|news|campaign|private|rare|prepared|earlier|later|follow-up|email|e-mail)\s+){0,2}(?:statement|interview|email|e-mail|letter|post|video|speech|op-ed|memo|call|message|release|briefing|column|essay|remarks|address|ad|appearance)s?\b)/i;
