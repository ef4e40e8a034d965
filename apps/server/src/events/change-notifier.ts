import type { Database } from '../db/database';

/**
 * Realtime change notices. A write publishes the ids of the people who can see it through
 * PostgreSQL NOTIFY (in the same transaction, so it fires only on commit); every server process
 * LISTENs and forwards to its own open event streams. Payloads carry ids only, never content.
 */
export interface ChangeNotice {
  kind: 'change' | 'couple' | 'session';
  userIds: string[];
  cursor?: number;
}

export const CHANGE_CHANNEL = 'hearth_changes';

type Subscriber = (notice: ChangeNotice) => void;

export interface ChangeNotifier {
  start(): Promise<void>;
  stop(): Promise<void>;
  subscribe(userId: string, onNotice: Subscriber): () => void;
  subscriberCount(): number;
}

export function createChangeNotifier(database: Database): ChangeNotifier {
  const subscribers = new Map<string, Set<Subscriber>>();
  let unlisten: (() => Promise<void>) | undefined;

  function dispatch(payload: string) {
    let notice: ChangeNotice;
    try {
      notice = JSON.parse(payload) as ChangeNotice;
    } catch {
      return;
    }
    if (!Array.isArray(notice.userIds)) return;
    for (const userId of notice.userIds) {
      for (const subscriber of subscribers.get(userId) ?? []) subscriber(notice);
    }
  }

  return {
    async start() {
      unlisten = await database.listen(CHANGE_CHANNEL, dispatch);
    },
    async stop() {
      await unlisten?.();
      unlisten = undefined;
      subscribers.clear();
    },
    subscribe(userId, onNotice) {
      const set = subscribers.get(userId) ?? new Set<Subscriber>();
      set.add(onNotice);
      subscribers.set(userId, set);
      return () => {
        set.delete(onNotice);
        if (set.size === 0) subscribers.delete(userId);
      };
    },
    subscriberCount() {
      let count = 0;
      for (const set of subscribers.values()) count += set.size;
      return count;
    },
  };
}
