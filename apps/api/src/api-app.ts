import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, createHttpApp } from '@vs/platform';
import { AppModule } from './app.module';

/** The API application, as main.ts runs it and as the end-to-end tests drive it. */
export function createApiApp(config: AppConfig): Promise<NestFastifyApplication> {
  return createHttpApp(AppModule.forRoot(config), config, { title: "Victims' services API", withDocs: true });
}
