// The fixed vocabularies of the content library, with no dependency on zod, so the browser can
// import them (through src/index.ts) without bundling the schemas.

// Locale keys look like "en", "de", "pt-BR", "zh-Hant". English is always present because it is
// the fallback the app shows when a translation is missing.
export const localeCodePattern = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/;

export const evidenceLevels = ['strong', 'moderate', 'popular-claim'] as const;
export type EvidenceLevel = (typeof evidenceLevels)[number];
/** Higher rank = stronger evidence; used to check a claim never outranks the sources behind it. */
export const evidenceRank: Record<EvidenceLevel, number> = { 'popular-claim': 0, moderate: 1, strong: 2 };

export const questionCategories = [
  'inner-world',
  'partner-inner-world',
  'childhood-memories',
  'dreams-goals',
  'appreciation',
  'gratitude',
  'values-meaning',
  'fun-play',
  'our-story',
  'future-together',
  'everyday-life',
  'stress-support',
  'conflict-repair',
  'intimacy-affection',
  'physical-intimacy',
  'life-with-kids',
  'hard-seasons',
] as const;
export type QuestionCategory = (typeof questionCategories)[number];

export const questionDepths = ['light', 'medium', 'deep'] as const;
export type QuestionDepth = (typeof questionDepths)[number];

export const questionTags = [
  'introvert-friendly',
  'date-night',
  'with-kids',
  'long-distance',
  'opt-in',
] as const;
export type QuestionTag = (typeof questionTags)[number];

export const purposeTags = ['feel-closer', 'talk-deeper', 'touch', 'after-a-fight', 'fun'] as const;
export type PurposeTag = (typeof purposeTags)[number];

export const audiences = ['introvert', 'with-kids', 'long-distance'] as const;
export type Audience = (typeof audiences)[number];

/**
 * Plans start with emotional practices and add physical ones as safety grows:
 * emotional (attention, talk) -> affection (non-sexual touch) -> intimacy (the physical
 * relationship; hidden while either partner has paused intimacy content).
 */
export const exerciseLayers = ['emotional', 'affection', 'intimacy'] as const;
export type ExerciseLayer = (typeof exerciseLayers)[number];

export const stepRoles = ['both', 'speaker', 'listener', 'toucher', 'receiver'] as const;
export type StepRole = (typeof stepRoles)[number];

export const checkupDimensions = [
  'emotional',
  'physical-affection',
  'sexual',
  'intellectual',
  'quality-time',
  'communication-conflict',
  'appreciation',
  'technology-distraction',
] as const;
export type CheckupDimension = (typeof checkupDimensions)[number];

export const barrierIds = [
  'desire-timing',
  'libido-mismatch',
  'fear-of-rejection',
  'vulnerability',
  'stress-fatigue',
  'past-hurts',
  'touched-out',
  'health-medication',
  'pornography',
  'screens',
] as const;
export type BarrierId = (typeof barrierIds)[number];

/** 1 gentle, 2 warm, 3 exploring, 4 adventurous: a couple chooses how far the list goes. */
export const intensityLevels = [1, 2, 3, 4] as const;
export type Intensity = (typeof intensityLevels)[number];

export const starterStems = ['i-love-when-we', 'most-connected-when'] as const;
export type StarterStem = (typeof starterStems)[number];
