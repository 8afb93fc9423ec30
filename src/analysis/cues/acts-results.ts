// Filing results: "reported a net loss of 40 million euros", "reported record profits for the half year", a company's
// figures filed, the firm's act, not anyone's words. One check plainNewsAct (acts-plain-news.ts) makes for the lemma
// "report", on the text right after the form; results that are a clause's subject ("reported sales fell") keep the cue.
import { REPORTED_RESULTS } from '../../lexicon/plain-news-objects.js';
import { alternation } from '../alternation.js';

// up to three words of a noun phrase before its head (read by acts-plain-news.ts's measure tabled too): a determiner
// inside the run opens a second noun phrase, the object of a clause ("proposed the council review its rules",
// "reported the firm posted a loss"): no object phrase of the form's own
export const MEASURE_WORDS = String.raw`(?:(?!(?:that|how|what|why|when|whether|if|a|an|the|its|his|her|their|our)\b)[\p{L}\d$£€.,%’'–-]+\s+){0,3}?`;
// a sum of money or a share after "of": "a loss of $2 million", "sales of 880 million pounds", "margins of 12 percent"
// (a count of people or things is no result filed: "reported losses of 30 soldiers", "a loss of 40 lives", "sales of
// 12 jets to the navy" report what someone says happened)
const SUM = String.raw`(?:[$£€¥]|\d[\d,.]*\s*(?:%|(?:(?:million|billion|trillion|bn)\s+)?(?:percent|per\s+cent|euros?|pounds?|dollars?|yen|yuan|francs?|rupees?|crowns?)\b|(?:million|billion|trillion|bn)\b(?=\s*[,.;]|\s+(?:in|for|from|on|up|down|last|this|compared|against)\b)))`;
// a pause after the results, but not a contrast that goes on into a clause ("reported earnings, not revenue, would
// fall"); a bare loss before a pause is a loss of results only when it is named as one ("a net loss.", "a quarterly
// loss;"): "the rebels reported heavy losses." are people or ground lost
const RESULT_PAUSE = String.raw`(?<!(?<!\b(?:net|operating|pre-?tax|quarterly|annual|full-year|half-year|first-half|second-half|\p{L}+-quarter|record|wider|narrower)\s+)loss(?:es)?)\s*(?:[.;]|,(?!\s+(?:not|but|rather|and\s+not)\b))`;
// a company's results, then a sum, a pause or the period they cover ("reported sales fell" is a clause and keeps the cue)
const REPORTED_RESULT = new RegExp(String.raw`^(?![^.;]{0,40}?,\s+not\s)\s+(?:(?:a|an|its|their|the)\s+)?${MEASURE_WORDS}(?:${alternation(REPORTED_RESULTS)})\b(?=\s+of\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+)?${SUM}|${RESULT_PAUSE}|\s+for\s+(?:the|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:quarter|year|half|period|months)\b)`, 'u');

/** Whether `next` (the text after a form of "report") is a company's results filed. */
export function resultsFiled(next: string): boolean {
  return REPORTED_RESULT.test(next);
}
