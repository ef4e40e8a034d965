// The signed-in person on this device: who they are (from /api/me, cached for offline use),
// whether their keys are unlocked, and the sync engine and live events that run while they are.
import { unwrapCoupleKey, type UserKeys, makePublicIdentity } from '@hearth/crypto';
import { ApiError, api } from './api-client';
import type { ApiCouple, MeResponse } from './api-types';
import { connectEvents } from './events';
import { forgetThisDevice, rememberOnThisDevice, rememberedUserId, unlockFromDevice } from './device-unlock';
import { keyVault } from './key-vault';
import { LocalStore, deleteAllLocalData } from './local-store';
import { SyncEngine } from './sync-engine';
import { clearDiscreetLock } from '../features/safety/discreet-lock';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; reason?: 'expired' | 'offline' }
  | { status: 'locked'; me: MeResponse }
  | { status: 'recovery'; me: MeResponse }
  | { status: 'ready'; me: MeResponse; offline: boolean };

type Listener = () => void;

class AppSession {
  state: SessionState = { status: 'loading' };
  engine: SyncEngine | null = null;
  private store: LocalStore | null = null;
  private closeEvents: (() => void) | null = null;
  private listeners = new Set<Listener>();
  private coupleListeners = new Set<Listener>();
  private changeListeners = new Set<Listener>();
  private onlineHandler = () => this.onOnline();

  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  /** Fires on every live "couple" notice, so pairing screens can react at once. */
  onCoupleEvent = (l: Listener): (() => void) => {
    this.coupleListeners.add(l);
    return () => this.coupleListeners.delete(l);
  };

  /**
   * Fires on every live "change" notice, after a reconnect and when the device comes back online:
   * data that is not a synced record (reveal answers) is fetched again then.
   */
  onLiveChange = (l: Listener): (() => void) => {
    this.changeListeners.add(l);
    return () => this.changeListeners.delete(l);
  };

  private liveChanged(): void {
    for (const l of this.changeListeners) l();
  }

  getState = (): SessionState => this.state;

  /** This person's IndexedDB cache (ciphertext only), while signed in. */
  get localStore(): LocalStore | null {
    return this.store;
  }

  private set(next: SessionState): void {
    this.state = next;
    for (const l of this.listeners) l();
  }

  /** Runs once at start-up: who is signed in, and can we unlock without asking? */
  async boot(): Promise<void> {
    let me: MeResponse;
    try {
      me = await api.me();
    } catch (error) {
      // Unreachable or failing server: open from this device if we can (it works offline).
      if (error instanceof ApiError && (error.isNetwork || error.status >= 500)) return this.bootOffline();
      if (error instanceof ApiError && error.status === 401) {
        // The session ended (signed out elsewhere, expired): the device unlock must not outlive it.
        const hadDevice = (await rememberedUserId()) !== null;
        await forgetThisDevice();
        return this.set({ status: 'signed-out', reason: hadDevice ? 'expired' : undefined });
      }
      return this.set({ status: 'signed-out' });
    }
    if (me.user.sessionKind === 'recovery') {
      // Keys from the recovery key lived only in memory; start recovery again.
      await api.logout().catch(() => undefined);
      return this.set({ status: 'signed-out' });
    }
    const remembered = await unlockFromDevice(me.user.id);
    if (!remembered) return this.set({ status: 'locked', me });
    await this.enter(me, remembered.keys, { remember: false });
  }

  private async bootOffline(): Promise<void> {
    const remembered = await unlockFromDevice();
    if (!remembered) return this.set({ status: 'signed-out', reason: 'offline' });
    const store = await LocalStore.open(remembered.userId);
    const me = await store.loadMe();
    store.close();
    if (!me) return this.set({ status: 'signed-out', reason: 'offline' });
    await this.enter(me, remembered.keys, { remember: false, offline: true });
  }

