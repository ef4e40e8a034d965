// One static import per exercise file so Vite, Vitest and tsx all bundle them without globbing.
// test/loaders.test.ts fails if an exercise file exists that is not listed here.
import exAdmirationList from '../../data/exercises/ex-admiration-list.json' with { type: 'json' };
import exAppreciationExchange from '../../data/exercises/ex-appreciation-exchange.json' with { type: 'json' };
import exAskForWhatYouNeed from '../../data/exercises/ex-ask-for-what-you-need.json' with { type: 'json' };
import exCelebrateGoodNews from '../../data/exercises/ex-celebrate-good-news.json' with { type: 'json' };
import exCheckUpTalk from '../../data/exercises/ex-check-up-talk.json' with { type: 'json' };
import exConnectionTiming from '../../data/exercises/ex-connection-timing.json' with { type: 'json' };
import exCuddleTime from '../../data/exercises/ex-cuddle-time.json' with { type: 'json' };
import exDailyTouchRitual from '../../data/exercises/ex-daily-touch-ritual.json' with { type: 'json' };
import exDeviceFreeTime from '../../data/exercises/ex-device-free-time.json' with { type: 'json' };
import exDistanceRitual from '../../data/exercises/ex-distance-ritual.json' with { type: 'json' };
import exDreamBehindTheDifference from '../../data/exercises/ex-dream-behind-the-difference.json' with { type: 'json' };
import exDreamShare from '../../data/exercises/ex-dream-share.json' with { type: 'json' };
import exEveningGratitude from '../../data/exercises/ex-evening-gratitude.json' with { type: 'json' };
import exEyeGazing from '../../data/exercises/ex-eye-gazing.json' with { type: 'json' };
import exFloodingCoolDown from '../../data/exercises/ex-flooding-cool-down.json' with { type: 'json' };
import exGentleStartUp from '../../data/exercises/ex-gentle-start-up.json' with { type: 'json' };
import exHandMassage from '../../data/exercises/ex-hand-massage.json' with { type: 'json' };
import exHelloAndGoodbye from '../../data/exercises/ex-hello-and-goodbye.json' with { type: 'json' };
import exHighLowHope from '../../data/exercises/ex-high-low-hope.json' with { type: 'json' };
import exKindNoAndRainCheck from '../../data/exercises/ex-kind-no-and-rain-check.json' with { type: 'json' };
import exMorningCheckIn from '../../data/exercises/ex-morning-check-in.json' with { type: 'json' };
import exNewParentsCheckIn from '../../data/exercises/ex-new-parents-check-in.json' with { type: 'json' };
import exNovelExperienceChallenge from '../../data/exercises/ex-novel-experience-challenge.json' with { type: 'json' };
import exOurStory from '../../data/exercises/ex-our-story.json' with { type: 'json' };
import exPhysicalRelationshipTalk from '../../data/exercises/ex-physical-relationship-talk.json' with { type: 'json' };
import exRepairAfterConflict from '../../data/exercises/ex-repair-after-conflict.json' with { type: 'json' };
import exRepairPhrases from '../../data/exercises/ex-repair-phrases.json' with { type: 'json' };
import exScreenFreeWindDown from '../../data/exercises/ex-screen-free-wind-down.json' with { type: 'json' };
import exSelfDiscoveryQuestion from '../../data/exercises/ex-self-discovery-question.json' with { type: 'json' };
import exSevenMinuteChallenge from '../../data/exercises/ex-seven-minute-challenge.json' with { type: 'json' };
import exSixSecondKiss from '../../data/exercises/ex-six-second-kiss.json' with { type: 'json' };
import exSixTouchesADay from '../../data/exercises/ex-six-touches-a-day.json' with { type: 'json' };
import exSlowDance from '../../data/exercises/ex-slow-dance.json' with { type: 'json' };
import exSpeakerListener from '../../data/exercises/ex-speaker-listener.json' with { type: 'json' };
import exStagedTouch from '../../data/exercises/ex-staged-touch.json' with { type: 'json' };
import exStateOfUs from '../../data/exercises/ex-state-of-us.json' with { type: 'json' };
import exStressReducingConversation from '../../data/exercises/ex-stress-reducing-conversation.json' with { type: 'json' };
import exThreeRoundsCloser from '../../data/exercises/ex-three-rounds-closer.json' with { type: 'json' };
import exTouchedOutReset from '../../data/exercises/ex-touched-out-reset.json' with { type: 'json' };
import exTurningToward from '../../data/exercises/ex-turning-toward.json' with { type: 'json' };
import exTwentySecondHug from '../../data/exercises/ex-twenty-second-hug.json' with { type: 'json' };
import exUpdateYourMap from '../../data/exercises/ex-update-your-map.json' with { type: 'json' };
import exWalkAndTalk from '../../data/exercises/ex-walk-and-talk.json' with { type: 'json' };
import exWarmingUp from '../../data/exercises/ex-warming-up.json' with { type: 'json' };
import exWeeklyDate from '../../data/exercises/ex-weekly-date.json' with { type: 'json' };
import exWeeklyVulnerabilityShare from '../../data/exercises/ex-weekly-vulnerability-share.json' with { type: 'json' };
import exWriteAboutUs from '../../data/exercises/ex-write-about-us.json' with { type: 'json' };
import type { Exercise } from '../schema/exercise';
import { typed } from './typed';

export const exercises: readonly Exercise[] = typed<Exercise[]>([
  exAdmirationList,
  exAppreciationExchange,
  exAskForWhatYouNeed,
  exCelebrateGoodNews,
  exCheckUpTalk,
  exConnectionTiming,
  exCuddleTime,
  exDailyTouchRitual,
  exDeviceFreeTime,
  exDistanceRitual,
  exDreamBehindTheDifference,
  exDreamShare,
  exEveningGratitude,
  exEyeGazing,
  exFloodingCoolDown,
  exGentleStartUp,
  exHandMassage,
  exHelloAndGoodbye,
  exHighLowHope,
  exKindNoAndRainCheck,
  exMorningCheckIn,
  exNewParentsCheckIn,
  exNovelExperienceChallenge,
  exOurStory,
  exPhysicalRelationshipTalk,
  exRepairAfterConflict,
  exRepairPhrases,
  exScreenFreeWindDown,
  exSelfDiscoveryQuestion,
  exSevenMinuteChallenge,
  exSixSecondKiss,
  exSixTouchesADay,
  exSlowDance,
  exSpeakerListener,
  exStagedTouch,
  exStateOfUs,
  exStressReducingConversation,
  exThreeRoundsCloser,
  exTouchedOutReset,
  exTurningToward,
  exTwentySecondHug,
  exUpdateYourMap,
  exWalkAndTalk,
  exWarmingUp,
  exWeeklyDate,
  exWeeklyVulnerabilityShare,
  exWriteAboutUs,
]);

export const exerciseById: ReadonlyMap<string, Exercise> = new Map(exercises.map((exercise) => [exercise.id, exercise]));
