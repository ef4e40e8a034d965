import { describe, expect, it } from 'vitest';
import { handleProblem, normalizeHandle, passwordProblem } from './handle';

describe('login handles', () => {
  it('are compared in lower case without surrounding spaces', () => {
    expect(normalizeHandle('  Sam.Lee ')).toBe('sam.lee');
  });
  it.each([
    ['ab', 'Use at least 3 characters.'],
    ['a'.repeat(65), 'Use at most 64 characters.'],
    ['sam lee', 'Use only letters, numbers, dots, dashes and underscores.'],
    ['sam_lee-1.x', null],
  ])('%s → %s', (input, problem) => {
    expect(handleProblem(input)).toBe(problem);
  });
  it('passwords need at least ten characters', () => {
    expect(passwordProblem('short')).not.toBeNull();
    expect(passwordProblem('long enough now')).toBeNull();
  });
});
