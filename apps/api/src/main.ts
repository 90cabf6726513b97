import 'reflect-metadata';
import { runHttpProcess } from '@vs/platform';
import { createApiApp } from './api-app';

void runHttpProcess({ name: 'api', create: createApiApp, port: (config) => config.http.port });
