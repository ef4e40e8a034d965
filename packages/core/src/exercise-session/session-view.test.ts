import { describe, expect, it } from 'vitest';
import { sessionOutcome } from './session-outcome';
import { viewAt, type SessionPhase } from './session-view';
import {
  ANA,
  BEN,
  ev,
  fixtureExercise,
  fourSteps,
  libraryExercise,
  sec,
  sessionOf,
  step,
} from './test-support';

const fixture = fixtureExercise(fourSteps);

describe('viewAt: timed steps advance by themselves', () => {
  const session = sessionOf(fixture, [ev('start', 0, ANA), ev('next', 600, BEN, { position: 2 })]);

  it.each<[number, SessionPhase, number, number | null, number]>([
    [0, 'running', 0, 30_000, 0],
    [15, 'running', 0, 15_000, 0.5],
    [29.999, 'running', 0, 1, 29_999 / 30_000],
    [30, 'running', 1, 60_000, 0],
    [75, 'running', 1, 15_000, 0.75],
    [90, 'waiting-for-next', 2, null, 0],
    [599, 'waiting-for-next', 2, null, 0],
    [600, 'running', 3, 10_000, 0],
    [609, 'running', 3, 1_000, 0.9],
    [610, 'done', 3, null, 1],
    [5000, 'done', 3, null, 1],
  ])('at %ss: %s at position %i, %s ms left, ring %s', (at, phase, position, remainingMs, fraction) => {
    const view = viewAt(session, sec(at));
    expect(view.phase).toBe(phase);
    expect(view.position).toBe(position);
    expect(view.remainingMs).toBe(remainingMs);
    expect(view.stepFraction).toBeCloseTo(fraction, 9);
  });

  it('names the step, counts steps and tells when the running one ends', () => {
    const view = viewAt(session, sec(40));
    expect(view.step?.id).toBe('b');
    expect([view.stepNumber, view.stepCount]).toEqual([2, 4]);
    expect(view.endsAt).toBe(sec(90));
    expect(view.sessionFraction).toBe(0.25);
    expect(viewAt(session, sec(700)).step).toBeNull();
    expect(viewAt(session, sec(700)).sessionFraction).toBe(1);
  });

  it('waits, with the first step full, until someone starts', () => {
    const view = viewAt(sessionOf(fixture), sec(100));
    expect(view).toMatchObject({ phase: 'not-started', position: 0, remainingMs: 30_000, endsAt: null });
    expect(view.canGoBack).toBe(false);
  });

  it('counts the first of two starts (both pressed it)', () => {
    const twice = sessionOf(fixture, [ev('start', 0, ANA), ev('start', 10, BEN)]);
    expect(viewAt(twice, sec(30)).position).toBe(1);
  });

  it('does not apply events dated after now (a partner clock running ahead) until their time', () => {
    const ahead = sessionOf(fixture, [ev('start', 0, ANA), ev('pause', 20, BEN)]);
    expect(viewAt(ahead, sec(19)).phase).toBe('running');
    expect(viewAt(ahead, sec(25))).toMatchObject({ phase: 'paused', remainingMs: 10_000 });
  });
});

