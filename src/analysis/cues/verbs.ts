// Speech verbs from the lexicon, in every form, outside quotes. A form that is also a common noun
// ("report", "claim") counts only in a verb's context: after a pronoun, an auxiliary or an adverb,
// or before "that" or a quotation. Any form right after a determiner is a noun ("the report").
import type { Cue } from '../../types.js';
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { ASPECT_VERBS, EVIDENCE_NOUNS, PREPOSITION_FORMS } from '../../lexicon/cue-contexts.js';
import { CALLED_EVENT, missingFrame, NAMED_VERB_OBJECT, PASSIVE_AS, PASSIVE_COMPLEMENT, PHRASAL_PARTICLES, SUBJECT_THEN_OBJECT } from './frames.js';

const DETERMINER = /^(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your|no|every|first|last|new)$/i;
const AGAIN_AFTER = /^\s+(?:again|afterwards?|back(?!\s+(?:in|when|then|to|home|from|on|at|into)\b))\b(?!-)/;
const DEMONSTRATIVE = /^(?:this|that|these|those)$/i;
// quantifiers are determiners before a noun ("some reports") but subjects before a plain verb ("some chanted")
const QUANTIFIER = /^(?:each|any|some|many|most|all|both|few|several)$/i;
const COUNT_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|dozen|dozens|hundreds|thousands)$/i;
const THANKS_TO = /^\s+(?:(?:in\s+(?:large\s+|great\s+|no\s+small\s+)?part|largely|partly|mostly|mainly|only|entirely)\s+)?to\b/i;
const VERB_BEFORE = /^(?:i|he|she|it|we|they|you|who|which|also|will|would|could|can|may|might|must|shall|should|to|do|does|did|not|never|often|repeatedly|once|again|then|later|has|have|had|officials|experts|analysts|critics|polls|data|surveys|studies|records|documents|n't)$/i;
// plural people and shares of them before a form: its subject ("voters fear", "authorities blame",
// "a majority support", "60 percent back"); as nouns these forms would follow a determiner instead
const PEOPLE_BEFORE = /^(?:voters|residents|people|supporters|opponents|members|lawmakers|legislators|economists|scientists|researchers|authorities|police|prosecutors|investigators|activists|leaders|executives|investors|parents|teachers|doctors|workers|employees|respondents|percent|majority|minority|plurality|half|thirds|quarters|three-quarters|two-thirds)$/i;
const PRONOUN_OR_AUX = /^(?:i|he|she|we|they|you|who|would|will|could|might|may|must|should|do|does|did|not|n't|also|really|still|just|genuinely)$/i;
const AFTER_CLOSED_QUOTE = /[,?!…—–-][ \t]*(?:[”"’]|'')[ \t]+(?:[\p{L}.’'-]+[ \t]+){1,5}$/u;
// (not "for months", "about 30 guests": time and quantity)
const HEADING_PREPOSITION = /^\s+(?:about|for|against|out)\b(?!\s+(?:\d|\$|(?:months|weeks|years|days|hours|decades|now|a\s+while|the\s+(?:first|last|second)\s+time|a\s+(?:dozen|hundred|thousand|million|billion|third|quarter|half)|half|halfway|midway|once|twice|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds|thousands|dozens|millions)\b))/i;
const HEADING_PREPOSITION_NOT_SAY = /^\s+(?:of|on)\b(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec|\d|Twitter|Facebook|television|TV|the\s+phone|the\s+radio|behalf|social\s+media|Instagram|Reddit|YouTube|TikTok|(?:a|an|the|his|her|their|its)\s+(?:blog|website|podcast|personal\s+account|official\s+account))\b)/;
// ("wrote on social media that": the medium, like "on Twitter"; annotated news leaves it out of the cue)
// "said in a statement", "wrote in an email", "said in a phone interview", "said in part"
const CHANNEL = /^\s+in (?:part\b|(?:a|an|the|his|her|their|its|one) (?:(?:brief|short|long|lengthy|joint|written|separate|new|recent|telephone|phone|television|TV|radio|video|conference|news|campaign|private|rare|prepared|earlier|later|follow-up|email|e-mail)\s+){0,2}(?:statement|interview|email|e-mail|letter|tweet|post|video|speech|op-ed|memo|call|message|release|briefing|column|essay|remarks|address|ad|appearance)s?\b)/i;
// the noun-like forms news ends a sentence with as its attribution ("..., the agency estimates.")
const FINAL_FORMS = /^(?:estimate|fear|claim|report|note|hope|worry|forecast|doubt|state|comment)$/;
const FINAL_ATTRIBUTION_BEFORE = /[\p{L}\p{N}%)],[ \t]+(?!(?:with|and|or|in|on|for|to|of|by|as|at|from|but|so|then|while|which|who|when)\b)(?:[\p{L}.’'-]+[ \t]+){1,4}$/u;
const JUST_AFTER_QUOTE = /[,?!…—–-][ \t]*(?:[”"’]|'')[ \t]+$/u;
// "was first reported by", "is widely seen as": a passive, adverbs between "be" and the participle
const BE_THEN_ADVERBS = /\b(?:was|were|is|are|been|be|being)\s+(?:(?:\p{Ll}+ly|first|also|later|then|never|not|once|since|long|now|still|often|already)\s+){0,2}$/iu;
// A figure, a place or a plea right after the verb makes it an act: "offered $3 billion for the port",
// "weighs 80kg", "appeared at a hearing", "pleaded guilty", "listed 40 items". (These lemmas report a
// stance only with a clause, a person or an idea as their object.)
const FIGURE_OBJECT = /^\s+(?:(?:about|nearly|almost|roughly|some|more\s+than|up\s+to|at\s+least|another|an\s+extra)\s+)?(?:[$£€¥]\s?\d|\d)/;
const ACT_AFTER: Record<string, RegExp> = {
  offer: FIGURE_OBJECT,
  // "showed the jury a photo", "showed reporters the letter": displaying to an audience, not a finding
  show: /^\s+(?:the\s+)?(?:jury|jurors|court|judge|reporters|journalists|audience|crowd|visitors|viewers|cameras)\b/,
  // "added a second goal", "added 40 points", "the index added 2%": scoring and gaining, not saying
  add: /^\s+(?:(?:a|another|his|her|their|its|the|two|three)\s+)?(?:(?:late|first|second|third|fourth|fifth|further|consolation)\s+)?(?:second|third|fourth|fifth|goal|goals|point|points|run|runs|try|tries|basket|touchdown|[$£€¥]?\d)/,
  weigh: /^\s+(?:(?:about|nearly|almost|roughly|some|more\s+than|less\s+than|just|over|under)\s+)?(?:\d|an?\s|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)/i,
  list: FIGURE_OBJECT,
  release: FIGURE_OBJECT,
  appear: /^\s+(?:at|in|on|before|with|alongside|outside|inside|onstage|together|for|via|by|from|during|live)\b/i,
  plead: /^\s+(?:not\s+)?(?:guilty|innocent|no\s+contest)\b/i,
  // "recalled 180,000 vehicles": a product recall
  recall: FIGURE_OBJECT,
  // "spoke at the meeting", "spoke on condition of anonymity": where and how, not what
  speak: /^\s+(?:(?:on\s+(?:the\s+)?)?condition\b|anonymously\b|at\b|in\b|before\b|during\b|after\b|outside\b|from\b)/i,
};
// "in a video posted", "with the poll released": a preposition, a determiner, a noun, a participle
// (and a place, time or agent after it: "posted on social media", "released Thursday", "written by")
const REDUCED_RELATIVE = /\b(?:in|on|at|with|from|of|by|for|into|under|via)\s+(?:a|an|the|this|that|his|her|its|their|our)\s+(?:(?!and\b|or\b|but\b)\p{Ll}+\s+)?(?!(?:and|or|but|is|are|was|were|be|been|has|have|had)\b)\p{Ll}+\s+$/u;
// (not "of the cases are believed to": an auxiliary after the noun makes the noun a subject)
const RELATIVE_TAIL = /^\s+(?:on|in|at|by|to|from|during|last|this|earlier|online|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
// "a company called Brightwell", "by a group named Save the Flats": naming, not calling anyone anything
const NAMING_PARTICIPLES = /^(?:called|named|dubbed|titled|labeled|labelled|branded)$/i;
const NAMING_LEAD = /\S\s+(?:a|an)\s+(?:\p{Ll}+\s+)?\p{Ll}+\s+$/u;
const BE_BEFORE = /^(?:is|are|was|were|am|be|been|being|[’']s|[’']re|[’']m)$/i;
const CLAUSE_AFTER = /^\s*(?:that\b|[:“"‘'«„]|,\s*[“"‘'«„])/;

// "it was reported", "it is thought": an impersonal passive hedges; it names nobody
const IMPERSONAL = /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?$/i;

// PolNeAR-style cue spans take in the auxiliaries and adverbs before the verb ("has also said",
// "didn't think") and the particle of a phrasal verb ("pointed to", "called on").
const AUX_BEFORE = /(?:(?:[’'](?:s|re|ve|m|d|ll)\s+)|\b(?:\p{Ll}+ly|even|now|always|to|also|has|have|had|is|was|were|are|am|be|been|being|did|does|do|will|would|could|should|can|may|might|must|not|never|then|later|previously|repeatedly|once|again|further|publicly|privately|already|often|still|just|recently|first|earlier|(?:did|does|do|is|was|are|were|has|have|had|could|would|should|wo|ca)n['’]t)\s+)+$/iu;
const PARTICLES: Record<string, RegExp> = {
  comment: /^\s+on\b/i, insist: /^\s+on\b/i, elaborate: /^\s+on\b/i, respond: /^\s+to\b/i, reply: /^\s+to\b/i,
  object: /^\s+to\b/i, 'go on': /^\s+on\b/i, ask: /^\s+about\b/i, joke: /^\s+about\b/i, boast: /^\s+about\b/i, testify: /^\s+(?:about|before)\b/i,
  cheer: /^\s+for\b/i, rail: /^\s+against\b/i, lament: /^\s+about\b/i, brag: /^\s+about\b/i,
  point: /^\s+(?:to|out)\b/i, call: /^\s+(?:on|for)\b/i, speak: /^\s+(?:out\s+(?:about|against|on)|about|of|out)\b/i, refer: /^\s+to\b/i,
  talk: /^\s+about\b/i, weigh: /^\s+in(?:\s+on)?\b/i, cite: /^\s+as\b/i, agree: /^\s+with\b/i, complain: /^\s+about\b/i, warn: /^\s+(?:of|about|against)\b/i,
};

// "named the plan a failure", "named him the worst": an object, then what it is called
const NAMED_SOMETHING = /^\s+(?:him|her|it|them|this|that|(?:the|his|her|their|its)\s+[\p{L}-]+)\s+(?:a|an|the)\s/u;
// what a ruling holds: a clause, a side, or what it excludes
const RULING_AFTER = /^\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|\p{Ll}+ly)\s+)?(?:that|against|in\s+favou?r|for|on|out)\b/u;
// a message as the object of "release": a statement, an ad, a report, a poll, letters or emails
const RELEASED_MESSAGE = /^\s+(?:(?:a|an|the|his|her|its|their|our|two|three|several|new)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:statements?|memos?|reports?|videos?|ads?|advertisements?|commercials?|letters?|poll|polls|survey|surveys|study|studies|emails?|e-mails|transcripts?|tapes?|recordings?|remarks|findings|analysis|plan|proposals?|messages?|tweets?|notes?|documents?)\b/iu;

const LIGHT_VERBS = /^(?:express|voice|offer|signal|stress|show|register)$/;
const LIGHT_NOUN = /^\s+(?:(?:his|her|their|its|our|some|deep|grave|serious|strong|growing|new|renewed|full|public|early|clear|little|any)\s+){0,2}(?:concerns?|support|opposition|doubts?|misgivings|outrage|frustration|dismay|thoughts|congratulations|desire|need|hopes?|confidence|skepticism|scepticism|reservations|regrets?|sympathy|condolences|interest|anger|disappointment|surprise|alarm|gratitude|fears?|worries|optimism|solidarity|signs)(?:\s+(?:about|over|for|with|on|to|at|in|of))?\b/i;

const HEARSAY_PARTICIPLE = /^(?:said|reported|thought|believed|estimated|expected|rumou?red|alleged)$/;
// the start of the text, a line, or a sentence (after its end mark and perhaps a closing quote)
const SENTENCE_OPENING = /(?:^|\n|[.!?]["”’']?\s+)$/;

const TITLE_REACH = 160;
// "Olympic champion Ann Roe said", "consumer advocate Jo Lee told": a noun-like form with a name and then
// another speech form right after it is the name's title, and the later form is the cue
// (a party tag may close the name: "state Sen. Ann Roe (D) said", "Rep. Jo Lee (R-Ohio) told")
const NAME_THEN_CUE = /^[ \t]+\p{Lu}[\p{L}’'.-]*(?:[ \t]+\p{Lu}[\p{L}’'.-]*){0,3}(?:[ \t]+\(\p{Lu}[\p{L}.]*(?:-[\p{Lu}][\p{L}.]*)?\))?,?[ \t]+$/u;
// "“...,” Read said": a capitalised form with another cue form right after it is a surname

/** Whether the line around `at` is a short headline in Title Case (most of its words capitalised). */
function titleLine(text: string, at: number): boolean {
  // the line's ends, looked for at most TITLE_REACH characters away: a line longer than that is no
  // headline, and a megabyte line must not be scanned again for every capitalised cue form in it
  let from = at;
  while (from > 0 && text[from - 1] !== '\n') {
    if (at - from >= TITLE_REACH) return false;
    from--;
  }
  let to = at;
  while (to < text.length && text[to] !== '\n') {
    if (to - at >= TITLE_REACH) return false;
    to++;
  }
  const words = text.slice(from, to).match(/[\p{L}’']+/gu) ?? [];
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 4 && words.length <= 20 && caps >= 0.75 * words.length;
}

export function findVerbCues(text: string, words: readonly SpeechWord[], inside: (at: number) => boolean): Cue[] {
  const out: Cue[] = [];
  for (const [i, w] of words.entries()) {
    const { word, form, before, before2, before2At, joined } = w;
    const at = w.start;
    if (inside(at)) continue;
    // a form already read into the cue before it ("reported back", "hit back at") is no cue of its own
    if ((out[out.length - 1]?.end ?? -1) > at) continue;
    // "the senator like(s) ...": as a preposition ("critics like Ann Lee") the form is no verb;
    // it counts only right after a pronoun or an auxiliary ("they like", "would like")
    if (PREPOSITION_FORMS.has(word.toLowerCase()) && !PRONOUN_OR_AUX.test(before)) continue;
    // (a demonstrative before a form that is no noun is a pronoun subject or a relative: "that suggests",
    // "records that reveal"; but "That said," is an idiom)
    // ("polls that show", "records that show": after an evidence noun, "that" is the relative, the form a finding)
    const evidenceRelative = form.group === 'evidence' && /^that$/i.test(before) && EVIDENCE_NOUNS.has(before2.toLowerCase());
    const pronounSubject = (!form.ambiguous || evidenceRelative) && DEMONSTRATIVE.test(before) && !/^said,/i.test(text.slice(at, at + 5));
    if ((DETERMINER.test(before) && !pronounSubject) || (form.ambiguous && QUANTIFIER.test(before))) continue;
    // "four states that border it", "in 12 states that", "two reports that": after a count, a form that is
    // also a plural noun is that noun, and "that" opens its relative clause
    if (form.ambiguous && (COUNT_WORD.test(before) || /\p{N}[ \t]+$/u.test(text.slice(Math.max(0, at - 3), at)))) continue;
    // "thanks to the storm", "thanks in great part to": a compound preposition, nobody thanks anyone
    if (form.lemma === 'thank' && THANKS_TO.test(text.slice(at + word.length, at + word.length + 32))) continue;
    // a capitalised form after a capitalised word is part of a name ("The Harbor Post")
    // (except in a headline in Title Case: "Harbor Mayor Says Bridge Will Open")
    if (/^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(before) && !/[.!?:"“”]\s*$/.test(text.slice(Math.max(0, at - 3), at)) && !titleLine(text, at)) continue;
    // "the Department of State", "Secretary of State": a capitalised form after "of" is a name word
    if (/^\p{Lu}/u.test(word) && before === 'of') continue;
    // "a fee reported to be £32 million", "a deal said to be worth": a participle after a bare noun with
    // "to be" is a reduced passive that names no one who reported it (a hedge, not an attribution)
    if (HEARSAY_PARTICIPLE.test(word) && /^\s+to\s+be\b/.test(text.slice(at + word.length, at + word.length + 8)) && /^\p{Ll}+$/u.test(before)
      && !PRONOUN_OR_AUX.test(before) && !BE_THEN_ADVERBS.test(text.slice(Math.max(0, at - 40), at)) && !VERB_BEFORE.test(before)) continue;
    // "Say you earn $40,000.", "Tell your mayor what you think.", "Think tank Norbridge said ...": a bare
    // form opening a sentence is an imperative (the writer's) or a noun's modifier, never someone's report
    // (a noun of stance with its complement stays: "Support for the plan has grown")
    if (/^\p{Lu}\p{Ll}/u.test(word) && word.toLowerCase() === form.lemma && SENTENCE_OPENING.test(text.slice(Math.max(0, at - 4), at)) && !titleLine(text, at)
      && !(form.ambiguous && /^\s+(?:for|of|from|among)\b/i.test(text.slice(at + word.length, at + word.length + 8)))) continue;
    // "Asked about the plan, she said ...": the participle frames a question of its own (annotated news
    // counts it, with nobody named as the asker); "said" stays the cue of the main clause
    if (word === 'Asked' && /^\s+(?:by|for)\b/.test(text.slice(at + 5, at + 10))) continue;
    if (IMPERSONAL.test(text.slice(Math.max(0, at - 30), at))) continue;
    // an infinitive ("vowed to build", "wants to respond to") belongs to the clause around it;
    // as cues they cost more speakers and cues than the quotes they find (measured on PolNeAR dev)
    // except after a verb of going on or starting ("continued to criticize", "began to question"): the
    // cue is the whole chain, as annotated news marks it
    const aspect = /^to$/i.test(before) && ASPECT_VERBS.has(before2.toLowerCase()) && /^\s+to\s+$/i.test(text.slice(before2At + before2.length, at));
    if (/^to$/i.test(before) && !aspect) continue;
    // "cast the deciding vote", "named a new coach": only "cast/name X as Y" is a stance (calling
    // something something); with a plain object they are acts, and "a man named Ann" is a name
    const castAs = /^[^.;:!?,]{1,60}?\sas\s/.test(text.slice(at + word.length, at + word.length + 64));
    if (form.lemma === 'cast' && !castAs) continue;
    // ("named the port a failure" calls it something too; "named Ann Lee chief" appoints her)
    if (form.lemma === 'name' && !castAs && !NAMED_SOMETHING.test(text.slice(at + word.length, at + word.length + 40))) continue;
    // "see X as Y", "looks to build": lemmas that are cues only in their frame (frames.ts)
    if (missingFrame(form.lemma, word, text.slice(at + word.length, at + word.length + 64))) continue;
    // "voters looking for a change backed Ruiz": a bare "looking" after a noun describes it; the
    // intention is a finite or progressive verb ("looks to", "is looking for")
    if (form.lemma === 'look' && /ing$/i.test(word) && !BE_BEFORE.test(before)) continue;
    // "ruled the country", "British rule": a ruling is speech only with what it holds ("ruled that",
    // "ruled against the plan", "ruled out a run"); with a plain object it is governing
    if (form.lemma === 'rule' && !RULING_AFTER.test(text.slice(at + word.length, at + word.length + 32))) continue;
    // "released a statement" is speech; "released the hostages", "released his medical records" and "a poll
    // released Monday found" are acts or a participle: only a message as its object makes it a cue
    if (form.lemma === 'release' && !RELEASED_MESSAGE.test(text.slice(at + word.length, at + word.length + 60))) continue;
    // "must-do list", "tell-all book", "self-described": a form inside a hyphenated compound is no verb
    // (a prefix like "co-" or "re-" still makes one: "co-wrote", "re-posted")
    if (joined || /^-\p{L}/u.test(text.slice(at + word.length, at + word.length + 2))) continue;
    // "the judge’s alleged error": after a possessive the form modifies a noun ("he’s said" is a contraction)
    if (/['’]s$/i.test(before) && !/^(?:he|she|it|that|there|who|what|here|where|one)['’]s$/i.test(before)) continue;
    // "so-called", "the rules proposed by", "a law criticized as": adjectives and passive participles
    if (/so-$/i.test(text.slice(Math.max(0, at - 3), at))) continue;
    if (/ed$/.test(word) && /^\s+(?:by|as)\b/.test(text.slice(at + word.length, at + word.length + 4)) && !BE_THEN_ADVERBS.test(text.slice(Math.max(0, at - 40), at))) continue;
    // "backed off the offer", "voters back in March": a phrasal verb or an adverb, not a stance
    if (form.lemma === 'back' && /^\s+(?:out|off|down|away|in|at|to|into|from|home|then|when|on)\b/i.test(text.slice(at + word.length, at + word.length + 6))) continue;
    // "is credited with the idea": praise given by nobody named, not a stance someone takes
    if (form.lemma === 'credit' && /^\s+with\b/i.test(text.slice(at + word.length, at + word.length + 6))) continue;
    // "showed up": a phrasal verb that is not speech
    if (form.lemma === 'show' && /^\s+up\b/i.test(text.slice(at + word.length, at + word.length + 4))) continue;
    // "a list of promised projects": a past form after a preposition is an adjective
    if (/ed$/.test(word) && /^(?:of|for|with|in|on|by|about|from|at)$/i.test(before)) continue;
    // a capitalised word before a noun-like form is usually its subject ("Surveys show", "Novak vows")
    // (not before an -ing form: "Party loathing for", "Senate backing" are nouns with a modifier)
    const named = !/ing$/i.test(word) && /^\p{Lu}\p{Ll}/u.test(before) && !DETERMINER.test(before) && !/^(?:The|A|An|This|That|In|On|At|For|If|As)$/.test(before);
    // a progressive ("is backing", "are looking") is a verb whatever the form could also be
    const progressive = /ing$/i.test(word) && BE_BEFORE.test(before);
    const finding = (form.group === 'evidence' && EVIDENCE_NOUNS.has(before.toLowerCase())) || evidenceRelative;
    // "is thought to have", "was claimed that": a passive participle with its complement (frames.ts)
    const passive = BE_BEFORE.test(before) && PASSIVE_COMPLEMENT.test(text.slice(at + word.length, at + word.length + 8)) && /(?:ed|ght|wn|en)$/i.test(word);
    // "the ministry estimates the cost at ...": after a determiner and a bare noun, a final-attribution
    // form with an object right after it is the noun's verb (a noun compound has its verb next instead)
    const nounSubject = FINAL_FORMS.test(form.lemma) && /s$/i.test(word) && DETERMINER.test(before2) && /^\p{Ll}+$/u.test(before) && SUBJECT_THEN_OBJECT.test(text.slice(at + word.length, at + word.length + 8));
    // "the council plans to vote", "she hopes to win": an intention with its infinitive is a verb
    // (a noun would follow a determiner: "his plans to build", left out above)
    const intends = (form.group === 'intent' || form.lemma === 'hope') && /^\s+to\s+\p{Ll}/u.test(text.slice(at + word.length, at + word.length + 6));
    // "“...,” Ann Lee continued." / "“...?” she asked": right after a closed quote and a short subject
    // the form attributes that quote, whatever else it could be
    const lead = text.slice(Math.max(0, at - 60), at);
    // "..., Aqualine estimates." / "..., the council fears.": a form that ends the sentence after a comma
    // and a short subject attributes the clause before it, like a closed quote
    const finalAttribution = FINAL_FORMS.test(form.lemma) && FINAL_ATTRIBUTION_BEFORE.test(lead) && /^\s*[.!?]/.test(text.slice(at + word.length, at + word.length + 3));
    const afterQuote = AFTER_CLOSED_QUOTE.test(lead) || JUST_AFTER_QUOTE.test(lead) || finalAttribution;
    // "read", "went on": cues only right after a quote, with or without a subject between
    if (form.afterQuoteOnly && !afterQuote) continue;
    if (form.lemma === 'go on' && !/^\s+on\b/.test(text.slice(at + word.length, at + word.length + 4))) continue;
    // "“...,” she continued." / "He continued: “...”": going on speaking; elsewhere "continue" goes on doing
    // ("The trial continues on Thursday", "continues to lead the field"; the chain "continued to criticize"
    // is read at its second verb)
    if (form.lemma === 'continue' && !afterQuote && !CLAUSE_AFTER.test(text.slice(at + word.length, at + word.length + 12))) continue;
    // acts, not speech: the same verbs with a physical object, a place or a plea (see ACT_AFTER)
    const next40 = text.slice(at + word.length, at + word.length + 40);
    if (ACT_AFTER[form.lemma]?.test(next40) === true) continue;
    // "a video posted on", "by a group called Save the Flats": a participle right after a noun that
    // is the object of a preposition (or an indefinite noun with a name after it) is a reduced
    // relative clause describing that noun, not a verb with a subject
    if (/ed$/i.test(word) && REDUCED_RELATIVE.test(text.slice(Math.max(0, at - 40), at)) && RELATIVE_TAIL.test(next40)) continue;
    if (NAMING_PARTICIPLES.test(word) && NAMING_LEAD.test(text.slice(Math.max(0, at - 40), at)) && /^\s+\p{Lu}/u.test(next40)) continue;
    const next = words[i + 1];
    if (form.ambiguous && next !== undefined && next.start - (at + word.length) < 60 && NAME_THEN_CUE.test(text.slice(at + word.length, next.start))) continue;
    if (form.ambiguous && next !== undefined && /^\p{Lu}\p{Ll}/u.test(word) && !next.form.ambiguous && /^[ \t]+$/.test(text.slice(at + word.length, next.start)) && !titleLine(text, at)) continue;
    // "Ida Strand claims the bridge is safe", "Ana Ruiz vows to stay": after a name, a speech form in -s with
    // a clause or an object right after it is the name's verb ("Strand comments start at noon" is a noun compound)
    const namedSays = named && form.group === 'speech' && /s$/.test(word) && NAMED_VERB_OBJECT.test(text.slice(at + word.length, at + word.length + 12));
    if (form.ambiguous && !progressive && !passive && !nounSubject && !finding && !afterQuote && !intends && !(named && form.group !== "speech") && !namedSays && !VERB_BEFORE.test(before) && !PEOPLE_BEFORE.test(before) && !CLAUSE_AFTER.test(text.slice(at + word.length, at + word.length + 12))) continue;
    // "called off the deal", "Having said that": not speech
    if (form.lemma === 'call' && /^\s+(?:off|up|in|back)\b/i.test(text.slice(at + word.length, at + word.length + 6))) continue;
    // "a think tank in Lisbon": the compound noun, not the verb
    if (form.lemma === 'think' && /^[\s-]+tanks?\b/i.test(text.slice(at + word.length, at + word.length + 7))) continue;
    // "called a strike", "called an emergency meeting": convening an event (frames.ts)
    if (form.lemma === 'call' && CALLED_EVENT.test(text.slice(at + word.length, at + word.length + 48))) continue;
    if (/^having$/i.test(before) && word.toLowerCase() === 'said') continue;
    const head = aspect ? before2At : at;
    if (aspect && (out[out.length - 1]?.end ?? -1) > before2At) out.pop(); // "continued" alone was taken as a cue
    const aux = AUX_BEFORE.exec(text.slice(Math.max(0, head - 40), head));
    // (with the i flag \p{Ll} also matches capitals: a name like "Beverly" is no adverb, cut it off)
    const auxText = aux?.[0] ?? '';
    const names = [...auxText.matchAll(/\p{Lu}\p{Ll}*ly\s+/gu)];
    const lastName = names[names.length - 1];
    const kept = lastName !== undefined ? auxText.slice((lastName.index ?? 0) + lastName[0].length) : auxText;
    const start = head - kept.length;
    const after = text.slice(at + word.length, at + word.length + 24);
    // the preposition that heads the content is read with the verb ("worried about", "called for",
    // "rail against", "spoke out", "supporters of"; "on" and "of" but not after "say": "said on
    // Sunday", "said of" are split in annotated news)
    const particle = PHRASAL_PARTICLES[form.lemma]?.exec(after) ?? PARTICLES[form.lemma]?.exec(after.slice(0, 12)) ?? HEADING_PREPOSITION.exec(after)
      ?? (form.lemma !== 'say' ? HEADING_PREPOSITION_NOT_SAY.exec(after) : null);
    let end = at + word.length + (particle?.[0].length ?? 0);
    // "was widely criticized as", "is seen as": a passive keeps its "as" (frames.ts)
    const passiveAs = particle === null && BE_THEN_ADVERBS.test(text.slice(Math.max(0, at - 40), at)) ? PASSIVE_AS.exec(text.slice(end, end + 24)) : null;
    if (passiveAs !== null) end += passiveAs[0].length;
    // "expressed concern about", "offered his thoughts on", "signaled his desire": a light verb and its
    // noun of stance are one cue in annotated news, and what the stance is about is the content
    const light = particle === null && LIGHT_VERBS.test(form.lemma) ? LIGHT_NOUN.exec(text.slice(end, end + 60)) : null;
    if (light !== null) end += light[0].length;
    // "said in a statement", "said in an interview": annotated news keeps the channel in the cue
    const channel = CHANNEL.exec(text.slice(end, end + 48));
    if (channel !== null) end += channel[0].length;
    // "said Monday", "wrote Tuesday night", "said dryly.": a bare weekday or a closing manner adverb
    // is read with the verb in annotated news ("on Monday" and adverbs before a clause are not)
    const when = /^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!(?:\s+(?:morning|afternoon|evening|night))?['’]s)(?:\s+(?:morning|afternoon|evening|night))?\b/.exec(text.slice(end, end + 32));
    if (when !== null) end += when[0].length;
    else {
      const manner = /^\s+\p{Ll}+ly(?=\s*[.,;!?])/u.exec(text.slice(end, end + 24));
      if (manner !== null && !/^\s+(?:only|early|daily|weekly|monthly|yearly|likely|family|rally|Italy)$/.test(manner[0])) end += manner[0].length;
      // "vowed again", "noted afterward", "reported back": a closing adverb of the act is read with it too
      // (not "back in 2015", "back when": a time)
      else end += AGAIN_AFTER.exec(text.slice(end, end + 24))?.[0].length ?? 0;
    }
    if (text[end] === ':') end++; // "added:" leading into a quote: annotated news keeps the colon in the cue
    out.push({ text: text.slice(start, end), start, end, lemma: form.lemma, kind: 'verb' });
  }
  return out;
}
