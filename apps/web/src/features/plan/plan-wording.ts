// Short labels for the plan screen.
import type { PlanPractice, PlanTheme, PracticeReason } from '@hearth/core';

export const themeLabel: Record<PlanTheme, string> = {
  repair: 'Calm and repair',
  'gentle-start': 'A gentle start',
  emotional: 'Feeling close',
  'affection-begins': 'Touch joins in',
  affection: 'Warmth and touch',
  'intimacy-begins': 'Your physical relationship',
  intimacy: 'Your physical relationship',
  paused: 'A week off',
};

export const cadenceLabel: Record<PlanPractice['cadence'], string> = {
  daily: 'every day',
  weekly: 'once this week',
  monthly: 'once this month',
  'as-needed': 'when it helps',
  programme: 'a few sessions',
};

/** Why a practice is in this week, in a few discreet words (shown on the exercises screen too). */
export const reasonLabel: Record<PracticeReason, string> = {
  repair: 'to calm things and reconnect',
  'daily-anchor': 'a small daily habit',
  'life-stage': 'fits your life right now',
  focus: 'what your check-up pointed to',
  barrier: 'eases what gets in the way',
  'gentle-start': 'a gentle place to start',
  affection: 'brings in everyday touch',
  intimacy: 'closeness, at your pace',
  'swapped-in': 'your own pick',
};
