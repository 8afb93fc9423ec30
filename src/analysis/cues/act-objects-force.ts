// The objects and frames after a speech verb that make it an act in crime, policing and court copy ("attacked a guard
// with a knife", "questioned three men", "pleaded guilty", "dismissed the charges", "called police"): one pattern a
// lemma, merged into act-objects.ts's ACT_AFTER and read on the same 40 characters after the form (next40), so a longer
// bound written in a pattern ("{0,80}") is never reached. Word groups: lexicon/deed-objects-force.ts and deed-people.ts.
import { AIMED_THINGS, ATTACKED_POSTS, BODY_PARTS, DENIED_PERMISSIONS, DISMISSED_CASES, SEARCH_FINDS, WEAPONS } from '../../lexicon/deed-objects-force.js';
import { CALLED_KIN, CALLED_PLACES, EMERGENCY_HELP, MENACED_PEOPLE, QUESTIONED_PEOPLE_NOUNS } from '../../lexicon/deed-people.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { FOR_A_TIME } from '../../lexicon/time-words.js';
import { alternation } from '../alternation.js';
import { OBJECT_PRONOUNS, PURE_OBJECT_PRONOUNS, REFLEXIVE_PRONOUNS } from '../../lexicon/pronouns.js';

// "with a knife", "with an axe": a weapon used (the tail of the violence patterns below)
const WITH_WEAPON = String.raw`\swith\s+(?:an?\s+)?(?:${alternation(WEAPONS)})\b`;

// people held or met as suspects or witnesses, as the object of "question": "questioned three men", "questioned the driver for
// two hours", "questioned her at the station" (an interrogation, no doubt voiced). A topic after them keeps the cue ("questioned
// the chief about the fees"), and so does anything not a person ("questioned the wisdom of", "questioned the witnesses' account").
// (QUESTIONED_PERSON, the person alone, is read by acts-plain-news.ts: after police, a topic is what a suspect was asked about)
export const QUESTIONED_PERSON = String.raw`^\s+(?:${alternation(PURE_OBJECT_PRONOUNS)}|her(?=\s*[,.;]|\s+(?:at|for|in|on|after|and|again|twice|overnight|about|over)\b)|(?:(?:the|a|an|two|three|four|five|six|several|\d+)\s+)?(?:[\p{L}\d-]+\s+)?(?:${alternation(QUESTIONED_PEOPLE_NOUNS)})\b(?!['’]))`;
const QUESTIONED_PEOPLE = new RegExp(String.raw`${QUESTIONED_PERSON}(?!\s+(?:about|over|why|whether|how|what|regarding|concerning|if|on\s+(?!(?:${WEEKDAYS})\b))\b)`, 'u');

// things a search turns up (lexicon SEARCH_FINDS), perhaps counted or weighed, perhaps after "a bag of", "a stash of"
const SEARCH_FOUND = String.raw`^\s+(?:(?:a|an|the|his|her|their|its|two|three|several|some|more|large|small|\d[\d,.]*\s*(?:kg|kilos?|grams?|g)?)\s+)?(?:(?:quantity|quantities|amount|haul|stash|cache|bag|bags|packet|packets)\s+of\s+)?(?:(?!(?:that|how|what|why|when|whether|if)\b)[\p{L}-]+\s+)?(?:${alternation(SEARCH_FINDS)})\b`;
// someone come upon alive or dead: up to four words of a noun phrase, no clause word among them, and not the idiom of a
// plan "dead in the water"
const BODY_STATE_FOUND = String.raw`^\s+(?:(?!(?:that|how|what|why|when|whether|if|was|were|is|are|be|been|had|has|have|to)\b)[\p{L}’'.-]+\s+){1,4}?(?:alive|dead|unconscious|unharmed|unresponsive)\b(?!\s+in\s+the\s+water\b)`;
// people menaced (lexicon MENACED_PEOPLE) as the bare object, the clause going on with "and", a time or a place
const MENACED = String.raw`^\s+(?:(?:the|a|an|two|three|several|other|fellow|his|her|their)\s+)?(?:(?!(?:that|how|what|why|when|whether|if)\b)[\p{L}-]+\s+)?(?:${alternation(MENACED_PEOPLE)})(?=\s*[,.;!?]|\s+(?:and|before|after|during|at|in|inside|outside|while|until|as|on)\b)`;
// witnesses called in court, counted or with a determiner ("three witnesses", "no expert witnesses", "a character witness")
const WITNESSES_CALLED = String.raw`^\s+(?:no|two|three|four|five|six|several|more|further|the|a|an|its|his|her|their|one|\d+)\s+(?:(?:key|expert|defen[cs]e|prosecution|character|star|new|further|more|other|first|second|third|next|last|final|only)\s+)?witness(?:es)?\b(?!\s+(?:a|an)\s)`;

