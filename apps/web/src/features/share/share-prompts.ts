// Prompts for the weekly share: questions that invite something the partner has never heard —
// a memory, a worry, a dream. Drawn from the question library; pure.
import type { Question } from '@hearth/content';

const promptCategories = new Set(['childhood-memories', 'inner-world', 'dreams-goals', 'stress-support']);

export function sharePrompts(library: readonly Question[]): Question[] {
  return library.filter(
    (q) => promptCategories.has(q.category) && q.depth !== 'light' && !q.tags.includes('opt-in'),
  );
}

/** The week's prompt, moved on by `offset` when the person asks for another one. */
export function promptForWeek(prompts: readonly Question[], week: string, offset: number): Question | null {
  if (prompts.length === 0) return null;
  const weekNumber = Number(week.slice(0, 4)) * 53 + Number(week.slice(6));
  return prompts[(((weekNumber + offset) % prompts.length) + prompts.length) % prompts.length] ?? null;
}
