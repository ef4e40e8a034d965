import { checkup, checkupInstruments, type CheckupInstrument } from '@hearth/content';
import { describe, expect, it } from 'vitest';
import { keyedAnswers } from './answers-for-tests';
import { describeAnswerProblems } from './answer-validation';
import { scoreCheckupRecord, type CheckupAnswersRecord } from './checkup-record';
import { latestContentVersion } from './content-versions';

const full = keyedAnswers(checkup, () => 3);

function record(answers: Record<string, unknown>, version = checkup.version): CheckupAnswersRecord {
  return { instrumentId: checkup.id, version, answers };
}

function without(answers: Record<string, number>, ...ids: string[]): Record<string, number> {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));
}

describe('scoreCheckupRecord refuses bad answers and scores nothing', () => {
  const emotionalIds = checkup.items.filter((item) => item.dimension === 'emotional').map((item) => item.id);
  const tooFewEmotional = without(full, ...emotionalIds.slice(0, emotionalIds.length - 2));

  it.each([
    ['an answer above the scale', { ...full, 'cu-emotional-01': 5 }, 'not-a-choice'],
    ['an answer below the scale', { ...full, 'cu-appreciation-02': -1 }, 'not-a-choice'],
    ['a fraction', { ...full, 'cu-emotional-02': 2.5 }, 'not-a-choice'],
    ['a number written as text', { ...full, 'cu-emotional-02': '3' }, 'not-a-choice'],
    ['a missing value', { ...full, 'cu-emotional-02': null }, 'not-a-choice'],
    ['a distress answer off its scale', { ...full, 'cu-safety-01': 4 }, 'not-a-choice'],
    ['a barrier answer off its scale', { ...full, 'cu-barrier-screens': 3 }, 'not-a-choice'],
    ['a question this version does not have', { ...full, 'cu-emotional-99': 2 }, 'unknown-question'],
    ['too few answers in one part', tooFewEmotional, 'too-few-answers'],
    ['an empty answer sheet', {}, 'too-few-answers'],
  ])('%s', (_name, answers, kind) => {
    const outcome = scoreCheckupRecord(checkupInstruments, record(answers));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((problem) => problem.kind)).toContain(kind);
    expect(outcome.message).toMatch(/^Nothing has been scored yet\./);
    expect(outcome).not.toHaveProperty('result');
  });

  it.each([[null], [[3, 3, 3]], ['answers'], [42]])('answers that are not a map (%j)', (answers) => {
    const outcome = scoreCheckupRecord(checkupInstruments, {
      instrumentId: checkup.id,
      version: checkup.version,
      answers: answers as unknown as Record<string, unknown>,
    });
    expect(outcome).toMatchObject({ ok: false, problems: [{ kind: 'not-answers' }] });
  });

  it('names every thin part with how many answers it has and needs', () => {
    const outcome = scoreCheckupRecord(checkupInstruments, record(tooFewEmotional));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([
      {
        kind: 'too-few-answers',
        dimension: 'emotional',
        title: 'Emotional closeness',
        answered: 2,
        needed: 4,
      },
    ]);
    expect(outcome.message).toBe(
      'Nothing has been scored yet. One part needs a few more answers: Emotional closeness (2 of 4 answered).',
    );
  });

  it.each([
    [
      [{ kind: 'not-a-choice', itemId: 'a', min: 0, max: 4 }],
      'Nothing has been scored yet. 1 answer is not one of the choices offered. Please answer that question again.',
    ],
    [
      [
        { kind: 'missing-answer', itemId: 'a' },
        { kind: 'missing-answer', itemId: 'b' },
      ],
      'Nothing has been scored yet. 2 questions still need an answer.',
    ],
    [
      [{ kind: 'unknown-version', id: 'hearth-checkup', version: 9 }],
      'Nothing has been scored yet. These answers come from a newer check-up than this app knows. Please update Hearth.',
    ],
  ] as const)('describes %j plainly', (problems, message) => {
    expect(describeAnswerProblems(problems, 'check-up')).toBe(message);
  });

  it('accepts a sheet with a skipped question per part, and no barrier or distress answers', () => {
    const skipOnePerPart = without(
      full,
      ...checkup.dimensions.map(
        (dimension) => checkup.items.find((item) => item.dimension === dimension.id)?.id ?? '',
      ),
    );
    const outcome = scoreCheckupRecord(checkupInstruments, record(skipOnePerPart));
    expect(outcome.ok).toBe(true);
  });

  it('needs no answers in intimate parts while intimacy content is paused', () => {
    const sexualIds = checkup.items.filter((item) => item.dimension === 'sexual').map((item) => item.id);
    const answers = without(full, ...sexualIds);
    expect(scoreCheckupRecord(checkupInstruments, record(answers)).ok).toBe(false);
    const paused = scoreCheckupRecord(checkupInstruments, record(answers), { intimacyPaused: true });
    expect(paused.ok).toBe(true);
  });

  it('scores a complete, valid sheet exactly as scoreCheckup does', () => {
    const outcome = scoreCheckupRecord(checkupInstruments, {
      ...record({ ...full, 'cu-support-02': 4 }),
      lifeStages: ['young-kids'],
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.dimensions.every((dimension) => dimension.score === 75)).toBe(true);
    expect(outcome.result.routes).toEqual(['support']);
    expect(outcome.result.lifeStages).toEqual(['young-kids']);
  });
});

