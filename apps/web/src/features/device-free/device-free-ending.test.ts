import { describe, expect, it } from 'vitest';
import type { DecryptedRecord } from '../../lib/sync-snapshot';
import type { RunningDeviceFree } from '../practices/practice-records';
import { endedEarlyBy, ranOut } from './device-free-ending';

const start = Date.parse('2026-03-02T18:00:00Z');
const running: RunningDeviceFree = {
  recordId: 'r1',
  payload: { type: 'device-free', startedAt: '2026-03-02T18:00:00.000Z', minutes: 15 },
  endsAt: start + 15 * 60_000,
};
const record = (endedAt?: string): DecryptedRecord => ({
  id: 'r1',
  scope: 'couple',
  ownerId: 'c1',
  authorId: 'u1',
  version: endedAt ? 2 : 1,
  updatedAt: '2026-03-02T18:00:00Z',
  payload: { ...running.payload, endedAt },
  pending: false,
});

describe('the end of device-free time', () => {
  it('is a gentle ending when the time ran out', () => {
    expect(ranOut(running, null, [record()], running.endsAt + 10)).toBe(true);
  });

  it('is no ending screen when one of us ended it early', () => {
    expect(ranOut(running, null, [record('2026-03-02T18:05:00.000Z')], start + 5 * 60_000)).toBe(false);
    expect(ranOut(running, null, [record('2026-03-02T18:14:59.900Z')], running.endsAt)).toBe(false);
  });

  it('is nothing while it is still running or when nothing ran', () => {
    expect(ranOut(running, running, [record()], start + 60_000)).toBe(false);
    expect(ranOut(null, null, [], start)).toBe(false);
  });
});

describe('device-free time ended early', () => {
  const ended = (authorId: string): DecryptedRecord => ({ ...record('2026-03-02T18:05:00.000Z'), authorId });

  it('names the partner who ended it, on the other phone only', () => {
    expect(endedEarlyBy(running, null, [ended('u2')], 'u1')).toBe('u2');
    expect(endedEarlyBy(running, null, [ended('u1')], 'u1')).toBeNull();
  });

  it('says nothing while it runs or when it ran out by itself', () => {
    expect(endedEarlyBy(running, running, [ended('u2')], 'u1')).toBeNull();
    expect(endedEarlyBy(running, null, [record()], 'u1')).toBeNull();
    expect(endedEarlyBy(null, null, [ended('u2')], 'u1')).toBeNull();
  });
});
