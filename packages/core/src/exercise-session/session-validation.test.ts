import { describe, expect, it } from 'vitest';
import { appendSessionEvents } from './event-log';
import { parseExerciseSession, parseSessionEvent } from './session-validation';
import { ANA, BEN, ev, libraryExercise, sessionOf } from './test-support';

const base = { id: 'evt-1', at: 1_772_395_200_000, by: ANA };

describe('parseSessionEvent: shape', () => {
  it.each([
    ['start', { ...base, type: 'start' }],
    ['next with its position', { ...base, type: 'next', position: 3 }],
    ['choose-length', { ...base, type: 'choose-length', position: 2, seconds: 1800 }],
    ['ready', { ...base, type: 'ready', stageId: 'stage-2' }],
    ['how-was-it', { ...base, type: 'how-was-it', answer: 'hard' }],
  ])('accepts %s', (_label, raw) => {
    expect(parseSessionEvent(raw)).toEqual({ ok: true, value: raw });
  });

  it('drops keys it does not know, so a newer app’s events still work', () => {
    const result = parseSessionEvent({ ...base, type: 'pause', mood: 'sleepy' });
    expect(result).toEqual({ ok: true, value: { ...base, type: 'pause' } });
  });

  it.each<[string, unknown, string[]]>([
    ['not an object', 'pause', ['expected an object']],
    ['null', null, ['expected an object']],
    [
      'an unknown type',
      { ...base, type: 'rewind' },
      [
        'type: expected one of start, pause, resume, next, back, skip, choose-length, choose-lead, ready, finish, how-was-it',
      ],
    ],
    [
      'no type',
      { ...base },
      [
        'type: expected one of start, pause, resume, next, back, skip, choose-length, choose-lead, ready, finish, how-was-it',
      ],
    ],
    ['an empty id', { ...base, id: '', type: 'pause' }, ['id: must not be empty']],
    ['a very long id', { ...base, id: 'x'.repeat(129), type: 'pause' }, ['id: at most 128 characters']],
    [
      'time as text',
      { ...base, at: '2026-03-01', type: 'pause' },
      ['at: expected epoch milliseconds as a whole number'],
    ],
    [
      'fractional time',
      { ...base, at: 1.5, type: 'pause' },
      ['at: expected epoch milliseconds as a whole number'],
    ],
    ['negative time', { ...base, at: -1, type: 'pause' }, ['at: epoch milliseconds must be 0 or more']],
    ['no writer', { id: 'evt-1', at: 5, type: 'pause' }, ['by: missing']],
    ['a move without position', { ...base, type: 'next' }, ['position: missing']],
    ['a negative position', { ...base, type: 'back', position: -1 }, ['position: must be 0 or more']],
    [
      'zero seconds',
      { ...base, type: 'choose-length', position: 2, seconds: 0 },
      ['seconds: must be above 0'],
    ],
    [
      'an unknown answer',
      { ...base, type: 'how-was-it', answer: 'meh' },
      ['answer: expected one of good, okay, hard'],
    ],
    [
      'two problems at once',
      { id: '', at: -5, by: ANA, type: 'skip', position: 1 },
      ['id: must not be empty', 'at: epoch milliseconds must be 0 or more'],
    ],
  ])('refuses %s', (_label, raw, errors) => {
    expect(parseSessionEvent(raw)).toEqual({ ok: false, errors });
  });
});

