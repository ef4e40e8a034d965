import { describe, expect, it } from 'vitest';
import { appendSessionEvents, compareSessionEvents, mergeSessionEvents, mergeSessions } from './event-log';
import type { SessionEvent } from './session-event-schema';
import { sessionOutcome } from './session-outcome';
import { viewAt } from './session-view';
import { ANA, BEN, ev, fixtureExercise, fourSteps, sec, sessionOf, T0 } from './test-support';

const fixture = fixtureExercise(fourSteps);

// What each phone wrote in one evening. Both pressed "next" on step 0 within half a second,
// and Ben's clock put his pause at the very millisecond of Ana's resume.
const anaWrote: SessionEvent[] = [
  ev('start', 0, ANA),
  ev('next', 10.2, ANA, { position: 0 }),
  ev('resume', 50, ANA),
  ev('next', 120, ANA, { position: 2 }),
  ev('finish', 200, ANA),
  ev('how-was-it', 210, ANA, { answer: 'good' }),
];
const benWrote: SessionEvent[] = [
  ev('next', 10, BEN, { position: 0 }),
  ev('pause', 30, BEN),
  ev('pause', 50, BEN),
  ev('finish', 200.4, BEN),
  ev('how-was-it', 215, BEN, { answer: 'okay' }),
];

/** A fixed shuffle (a small LCG), so every run checks the same orders. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

describe('merging the two phones’ logs', () => {
  const reference = sessionOf(fixture, mergeSessionEvents(anaWrote, benWrote));

  it('gives the same log whichever phone merges', () => {
    expect(mergeSessionEvents(benWrote, anaWrote)).toEqual(mergeSessionEvents(anaWrote, benWrote));
    const onAna = mergeSessions(sessionOf(fixture, anaWrote), sessionOf(fixture, benWrote));
    const onBen = mergeSessions(sessionOf(fixture, benWrote), sessionOf(fixture, anaWrote));
    expect(onAna.events).toEqual(onBen.events);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'gives the same views when delivered one by one, shuffled and repeated (seed %i)',
    (seed) => {
      const deliveries = shuffled([...anaWrote, ...benWrote, ...shuffled(benWrote, seed).slice(0, 3)], seed);
      let session = sessionOf(fixture);
      for (const event of deliveries) session = appendSessionEvents(session, event);
      expect(session.events).toEqual(reference.events);
      for (const at of [0, 10.1, 10.3, 35, 50, 60, 119, 125, 200.2, 300]) {
        expect(viewAt(session, sec(at))).toEqual(viewAt(reference, sec(at)));
      }
    },
  );

  it('does not depend on the order of an unsorted log either', () => {
    const unsorted = { ...reference, events: [...reference.events].reverse() };
    expect(viewAt(unsorted, sec(60))).toEqual(viewAt(reference, sec(60)));
  });

  it('plays the evening as both phones saw it', () => {
    // One step for two "next" presses; Ben's pause at 50 s comes after Ana's resume (B sorts after A).
    expect(viewAt(reference, sec(10.3))).toMatchObject({ position: 1, remainingMs: 59_700 });
    expect(viewAt(reference, sec(40))).toMatchObject({ phase: 'paused', remainingMs: 40_000 });
    expect(viewAt(reference, sec(60))).toMatchObject({ phase: 'paused', remainingMs: 40_000 });
  });

  it('logs the finish once, at the first press, with both answers', () => {
    const outcome = sessionOutcome(reference, sec(300));
    expect(outcome).toEqual({
      sessionId: 'session-1',
      exerciseId: 'ex-fixture',
      variantId: null,
      startedAt: T0,
      endedAt: sec(200),
      completed: false,
      activeMs: 30_000,
      stepsSkipped: 0,
      stageIds: [],
      openedStageIds: [],
      howWasIt: { [ANA]: 'good', [BEN]: 'okay' },
    });
    expect(sessionOutcome(reference, sec(5000))).toEqual(outcome);
    expect(sessionOutcome(reference, sec(199))).toBeNull();
  });

  it('keeps the end a timer reached, whoever presses finish later', () => {
    const ranOut = sessionOf(fixture, [
      ev('start', 0, ANA),
      ev('next', 90, ANA, { position: 2 }),
      ev('finish', 150, BEN),
      ev('finish', 151, ANA),
    ]);
    expect(sessionOutcome(ranOut, sec(160))).toMatchObject({ endedAt: sec(100), completed: true });
  });

  it('takes the latest answer to "how was it" from each member', () => {
    const changed = appendSessionEvents(reference, ev('how-was-it', 220, ANA, { answer: 'hard' }));
    expect(sessionOutcome(changed, sec(300))?.howWasIt).toEqual({ [ANA]: 'hard', [BEN]: 'okay' });
  });
});

describe('event order', () => {
  it.each<[string, SessionEvent, SessionEvent]>([
    ['earlier first', { id: 'z', at: 1, by: BEN, type: 'pause' }, { id: 'a', at: 2, by: ANA, type: 'pause' }],
    [
      'same time: by member id',
      { id: 'z', at: 1, by: ANA, type: 'pause' },
      { id: 'a', at: 1, by: BEN, type: 'pause' },
    ],
    [
      'same time and member: by id',
      { id: 'a', at: 1, by: ANA, type: 'resume' },
      { id: 'b', at: 1, by: ANA, type: 'pause' },
    ],
  ])('%s', (_label, first, second) => {
    expect(compareSessionEvents(first, second)).toBeLessThan(0);
    expect(compareSessionEvents(second, first)).toBeGreaterThan(0);
  });

  it('keeps one copy per id, the same one whichever log it came from', () => {
    const one: SessionEvent = { id: 'dup', at: 5, by: ANA, type: 'pause' };
    const other: SessionEvent = { id: 'dup', at: 5, by: ANA, type: 'resume' };
    expect(mergeSessionEvents([one], [other])).toEqual(mergeSessionEvents([other], [one]));
    expect(mergeSessionEvents([one, one], [one])).toEqual([one]);
  });

  it('refuses to merge two different sessions', () => {
    const other = { ...sessionOf(fixture), id: 'session-2' };
    expect(() => mergeSessions(sessionOf(fixture), other)).toThrow(/session-2/);
  });
});