describe('an old check-up format still scores (content versioning)', () => {
  // A small made-up version 2: one emotional statement becomes reverse-keyed, one is retired,
  // one is new, and the bands move. Version 1 answers must keep their version 1 meaning.
  const v1 = checkup;
  const v2: CheckupInstrument = {
    ...structuredClone(v1),
    version: v1.version + 1,
    items: [
      ...v1.items
        .filter((item) => item.id !== 'cu-emotional-06')
        .map((item) => (item.id === 'cu-emotional-01' ? { ...item, reverse: true } : item)),
      { ...structuredClone(v1.items[0]!), id: 'cu-emotional-07', dimension: 'emotional', reverse: false },
    ],
    dimensions: v1.dimensions.map((dimension) => ({
      ...dimension,
      bands: [
        { ...dimension.bands[0]!, min: 0, max: 59 },
        { ...dimension.bands[1]!, min: 60, max: 89 },
        { ...dimension.bands[2]!, min: 90, max: 100 },
      ],
    })),
  };
  const published = [v1, v2];
  const v1Answers = keyedAnswers(v1, () => 3);
  const v2Answers = {
    ...without(
      keyedAnswers(v2, () => 3),
      'cu-emotional-06',
    ),
    'cu-emotional-07': 3,
  };

  function emotional(outcome: ReturnType<typeof scoreCheckupRecord>) {
    if (!outcome.ok) return outcome.problems.map((problem) => problem.kind);
    const score = outcome.result.dimensions.find((dimension) => dimension.dimension === 'emotional');
    return { version: outcome.result.version, score: score?.score, band: score?.band };
  }

  it('a new check-up is taken with the newest version', () => {
    expect(latestContentVersion(published, v1.id)).toBe(v2);
  });

  it.each([
    ['v1 answers under v1', v1Answers, 1, { version: 1, score: 75, band: 'strong' }],
    ['v2 answers under v2', v2Answers, 2, { version: 2, score: 75, band: 'mixed' }],
    ['v2 answers labelled v1: a question v1 never had', v2Answers, 1, ['unknown-question']],
    ['v1 answers labelled v2: a retired question', v1Answers, 2, ['unknown-question']],
    ['a version this app does not ship', v1Answers, 3, ['unknown-version']],
  ] as const)('%s', (_name, answers, version, expected) => {
    expect(emotional(scoreCheckupRecord(published, record(answers, version)))).toEqual(expected);
  });

  it('the same numbers mean different things in v1 and v2: each is read with its own keying', () => {
    const answers = { ...v1Answers, 'cu-emotional-01': 4 };
    const asV1 = scoreCheckupRecord(published, record(answers, 1));
    const asV2 = scoreCheckupRecord(
      published,
      record({ ...without(answers, 'cu-emotional-06'), 'cu-emotional-07': 3 }, 2),
    );
    expect(emotional(asV1)).toMatchObject({ score: 79 });
    expect(emotional(asV2)).toMatchObject({ score: 63 });
  });

  it('refuses a different instrument id with the same version', () => {
    const outcome = scoreCheckupRecord(published, {
      instrumentId: 'someone-else',
      version: 1,
      answers: v1Answers,
    });
    expect(outcome).toMatchObject({ ok: false, problems: [{ kind: 'unknown-version' }] });
  });
});