// a post, a convoy or a village struck (lexicon ATTACKED_POSTS), the phrase ending there ("rebels attacked an army post near
// the border", "attacked a convoy on Sunday"); "attacked the village's mayor" goes on into a person, and keeps the cue
const POST_STRUCK = String.raw`^\s+(?:(?:a|an|the|two|three|several|their|its)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${alternation(ATTACKED_POSTS)})(?![\p{L}'’-])(?=\s*[,.;:!?)]|\s*$|\s+(?:in|at|on|near|outside|with|after|before|by|from|and|during|overnight|early|late|last|this|killing|wounding)\b)`;

export const FORCE_AND_COURT_ACTS: Readonly<Record<string, RegExp>> = {
  plead: /^\s+(?:not\s+)?(?:guilty|innocent|no\s+contest)\b/i,
  // "police found drugs and cash", "found the body of a man", "found a knife": a search turning something up (a count of
  // records found stays a finding: "found 31 cases of fraud")
  // "found themselves in a bind": a situation someone is in, not a finding
  // "found a former clerk guilty of fraud": a verdict, a court's act
  // "rescuers found the hikers alive", "was found dead": someone come upon in a state of the body, nobody's finding
  // (BODY_STATE_FOUND: not across a clause, "found that the victims were dead", "found the scheme is all but dead")
  find: new RegExp(String.raw`^\s+(?:(?:${alternation(REFLEXIVE_PRONOUNS)})\b|(?:[\p{L}’'.-]+\s+){1,5}?(?:not\s+)?(?:guilty|liable|innocent)\b)|${BODY_STATE_FOUND}|${SEARCH_FOUND}`, 'u'),
  // "attacked the depot, wounding a clerk", "attacked a guard with a knife": violence, not words
  // "the cancer had attacked her liver": an illness at work in the body ("attacked the heart of the plan" stays)
  // "rebels attacked an army post", "attacked a convoy near the border" (POST_STRUCK); "the side attacked down the left": play
  attack: new RegExp(String.raw`^[^.;!?]{0,80}?(?:,\s+(?:killing|wounding|injuring)\b|${WITH_WEAPON})|${POST_STRUCK}|^\s+down\s+the\s+(?:left|right|middle|cent(?:re|er)|flanks?|wings?)\b|^\s+(?:(?:the|his|her|their|its|a\s+patient['’]s)\s+)?(?:${alternation(BODY_PARTS)})\b(?!\s+of\b)`, 'u'),
  // "the pair threatened staff and fled": people menaced, a bare object and the clause goes on ("threatened staff with the
  // sack", "threatened workers over the strike", "threatened to sue" keep the cue)
  // "threatened staff with a knife": menacing with a weapon, not a threat in words ("threatened them with a lawsuit" stays)
  threaten: new RegExp(String.raw`^[^.;!?]{0,60}?${WITH_WEAPON}|${MENACED}`, 'u'),
  // "the car slammed into a wall", "slammed the door", "hammered out a deal", "the band blasted music": force and motion
  slam: /^\s+(?:into|onto|against|through|shut|the\s+(?:door|brakes|lid))\b/,
  // ("hammered away at the plan", "hammered home the point that ..." are criticism and speech: kept)
  hammer: /^\s+(?:into|through|out)\b/,
  blast: /^\s+(?:into|through|off|away|(?:the\s+)?(?:music|horns?|sirens?|radio))\b/,
  // "the defence called three witnesses", "will call no witnesses": a side's step in court, no words reported
  // "neighbors called police", "called 911", "called an ambulance": summoning help, no words reported;
  // "called his mother every day", "called the bank to complain": a phone call to kin or a place, no words reported
  // (the callee alone, then a pause or a preposition: "called the police chief a liar", "called his brother a hero" name someone)
  call: new RegExp(String.raw`^\s+(?:(?:the\s+)?(?:${alternation(EMERGENCY_HELP)})|(?:his|her|their|my|our|your)\s+(?:${alternation(CALLED_KIN)})|the\s+(?:${alternation(CALLED_PLACES)}))(?=\s*[,.;:!?]|\s+(?:to|after|and|when|at|on|about|for|from|because|but|in|as|immediately|shortly|again|before|while|that|who|every|each|twice|back|daily)\b)|${WITNESSES_CALLED}`),
  // "was questioned for six hours": how long an interrogation ran, no doubt voiced
  // (a doubt or its object after the time keeps the cue: "have questioned for years whether ...", "for two decades the wisdom of")
  question: new RegExp(String.raw`${QUESTIONED_PEOPLE.source}|^\s+${FOR_A_TIME}(?!\s+(?:whether|if|why|how|what|the|a|an|its|his|her|their)\b)`, 'u'),
  // "the judge dismissed the case", "dismissed the charges against her": a court ending a case, not a rebuttal ("dismissed the
  // charges as politically motivated" and "dismissed protesters who ..." keep the cue)
  dismiss: new RegExp(String.raw`^\s+(?:(?:the|a|an|his|her|their|its|all)\s+)?(?:[\p{L}-]+\s+)?(?:${alternation(DISMISSED_CASES)})\b(?![^.;!?]{0,40}?\bas\b)`, 'u'),
  // "the keeper denied Holm with a fine save", "denied Ruiz a hat-trick", "denied Holm twice": stopping a player, not denying a claim
  // "denied him bail", "denied them entry", "denied her a visa": refusing someone something, not denying a claim
  // ("the court denied bail", "was denied entry": the same refusal with no one named)
  deny: new RegExp(String.raw`^\s+(?:(?:${alternation(OBJECT_PRONOUNS)})\s+(?:a|an|any|the\s+(?:chance|right|use)\b)|(?:(?:${alternation(OBJECT_PRONOUNS)})\s+)?(?:${alternation(DENIED_PERMISSIONS)})\b)|^\s+\p{Lu}[\p{L}’'-]+\s+(?:twice|again|(?:three|four)\s+times|from\s+close\s+range|with\s+(?:a|an|his|her|their)\s|(?:a|an|his|her|their)\s+(?:goal|win|winner|victory|equali[sz]er|hat-trick|century|try|point|place|spot|medal|title)\b)`, 'u'),
  // "pointed a rifle at the officers", "pointed a finger at her": aiming something, not pointing something out
  point: new RegExp(String.raw`^\s+(?:a|an|the|his|her|their|its)\s+(?:\p{L}+\s+)?(?:${alternation(AIMED_THINGS)})\b`, 'u'),
  // "challenged the levy in district court": a suit, not words (a race, "challenging the mayor for the nomination", reads
  // further than these 40 characters: acts-plain-news.ts)
  challenge: /^[^.;:!?]{1,60}?\s(?:in\s+(?:(?:a|the|federal|state|district|high|supreme|appeals)\s+){0,2}court)\b/,
};
