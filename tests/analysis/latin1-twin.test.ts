import { describe, expect, it } from 'vitest';
import { beyondLatin1, latin1Source, latin1Twin, latin1TwinTable, twinServes } from '../../src/analysis/latin1-twin.js';

describe('latin1Source', () => {
  it.each([
    // outside a class a cut property becomes a class of its own
    [String.raw`\p{Lu}x`, 'u', String.raw`[\u0041-\u005a\u00c0-\u00d6\u00d8-\u00de]x`],
    [String.raw`\p{N}`, 'u', String.raw`[\u0030-\u0039\u00b2-\u00b3\u00b9\u00bc-\u00be]`],
    // inside a class, its items
    [String.raw`[\p{Lu}.'-]`, 'u', String.raw`[\u0041-\u005a\u00c0-\u00d6\u00d8-\u00de.'-]`],
    // no mark is Latin-1: nothing inside a class, a class matching nothing outside one
    [String.raw`[\p{M}x]\p{M}`, 'u', String.raw`[x][]`],
    // under /i a class of capitals takes the small letters it folds with (and "ß", "µ" and "ÿ" too)
    [String.raw`\p{Lu}`, 'iu', String.raw`[\u0041-\u005a\u0061-\u007a\u00b5\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]`],
  ])('%s /%s', (source, flags, expected) => {
    expect(latin1Source(source, flags)).toBe(expected);
  });

  it.each([
    // left alone: other properties, an escaped backslash before "p", the negated \P, plain text
    [String.raw`\p{Sc}\p{Ps}`],
    [String.raw`\\p{L}`],
    [String.raw`\P{L}`],
    [String.raw`[\]\p]said\s+\w+`],
    ['(?<=[.!?] )The\\b'],
  ])('%s is kept', (source) => {
    expect(latin1Source(source, 'u')).toBe(source);
  });
});

describe('twinServes', () => {
  it.each([
    ['The mayor said the plan was “dead on arrival” – and meant it…'],
    ['Zoë Brontë paid €40 for crème brûlée at the café, ½ price'],
    [''],
    ['a lone \ud800 surrogate'],
  ])('%j: yes', (subject) => expect(twinServes(subject)).toBe(true));

  it.each([
    ['Łukasz Nowak said so'], // a letter beyond Latin-1
    ['the Kelvin sign \u212a folds to k'],
    ['ſ, the long s'],
    ['a combining mark: e\u0301'],
    ['Arabic-Indic digits \u0663\u0664'],
    ['a letter past the Basic Plane: \u{1d400}'],
    ['Ÿ is beyond Latin-1 though ÿ is not'],
  ])('%j: no', (subject) => expect(twinServes(subject)).toBe(false));
});

