import type { GratitudePrompt } from '@hearth/content';
import { gratitudePrompts } from '@hearth/content';
import { describe, expect, it } from 'vitest';
import { needsCoaching, promptOfTheDay, qualityNudges } from './gratitude-coaching';

describe('gratitude coaching', () => {
  it.each([
    'Thank you for cooking dinner tonight',
    'you picked up the kids so I could rest',
    'Thanks for taking the bins out',
  ])('nudges "%s" toward who they are', (text) => {
    expect(needsCoaching(text)).toBe(true);
  });

  it.each([
    'You are so patient with me when I am tired',
    'Thanks for cooking — it shows how much you care about us',
    'The way you listened to my sister today',
    'Your humour on a grey day',
    'Dinner',
    '',
  ])('leaves "%s" alone', (text) => {
    expect(needsCoaching(text)).toBe(false);
  });

  it('picks one prompt per kind and day, the same all day and another the next day', () => {
    const prompts: GratitudePrompt[] = [
      { id: 'grat-001', kind: 'coaching', text: { en: 'a' } },
      { id: 'grat-002', kind: 'coaching', text: { en: 'b' } },
      { id: 'grat-003', kind: 'appreciate-us', text: { en: 'c' } },
    ];
    const monday = promptOfTheDay(prompts, 'coaching', '2026-03-02');
    expect(promptOfTheDay(prompts, 'coaching', '2026-03-02')).toBe(monday);
    expect(promptOfTheDay(prompts, 'coaching', '2026-03-03')).not.toBe(monday);
    expect(promptOfTheDay(prompts, 'appreciate-us', '2026-03-03')?.id).toBe('grat-003');
    expect(promptOfTheDay([], 'coaching', '2026-03-03')).toBeNull();
  });

  it('finds coaching prompts in the real library that point from the deed to the person', () => {
    expect(promptOfTheDay(gratitudePrompts, 'coaching', '2026-03-02')?.kind).toBe('coaching');
    const nudges = qualityNudges(gratitudePrompts);
    expect(nudges.length).toBeGreaterThan(3);
    expect(nudges.every((p) => p.kind === 'coaching')).toBe(true);
    expect(nudges.some((p) => /Short is fine/.test(p.text.en))).toBe(false);
  });
});
