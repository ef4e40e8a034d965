/**
 * The control events of a shared exercise session, as they travel between the two devices.
 * Each device writes its own events; the sync layer delivers the other's, possibly late, twice or
 * out of order, so every event says who wrote it, when, and (for moves) which position the writer
 * was looking at. Events from the other device are untrusted input: parse them here first.
 */
import * as z from 'zod/mini';

/** How long an event id or member id may be: room for a UUID or a server user id, no more. */
export const MAX_SESSION_ID_LENGTH = 128;

/** The one-tap "how was it" answers, kindest first. */
export const howWasItAnswers = ['good', 'okay', 'hard'] as const;
export type HowWasIt = (typeof howWasItAnswers)[number];

const idSchema = (what: string) =>
  z
    .string({ error: `${what}: expected a string` })
    .check(
      z.minLength(1, `${what}: must not be empty`),
      z.maxLength(MAX_SESSION_ID_LENGTH, `${what}: at most ${MAX_SESSION_ID_LENGTH} characters`),
    );

const positionSchema = z
  .int({ error: 'position: expected a whole number (the plan position the writer was looking at)' })
  .check(z.nonnegative('position: must be 0 or more'));

const base = {
  id: idSchema('id'),
  at: z
    .int({ error: 'at: expected epoch milliseconds as a whole number' })
    .check(z.nonnegative('at: epoch milliseconds must be 0 or more')),
  by: idSchema('by'),
};

const simple = <T extends string>(type: T) => z.object({ ...base, type: z.literal(type) });
const move = <T extends string>(type: T) =>
  z.object({ ...base, type: z.literal(type), position: positionSchema });

export const sessionEventTypes = [
  'start',
  'pause',
  'resume',
  'next',
  'back',
  'skip',
  'choose-length',
  'choose-lead',
  'ready',
  'finish',
  'how-was-it',
] as const;
export type SessionEventType = (typeof sessionEventTypes)[number];

/**
 * One control event. Unknown keys are dropped rather than refused, so a newer app can add a field
 * without the older app on the partner's phone rejecting its events.
 */
export const sessionEventSchema = z.discriminatedUnion(
  'type',
  [
    // The timer of the first step begins. A second start (both pressed it) changes nothing.
    simple('start'),
    simple('pause'),
    simple('resume'),
    // Moves carry the position they were pressed on, so two presses of the same button (one per
    // device) move one step, not two, and a press that raced an auto-advance is dropped.
    move('next'),
    move('back'),
    move('skip'),
    z.object({
      ...base,
      type: z.literal('choose-length'),
      position: positionSchema,
      seconds: z
        .int({ error: 'seconds: expected a whole number of seconds' })
        .check(z.positive('seconds: must be above 0')),
    }),
    // Who speaks or touches now (the "decide who goes first" step).
    z.object({ ...base, type: z.literal('choose-lead'), lead: idSchema('lead') }),
    // The writer is ready for stage `stageId` to open. It opens when both are.
    z.object({ ...base, type: z.literal('ready'), stageId: idSchema('stageId') }),
    simple('finish'),
    z.object({
      ...base,
      type: z.literal('how-was-it'),
      answer: z.enum(howWasItAnswers, { error: `answer: expected one of ${howWasItAnswers.join(', ')}` }),
    }),
  ],
  { error: `type: expected one of ${sessionEventTypes.join(', ')}` },
);

export type SessionEvent = z.infer<typeof sessionEventSchema>;
export type SessionEventOf<T extends SessionEventType> = Extract<SessionEvent, { type: T }>;

/** Turns zod issues on `input` into short lines such as "at: expected epoch milliseconds…". */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): string[] {
  return issues.map((issue) => {
    if (issue.code === 'invalid_type' && issue.path.length === 0) return 'expected an object';
    const head = issue.path.slice(0, -1).join('.');
    const field = issue.path.join('.');
    if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) {
      return `${field}: missing`;
    }
    // Our messages already start with the field name; only the nesting above it is added.
    return `${head ? `${head}.` : ''}${issue.message}`;
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
