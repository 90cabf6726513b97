import { CaseStage } from '@vs/cases';
import { DutyStatus } from '@vs/code-compliance';
import { OffenceGroup } from '@vs/victims';

/** Where the case is, as a victim would say it. */
export const STAGE_IN_PLAIN_WORDS: Readonly<Record<CaseStage, string>> = {
  [CaseStage.Reported]: 'You reported the crime to the police',
  [CaseStage.UnderInvestigation]: 'The police are investigating',
  [CaseStage.NoFurtherAction]: 'The police are not taking the case further',
  [CaseStage.SuspectCharged]: 'Someone has been charged',
  [CaseStage.AwaitingFirstHearing]: 'Waiting for the first court hearing',
  [CaseStage.AwaitingTrial]: 'Waiting for the trial',
  [CaseStage.Trial]: 'The trial is taking place',
  [CaseStage.Acquitted]: 'The court found the defendant not guilty',
  [CaseStage.Convicted]: 'The court found the defendant guilty',
  [CaseStage.Sentenced]: 'The court has given a sentence',
  [CaseStage.PostSentence]: 'After the sentence',
  [CaseStage.Closed]: 'The case is closed',
  [CaseStage.WithdrawnByVictim]: 'You chose to withdraw from the case',
};

/** The kind of crime, for a victim; the offence as recorded is shown beside it. */
export const OFFENCE_GROUP_IN_PLAIN_WORDS: Readonly<Record<OffenceGroup, string>> = {
  [OffenceGroup.DomesticAbuse]: 'Domestic abuse',
  [OffenceGroup.SexualOffences]: 'Sexual offence',
  [OffenceGroup.HateCrime]: 'Hate crime',
  [OffenceGroup.StalkingHarassment]: 'Stalking or harassment',
  [OffenceGroup.KnifeCrime]: 'Knife crime',
  [OffenceGroup.ChildSexualExploitation]: 'Child sexual exploitation',
  [OffenceGroup.ModernSlavery]: 'Modern slavery or human trafficking',
  [OffenceGroup.Fraud]: 'Fraud',
  [OffenceGroup.HomicideBereaved]: 'Bereaved by homicide',
  [OffenceGroup.AttemptedMurder]: 'Attempted murder',
  [OffenceGroup.Terrorism]: 'Terrorism',
  [OffenceGroup.RoadDeathBereaved]: 'Bereaved by a fatal road collision',
  [OffenceGroup.Other]: 'Crime',
};

/** How a right has been met so far. */
export const DUTY_STATUS_IN_PLAIN_WORDS: Readonly<Record<DutyStatus, string>> = {
  [DutyStatus.Pending]: 'Not due yet',
  [DutyStatus.Met]: 'Done on time',
  [DutyStatus.MetLate]: 'Done, but late',
  [DutyStatus.Breached]: 'Not done in time',
  [DutyStatus.NotApplicable]: 'Does not apply',
  [DutyStatus.Waived]: 'You said you did not want this',
};
