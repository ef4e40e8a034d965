/**
 * The personalised plan: week by week, emotional practices first, physical connection layered in
 * as it grows. A plan is never stored; it is worked out again from what is stored (when it began,
 * the shared check-ups, what the two of you did, your adjustments), so every device shows the
 * same plan and nothing about it needs its own record.
 */
import type {
  Audience,
  BarrierId,
  CheckupDimension,
  CheckupInstrument,
  Exercise,
  ExerciseLayer,
} from '@hearth/content';
import type { CoupleSummary } from '../checkup/checkup-scoring';
import type { LocalDate } from '../local-date';

/** A check-up summary one partner chose to share, and when they took it. */
export interface SharedCheckup {
  /** Whose check-up this is (any stable id); each partner's latest one counts. */
  partner: string;
  takenOn: LocalDate;
  summary: CoupleSummary;
}

/** One time the two of you did an exercise, on your local calendar. */
export interface CompletedPractice {
  exerciseId: string;
  date: LocalDate;
}

export type PlanPace = 'usual' | 'slower';

/** Changes the couple made; each applies from the week it names (a Monday) onwards. */
export type PlanAdjustment =
  /** Not this exercise: from this week on it is replaced (by `replacementId` when it fits). */
  | { kind: 'swap'; weekStart: LocalDate; exerciseId: string; replacementId?: string }
  /** A week off: nothing is due and the plan waits. */
  | { kind: 'pause-week'; weekStart: LocalDate }
  /** Slower: each step of the plan lasts two weeks instead of one. */
  | { kind: 'pace'; weekStart: LocalDate; pace: PlanPace };

/** The content the plan draws on; passed in so the plan code never bundles the library itself. */
export interface PlanContent {
  /** The current check-up instrument: life stages, parts and barrier suggestions. */
  instrument: CheckupInstrument;
  exercises: readonly Exercise[];
}

export interface PlanInput {
  content: PlanContent;
  /** The Monday of the plan's first week. */
  startWeek: LocalDate;
  /** Today on the couple's calendar. */
  today: LocalDate;
  /** Life-stage ids from the instrument's life-stage options. */
  lifeStages: readonly string[];
  /** Either partner has paused intimacy content. */
  intimacyPaused: boolean;
  /** Only summaries a partner chose to share: zero, one or two people's. */
  sharedCheckups: readonly SharedCheckup[];
  completed: readonly CompletedPractice[];
  adjustments: readonly PlanAdjustment[];
  /**
   * The person looking has been routed to safety resources (their own private result). Their plan
   * is set aside: no couple exercises are suggested to them.
   */
  setAsideForSafety?: boolean;
}

/** Why a practice is in this week. */
export type PracticeReason =
  | 'repair'
  | 'daily-anchor'
  | 'life-stage'
  | 'focus'
  | 'barrier'
  | 'gentle-start'
  | 'affection'
  | 'intimacy'
  | 'swapped-in';

export interface PlanPractice {
  exerciseId: string;
  layer: ExerciseLayer;
  cadence: Exercise['cadence'];
  reason: PracticeReason;
  /** The check-up part this works on, when it was chosen for one. */
  dimension?: CheckupDimension;
  /** The variant to open first, from the life stage (e.g. with-kids, long-distance). */
  variant?: Audience;
  /** Done at least once during this week. */
  done: boolean;
}

/** Where a plan's practices come from: shared check-ups, or a gentle default without any. */
export type PlanBasis = 'default' | 'one-summary' | 'two-summaries';

export type PlanTheme =
  | 'repair'
  | 'gentle-start'
  | 'emotional'
  | 'affection-begins'
  | 'affection'
  | 'intimacy-begins'
  | 'intimacy'
  | 'paused';

/** new: the next step; repeat: last week was mostly not done; slower: second week at the slower pace. */
export type WeekKind = 'new' | 'repeat' | 'slower' | 'paused';

export interface PlanWeek {
  /** 1 for the plan's first calendar week, counting paused weeks too. */
  number: number;
  weekStart: LocalDate;
  timing: 'past' | 'current' | 'upcoming';
  kind: WeekKind;
  /** The step of the plan (1 to planSteps); null in a paused week. */
  step: number | null;
  theme: PlanTheme;
  /** "Why this week", in plain words. */
  why: string;
  basis: PlanBasis;
  practices: PlanPractice[];
  /** How many of this week's practices were done at least once; null for upcoming or paused weeks. */
  progress: { done: number; of: number } | null;
}

export interface Plan {
  status: 'not-started' | 'active' | 'complete' | 'set-aside-for-safety';
  weeks: PlanWeek[];
  /** This calendar week's entry; null before the start, after the end or when set aside. */
  currentWeek: PlanWeek | null;
}

/** What the plan knows about the couple in a given week (from the check-ups shared by then). */
export interface PlanContext {
  basis: PlanBasis;
  /** Check-up parts to work on, most pressing first; emotional ones first when one needs care. */
  focus: CheckupDimension[];
  /** Talking through disagreements needs care for at least one partner. */
  highConflict: boolean;
  /** Non-sensitive barriers either partner shared. */
  barriers: BarrierId[];
  stage: LifeStageRules;
  intimacyPaused: boolean;
}

export interface LifeStageRules {
  /** The couple's life stages that the instrument knows. */
  stages: string[];
  variant?: Audience;
  /** Exercises the instrument lists for these life stages. */
  stageExerciseIds: string[];
  /** Only exercises that work at a distance. */
  longDistance: boolean;
  /** Little ones who need holding all day: the touched-out reset comes with the first touch. */
  touchedOut: boolean;
  /** How far physical practices go: all the way, later and gentler, or affection only. */
  physicalCeiling: 'usual' | 'later-and-gentle' | 'affection-only';
}

/** The step at which each layer opens; intimacy null when it does not open in this plan. */
export interface LayerSchedule {
  affectionFrom: number;
  intimacyFrom: number | null;
}