describe('viewAt: pause and resume', () => {
  it.each<[string, number, SessionPhase, number, number | null]>([
    ['paused with 10 s left', 50, 'paused', 0, 10_000],
    ['still frozen much later', 99, 'paused', 0, 10_000],
    ['resumed: the same 10 s continue', 105, 'running', 0, 5_000],
    ['the step boundary moved by the pause', 110, 'running', 1, 60_000],
    ['the next step runs its full length', 150, 'running', 1, 20_000],
    ['and hands over on time', 170, 'waiting-for-next', 2, null],
  ])('%s (at %ss)', (_label, at, phase, position, remainingMs) => {
    const session = sessionOf(fixture, [ev('start', 0, ANA), ev('pause', 20, BEN), ev('resume', 100, ANA)]);
    expect(viewAt(session, sec(at))).toMatchObject({ phase, position, remainingMs });
  });

  it('freezes the ring and has no end time while paused', () => {
    const session = sessionOf(fixture, [ev('start', 0, ANA), ev('pause', 6, BEN)]);
    expect(viewAt(session, sec(60))).toMatchObject({ endsAt: null, stepFraction: 0.2 });
  });

  it('stays paused when moving while paused, with the new step whole', () => {
    const session = sessionOf(fixture, [
      ev('start', 0, ANA),
      ev('pause', 10, ANA),
      ev('next', 12, ANA, { position: 0 }),
    ]);
    expect(viewAt(session, sec(500))).toMatchObject({ phase: 'paused', position: 1, remainingMs: 60_000 });
  });

  it('ignores resume while running and pause twice', () => {
    const session = sessionOf(fixture, [
      ev('start', 0, ANA),
      ev('resume', 5, BEN),
      ev('pause', 10, ANA),
      ev('pause', 15, BEN),
      ev('resume', 20, ANA),
    ]);
    // Paused 10 s (10 -> 20), so step a ends at 40, not 30 or 35.
    expect(viewAt(session, sec(39)).position).toBe(0);
    expect(viewAt(session, sec(40)).position).toBe(1);
  });

  it('leaves paused time out of the outcome', () => {
    const session = sessionOf(fixture, [
      ev('start', 0, ANA),
      ev('pause', 20, BEN),
      ev('resume', 100, ANA),
      ev('finish', 200, ANA),
    ]);
    expect(sessionOutcome(session, sec(300))?.activeMs).toBe(120_000);
  });
});

describe('viewAt: back, next and skip move one step', () => {
  it.each<[string, Parameters<typeof ev>[], number, number, number | null]>([
    ['next ends a timed step early', [['next', 10, ANA, { position: 0 }]], 20, 1, 50_000],
    ['skip does the same', [['skip', 10, BEN, { position: 0 }]], 20, 1, 50_000],
    [
      'both pressing next on the same step move once',
      [
        ['next', 10, ANA, { position: 0 }],
        ['next', 10.3, BEN, { position: 0 }],
      ],
      20,
      1,
      50_000,
    ],
    ['a next that raced the timer is dropped', [['next', 31, BEN, { position: 0 }]], 40, 1, 50_000],
    ['back restarts the previous step in full', [['back', 40, ANA, { position: 1 }]], 45, 0, 25_000],
    ['back on the first step does nothing', [['back', 10, ANA, { position: 0 }]], 20, 0, 10_000],
    [
      'back then next',
      [
        ['back', 40, ANA, { position: 1 }],
        ['next', 41, BEN, { position: 0 }],
      ],
      42,
      1,
      59_000,
    ],
    ['next on an untimed step', [['next', 95, ANA, { position: 2 }]], 100, 3, 5_000],
  ])('%s', (_label, moves, at, position, remainingMs) => {
    const session = sessionOf(fixture, [ev('start', 0, ANA), ...moves.map((args) => ev(...args))]);
    expect(viewAt(session, sec(at))).toMatchObject({ position, remainingMs });
  });

  it('ignores moves before the start and after the end', () => {
    const session = sessionOf(fixture, [
      ev('next', 0, ANA, { position: 0 }),
      ev('start', 1, ANA),
      ev('finish', 5, BEN),
      ev('resume', 6, ANA),
      ev('back', 7, ANA, { position: 0 }),
    ]);
    expect(viewAt(session, sec(2)).position).toBe(0);
    expect(viewAt(session, sec(8))).toMatchObject({ phase: 'done', position: 0 });
  });

  it('counts skipped steps in the outcome', () => {
    const session = sessionOf(fixture, [
      ev('start', 0, ANA),
      ev('skip', 1, ANA, { position: 0 }),
      ev('skip', 2, BEN, { position: 1 }),
      ev('next', 3, BEN, { position: 2 }),
    ]);
    expect(sessionOutcome(session, sec(20))).toMatchObject({
      stepsSkipped: 2,
      completed: true,
      endedAt: sec(13),
    });
  });
});

