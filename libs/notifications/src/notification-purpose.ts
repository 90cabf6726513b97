/** What a message to a victim is about; each purpose has a Notify template (NOTIFY_TEMPLATE_IDS). */
export enum NotificationPurpose {
  CaseUpdate = 'case_update',
  HearingUpdate = 'hearing_update',
  CaseOutcome = 'case_outcome',
  AdvocateMessage = 'advocate_message',
  OneTimeCode = 'one_time_code',
  NewContactPerson = 'new_contact_person',
}

export enum OutboxStatus {
  /** Waiting for the relay (or for a safe time). */
  Pending = 'pending',
  /** Handed to the queue. */
  Queued = 'queued',
  Sent = 'sent',
  /** No safe channel: given to the victim's advocate to pass on instead. */
  Diverted = 'diverted',
  /** Retries exhausted; an administrator can retry it. */
  Dead = 'dead',
}
