/**
 * The one list of error codes the API can answer with. Clients switch on `code`; the message is
 * for people. docs/errors.md lists the same codes (a test keeps them in step).
 */
export const errorCatalogue = {
  HEARTH_VALIDATION: {
    status: 400,
    message: 'Some of what was sent is missing or not in the expected form.',
  },
  HEARTH_BAD_JSON: { status: 400, message: 'The request body is not valid JSON.' },
  HEARTH_BAD_IDENTITY: {
    status: 400,
    message: 'The public keys sent are not correctly signed. Please try again.',
  },
  HEARTH_BAD_TIME_ZONE: {
    status: 400,
    message: 'That time zone is not one we know. Please choose it from the list.',
  },
  HEARTH_DATE_IN_FUTURE: { status: 400, message: 'That day has not begun yet where you are.' },
  HEARTH_UNAUTHENTICATED: { status: 401, message: 'Please sign in to continue.' },
  HEARTH_LOGIN_FAILED: {
    status: 401,
    message: 'That handle and password do not match. Check both and try again.',
  },
  HEARTH_LOGIN_EXPIRED: { status: 401, message: 'Signing in took too long. Please start again.' },
  HEARTH_BAD_ORIGIN: {
    status: 403,
    message: 'This request did not come from the Hearth app, so it was refused.',
  },
  HEARTH_RECOVERY_SESSION: { status: 403, message: 'Please set a new password first.' },
  HEARTH_REAUTH_REQUIRED: { status: 403, message: 'Please confirm your password again to do this.' },
  HEARTH_NOT_FOUND: { status: 404, message: 'That was not found.' },
  HEARTH_RECORD_NOT_FOUND: { status: 404, message: 'That item was not found.' },
  HEARTH_INVITE_NOT_FOUND: {
    status: 404,
    message: 'This invitation is not valid any more. Ask your partner for a new link.',
  },
  HEARTH_INVITE_SECRET_MISMATCH: {
    status: 403,
    message:
      'This invitation link is incomplete. Open the whole link your partner sent, or ask for a new one.',
  },
  HEARTH_SESSION_NOT_FOUND: { status: 404, message: 'That session was not found.' },
  HEARTH_COUPLE_NOT_FOUND: { status: 404, message: 'You are not connected with a partner right now.' },
  HEARTH_METHOD_NOT_ALLOWED: { status: 405, message: 'That action is not supported here.' },
  HEARTH_HANDLE_TAKEN: { status: 409, message: 'That handle is already taken. Please choose another one.' },
  HEARTH_VERSION_CONFLICT: { status: 409, message: 'This changed somewhere else in the meantime.' },
  HEARTH_ALREADY_PAIRED: { status: 409, message: 'You are already connected with a partner.' },
  HEARTH_COUPLE_FULL: { status: 409, message: 'This couple already has two partners.' },
  HEARTH_OWN_INVITE: { status: 409, message: 'This is your own invitation. Send the link to your partner.' },
  HEARTH_AWAITING_CONFIRMATION: {
    status: 409,
    message: 'Your partner has not confirmed you yet. Shared things start as soon as they do.',
  },
  HEARTH_NO_COUPLE: {
    status: 409,
    message: 'Connect with your partner first; shared things need a partner.',
  },
  HEARTH_ALREADY_ANSWERED: {
    status: 409,
    message: 'You have already answered this question; answers stay as they were given.',
  },
  HEARTH_REGISTRATION_EXPIRED: { status: 409, message: 'Signing up took too long. Please start again.' },
  HEARTH_INVITE_EXPIRED: {
    status: 410,
    message: 'This invitation has expired. Ask your partner for a new link.',
  },
  HEARTH_PAYLOAD_TOO_LARGE: { status: 413, message: 'That is too large to save.' },
  HEARTH_UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Please send JSON.' },
  HEARTH_RATE_LIMITED: { status: 429, message: 'Too many attempts. Please wait a moment and try again.' },
  HEARTH_NOT_READY: {
    status: 503,
    message: 'Hearth is starting or its database is unavailable. Try again shortly.',
  },
  HEARTH_INTERNAL: {
    status: 500,
    message: 'Something went wrong on our side. Nothing you sent was lost; please try again.',
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

export class HearthError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    options: { message?: string; details?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(options.message ?? errorCatalogue[code].message);
    this.code = code;
    this.status = errorCatalogue[code].status;
    this.details = options.details;
    this.headers = options.headers;
  }
}

export function errorBody(code: ErrorCode, message?: string) {
  return { error: { code, message: message ?? errorCatalogue[code].message } };
}
