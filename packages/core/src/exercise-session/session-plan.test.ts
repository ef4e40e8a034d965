import { exercises } from '@hearth/content';
import { describe, expect, it } from 'vitest';
import { sessionOutcome, unlockedStageId } from './session-outcome';
import { contentStepFor, createSession, type SessionPlanItem } from './session-plan';
import { viewAt } from './session-view';
import { ANA, BEN, ev, libraryExercise, sec, sessionOf } from './test-support';

const describeItem = (item: SessionPlanItem) =>
  item.kind === 'gate' ? `gate:${item.stageId}` : `${item.stageId ?? ''}/${item.id}`;

describe('createSession', () => {
  it('takes the steps as the content gives them, roles defaulting to both', () => {
    const session = sessionOf(libraryExercise('ex-twenty-second-hug'));
    expect(session.plan).toEqual([
      { kind: 'step', id: 'ask', role: 'both', swapRoles: false },
      { kind: 'step', id: 'hug', seconds: 20, role: 'both', swapRoles: false, cue: 'soft-bell' },
      { kind: 'step', id: 'squeeze', role: 'both', swapRoles: false },
    ]);
    expect(session.events).toEqual([]);
  });

  it.each([
    ['from the first stage', undefined, 'stage-1/set', 4, 3],
    ['from a later stage', 'stage-3', 'stage-3/set', 2, 1],
    ['the last stage alone', 'stage-4', 'stage-4/agree', 1, 0],
  ])(
    'plays a staged exercise %s, with a gate before each later stage',
    (_label, stageId, first, stages, gates) => {
      const session = sessionOf(libraryExercise('ex-staged-touch'), [], { stageId });
      expect(describeItem(session.plan[0] as SessionPlanItem)).toBe(first);
      expect(new Set(session.plan.map((item) => item.stageId)).size).toBe(stages);
      expect(session.plan.filter((item) => item.kind === 'gate')).toHaveLength(gates);
    },
  );

  it.each([
    ['an unknown variant', { variantId: 'nope' }, /no variant "nope"/],
    ['an unknown stage', { stageId: 'stage-9' }, /no stage "stage-9"/],
    [
      'a stage on an exercise without stages',
      { stageId: 'stage-1', exercise: libraryExercise('ex-eye-gazing') },
      /has no stages/,
    ],
    ['the same member twice', { members: [ANA, ANA] as const }, /two different members/],
  ])('refuses %s', (_label, options, message) => {
    expect(() =>
      createSession({
        id: 's',
        exercise: libraryExercise('ex-staged-touch'),
        members: [ANA, BEN],
        ...options,
      }),
    ).toThrow(message);
  });

  // Every exercise in the library, with every variant, can be played to the end by pressing next.
  const everyPlayable = exercises.flatMap((exercise) =>
    [undefined, ...exercise.variants.map((v) => v.id)].map(
      (variantId) => [exercise.id, variantId ?? '-'] as const,
    ),
  );
  it.each(everyPlayable)('%s (variant %s) plays through', (exerciseId, variant) => {
    const exercise = libraryExercise(exerciseId);
    const session = sessionOf(exercise, [], variant === '-' ? {} : { variantId: variant });
    let events = [ev('start', 0, ANA)];
    for (
      let i = 0;
      i < session.plan.length * 2 && viewAt({ ...session, events }, sec(i)).phase !== 'done';
      i += 1
    ) {
      const view = viewAt({ ...session, events }, sec(i + 0.5));
      const extra = view.gate
        ? [
            ev('ready', i + 0.5, ANA, { stageId: view.gate.stageId }),
            ev('ready', i + 0.5, BEN, { stageId: view.gate.stageId }),
          ]
        : [ev('next', i + 0.5, i % 2 ? ANA : BEN, { position: view.position })];
      events = [...events, ...extra];
    }
    const outcome = sessionOutcome({ ...session, events }, sec(session.plan.length * 2));
    expect(outcome?.completed).toBe(true);
    for (const item of session.plan) {
      if (item.kind === 'step') expect(contentStepFor(exercise, session, item)?.text.en).toBeTruthy();
    }
  });
});

describe('choosing parts of an exercise', () => {
  const ritual = libraryExercise('ex-daily-touch-ritual');
  const ids = (choiceIds?: string[]) =>
    createSession({
      id: 's',
      exercise: ritual,
      members: [ANA, BEN],
      ...(choiceIds ? { choiceIds } : {}),
    }).plan.map(describeItem);

  it.each([
    [undefined, ['/hug', '/hands', '/trace', '/trace-swap', '/massage', '/massage-swap']],
    [['long-hug'], ['/hug']],
    [
      ['short-massage', 'holding-hands'],
      ['/hands', '/massage', '/massage-swap'],
    ],
    [['fingertip-tracing'], ['/trace', '/trace-swap']],
  ])('%o plays %o', (choiceIds, expected) => {
    expect(ids(choiceIds)).toEqual(expected);
  });

  it('refuses a choice the exercise does not offer', () => {
    expect(() => ids(['a-cartwheel'])).toThrow(/no choice "a-cartwheel"/);
  });
});

describe('unlockedStageId', () => {
  const staged = libraryExercise('ex-staged-touch');

  it.each<[string, { exerciseId: string; openedStageIds: string[] }[], string | null]>([
    ['nothing opened yet: the first stage', [], 'stage-1'],
    ['opened stage 2 once', [{ exerciseId: staged.id, openedStageIds: ['stage-2'] }], 'stage-2'],
    [
      'the furthest across sessions, in any order',
      [
        { exerciseId: staged.id, openedStageIds: ['stage-3'] },
        { exerciseId: staged.id, openedStageIds: ['stage-2'] },
      ],
      'stage-3',
    ],
    [
      'another exercise’s sessions do not count',
      [{ exerciseId: 'ex-other', openedStageIds: ['stage-4'] }],
      'stage-1',
    ],
  ])('%s', (_label, outcomes, expected) => {
    expect(unlockedStageId(staged, outcomes)).toBe(expected);
  });

  it('is null for an exercise without stages', () => {
    expect(unlockedStageId(libraryExercise('ex-eye-gazing'), [])).toBeNull();
  });
});

describe('contentStepFor', () => {
  it('finds a staged step by stage, since step ids repeat across stages', () => {
    const staged = libraryExercise('ex-staged-touch');
    const session = sessionOf(staged);
    const share2 = { id: 'share', stageId: 'stage-2' };
    expect(contentStepFor(staged, session, share2)?.text.en).toMatch(/giving and one you enjoyed receiving/);
    expect(contentStepFor(libraryExercise('ex-eye-gazing'), session, share2)).toBeUndefined();
  });
});
