import { hash, verify } from '@node-rs/argon2';

// OWASP's minimum recommendation for argon2id: 19 MiB of memory, 2 iterations, 1 lane.
// `algorithm: 2` is Argon2id in @node-rs/argon2's Algorithm enum, a const enum that cannot be imported here.
const options = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the e-mail is unknown, so both cases take the same time. */
let decoyHash: Promise<string> | undefined;
export function getDecoyHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy password that matches nothing');
  return decoyHash;
}
