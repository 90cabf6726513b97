import { SnakeNamingStrategy } from './snake-naming.strategy';

describe('SnakeNamingStrategy', () => {
  const naming = new SnakeNamingStrategy();

  it('names tables and columns in snake_case', () => {
    expect(naming.tableName('StaffUser', undefined)).toBe('staff_user');
    expect(naming.columnName('passwordHash', undefined, [])).toBe('password_hash');
    expect(naming.columnName('line1', undefined, ['address'])).toBe('address_line1');
  });

  it('respects explicit names', () => {
    expect(naming.tableName('StaffUser', 'staff_users')).toBe('staff_users');
  });
});
