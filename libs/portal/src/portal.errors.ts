import { HttpStatus } from '@nestjs/common';
import { AppError } from '@vs/platform';

/**
 * One answer for every failed code: wrong, expired, used, unknown challenge, or locked out. Telling
 * them apart would tell a guesser which of their guesses came close.
 */
export class PortalCodeRefusedError extends AppError {
  constructor() {
    super(
      'portal_code_refused',
      HttpStatus.UNAUTHORIZED,
      'Unauthorized',
      'That code did not work. Ask for a new code, or try again later.',
    );
  }
}

export class VictimNotLinkedToCaseError extends AppError {
  constructor() {
    super('victim_not_linked', HttpStatus.CONFLICT, 'Conflict', 'The victim is not linked to this case');
  }
}
