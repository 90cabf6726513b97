import pino, { Logger } from 'pino';
import { AppConfig, buildAppConfig } from '../config/app-config';
import { EnvironmentVariables, InvalidEnvironmentError, validateEnvironment } from '../config/environment';
import { resolveSecrets } from '../config/local-secrets';
import { provisionServices, ProvisionedServices } from '../local/local-infrastructure';

export interface PreparedProcess {
  readonly env: EnvironmentVariables;
  readonly config: AppConfig;
  readonly services: ProvisionedServices;
  readonly log: Logger;
}

/**
 * Validates the environment (a bad variable stops the process with one line per problem), then
 * connects to, or starts, PostgreSQL and Redis, and resolves secrets.
 */
export async function prepareProcess(name: string): Promise<PreparedProcess> {
  let env: EnvironmentVariables;
  try {
    env = validateEnvironment(process.env);
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error;
    process.stderr.write(`${name}: ${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  const log = pino({ name, level: env.LOG_LEVEL });
  const services = await provisionServices(env, (line) => log.info(line));
  return { env, config: buildAppConfig(env, services, resolveSecrets(env)), services, log };
}

/**
 * Runs `shutdown` once on SIGINT or SIGTERM, then exits; a shutdown that outlives the grace
 * period is cut short so an orchestrator's restart is never blocked.
 */
export function onShutdownSignal(graceMs: number, log: Logger, shutdown: () => Promise<void>): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => {
      log.error('shutdown exceeded the grace period; exiting');
      process.exit(1);
    }, graceMs).unref();
    shutdown().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', handle);
  process.once('SIGTERM', handle);
}