describe('parseSessionEvent: sense, given the session', () => {
  const coolDown = sessionOf(libraryExercise('ex-flooding-cool-down'));
  const staged = sessionOf(libraryExercise('ex-staged-touch'));

  it.each<[string, typeof coolDown, unknown, string[]]>([
    [
      'a writer who is not a member',
      coolDown,
      { ...base, by: 'someone-else', type: 'pause' },
      ['by: "someone-else" is not a member of this session'],
    ],
    [
      'a position past the plan',
      coolDown,
      { ...base, type: 'next', position: 5 },
      ['position: 5 is beyond the plan (5 items)'],
    ],
    [
      'a length for a step without choices',
      coolDown,
      { ...base, type: 'choose-length', position: 0, seconds: 60 },
      ['position: plan item 0 has no lengths to choose from'],
    ],
    [
      'a length that is not on offer',
      coolDown,
      { ...base, type: 'choose-length', position: 2, seconds: 60 },
      ['seconds: 60 is not on offer for step "apart" (choose from 1200, 1800, 2700, 3600)'],
    ],
    [
      'a lead who is not a member',
      coolDown,
      { ...base, type: 'choose-lead', lead: 'someone-else' },
      ['lead: "someone-else" is not a member of this session'],
    ],
    [
      'ready for a stage that does not open here',
      staged,
      { ...base, type: 'ready', stageId: 'stage-1' },
      ['stageId: stage "stage-1" does not open in this session'],
    ],
  ])('refuses %s', (_label, session, raw, errors) => {
    expect(parseSessionEvent(raw, session)).toEqual({ ok: false, errors });
  });

  it.each<[string, typeof coolDown, unknown]>([
    ['a length on offer', coolDown, { ...base, by: BEN, type: 'choose-length', position: 2, seconds: 2700 }],
    ['ready for the next stage', staged, { ...base, type: 'ready', stageId: 'stage-2' }],
    [
      'a stale next (replay skips it, but it is well formed)',
      coolDown,
      { ...base, type: 'next', position: 4 },
    ],
  ])('accepts %s', (_label, session, raw) => {
    expect(parseSessionEvent(raw, session).ok).toBe(true);
  });
});

describe('parseExerciseSession', () => {
  const session = appendSessionEvents(
    sessionOf(libraryExercise('ex-staged-touch')),
    ev('start', 0, ANA),
    ev('choose-lead', 1, BEN, { lead: BEN }),
  );

  it('reads back a session that went through JSON', () => {
    expect(parseExerciseSession(JSON.parse(JSON.stringify(session)))).toEqual({ ok: true, value: session });
  });

  it.each<[string, (raw: typeof session) => unknown, string[]]>([
    [
      'the same member twice',
      (s) => ({ ...s, members: [ANA, ANA], events: [] }),
      ['members: must be two different people'],
    ],
    ['one member', (s) => ({ ...s, members: [ANA] }), ['members: expected two member ids']],
    ['an empty plan', (s) => ({ ...s, plan: [] }), ['plan: must not be empty']],
    [
      'a plan opening with a gate',
      (s) => ({ ...s, plan: [{ kind: 'gate', stageId: 'stage-2' }, ...s.plan] }),
      ['plan: must start with a step'],
    ],
    [
      'an unknown role',
      (s) => ({ ...s, plan: [{ ...s.plan[0], role: 'boss' }, ...s.plan.slice(1)] }),
      ['plan.0.role: expected one of both, speaker, listener, toucher, receiver'],
    ],
    [
      'a default length not on offer',
      (s) => ({ ...s, plan: [{ ...s.plan[0], seconds: 5, secondsOptions: [10, 20] }, ...s.plan.slice(1)] }),
      ['plan.0: seconds must be one of secondsOptions'],
    ],
    [
      'an event by a stranger',
      (s) => ({ ...s, events: [...s.events, { ...base, by: 'stranger', type: 'pause' }] }),
      ['events.2: by: "stranger" is not a member of this session'],
    ],
    [
      'a malformed event',
      (s) => ({ ...s, events: [{ ...base, type: 'pause', at: 'soon' }] }),
      ['events.0.at: expected epoch milliseconds as a whole number'],
    ],
  ])('refuses %s', (_label, change, errors) => {
    expect(parseExerciseSession(change(JSON.parse(JSON.stringify(session)) as typeof session))).toEqual({
      ok: false,
      errors,
    });
  });
});
