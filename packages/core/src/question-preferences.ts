/**
 * Which daily questions a couple gets: each partner says how deep they want to go and which
 * opt-in kinds they welcome; both phones combine the two choices the same way, so both land on the
 * same question without telling the server anything.
 */
import { addDays, type LocalDate } from './local-date';

export const questionDepthChoices = ['light', 'medium', 'deep'] as const;
export type QuestionDepthChoice = (typeof questionDepthChoices)[number];

export interface QuestionPreferences {
  /** The deepest questions this person welcomes: 'medium' means light and medium ones. */
  depth: QuestionDepthChoice;
  /** Questions about the physical relationship (tagged opt-in). */
  intimate: boolean;
  /** Questions written for parents (tagged with-kids). */
  kids: boolean;
}

/** A partner's choice as stored: it takes effect from `from`, so today's question never changes under us. */
export interface StoredQuestionPreferences extends QuestionPreferences {
  from: LocalDate;
  /** What was in effect before `from`. */
  previous?: QuestionPreferences;
}

export const defaultQuestionPreferences: QuestionPreferences = {
  depth: 'medium',
  intimate: false,
  kids: false,
};

/** What a partner's stored choice means on `date`: the new choice from its first day, the old one before. */
export function preferencesOn(
  stored: StoredQuestionPreferences | null | undefined,
  date: LocalDate,
): QuestionPreferences {
  if (!stored) return defaultQuestionPreferences;
  const chosen = date >= stored.from ? stored : (stored.previous ?? defaultQuestionPreferences);
  return { depth: chosen.depth, intimate: chosen.intimate, kids: chosen.kids };
}

/**
 * A new choice made on `today`: it starts tomorrow, and today keeps what was in effect today (even
 * when the person changes their mind twice in one day).
 */
export function choosePreferences(
  existing: StoredQuestionPreferences | null | undefined,
  chosen: QuestionPreferences,
  today: LocalDate,
): StoredQuestionPreferences {
  return { ...chosen, from: addDays(today, 1), previous: preferencesOn(existing, today) };
}

/**
 * The couple's filter from both choices: the gentler depth, intimate questions only when both
 * welcome them (consent), questions for parents when either asks for them (a fact about the
 * family, not a boundary).
 */
export function combinePreferences(
  mine: QuestionPreferences,
  theirs: QuestionPreferences,
): QuestionPreferences {
  const depthRank = (depth: QuestionDepthChoice) => questionDepthChoices.indexOf(depth);
  return {
    depth: depthRank(mine.depth) <= depthRank(theirs.depth) ? mine.depth : theirs.depth,
    intimate: mine.intimate && theirs.intimate,
    kids: mine.kids || theirs.kids,
  };
}

export interface FilterableQuestion {
  id: string;
  depth: QuestionDepthChoice;
  tags: readonly string[];
}

export function questionFits(question: FilterableQuestion, preferences: QuestionPreferences): boolean {
  const depthRank = questionDepthChoices.indexOf(question.depth);
  if (depthRank > questionDepthChoices.indexOf(preferences.depth)) return false;
  if (question.tags.includes('opt-in') && !preferences.intimate) return false;
  if (question.tags.includes('with-kids') && !preferences.kids) return false;
  return true;
}

/** The ids a couple's order is drawn from. */
export function questionIdsFor(
  library: readonly FilterableQuestion[],
  preferences: QuestionPreferences,
): string[] {
  return library.filter((question) => questionFits(question, preferences)).map((question) => question.id);
}
