import { describe, expect, it } from 'vitest';
import { typographicQuotes } from './typographic-quotes';

describe('typographicQuotes', () => {
  it.each([
    ['no quotes at all', 'no quotes at all'],
    ["You've written what they did.", 'You’ve written what they did.'],
    ["that you'd happily do again", 'that you’d happily do again'],
    ['add: "It shows how ... you are."', 'add: “It shows how … you are.”'],
    ['"When you…, I felt…" helps', '“When you…, I felt…” helps'],
    ['instead of "you\'re great", pick one', 'instead of “you’re great”, pick one'],
    ['"pause" at any moment', '“pause” at any moment'],
    ["Say 'Hug?' first.", 'Say ‘Hug?’ first.'],
    ["('quoted')", '(‘quoted’)'],
    ['a pause—"now"', 'a pause—“now”'],
    ["the kids' room", 'the kids’ room'],
    ['Wait...', 'Wait…'],
    ['Already “curly” and ’s', 'Already “curly” and ’s'],
  ])('%s', (input, expected) => {
    expect(typographicQuotes(input)).toBe(expected);
  });
});
