// Turns any thrown value into one short sentence a person can act on. Never shows stack traces.
// Keyed by the server's own code list: a misspelt or missing code fails typecheck, and
// friendly-errors.test.ts walks the server catalogue at run time. Only types cross over, so no
// server code reaches the browser bundle.
import type { CryptoErrorCode } from '@hearth/crypto';
import type { ErrorCode as ServerErrorCode } from '../../../server/src/errors/catalogue';
import { ApiError, NETWORK_ERROR_CODE } from './api-client';
import type { EntryProblem } from './entry-check';

/** Codes raised on this device: no network, opening ciphertext, checking an entry before sealing. */
export type ClientErrorCode = typeof NETWORK_ERROR_CODE | CryptoErrorCode | EntryProblem;
export type KnownErrorCode = ServerErrorCode | ClientErrorCode;

export const friendlyMessages: Record<KnownErrorCode, string> = {
  [NETWORK_ERROR_CODE]: 'Hearth could not reach the server. Check your connection and try again.',
  HEARTH_VALIDATION: 'Something in the form is not quite right. Please check it and try again.',
  HEARTH_BAD_JSON: 'Something went wrong sending that. Please try again.',
  HEARTH_BAD_IDENTITY: 'Your security keys could not be checked. Please try again.',
  HEARTH_UNAUTHENTICATED: 'You have been signed out. Please sign in again.',
  HEARTH_LOGIN_FAILED: 'That handle and password do not match. Please check both.',
  HEARTH_LOGIN_EXPIRED: 'Signing in took a little too long. Please try again.',
  HEARTH_BAD_ORIGIN: 'That request was refused for your safety. Please reload the page.',
  HEARTH_RECOVERY_SESSION: 'Please choose a new password first.',
  HEARTH_REAUTH_REQUIRED: 'Please enter your password again to continue.',
  HEARTH_NOT_FOUND: 'That could not be found.',
  HEARTH_RECORD_NOT_FOUND: 'That item could not be found. It may have been deleted.',
  HEARTH_INVITE_NOT_FOUND: 'This invitation can no longer be used. Ask your partner to send a new link.',
  HEARTH_SESSION_NOT_FOUND: 'That session has already ended.',
  HEARTH_COUPLE_NOT_FOUND: 'You are not linked with a partner right now.',
  HEARTH_HANDLE_TAKEN: 'That login handle is already in use. Please pick another.',
  HEARTH_VERSION_CONFLICT: 'This was changed on another device in the meantime.',
  HEARTH_ALREADY_PAIRED: 'You are already linked with a partner.',
  HEARTH_COUPLE_FULL: 'This invitation was already used by someone else.',
  HEARTH_OWN_INVITE: 'This is your own invitation link — send it to your partner instead.',
  HEARTH_NO_COUPLE: 'Shared things need a linked partner first.',
  HEARTH_AWAITING_CONFIRMATION:
    'Your partner has not confirmed you yet. Shared things start as soon as they do.',
  HEARTH_INVITE_SECRET_MISMATCH:
    'This invitation link is incomplete. Open the whole link your partner sent, or ask for a new one.',
  HEARTH_BAD_TIME_ZONE: 'That time zone is not one we know. Please choose it from the list.',
  HEARTH_DATE_IN_FUTURE: 'That day is still to come. You can save it for today or earlier.',
  HEARTH_METHOD_NOT_ALLOWED: 'Hearth could not do that here. Please reload the page and try again.',
  HEARTH_UNSUPPORTED_MEDIA_TYPE: 'Something went wrong sending that. Please reload the page and try again.',
  HEARTH_ALREADY_ANSWERED: 'You have already answered this question. Answers stay as they were given.',
  HEARTH_REGISTRATION_EXPIRED: 'Signing up took too long. Please start again.',
  HEARTH_INVITE_EXPIRED: 'This invitation has expired. Ask your partner to send a new link.',
  HEARTH_PAYLOAD_TOO_LARGE: 'That is too long to save. Try making it shorter.',
  HEARTH_RATE_LIMITED: 'Too many tries in a short time. Please wait a moment, then try again.',
  HEARTH_NOT_READY: 'Hearth is just starting up. Please try again in a moment.',
  HEARTH_INTERNAL: 'Something went wrong on the server. Nothing was lost — please try again.',
  HEARTH_BAD_RECOVERY_KEY: 'That recovery key does not look right. Check each group of four characters.',
  HEARTH_DECRYPT_FAILED: 'Something in your data could not be verified and was not shown.',
  HEARTH_BAD_ENVELOPE: 'Something in your data could not be verified and was not shown.',
  HEARTH_BAD_SIGNATURE: 'This invitation could not be verified. Ask your partner to send a new link.',
  HEARTH_BAD_MAC: 'Your partner\u2019s keys could not be verified.',
  // Checked on this device before sealing (lib/entry-check.ts): the server cannot see inside.
  HEARTH_INVALID_ENTRY: 'Something in what you entered is out of range. Please check it and try again.',
  HEARTH_FUTURE_DATE: 'That day is still to come. Practices can be saved for today or earlier.',
};

const byCode: Partial<Record<string, string>> = friendlyMessages;

const fallback = 'Something went wrong. Please try again.';

export function friendlyError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'HEARTH_RATE_LIMITED' && error.retryAfterSeconds) {
      const s = Math.ceil(error.retryAfterSeconds);
      return `Too many tries in a short time. Please wait ${s} second${s === 1 ? '' : 's'}, then try again.`;
    }
    return byCode[error.code] ?? (error.status >= 500 ? friendlyMessages.HEARTH_INTERNAL : fallback);
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && byCode[code]) return byCode[code]!;
  return fallback;
}

export function errorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * For screens that ask only for the password (unlock, re-authentication, changing it): there is no
 * handle field there, so a failed check is about the password alone.
 */
export function passwordCheckError(error: unknown): string {
  if (error instanceof ApiError && error.code === 'HEARTH_LOGIN_FAILED')
    return 'That password is not right. Please try again.';
  return friendlyError(error);
}
