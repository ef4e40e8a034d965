import { z } from 'zod';
import {
  evidenceLevelSchema,
  hasNoDuplicates,
  kebabIdSchema,
  localizedTextSchema,
  sourceIdListSchema,
} from './common';
import { audiences, exerciseLayers, purposeTags, stepRoles } from './vocabulary';

export const stepSchema = z.strictObject({
  id: kebabIdSchema,
  text: localizedTextSchema,
  // A countdown for this step. Absent: the step waits for "next".
  seconds: z.number().int().positive().optional(),
  // When the couple may pick a length (device-free time, cooling down), the choices in seconds;
  // `seconds` is then the default and must be one of them.
  secondsOptions: z.array(z.number().int().positive()).min(2).optional(),
  role: z.enum(stepRoles).optional(),
  // Partners swap roles (speaker <-> listener, toucher <-> receiver) as this step begins, so
  // the app can show whose turn it is without reading the text.
  swapRoles: z.literal(true).optional(),
  // A calm sound made in the browser when the timer ends.
  cue: z.enum(['soft-bell', 'none']).optional(),
});
export type ExerciseStep = z.infer<typeof stepSchema>;

const stepListSchema = z
  .array(stepSchema)
  .refine((steps) => hasNoDuplicates(steps.map((step) => step.id)), 'step ids repeat');

/** A stage of a staged exercise (staged touch). The next stage opens only when both say so. */
export const stageSchema = z.strictObject({
  id: kebabIdSchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
  unlockRule: z.enum(['both-ready']),
  suggestedSessions: z.number().int().positive(),
  steps: stepListSchema.min(1),
});
export type ExerciseStage = z.infer<typeof stageSchema>;

export const variantSchema = z.strictObject({
  id: kebabIdSchema,
  // introvert covers the written and non-verbal versions.
  kind: z.enum(audiences),
  title: localizedTextSchema,
  description: localizedTextSchema,
  steps: stepListSchema.min(1).optional(),
});
export type ExerciseVariant = z.infer<typeof variantSchema>;

export const exerciseSchema = z
  .strictObject({
    id: z.string().regex(/^ex-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected ex-<kebab-name>'),
    title: localizedTextSchema,
    summary: localizedTextSchema,
    // "Why this helps": plain words, backed by the cited sources.
    purpose: z.strictObject({ text: localizedTextSchema, sourceIds: sourceIdListSchema }),
    // The level of the claim in `purpose`; never stronger than the best cited source.
    evidence: evidenceLevelSchema,
    purposeTags: z.array(z.enum(purposeTags)).min(1).refine(hasNoDuplicates, 'purposeTags repeat'),
    // Who this works well for as it is or through its variant.
    suits: z.array(z.enum(audiences)).refine(hasNoDuplicates, 'suits repeat'),
    // Life stages this exercise is written for (ids from the check-up's life-stage options).
    lifeStages: z.array(kebabIdSchema).optional(),
    layer: z.enum(exerciseLayers),
    cadence: z.enum(['daily', 'weekly', 'monthly', 'as-needed', 'programme']),
    durationMinutes: z.strictObject({ min: z.number().positive(), max: z.number().positive() }),
    preparation: localizedTextSchema.optional(),
    steps: stepListSchema,
    // Parts the couple may pick from before starting (the touch ritual's hug, hands, tracing,
    // massage): each names the steps it brings; a session plays the chosen parts in step order.
    stepChoices: z
      .array(
        z.strictObject({
          id: kebabIdSchema,
          label: localizedTextSchema,
          stepIds: z.array(kebabIdSchema).min(1),
        }),
      )
      .min(2)
      .optional(),
    stages: z.array(stageSchema).min(2).optional(),
    afterwards: localizedTextSchema.optional(),
    safetyNote: localizedTextSchema.optional(),
    variants: z.array(variantSchema).min(1),
  })
  .superRefine((exercise, ctx) => {
    if (exercise.durationMinutes.min > exercise.durationMinutes.max) {
      ctx.addIssue({ code: 'custom', path: ['durationMinutes'], message: 'min is above max' });
    }
    if (exercise.steps.length === 0 && !exercise.stages) {
      ctx.addIssue({ code: 'custom', path: ['steps'], message: 'an exercise needs steps or stages' });
    }
    const stepIds = new Set(exercise.steps.map((step) => step.id));
    for (const choice of exercise.stepChoices ?? []) {
      for (const id of choice.stepIds) {
        if (!stepIds.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['stepChoices'],
            message: `choice ${choice.id}: no step ${id}`,
          });
        }
      }
    }
    const variantIds = exercise.variants.map((variant) => variant.id);
    if (!hasNoDuplicates(variantIds)) {
      ctx.addIssue({ code: 'custom', path: ['variants'], message: 'variant ids repeat' });
    }
    const stageIds = (exercise.stages ?? []).map((stage) => stage.id);
    if (!hasNoDuplicates(stageIds)) {
      ctx.addIssue({ code: 'custom', path: ['stages'], message: 'stage ids repeat' });
    }
    const allSteps = [
      ...exercise.steps,
      ...(exercise.stages ?? []).flatMap((stage) => stage.steps),
      ...exercise.variants.flatMap((variant) => variant.steps ?? []),
    ];
    for (const step of allSteps) {
      if (
        step.secondsOptions &&
        (step.seconds === undefined || !step.secondsOptions.includes(step.seconds))
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps'],
          message: `step ${step.id}: seconds must be one of secondsOptions`,
        });
      }
    }
  });
export type Exercise = z.infer<typeof exerciseSchema>;
