/** Every check, keyed by the condition code rule sets use. */
import type { Check, ConditionCode } from '../types';
import { maxLeave, minService, noDiscipline, personVotes, ratingAtLeast } from './personChecks';
import { initiativeCount, initiativeLevel } from './initiativeChecks';
import { priorMerit, ratingStreak, samePeriodAward, titleInPrevious, titleRecentStreak } from './historyChecks';
import { blocFlag, collectiveRating, govFlagList, memberCountAtLeast, memberShare, noMemberDiscipline } from './collectiveChecks';

export const CHECKS: Readonly<Record<ConditionCode, Check>> = {
  RATING_AT_LEAST: ratingAtLeast,
  NO_DISCIPLINE: noDiscipline,
  MIN_SERVICE: minService,
  MAX_LEAVE: maxLeave,
  INITIATIVE_LEVEL: initiativeLevel,
  TITLE_IN_PREVIOUS: titleInPrevious,
  TITLE_RECENT_STREAK: titleRecentStreak,
  SAME_PERIOD_AWARD: samePeriodAward,
  RATING_STREAK: ratingStreak,
  INITIATIVE_COUNT: initiativeCount,
  PRIOR_MERIT: priorMerit,
  PERSON_VOTES: personVotes,
  COLLECTIVE_RATING: collectiveRating,
  MEMBER_SHARE: memberShare,
  MEMBER_COUNT_AT_LEAST: memberCountAtLeast,
  NO_MEMBER_DISCIPLINE: noMemberDiscipline,
  BLOC_FLAG: blocFlag,
  GOV_FLAG_LIST: govFlagList,
};
