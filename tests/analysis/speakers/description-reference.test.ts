// speakers/description-reference.ts: a description to its entity (beside a name; the last entity whose role fits;
// a titled name just after), or to nobody. Whole speakers stage on invented texts.
import { describe, expect, it } from 'vitest';
import { resolve, who } from './resolve-text.js';

describe('speakers/description-reference: descriptions', () => {
  it.each([
    ['Health Minister Emily Rourke spoke. The minister said no.', 'The minister', 'Emily Rourke'],
    ['Foreign Minister Tomasz Wrenski spoke. The diplomat said no.', 'The diplomat', 'Tomasz Wrenski'],
    ['Norway’s finance minister spoke first. Finance Minister Ola Brekke then left.', 'Norway’s finance minister', 'Ola Brekke'],
    ['Ann Pell met her Finnish colleague Tarja Lind.', 'her Finnish colleague', 'Tarja Lind'],
    ['Hugo Brandt, a veterinarian, said so.', 'a veterinarian', 'Hugo Brandt'],
    ['The Halden Institute, the company, said so.', 'the company', 'Halden Institute'],
    ['Ann Pell, 45, a nurse, said so.', 'a nurse', 'Ann Pell'],
    ['The Daily Courier ran the story. The newspaper said it stood by it.', 'The newspaper', 'Daily Courier'],
    // someone unnamed keeps the article: a description, not a name
    ['A nurse said no. Another nurse said yes.', 'Another nurse', 'another nurse'],
    ['Norway’s trade minister said no.', 'Norway’s trade minister', 'Norway’s trade minister'],
    ['Rob Lind spoke. Lind smiled. Ann Pell waved. Lind left. The nominee said no.', 'The nominee', 'Rob Lind'],
    ['Later Liberal Rob Lind spoke. Lind smiled. Lind left. The Liberal nominee said no.', 'The Liberal nominee', 'Rob Lind'],
    ['Ohio Sen. Ann Pell met Utah Sen. Rob Lind. The Ohio senator said no.', 'The Ohio senator', 'Ann Pell'],
    ['Ann Pell’s campaign said no. The campaign later agreed.', 'The campaign', 'Pell campaign'],
    ['The Halden Institute sued Norway. The company said no.', 'The company', 'Halden Institute'],
    ['Rob Lind spoke. His campaign said no.', 'His campaign', 'Lind campaign'],
    // a role in capitals after "the" is a description like "the minister"
    ['Tamsin Okoro, the Labour MP for the area, spoke. The MP said no.', 'The MP', 'Tamsin Okoro'],
    ['Rob Lind, the firm’s CEO, spoke. The CEO said no.', 'The CEO', 'Rob Lind'],
    // a headline's bare role noun: the titled name the story opens with
    ['Governor says ferry will run\n\nGov. Ada Quist said on Monday the ferry would run.', 'Governor', 'Ada Quist'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });

  it.each([
    ['The minister said no.', 'The minister'],
    ['Ann Pell met Rob Lind. Neither lawyer spoke.', 'Neither lawyer'],
    ['Ann Pell met her colleague.', 'her colleague'],
    ['Emily Rourke spoke. The senator said no.', 'The senator'],
    ['Rob Lind spoke. Lind smiled. Lind left. The judge said no.', 'The judge'],
    ['Rob Lind spoke. Lind smiled. Lind left. The next mayor will say.', 'The next mayor'],
    // an epithet of wealth is no office the protagonist holds: no guess
    ['Rob Lind spoke. Lind smiled. Lind left. The billionaire said no.', 'The billionaire'],
    ['Rob Lind spoke. Lind smiled. Lind left. The tycoon said no.', 'The tycoon'],
    ['Ohio Sen. Rob Lind spoke. The Utah senator said no.', 'The Utah senator'],
    ['The MP said no.', 'The MP'],
  ])('leaves unresolved: %s', (text, mention) => {
    expect(who(text, mention)).toBeNull();
  });
});

describe('speakers/description-reference: an unknown single name apposed to a body\'s description is that body', () => {
  it.each([
    // an unknown single name in apposition with an organisation's description is that organisation
    ['Brightwater, the company, said sales fell.', 'Brightwater', 'organization'],
    // the name after the description, in commas or brackets
    ['The company, Brightwater, said sales fell.', 'Brightwater', 'organization'],
    ['The agency (Tallvik) said fares would rise.', 'Tallvik', 'organization'],
    // a name with no closing mark after it is no apposition: the writer's aside names the speaker
    ['The company, Brenner said, would close the mill.', 'Brenner', 'person'],
    // a person's description leaves it a person; a place phrase is no apposition
    ['Marwick, the senator, said no.', 'Marwick', 'person'],
  ])('%s', (text, name, kind) => {
    expect(resolve(text).entities.find((e) => e.name === name)?.kind).toBe(kind);
  });

  it.each([
    // an unknown name in apposition with an organisation's kind is that organisation
    ['Threshold, the housing charity, said the cap was low.', 'Threshold', 'organization'],
    ['Skyvale, the airline, said fares would rise.', 'Skyvale', 'organization'],
    ['Mardell, the insurer, said claims rose.', 'Mardell', 'organization'],
  ])('%s', (text, mention, kind) => {
    const s = resolve(text, ['said']);
    const m = s.mentions.find((x) => x.text === mention);
    expect(m?.entity === null || m?.entity === undefined ? null : s.entities[m.entity]!.kind).toBe(kind);
  });

  it.each([
    // a person in apposition with a person's description stays a person
    ['Tamsin Achterberg, the airline chief, said fares would rise.', 'Tamsin Achterberg', 'person'],
    ['Mardell, a retired teacher, said claims rose.', 'Mardell', 'person'],
  ])('leaves alone: %s', (text, mention, kind) => {
    const s = resolve(text, ['said']);
    const m = s.mentions.find((x) => x.text === mention);
    expect(m?.entity === null || m?.entity === undefined ? null : s.entities[m.entity]!.kind).toBe(kind);
  });
});
