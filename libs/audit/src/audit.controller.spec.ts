import { Permission, REQUIRED_PERMISSION } from '@vs/platform';
import { AuditController } from './audit.controller';

describe('AuditController', () => {
  it.each([
    ['events', Permission.AuditRead],
    ['export', Permission.AuditExport],
    ['verify', Permission.AuditVerify],
    ['breakGlass', Permission.AuditRead],
  ] as const)('%s requires %s', (handler, permission) => {
    expect(Reflect.getMetadata(REQUIRED_PERMISSION, AuditController.prototype[handler])).toBe(permission);
  });
});
