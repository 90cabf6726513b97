import { SupportService } from '@vs/referrals';

/** The specialism of an advocate (DOMAIN.md "People who use it"). */
export enum AdvocateType {
  Idva = 'idva',
  Isva = 'isva',
  YouthIsva = 'youth_isva',
  Hcva = 'hcva',
  StalkingAdvocate = 'stalking_advocate',
  Caseworker = 'caseworker',
}

/**
 * Which advocates suit each service: the specialists it exists for, and those whose training comes
 * close (an adult ISVA can support a young victim where no youth ISVA is free; a stalking case is
 * often domestic abuse an IDVA knows). Caseworkers work the general and the other services.
 */
export const SUITED_ADVOCATES: Readonly<
  Record<SupportService, { readonly specialists: readonly AdvocateType[]; readonly related: readonly AdvocateType[] }>
> = {
  [SupportService.Idva]: { specialists: [AdvocateType.Idva], related: [AdvocateType.StalkingAdvocate] },
  [SupportService.Isva]: { specialists: [AdvocateType.Isva], related: [AdvocateType.YouthIsva] },
  [SupportService.YouthIsva]: { specialists: [AdvocateType.YouthIsva], related: [AdvocateType.Isva] },
  [SupportService.Hcva]: { specialists: [AdvocateType.Hcva], related: [AdvocateType.Caseworker] },
  [SupportService.StalkingAdvocacy]: { specialists: [AdvocateType.StalkingAdvocate], related: [AdvocateType.Idva] },
  [SupportService.GeneralVictimSupport]: { specialists: [AdvocateType.Caseworker], related: [] },
  [SupportService.Haven]: { specialists: [AdvocateType.Isva], related: [AdvocateType.Caseworker] },
  [SupportService.ChildHouse]: { specialists: [AdvocateType.YouthIsva], related: [AdvocateType.Caseworker] },
  [SupportService.RestorativeJustice]: { specialists: [AdvocateType.Caseworker], related: [] },
  [SupportService.WitnessService]: { specialists: [AdvocateType.Caseworker], related: [] },
  [SupportService.Refuge]: { specialists: [AdvocateType.Caseworker], related: [AdvocateType.Idva] },
  [SupportService.SpecialistCommunity]: { specialists: [AdvocateType.Caseworker], related: [] },
};
