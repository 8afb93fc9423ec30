// Words that qualify a figure: how exact it is ("about", "nearly"), which bound it gives
// ("more than", "at least", "up to") and which way it moved ("rose", "fell by", "up 3%").
// CQE's "change" field reads the same words; the figures stage looks them up just before the number.
import { table } from './table.js';
import type { Qualifier } from '../types.js';

/** Phrases written right before a figure (lower case; the stage matches the longest one). */
export const QUALIFIER_BEFORE: Readonly<Record<string, Qualifier>> = table({
  // approximation
  about: 'about', around: 'about', near: 'about', approximately: 'about', roughly: 'about', some: 'about', circa: 'about',
  'an estimated': 'about', estimated: 'about', nearly: 'about', almost: 'about', 'close to': 'about', 'more or less': 'about', 'in the region of': 'about', 'on the order of': 'about', approx: 'about',
  'approx.': 'about', 'an approximate': 'about', 'roughly equal to': 'about', 'about equal to': 'about',
  'approximately equal to': 'about', 'nearly equal to': 'about', 'almost equal to': 'about', 'upwards of': 'more-than', 'almost exactly': 'about', '~': 'about',
  // lower bounds ("just over 3,000" is a little more than 3,000: still above it)
  'just over': 'more-than', 'just above': 'more-than', 'slightly more than': 'more-than', 'slightly over': 'more-than',
  'more than': 'more-than', over: 'more-than', above: 'more-than', exceeding: 'more-than', 'in excess of': 'more-than',
  'greater than': 'more-than', 'larger than': 'more-than', 'higher than': 'more-than', 'well over': 'more-than',
  'north of': 'more-than', '>': 'more-than', 'bigger than': 'more-than', exceed: 'more-than', exceeds: 'more-than',
  exceeded: 'more-than', beyond: 'more-than', surpassing: 'more-than', 'at least': 'at-least', 'no less than': 'at-least', 'not less than': 'at-least',
  'no fewer than': 'at-least', 'a minimum of': 'at-least', minimum: 'at-least', '>=': 'at-least', '≥': 'at-least',
  'as many as': 'at-most', 'as much as': 'at-most', 'as high as': 'at-most',
  // upper bounds
  'just under': 'less-than', 'just below': 'less-than', 'slightly less than': 'less-than', 'slightly under': 'less-than',
  'less than': 'less-than', 'fewer than': 'less-than', under: 'less-than', below: 'less-than', 'lower than': 'less-than',
  'smaller than': 'less-than', 'shy of': 'less-than', 'short of': 'less-than', '<': 'less-than',
  'at most': 'at-most', 'up to': 'at-most', 'no more than': 'at-most', 'not more than': 'at-most', 'a maximum of': 'at-most',
  maximum: 'at-most', 'not exceeding': 'at-most', 'not to exceed': 'at-most', 'not above': 'at-most', 'no greater than': 'at-most',
  'no higher than': 'at-most', 'no larger than': 'at-most', 'no bigger than': 'at-most', 'not greater than': 'at-most',
  'no lower than': 'at-least', 'no smaller than': 'at-least', 'not below': 'at-least', 'as few as': 'at-least', 'as little as': 'at-least', '<=': 'at-most', '≤': 'at-most',
  'or less': 'at-most',
  // inclusive bounds said in full (rules, thresholds): the bound wins over the "equal to" inside it
  'less than or equal to': 'at-most', 'fewer than or equal to': 'at-most', 'equal to or less than': 'at-most',
  'equal to or fewer than': 'at-most', 'greater than or equal to': 'at-least', 'more than or equal to': 'at-least',
  'equal to or greater than': 'at-least', 'equal to or more than': 'at-least',
  // the same said loosely ("less or equal than 35"): still an inclusive bound. Kept (audited): English
  // written by non-native writers (translated wire copy, press releases of foreign agencies, rules
  // quoted from regulations) says it this way, and no reading of these phrases is anything but a bound
  'less or equal than': 'at-most', 'less or equal to': 'at-most', 'smaller or equal than': 'at-most', 'smaller or equal to': 'at-most',
  'greater or equal than': 'at-least', 'greater or equal to': 'at-least', 'more or equal than': 'at-least', 'more or equal to': 'at-least',
  'larger or equal than': 'at-least', 'larger or equal to': 'at-least', 'equal or less than': 'at-most', 'equal or greater than': 'at-least',
  'equal or more than': 'at-least', 'equal or fewer than': 'at-most',
  // exactness said out loud
  exactly: 'exact', precisely: 'exact', just: 'exact', only: 'exact', 'equal to': 'exact', equals: 'exact', 'equals to': 'exact',
  // movement: the figure is a change ("rose 3%", "fell by 2", "up 4%", "a drop of 10")
  up: 'up', rose: 'up', rise: 'up', rises: 'up', rising: 'up', risen: 'up', 'rose by': 'up', increased: 'up',
  'increased by': 'up', increase: 'up', increases: 'up', 'an increase of': 'up', 'a rise of': 'up', 'a jump of': 'up',
  gained: 'up', gain: 'up', gains: 'up', 'a gain of': 'up', grew: 'up', 'grew by': 'up', grow: 'up', grows: 'up',
  jumped: 'up', jumps: 'up', climbed: 'up', climbs: 'up', surged: 'up', soared: 'up', added: 'up', advanced: 'up',
  'went up': 'up', 'up by': 'up', increasing: 'up', 'growth of': 'up', boosted: 'up', raised: 'up',
  down: 'down', fell: 'down', fall: 'down', falls: 'down', falling: 'down', fallen: 'down', 'fell by': 'down',
  dropped: 'down', drop: 'down', drops: 'down', 'a drop of': 'down', 'a fall of': 'down', declined: 'down',
  decline: 'down', declines: 'down', 'a decline of': 'down', decreased: 'down', 'decreased by': 'down', 'a decrease of': 'down',
  lost: 'down', loses: 'down', slipped: 'down', slid: 'down', sank: 'down', tumbled: 'down', plunged: 'down',
  plummeted: 'down', shed: 'down', 'went down': 'down', 'down by': 'down', cut: 'down', 'cut by': 'down',
  shrank: 'down', 'shrank by': 'down', eased: 'down', dipped: 'down', slumped: 'down', 'a loss of': 'down',
  // more verbs of movement news uses; "<verb> by" is read from these too ("slumped by a fifth")
  reduced: 'down', lowered: 'down', trimmed: 'down', slashed: 'down', tanked: 'down', contracted: 'down', shrunk: 'down',
  narrowed: 'down', declining: 'down', dropping: 'down', plunging: 'down', tumbling: 'down', sliding: 'down', slipping: 'down',
  losing: 'down', shedding: 'down', sinking: 'down', plunge: 'down', tumble: 'down', slump: 'down', dip: 'down',
  widened: 'up', expanded: 'up', rebounded: 'up', recovered: 'up', rallied: 'up', spiked: 'up', skyrocketed: 'up',
  climbing: 'up', jumping: 'up', soaring: 'up', surging: 'up', gaining: 'up', adding: 'up', climb: 'up', jump: 'up',
  surge: 'up', soar: 'up', 'a surge of': 'up',
  // the perfect's participle and the market report's verbs ("has grown 2%", "shares leapt 15%", "the pound weakened 0.4%")
  grown: 'up', 'grown by': 'up', leapt: 'up', leaped: 'up', rocketed: 'up', strengthened: 'up',
  dived: 'down', retreated: 'down', weakened: 'down', 'a hike of': 'up', 'a boost of': 'up', 'a cut of': 'down', 'a reduction of': 'down',
});

