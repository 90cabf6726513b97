import 'reflect-metadata';
import { runHttpProcess } from '@vs/platform';
import { createWorkerApp } from './worker-app';

void runHttpProcess({ name: 'worker', create: createWorkerApp, port: (config) => config.workerHealthPort });
