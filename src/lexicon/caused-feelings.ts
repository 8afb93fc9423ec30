// Verbs of causing a feeling, the one who feels it their object (Levin's amuse verbs, 31.1): "The ruling surprised
// legal experts", "the delays have angered commuters". Annotated news counts the feeler's reaction as a view held of
// the subject, the feeler its source (cues/caused-feeling-frame.ts, quotes/feeler-as-source.ts). Left out: the bare
// forms that are as often nouns ("public anger", "outrage over"); "worry" ("worries that", "worried about" are the
// worrier's own view, read as a belief verb); "concern" ("the case concerns a loan" is what it is about); "please"
// (the writer's "please note"); and the verbs of a result in sport ("stunned the leaders 2-1", "upset the favourite",
// "shocked the champions", "rattled the crossbar", "troubled the keeper").
import type { SpeechVerb } from './speech-verb-entry.js';

const framed = (lemma: string, forms: string[]): SpeechVerb => ({ lemma, group: 'feeling', forms, framed: true });

export const CAUSED_FEELING_VERBS: SpeechVerb[] = [
  framed('surprise', ['surprise', 'surprised', 'surprising']),
  framed('alarm', ['alarm', 'alarmed', 'alarming']),
  framed('anger', ['angers', 'angered', 'angering']),
  framed('enrage', ['enrages', 'enraged', 'enraging']),
  framed('infuriate', ['infuriate', 'infuriates', 'infuriated', 'infuriating']),
  framed('outrage', ['outraged']),
  framed('frustrate', ['frustrate', 'frustrates', 'frustrated', 'frustrating']),
  framed('disappoint', ['disappoint', 'disappoints', 'disappointed', 'disappointing']),
  framed('dismay', ['dismays', 'dismayed']),
  framed('baffle', ['baffle', 'baffles', 'baffled', 'baffling']),
  framed('puzzle', ['puzzled']),
  framed('unsettle', ['unsettle', 'unsettles', 'unsettled', 'unsettling']),
  framed('spook', ['spooked']),
  framed('irritate', ['irritate', 'irritates', 'irritated', 'irritating']),
  framed('annoy', ['annoys', 'annoyed']),
  framed('delight', ['delighted']),
  framed('impress', ['impressed']),
  framed('reassure', ['reassured']),
  framed('hearten', ['heartened']),
  framed('appal', ['appals', 'appalls', 'appalled']),
  framed('offend', ['offended']),
];

/** The lemmas above ("worry" stays a belief verb: "worries that", "worried about" are the worrier's own). */
export const CAUSED_FEELING_LEMMAS: ReadonlySet<string> = new Set(CAUSED_FEELING_VERBS.map((v) => v.lemma));
