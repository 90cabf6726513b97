export * from './postgres-process';
export * from './routes';
export * from './staff';
export * from './test-app';
export * from './test-services';
export * from './sql-query-count';
export * from './notify-stub';
