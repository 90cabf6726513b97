import type { IncomingMessage } from 'node:http';
import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { REQUEST_ID_HEADER } from '../http/request-id';

/**
 * Personal data must never reach the logs. Bodies are not logged at all; these paths catch
 * credentials and personal fields wherever a log call passes an object carrying them.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...['password', 'newPassword', 'token', 'refreshToken', 'accessToken', 'totp', 'mfaSecret'].flatMap((key) => [
    key,
    `*.${key}`,
  ]),
  ...[
    'name',
    'firstName',
    'lastName',
    'fullName',
    'dateOfBirth',
    'email',
    'phone',
    'address',
    'postcode',
    'codeWord',
    'notes',
  ].flatMap((key) => [key, `*.${key}`]),
];

@Module({})
export class LoggingModule {
  static forRoot(): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
            pinoHttp: {
              level: config.logLevel,
              redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
              genReqId: (request: IncomingMessage) => String(request.headers[REQUEST_ID_HEADER] ?? ''),
              // Query strings can carry search terms (names); log the path alone.
              serializers: {
                req: (request: { id: string; method: string; url: string }) => ({
                  id: request.id,
                  method: request.method,
                  path: request.url.split('?')[0],
                }),
                res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
              },
              autoLogging: { ignore: (request: IncomingMessage) => (request.url ?? '').startsWith('/health') },
            },
          }),
        }),
      ],
    };
  }
}