describe('viewAt: whose turn it is', () => {
  const speakerListener = libraryExercise('ex-speaker-listener');
  const seconds = (id: string) => speakerListener.steps.find((s) => s.id === id)?.seconds ?? 0;
  const floor = seconds('floor');
  const reflect = seconds('reflect');
  const session = sessionOf(speakerListener, [
    ev('start', 0, ANA),
    ev('next', floor + reflect + 5, BEN, { position: 2 }),
    ev('next', floor + reflect + 10, ANA, { position: 3 }),
  ]);

  it.each([
    ['the first speaker has the floor', 1, 'floor', ANA, ['speaker', true], ['listener', false]],
    [
      'after the timer the listener reflects',
      floor + 1,
      'reflect',
      ANA,
      ['speaker', false],
      ['listener', true],
    ],
    ['the speaker checks', floor + reflect + 1, 'check', ANA, ['speaker', true], ['listener', false]],
    ['the swap hands the floor over', floor + reflect + 6, 'swap', BEN, ['both', true], ['both', true]],
    [
      'and the new speaker has the floor',
      floor + reflect + 11,
      'floor-2',
      BEN,
      ['listener', false],
      ['speaker', true],
    ],
  ])('%s', (_label, at, stepId, lead, anaRole, benRole) => {
    const view = viewAt(session, sec(at));
    expect(view.step?.id).toBe(stepId);
    expect(view.lead).toBe(lead);
    expect(view.roles.map((r) => [r.memberId, r.role, r.acting])).toEqual([
      [ANA, ...anaRole],
      [BEN, ...benRole],
    ]);
  });

  it('swaps on a timer in the touch ritual, with no one pressing anything', () => {
    const ritual = libraryExercise('ex-daily-touch-ritual');
    const ritualSession = sessionOf(ritual, [ev('start', 0, BEN)]);
    let startsAt = 0;
    const toucherByStep = ritual.steps.map((s) => {
      const view = viewAt(ritualSession, sec(startsAt + 1));
      startsAt += s.seconds ?? 0;
      const toucher = view.roles.find((r) => r.role === 'toucher')?.memberId ?? 'both';
      return [view.step?.id, toucher];
    });
    expect(toucherByStep).toEqual([
      ['hug', 'both'],
      ['hands', 'both'],
      ['trace', ANA],
      ['trace-swap', BEN],
      ['massage', BEN],
      ['massage-swap', ANA],
    ]);
    expect(viewAt(ritualSession, sec(startsAt)).phase).toBe('done');
  });

  it('lets the couple choose who goes first', () => {
    const staged = sessionOf(libraryExercise('ex-staged-touch'), [
      ev('start', 0, ANA),
      ev('choose-lead', 5, ANA, { lead: BEN }),
      ev('next', 6, ANA, { position: 0 }),
    ]);
    const touch1 = viewAt(staged, sec(10));
    expect(touch1.step?.id).toBe('touch-1');
    expect(touch1.roles).toEqual([
      { memberId: ANA, role: 'receiver', acting: false },
      { memberId: BEN, role: 'toucher', acting: true },
    ]);
  });

  it('ignores a lead who is not a member', () => {
    const s = sessionOf(speakerListener, [
      ev('start', 0, ANA),
      ev('choose-lead', 1, ANA, { lead: 'stranger' }),
    ]);
    expect(viewAt(s, sec(2)).lead).toBe(ANA);
  });
});

