// Device-free time for both phones until startedAt + minutes. `endedAt` (optional, an addition
// to the documented fields) lets either partner end it early for both.
import * as z from 'zod/mini';
import { instant } from '../../lib/record-fields';
import { defineRecordKind } from '../../lib/record-kind';

export const deviceFreeMinutes = [15, 20, 30] as const;

export const deviceFreePayload = z.object({
  type: z.literal('device-free'),
  startedAt: instant,
  minutes: z.union([z.literal(15), z.literal(20), z.literal(30)]),
  endedAt: z.optional(instant),
});
export type DeviceFreePayload = z.infer<typeof deviceFreePayload>;

/** Both of us ended it at once: it ended at the earlier end, whoever wrote first. */
export function mergeDeviceFree(mine: DeviceFreePayload, theirs: DeviceFreePayload): DeviceFreePayload {
  const ends = [mine.endedAt, theirs.endedAt].filter((e): e is string => e !== undefined).sort();
  return ends[0] === undefined ? theirs : { ...theirs, endedAt: ends[0] };
}

export const deviceFreeKinds = [
  defineRecordKind({
    type: 'device-free',
    schema: deviceFreePayload,
    scopes: ['couple'],
    dated: false,
    conflict: { merge: mergeDeviceFree },
    export: { title: 'Device-free time' },
    sideChannel: null,
  }),
] as const;
