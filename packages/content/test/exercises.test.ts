import { describe, expect, it } from 'vitest';
import { exerciseSchema, type Exercise, type ExerciseStep } from '../src/schema/exercise';
import { audiences } from '../src/schema/vocabulary';
import { exerciseById, exercises } from '../src/index';

const REQUIRED: Record<string, string> = {
  'ex-eye-gazing': 'eye gazing (5 min)',
  'ex-twenty-second-hug': '20-second hug',
  'ex-daily-touch-ritual': 'daily touch ritual (2 min)',
  'ex-six-touches-a-day': 'six touches a day',
  'ex-device-free-time': 'device-free time (15-30 min)',
  'ex-morning-check-in': 'morning check-in',
  'ex-evening-gratitude': 'evening gratitude',
  'ex-weekly-vulnerability-share': 'weekly vulnerability share',
  'ex-speaker-listener': 'speaker-listener talk',
  'ex-appreciation-exchange': 'appreciation exchange',
  'ex-stress-reducing-conversation': 'stress-reducing conversation',
  'ex-repair-after-conflict': 'repair after conflict',
  'ex-flooding-cool-down': '20-minute cool-down when flooded',
  'ex-physical-relationship-talk': 'talking about the physical relationship outside the bedroom',
  'ex-staged-touch': 'staged non-demand touch (sensate-focus style)',
  'ex-state-of-us': 'weekly state-of-us meeting',
  'ex-novel-experience-challenge': 'novel-experience challenge',
};

function get(id: string): Exercise {
  const exercise = exerciseById.get(id);
  if (!exercise) throw new Error(`missing exercise ${id}`);
  return exercise;
}

function allSteps(exercise: Exercise): ExerciseStep[] {
  return [...exercise.steps, ...(exercise.stages ?? []).flatMap((stage) => stage.steps)];
}

const timed = (steps: readonly ExerciseStep[]): number =>
  steps.reduce((sum, step) => sum + (step.seconds ?? 0), 0);

describe('exercise library', () => {
  it('has at least 40 exercises', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(40);
  });

  it.each(Object.entries(REQUIRED))('includes %s (%s)', (id) => {
    expect(exerciseById.has(id)).toBe(true);
  });

  it.each(exercises.map((exercise) => [exercise.id, exercise] as const))(
    '%s offers introvert, with-kids and long-distance variants',
    (_id, exercise) => {
      expect(exercise.variants.map((variant) => variant.kind).sort()).toEqual([...audiences].sort());
    },
  );

  it.each(exercises.map((exercise) => [exercise.id, exercise] as const))(
    '%s has timed steps that fit its duration',
    (_id, exercise) => {
      expect(
        allSteps(exercise).some((step) => step.seconds !== undefined),
        'at least one step with a timer',
      ).toBe(true);
      const longestStage = Math.max(
        timed(exercise.steps),
        ...(exercise.stages ?? []).map((stage) => timed(stage.steps)),
      );
      expect(longestStage).toBeLessThanOrEqual(exercise.durationMinutes.max * 60);
    },
  );

  it('the touch ritual lets the couple choose among a long hug, holding hands, tracing and a massage', () => {
    const ritual = exerciseById.get('ex-daily-touch-ritual')!;
    expect(ritual.stepChoices?.map((choice) => choice.id)).toEqual([
      'long-hug',
      'holding-hands',
      'fingertip-tracing',
      'short-massage',
    ]);
  });

  it('a step choice must name steps the exercise has', () => {
    const ritual = exerciseById.get('ex-daily-touch-ritual')!;
    const broken = {
      ...ritual,
      stepChoices: [
        { id: 'a', label: { en: 'A' }, stepIds: ['hug'] },
        { id: 'b', label: { en: 'B' }, stepIds: ['no-such-step'] },
      ],
    };
    const result = exerciseSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('no step no-such-step');
  });

  it('exercises with paired roles let each partner take both roles', () => {
    const oneSided = exercises
      .filter((exercise) => {
        const steps = allSteps(exercise);
        const roles = new Set(steps.map((step) => step.role));
        const paired =
          (roles.has('speaker') && roles.has('listener')) || (roles.has('toucher') && roles.has('receiver'));
        return paired && !steps.some((step) => step.swapRoles);
      })
      .map((exercise) => exercise.id);
    expect(oneSided).toEqual([]);
  });

  it('intimacy-layer exercises are the only ones about the physical relationship, and none is daily', () => {
    const intimacy = exercises.filter((exercise) => exercise.layer === 'intimacy');
    expect(intimacy.map((exercise) => exercise.id)).toContain('ex-staged-touch');
    expect(
      intimacy.filter((exercise) => exercise.cadence === 'daily').map((exercise) => exercise.id),
    ).toEqual([]);
  });

  it('every touch and intimacy exercise says that pausing is always fine', () => {
    const physical = exercises.filter(
      (exercise) => exercise.layer !== 'emotional' && exercise.purposeTags.includes('touch'),
    );
    const silent = physical
      .filter((exercise) => !/pause|not now|no is|a no|stop/i.test(exercise.safetyNote?.en ?? ''))
      .map((exercise) => exercise.id);
    expect(silent).toEqual([]);
  });

  it('covers every purpose tag and audience', () => {
    for (const tag of ['feel-closer', 'talk-deeper', 'touch', 'after-a-fight', 'fun'] as const) {
      expect(
        exercises.some((exercise) => exercise.purposeTags.includes(tag)),
        tag,
      ).toBe(true);
    }
    for (const audience of audiences)
      expect(
        exercises.some((exercise) => exercise.suits.includes(audience)),
        audience,
      ).toBe(true);
  });
});

