import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, createHttpApp } from '@vs/platform';
import { WorkerModule } from './worker.module';

/** The worker serves only /health/live and /health/ready over HTTP; its work arrives by queue. */
export function createWorkerApp(config: AppConfig): Promise<NestFastifyApplication> {
  return createHttpApp(WorkerModule.forRoot(config), config, { title: "Victims' services worker", withDocs: false });
}
