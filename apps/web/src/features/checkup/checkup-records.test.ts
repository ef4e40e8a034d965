import { checkup, checkupInstruments, pulses } from '@hearth/content';
import { scoreCheckupRecord, type CheckupResult } from '@hearth/core';
import { describe, expect, it } from 'vitest';
import { anyPayload, type CheckupSharePayload } from '../../lib/record-payloads';
import {
  coupleSummaryOf,
  lifeStagesOf,
  myCheckups,
  myDraft,
  sharedCheckups,
  togetherState,
} from './checkup-records';
import { compareSummaries } from './compare-summaries';
import { myHistory } from './my-history';
import { checkupShareFrom } from './share-payload';
import { ME, YOU, checkupAnswers, checkupRecord, privateRec, pulseRecord, rec } from './test-records';

const published = { instruments: checkupInstruments, pulses };
const safetyIds = checkup.safety.items.map((item) => item.id);
const sensitiveBarrierIds = checkup.barriers.items.filter((i) => i.sensitive).map((i) => i.id);

function scored(answers: Record<string, number>): CheckupResult {
  const outcome = scoreCheckupRecord(checkupInstruments, {
    instrumentId: checkup.id,
    version: checkup.version,
    answers,
  });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

describe('what a shared check-up holds', () => {
  // Every safety and support item triggered, every barrier present (sensitive ones too).
  const everything = checkupAnswers(() => 1, {
    ...Object.fromEntries(safetyIds.map((id) => [id, 3])),
    ...Object.fromEntries(checkup.barriers.items.map((item) => [item.id, 2])),
  });
  const result = scored(everything);
  const payload = checkupShareFrom(result, '2026-03-02', new Date('2026-03-02T10:00:00Z'));
  const text = JSON.stringify(payload);

  it('the private result does route to safety and support (so the test below could fail)', () => {
    expect(result.routes).toEqual(['safety', 'support']);
    expect(result.barriers.some((b) => b.sensitive)).toBe(true);
  });

  it('carries no routes, no answers, no safety items and no sensitive barriers', () => {
    expect(text).not.toMatch(/route|safety|support|answers/);
    for (const id of [...safetyIds, ...sensitiveBarrierIds]) expect(text).not.toContain(id);
    const sensitive = checkup.barriers.items.filter((i) => i.sensitive).map((i) => i.barrier);
    for (const barrier of sensitive) expect(payload.summary.barriers).not.toContain(barrier);
    expect(payload.summary.dimensions).toHaveLength(checkup.dimensions.length);
  });

  it('passes its own schema, and the schema refuses anything extra', () => {
    expect(() => anyPayload.parse(payload)).not.toThrow();
    const withRoutes = { ...payload, summary: { ...payload.summary, routes: ['safety'] } };
    expect(() => anyPayload.parse(withRoutes)).toThrow();
    const withAnswers = { ...payload, answers: everything } as unknown as CheckupSharePayload;
    expect(() => anyPayload.parse(withAnswers)).toThrow();
  });
});

describe('reading check-ups from records', () => {
  const mine = checkupRecord(
    checkupAnswers(() => 3),
    '2026-03-02',
  );
  const partnersPrivate = checkupRecord(
    checkupAnswers(() => 0),
    '2026-03-01',
    YOU,
  );
  const laterMine = checkupRecord(
    checkupAnswers(() => 2),
    '2026-04-02',
  );

  it('finds only my own private check-ups, oldest first', () => {
    expect(myCheckups([laterMine, partnersPrivate, mine], ME).map((r) => r.id)).toEqual([
      mine.id,
      laterMine.id,
    ]);
    // A couple-scope record of the same type is not a private check-up.
    const misplaced = rec(mine.payload);
    expect(myCheckups([misplaced], ME)).toEqual([]);
  });

  it('finds the newest draft', () => {
    const draft = (updatedAt: string) =>
      privateRec({
        type: 'checkup-draft',
        instrumentId: checkup.id,
        version: 1,
        answers: {},
        part: 2,
        updatedAt,
      });
    const older = draft('2026-03-01T10:00:00Z');
    const newer = draft('2026-03-02T10:00:00Z');
    expect(myDraft([newer, older], ME)?.id).toBe(newer.id);
    expect(myDraft([], ME)).toBeNull();
  });

  it('shows the partner’s summary only once I have shared too', () => {
    const share = (who: string, sharedAt: string) =>
      rec(checkupShareFrom(scored(checkupAnswers(() => 2)), '2026-03-02', new Date(sharedAt)), {
        authorId: who,
      });
    const theirs = share(YOU, '2026-03-02T10:00:00Z');
    expect(togetherState([theirs], ME, YOU)).toEqual({ mine: null, theirs: null, partnerWaiting: true });
    const mineShared = share(ME, '2026-03-03T10:00:00Z');
    const state = togetherState([theirs, mineShared], ME, YOU);
    expect([state.mine?.id, state.theirs?.id, state.partnerWaiting]).toEqual([
      mineShared.id,
      theirs.id,
      false,
    ]);
    expect(togetherState([mineShared], ME, YOU)).toMatchObject({ theirs: null, partnerWaiting: false });
    expect(
      sharedCheckups([theirs, mineShared])
        .map((s) => s.partner)
        .sort(),
    ).toEqual([ME, YOU]);
  });

  it('life stage: the latest setting counts, none before one is saved', () => {
    const stage = (stages: string[], updatedAt: string) => rec({ type: 'life-stage', stages, updatedAt });
    expect(lifeStagesOf([])).toBeNull();
    expect(
      lifeStagesOf([
        stage(['young-kids'], '2026-03-02T10:00:00Z'),
        stage(['no-kids'], '2026-03-01T10:00:00Z'),
      ]),
    ).toEqual(['young-kids']);
  });
});

describe('my private history and where it routes me', () => {
  const cases: { name: string; records: ReturnType<typeof checkupRecord>[]; routes: string[] }[] = [
    {
      name: 'an ordinary check-up',
      records: [
        checkupRecord(
          checkupAnswers(() => 3),
          '2026-03-02',
        ),
      ],
      routes: [],
    },
    {
      name: 'feeling afraid of my partner',
      records: [
        checkupRecord(
          checkupAnswers(() => 3, { 'cu-safety-01': 1 }),
          '2026-03-02',
        ),
      ],
      routes: ['safety'],
    },
    {
      name: 'feeling hopeless',
      records: [
        checkupRecord(
          checkupAnswers(() => 3, { 'cu-support-02': 4 }),
          '2026-03-02',
        ),
      ],
      routes: ['support'],
    },
    {
      name: 'two low check-ups in a row',
      records: [
        checkupRecord(
          checkupAnswers(() => 0),
          '2026-02-01',
        ),
        checkupRecord(
          checkupAnswers(() => 0),
          '2026-03-02',
        ),
      ],
      routes: ['support'],
    },
    {
      name: 'three pulses at closeness 1',
      records: [pulseRecord(1, '2026-03-02'), pulseRecord(1, '2026-03-09'), pulseRecord(2, '2026-03-16')],
      routes: ['support'],
    },
  ];
  it.each(cases)('$name → $routes', ({ records, routes }) => {
    expect(myHistory(records, ME, published).routes).toEqual(routes);
  });

  it('ignores my partner’s records entirely', () => {
    const theirs = checkupRecord(
      checkupAnswers(() => 3, { 'cu-safety-01': 3 }),
      '2026-03-02',
      YOU,
    );
    expect(myHistory([theirs], ME, published)).toMatchObject({ checkups: [], routes: [] });
  });

  it('refuses partial or out-of-range answers with a message, and scores nothing from them', () => {
    const partial = checkupRecord({ 'cu-emotional-01': 3 }, '2026-03-02');
    const outOfRange = checkupRecord(
      checkupAnswers(() => 3, { 'cu-emotional-01': 9 }),
      '2026-03-03',
    );
    const history = myHistory([partial, outOfRange], ME, published);
    expect(history.checkups).toEqual([]);
    expect(history.unreadable.map((u) => u.message)).toEqual([
      expect.stringMatching(/^Nothing has been scored yet\. .*few more answers/),
      expect.stringMatching(/not one of the choices/),
    ]);
  });
});

describe('the together view', () => {
  const mine = scored(checkupAnswers((d) => (d === 'quality-time' ? 0 : 3)));
  const theirs = scored(checkupAnswers((d) => (d === 'appreciation' ? 1 : 3)));
  const toSummary = (r: CheckupResult) => coupleSummaryOf(checkupShareFrom(r, '2026-03-02', new Date()));

  it('marks parts alike and picks the biggest gaps to talk about', () => {
    const comparison = compareSummaries(checkup, toSummary(mine), toSummary(theirs));
    const gaps = Object.fromEntries(comparison.parts.map((p) => [p.dimension, p.gap]));
    expect(gaps['emotional']).toBe(0);
    expect(gaps['quality-time']).toBe(75);
    expect(gaps['appreciation']).toBe(50);
    expect(comparison.parts.find((p) => p.dimension === 'emotional')?.alike).toBe(true);
    expect(comparison.talkAbout.map((p) => p.dimension)).toEqual(['quality-time', 'appreciation']);
  });
});
