import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

// "CONTENT, X said, <participle clause>": the participle after the frame is the writer's comment on the news,
// however long it runs, so the content is the clause before the frame and the participle is no content of its own.
// A gerund that is the subject of a clause going on after the frame ("..., she said, moving X would cost more"),
// "including" (a list the content goes on with) and words that only end in -ing ("nothing") are left as they were.
const quotes = (text: string) => analyze({ id: 't', text }).quotes.map((q) => text.slice(q.start, q.end));

describe('quotes/content-before: a participle clause after "X said,"', () => {
  it.each([
    ['The paper mill in Tarrow will close in May, the owners said, ending 90 years of paper-making in the valley.', 'The paper mill in Tarrow will close in May'],
    ['Two fishermen were rescued off Skarna Point, the coastguard said, speaking on condition of anonymity because it was not cleared to talk.', 'Two fishermen were rescued off Skarna Point'],
    ['Bus drivers in Lenholm voted to strike, their union said, raising the prospect of the first stoppage on the routes in a decade.', 'Bus drivers in Lenholm voted to strike'],
    ['A court in Vessby cleared the former mayor of all charges, his lawyer said, ending a case that had dragged on for six years.', 'A court in Vessby cleared the former mayor of all charges'],
    ['The ministers failed to agree on new grain quotas after two days of talks, officials said on Friday, leaving farmers without a plan for the spring.', 'The ministers failed to agree on new grain quotas after two days of talks'],
  ])('%s', (text, content) => {
    expect(quotes(text)).toEqual([content]);
  });

  it.each([
    // a gerund subject: the content goes on after the frame (and takes the concession the frame's commas set off
    // with it: quotes/fronted-condition.ts)
    ['Though the first merger went smoothly, he said, merging the two banks would be far harder.', 'Though the first merger went smoothly, he said, merging the two banks would be far harder'],
    // "including" carries a list on from the content
    ['The talks covered several topics, the ministry said, including fishing rights, tariffs and visas.', 'The talks covered several topics, the ministry said, including fishing rights, tariffs and visas'],
    // a short participle tail was already read this way
    ['The ferry will resume on Monday, the operator said, citing calmer seas.', 'The ferry will resume on Monday'],
  ])('leaves alone: %s', (text, content) => {
    expect(quotes(text)).toContain(content);
  });
});
