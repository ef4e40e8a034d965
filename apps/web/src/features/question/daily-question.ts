// Which question the two of us get today, computed on each phone from the couple key, so the
// server never learns it (docs/daily-practices.md). Pure: the library and the key are passed in.
import {
  combinePreferences,
  dailyQuestionOrder,
  preferencesOn,
  questionFits,
  questionForDay,
  type LocalDate,
  type QuestionPreferences,
  type QuestionSkip,
  type StoredQuestionPreferences,
} from '@hearth/core';
import { deriveQuestionOrderKey } from '@hearth/crypto';
import type { Question } from '@hearth/content';

export interface DailyQuestionInput {
  coupleKey: Uint8Array;
  library: readonly Question[];
  /** The couple's first day: the order starts there. */
  startDate: LocalDate;
  date: LocalDate;
  skips: readonly QuestionSkip[];
  /** Each partner's stored choices (null: the gentle default). */
  preferences?: { mine: StoredQuestionPreferences | null; partner: StoredQuestionPreferences | null };
}

/** What the two of us have chosen together for a date (the gentler depth, opt-ins both said yes to). */
export function couplePreferencesOn(
  preferences: DailyQuestionInput['preferences'],
  date: LocalDate,
): QuestionPreferences {
  return combinePreferences(
    preferencesOn(preferences?.mine, date),
    preferencesOn(preferences?.partner, date),
  );
}

export function dailyQuestionId(input: DailyQuestionInput): string | null {
  const byId = new Map(input.library.map((q) => [q.id, q]));
  const order = dailyQuestionOrder(deriveQuestionOrderKey(input.coupleKey), [...byId.keys()]);
  const perDay = new Map<LocalDate, QuestionPreferences>();
  const fits = (id: string, date: LocalDate) => {
    let preferences = perDay.get(date);
    if (!preferences) {
      preferences = couplePreferencesOn(input.preferences, date);
      perDay.set(date, preferences);
    }
    const question = byId.get(id);
    return question !== undefined && questionFits(question, preferences);
  };
  // Before the couple's first day (clocks, time zones) the first question is today's.
  const startDate = input.startDate > input.date ? input.date : input.startDate;
  return questionForDay({ order, startDate, date: input.date, skips: input.skips, fits });
}
