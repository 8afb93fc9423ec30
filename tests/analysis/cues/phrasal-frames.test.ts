// The idioms of judging in words read literally (cues/phrasal-frames.ts): cold water poured on what is hosed down to
// cool it, and a swing at a ball or a puck, are deeds, not a dismissal or an attack in words. Invented texts.
import { describe, expect, it } from 'vitest';
import { allCues } from '../verb-cues.js';

describe('cues: an idiom of dismissing or attacking with a physical object', () => {
  it.each([
    'Firefighters poured cold water on the burning tanks for three hours.',
    'The crew poured cold water on the wreckage until dawn.',
    'Dockers poured cold water on the ship’s hull, which was still smoking.',
    'Mechanics poured cold water on the engine.',
    'The striker hit out at the ball but missed the goal.',
    'The batsman lashed out at a short ball and was caught.',
    'The winger lashed out at the loose puck.',
    // a player's ball with an adjective of play, before a time or a preposition
    'The striker lashed out at the loose ball after the corner.',
    'The batsman hit out at a wide ball in the last over.',
    // the thing's phrase goes on with "of" a determined thing, or "and" another thing, and still ends at a thing
    'Crews poured cold water on the roof of the grain store for an hour.',
    'Firefighters poured cold water on the tanks and trucks.',
    'Crews poured cold water on the reactors and cooling pipes at the plant.',
    'Crews poured cold water on the hull of a trawler.',
  ])('is a deed: %s', (text) => {
    expect(allCues(text)).toEqual([]);
  });

  it.each<[string, string[]]>([
    // a thing's noun as a modifier of what is judged: the noun phrase goes on past it
    ['Analysts poured cold water on the think tank report.', ['poured cold water on']],
    ['The minister poured cold water on the tank deal with Poland.', ['poured cold water on']],
    ['Ministers poured cold water on the engine maker’s bid.', ['poured cold water on']],
    ['The union poured cold water on the fire chief’s claims.', ['poured cold water on']],
    // the whole phrase runs on past the thing: "of" a bare noun, or "and" a bare plural before the head noun
    ['The treasurer poured cold water on the engines of export theory.', ['poured cold water on']],
    ['Pundits poured cold water on the flames of revolt in the north.', ['poured cold water on']],
    ['Auditors poured cold water on the trucks and buses contract.', ['poured cold water on']],
    // people after "ball", and a rule in a compound
    ['The coach hit out at the ball boys for slow returns.', ['hit out at']],
    ['The manager lashed out at the ball-tampering rules.', ['lashed out at']],
    // the idioms with what they usually judge
    ['The union poured cold water on talk of a strike.', ['poured cold water on']],
    ['The coach hit out at the referees.', ['hit out at']],
    // a delivery in news is a service or a parcel, not a bowler's ball
    ['Nurses hit out at the delivery of the new rota.', ['hit out at']],
    ['Farmers lashed out at the late deliveries.', ['lashed out at']],
    // a dance named by its occasion
    ['Campaigners lashed out at the charity ball after tickets sold out.', ['lashed out at']],
    ['Students hit out at the summer ball for its prices.', ['hit out at']],
    ['Tenants lashed out at the annual ball in the town hall.', ['lashed out at']],
    // a participle of saying after the ball: the words judged it (a gala's)
    ['The councillor hit out at the ball, calling it a waste of money.', ['hit out at', 'calling']],
    ['Residents lashed out at the summer ball, saying it kept them awake.', ['lashed out at', 'saying']],
  ])('stays an idiom of judging: %s', (text, expected) => {
    expect(allCues(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // words after the deed are a cue of their own and do not make the deed one of judging
    ['Firefighters poured cold water on the flames, saying the wind had dropped.', ['saying']],
    ['Crews poured cold water on the tanks, warning that the fumes were toxic.', ['warning']],
  ])('is a deed with a cue after it: %s', (text, expected) => {
    expect(allCues(text)).toEqual(expected);
  });
});

// "stood by" what one said, judged or decided, kept to under challenge; a place, a wait or a person stood by is no stance.
describe('cues: "stood by" a claim or a decision', () => {
  it.each<[string, string[]]>([
    ['The bishop stood by his earlier estimate of the repair bill.', ['stood by']],
    ['The magazine stands firmly by its reporting.', ['stands firmly by']],
    ['The umpire is standing by the decision to abandon the match.', ['is standing by']],
  ])('%s', (text, expected) => {
    expect(allCues(text)).toEqual(expected);
  });

  it.each([
    'The porter stood by the door all night.',
    'Lifeboat crews stood by for the gale.',
    'She stood by her brother through the trial.',
    'Fans in the stands by the river sang.',
  ])('leaves alone: %s', (text) => {
    expect(allCues(text)).toEqual([]);
  });
});

// "pushed back on" or "against" a claim or a plan: resisting it in words; a shove is no stance (a delay: postponed-passive.test.ts).
describe('cues: "pushed back on" or "against" a claim or a plan', () => {
  it.each<[string, string[]]>([
    ['The dairy cooperative pushed back on the new labelling rules.', ['pushed back on']],
    ['Orchard growers are pushing back hard against the water charges.', ['are pushing back hard against']],
    ['The ambulance trust has pushed back against the inspectors’ findings.', ['has pushed back against']],
  ])('%s', (text, expected) => {
    expect(allCues(text)).toEqual(expected);
  });

  it.each([
    'Stewards pushed back against the crowd at the turnstiles.',
    'The league pushed back the start of the season.',
  ])('leaves alone: %s', (text) => {
    expect(allCues(text)).toEqual([]);
  });
});
