import { dutyDefinition } from '../catalogue/duty-catalogue';
import { DutyDefinition } from '../catalogue/duty-definition';

/** The catalogue entry of a recorded duty. Codes are never removed, so a missing one is a defect. */
export function knownDuty(dutyCode: string): DutyDefinition {
  const duty = dutyDefinition(dutyCode);
  if (!duty) throw new Error(`Duty ${dutyCode} is recorded but missing from the catalogue`);
  return duty;
}
