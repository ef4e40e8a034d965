// Short labels for the plan screen.
import type { PlanPractice, PlanTheme } from '@hearth/core';

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
