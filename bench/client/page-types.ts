/** What the in-page benchmark (page-entry.ts, bundled for Chromium) reports back to Node. */
export interface CryptoThroughput {
  records: number;
  payloadBytes: number;
  sealMs: number;
  openMs: number;
}

export interface OpaqueTimes {
  /** Client-side work of a sign-up: two OPAQUE registrations (password and recovery key, Argon2id each) and the key hierarchy. */
  signUpMs: number;
  /** Client-side work of a sign-in: OPAQUE login (Argon2id) and unwrapping the user keys. */
  signInMs: number;
  /** The in-page stand-in for the server's OPAQUE steps (not part of the figures above). */
  serverStepsMs: number;
}

/** One sync pull of a whole history from the real server, every record opened (times in ms). */
export interface SyncPullTimes {
  records: number;
  pages: number;
  /** From the first request to the last record decrypted. */
  totalMs: number;
  /** The part spent waiting for `/api/sync` and parsing its JSON. */
  fetchMs: number;
  /** The part spent in `openRecord`. */
  openMs: number;
}

export interface HearthBenchPage {
  ready: Promise<void>;
  cryptoThroughput(records: number, payloadBytes: number): CryptoThroughput;
  opaqueTimes(password: string): OpaqueTimes;
  /** Pulls `/api/sync` page by page (same origin, session cookie) and opens each private record with the PDK. */
  syncPull(pdkB64: string, pageSize: number): Promise<SyncPullTimes>;
}
