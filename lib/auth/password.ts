/**
 * Password hashing with argon2id (@node-rs/argon2, OWASP's first choice). The PHC string keeps the
 * salt and parameters, so stored hashes stay verifiable when the defaults change.
 */
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 10;

/** Verified when a user name is unknown, so a missing user costs as much time as a wrong password. */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$1U2EnJQkpzu4l/Jq9XLKJg$D+sd4BYolK0gBgGBjzeFSNMbgLKUm4s2LhBlj/ZvZ2I';

export async function hashPassword(password: string): Promise<string> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  return hash(password);
}

export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? DUMMY_HASH, password);
    return ok && passwordHash !== undefined;
  } catch {
    return false;
  }
}
