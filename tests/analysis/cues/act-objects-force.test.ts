import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// Violence, summoning help, aiming and the courts as the object of a speech verb (cues/act-objects-force.ts); and the
// same verbs where they still report a stance or words.
describe('cues: force, policing and court objects make the verb a deed', () => {
  it.each([
    // violence, a crash, a deal struck, noise, menacing with a weapon, an illness at work
    ['The tenants sued, challenging the new levy in district court.'],
    ['Ivo Sarn is challenging the mayor for the nomination.'],
    ['Raiders attacked the depot at dawn, wounding a clerk.'],
    ['A man attacked a guard with a knife.'],
    ['The cancer had attacked her liver.'],
    ['The van slammed into a wall on Route 9.'],
    ['The two sides hammered out a deal overnight.'],
    ['The band blasted music all night.'],
    ['Police arrested a man who threatened staff with a knife.'],
    // summoning help, a phone call to kin or a place, aiming
    ['Neighbors called police after hearing shots.'],
    ['She called 911.'],
    ['Ivo Sarn called his mother every day.'],
    ['She called the bank to complain.'],
    ['He pointed a rifle at the officers.'],
    // a case thrown out, someone refused something
    ['The judge dismissed the case on Friday.'],
    ['A federal judge dismissed the fraud charges against Ivo Sarn.'],
    ['The tenant was denied bail, and the court denied him a visa.'],
  ])('leaves alone: %s', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    ['Ivo Sarn challenged the mayor to a debate.', ['challenged']],
    ['Ida Lind attacked the plan as reckless.', ['attacked']],
    ['Ida Lind attacked the heart of the plan.', ['attacked']],
    ['The senator slammed the plan as reckless.', ['slammed']],
    ['The senator hammered away at the toll plan.', ['hammered']],
    ['She hammered home the point that fares must fall.', ['hammered']],
    ['The union threatened the firm with a strike.', ['threatened']],
    ['The water company threatened to sue Orvik.', ['threatened']],
    ['Ida Lind called the police chief a liar.', ['called']],
    ['She called the election a fraud.', ['called']],
    ['Ivo Sarn called his brother a hero.', ['called']],
    ['Ola Berg called the bank merger a disaster.', ['called']],
    ['The board backed the toll, with the mayor calling the vote "a fresh start."', ['backed', 'calling']],
    ['He pointed out that the fee rose.', ['pointed out']],
    ['The mayor dismissed the charges as a smear.', ['dismissed']],
    ['Ola Berg dismissed protesters who called the toll unfair.', ['dismissed', 'called']],
    ['He denied the report that the pier would close.', ['denied']],
  ])('keeps the stance or the speech: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
