import { describe, expect, it } from 'vitest';
import { navSectionOf } from './nav-sections';

describe('navSectionOf', () => {
  it.each([
    ['/', '/'],
    ['/checkin', '/'],
    ['/question', '/'],
    ['/touch', '/'],
    ['/gratitude', '/'],
    ['/thank-yous', '/'],
    ['/device-free', '/'],
    ['/share', '/'],
    ['/exercises', '/exercises'],
    ['/exercises/ex-eye-gazing', '/exercises'],
    ['/exercises/session/abc', '/exercises'],
    ['/plan', '/plan'],
    ['/checkup', '/plan'],
    ['/checkup/take', '/plan'],
    ['/checkup/together', '/plan'],
    ['/pulse', '/plan'],
    ['/progress', '/plan'],
    ['/notes', '/notes'],
    ['/partner', '/partner'],
    ['/pair', '/partner'],
    ['/settings', '/settings'],
    ['/reminders', '/settings'],
    ['/export', '/settings'],
    ['/delete-account', '/settings'],
    ['/reminders/', '/settings'],
  ])('%s sits under %s', (pathname, tab) => {
    expect(navSectionOf(pathname)).toBe(tab);
  });

  it.each(['/signin', '/signup', '/welcome', '/nowhere', '/touchy', '/exercisesx', '/checkups'])(
    '%s sits under no tab',
    (pathname) => {
      expect(navSectionOf(pathname)).toBeNull();
    },
  );
});
