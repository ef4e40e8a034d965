import { describe, expect, it } from 'vitest';
import { refusalFor, type DatabaseUse } from './database-in-use';

const dir = '/srv/hearth/data/pglite';

describe('refusalFor', () => {
  it.each<[string, DatabaseUse, string | undefined]>([
    [
      'refuses when a process holds the database, naming it',
      { holders: [4242], sawEveryProcess: true, openMarker: true },
      'open in process 4242',
    ],
    [
      'refuses when several processes hold it, naming them all',
      { holders: [10, 11], sawEveryProcess: false, openMarker: false },
      'open in processes 10, 11',
    ],
    [
      'refuses a marked database when some processes could not be looked into',
      { holders: [], sawEveryProcess: false, openMarker: true },
      'cannot\nsee every process',
    ],
    [
      'allows a marked database nobody holds when every process was seen (a crash left the marker)',
      { holders: [], sawEveryProcess: true, openMarker: true },
      undefined,
    ],
    [
      'allows a cleanly closed database even when not every process could be seen',
      { holders: [], sawEveryProcess: false, openMarker: false },
      undefined,
    ],
  ])('%s', (_rule, use, expected) => {
    const refusal = refusalFor(use, dir);
    if (expected === undefined) expect(refusal).toBeUndefined();
    else expect(refusal).toContain(expected);
  });

  it('tells the person to stop the server first', () => {
    expect(refusalFor({ holders: [1], sawEveryProcess: true, openMarker: true }, dir)).toMatch(
      /stop the server first/,
    );
  });
});
