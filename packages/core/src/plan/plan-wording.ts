/**
 * "Why this week", in our own plain words. Short on purpose: one or two sentences a couple can
 * read together in a few seconds.
 */
import type { CheckupDimension } from '@hearth/content';
import type { PlanContext, PlanTheme, WeekKind } from './plan-types';

const aboutPart: Record<CheckupDimension, string> = {
  emotional: 'feeling known by each other',
  'physical-affection': 'warmth and touch',
  sexual: 'your physical relationship',
  intellectual: 'real conversations, beyond the to-do list',
  'quality-time': 'time that belongs to just the two of you',
  'communication-conflict': 'talking through hard things gently',
  appreciation: 'noticing each other and saying thank you',
  'technology-distraction': 'attention without screens in the way',
};

const themeText: Record<Exclude<PlanTheme, 'emotional'>, string> = {
  repair:
    'First, a way to cool down and find each other again after a hard moment. Closeness grows best where disagreements feel safe.',
  'gentle-start':
    'A gentle start: a few minutes a day of attention and thanks. Share a check-up whenever you like and the plan will fit itself to you.',
  'affection-begins':
    "You've been turning toward each other for a few weeks. Now simple, non-sexual touch joins in: small, daily, no pressure.",
  affection: 'Touch keeps growing alongside your talks. Short and often matters more than long and rare.',
  'intimacy-begins':
    "With warmth and touch in place, this week opens a calm conversation about your physical relationship. Go only as far as you both want; 'not now' is always fine.",
  intimacy:
    "Closeness in talk, touch and your physical relationship, at a pace you both choose. 'Not now' is always a good answer.",
  paused: 'A week off. Nothing is due, and your plan will be here when you come back.',
};

// Apart, touch waits for visits: these replace the touch sentences for long-distance couples.
const apartText: Partial<Record<PlanTheme, string>> = {
  'affection-begins':
    "You've been turning toward each other for a few weeks. Touch has to wait for your visits, so the plan now adds ways to feel near while apart.",
  affection: "Feeling near while apart: small rituals that say 'I'm here' across the distance.",
};

const kindText: Partial<Record<WeekKind, string>> = {
  repeat: "Last week got busy, and that's fine: the same practices again, no catching up needed.",
  slower: 'The same practices for a second week, at the slower pace you chose.',
};

export function themeSentence(theme: PlanTheme, focus: CheckupDimension | undefined, apart = false): string {
  const whileApart = apart ? apartText[theme] : undefined;
  if (whileApart) return whileApart;
  if (theme !== 'emotional') return themeText[theme];
  const about = focus ? aboutPart[focus] : 'small moments of attention';
  return `This week is about ${about}. Emotional closeness comes first; touch joins in a few weeks from now.`;
}

function stageSentence(theme: PlanTheme, context: PlanContext): string | undefined {
  const physical = theme.startsWith('affection') || theme.startsWith('intimacy');
  if (!physical) return undefined;
  if (context.stage.longDistance)
    return apartText[theme] ? undefined : 'While you live apart, these work over a call or in writing.';
  if (context.stage.touchedOut)
    return 'When little ones need holding all day, touch can feel like one more demand. It stays gentle and optional here.';
  return undefined;
}

/** The full "why this week" for one week. */
export function whyThisWeek(parts: {
  theme: PlanTheme;
  kind: WeekKind;
  focus: CheckupDimension | undefined;
  context: PlanContext;
  newCheckup: boolean;
}): string {
  const sentences = [
    parts.kind === 'paused' ? undefined : kindText[parts.kind],
    themeSentence(parts.theme, parts.focus, parts.context.stage.longDistance),
    parts.kind === 'paused' ? undefined : stageSentence(parts.theme, parts.context),
    parts.newCheckup && parts.kind !== 'paused' ? 'Your new check-up shaped this week.' : undefined,
  ];
  return sentences.filter((sentence): sentence is string => sentence !== undefined).join(' ');
}
