// The only place decrypted key material lives: in memory, never in storage, wiped on exit.
import type { PublicIdentity, UserKeys } from '@hearth/crypto';

export interface UnlockedKeys {
  userId: string;
  keys: UserKeys;
  identity: PublicIdentity;
}

type Listener = () => void;

function coupleKeyId(coupleId: string, epoch: number): string {
  return `${coupleId}:${epoch}`;
}

class KeyVault {
  private unlocked: UnlockedKeys | null = null;
  private coupleKeys = new Map<string, Uint8Array>();
  private listeners = new Set<Listener>();
  private revision = 0;

  get current(): UnlockedKeys | null {
    return this.unlocked;
  }

  /** Changes whenever keys are added or wiped, for useSyncExternalStore. */
  get version(): number {
    return this.revision;
  }

  requireKeys(): UnlockedKeys {
    if (!this.unlocked) throw new Error('Keys are locked');
    return this.unlocked;
  }

  setUserKeys(value: UnlockedKeys): void {
    this.unlocked = value;
    this.emit();
  }

  setCoupleKey(coupleId: string, epoch: number, key: Uint8Array): void {
    this.coupleKeys.set(coupleKeyId(coupleId, epoch), key);
    this.emit();
  }

  coupleKey(coupleId: string, epoch: number): Uint8Array | null {
    return this.coupleKeys.get(coupleKeyId(coupleId, epoch)) ?? null;
  }

  hasCoupleKey(coupleId: string, epoch: number): boolean {
    return this.coupleKeys.has(coupleKeyId(coupleId, epoch));
  }

  /** Overwrites key bytes before dropping them, so they do not linger in memory longer than needed. */
  wipe(): void {
    if (this.unlocked) {
      const k = this.unlocked.keys;
      for (const bytes of [k.umk, k.pdk, k.x25519.secretKey, k.ed25519.secretKey]) bytes.fill(0);
    }
    for (const key of this.coupleKeys.values()) key.fill(0);
    this.coupleKeys.clear();
    this.unlocked = null;
    this.emit();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    this.revision += 1;
    for (const l of this.listeners) l();
  }
}

export const keyVault = new KeyVault();
