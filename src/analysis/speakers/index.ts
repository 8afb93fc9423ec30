// Stage 5: mentions resolved to entities, one per person, organisation or group, with the fullest name the
// document gives it, its roles, aliases and gender.
import type { Mentioned, Resolved } from '../state.js';
import { contextOf } from './context.js';
import { Registry } from './registry.js';
import { resolveNames } from './names.js';
import { resolveReferences } from './coreference.js';
import { speakForBodies } from './spokespeople.js';

export function resolveSpeakers(s: Mentioned): Resolved {
  const mentions = s.mentions.map((m) => ({ ...m }));
  const reg = new Registry();
  // 1. names: short forms to full names, organisations by name or acronym, groups by their words
  resolveNames(s.doc.text, mentions, reg);
  // 2. descriptions and pronouns to the nearest fitting entity, in text order
  resolveReferences(s.doc.text, mentions, s.cues, reg, contextOf(s));
  // 3. an unnamed spokesperson's words are the body's they speak for
  speakForBodies(s.doc.text, mentions, reg);
  return { ...s, mentions, entities: reg.toEntities() };
}
