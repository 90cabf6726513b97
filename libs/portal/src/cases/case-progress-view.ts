import { CaseProgressView, NextHearingView } from '../dto/portal-case.view';
import { caseRights } from './case-rights';
import { CaseProgressRow, ProgressCaseRow, ProgressHearingRow } from './case-progress-query';
import { toCaseView } from './portal-case-queries';

const REACH_BY_MESSAGE = 'Send a message in the portal (Messages)';

const toNextHearingView = (row: ProgressHearingRow): NextHearingView => ({
  court: row.court,
  date: row.londonDate,
  time: row.londonTime,
  startsAt: new Date(row.startsAt),
  mustGiveEvidence: row.mustGiveEvidence,
});

/** The progress page of a followed case, in the words written for victims. */
export function toCaseProgressView(followed: ProgressCaseRow, row: CaseProgressRow, now: Date): CaseProgressView {
  return {
    case: toCaseView({ ...followed, stageChangedAt: new Date(followed.stageChangedAt) }),
    timeline: row.timeline.map((entry) => ({ occurredAt: new Date(entry.occurredAt), line: entry.line })),
    nextHearing: row.nextHearing === null ? null : toNextHearingView(row.nextHearing),
    advocates: row.advocates.map((advocate) => ({ ...advocate, howToReach: REACH_BY_MESSAGE })),
    rights: caseRights(row.duties, now),
  };
}
