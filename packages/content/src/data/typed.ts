/**
 * JSON imports are typed by TypeScript's inference (plain strings, not our enums). The content
 * tests validate every file against the zod schemas, so the loaders can state the precise type
 * without paying for a runtime parse in the browser.
 */
export function typed<T>(value: unknown): T {
  return value as T;
}
