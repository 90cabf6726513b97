import { performance } from 'node:perf_hooks';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '../config/app-config';
import { onShutdownSignal, prepareProcess } from './prepare-process';

export interface HttpProcess {
  readonly name: string;
  create(config: AppConfig): Promise<NestFastifyApplication>;
  port(config: AppConfig): number;
}

/**
 * Runs an HTTP process (the API, or the worker's health server) from validated configuration to
 * graceful shutdown. Whatever it started for local use (PostgreSQL, Redis) is stopped on the way out,
 * including when start-up fails.
 */
export async function runHttpProcess(definition: HttpProcess): Promise<void> {
  const { config, services, log } = await prepareProcess(definition.name);
  try {
    const app = await definition.create(config);
    onShutdownSignal(config.shutdownGraceMs, log, async () => {
      // Closing stops accepting connections, lets in-flight requests finish and closes each
      // BullMQ worker, which waits for the job it is running.
      await app.close();
      await services.stop();
    });
    const port = definition.port(config);
    await app.listen({ host: config.http.host, port });
    log.info(
      { url: `http://${config.http.host}:${port}`, bootMs: Math.round(performance.now()) },
      `${definition.name} listening`,
    );
  } catch (error) {
    log.error({ err: error }, `${definition.name} failed to start`);
    await services.stop();
    process.exit(1);
  }
}
