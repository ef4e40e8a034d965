import { describe, expect, it } from 'vitest';
import { coachRules, findBlamePatterns } from '../src/index';

const ruleIds = (text: string): string[] =>
  [...new Set(findBlamePatterns(text, coachRules).map((match) => match.ruleId))].sort();

describe('findBlamePatterns finds blame', () => {
  it.each([
    ['You never listen to me.', 'coach-you-never'],
    ['you just never call when you say you will', 'coach-you-never'],
    ['You always leave your stuff everywhere.', 'coach-you-always'],
    ["You're always late.", 'coach-you-always'],
    ['You are always on your phone', 'coach-you-always'],
    ['You should have asked me first.', 'coach-you-should'],
    ['You need to grow some patience.', 'coach-you-should'],
    ["You'd better be home by six.", 'coach-you-should'],
    ['At least you have a job.', 'coach-at-least-you'],
    ["Why can't you just help for once?", 'coach-why-cant-you'],
    ['Why won’t you talk to me?', 'coach-why-cant-you'],
    ["Why don't you ever ask about my day?", 'coach-why-cant-you'],
    ['Whatever.', 'coach-whatever'],
    ['Fine, whatever, do what you want', 'coach-whatever'],
    ['I told you about it. whatever', 'coach-whatever'],
    ["What's wrong with you?", 'coach-contempt'],
    ['You are pathetic.', 'coach-contempt'],
    ['Oh, grow up.', 'coach-contempt'],
    ['*rolls eyes* sure.', 'coach-contempt'],
    ['Who do you think you are?', 'coach-contempt'],
    ['Oh great, another late night.', 'coach-sarcasm'],
    ['Thanks a lot.', 'coach-sarcasm'],
    ['Yeah, right.', 'coach-sarcasm'],
    ['Must be nice to sleep in.', 'coach-sarcasm'],
    ["You're so selfish.", 'coach-character-attack'],
    ["You're being childish", 'coach-character-attack'],
    ["That's so typical of you.", 'coach-character-attack'],
    ['You only care about yourself.', 'coach-character-attack'],
    ['You idiot.', 'coach-name-calling'],
    ["You're such a jerk", 'coach-name-calling'],
    ['You are so stupid sometimes', 'coach-name-calling'],
    ['Every time you come home late I worry.', 'coach-every-time'],
    ['You did that every single time.', 'coach-every-time'],
    ["It's not my fault.", 'coach-defensiveness'],
    ['What about when you forgot my birthday?', 'coach-defensiveness'],
    ["I'm done talking.", 'coach-stonewalling'],
    ['Forget it.', 'coach-stonewalling'],
    ["There's no point talking to you.", 'coach-stonewalling'],
    ['You make me so angry.', 'coach-you-make-me'],
    ['You make me feel stupid.', 'coach-you-make-me'],
    ['Maybe we should just break up.', 'coach-ultimatum'],
    ["If you don't stop this, I'll leave.", 'coach-ultimatum'],
  ])('"%s" -> %s', (text, ruleId) => {
    expect(ruleIds(text)).toContain(ruleId);
  });

  it('finds several patterns in one message, in order, with offsets into the original text', () => {
    const text = 'You never help. Why can’t you just try? Whatever.';
    const matches = findBlamePatterns(text, coachRules);
    expect(matches.map((match) => match.ruleId)).toEqual([
      'coach-you-never',
      'coach-why-cant-you',
      'coach-whatever',
    ]);
    for (const match of matches) expect(text.slice(match.start, match.end)).toBe(match.match);
    expect(matches[1]?.match).toBe('Why can’t you');
  });

  it('is case-insensitive', () => {
    expect(ruleIds('YOU NEVER LISTEN')).toEqual(['coach-you-never']);
  });

  it('marks tone-dependent rules as possible, not certain', () => {
    expect(findBlamePatterns('Oh great.', coachRules)[0]?.confidence).toBe('possible');
    expect(findBlamePatterns('You never listen.', coachRules)[0]?.confidence).toBe('likely');
  });
});

describe('findBlamePatterns leaves kind sentences alone', () => {
  it.each([
    'You always make me laugh.',
    'You always know how to cheer me up.',
    "You're always there for me.",
    'You always have my back.',
    'You always make me feel safe.',
    'You always make the best coffee.',
    'You never fail to surprise me.',
    'You never let me down.',
    'I know you never meant to hurt me.',
    'You should see the sunset right now!',
    'You should know how much I love you.',
    'You need to rest, love.',
    'You have to try this cake.',
    "At least you're safe, that's all that matters.",
    'We can do whatever you like tonight.',
    "I'm happy with whatever.",
    'Whatever happens, we are a team.',
    'Where did you grow up?',
    'Thanks a lot for dinner, it was lovely.',
    'Every time you smile, I melt.',
    'You have no idea how much I love you.',
    'I feel lonely when we go to bed at different times. I would love a cuddle tonight.',
    'I feel stressed when the kitchen is messy. Could we tidy it together after dinner?',
    'Thank you for listening to me today.',
    'I love you, you absolute treasure.',
    "I don't want to talk about it right now, can we talk tomorrow?",
    'Love you baby.',
    'Could you give me a break from cooking tonight?',
    "I'm leaving work early today.",
    'This is always the best part of my day.',
    'You look lovely today.',
  ])('"%s" has no match', (text) => {
    expect(findBlamePatterns(text, coachRules)).toEqual([]);
  });
});

describe('coach rules data', () => {
  it('covers the blame patterns named in the brief', () => {
    const ids = coachRules.map((rule) => rule.id);
    for (const id of [
      'coach-you-never',
      'coach-you-always',
      'coach-you-should',
      'coach-at-least-you',
      'coach-contempt',
      'coach-sarcasm',
      'coach-character-attack',
      'coach-why-cant-you',
      'coach-whatever',
      'coach-name-calling',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it.each(coachRules.map((rule) => [rule.id, rule] as const))(
    '%s: patterns are word-boundary aware',
    (_id, rule) => {
      for (const pattern of rule.patterns) expect(pattern, pattern).toMatch(/\\b|\^|\(\?<=/);
    },
  );

  it.each(coachRules.map((rule) => [rule.id, rule] as const))(
    '%s: context checks are anchored to the match',
    (_id, rule) => {
      for (const pattern of rule.unlessFollowedBy ?? []) expect(pattern.startsWith('^'), pattern).toBe(true);
      for (const pattern of rule.unlessPrecededBy ?? []) expect(pattern.endsWith('$'), pattern).toBe(true);
    },
  );

  it.each(coachRules.map((rule) => [rule.id, rule] as const))(
    '%s: offers I-statement alternatives and a rewrite template',
    (_id, rule) => {
      expect(rule.rewriteTemplate.en).toMatch(/…/);
      expect(rule.rewriteTemplate.en).toMatch(/\bI\b|\bI'/);
      for (const alternative of rule.alternatives)
        expect(alternative.en).toMatch(/\bI\b|\bI'|\bme\b|\bwe\b/i);
      // Alternatives must themselves pass the coach.
      for (const alternative of rule.alternatives)
        expect(findBlamePatterns(alternative.en, coachRules), alternative.en).toEqual([]);
    },
  );

  it('handles a long message quickly', () => {
    const text = 'I feel tired when we argue about chores, and I would love a plan. '.repeat(200);
    const started = performance.now();
    findBlamePatterns(text, coachRules);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
