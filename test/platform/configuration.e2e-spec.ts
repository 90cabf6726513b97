import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

function startCompiled(app: 'api' | 'worker', env: Record<string, string>): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [join(root, 'dist', 'apps', app, 'src', 'main.js')], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe('configuration is validated before anything starts', () => {
  it.each(['api', 'worker'] as const)('the %s refuses to start with bad variables, one line per problem', (app) => {
    const { status, stderr } = startCompiled(app, { PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
    expect(status).toBe(78);
    const problems = stderr.split('\n').filter((line) => line.trim().startsWith('- '));
    expect(problems).toHaveLength(3);
    expect(stderr).toMatch(/PORT: .*got "eighty"/);
    expect(stderr).toMatch(/LOG_LEVEL: /);
    expect(stderr).toMatch(/DATABASE_URL: /);
  });

  it('refuses production without its own database, Redis, secrets and MFA', () => {
    const { status, stderr } = startCompiled('api', { NODE_ENV: 'production' });
    expect(status).toBe(78);
    for (const variable of [
      'DATABASE_URL',
      'REDIS_URL',
      'JWT_ACCESS_SECRET',
      'JWT_PORTAL_SECRET',
      'DATA_ENCRYPTION_KEYS',
      'BLIND_INDEX_KEY',
      'MFA_REQUIRED_ROLES',
    ]) {
      expect(stderr).toContain(`${variable}:`);
    }
  });
});
