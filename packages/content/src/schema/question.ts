import { z } from 'zod';
import { hasNoDuplicates, localizedTextSchema } from './common';
import { questionCategories, questionDepths, questionTags } from './vocabulary';

/** One conversation question. A deck file (`data/questions/<category>.json`) is an array of these. */
export const questionSchema = z
  .strictObject({
    id: z.string().regex(/^q-[a-z]+(?:-[a-z]+)*-\d{3}$/, 'expected q-<category>-NNN'),
    category: z.enum(questionCategories),
    depth: z.enum(questionDepths),
    tags: z.array(z.enum(questionTags)).refine(hasNoDuplicates, 'tags repeat'),
    // true: "ask your partner something they don't know the answer to about themselves"
    selfDiscovery: z.boolean(),
    text: localizedTextSchema,
    followUp: localizedTextSchema.optional(),
  })
  .superRefine((question, ctx) => {
    if (!question.id.startsWith(`q-${question.category}-`)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `id must start with q-${question.category}-` });
    }
    // Intimate questions are opt-in and kid-specific ones are tagged, so the app can filter them.
    if (question.category === 'physical-intimacy' && !question.tags.includes('opt-in')) {
      ctx.addIssue({
        code: 'custom',
        path: ['tags'],
        message: 'physical-intimacy questions must be tagged opt-in',
      });
    }
    if (question.category === 'life-with-kids' && !question.tags.includes('with-kids')) {
      ctx.addIssue({
        code: 'custom',
        path: ['tags'],
        message: 'life-with-kids questions must be tagged with-kids',
      });
    }
  });
export type Question = z.infer<typeof questionSchema>;

export const questionDeckSchema = z.array(questionSchema).min(1);
