// What every kind of encrypted record must say about itself. Features declare their kinds with
// defineRecordKind in features/<feature>/<feature>.record.ts; lib/record-kinds.ts only combines
// them. The fields are required so the compiler refuses a kind that leaves one out, and
// recordKindProblems checks the same at runtime (a kind built some other way, or a typo).
// Pure: zod/mini schemas and plain data only, so the registry costs the first screen nothing.
import type * as z from 'zod/mini';

/**
 * Who a record belongs to. 'private': user scope, only me. 'couple': couple scope, and both of
 * us may write it. 'shared-with-partner': couple scope, one person's record the partner reads.
 */
export type KindScope = 'private' | 'couple' | 'shared-with-partner';

/**
 * What happens when the server already holds a newer version than the one a write built on.
 * No policy overwrites a partner's edit unseen:
 * - 'append-only': written once (a random id, or an id both phones derive for one fact); the
 *   first stored copy is the fact, so a second write of it is dropped.
 * - 'last-writer-wins': only one person ever writes it (on any of their devices); the latest wins.
 * - 'keep-both': text both partners can edit; the person is asked "you both changed this — keep
 *   which?" and may keep both.
 * - { merge }: a shared value with a rule that combines both edits without asking.
 */
export type ConflictPolicy<P> =
  | 'append-only'
  | 'last-writer-wins'
  | 'keep-both'
  // Method syntax on purpose: a list of kinds holds merges of different payloads.
  | { merge(mine: P, theirs: P): P };

/** Writes that travel beside the record store, to a server object that must understand them. */
export type SideChannel = 'reveal' | 'desire-round' | 'grant';

/** How a kind reads in the export: a heading, or left out with the reason why. */
export type ExportText = { title: string } | { omit: string };

export interface RecordKind<T extends string = string, P extends { type: T } = { type: T }> {
  type: T;
  schema: z.ZodMiniType<P>;
  scopes: readonly KindScope[];
  /** Belongs to a calendar day (its `date`), so a date in the future is refused. */
  dated: boolean;
  conflict: ConflictPolicy<P>;
  export: ExportText;
  /** null: an ordinary record in the record store. */
  sideChannel: SideChannel | null;
}

export function defineRecordKind<T extends string, P extends { type: T }>(
  kind: RecordKind<T, P>,
): RecordKind<T, P> {
  return kind;
}

export type PayloadOf<K> = K extends RecordKind<string, infer P> ? P : never;

const policies = new Set(['append-only', 'last-writer-wins', 'keep-both']);
const scopes = new Set<string>(['private', 'couple', 'shared-with-partner']);
const channels = new Set<unknown>([null, 'reveal', 'desire-round', 'grant']);

function conflictDeclared(policy: unknown): boolean {
  if (typeof policy === 'string') return policies.has(policy);
  return (
    typeof policy === 'object' &&
    policy !== null &&
    typeof (policy as { merge?: unknown }).merge === 'function'
  );
}

function exportDeclared(text: unknown): boolean {
  if (typeof text !== 'object' || text === null) return false;
  const { title, omit } = text as { title?: unknown; omit?: unknown };
  return (
    (typeof title === 'string' && title.trim() !== '') || (typeof omit === 'string' && omit.trim() !== '')
  );
}

/** Everything missing or wrong in a list of kinds, as sentences; empty when all is declared. */
export function recordKindProblems(kinds: readonly unknown[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const raw of kinds) {
    const kind = raw as Partial<RecordKind>;
    const name = typeof kind.type === 'string' && kind.type ? kind.type : '(no type)';
    if (seen.has(name)) problems.push(`${name}: declared twice`);
    seen.add(name);
    if (!kind.schema || typeof (kind.schema as { parse?: unknown }).parse !== 'function')
      problems.push(`${name}: no payload schema`);
    if (!Array.isArray(kind.scopes) || kind.scopes.length === 0 || !kind.scopes.every((s) => scopes.has(s)))
      problems.push(`${name}: no scope`);
    if (typeof kind.dated !== 'boolean') problems.push(`${name}: does not say whether it is dated`);
    if (!conflictDeclared(kind.conflict)) problems.push(`${name}: no conflict policy`);
    if (!exportDeclared(kind.export)) problems.push(`${name}: no export text`);
    if (!channels.has(kind.sideChannel)) problems.push(`${name}: side channel not declared`);
    else if (kind.sideChannel && kind.conflict !== 'append-only')
      problems.push(`${name}: a side-channel write is sent once, so it must be append-only`);
  }
  return problems;
}
