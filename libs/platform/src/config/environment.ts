import { isIP } from 'node:net';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Min,
  Matches,
  MinLength,
  Validate,
  ValidateIf,
  validateSync,
  ValidationError,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';

export const NODE_ENVIRONMENTS = ['development', 'test', 'production'] as const;
export type NodeEnvironment = (typeof NODE_ENVIRONMENTS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const isProduction = (env: EnvironmentVariables): boolean => env.NODE_ENV === 'production';
const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const toList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item.length > 0)
    : value;

/** The address names proxy-addr (behind Fastify's trustProxy) understands besides addresses and CIDR ranges. */
const PROXY_ADDRESS_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

const isProxyAddress = (item: string): boolean => {
  const [address, prefix, ...rest] = item.split('/');
  if (PROXY_ADDRESS_NAMES.includes(item)) return true;
  if (rest.length > 0 || address === undefined || isIP(address) === 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (isIP(address) === 4 ? 32 : 128));
};

/** TRUST_PROXY: a number of proxy hops (1-10), or the proxies' addresses and CIDR ranges separated by commas. */
@ValidatorConstraint({ name: 'trustProxy' })
class TrustProxyRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    if (/^\d+$/.test(value)) return Number(value) >= 1 && Number(value) <= 10;
    return value.split(',').every((item) => isProxyAddress(item.trim()));
  }

  defaultMessage(): string {
    return 'TRUST_PROXY must be a number of proxy hops (1-10) or proxy addresses/CIDR ranges separated by commas';
  }
}

/**
 * Every environment variable the processes read, with its rule and its local default.
 * Production must name its own database, Redis and secrets: the embedded services and
 * generated secrets exist only to make a fresh clone run with one command.
 */
export class EnvironmentVariables {
  @IsIn(NODE_ENVIRONMENTS)
  NODE_ENV: NodeEnvironment = 'development';

  @IsString()
  HOST = '127.0.0.1';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  WORKER_HEALTH_PORT = 3001;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  /** Where embedded services and generated local secrets keep their files. */
  @IsString()
  DATA_DIR = '.data';

  @ValidateIf((env: EnvironmentVariables) => isProduction(env) || env.DATABASE_URL !== undefined)
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string = undefined;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_POSTGRES_PORT = 54329;

  @ValidateIf((env: EnvironmentVariables) => isProduction(env) || env.REDIS_URL !== undefined)
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  REDIS_URL?: string = undefined;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_REDIS_PORT = 63790;

  /** Prefix of every BullMQ key, so several environments can share one Redis. */
  @IsString()
  @MinLength(1)
  QUEUE_PREFIX = 'vs';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(50 * 1024 * 1024)
  BODY_LIMIT_BYTES = 1024 * 1024;

  /**
   * Which proxies may say who the client is (X-Forwarded-For). Unset: nobody, the client is the
   * socket's address, so no caller can choose its own address to dodge a per-address rate limit.
   * Behind a load balancer, name its addresses (or the number of hops) here.
   */
  @IsOptional()
  @Validate(TrustProxyRule)
  TRUST_PROXY?: string = undefined;

  /** Grace period for in-flight requests and jobs when the process is asked to stop. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(600_000)
  SHUTDOWN_GRACE_MS = 10_000;

  @ValidateIf((env: EnvironmentVariables) => isProduction(env) || env.JWT_ACCESS_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'JWT_ACCESS_SECRET must be at least 32 characters' })
  JWT_ACCESS_SECRET?: string = undefined;

  @ValidateIf((env: EnvironmentVariables) => isProduction(env) || env.JWT_PORTAL_SECRET !== undefined)
  @IsString()
  @MinLength(32, { message: 'JWT_PORTAL_SECRET must be at least 32 characters' })
  JWT_PORTAL_SECRET?: string = undefined;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(300)
  @Max(60 * 60 * 24 * 30)
  REFRESH_TOKEN_TTL_SECONDS = 60 * 60 * 12;

  /**
   * Data encryption keys as `keyId:base64key` pairs separated by commas; the first encrypts,
   * all decrypt (so keys can be rotated). Each key is 32 bytes (AES-256).
   */
  @ValidateIf((env: EnvironmentVariables) => isProduction(env) || env.DATA_ENCRYPTION_KEYS !== undefined)
  @IsString()
  @MinLength(10)
  DATA_ENCRYPTION_KEYS?: string = undefined;