describe('latin1Twin', () => {
  const CUT = ['L', 'Lu', 'Ll', 'N', 'M'];
  const FLAGS = ['u', 'iu'];

  // the claim the twin rests on, checked character by character over the Basic Plane and the next one:
  // wherever a subject may hold a character, the cut class matches it exactly when the full one does
  it.each(CUT.flatMap((name) => FLAGS.map((flags) => [name, flags])))('\\p{%s} /%s', (name, flags) => {
    for (const negated of [false, true]) {
      const { full, latin1 } = latin1Twin(new RegExp(`^[${negated ? '^' : ''}\\p{${name}}]$`, flags));
      for (let c = 0; c <= 0x1ffff; c++) {
        const ch = String.fromCodePoint(c);
        if (!twinServes(ch)) continue;
        if (full.test(ch) !== latin1.test(ch)) throw new Error(`U+${c.toString(16)} differs (negated: ${negated})`);
      }
    }
  });

  // invented news sentences, a pattern like those the analysis runs, and its twin: the same matches
  const NAME_SAID = /(?<![\p{L}’'-])(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){0,2}),?\s+(?:said|says)\b/gu;
  const WORDS_BEFORE = /(?:[\p{L}\p{N}’'-]+\s+){1,3}(?:as\s+)?(?:said|told)\b/giu;
  it.each([
    ['“The roof will hold,” Ines Okafor said on Tuesday.'],
    ['Rémi Duchêne says the 2½ tonnes of grain arrived; O’Leary said nothing.'],
    ['Łukasz Brzęk said the vote was close'], // beyond Latin-1: a twin that also holds Ł and ę
    ['Ōta Sora and Şule Öz said so, and Ōta said it again'],
    ['IN CAPITALS, AS TOLD BY Someone Said'],
  ])('%j reads alike', (subject) => {
    for (const re of [NAME_SAID, WORDS_BEFORE]) {
      const twin = latin1Twin(re);
      const chosen = twin.for(subject);
      expect([...subject.matchAll(chosen)].map((m) => [m.index, ...m])).toEqual([...subject.matchAll(re)].map((m) => [m.index, ...m]));
    }
  });

  it('runs the twin on a Latin-1 subject, a wider twin for each of the first few sets of letters past it, then the full pattern', () => {
    const twin = latin1Twin(/\p{Lu}\p{Ll}+/u);
    expect(twin.for('Ana said')).toBe(twin.latin1);
    expect(twin.latin1.flags).toBe(twin.full.flags);
    const wider = twin.for('Ďuro said');
    expect([wider === twin.latin1, wider === twin.full]).toEqual([false, false]);
    expect(twin.for('Ďuro and Ďana said')).toBe(wider); // the same set: the same pattern
    expect(twin.for('Łada said')).not.toBe(twin.full);
    expect(twin.for('Şule said')).not.toBe(twin.full);
    expect(twin.for('Ōta said')).toBe(twin.full); // a fourth set
  });

  // the claim the wider twin rests on: for a subject holding some letters past Latin-1, the cut class plus those
  // letters matches each character such a subject may hold exactly when the full class does (case folding included)
  const PAST = ['Ł', 'ł', 'ğ', 'Ω', 'ж', '\u212a', '\u017f', '\u0130', '\u0301', '\u0663', '\u{1d400}', 'Ÿ', '中'];
  it.each(CUT.flatMap((name) => FLAGS.map((flags) => [name, flags])))('wider \\p{%s} /%s', (name, flags) => {
    for (const negated of [false, true]) {
      for (const past of PAST) {
        const twin = latin1Twin(new RegExp(`^[${negated ? '^' : ''}\\p{${name}}]$`, flags));
        const wider = twin.for(`a ${past}`);
        const held = [...Array.from({ length: 256 }, (_, c) => String.fromCharCode(c)), past, '€', '–', '“'];
        for (const ch of held) if (twin.full.test(ch) !== wider.test(ch)) throw new Error(`${JSON.stringify(ch)} with ${JSON.stringify(past)} differs (negated: ${negated})`);
      }
    }
  });

  it.each([
    ['Łódź and Żory', [0x141, 0x17a, 0x17b]], // ("ó" is Latin-1)
    ['e\u0301 \u0663 \u{1d400} – € “', [0x301, 0x663, 0x1d400]],
    ['plain Latin-1: Zoë, ½', []],
  ])('beyondLatin1(%j)', (subject, expected) => {
    expect(beyondLatin1(subject as string)).toEqual(expected);
  });

  it('refuses a pattern without flag u (no \\p classes to cut)', () => {
    expect(() => latin1Twin(/said/i)).toThrow(/flag u/);
  });
});

describe('latin1TwinTable', () => {
  const table = latin1TwinTable({ praise: /^\s+\p{Lu}\p{Ll}+/u, plain: /^\s+the\s/i });

  it.each([
    // a pattern with flag u: its twin for Latin-1 subjects, itself for a subject beyond Latin-1
    ['praise', ' Oskar Lind for his work', 'latin1'],
    ['praise', ' Ōta Sora for her work', 'wider'],
    // a pattern without flag u has no Unicode classes to cut: it stands for itself on any subject
    ['plain', ' the harbour board', 'full'],
    ['plain', ' the Ōtsu council', 'full'],
  ])('%s on %j runs the %s pattern', (key, subject, which) => {
    const twin = table[key]!;
    if (which === 'wider') expect([twin.for(subject) === twin.latin1, twin.for(subject) === twin.full]).toEqual([false, false]);
    else expect(twin.for(subject)).toBe(which === 'full' ? twin.full : twin.latin1);
    expect(twin.for(subject).test(subject)).toBe(twin.full.test(subject));
  });
});
