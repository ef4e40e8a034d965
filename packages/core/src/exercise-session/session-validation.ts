/**
 * Checks for what arrives from the partner's device: a single control event, or a whole session
 * (the header the starter wrote, plus the log). Shape first (zod), then whether the event makes
 * sense for this session: a member wrote it, its position is in the plan, its length is on offer.
 */
import type { StepRole } from '@hearth/content';
import * as z from 'zod/mini';
import { mergeSessionEvents } from './event-log';
import {
  describeIssues,
  MAX_SESSION_ID_LENGTH,
  sessionEventSchema,
  type SessionEvent,
} from './session-event-schema';
import type { ExerciseSession } from './session-plan';

/** Generous bounds so a malformed or hostile record cannot make replay slow. */
export const MAX_SESSION_PLAN_ITEMS = 200;
export const MAX_SESSION_EVENTS = 2000;

export type SessionParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

// Kept here rather than imported so core reads only types from the content package.
const stepRoleValues = [
  'both',
  'speaker',
  'listener',
  'toucher',
  'receiver',
] as const satisfies readonly StepRole[];
const allRolesCovered: Exclude<StepRole, (typeof stepRoleValues)[number]> extends never ? true : false = true;
void allRolesCovered;

const text = (what: string) =>
  z
    .string({ error: `${what}: expected a string` })
    .check(
      z.minLength(1, `${what}: must not be empty`),
      z.maxLength(MAX_SESSION_ID_LENGTH, `${what}: at most ${MAX_SESSION_ID_LENGTH} characters`),
    );
const seconds = (what: string) =>
  z
    .int({ error: `${what}: expected a whole number of seconds` })
    .check(z.positive(`${what}: must be above 0`));

const planItemSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('step'),
      id: text('id'),
      stageId: z.optional(text('stageId')),
      seconds: z.optional(seconds('seconds')),
      secondsOptions: z.optional(z.array(seconds('secondsOptions'))),
      role: z.enum(stepRoleValues, { error: `role: expected one of ${stepRoleValues.join(', ')}` }),
      swapRoles: z.boolean({ error: 'swapRoles: expected true or false' }),
      cue: z.optional(z.enum(['soft-bell', 'none'], { error: 'cue: expected soft-bell or none' })),
    }),
    z.object({ kind: z.literal('gate'), stageId: text('stageId') }),
  ],
  { error: 'kind: expected step or gate' },
);

export const exerciseSessionSchema = z.object({
  id: text('id'),
  exerciseId: text('exerciseId'),
  variantId: z.optional(text('variantId')),
  members: z.tuple([text('members'), text('members')], { error: 'members: expected two member ids' }),
  plan: z
    .array(planItemSchema, { error: 'plan: expected a list' })
    .check(
      z.minLength(1, 'plan: must not be empty'),
      z.maxLength(MAX_SESSION_PLAN_ITEMS, `plan: at most ${MAX_SESSION_PLAN_ITEMS} items`),
    ),
  events: z
    .array(sessionEventSchema, { error: 'events: expected a list' })
    .check(z.maxLength(MAX_SESSION_EVENTS, `events: at most ${MAX_SESSION_EVENTS}`)),
});

/** An event from the other device, checked for shape and, given the session, for sense. */
export function parseSessionEvent(raw: unknown, session?: ExerciseSession): SessionParseResult<SessionEvent> {
  const parsed = z.safeParse(sessionEventSchema, raw);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error.issues, raw) };
  const errors = session ? checkEventForSession(parsed.data, session) : [];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: parsed.data };
}

/** A whole session record from the other device: shape, a sound plan, and events that fit it. */
export function parseExerciseSession(raw: unknown): SessionParseResult<ExerciseSession> {
  const parsed = z.safeParse(exerciseSessionSchema, raw);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error.issues, raw) };
  const { events, ...header } = parsed.data;
  const session: ExerciseSession = { ...header, events: [] };
  const errors = checkHeader(session);
  events.forEach((event, index) => {
    errors.push(...checkEventForSession(event, session).map((error) => `events.${index}: ${error}`));
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...session, events: mergeSessionEvents(events) } };
}

function checkHeader(session: ExerciseSession): string[] {
  const errors: string[] = [];
  if (session.members[0] === session.members[1]) errors.push('members: must be two different people');
  if (session.plan[0]?.kind !== 'step') errors.push('plan: must start with a step');
  session.plan.forEach((item, index) => {
    if (item.kind === 'gate' && session.plan[index + 1]?.kind !== 'step') {
      errors.push(`plan.${index}: a gate must be followed by a step`);
    }
    if (item.kind === 'step' && item.secondsOptions) {
      if (item.secondsOptions.length < 2)
        errors.push(`plan.${index}: secondsOptions needs at least two lengths`);
      if (item.seconds === undefined || !item.secondsOptions.includes(item.seconds)) {
        errors.push(`plan.${index}: seconds must be one of secondsOptions`);
      }
    }
  });
  return errors;
}

/** Why an event (already well formed) does not fit this session; empty when it does. */
export function checkEventForSession(event: SessionEvent, session: ExerciseSession): string[] {
  const errors: string[] = [];
  if (!session.members.includes(event.by)) errors.push(`by: "${event.by}" is not a member of this session`);
  switch (event.type) {
    case 'next':
    case 'back':
    case 'skip':
      if (event.position >= session.plan.length) errors.push(beyondPlan(event.position, session));
      break;
    case 'choose-length': {
      const item = session.plan[event.position];
      if (!item) errors.push(beyondPlan(event.position, session));
      else if (item.kind !== 'step' || !item.secondsOptions) {
        errors.push(`position: plan item ${event.position} has no lengths to choose from`);
      } else if (!item.secondsOptions.includes(event.seconds)) {
        errors.push(
          `seconds: ${event.seconds} is not on offer for step "${item.id}" (choose from ${item.secondsOptions.join(', ')})`,
        );
      }
      break;
    }
    case 'choose-lead':
      if (!session.members.includes(event.lead))
        errors.push(`lead: "${event.lead}" is not a member of this session`);
      break;
    case 'ready':
      if (!session.plan.some((item) => item.kind === 'gate' && item.stageId === event.stageId)) {
        errors.push(`stageId: stage "${event.stageId}" does not open in this session`);
      }
      break;
    default:
      break;
  }
  return errors;
}

function beyondPlan(position: number, session: ExerciseSession): string {
  return `position: ${position} is beyond the plan (${session.plan.length} items)`;
}
