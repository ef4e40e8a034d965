import { describe, expect, it } from 'vitest';
import { guardRedirect } from './route-guard';

describe('route guard', () => {
  it.each([
    ['signed-out', '/', false, '/welcome'],
    ['signed-out', '/notes', false, '/welcome'],
    ['signed-out', '/signin', false, null],
    ['signed-out', '/pair', true, null],
    ['locked', '/', false, '/unlock'],
    ['locked', '/unlock', false, null],
    ['recovery', '/', false, '/new-password'],
    ['recovery', '/settings', false, '/new-password'],
    ['recovery', '/new-password', false, null],
    ['ready', '/signin', false, '/'],
    ['ready', '/signup', true, '/pair'],
    ['ready', '/welcome', false, '/'],
    ['ready', '/notes', true, null],
    ['ready', '/pair', true, null],
    ['loading', '/notes', false, null],
  ] as const)('%s at %s (pending invite: %s) → %s', (status, path, invite, expected) => {
    expect(guardRedirect(status, path, invite)).toBe(expected);
  });
});
