import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

// The most common passwords from breach corpora (about 49,000), lower-cased for lookup.
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(dictionary.passwords.map((word) => word.toLowerCase()));

/**
 * NCSC guidance: length over complexity (no composition rules), block common and guessable
 * passwords, allow long passphrases. Returns the reason a password is refused, or null.
 */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters; three random words make a strong, memorable password`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters`;
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered) || COMMON_PASSWORDS.has(lowered.replace(/[\d!?.]+$/, ''))) {
    return 'This password is too common; choose something others would not guess';
  }
  if (new Set(lowered).size <= 2) return 'This password repeats too few characters';
  const localPart = email.toLowerCase().split('@')[0] ?? '';
  if (localPart.length >= 4 && lowered.includes(localPart)) return 'Do not include your email address in your password';
  return null;
}
