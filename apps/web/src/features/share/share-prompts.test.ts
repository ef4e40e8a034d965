import { questions } from '@hearth/content';
import { describe, expect, it } from 'vitest';
import { promptForWeek, sharePrompts } from './share-prompts';

describe('weekly share prompts', () => {
  const prompts = sharePrompts(questions);

  it('are deeper questions about memories, worries and dreams, never opt-in ones', () => {
    expect(prompts.length).toBeGreaterThan(10);
    for (const q of prompts) {
      expect(q.depth).not.toBe('light');
      expect(q.tags).not.toContain('opt-in');
    }
  });

  it('give one prompt per week and another on request', () => {
    const first = promptForWeek(prompts, '2026-W10', 0);
    expect(promptForWeek(prompts, '2026-W10', 0)).toBe(first);
    expect(promptForWeek(prompts, '2026-W10', 1)).not.toBe(first);
    expect(promptForWeek(prompts, '2026-W11', 0)).not.toBe(first);
    expect(promptForWeek([], '2026-W10', 0)).toBeNull();
  });
});
