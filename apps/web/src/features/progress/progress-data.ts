// What the progress screen draws, from decrypted records. My pulses and check-ups come from my
// private records; my partner's only from what they chose to share (their check-up only once I
// have shared mine too, as in the together view). Pure, so it is tested in Node.
import {
  addDays,
  checkupScoreSeries,
  daysConnectedPerWeek,
  milestones,
  moodSeries,
  pulseClosenessSeries,
  startOfIsoWeek,
  touchesPerDay,
  weeklySummary,
  type CheckinEntry,
  type CheckupEntry,
  type ConnectedWeek,
  type DimensionSeries,
  type LocalDate,
  type Milestone,
  type Mood,
  type PartnerSeries,
  type PulseEntry,
  type TouchDay,
  type WeeklySummary,
  type SharedMoment,
} from '@hearth/core';
import type { DecryptedRecord } from '../../lib/sync-snapshot';
import { practiceDates } from '../practices/practice-records';
import { coupleSummaryOf, sharesBy } from '../checkup/checkup-records';
import type { MyHistory } from '../checkup/my-history';
import { recordsOfType } from '../checkup/records-of-type';

/** Days of touches and moods shown; weeks of days connected. */
export const daysShown = 28;
export const weeksShown = 8;

export interface ProgressSources {
  /** This couple's shared records. */
  shared: readonly DecryptedRecord[];
  /** My own check-ups and pulses, already scored. */
  history: Pick<MyHistory, 'checkups' | 'pulses'>;
  myId: string;
  partnerId: string;
  today: LocalDate;
  dateOf: (iso: string) => LocalDate | null;
  /** The plan's first Monday, for the milestones; null before a plan. */
  planStart: LocalDate | null;
}

export interface ProgressData {
  from: LocalDate;
  today: LocalDate;
  closeness: PartnerSeries[];
  checkupScores: DimensionSeries[];
  moods: PartnerSeries[];
  touches: TouchDay[];
  connectedWeeks: ConnectedWeek[];
  milestones: Milestone[];
  thisWeek: WeeklySummary;
}

export function pulseEntries(sources: ProgressSources): PulseEntry[] {
  const mine = sources.history.pulses.map((entry) => ({
    partner: sources.myId,
    date: entry.record.payload.date,
    closeness: entry.result.closeness,
  }));
  const theirs = recordsOfType(sources.shared, 'pulse-share')
    .filter((r) => r.authorId === sources.partnerId)
    .map((r) => ({ partner: sources.partnerId, date: r.payload.date, closeness: r.payload.pulse.closeness }));
  return [...mine, ...theirs];
}

export function checkupEntries(sources: ProgressSources): CheckupEntry[] {
  const mine = sources.history.checkups.map((entry) => ({
    partner: sources.myId,
    date: entry.record.payload.takenOn,
    dimensions: entry.result.dimensions,
  }));
  const iShared = sharesBy(sources.shared, sources.myId).length > 0;
  const theirs = iShared
    ? sharesBy(sources.shared, sources.partnerId).map((r) => ({
        partner: sources.partnerId,
        date: r.payload.takenOn,
        dimensions: coupleSummaryOf(r.payload).dimensions,
      }))
    : [];
  return [...mine, ...theirs];
}

export function checkinEntries(shared: readonly DecryptedRecord[]): CheckinEntry[] {
  return recordsOfType(shared, 'checkin')
    .sort((a, b) => (a.payload.createdAt < b.payload.createdAt ? -1 : 1))
    .map((r) => ({ partner: r.authorId, date: r.payload.date, mood: r.payload.mood as Mood }));
}

/** What we did, by day: the daily practices, and finished guided exercises (done together). */
export function togetherDates(
  shared: readonly DecryptedRecord[],
  dateOf: (iso: string) => LocalDate | null,
): SharedMoment[] {
  const exercises = recordsOfType(shared, 'exercise-done')
    .filter((r) => r.payload.completed)
    .map((r) => dateOf(r.payload.endedAt))
    .filter((date): date is LocalDate => date !== null)
    .map((date): SharedMoment => ({ date, together: true }));
  return [...practiceDates(shared, dateOf), ...exercises];
}

export function progressData(sources: ProgressSources): ProgressData {
  const { shared, today } = sources;
  const from = addDays(today, 1 - daysShown);
  const touches = recordsOfType(shared, 'touch').map((r) => ({ date: r.payload.date }));
  const checkins = checkinEntries(shared);
  const pulses = pulseEntries(sources);
  const dates = togetherDates(shared, sources.dateOf);
  const weekStart = startOfIsoWeek(today);
  return {
    from,
    today,
    closeness: pulseClosenessSeries(pulses),
    checkupScores: checkupScoreSeries(checkupEntries(sources)),
    moods: moodSeries(checkins, from, today),
    touches: touchesPerDay(touches, from, today),
    connectedWeeks: daysConnectedPerWeek(dates, addDays(weekStart, -7 * (weeksShown - 1)), today),
    milestones: milestones({
      startWeek: sources.planStart ?? startOfIsoWeek(dates.map((d) => d.date).sort()[0] ?? today),
      today,
      practiceDates: dates,
      touches,
    }),
    thisWeek: weeklySummary({ weekStart, practiceDates: dates, touches, checkins, pulses }),
  };
}
