// Turning the couple's shared records into the plan's inputs. The plan itself is never stored:
// every device works it out again from these (docs/checkup.md, "How the plan is computed").
import {
  startOfIsoWeek,
  type CompletedPractice,
  type LocalDate,
  type PlanAdjustment,
  type PlanContent,
  type PlanInput,
  type PlanPace,
} from '@hearth/core';
import type { DecryptedRecord } from '../../lib/sync-snapshot';
import { lifeStagesOf, sharedCheckups } from '../checkup/checkup-records';
import { recordsOfType } from '../checkup/records-of-type';

/**
 * The daily practices stand for exercises of the library: a morning check-in is the check-in
 * exercise done, and so on. Guided exercises count through their own log entries.
 */
const practiceExercise = {
  checkin: 'ex-morning-check-in',
  gratitude: 'ex-evening-gratitude',
  touch: 'ex-six-touches-a-day',
  'device-free': 'ex-device-free-time',
  vulnerability: 'ex-weekly-vulnerability-share',
} as const;

/**
 * The Monday the plan began: the earliest week either of us started it or shared a check-up.
 * Null while neither has happened (the plan page then offers to begin).
 */
export function planStartWeek(shared: readonly DecryptedRecord[]): LocalDate | null {
  const starts = [
    ...recordsOfType(shared, 'plan-start').map((r) => r.payload.weekStart),
    ...recordsOfType(shared, 'checkup-share').map((r) => r.payload.takenOn),
  ].map((date) => startOfIsoWeek(date));
  return starts.sort()[0] ?? null;
}

/** Adjustments either of us made, in the order they were made. */
export function planAdjustments(shared: readonly DecryptedRecord[]): PlanAdjustment[] {
  return recordsOfType(shared, 'plan-adjustment')
    .sort((a, b) => (a.payload.createdAt < b.payload.createdAt ? -1 : 1))
    .map((r) => r.payload.adjustment);
}

/** The pace in effect in a week: the latest pace change made for that week or before it. */
export function paceFrom(adjustments: readonly PlanAdjustment[], weekStart: LocalDate): PlanPace {
  let pace: PlanPace = 'usual';
  for (const adjustment of adjustments)
    if (adjustment.kind === 'pace' && adjustment.weekStart <= weekStart) pace = adjustment.pace;
  return pace;
}

/** What the two of us did, as exercises on our calendar. */
export function completedPractices(
  shared: readonly DecryptedRecord[],
  dateOf: (iso: string) => LocalDate | null,
): CompletedPractice[] {
  const done: CompletedPractice[] = [];
  // One person's part of a practice for two (a check-in, a thank-you, a letter): the practice is
  // done on a day once both of us did it, never when only one did.
  const byPerson = new Map<string, { entry: CompletedPractice; people: Set<string> }>();
  const onePart = (exerciseId: string, date: LocalDate | null, authorId: string) => {
    if (!date) return;
    const key = `${exerciseId}|${date}`;
    const seen = byPerson.get(key) ?? { entry: { exerciseId, date }, people: new Set<string>() };
    seen.people.add(authorId);
    byPerson.set(key, seen);
  };
  for (const r of shared) {
    const p = r.payload;
    if (p.type === 'exercise-done') {
      const date = p.completed ? dateOf(p.endedAt) : null;
      if (date) done.push({ exerciseId: p.exerciseId, date });
    } else if (p.type === 'touch' && p.forBoth)
      done.push({ exerciseId: practiceExercise.touch, date: p.date });
    else if (p.type === 'checkin' || p.type === 'gratitude' || p.type === 'touch')
      onePart(practiceExercise[p.type], p.date, r.authorId);
    else if (p.type === 'device-free') {
      const date = dateOf(p.startedAt);
      if (date) done.push({ exerciseId: practiceExercise['device-free'], date });
    } else if (p.type === 'vulnerability')
      onePart(practiceExercise.vulnerability, dateOf(p.createdAt), r.authorId);
  }
  for (const { entry, people } of byPerson.values()) if (people.size >= 2) done.push(entry);
  return done;
}

export interface PlanSources {
  content: PlanContent;
  /** This couple's shared records. */
  shared: readonly DecryptedRecord[];
  today: LocalDate;
  dateOf: (iso: string) => LocalDate | null;
  /** My own private result routed me to safety resources: my plan is set aside (for me only). */
  setAsideForSafety: boolean;
  intimacyPaused: boolean;
}

/** The plan's input, or null before the plan has begun. */
export function planInputFrom(sources: PlanSources): PlanInput | null {
  const startWeek = planStartWeek(sources.shared);
  if (!startWeek) return null;
  return {
    content: sources.content,
    startWeek,
    today: sources.today,
    lifeStages: lifeStagesOf(sources.shared) ?? [],
    intimacyPaused: sources.intimacyPaused,
    sharedCheckups: sharedCheckups(sources.shared),
    completed: completedPractices(sources.shared, sources.dateOf),
    adjustments: planAdjustments(sources.shared),
    setAsideForSafety: sources.setAsideForSafety,
  };
}
