import { passwordProblem } from './password-policy';

describe('passwordProblem (NCSC guidance)', () => {
  it('accepts a long passphrase with no special characters', () => {
    expect(passwordProblem('purple kettle orchard', 'sam@example.org')).toBeNull();
  });

  it('refuses short passwords whatever their complexity', () => {
    expect(passwordProblem('P@55w0rd!x', 'sam@example.org')).toMatch(/at least 12/);
  });

  it.each(['password1234', 'Password1234', '123456789012', 'qwertyuiop12', 'iloveyou2026!'])(
    'refuses the common password %p',
    (password) => {
      expect(passwordProblem(password, 'sam@example.org')).not.toBeNull();
    },
  );

  it('refuses a password built on the email address', () => {
    expect(passwordProblem('samantha.jones-2026', 'samantha.jones@met.police.uk')).toMatch(/email/);
  });

  it('refuses a run of one repeated character', () => {
    expect(passwordProblem('aaaaaaaaaaaaaaaa', 'sam@example.org')).not.toBeNull();
  });
});
