import { z } from 'zod';
import { hasNoDuplicates, kebabIdSchema, localizedTextSchema, sourceIdListSchema } from './common';
import { barrierIds, checkupDimensions } from './vocabulary';

/** An answer scale; values are consecutive integers from min to max. */
export const answerScaleSchema = z
  .strictObject({
    id: kebabIdSchema,
    options: z.array(z.strictObject({ value: z.number().int(), label: localizedTextSchema })).min(2),
  })
  .refine(
    (scale) =>
      scale.options.every((option, index) => option.value === (scale.options[0]?.value ?? 0) + index),
    'option values must be consecutive integers in order',
  );
export type AnswerScale = z.infer<typeof answerScaleSchema>;

/** A score band for a dimension (scores are 0-100). Bands must tile 0-100 without gaps. */
export const scoreBandSchema = z.strictObject({
  id: z.enum(['needs-care', 'mixed', 'strong']),
  min: z.number().int().min(0).max(100),
  max: z.number().int().min(0).max(100),
  label: localizedTextSchema,
  reading: localizedTextSchema,
});
export type ScoreBand = z.infer<typeof scoreBandSchema>;

export const dimensionSchema = z.strictObject({
  id: z.enum(checkupDimensions),
  title: localizedTextSchema,
  description: localizedTextSchema,
  // Emotional dimensions come first in "what to work on first" (emotional safety first).
  layer: z.enum(['emotional', 'physical']),
  // Tie-breaker when two dimensions score the same: lower goes first.
  priority: z.number().int().positive(),
  // Hidden, and left out of scoring, while a partner has paused intimacy content.
  intimacyContent: z.boolean(),
  bands: z.array(scoreBandSchema).min(2),
  workOnFirst: z.strictObject({ tip: localizedTextSchema, exerciseIds: z.array(kebabIdSchema).min(1) }),
  sourceIds: sourceIdListSchema,
});
export type Dimension = z.infer<typeof dimensionSchema>;

export const scoredItemSchema = z.strictObject({
  id: z.string().regex(/^cu-[a-z]+(?:-[a-z]+)*-\d{2}$/, 'expected cu-<dimension>-NN'),
  dimension: z.enum(checkupDimensions),
  text: localizedTextSchema,
  // Reverse-keyed: agreeing means less closeness, so the value is flipped before scoring.
  reverse: z.boolean(),
  scale: kebabIdSchema,
  shareable: z.literal(true),
});
export type ScoredItem = z.infer<typeof scoredItemSchema>;

export const barrierItemSchema = z.strictObject({
  id: z.string().regex(/^cu-barrier-[a-z]+(?:-[a-z]+)*$/, 'expected cu-barrier-<barrier>'),
  barrier: z.enum(barrierIds),
  text: localizedTextSchema,
  scale: kebabIdSchema,
  // The barrier counts as present at or above this value.
  presentAt: z.number().int(),
  reading: localizedTextSchema,
  exerciseIds: z.array(kebabIdSchema).min(1),
  // Sensitive barriers are left out of the side-by-side view unless the person shares them.
  sensitive: z.boolean(),
  intimacyContent: z.boolean(),
  shareable: z.boolean(),
  sourceIds: z.array(kebabIdSchema),
});
export type BarrierItem = z.infer<typeof barrierItemSchema>;

export const lifeStageOptionSchema = z.strictObject({
  id: kebabIdSchema,
  label: localizedTextSchema,
  note: localizedTextSchema.optional(),
  // Exercise variants to prefer (e.g. with-kids) and exercises written for this stage.
  prefersVariant: z.enum(['with-kids', 'long-distance']).optional(),
  exerciseIds: z.array(kebabIdSchema),
  sourceIds: z.array(kebabIdSchema),
});
export type LifeStageOption = z.infer<typeof lifeStageOptionSchema>;

/**
 * Distress and safety items. They are never scored, never shared and never shown in a couple
 * summary: an answer at or above `triggerAt` routes the person (privately) to support or
 * safety resources instead.
 */
export const safetyItemSchema = z.strictObject({
  id: z.string().regex(/^cu-(support|safety)-\d{2}$/, 'expected cu-support-NN or cu-safety-NN'),
  text: localizedTextSchema,
  scale: kebabIdSchema,
  triggerAt: z.number().int(),
  route: z.enum(['support', 'safety']),
  shareable: z.literal(false),
});
export type SafetyItem = z.infer<typeof safetyItemSchema>;

export const routeSchema = z.strictObject({
  message: localizedTextSchema,
  resourceIds: z.array(kebabIdSchema).min(1),
  // Safety: stop suggesting couple exercises and sharing prompts until the person chooses otherwise.
  pauseCoupleFeatures: z.boolean(),
});

