import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// Sport, rescue and court copy: speech verbs whose object makes them a deed (cues/act-objects.ts,
// act-objects-force.ts, frames.ts CALLED_EVENT).
describe('cues: deeds in sport, rescue and court copy', () => {
  it.each([
    // a prize named by a word or two before it
    ['Harlow Rovers claimed the league title on Saturday.'],
    ['Orla Venn claimed a third straight win in the sprint.'],
    // someone come upon alive or dead
    ['Rescuers found the missing hikers alive on Sunday.'],
    ['Walkers found the man dead in a ditch near Kelso.'],
    // an event convened, its length in figures
    ['The union called a 48-hour strike at three ports.'],
    ['The rebels called a truce.'],
    ['The union called a strike vote for Friday.'],
    // a witness called in court, by its rank
    ['The prosecutor then called her first witness.'],
    // making oneself noticed, where first
    ['The Tigers announced their arrival in the playoffs with a rout.'],
    // a booking, an innings closed, a player stopped
    ['The defender was shown a red card in the 70th minute.'],
    ['The referee showed him a second yellow card.'],
    ['The captain declared the innings closed at tea.'],
    ['Brackmoor declared on 412 for six.'],
    ['The goalkeeper denied Ruiz twice before half-time.'],
    // a reply in play
    ['The keeper answered with two fine saves in the second half.'],
    ['Lind answered her critics by winning the final.'],
  ])('%s: no verb cue', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    // the prize is the subject of a clause: a claim
    ['Orla Venn claimed the title was won unfairly.', ['claimed']],
    // a finding about a thing, not a body
    ['Inspectors found the bridge unsafe.', ['found']],
    // a call for an event is speech
    ['The union called for a 48-hour strike.', ['called for']],
    // a card that is no booking, an announcement on a day, a denial with a clause
    ['The video showed the card was red.', ['showed']],
    ['The captain declared on Monday that he would retire.', ['declared']],
    ['The minister denied Ruiz had been paid.', ['denied']],
    ['The band announced their arrival in Kelso on Friday.', ['announced']],
    ['Lind answered her critics by saying the ranking was unfair.', ['answered her critics by saying']],
    // the same verbs where they are speech in politics, business and court copy
    ['Investigators found that the victims were dead before the fire.', ['found']],
    ['The club claimed the seat belonged to its founder.', ['claimed']],
    ['The senator claimed the election win should be annulled.', ['claimed']],
    ['The company declared on 1 March that it would close two plants.', ['declared']],
    ['The governor declared at 5 p.m. that the curfew was over.', ['declared']],
    ['The MP answered with two points of order.', ['answered']],
    ['The premier answered with a victory speech.', ['answered']],
    ['The mayor answered critics by calling the audit a sham.', ['answered critics by calling']],
    // an event named something, not convened (frames.ts CALLED_EVENT)
    ['The former governor called the 2020 election stolen.', ['called']],
    ['The senator called the recent vote rigged and unfair.', ['called']],
    // a doubt voiced over years (act-objects-force.ts question, FOR_A_TIME)
    ['Residents have questioned for several years whether the dam is safe.', ['have questioned for']],
    ['Critics have questioned for two decades the wisdom of the dam.', ['have questioned']],
  ])('%s: keeps %j', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
