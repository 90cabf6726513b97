export * from './test-app';
export * from './test-services';
export * from './postgres-process';
