import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// The programme a speaker spoke on, its title in quotation marks (cues/verb-mediums BROADCAST_TITLE), is read into
// the verb's cue, with the network's possessive before it and a weekday after it; without a network only "say" does.
describe('cues: a quoted programme title after the verb', () => {
  it.each([
    ['"We will rebuild," Tomas Verel said on KNB\'s "Morning Harbor." "It will take years."', ['said on KNB\'s "Morning Harbor."']],
    ["Ana Morel said on WRV's ''The Week Ahead'' on Sunday that the port would expand.", ["said on WRV's ''The Week Ahead'' on Sunday"]],
    ['"It was a mistake," Lena Dorsk said Wednesday on KTV\'s "Good Evening Valley."', ['said Wednesday on KTV\'s "Good Evening Valley."']],
    ['"Rain is coming," the forecaster said on “Valley Weather Today.”', ['said on “Valley Weather Today.”']],
    ["Ana Morel argued on WRV's “Face the Valley” that the port would expand.", ["argued on WRV's “Face the Valley”"]],
    ['Dora Kell said on WXP\'s "Today" show that the rally was peaceful.', ['said on WXP\'s "Today" show']],
    ['Dora Kell said on "60 Seconds" that the rally was peaceful.', ['said on "60 Seconds"']],
  ])('reads the programme into the cue: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });

  it.each([
    ['Coach Ribe insisted on "Total Football" as the team\'s style.', ['insisted on']],
    ['Ana Morel said on KNB that the port would expand.', ['said']],
    ['Ana Morel said on Sunday that the port would expand.', ['said']],
    ['Ana Morel said on "the worst day of the year" the port would close.', ['said']],
    ['The judge commented on the "Harbor Bridge" case on Friday.', ['commented on']],
  ])('leaves other cues as they were: %s', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