/** Phrases written right after a figure that bound it ("200 or more", "5,000 or less", "10-plus"). */
export const QUALIFIER_AFTER: Readonly<Record<string, Qualifier>> = table({
  'or more': 'at-least', 'or greater': 'at-least', 'or higher': 'at-least', 'or above': 'at-least', 'and up': 'at-least',
  'or over': 'at-least', plus: 'at-least', '-plus': 'at-least', '+': 'at-least', 'and over': 'at-least', 'and above': 'at-least',
  'or less': 'at-most', 'or fewer': 'at-most', 'or lower': 'at-most', 'or below': 'at-most', 'or under': 'at-most',
  'and under': 'at-most', 'and below': 'at-most', odd: 'about', '-odd': 'about', '-ish': 'about', ish: 'about',
  'or so': 'about',
});

/**
 * Nouns of movement right after a percentage or an amount: "a 3% rise", "a $2 drop". After a
 * count they name the things counted ("3 cuts"), so the stage reads them only after percent and money.
 */
export const MOVEMENT_AFTER: Readonly<Record<string, Qualifier>> = table({
  rise: 'up', increase: 'up', gain: 'up', jump: 'up', growth: 'up', hike: 'up', surge: 'up', climb: 'up', boost: 'up',
  drop: 'down', fall: 'down', decline: 'down', decrease: 'down', cut: 'down', loss: 'down', slump: 'down', dip: 'down',
  reduction: 'down', plunge: 'down', slide: 'down',
  // a comparison said after the amount: "pay 4.9 per cent more", "$3 cheaper", "20% lower than last year"
  more: 'up', higher: 'up', dearer: 'up', less: 'down', lower: 'down', cheaper: 'down', fewer: 'down',
});

/**
 * Words that take "about" or "over" as a preposition: a figure after them is their object, not
 * an estimate or a bound ("talked about 412 options", "presided over four trials", "chosen over
 * four rivals"). Verbs of saying are left out on purpose: "said about 200 people came" is an estimate.
 */
