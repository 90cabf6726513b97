import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { EnvironmentVariables } from './environment';
import { ResolvedSecrets } from './app-config';

const generate = (): ResolvedSecrets => ({
  jwtAccessSecret: randomBytes(48).toString('base64url'),
  jwtPortalSecret: randomBytes(48).toString('base64url'),
  dataEncryptionKeys: `local-1:${randomBytes(32).toString('base64')}`,
  blindIndexKey: randomBytes(32).toString('base64'),
});

/**
 * Secrets for a developer machine: taken from the environment where set, otherwise generated
 * once and kept in the git-ignored data folder so tokens and encrypted data survive restarts.
 * Production never reaches the generated branch: validation requires the variables there.
 */
export function resolveSecrets(env: EnvironmentVariables): ResolvedSecrets {
  const file = join(env.DATA_DIR, 'local-secrets.json');
  let stored: ResolvedSecrets | undefined;
  if (!env.JWT_ACCESS_SECRET || !env.JWT_PORTAL_SECRET || !env.DATA_ENCRYPTION_KEYS || !env.BLIND_INDEX_KEY) {
    const existing = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<ResolvedSecrets>) : {};
    // Secrets added in later versions are generated and kept alongside the earlier ones.
    stored = { ...generate(), ...existing };
    if (Object.keys(existing).length !== Object.keys(stored).length) {
      mkdirSync(env.DATA_DIR, { recursive: true });
      writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
    }
  }
  return {
    jwtAccessSecret: env.JWT_ACCESS_SECRET ?? stored!.jwtAccessSecret,
    jwtPortalSecret: env.JWT_PORTAL_SECRET ?? stored!.jwtPortalSecret,
    dataEncryptionKeys: env.DATA_ENCRYPTION_KEYS ?? stored!.dataEncryptionKeys,
    blindIndexKey: env.BLIND_INDEX_KEY ?? stored!.blindIndexKey,
  };
}
