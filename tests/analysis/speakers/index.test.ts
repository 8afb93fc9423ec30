// speakers/index.ts resolveSpeakers: what no one module of the stage decides alone (a role word opening the
// sentence, bodies and the people they name, a family, a club and its statement). Invented texts.
import { describe, expect, it } from 'vitest';
import { resolve, who } from './resolve-text.js';

describe('speakers: a role word opening the sentence is not part of the name', () => {
  it.each([
    ['Striker Pia Lund said no. Later Lund left.', 'Lund', 'Pia Lund'],
    ['Co-author Sam Adeyemi said no. Later Adeyemi left.', 'Adeyemi', 'Sam Adeyemi'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });
});

describe('speakers: bodies and the people named by them', () => {
  it.each([
    // a body's description is no person whose role names that body
    ['Union organizer Lev Dunn spoke. Later the union said no.', 'the union', 'the union'],
    // "X chairs the union": the name is the subject of a verb, a later "he" means him
    ['Tom Sarn chairs the union. Later he said no.', 'he', 'Tom Sarn'],
    ['Tom Sarn heads a team. Later he said no.', 'he', 'Tom Sarn'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention, -1, ['said'])).toBe(name);
  });
});

describe('speakers: a firm named by its trade, a family', () => {
  it.each([
    ['Kai Moss of Tennby Research spoke. Later he said no.', 'he', 'Kai Moss'],
    ['Mr Quist’s family spoke. Later they said no.', 'they', 'Mr Quist’s family'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention, -1, ['said'])).toBe(name);
  });

  it('a firm named by its trade is an organisation', () => {
    const s = resolve('Starfall Music said no.', ['said']);
    expect(s.entities.map((e) => `${e.name}/${e.kind}`)).toEqual(['Starfall Music/organization']);
  });
});

describe('speakers: a club, and the statement it spoke through', () => {
  it.each([
    ['Dunmore Rovers lost again. Later the club said no.', 'the club', 'Dunmore Rovers'],
    ['Later Premier League side Tarnby Rovers lost. The side said no.', 'The side', 'Tarnby Rovers'],
    // "it" after "said in a statement" is the body, not the statement
    ['Later the club said in a statement that it was sorry. It said no.', 'It', 'the club'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention, -1, ['said'])).toBe(name);
  });
});