export const checkupInstrumentSchema = z
  .strictObject({
    id: kebabIdSchema,
    // Bump when items or scoring change; keep the old file so old answers can still be scored.
    version: z.number().int().positive(),
    title: localizedTextSchema,
    intro: localizedTextSchema,
    privacyNote: localizedTextSchema,
    validation: localizedTextSchema,
    scales: z.array(answerScaleSchema).min(1),
    scoring: z.strictObject({
      method: z.literal('mean-of-keyed-items-as-percent'),
      // Fewer answered items than this: the dimension shows "not enough answers" instead of a score.
      minAnsweredPerDimension: z.number().int().positive(),
      workOnFirstCount: z.number().int().positive(),
      // When an emotional dimension is in needs-care, it is listed before any physical one.
      emotionalFirst: z.boolean(),
      explanation: localizedTextSchema,
    }),
    dimensions: z.array(dimensionSchema).length(checkupDimensions.length),
    items: z.array(scoredItemSchema).min(1),
    barriers: z.strictObject({ intro: localizedTextSchema, items: z.array(barrierItemSchema).min(1) }),
    lifeStage: z.strictObject({
      question: localizedTextSchema,
      multiple: z.boolean(),
      options: z.array(lifeStageOptionSchema).min(2),
    }),
    safety: z.strictObject({ intro: localizedTextSchema, items: z.array(safetyItemSchema).min(1) }),
    routing: z.strictObject({ support: routeSchema, safety: routeSchema }),
    sourceIds: sourceIdListSchema,
  })
  .superRefine((instrument, ctx) => {
    const scaleIds = new Set(instrument.scales.map((scale) => scale.id));
    const allItems = [...instrument.items, ...instrument.barriers.items, ...instrument.safety.items];
    for (const item of allItems) {
      if (!scaleIds.has(item.scale)) {
        ctx.addIssue({ code: 'custom', path: ['items'], message: `${item.id}: unknown scale ${item.scale}` });
      }
    }
    if (!hasNoDuplicates(instrument.dimensions.map((dimension) => dimension.id))) {
      ctx.addIssue({ code: 'custom', path: ['dimensions'], message: 'dimensions repeat' });
    }
    for (const item of instrument.items) {
      if (!item.id.startsWith(`cu-${item.dimension}-`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items'],
          message: `${item.id}: id must start with cu-${item.dimension}-`,
        });
      }
    }
  });
export type CheckupInstrument = z.infer<typeof checkupInstrumentSchema>;

/** The closeness picture: for each of 7 levels, two circles of `radius` whose centres are `distance` apart. */
export const closenessLevelSchema = z.strictObject({
  level: z.number().int().min(1).max(7),
  radius: z.number().positive(),
  distance: z.number().min(0),
  label: localizedTextSchema,
});
export type ClosenessLevel = z.infer<typeof closenessLevelSchema>;

const pulseScaleItemSchema = z.strictObject({
  id: z.string().regex(/^pulse-[a-z]+(?:-[a-z]+)*$/),
  type: z.literal('scale'),
  text: localizedTextSchema,
  scale: kebabIdSchema,
  shareable: z.boolean(),
  route: z.enum(['support', 'safety']).optional(),
  triggerAt: z.number().int().optional(),
});
const pulseClosenessItemSchema = z.strictObject({
  id: z.string().regex(/^pulse-[a-z]+(?:-[a-z]+)*$/),
  type: z.literal('closeness-circles'),
  text: localizedTextSchema,
  shareable: z.boolean(),
});
export const pulseItemSchema = z.discriminatedUnion('type', [pulseScaleItemSchema, pulseClosenessItemSchema]);
export type PulseItem = z.infer<typeof pulseItemSchema>;

export const pulseSchema = z
  .strictObject({
    id: kebabIdSchema,
    version: z.number().int().positive(),
    title: localizedTextSchema,
    intro: localizedTextSchema,
    scales: z.array(answerScaleSchema).min(1),
    closenessScale: z.strictObject({
      viewBox: z.strictObject({ width: z.number().positive(), height: z.number().positive() }),
      lowLabel: localizedTextSchema,
      highLabel: localizedTextSchema,
      levels: z.array(closenessLevelSchema).length(7),
      sourceIds: sourceIdListSchema,
    }),
    items: z.array(pulseItemSchema).min(1),
  })
  .superRefine((pulse, ctx) => {
    const scaleIds = new Set(pulse.scales.map((scale) => scale.id));
    for (const item of pulse.items) {
      if (item.type === 'scale' && !scaleIds.has(item.scale)) {
        ctx.addIssue({ code: 'custom', path: ['items'], message: `${item.id}: unknown scale ${item.scale}` });
      }
      // Anything that routes to support or safety is private by construction.
      if (item.type === 'scale' && item.route && (item.shareable || item.triggerAt === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items'],
          message: `${item.id}: routed items need triggerAt and shareable false`,
        });
      }
    }
  });
export type Pulse = z.infer<typeof pulseSchema>;

export const safetyResourceSchema = z.strictObject({
  id: z.string().regex(/^res-[a-z0-9]+(?:-[a-z0-9]+)*$/),
  routes: z.array(z.enum(['support', 'safety'])).min(1),
  urgent: z.boolean(),
  title: localizedTextSchema,
  body: localizedTextSchema,
  points: z.array(localizedTextSchema).optional(),
});
export type SafetyResource = z.infer<typeof safetyResourceSchema>;

export const safetyResourcesSchema = z.strictObject({
  version: z.number().int().positive(),
  intro: localizedTextSchema,
  resources: z.array(safetyResourceSchema).min(1),
});
export type SafetyResources = z.infer<typeof safetyResourcesSchema>;
