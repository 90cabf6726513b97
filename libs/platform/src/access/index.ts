export * from './access.decorators';
export * from './actor';
export * from './permissions';
export * from './roles';
export * from './portal-route';
