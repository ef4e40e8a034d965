import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context';
import { HearthError } from '../errors/catalogue';
import { fakeIdentifier, opaqueServer } from '../opaque/opaque-server';
import type { Auth, SessionCookie, SessionsService } from '../sessions/sessions.service';
import { createAccountsRepository, type NewUser } from './accounts.repository';
import type { AuthThrottle } from './auth-throttle';

const PENDING_MS = 15 * 60_000;
const LOGIN_MS = 2 * 60_000;

export type Credential = 'password' | 'recovery';

export function recoveryIdentifier(userId: string): string {
  return `${userId}:recovery`;
}

export function createAccountsService(ctx: AppContext, sessions: SessionsService, throttle: AuthThrottle) {
  const repo = createAccountsRepository(ctx.database.db);
  const setup = ctx.opaqueServerSetup;

  function opaqueFailure(): HearthError {
    return new HearthError('HEARTH_VALIDATION', {
      message: 'The sign-in data was malformed. Please try again.',
    });
  }

  return {
    async registerStart(input: {
      handle: string;
      registrationRequest: string;
      recoveryRegistrationRequest: string;
    }) {
      if (await repo.findByHandle(input.handle)) throw new HearthError('HEARTH_HANDLE_TAKEN');
      const now = ctx.clock.now();
      const userId = await repo.reservePending(
        input.handle,
        randomUUID(),
        new Date(now.getTime() + PENDING_MS),
      );
      try {
        const { registrationResponse } = opaqueServer.createRegistrationResponse({
          serverSetup: setup,
          userIdentifier: userId,
          registrationRequest: input.registrationRequest,
        });
        const recovery = opaqueServer.createRegistrationResponse({
          serverSetup: setup,
          userIdentifier: recoveryIdentifier(userId),
          registrationRequest: input.recoveryRegistrationRequest,
        });
        return { userId, registrationResponse, recoveryRegistrationResponse: recovery.registrationResponse };
      } catch {
        throw opaqueFailure();
      }
    },

    /** Stores the new account and signs this device in. */
    async registerFinish(
      input: Omit<NewUser, 'id'> & { userId: string },
      client: { userAgent: string | undefined },
    ): Promise<{ userId: string; sessionCookie: SessionCookie }> {
      const pending = await repo.findPending(input.handle, ctx.clock.now());
      if (!pending || pending.userId !== input.userId) throw new HearthError('HEARTH_REGISTRATION_EXPIRED');
      if (input.identity.userId !== input.userId) throw new HearthError('HEARTH_BAD_IDENTITY');
      const { userId, ...rest } = input;
      const inserted = await repo.insertUser({ ...rest, id: userId });
      if (!inserted) throw new HearthError('HEARTH_HANDLE_TAKEN');
      await repo.deletePending(input.handle);
      const sessionCookie = await sessions.start({ userId, kind: 'full', userAgent: client.userAgent });
      return { userId, sessionCookie };
    },

    async loginStart(input: {
      handle: string;
      startLoginRequest: string;
      credential: Credential;
      address: string;
      deviceToken: string | undefined;
      purpose: 'login' | 'reauth';
    }) {
      const user = await repo.findByHandle(input.handle);
      await throttle.registerAttempt(input, user?.id);
      const identifier = user
        ? input.credential === 'password'
          ? user.id
          : recoveryIdentifier(user.id)
        : fakeIdentifier(setup, `${input.credential}:${input.handle}`);
      const record = user
        ? input.credential === 'password'
          ? user.opaqueRecord
          : user.recoveryOpaqueRecord
        : null;
      let started: { serverLoginState: string; loginResponse: string };
      try {
        started = opaqueServer.startLogin({
          serverSetup: setup,
          userIdentifier: identifier,
          registrationRecord: record,
          startLoginRequest: input.startLoginRequest,
        });
      } catch {
        throw opaqueFailure();
      }
      const loginId = randomUUID();
      await repo.insertLoginAttempt({
        id: loginId,
        userId: user?.id ?? null,
        throttleKey: `${input.handle}|${input.address}`,
        credential: input.credential,
        serverLoginState: started.serverLoginState,
        purpose: input.purpose,
        expiresAt: new Date(ctx.clock.now().getTime() + LOGIN_MS),
      });
      return { loginId, loginResponse: started.loginResponse };
    },

    /** Verifies the OPAQUE finish message; returns the user id and credential on success. */
    async loginFinish(input: {
      loginId: string;
      finishLoginRequest: string;
      purpose: 'login' | 'reauth';
      deviceToken: string | undefined;
    }) {
      const attempt = await repo.takeLoginAttempt(input.loginId);
      if (!attempt || attempt.purpose !== input.purpose) throw new HearthError('HEARTH_LOGIN_EXPIRED');
      if (attempt.expiresAt <= ctx.clock.now()) throw new HearthError('HEARTH_LOGIN_EXPIRED');
      if (!attempt.userId) throw new HearthError('HEARTH_LOGIN_FAILED');
      try {
        opaqueServer.finishLogin({
          serverLoginState: attempt.serverLoginState,
          finishLoginRequest: input.finishLoginRequest,
        });
      } catch {
        throw new HearthError('HEARTH_LOGIN_FAILED');
      }
      const [handle, address] = splitThrottleKey(attempt.throttleKey);
      const newDeviceToken = await throttle.registerSuccess(
        { handle, address, deviceToken: input.deviceToken },
        attempt.userId,
      );
      return { userId: attempt.userId, credential: attempt.credential as Credential, newDeviceToken };
    },

    async passwordStart(auth: Auth, registrationRequest: string) {
      try {
        return opaqueServer.createRegistrationResponse({
          serverSetup: setup,
          userIdentifier: auth.userId,
          registrationRequest,
        });
      } catch {
        throw opaqueFailure();
      }
    },

    async passwordFinish(
      auth: Auth,
      input: { registrationRecord: string; umkByPassword: string; signOutOthers: boolean },
    ) {
      await repo.updatePassword(auth.userId, input.registrationRecord, input.umkByPassword);
      // After recovery every other device is signed out: whoever lost the password may not be the owner.
      if (input.signOutOthers || auth.kind === 'recovery') await sessions.signOutOthers(auth);
      if (auth.kind === 'recovery') await sessions.upgradeToFull(auth);
    },

    findUser: (userId: string) => repo.findById(userId),
  };
}

function splitThrottleKey(key: string): [string, string] {
  const at = key.indexOf('|');
  return [key.slice(0, at), key.slice(at + 1)];
}

export type AccountsService = ReturnType<typeof createAccountsService>;
