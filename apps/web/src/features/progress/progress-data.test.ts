import { checkupInstruments, pulses } from '@hearth/content';
import { describe, expect, it } from 'vitest';
import { checkupShareFrom } from '../checkup/share-payload';
import { myHistory } from '../checkup/my-history';
import { ME, YOU, checkupAnswers, checkupRecord, pulseRecord, rec } from '../checkup/test-records';
import { scoreCheckupRecord } from '@hearth/core';
import { checkup } from '@hearth/content';
import { pulseShareFrom } from '../pulse/pulse-records';
import { checkupEntries, progressData, pulseEntries, type ProgressSources } from './progress-data';

const published = { instruments: checkupInstruments, pulses };
const dateOf = (iso: string) => iso.slice(0, 10);

function sources(
  privateRecords: ReturnType<typeof rec>[],
  shared: ReturnType<typeof rec>[],
  today = '2026-03-08',
): ProgressSources {
  return {
    shared,
    history: myHistory(privateRecords, ME, published),
    myId: ME,
    partnerId: YOU,
    today,
    dateOf,
    planStart: '2026-03-02',
  };
}

function partnerResult() {
  const outcome = scoreCheckupRecord(checkupInstruments, {
    instrumentId: checkup.id,
    version: checkup.version,
    answers: checkupAnswers(() => 2),
  });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

describe('progress from records', () => {
  it('closeness: mine from my private pulses, my partner’s only from what they shared', () => {
    const mine = pulseRecord(3, '2026-03-01');
    const partnersPrivate = { ...pulseRecord(7, '2026-03-01'), authorId: YOU, ownerId: YOU };
    const partnersShare = rec(
      pulseShareFrom(
        { pulseId: 'hearth-pulse', version: 1, closeness: 5, items: [], routes: ['support'] },
        '2026-03-06',
        new Date(),
      ),
      { authorId: YOU },
    );
    const entries = pulseEntries(sources([mine, partnersPrivate], [partnersShare]));
    expect(entries).toEqual([
      { partner: ME, date: '2026-03-01', closeness: 3 },
      { partner: YOU, date: '2026-03-06', closeness: 5 },
    ]);
    expect(JSON.stringify(partnersShare.payload)).not.toContain('support');
  });

  it('check-up scores: the partner’s shared ones appear only after I shared mine', () => {
    const mineRecord = checkupRecord(
      checkupAnswers(() => 3),
      '2026-03-02',
    );
    const theirs = rec(checkupShareFrom(partnerResult(), '2026-03-03', new Date('2026-03-03T10:00:00Z')), {
      authorId: YOU,
    });
    const before = checkupEntries(sources([mineRecord], [theirs]));
    expect(before.map((e) => e.partner)).toEqual([ME]);
    const myShare = rec(
      checkupShareFrom(
        myHistory([mineRecord], ME, published).checkups[0]!.result,
        '2026-03-02',
        new Date('2026-03-04T10:00:00Z'),
      ),
    );
    const after = checkupEntries(sources([mineRecord], [theirs, myShare]));
    expect(after.map((e) => e.partner)).toEqual([ME, YOU]);
  });

  it('a week of check-ins and touches moves every daily chart', () => {
    const empty = progressData(sources([], []));
    expect(empty.touches.every((day) => day.count === 0)).toBe(true);
    expect(empty.moods).toEqual([]);
    expect(empty.thisWeek.daysConnected).toBe(0);

    const week = [
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ];
    const shared = week.flatMap((date, i) => [
      rec({ type: 'checkin', date, mood: 2 + (i % 4), createdAt: `${date}T08:00:00Z` }),
      ...Array.from({ length: 6 }, () =>
        rec({ type: 'touch', date, kind: 'hug', at: `${date}T09:00:00Z`, forBoth: true } as const),
      ),
    ]);
    const full = progressData(sources([], shared));
    expect(full.touches.slice(-7).map((day) => day.count)).toEqual([6, 6, 6, 6, 6, 6, 6]);
    expect(full.touches).toHaveLength(28);
    expect(full.moods[0]?.points).toHaveLength(7);
    expect(full.connectedWeeks.at(-1)?.count).toBe(7);
    expect(full.connectedWeeks).toHaveLength(8);
    expect(full.thisWeek).toMatchObject({ daysConnected: 7, touches: 42, touchGoalDays: 7 });
    expect(full.milestones.find((m) => m.id === 'touch-habit')?.weeksDone).toBe(1);
  });
});
