import { z } from 'zod';

/**
 * One codec for the opaque `next` / `after` values of paged routes: fields joined by '~', each
 * checked completely on the way in (a real instant, a real UUID), so a cursor of the right shape
 * but an impossible value is a 400 here, never a database error.
 */
const SEPARATOR = '~';
const MESSAGE = 'must be the `next` value from the previous page';

export const cursorFields = {
  instant: z.string().refine((value) => {
    const time = Date.parse(value);
    return Number.isFinite(time) && new Date(time).toISOString() === value;
  }),
  uuid: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  tag: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
};

export function pageCursor<Shape extends Record<string, z.ZodType<string>>>(shape: Shape) {
  const names = Object.keys(shape) as Array<keyof Shape & string>;
  type Cursor = { [K in keyof Shape]: string };
  const schema = z
    .string()
    .max(200, MESSAGE)
    .transform((text, ctx): Cursor => {
      const parts = text.split(SEPARATOR);
      const ok =
        parts.length === names.length && names.every((name, i) => shape[name]!.safeParse(parts[i]).success);
      if (!ok) {
        ctx.addIssue({ code: 'custom', message: MESSAGE });
        return z.NEVER;
      }
      return Object.fromEntries(names.map((name, i) => [name, parts[i]!])) as Cursor;
    });
  return {
    schema,
    encode: (cursor: Cursor): string => names.map((name) => cursor[name]).join(SEPARATOR),
  };
}