  /** After sign-in, sign-up, unlock or device unlock: keys into memory, sync on. */
  async enter(me: MeResponse, keys: UserKeys, opts: { remember: boolean; offline?: boolean }): Promise<void> {
    clearDiscreetLock();
    this.stopRunning();
    keyVault.setUserKeys({ userId: me.user.id, keys, identity: makePublicIdentity(me.user.id, keys) });
    if (me.user.sessionKind === 'recovery') return this.set({ status: 'recovery', me });
    if (opts.remember) await rememberOnThisDevice(me.user.id, keys).catch(() => undefined);
    this.unlockCoupleKeys(me);
    this.store = await LocalStore.open(me.user.id);
    await this.store.saveMe(me);
    this.engine = new SyncEngine(this.store, me.user.id, () => void this.expired());
    this.set({ status: 'ready', me, offline: opts.offline ?? false });
    await this.engine.start();
    this.closeEvents = connectEvents({
      onChange: () => {
        void this.engine?.pull();
        this.liveChanged();
      },
      onCouple: () => void this.refreshMe().then(() => this.coupleListeners.forEach((l) => l())),
      // Signed out from another device: stop showing anything decrypted right away.
      onSignedOut: () => void this.expired(),
      onOpen: (first) => {
        // After a reconnect (or when we started offline) notices may have been missed.
        if (first && !opts.offline) return;
        void this.refreshMe();
        void this.engine?.sync();
        this.liveChanged();
      },
    });
    window.addEventListener('online', this.onlineHandler);
  }

  private onOnline(): void {
    void this.refreshMe();
    this.engine?.retryNow();
    this.liveChanged();
  }

  private unlockCoupleKeys(me: MeResponse): void {
    const unlocked = keyVault.current;
    if (!unlocked) return;
    for (const ck of me.keys.coupleKeys) {
      if (keyVault.hasCoupleKey(ck.coupleId, ck.epoch)) continue;
      try {
        keyVault.setCoupleKey(
          ck.coupleId,
          ck.epoch,
          unwrapCoupleKey(me.user.id, unlocked.keys.umk, ck.coupleId, ck.epoch, ck.wrapped),
        );
      } catch {
        // A wrap that does not open was not made by us for this couple: ignore it.
      }
    }
  }

  /** Fetches /api/me again (couple changes, new couple keys). */
  async refreshMe(): Promise<MeResponse | null> {
    if (this.state.status !== 'ready' && this.state.status !== 'locked') return null;
    try {
      const me = await api.me();
      this.applyMe(me);
      return me;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) void this.expired();
      return null;
    }
  }

  applyMe(me: MeResponse): void {
    if (this.state.status === 'ready') {
      this.unlockCoupleKeys(me);
      void this.store?.saveMe(me);
      this.set({ status: 'ready', me, offline: false });
    } else if (this.state.status === 'locked' || this.state.status === 'recovery') {
      this.set({ ...this.state, me });
    }
  }

  /** Patch just the couple after a couple call answered with it. */
  applyCouple(couple: ApiCouple | null): void {
    const s = this.state;
    if (s.status !== 'ready') return;
    this.set({ ...s, me: { ...s.me, couple } });
    void this.refreshMe();
  }

  private stopRunning(): void {
    this.engine?.stop();
    this.engine = null;
    this.closeEvents?.();
    this.closeEvents = null;
    this.store?.close();
    this.store = null;
    window.removeEventListener('online', this.onlineHandler);
  }

  /** The server no longer knows this session (signed out elsewhere, expired). */
  private async expired(): Promise<void> {
    if (this.state.status === 'signed-out') return;
    this.stopRunning();
    keyVault.wipe();
    await forgetThisDevice();
    this.set({ status: 'signed-out', reason: 'expired' });
  }

  /** Sign-out: revoke on the server, then wipe keys, databases and caches here. */
  async signOut(): Promise<void> {
    await api.logout().catch(() => undefined);
    await this.wipeEverything();
  }

  async wipeEverything(): Promise<void> {
    this.stopRunning();
    keyVault.wipe();
    sessionStorage.clear();
    // Never leave the person stuck on a half sign-out: storage clean-up gets a few seconds.
    await withTimeout(deleteAllLocalData(), 3000);
    if ('caches' in window) {
      await withTimeout(
        caches.keys().then((names) => Promise.all(names.map((n) => caches.delete(n)))),
        3000,
      );
    }
    this.set({ status: 'signed-out' });
  }

  /**
   * Quick exit: drop decrypted state and keys at once (synchronously), then remove the device
   * unlock. Ciphertext caches stay: without keys they are unreadable, and unsent writes survive.
   */
  quickExitWipe(): Promise<void> {
    this.stopRunning();
    keyVault.wipe();
    try {
      sessionStorage.clear();
    } catch {
      // storage may be unavailable in private modes; nothing to clear then
    }
    this.state = { status: 'signed-out' };
    return forgetThisDevice();
  }
}

function withTimeout(work: Promise<unknown>, ms: number): Promise<void> {
  return Promise.race([
    work.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((resolve) => setTimeout(resolve, ms)),
  ]);
}

export const appSession = new AppSession();