describe('viewAt: choosing a length', () => {
  const coolDown = libraryExercise('ex-flooding-cool-down');
  const apart = coolDown.steps.findIndex((s) => s.id === 'apart');
  const options = coolDown.steps[apart]?.secondsOptions ?? [];
  const longer = options[1] ?? 0;
  const toApart = [
    ev('start', 0, ANA),
    ev('next', 1, ANA, { position: 0 }),
    ev('next', 2, BEN, { position: 1 }),
  ];

  it('uses a length chosen before the start', () => {
    const session = sessionOf(coolDown, [
      ev('choose-length', -10, ANA, { position: apart, seconds: longer }),
      ...toApart,
    ]);
    expect(viewAt(session, sec(3))).toMatchObject({ position: apart, lengthMs: longer * 1000 });
    expect(viewAt(session, sec(2 + longer)).step?.id).toBe('check');
  });

  it('ignores a length that is not on offer', () => {
    const session = sessionOf(coolDown, [
      ...toApart,
      ev('choose-length', 3, ANA, { position: apart, seconds: 7 }),
    ]);
    expect(viewAt(session, sec(4)).lengthMs).toBe((coolDown.steps[apart]?.seconds ?? 0) * 1000);
  });

  it('lengthens the running step without losing the time already spent', () => {
    const session = sessionOf(coolDown, [
      ...toApart,
      ev('choose-length', 600, BEN, { position: apart, seconds: longer }),
    ]);
    expect(viewAt(session, sec(602)).remainingMs).toBe((longer - 600) * 1000);
  });

  it('ends the step at the moment of choosing when the new length has already passed', () => {
    const choosy = fixtureExercise([step('x', 60, { secondsOptions: [60, 120] }), step('y', 30)]);
    const session = sessionOf(choosy, [
      ev('choose-length', 0, ANA, { position: 0, seconds: 120 }),
      ev('start', 0, ANA),
      ev('choose-length', 100, BEN, { position: 0, seconds: 60 }),
    ]);
    expect(viewAt(session, sec(99))).toMatchObject({ position: 0, remainingMs: 21_000 });
    // y starts when the shorter length was chosen, not back at 60 s.
    expect(viewAt(session, sec(110))).toMatchObject({ position: 1, remainingMs: 20_000 });
  });

  it('keeps a chosen length while paused and ends the step on choosing a passed one', () => {
    const choosy = fixtureExercise([step('x', 120, { secondsOptions: [60, 120] }), step('y', 30)]);
    const session = sessionOf(choosy, [
      ev('start', 0, ANA),
      ev('pause', 90, ANA),
      ev('choose-length', 95, BEN, { position: 0, seconds: 60 }),
    ]);
    expect(viewAt(session, sec(200))).toMatchObject({ phase: 'paused', position: 1, remainingMs: 30_000 });
  });
});

