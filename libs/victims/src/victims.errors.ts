import { ConflictError } from '@vs/platform';
import { PossibleDuplicate } from './matching/duplicate-finder';

/**
 * The new victim matches recorded ones. Only matches the caller may see are named; of the others
 * the caller learns only that one exists, so it cannot be used to look people up.
 */
export class PossibleDuplicateError extends ConflictError {
  constructor(visible: PossibleDuplicate[], matchesOutsideYourScope: boolean) {
    const elsewhere = matchesOutsideYourScope
      ? ' A matching record exists that you cannot see: ask a service manager to link it rather than creating another.'
      : '';
    super(
      'possible_duplicate',
      `This victim may already be recorded.${elsewhere} To record them anyway, send createAnyway: true with a reason.`,
      { matches: visible, matchesOutsideYourScope },
    );
  }
}

export class ConsentAlreadyWithdrawnError extends ConflictError {
  constructor(consentId: string) {
    super('consent_already_withdrawn', `Consent ${consentId} has already been withdrawn`);
  }
}
