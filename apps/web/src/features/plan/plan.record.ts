// The couple's plan (docs/checkup.md): life stages, when it began, and changes either of us made.
import * as z from 'zod/mini';
import { contentId, instant, localDate } from '../../lib/record-fields';
import { defineRecordKind } from '../../lib/record-kind';

/** The couple's life stages (a shared setting; the latest one written counts). */
export const lifeStagePayload = z.object({
  type: z.literal('life-stage'),
  stages: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(10)),
  updatedAt: instant,
});

/** The plan begins (without a shared check-up): the Monday of its first week. Couple scope. */
export const planStartPayload = z.object({
  type: z.literal('plan-start'),
  weekStart: localDate,
  createdAt: instant,
});

/** A change to the plan either of us made: swap, a week off, or a slower pace. Couple scope. */
export const planAdjustmentPayload = z.object({
  type: z.literal('plan-adjustment'),
  adjustment: z.union([
    z.object({
      kind: z.literal('swap'),
      weekStart: localDate,
      exerciseId: contentId,
      replacementId: z.optional(contentId),
    }),
    z.object({ kind: z.literal('pause-week'), weekStart: localDate }),
    z.object({ kind: z.literal('pace'), weekStart: localDate, pace: z.enum(['usual', 'slower']) }),
  ]),
  createdAt: instant,
});

export type LifeStagePayload = z.infer<typeof lifeStagePayload>;
export type PlanStartPayload = z.infer<typeof planStartPayload>;
export type PlanAdjustmentPayload = z.infer<typeof planAdjustmentPayload>;

export const planKinds = [
  defineRecordKind({
    type: 'life-stage',
    schema: lifeStagePayload,
    scopes: ['couple'],
    dated: false,
    // Every change is a record of its own; the newest `updatedAt` counts when reading.
    conflict: 'append-only',
    export: { title: 'Life stages' },
    sideChannel: null,
  }),
  defineRecordKind({
    type: 'plan-start',
    schema: planStartPayload,
    scopes: ['couple'],
    dated: false,
    conflict: 'append-only',
    export: { title: 'Plan started' },
    sideChannel: null,
  }),
  defineRecordKind({
    type: 'plan-adjustment',
    schema: planAdjustmentPayload,
    scopes: ['couple'],
    dated: false,
    conflict: 'append-only',
    export: { title: 'Change to the plan' },
    sideChannel: null,
  }),
] as const;
