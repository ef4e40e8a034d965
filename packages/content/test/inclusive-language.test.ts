import { describe, expect, it } from 'vitest';
import { findExclusiveLanguage } from '../src/validation/inclusive-language';
import { collectTexts } from '../src/validation/text-inventory';
import { content } from './support/content';

const texts = collectTexts(content);

describe('inclusive language', () => {
  it('no text assumes a gendered partner, marriage, orientation, or (outside tagged content) children', () => {
    const findings = texts.flatMap((entry) =>
      findExclusiveLanguage(entry.text, entry).map(
        (finding) => `${entry.where}: "${finding.term}" (${finding.reason}) in "${entry.text}"`,
      ),
    );
    expect(findings).toEqual([]);
  });

  it.each([
    ['Ask your husband about his day.', ['husband', 'his']],
    ['Plan something for your wedding anniversary.', ['wedding']],
    ['Once the kids are asleep, sit together.', ['the kids']],
    ['What did you learn about parenting this year?', ['parenting']],
    ['Tell your girlfriend what she means to you.', ['girlfriend', 'she']],
  ])('flags "%s"', (text, terms) => {
    expect(
      findExclusiveLanguage(text, { kidsAllowed: false })
        .map((finding) => finding.term.toLowerCase())
        .sort(),
    ).toEqual([...terms].sort());
  });

  it.each([
    'What did your parents teach you about love?',
    'When you were a child, what made you feel safe?',
    'Tell your partner what they mean to you.',
    'When in your teens did you first feel grown up?',
    'Sit together, then gather your thoughts.',
  ])('lets "%s" through', (text) => {
    expect(findExclusiveLanguage(text, { kidsAllowed: false })).toEqual([]);
  });

  it('allows children in content tagged for parents', () => {
    expect(findExclusiveLanguage('Once the kids are asleep, sit together.', { kidsAllowed: true })).toEqual(
      [],
    );
  });

  it("allows a study's own terms when reporting research, but never gendered partner words", () => {
    expect(
      findExclusiveLanguage('Couples still married six years later…', {
        kidsAllowed: false,
        reportsResearch: true,
      }),
    ).toEqual([]);
    expect(
      findExclusiveLanguage('Her husband said…', { kidsAllowed: false, reportsResearch: true }).length,
    ).toBe(2);
  });
});
