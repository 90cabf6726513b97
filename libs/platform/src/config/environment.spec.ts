import { InvalidEnvironmentError, validateEnvironment } from './environment';

describe('validateEnvironment', () => {
  it('gives working local defaults when nothing is set', () => {
    const env = validateEnvironment({});
    expect(env).toMatchObject({ NODE_ENV: 'development', PORT: 3000, LOG_LEVEL: 'info', DATABASE_URL: undefined });
  });

  it('converts numbers and lists from their string form', () => {
    const env = validateEnvironment({ PORT: '8080', MFA_REQUIRED_ROLES: 'advocate, auditor' });
    expect(env.PORT).toBe(8080);
    expect(env.MFA_REQUIRED_ROLES).toEqual(['advocate', 'auditor']);
  });

  it('reports one line per bad variable, naming it and what it got', () => {
    let caught: unknown;
    try {
      validateEnvironment({ PORT: '70000', NODE_ENV: 'staging', REDIS_URL: 'http://cache' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidEnvironmentError);
    const problems = (caught as InvalidEnvironmentError).problems;
    expect(problems).toHaveLength(3);
    expect(problems.find((line) => line.startsWith('PORT:'))).toContain('got 70000');
    expect(problems.some((line) => line.startsWith('NODE_ENV:'))).toBe(true);
    expect(problems.some((line) => line.startsWith('REDIS_URL:'))).toBe(true);
  });

  it('takes proxy hops or proxy addresses for TRUST_PROXY, and nothing else', () => {
    expect(validateEnvironment({}).TRUST_PROXY).toBeUndefined();
    expect(validateEnvironment({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe('1');
    expect(validateEnvironment({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1, fd00::/8, loopback' }).TRUST_PROXY).toBeDefined();
    for (const bad of ['true', '0', '11', '10.0.0.0/33', 'proxy.internal', '10.0.0.1/8/1']) {
      expect(() => validateEnvironment({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
    }
  });

  it('has production rate limits by default and takes higher ones', () => {
    expect(validateEnvironment({})).toMatchObject({ RATE_LIMIT_SIGN_IN_MAX: 20, RATE_LIMIT_PORTAL_SESSION_MAX: 120 });
    expect(validateEnvironment({ RATE_LIMIT_SIGN_IN_MAX: '5000' }).RATE_LIMIT_SIGN_IN_MAX).toBe(5000);
    expect(() => validateEnvironment({ RATE_LIMIT_PORTAL_SESSION_WINDOW_SECONDS: '0' })).toThrow(
      /RATE_LIMIT_PORTAL_SESSION_WINDOW_SECONDS/,
    );
  });

  it('ignores variables it does not own', () => {
    expect(() => validateEnvironment({ PATH: '/bin', HOME: '/root' })).not.toThrow();
  });

  it('demands real services, secrets and MFA for content roles in production', () => {
    const complete = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://u:p@db:5432/vs',
      REDIS_URL: 'rediss://cache:6380',
      JWT_ACCESS_SECRET: 'a'.repeat(40),
      JWT_PORTAL_SECRET: 'b'.repeat(40),
      DATA_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32).toString('base64')}`,
      BLIND_INDEX_KEY: Buffer.alloc(32).toString('base64'),
      NOTIFY_API_KEY: `live-${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}-${'1'.repeat(8)}-1111-4111-8111-${'1'.repeat(12)}`,
      NOTIFY_TEMPLATE_IDS: 'case_update=11111111-2222-4333-8444-555555555555',
      MFA_REQUIRED_ROLES: 'referrer,police_case_officer,advocate,service_manager,auditor,admin',
    };
    expect(() => validateEnvironment(complete)).not.toThrow();
    expect(() => validateEnvironment({ ...complete, MFA_REQUIRED_ROLES: 'advocate' })).toThrow(/MFA_REQUIRED_ROLES/);
    expect(() => validateEnvironment({ ...complete, JWT_ACCESS_SECRET: 'short' })).toThrow(/JWT_ACCESS_SECRET/);
  });
});
