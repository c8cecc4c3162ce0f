/**
 * Machine codes of nomination reasons (JSON `nominations[].reasons[].code`). Their vi/en messages are in
 * findings/catalog/nominations.ts. Codes reported by checks are listed in each check's `emits`; the
 * ones below the line are added by the analysis itself (quota, duplicates, unreadable titles…).
 */
export const R = {
  RATING_BELOW: 'RATING_BELOW',
  DATA_MISSING: 'NOMINEE_DATA_MISSING',
  VALUE_UNREADABLE: 'NOMINEE_VALUE_UNREADABLE',
  DISCIPLINED: 'DISCIPLINED',
  SERVICE_TOO_SHORT: 'SERVICE_TOO_SHORT',
  LEAVE_TOO_LONG: 'LEAVE_TOO_LONG',
  INITIATIVE_NONE: 'INITIATIVE_NONE',
  INITIATIVE_LEVEL_UNKNOWN: 'INITIATIVE_LEVEL_UNKNOWN',
  INITIATIVE_LEVEL_LOW: 'INITIATIVE_LEVEL_LOW',
  INITIATIVE_COUNT_LOW: 'INITIATIVE_COUNT_LOW',
  HISTORY_MISSING: 'HISTORY_MISSING',
  HISTORY_NOT_MET: 'HISTORY_NOT_MET',
  REQUIRES_AWARD_FAILED: 'REQUIRES_AWARD_FAILED',
  REQUIRES_AWARD_PENDING: 'REQUIRES_AWARD_PENDING',
  PRIOR_MERIT_TOO_RECENT: 'PRIOR_MERIT_TOO_RECENT',
  VOTES_BELOW: 'VOTES_BELOW',
  VOTES_MISSING: 'VOTES_MISSING',
  SHARE_TOO_LOW: 'SHARE_TOO_LOW',
  COUNT_TOO_LOW: 'COUNT_TOO_LOW',
  MEMBERS_DISCIPLINED: 'MEMBERS_DISCIPLINED',
  NOT_BLOC_LEADER: 'NOT_BLOC_LEADER',
  FLAG_UNDER_REVIEW: 'FLAG_UNDER_REVIEW',
  UNIT_NOT_RANKED: 'UNIT_NOT_RANKED',
  GOV_FLAG_NOT_LISTED: 'GOV_FLAG_NOT_LISTED',
  // ---- added by the analysis, not by a check
  QUOTA_EXCEEDED: 'QUOTA_EXCEEDED',
  DUPLICATE_NOMINATION: 'DUPLICATE_NOMINATION',
  AWARD_UNKNOWN: 'AWARD_UNKNOWN',
  AWARD_WRONG_LIST: 'AWARD_WRONG_LIST',
  UNIT_MISSING: 'UNIT_MISSING',
  COUNT_MISMATCH: 'COUNT_MISMATCH',
  NO_RULE: 'NO_RULE',
} as const;

export type ReasonCode = (typeof R)[keyof typeof R];

/** Field names used in reason params (`field`), translated by the catalog. */
export type FieldName =
  | 'rating'
  | 'discipline'
  | 'service'
  | 'leave'
  | 'initiative'
  | 'initiativeLevel'
  | 'members'
  | 'ldtt'
  | 'cstdcs'
  | 'completed'
  | 'disciplined'
  | 'unit'
  | 'votes';
