/**
 * Optional equality monitoring, after the ONS 2021 census questions for England. Every answer may
 * be `prefer_not_to_say`, and every question may be left unanswered.
 */
export const PREFER_NOT_TO_SAY = 'prefer_not_to_say';

export const ETHNICITIES = [
  'asian_bangladeshi',
  'asian_chinese',
  'asian_indian',
  'asian_pakistani',
  'asian_other',
  'black_african',
  'black_caribbean',
  'black_other',
  'mixed_white_and_asian',
  'mixed_white_and_black_african',
  'mixed_white_and_black_caribbean',
  'mixed_other',
  'white_british',
  'white_irish',
  'white_gypsy_or_irish_traveller',
  'white_roma',
  'white_other',
  'other_arab',
  'other_any',
  PREFER_NOT_TO_SAY,
] as const;

export const SEXES = ['female', 'male', PREFER_NOT_TO_SAY] as const;

/** Whether the gender the victim identifies with is the same as the sex registered at birth. */
export const GENDER_IDENTITIES = [
  'same_as_sex_registered_at_birth',
  'different_from_sex_registered_at_birth',
  PREFER_NOT_TO_SAY,
] as const;

export const SEXUAL_ORIENTATIONS = [
  'straight_or_heterosexual',
  'gay_or_lesbian',
  'bisexual',
  'other',
  PREFER_NOT_TO_SAY,
] as const;

export const RELIGIONS = [
  'no_religion',
  'christian',
  'buddhist',
  'hindu',
  'jewish',
  'muslim',
  'sikh',
  'other',
  PREFER_NOT_TO_SAY,
] as const;

export const DISABILITY_ANSWERS = ['yes', 'no', PREFER_NOT_TO_SAY] as const;

export interface EqualityMonitoring {
  ethnicity?: (typeof ETHNICITIES)[number];
  sex?: (typeof SEXES)[number];
  genderIdentity?: (typeof GENDER_IDENTITIES)[number];
  sexualOrientation?: (typeof SEXUAL_ORIENTATIONS)[number];
  religion?: (typeof RELIGIONS)[number];
  disability?: (typeof DISABILITY_ANSWERS)[number];
}
