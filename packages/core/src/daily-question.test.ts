import { deriveQuestionOrderKey, fromHex } from '@hearth/crypto';
import { describe, expect, it } from 'vitest';
import { dailyQuestionOrder, questionForDay, type QuestionSkip } from './daily-question';
import { addDays } from './local-date';

function seed(first: number): Uint8Array {
  return Uint8Array.from({ length: 32 }, (_, index) => (first + index) % 256);
}

const library = Array.from({ length: 40 }, (_, index) => `q${index + 1}`);

describe('daily question order', () => {
  it('is pinned for v1: changing it would silently give every couple a different question', () => {
    // HMAC-SHA256(seed, id) ranks, checked independently with node:crypto.
    expect(dailyQuestionOrder(seed(0), ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8'])).toEqual([
      'q6',
      'q8',
      'q7',
      'q4',
      'q5',
      'q3',
      'q2',
      'q1',
    ]);
  });

  it('is pinned for v1 from the couple key: deriveQuestionOrderKey, then the HMAC ranking', () => {
    const coupleKey = fromHex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
    const ids = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8'];
    expect(dailyQuestionOrder(deriveQuestionOrderKey(coupleKey), ids)).toEqual([
      'q4',
      'q6',
      'q8',
      'q7',
      'q5',
      'q2',
      'q1',
      'q3',
    ]);
  });

  it('contains every id exactly once', () => {
    const order = dailyQuestionOrder(seed(1), library);
    expect(order).toHaveLength(library.length);
    expect([...order].sort()).toEqual([...library].sort());
  });

  it('lists a duplicated id once', () => {
    expect(dailyQuestionOrder(seed(1), ['a', 'b', 'a', 'c', 'b']).sort()).toEqual(['a', 'b', 'c']);
  });

  it('is the same on every device for the same seed, whatever order the library arrives in', () => {
    const order = dailyQuestionOrder(seed(7), library);
    expect(dailyQuestionOrder(seed(7), library)).toEqual(order);
    expect(dailyQuestionOrder(seed(7), [...library].reverse())).toEqual(order);
  });

  it('differs between couples: different seeds give different orders', () => {
    const orders = [0, 1, 2, 3, 4, 5].map((first) => dailyQuestionOrder(seed(first), library).join());
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('actually shuffles: the library order is not kept', () => {
    expect(dailyQuestionOrder(seed(3), library)).not.toEqual(library);
  });

  it('keeps the same relative order when the library is filtered by depth or tags', () => {
    const keep = (id: string) => Number(id.slice(1)) % 3 !== 0;
    expect(dailyQuestionOrder(seed(9), library.filter(keep))).toEqual(
      dailyQuestionOrder(seed(9), library).filter(keep),
    );
  });

  it.each([[0], [15]])('refuses a seed of %i bytes, which could only be a mistake', (length) => {
    expect(() => dailyQuestionOrder(new Uint8Array(length), library)).toThrow(RangeError);
  });

  it('gives an empty order for an empty library', () => {
    expect(dailyQuestionOrder(seed(0), [])).toEqual([]);
  });
});

describe('question for a day', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];
  const startDate = '2026-03-27';

  it.each([
    ['2026-03-27', 'a'],
    ['2026-03-28', 'b'],
    ['2026-03-29', 'c'], // the night the clocks change counts as one day like any other
    ['2026-03-31', 'e'],
    ['2026-04-01', 'a'], // wraps only after the whole order was used
    ['2026-04-02', 'b'],
    ['2026-03-26', null], // before the order started
  ])('with no skips, on %s the question is %s', (date, expected) => {
    expect(questionForDay({ order, startDate, date })).toBe(expected);
  });

  it('never repeats a question until every question has been asked once', () => {
    const big = dailyQuestionOrder(seed(5), library);
    const seen = new Set<string>();
    for (let day = 0; day < big.length; day += 1) {
      const question = questionForDay({ order: big, startDate, date: addDays(startDate, day) });
      expect(question).not.toBeNull();
      expect(seen.has(question as string)).toBe(false);
      seen.add(question as string);
    }
    expect(questionForDay({ order: big, startDate, date: addDays(startDate, big.length) })).toBe(big[0]);
  });

  it.each<[string, QuestionSkip[], string, string]>([
    [
      'skipping today moves today to the next question',
      [{ date: '2026-03-28', questionId: 'b' }],
      '2026-03-28',
      'c',
    ],
    ['a skip shifts every later day by one', [{ date: '2026-03-28', questionId: 'b' }], '2026-03-30', 'e'],
    [
      'a skip later than the day asked about changes nothing',
      [{ date: '2026-03-30', questionId: 'd' }],
      '2026-03-28',
      'b',
    ],
    [
      'two skips the same day move two steps',
      [
        { date: '2026-03-28', questionId: 'b' },
        { date: '2026-03-28', questionId: 'c' },
      ],
      '2026-03-28',
      'd',
    ],
    [
      'two skips recorded in either order still move two steps',
      [
        { date: '2026-03-28', questionId: 'c' },
        { date: '2026-03-28', questionId: 'b' },
      ],
      '2026-03-28',
      'd',
    ],
    [
      'both partners skipping the same question moves once',
      [
        { date: '2026-03-28', questionId: 'b' },
        { date: '2026-03-28', questionId: 'b' },
      ],
      '2026-03-28',
      'c',
    ],
    [
      'a skip of a question that was not on screen that day is ignored',
      [{ date: '2026-03-28', questionId: 'e' }],
      '2026-03-28',
      'b',
    ],
    ['a skip before the start date is ignored', [{ date: '2026-03-20', questionId: 'a' }], '2026-03-27', 'a'],
    [
      'skips on several days add up',
      [
        { date: '2026-03-27', questionId: 'a' },
        { date: '2026-03-29', questionId: 'd' },
      ],
      '2026-03-30',
      'a',
    ],
  ])('%s', (_rule, skips, date, expected) => {
    expect(questionForDay({ order, startDate, date, skips })).toBe(expected);
  });

  it('with skips, still asks every question once before any comes back', () => {
    const skips: QuestionSkip[] = [];
    const asked: string[] = [];
    for (let day = 0; asked.length < order.length; day += 1) {
      const date = addDays(startDate, day);
      let question = questionForDay({ order, startDate, date, skips }) as string;
      asked.push(question);
      if (day % 2 === 0 && asked.length < order.length) {
        skips.push({ date, questionId: question });
        question = questionForDay({ order, startDate, date, skips }) as string;
        asked.push(question);
      }
    }
    expect([...asked].sort()).toEqual([...order].sort());
  });

  it('passes over questions that do not fit and keeps them for later', () => {
    const fits = (id: string) => id !== 'b' && id !== 'd';
    const days = [0, 1, 2, 3].map((day) =>
      questionForDay({ order, startDate, date: addDays(startDate, day), fits }),
    );
    expect(days).toEqual(['a', 'c', 'e', 'a']);
  });

  it('after the couple changes what fits, nothing comes back before every fitting question was asked', () => {
    const big = dailyQuestionOrder(seed(9), library);
    const deepFrom = addDays(startDate, 20);
    const isDeep = (id: string) => id.endsWith('0');
    // Shallow questions for twenty days, then everything.
    const fits = (id: string, date: string) => date >= deepFrom || !isDeep(id);
    const asked: string[] = [];
    for (let day = 0; day < big.length; day += 1) {
      asked.push(questionForDay({ order: big, startDate, date: addDays(startDate, day), fits }) as string);
    }
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked.slice(0, 20).some(isDeep)).toBe(false);
  });

  it('has nothing to ask when no question fits', () => {
    expect(questionForDay({ order, startDate, date: startDate, fits: () => false })).toBeNull();
  });

  it('has nothing to ask from an empty order', () => {
    expect(questionForDay({ order: [], startDate, date: startDate })).toBeNull();
  });
});