  /**
   * Key of the keyed hashes (blind indexes) that match personal data without decrypting it, as
   * base64 of 32 bytes. Unlike data keys it is never rotated in place: rotating it means re-indexing.
   */
  @ValidateIf((env: EnvironmentVariables) => isProduction(env) || env.BLIND_INDEX_KEY !== undefined)
  @IsString()
  @MinLength(40, { message: 'BLIND_INDEX_KEY must be base64 of 32 bytes' })
  BLIND_INDEX_KEY?: string = undefined;

  /** Roles that must pass a TOTP second factor at login. Production requires every role that sees case content. */
  @Transform(toList)
  @IsIn(['referrer', 'police_case_officer', 'advocate', 'service_manager', 'commissioner', 'auditor', 'admin'], {
    each: true,
  })
  MFA_REQUIRED_ROLES: string[] = [];

  @IsOptional()
  @IsString()
  MFA_ISSUER = 'London Victim Services';

  /**
   * GOV.UK Notify API key. Without one (never in production) messages are written to the log
   * instead of sent, so a developer machine never texts anyone.
   */
  @ValidateIf((env: EnvironmentVariables) => isProduction(env) || env.NOTIFY_API_KEY !== undefined)
  @IsString()
  @MinLength(74, { message: 'NOTIFY_API_KEY must be a GOV.UK Notify API key (name-serviceId-secret)' })
  NOTIFY_API_KEY?: string = undefined;

  /**
   * Sign-in routes (staff login, token refresh, MFA, the portal's code exchange): requests one client
   * address may make to each route per window, shared by every API instance through Redis. Per-account
   * lockout and the portal's attempt counters apply as well; this bounds one source trying many accounts.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_SIGN_IN_MAX = 20;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86_400)
  RATE_LIMIT_SIGN_IN_WINDOW_SECONDS = 60;

  /** Requests one portal session may make, across all the portal's routes, per window: a browser needs few. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_PORTAL_SESSION_MAX = 120;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86_400)
  RATE_LIMIT_PORTAL_SESSION_WINDOW_SECONDS = 60;

  /** Notify's API; tests point it at a local stub server. */
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  NOTIFY_BASE_URL = 'https://api.notifications.service.gov.uk';

  /** Notify template ids by purpose: `case_update=<uuid>,hearing_update=<uuid>,...`. */
  @ValidateIf((env: EnvironmentVariables) => isProduction(env) || env.NOTIFY_TEMPLATE_IDS !== undefined)
  @IsString()
  @Matches(/^([a-z_]+=[0-9a-f-]{36})(,[a-z_]+=[0-9a-f-]{36})*$/, {
    message: 'NOTIFY_TEMPLATE_IDS must be purpose=template-uuid pairs separated by commas',
  })
  NOTIFY_TEMPLATE_IDS?: string = undefined;
}

/** Turns the validator's nested errors into one readable line per problem. */
function describeErrors(errors: ValidationError[]): string[] {
  return errors.flatMap((error) => {
    const received = error.value === undefined ? 'missing' : `got ${JSON.stringify(error.value)}`;
    return Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message} (${received})`);
  });
}

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'InvalidEnvironmentError';
  }
}

/** Reads and validates the variables this system knows; unknown variables are ignored. */
export function validateEnvironment(raw: NodeJS.ProcessEnv): EnvironmentVariables {
  const known = Object.keys(new EnvironmentVariables());
  const recognised = Object.fromEntries(
    Object.entries(raw).filter(([key, value]) => known.includes(key) && value !== undefined && value !== ''),
  );
  const env = plainToInstance(EnvironmentVariables, recognised, { exposeDefaultValues: true });
  const problems = describeErrors(validateSync(env, { forbidUnknownValues: true, stopAtFirstError: true }));
  if (env.NODE_ENV === 'production') {
    const contentRoles = ['referrer', 'police_case_officer', 'advocate', 'service_manager', 'auditor', 'admin'];
    const missing = contentRoles.filter((role) => !env.MFA_REQUIRED_ROLES.includes(role));
    if (missing.length > 0) {
      problems.push(`MFA_REQUIRED_ROLES: production must require MFA for ${missing.join(', ')}`);
    }
  }
  if (problems.length > 0) throw new InvalidEnvironmentError(problems);
  return env;
}
