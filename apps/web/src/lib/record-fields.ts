// Field shapes several record kinds share. Dates are the writer's local 'YYYY-MM-DD'.
import * as z from 'zod/mini';

export const localDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
export const isoWeek = z.string().check(z.regex(/^\d{4}-W\d{2}$/));
export const instant = z.string().check(z.maxLength(40));
export const hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
/** The id of something in the content library: an exercise, a question, a prompt, a part. */
export const contentId = z.string().check(z.maxLength(80));
export const answerMap = z.record(contentId, z.number());
