import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { defineRecordKind, recordKindProblems } from './record-kind';
import { kindOf, recordKinds } from './record-kinds';

describe('the record kind registry', () => {
  it('every record kind declares its conflict policy and export text', () => {
    expect(recordKinds.length).toBeGreaterThanOrEqual(29);
    expect(recordKindProblems(recordKinds)).toEqual([]);
  });

  it('finds a kind that leaves out its conflict policy or export text, or is declared twice', () => {
    const good = defineRecordKind({
      type: 'example',
      schema: z.object({ type: z.literal('example') }),
      scopes: ['couple'],
      dated: false,
      conflict: 'append-only',
      export: { title: 'Example' },
      sideChannel: null,
    });
    const { conflict: _c, ...noConflict } = good;
    const { export: _e, ...noExport } = good;
    expect(recordKindProblems([good])).toEqual([]);
    expect(recordKindProblems([noConflict, { ...noExport, type: 'other' }, good, good])).toEqual([
      'example: no conflict policy',
      'other: no export text',
      'example: declared twice',
      'example: declared twice',
    ]);
    expect(recordKindProblems([{ ...good, export: { title: '  ' } }])).toEqual(['example: no export text']);
    expect(recordKindProblems([{ ...good, conflict: 'keep-mine' }])).toEqual(['example: no conflict policy']);
    expect(recordKindProblems([{ ...good, sideChannel: 'reveal', conflict: 'keep-both' }])).toEqual([
      'example: a side-channel write is sent once, so it must be append-only',
    ]);
  });

  it('gives every kind a schema that accepts its own type and refuses another', () => {
    for (const kind of recordKinds) {
      const other = kind.type === 'note' ? 'profile' : 'note';
      expect(() => kind.schema.parse({ type: other }), kind.type).toThrow();
    }
  });

  it.each([
    ['note', 'keep-both'],
    ['exercise-done', 'append-only'],
    ['profile', 'last-writer-wins'],
    ['question-answer', 'append-only'],
  ])('%s: %s', (type, policy) => {
    expect(kindOf(type)?.conflict).toBe(policy);
  });

  it('sends daily-question answers through the reveal side channel, nothing else', () => {
    expect(recordKinds.filter((k) => k.sideChannel !== null).map((k) => [k.type, k.sideChannel])).toEqual([
      ['question-answer', 'reveal'],
    ]);
  });
});
