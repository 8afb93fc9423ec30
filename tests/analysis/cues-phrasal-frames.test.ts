// The idioms of judging in words read literally (cues/phrasal-frames.ts): cold water poured on what is hosed down to
// cool it, and a swing at a ball or a puck, are deeds, not a dismissal or an attack in words. Invented texts.
import { describe, expect, it } from 'vitest';
import { allCues } from './verb-cues.js';

describe('cues: an idiom of dismissing or attacking with a physical object', () => {
  it.each([
    'Firefighters poured cold water on the burning tanks for three hours.',
    'The crew poured cold water on the wreckage until dawn.',
    'Dockers poured cold water on the ship’s hull, which was still smoking.',
    'Mechanics poured cold water on the engine.',
    'The striker hit out at the ball but missed the goal.',
    'The batsman lashed out at a wide delivery and was caught.',
    'The winger lashed out at the loose puck.',
  ])('is a deed: %s', (text) => {
    expect(allCues(text)).toEqual([]);
  });

  it.each<[string, string[]]>([
    // a thing's noun as a modifier of what is judged: the noun phrase goes on past it
    ['Analysts poured cold water on the think tank report.', ['poured cold water on']],
    ['The minister poured cold water on the tank deal with Poland.', ['poured cold water on']],
    ['Ministers poured cold water on the engine maker’s bid.', ['poured cold water on']],
    ['The union poured cold water on the fire chief’s claims.', ['poured cold water on']],
    // people after "ball", and a rule in a compound
    ['The coach hit out at the ball boys for slow returns.', ['hit out at']],
    ['The manager lashed out at the ball-tampering rules.', ['lashed out at']],
    // the idioms with what they usually judge
    ['The union poured cold water on talk of a strike.', ['poured cold water on']],
    ['The coach hit out at the referees.', ['hit out at']],
  ])('stays an idiom of judging: %s', (text, expected) => {
    expect(allCues(text)).toEqual(expected);
  });
});
