import { Agency } from '../catalogue/duty-definition';

/**
 * The organisation answerable for a duty, where the record can name one. Police duties belong to
 * the unit that recorded the crime. So do the witness care unit's: witness care officers work in
 * the police unit and record its court milestones (DOMAIN.md's police_case_officer). The Crown
 * Prosecution Service, the courts and probation have no organisation on the case record, so their
 * duties name none: reports still count them by agency, but no one receives their alerts.
 */
export function responsibleOrganisationOf(
  agency: Agency,
  crime: { readonly recordingOrganisationId: string },
): string | null {
  switch (agency) {
    case Agency.Police:
    case Agency.WitnessCareUnit:
      return crime.recordingOrganisationId;
    case Agency.CrownProsecutionService:
    case Agency.Courts:
    case Agency.Probation:
      return null;
  }
}
