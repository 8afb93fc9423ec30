// speakers/people.ts: a short form joins the fullest name that fits it, of two people sharing a surname the one
// mentioned last; a stated gender or a clashing title keeps them apart. Whole speakers stage on invented texts.
import { describe, expect, it } from 'vitest';
import { resolve, who } from './resolve-text.js';

describe('speakers/people: two people sharing a surname', () => {
  it.each([
    // a courtesy title or a gendered apposition that clashes is another person
    ['Mr. Okafor spoke first. Ms. Okafor spoke next. Later Ms. Okafor left.', 'Ms. Okafor', 'Ms. Okafor'],
    ['Mr. Okafor spoke first. Ms. Okafor spoke next. Later Mr. Okafor left.', 'Mr. Okafor', 'Mr. Okafor'],
    ['Ann Roe buried her son, Bo Roe. Later Ms. Roe left.', 'Ms. Roe', 'Ann Roe'],
    // couples named together: the lone given name shares the surname
    ['Later Rob and Ann Pell arrived. Mr. Pell said no.', 'Mr. Pell', 'Rob Pell'],
    ['Later Rob and Ann Pell arrived. Ms. Pell said no.', 'Ms. Pell', 'Ann Pell'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });

  it.each([
    // a gender only a first-name list suggests does not split a person ("Leslie" is listed as a woman's name)
    ['Sen. Leslie Marsh spoke. Later Mr. Marsh left.', 'Mr. Marsh', 'Leslie Marsh'],
    // a surname the document uses on its own is no given name to share ("Lind and Ann Pell")
    ['Rob Lind spoke. Later Lind and Ann Pell met. Lind left.', 'Lind', 'Rob Lind'],
  ])('keeps one person: %s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });
});

describe('speakers/people: short names join the fullest name', () => {
  it.each([
    // a courtesy title and a role word before the name stay out of the canonical name
    ['Madam Lise Varga, 74, spoke. Ms Varga said no.', 'Ms Varga', 'Lise Varga'],
    ['Pensioner Mara Quill spoke. Ms Quill said no.', 'Ms Quill', 'Mara Quill'],
    ['Mara Quill arrived late. Quill said it was cold.', 'Quill', 'Mara Quill'],
    ['Mr. Okafor spoke first. Later John Okafor left.', 'Mr. Okafor', 'John Okafor'],
    ['Foreign Minister Tomasz Wrenski spoke. Wrenski left.', 'Wrenski', 'Tomasz Wrenski'],
    ['Nguyen Thi Lan arrived. Nguyen spoke first.', 'Nguyen', 'Nguyen Thi Lan'],
    ['George Q. Adeyemi spoke. Later George Adeyemi left.', 'George Adeyemi', 'George Q. Adeyemi'],
    ['President Luiz Tavares da Silva spoke. Mr. Tavares da Silva left.', 'Mr. Tavares da Silva', 'Luiz Tavares da Silva'],
    ['Ana Pérez Olmedo spoke. Later Pérez Olmedo left.', 'Pérez Olmedo', 'Ana Pérez Olmedo'],
  ])('%s', (text, mention, name) => {
    expect(who(text, mention)).toBe(name);
  });

  it('gives a shared surname to the one mentioned last', () => {
    expect(who('Ann Pell spoke. Then Rob Pell spoke. Pell left.', 'Pell')).toBe('Rob Pell');
  });

  it('keeps a surname with the person it was already used for', () => {
    expect(who('Rob Pell spoke. Pell left. Then Ann Pell spoke. Pell said no.', 'Pell')).toBe('Rob Pell');
  });

  it('keeps different first names apart', () => {
    const s = resolve('Ann Pell spoke. Then Rob Pell spoke.');
    expect(s.entities.map((e) => e.name)).toEqual(['Ann Pell', 'Rob Pell']);
  });
});
