// Login handles: 3–64 characters of a–z, 0–9, dot, underscore and dash, compared in lower case.
export const HANDLE_PATTERN = /^[a-z0-9._-]{3,64}$/;

export function normalizeHandle(input: string): string {
  return input.trim().toLowerCase();
}

/** A sentence saying what is wrong with the handle, or null when it is fine. */
export function handleProblem(input: string): string | null {
  const handle = normalizeHandle(input);
  if (handle.length < 3) return 'Use at least 3 characters.';
  if (handle.length > 64) return 'Use at most 64 characters.';
  if (!HANDLE_PATTERN.test(handle)) return 'Use only letters, numbers, dots, dashes and underscores.';
  return null;
}

export const MIN_PASSWORD_LENGTH = 10;

export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  return null;
}
