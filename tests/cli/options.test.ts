// src/cli/options.ts: the option parsers every analysis command shares.
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from 'commander';
import { jobsOf, listOf } from '../../src/cli/options.js';

const SHAPES = ['round', 'square', 'flat'] as const;
const shapes = listOf(SHAPES, 'shape', 'all');

describe('listOf: comma-separated values checked against a list', () => {
  it.each([
    ['round', ['round']],
    ['round,flat', ['round', 'flat']],
    [' square , round ', ['square', 'round']],
    // any case, as a user types it: the values come out as the list spells them
    ['Round', ['round']],
    ['SQUARE,Flat', ['square', 'flat']],
    ['ALL', ['round', 'square', 'flat']],
    ['All', ['round', 'square', 'flat']],
  ])('%j -> %j', (value, expected) => {
    expect(shapes(value)).toEqual(expected);
  });

  it('adds to the values of an earlier use of the option', () => {
    expect(shapes('Flat', ['round'])).toEqual(['round', 'flat']);
  });

  it.each([
    // an unknown value is named as it was typed
    ['oval', /unknown shape "oval"/],
    ['Round,Ovals', /unknown shape "Ovals"/],
    // a prefix or a value with its letters changed is no value
    ['roun', /unknown shape "roun"/],
    ['rounds', /unknown shape "rounds"/],
    // nothing given (an unset shell variable)
    ['', /no shape given/],
    [' , ', /no shape given/],
  ])('rejects %j', (value, message) => {
    expect(() => shapes(value)).toThrow(InvalidArgumentError);
    expect(() => shapes(value)).toThrow(message);
  });

  it('takes no "all" where the list has none', () => {
    expect(() => listOf(SHAPES, 'shape')('all')).toThrow(/unknown shape "all"/);
  });
});

describe('jobsOf: the threads to analyse in, never more than the cores', () => {
  it.each([
    // [--jobs given, cores, threads, note]
    [undefined, 4, 4, null],
    [1, 4, 1, null],
    [3, 4, 3, null],
    [4, 4, 4, null],
    [5, 4, 4, '--jobs 5 is more than the 4 cores here: analysing in 4 threads (more would only compete for them)'],
    [64, 2, 2, '--jobs 64 is more than the 2 cores here: analysing in 2 threads (more would only compete for them)'],
    [8, 1, 1, '--jobs 8 is more than the 1 core here: analysing in 1 thread (more would only compete for them)'],
  ] as const)('--jobs %s on %i cores -> %i threads', (jobs, cores, threads, note) => {
    const notes: string[] = [];
    expect(jobsOf({ jobs, cache: true }, (m) => notes.push(m), cores)).toBe(threads);
    expect(notes).toEqual(note === null ? [] : [note]);
  });
});