describe('viewAt: a stage opens only when both are ready', () => {
  const stagedTouch = libraryExercise('ex-staged-touch');
  const stage1 = stagedTouch.stages?.[0]?.steps ?? [];
  // Walk stage 1 by pressing next on every step at one-second intervals.
  const walkStage1 = [
    ev('start', 0, ANA),
    ...stage1.map((_s, i) => ev('next', i + 1, i % 2 ? ANA : BEN, { position: i })),
  ];
  const atGate = stage1.length + 1;

  it('waits at the gate for both', () => {
    const session = sessionOf(stagedTouch, walkStage1);
    const view = viewAt(session, sec(atGate));
    expect(view).toMatchObject({
      phase: 'waiting-for-both-ready',
      step: null,
      stageId: 'stage-2',
      roles: [],
    });
    expect(view.gate).toEqual({ stageId: 'stage-2', ready: [], waitingFor: [ANA, BEN] });
  });

  it.each<[string, Parameters<typeof ev>[], SessionPhase, string | null]>([
    [
      'one ready is not enough',
      [['ready', atGate, ANA, { stageId: 'stage-2' }]],
      'waiting-for-both-ready',
      null,
    ],
    [
      'the same one twice is not enough',
      [
        ['ready', atGate, ANA, { stageId: 'stage-2' }],
        ['ready', atGate + 1, ANA, { stageId: 'stage-2' }],
      ],
      'waiting-for-both-ready',
      null,
    ],
    [
      'next cannot push through',
      [
        ['ready', atGate, ANA, { stageId: 'stage-2' }],
        ['next', atGate + 1, ANA, { position: stage1.length }],
      ],
      'waiting-for-both-ready',
      null,
    ],
    [
      'ready for another stage does not count',
      [
        ['ready', atGate, ANA, { stageId: 'stage-2' }],
        ['ready', atGate + 1, BEN, { stageId: 'stage-3' }],
      ],
      'waiting-for-both-ready',
      null,
    ],
    [
      'both ready opens the next stage',
      [
        ['ready', atGate, ANA, { stageId: 'stage-2' }],
        ['ready', atGate + 1, BEN, { stageId: 'stage-2' }],
      ],
      'waiting-for-next',
      'set',
    ],
  ])('%s', (_label, events, phase, stepId) => {
    const session = sessionOf(stagedTouch, [...walkStage1, ...events.map((args) => ev(...args))]);
    const view = viewAt(session, sec(atGate + 2));
    expect(view.phase).toBe(phase);
    expect(view.step?.id ?? null).toBe(stepId);
    if (stepId) expect(view.stageId).toBe('stage-2');
  });

  it('shows who is ready while waiting', () => {
    const session = sessionOf(stagedTouch, [...walkStage1, ev('ready', atGate, BEN, { stageId: 'stage-2' })]);
    expect(viewAt(session, sec(atGate + 1)).gate).toEqual({
      stageId: 'stage-2',
      ready: [BEN],
      waitingFor: [ANA],
    });
  });

  it('clears readiness when someone goes back from the gate', () => {
    const session = sessionOf(stagedTouch, [
      ...walkStage1,
      ev('ready', atGate, ANA, { stageId: 'stage-2' }),
      ev('back', atGate + 1, BEN, { position: stage1.length }),
      ev('next', atGate + 2, BEN, { position: stage1.length - 1 }),
      ev('ready', atGate + 3, BEN, { stageId: 'stage-2' }),
    ]);
    expect(viewAt(session, sec(atGate + 4)).gate?.waitingFor).toEqual([ANA]);
  });

  it('does not gate twice: back over an opened gate and forward again', () => {
    const opened = stage1.length + 1;
    const session = sessionOf(stagedTouch, [
      ...walkStage1,
      ev('ready', atGate, ANA, { stageId: 'stage-2' }),
      ev('ready', atGate, BEN, { stageId: 'stage-2' }),
      ev('back', atGate + 1, ANA, { position: opened }),
      ev('next', atGate + 2, ANA, { position: stage1.length - 1 }),
    ]);
    expect(viewAt(session, sec(atGate + 1.5)).step?.id).toBe('share');
    expect(viewAt(session, sec(atGate + 3))).toMatchObject({ position: opened, stageId: 'stage-2' });
  });

  it('logs the opened stage, and finishing at the gate still counts as done', () => {
    const finishedAtGate = sessionOf(stagedTouch, [...walkStage1, ev('finish', atGate + 1, ANA)]);
    expect(sessionOutcome(finishedAtGate, sec(atGate + 2))).toMatchObject({
      completed: true,
      stageIds: ['stage-1'],
      openedStageIds: [],
    });
    const movedOn = sessionOf(stagedTouch, [
      ...walkStage1,
      ev('ready', atGate, ANA, { stageId: 'stage-2' }),
      ev('ready', atGate, BEN, { stageId: 'stage-2' }),
      ev('finish', atGate + 5, BEN),
    ]);
    expect(sessionOutcome(movedOn, sec(atGate + 6))).toMatchObject({
      completed: false,
      stageIds: ['stage-1', 'stage-2'],
      openedStageIds: ['stage-2'],
    });
  });
});

describe('viewAt: variants', () => {
  const exercise = fixtureExercise(fourSteps, {
    variants: [
      { id: 'quiet', kind: 'with-kids', title: { en: 'Quiet' }, description: { en: 'Quietly.' } },
      {
        id: 'written',
        kind: 'introvert',
        title: { en: 'Written' },
        description: { en: 'In writing.' },
        steps: [step('write', 120, { role: 'speaker' }), step('swap-notes', undefined, { swapRoles: true })],
      },
    ],
  });

  it.each([
    ['no variant: the base steps', undefined, 'a', 4],
    ['a variant without steps: the base steps', 'quiet', 'a', 4],
    ['a variant with steps: its own steps', 'written', 'write', 2],
  ])('%s', (_label, variantId, firstStep, stepCount) => {
    const session = sessionOf(exercise, [ev('start', 0, ANA)], { variantId });
    expect(viewAt(session, sec(1))).toMatchObject({ step: { id: firstStep }, stepCount });
  });

  it('runs the variant’s timers and swaps', () => {
    const session = sessionOf(exercise, [ev('start', 0, ANA)], { variantId: 'written' });
    expect(viewAt(session, sec(1))).toMatchObject({ remainingMs: 119_000, lead: ANA });
    expect(viewAt(session, sec(121))).toMatchObject({ phase: 'waiting-for-next', lead: BEN });
  });
});
