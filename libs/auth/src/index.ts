export * from './auth.module';
export * from './entities/organisation.entity';
export * from './entities/staff-user.entity';
export * from './passwords/password-hasher';
export * from './sessions/token-claims';
export * from './demo/auth-demo-data';
export * from './entities/portal-session.entity';
export * from './sessions/portal-session.service';
