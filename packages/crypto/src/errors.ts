/**
 * The only error type this package throws for data problems (bad input bytes, failed
 * authentication). Programming mistakes — a 31-byte key, an invalid kid passed to `seal` —
 * throw plain `TypeError`/`RangeError` instead, so they are never confused with hostile data.
 */
export type CryptoErrorCode =
  | 'HEARTH_DECRYPT_FAILED'
  | 'HEARTH_BAD_ENVELOPE'
  | 'HEARTH_BAD_SIGNATURE'
  | 'HEARTH_BAD_MAC'
  | 'HEARTH_BAD_RECOVERY_KEY';

/**
 * One message for every way opening can fail. Callers (and anyone watching them) must not be
 * able to tell a wrong key from a moved record from a flipped bit.
 */
export const DECRYPT_FAILED_MESSAGE = 'Could not decrypt this data.';

const DEFAULT_MESSAGES: Record<CryptoErrorCode, string> = {
  HEARTH_DECRYPT_FAILED: DECRYPT_FAILED_MESSAGE,
  HEARTH_BAD_ENVELOPE: 'Malformed encrypted data.',
  HEARTH_BAD_SIGNATURE: 'Signature check failed.',
  HEARTH_BAD_MAC: 'Authentication code check failed.',
  HEARTH_BAD_RECOVERY_KEY: 'This is not a valid recovery key.',
};

export class CryptoError extends Error {
  readonly code: CryptoErrorCode;

  constructor(code: CryptoErrorCode, message?: string) {
    // The decrypt failure never accepts a custom message: that would reopen the oracle.
    super(code === 'HEARTH_DECRYPT_FAILED' ? DECRYPT_FAILED_MESSAGE : (message ?? DEFAULT_MESSAGES[code]));
    this.name = 'CryptoError';
    this.code = code;
  }
}

/** The single generic opening failure. Deliberately carries no `cause`. */
export function decryptFailed(): CryptoError {
  return new CryptoError('HEARTH_DECRYPT_FAILED');
}

export function isCryptoError(e: unknown, code?: CryptoErrorCode): e is CryptoError {
  return e instanceof CryptoError && (code === undefined || e.code === code);
}
