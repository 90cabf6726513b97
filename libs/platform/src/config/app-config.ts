import { Inject } from '@nestjs/common';
import { EnvironmentVariables, LogLevel, NodeEnvironment } from './environment';

/** The resolved configuration every module reads; built once per process from validated variables. */
export interface AppConfig {
  readonly nodeEnv: NodeEnvironment;
  readonly http: {
    readonly host: string;
    readonly port: number;
    readonly bodyLimitBytes: number;
    /** Fastify's trustProxy: false (the socket address is the client), a hop count, or proxy addresses. */
    readonly trustProxy: false | number | string;
  };
  readonly workerHealthPort: number;
  readonly logLevel: LogLevel;
  readonly dataDir: string;
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly queuePrefix: string;
  readonly shutdownGraceMs: number;
  readonly auth: {
    readonly accessSecret: string;
    readonly portalSecret: string;
    readonly accessTokenTtlSeconds: number;
    readonly refreshTokenTtlSeconds: number;
    readonly mfaRequiredRoles: readonly string[];
    readonly mfaIssuer: string;
  };
  /** `keyId:base64key` pairs; the first encrypts, all decrypt. */
  readonly dataEncryptionKeys: string;
  /** base64 of the 32-byte key of blind indexes (keyed hashes for matching). */
  readonly blindIndexKey: string;
  readonly rateLimits: {
    readonly signIn: RateLimitSetting;
    readonly portalSession: RateLimitSetting;
  };
  readonly notify: {
    /** Null: log messages instead of sending them (development and tests without a stub). */
    readonly apiKey: string | null;
    readonly baseUrl: string;
    readonly templateIds: Readonly<Record<string, string>>;
  };
}

export interface RateLimitSetting {
  /** Requests allowed in each window; the next ones get 429 until the window ends. */
  readonly max: number;
  readonly windowSeconds: number;
}

const trustProxyOf = (setting: string | undefined): false | number | string =>
  setting === undefined ? false : /^\d+$/.test(setting) ? Number(setting) : setting;

export interface ResolvedServices {
  readonly databaseUrl: string;
  readonly redisUrl: string;
}

export interface ResolvedSecrets {
  readonly jwtAccessSecret: string;
  readonly jwtPortalSecret: string;
  readonly dataEncryptionKeys: string;
  readonly blindIndexKey: string;
}

export function buildAppConfig(
  env: EnvironmentVariables,
  services: ResolvedServices,
  secrets: ResolvedSecrets,
): AppConfig {
  return {
    nodeEnv: env.NODE_ENV,
    http: {
      host: env.HOST,
      port: env.PORT,
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
      trustProxy: trustProxyOf(env.TRUST_PROXY),
    },
    workerHealthPort: env.WORKER_HEALTH_PORT,
    logLevel: env.LOG_LEVEL,
    dataDir: env.DATA_DIR,
    databaseUrl: services.databaseUrl,
    redisUrl: services.redisUrl,
    queuePrefix: env.QUEUE_PREFIX,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    auth: {
      accessSecret: secrets.jwtAccessSecret,
      portalSecret: secrets.jwtPortalSecret,
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
      mfaRequiredRoles: env.MFA_REQUIRED_ROLES,
      mfaIssuer: env.MFA_ISSUER,
    },
    dataEncryptionKeys: secrets.dataEncryptionKeys,
    blindIndexKey: secrets.blindIndexKey,
    rateLimits: {
      signIn: { max: env.RATE_LIMIT_SIGN_IN_MAX, windowSeconds: env.RATE_LIMIT_SIGN_IN_WINDOW_SECONDS },
      portalSession: {
        max: env.RATE_LIMIT_PORTAL_SESSION_MAX,
        windowSeconds: env.RATE_LIMIT_PORTAL_SESSION_WINDOW_SECONDS,
      },
    },
    notify: {
      apiKey: env.NOTIFY_API_KEY ?? null,
      baseUrl: env.NOTIFY_BASE_URL,
      templateIds: Object.fromEntries(
        (env.NOTIFY_TEMPLATE_IDS ?? '')
          .split(',')
          .filter((pair) => pair.includes('='))
          .map((pair) => pair.split('=') as [string, string]),
      ),
    },
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Injects the process's resolved `AppConfig`. */
export const InjectConfig = (): ParameterDecorator => Inject(APP_CONFIG);