describe('required exercises follow the brief', () => {
  it('eye gazing holds a five-minute gaze', () => {
    expect(get('ex-eye-gazing').steps.some((step) => step.seconds === 300 && step.role === 'both')).toBe(
      true,
    );
  });

  it('the 20-second hug times twenty seconds and is marked as a popular claim', () => {
    const hug = get('ex-twenty-second-hug');
    expect(hug.steps.some((step) => step.seconds === 20)).toBe(true);
    expect(hug.evidence).toBe('popular-claim');
    expect(hug.purpose.sourceIds).toContain('zak-20-second-hug');
  });

  it('the daily touch ritual lasts two minutes: hug, hands, fingertip tracing, massage', () => {
    const ritual = get('ex-daily-touch-ritual');
    expect(timed(ritual.steps)).toBe(120);
    const text = ritual.steps.map((step) => step.text.en.toLowerCase()).join(' ');
    for (const part of ['hug', 'hold hands', 'fingertips', 'massage']) expect(text).toContain(part);
  });

  it('six touches a day names the everyday touches', () => {
    const text = get('ex-six-touches-a-day')
      .steps.map((step) => step.text.en.toLowerCase())
      .join(' ');
    for (const touch of ['hug', 'holding hands', 'kiss', 'back rub', 'cuddle']) expect(text).toContain(touch);
  });

  it('device-free time offers 15 to 30 minutes', () => {
    const exercise = get('ex-device-free-time');
    expect(exercise.durationMinutes).toEqual({ min: 15, max: 30 });
    const together = exercise.steps.find((step) => step.secondsOptions);
    expect(together?.secondsOptions).toEqual([900, 1200, 1800]);
  });

  it('the cool-down is at least twenty minutes apart and promises a return', () => {
    const exercise = get('ex-flooding-cool-down');
    const apart = exercise.steps.find((step) => step.id === 'apart');
    expect(apart?.seconds).toBeGreaterThanOrEqual(1200);
    expect(apart?.secondsOptions?.every((seconds) => seconds >= 1200)).toBe(true);
    expect(exercise.purpose.sourceIds).toContain('gottman-flooding');
  });

  it('staged touch has several stages, each opened only when both are ready, with toucher and receiver roles', () => {
    const exercise = get('ex-staged-touch');
    expect(exercise.stages?.length).toBeGreaterThanOrEqual(3);
    for (const stage of exercise.stages ?? []) expect(stage.unlockRule).toBe('both-ready');
    const roles = new Set(allSteps(exercise).map((step) => step.role));
    expect(roles.has('toucher') && roles.has('receiver')).toBe(true);
    expect(exercise.layer).toBe('intimacy');
  });

  it('the physical-relationship talk happens outside the bedroom', () => {
    const exercise = get('ex-physical-relationship-talk');
    expect(`${exercise.summary.en} ${exercise.preparation?.en}`.toLowerCase()).toMatch(
      /not in bed|outside the bedroom|not right before/,
    );
  });

  it('the state of us is a weekly meeting of about an hour that opens with appreciation', () => {
    const exercise = get('ex-state-of-us');
    expect(exercise.cadence).toBe('weekly');
    expect(exercise.durationMinutes.max).toBe(60);
    expect(exercise.steps[0]?.id).toBe('appreciate');
  });

  it('the stress-reducing conversation lasts twenty minutes, split between you', () => {
    const exercise = get('ex-stress-reducing-conversation');
    expect(timed(exercise.steps)).toBe(1200);
  });

  it('the speaker-listener talk alternates speaker and listener roles', () => {
    const roles = get('ex-speaker-listener').steps.map((step) => step.role);
    expect(roles).toContain('speaker');
    expect(roles).toContain('listener');
  });

  it('the novel-experience challenge cites the self-expansion studies', () => {
    expect(get('ex-novel-experience-challenge').purpose.sourceIds).toEqual(
      expect.arrayContaining([
        'aron-2000-self-expansion',
        'reissman-1993-exciting-activities',
        'coulter-malouff-2013',
      ]),
    );
  });
});