export const PREPOSITION_TAKERS: Readonly<Record<string, ReadonlySet<string>>> = table({
  // topics: thinking, talking, learning and caring about something
  about: new Set(['talk', 'talks', 'talked', 'talking', 'speak', 'speaks', 'spoke', 'spoken', 'speaking', 'think', 'thinks',
    'thought', 'thinking', 'know', 'knows', 'knew', 'known', 'learn', 'learns', 'learned', 'learnt', 'care', 'cares', 'cared',
    'worry', 'worries', 'worried', 'ask', 'asks', 'asked', 'hear', 'hears', 'heard', 'read', 'reads', 'write', 'writes',
    'wrote', 'written', 'complain', 'complained', 'joke', 'joked', 'argue', 'argued', 'forget', 'forgot', 'dream',
    'dreamed', 'wonder', 'wondered', 'lie', 'lied', 'boast', 'boasted', 'brag', 'bragged', 'warn', 'warned', 'more',
    'right', 'wrong', 'serious', 'concerned', 'curious', 'question', 'questions', 'news', 'story', 'stories', 'book',
    'film', 'debate', 'information', 'details', 'nothing', 'something', 'anything', 'everything', 'much', 'little']),
  // authority, choice and contest over something
  over: new Set(['preside', 'presides', 'presided', 'presiding', 'rule', 'ruled', 'rules', 'reign', 'reigned', 'chose',
    'chosen', 'choose', 'picked', 'prefer', 'preferred', 'favor', 'favored', 'favour', 'favoured', 'first', 'lead', 'edge',
    'advantage', 'victory', 'win', 'triumph', 'control', 'power', 'authority', 'jurisdiction', 'concern', 'concerns',
    'worries', 'fight', 'fights', 'fought', 'dispute', 'disputes', 'row', 'clash', 'clashed', 'clashes', 'feud', 'tension',
    'tensions', 'fret', 'fretted', 'argued', 'squabble', 'squabbled', 'stepped', 'tripped', 'hovered', 'flew', 'fly']),
});

/**
 * Verbs whose "up" or "down" is the particle of a phrasal verb, not a movement of the figure after it: "the lift has
 * broken down three times", "traders set up 40 stalls", "women make up 40% of the staff", "police shot down two drones".
 * Verbs of movement that take the particle ("went up", "shot up 6%", "edged down", "closed up 2%", "gave up 3%")
 * are not listed: there the particle says which way the figure moved. Each key is "<verb form> <particle>".
 */
const PHRASAL_PARTICLE_VERBS: [forms: string[], particles: string[]][] = [
  // breaking, closing and ending: "broke down twice", "shut down 12 plants", "wound down three funds"
  [['break', 'breaks', 'breaking', 'broke', 'broken'], ['down', 'up']],
  [['shut', 'shuts', 'shutting'], ['down', 'up']],
  [['wind', 'winds', 'winding', 'wound'], ['down', 'up']],
  // leaving a post or a fight: "stepped down after 12 years", "backed down twice"
  [['step', 'steps', 'stepping', 'stepped', 'stand', 'stands', 'standing', 'stood', 'back', 'backs', 'backing', 'backed'], ['down']],
  // acting against something: "cracked down on 40 sites", "tracked down three suspects", "shot down two drones"
  [['crack', 'cracks', 'cracking', 'cracked', 'clamp', 'clamps', 'clamping', 'clamped', 'track', 'tracks', 'tracking', 'tracked',
    'hunt', 'hunts', 'hunting', 'hunted', 'gun', 'guns', 'gunning', 'gunned', 'shoot', 'shoots', 'shooting', 'shot', 'knock',
    'knocks', 'knocking', 'knocked', 'tear', 'tears', 'tearing', 'tore', 'torn', 'pin', 'pins', 'pinning', 'pinned'], ['down']],
  // handing, taking and turning down: "handed down 20 sentences", "took down 40 posts", "turned down three offers"
  [['hand', 'hands', 'handing', 'handed', 'take', 'takes', 'taking', 'took', 'taken', 'turn', 'turns', 'turning', 'turned',
    'put', 'puts', 'putting', 'play', 'plays', 'playing', 'played'], ['down']],
  // making, setting and gathering up: "set up 40 stalls", "signed up 300 members", "racked up 20 wins", "make up 40%"
  [['set', 'sets', 'setting', 'sign', 'signs', 'signing', 'signed', 'make', 'makes', 'making', 'made', 'line', 'lines', 'lining',
    'lined', 'lock', 'locks', 'locking', 'locked', 'snap', 'snaps', 'snapping', 'snapped', 'rack', 'racks', 'racking', 'racked',
    'rake', 'rakes', 'raking', 'raked', 'sum', 'sums', 'summing', 'summed', 'show', 'shows', 'showing', 'showed', 'shown',
    'turn', 'turns', 'turning', 'turned', 'open', 'opens', 'opening', 'opened', 'bring', 'brings', 'bringing', 'brought'], ['up']],
];
export const PHRASAL_PARTICLES: ReadonlySet<string> = new Set(PHRASAL_PARTICLE_VERBS.flatMap(([forms, particles]) =>
  forms.flatMap((f) => particles.map((p) => `${f} ${p}`))));
