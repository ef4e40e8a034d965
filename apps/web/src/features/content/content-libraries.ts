// The content library is large, so each part loads on demand in its own chunk, never with the
// first screen: questions for the daily question, exercises for the touch ritual, prompts for gratitude.
import type { LocalizedText } from '@hearth/content';
import { lazyData } from '../../lib/lazy-data';
import { typographicQuotes } from './typographic-quotes';

export const questionLibrary = lazyData(() => import('./question-library'));
export const exerciseLibrary = lazyData(() => import('./exercise-library'));
export const gratitudeLibrary = lazyData(() => import('./gratitude-library'));
export const checkupLibrary = lazyData(() => import('./checkup-library'));

/** Text in the person's language (English when there is no translation yet), with curly quotes. */
export function say(text: LocalizedText): string {
  const lang = typeof navigator === 'undefined' ? 'en' : navigator.language;
  const map = text as Record<string, string>;
  return typographicQuotes(map[lang] ?? map[lang.split('-')[0] ?? 'en'] ?? text.en);
}
