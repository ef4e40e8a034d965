// A gentle nudge from "what you did" toward "who you are" (PRODUCT.md: evening gratitude).
// Pure heuristics; the nudge texts themselves come from the content library (kind 'coaching').
import type { GratitudePrompt } from '@hearth/content';
import { dayNumber } from '@hearth/core';

// "Thanks for cooking", "you picked up the kids": appreciation of an action.
const actionPatterns = [
  /\b(thanks?|thank you|grateful)\s+(you\s+)?for\b/i,
  /\byou\s+(did|made|took|cooked|cleaned|picked|helped|bought|fixed|drove|brought|got|washed|called|sorted|tidied|handled|remembered|planned|let)\b/i,
  /\bfor\s+\w+ing\b/i,
];

// "You are so patient", "the way you…", "it shows how…": already about the person.
const qualityPatterns = [
  /\byou(\s+a|')re\b/i,
  /\byou\s+are\b/i,
  /\bthe way you\b/i,
  /\b(it|that|this)\s+shows\b/i,
  /\bhow\s+(kind|patient|thoughtful|generous|brave|funny|gentle|caring|loyal|calm|warm|honest|strong|clever|curious)\b/i,
  /\byour\s+(kindness|patience|humou?r|warmth|care|courage|honesty|generosity|calm|curiosity|strength)\b/i,
];

/** True when the words thank an action but say nothing yet about the person behind it. */
export function needsCoaching(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length < 3) return false;
  if (qualityPatterns.some((p) => p.test(text))) return false;
  return actionPatterns.some((p) => p.test(text));
}

// Coaching prompts that turn thanks for a deed toward the person behind it.
const towardWhoTheyAre =
  /quality|says about them|who you are|You are…|I love how|so you|value|strength|"why"|about them/i;

/** The coaching nudges for an action-only thank-you (falls back to every coaching prompt). */
export function qualityNudges(prompts: readonly GratitudePrompt[]): GratitudePrompt[] {
  const coaching = prompts.filter((p) => p.kind === 'coaching');
  const fitting = coaching.filter((p) => towardWhoTheyAre.test(p.text.en));
  return fitting.length > 0 ? fitting : coaching;
}

/** One prompt of a kind for the day: the same all day, a different one tomorrow. */
export function promptOfTheDay(
  prompts: readonly GratitudePrompt[],
  kind: GratitudePrompt['kind'],
  date: string,
): GratitudePrompt | null {
  const list = prompts.filter((p) => p.kind === kind);
  if (list.length === 0) return null;
  return list[((dayNumber(date) % list.length) + list.length) % list.length] ?? null;
}
