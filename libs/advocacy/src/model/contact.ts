/** How an advocate tried to reach the victim. */
export enum ContactMethod {
  Phone = 'phone',
  Sms = 'sms',
  Email = 'email',
  Letter = 'letter',
  Voicemail = 'voicemail',
  InPerson = 'in_person',
  VideoCall = 'video_call',
}

/** What came of it: only `made` reached the victim; every other outcome is an attempt. */
export enum ContactOutcome {
  Made = 'made',
  NoAnswer = 'no_answer',
  MessageLeft = 'message_left',
  /** Someone else answered, or the victim could not talk safely. */
  UnsafeToTalk = 'unsafe_to_talk',
  WrongDetails = 'wrong_details',
}

/** Attempts that must be recorded, none reaching the victim, before a referral may end as "unable to contact". */
export const MIN_ATTEMPTS_BEFORE_UNABLE_TO_CONTACT = 3;
