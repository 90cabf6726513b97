import { boroughName, isBoroughCode } from '@vs/cases';
import { dutyDefinition } from '../catalogue/duty-catalogue';
import { Agency } from '../catalogue/duty-definition';
import { ReportPeriod } from './report-filter';

/** The twelve rights of the Victims' Code, as the Code names them. */
const RIGHTS: Readonly<Record<number, string>> = {
  1: 'To be able to understand and to be understood',
  2: 'To have the details of the crime recorded without unjustified delay',
  3: 'To be provided with information when reporting the crime',
  4: 'To be referred to services that support victims and have services and support tailored to your needs',
  5: 'To be provided with information about compensation',
  6: 'To be provided with information about the investigation and prosecution',
  7: 'To make a Victim Personal Statement',
  8: 'To be given information about the trial, trial process and your role as a witness',
  9: 'To be given information about the outcome of the case and any appeals',
  10: 'To be paid expenses and have property returned',
  11: 'To be given information about the offender following a conviction',
  12: 'To make a complaint about your rights not being met',
};

const AGENCIES: Readonly<Record<Agency, string>> = {
  [Agency.Police]: 'Police',
  [Agency.WitnessCareUnit]: 'Witness care units',
  [Agency.CrownProsecutionService]: 'Crown Prosecution Service',
  [Agency.Courts]: 'Courts',
  [Agency.Probation]: 'Probation Service',
};

const sentenceCase = (code: string): string => {
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const rightLabel = (right: number): string => `Right ${right}: ${RIGHTS[right] ?? 'unknown right'}`;
export const dutyLabel = (dutyCode: string): string => dutyDefinition(dutyCode)?.title ?? dutyCode;
export const agencyLabel = (agency: string): string => AGENCIES[agency as Agency] ?? sentenceCase(agency);
export const boroughLabel = (code: string): string => (isBoroughCode(code) ? boroughName(code) : code);
export const offenceGroupLabel = (group: string): string => sentenceCase(group);
export const stageLabel = (stage: string): string => sentenceCase(stage);
export const rightsLevelLabel = (level: string): string =>
  level === 'enhanced' ? 'Enhanced rights' : 'Standard rights';
export const periodLabel = (start: string, period: ReportPeriod): string =>
  period === ReportPeriod.Month ? start.slice(0, 7) : `Week from ${start}`;
