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

export interface HearthBenchPage {
  ready: Promise<void>;
  cryptoThroughput(records: number, payloadBytes: number): CryptoThroughput;
  opaqueTimes(password: string): OpaqueTimes;
}
