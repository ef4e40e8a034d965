import { z } from 'zod';
import { hasNoDuplicates, kebabIdSchema, localizedTextSchema } from './common';
import { starterStems } from './vocabulary';

export const desireGroupSchema = z.strictObject({
  id: kebabIdSchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
});
export type DesireGroup = z.infer<typeof desireGroupSchema>;

export const desireItemSchema = z.strictObject({
  id: z.string().regex(/^desire-[a-z]+(?:-[a-z]+)*-\d{3}$/, 'expected desire-<group>-NNN'),
  group: kebabIdSchema,
  intensity: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  text: localizedTextSchema,
});
export type DesireItem = z.infer<typeof desireItemSchema>;

export const desireListSchema = z
  .strictObject({
    version: z.number().int().positive(),
    intro: localizedTextSchema,
    intensityLabels: z.strictObject({
      '1': localizedTextSchema,
      '2': localizedTextSchema,
      '3': localizedTextSchema,
      '4': localizedTextSchema,
    }),
    groups: z.array(desireGroupSchema).min(1),
    items: z.array(desireItemSchema).min(1),
    // Ids that were used once and removed. They must never come back, so old answers stay meaningful.
    retiredIds: z.array(z.string()),
  })
  .superRefine((list, ctx) => {
    const groupIds = new Set(list.groups.map((group) => group.id));
    const retired = new Set(list.retiredIds);
    for (const item of list.items) {
      if (!groupIds.has(item.group)) {
        ctx.addIssue({ code: 'custom', path: ['items'], message: `${item.id}: unknown group ${item.group}` });
      }
      if (!new RegExp(`^desire-${item.group}-\\d{3}$`).test(item.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items'],
          message: `${item.id}: id must be desire-${item.group}-NNN`,
        });
      }
      if (retired.has(item.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items'],
          message: `${item.id}: this id was retired and cannot be reused`,
        });
      }
    }
    if (!hasNoDuplicates(list.groups.map((group) => group.id))) {
      ctx.addIssue({ code: 'custom', path: ['groups'], message: 'group ids repeat' });
    }
  });
export type DesireList = z.infer<typeof desireListSchema>;

/** "I love when we…" and "I feel most connected when…" builders. */
export const sentenceStarterSchema = z.strictObject({
  id: z.string().regex(/^starter-(love-when|connected-when)-\d{3}$/),
  stem: z.enum(starterStems),
  text: localizedTextSchema,
});
export type SentenceStarter = z.infer<typeof sentenceStarterSchema>;

export const sentenceStartersSchema = z.strictObject({
  version: z.number().int().positive(),
  stems: z.strictObject({
    'i-love-when-we': localizedTextSchema,
    'most-connected-when': localizedTextSchema,
  }),
  starters: z.array(sentenceStarterSchema).min(1),
});
export type SentenceStarters = z.infer<typeof sentenceStartersSchema>;
