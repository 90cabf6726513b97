import helmet from '@fastify/helmet';
import { DynamicModule, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { ProblemDetailsFilter } from '../errors/problem-details.filter';
import { createValidationPipe } from '../errors/validation';
import { answerFrameworkError } from './framework-errors';
import { useStrictJsonBodyParser } from './json-body-parser';
import { assignRequestId, REQUEST_ID_HEADER } from './request-id';

export const API_PREFIX = 'api/v1';

export interface HttpAppOptions {
  readonly title: string;
  /** Serve OpenAPI at /docs (the API); the worker's health-only server has none. */
  readonly withDocs: boolean;
}

/**
 * Builds a NestJS application on Fastify with everything every HTTP surface shares: request ids,
 * body limit, security headers, problem+json errors, validation and OpenAPI. The API's main.ts
 * and the end-to-end tests both use it, so the tests exercise exactly what runs in production.
 */
export async function createHttpApp(
  rootModule: DynamicModule,
  config: AppConfig,
  options: HttpAppOptions,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.http.bodyLimitBytes,
    genReqId: assignRequestId,
    trustProxy: config.http.trustProxy,
    // Bodies carrying __proto__ or constructor.prototype are refused (prototype pollution).
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    frameworkErrors: answerFrameworkError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(rootModule, adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(PinoNestLogger));
  // Too deep, repeated-key and prototype-pollution bodies are refused with a problem naming why.
  useStrictJsonBodyParser(app, config.http.bodyLimitBytes);
  const fastify = app.getHttpAdapter().getInstance();

  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
  });
  await app.register(helmet, {
    // Swagger UI needs inline styles and scripts; nothing else here serves HTML.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'validator.swagger.io'],
      },
    },
  });

  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  // Nest routes Fastify's own errors (body too large, malformed JSON) and unknown routes here too.
  app.useGlobalFilters(new ProblemDetailsFilter());

  if (options.withDocs) {
    const document = SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle(options.title)
        .setDescription("London victims' services referral and case-tracking API")
        .setVersion('1')
        .addBearerAuth()
        .build(),
    );
    SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json', useGlobalPrefix: false });
  }
  return app;
}
