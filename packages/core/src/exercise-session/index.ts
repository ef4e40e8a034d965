// A shared, step-by-step exercise session that two devices keep in step from one control log.
export {
  howWasItAnswers,
  MAX_SESSION_ID_LENGTH,
  sessionEventSchema,
  sessionEventTypes,
  type HowWasIt,
  type SessionEvent,
  type SessionEventOf,
  type SessionEventType,
} from './session-event-schema';
export {
  contentStepFor,
  createSession,
  type CreateSessionOptions,
  type ExerciseSession,
  type SessionGate,
  type SessionPlanItem,
  type SessionStep,
} from './session-plan';
export { appendSessionEvents, compareSessionEvents, mergeSessionEvents, mergeSessions } from './event-log';
export {
  viewAt,
  type SessionGateView,
  type SessionMemberRole,
  type SessionPhase,
  type SessionView,
} from './session-view';
export { sessionOutcome, unlockedStageId, type SessionOutcome } from './session-outcome';
export {
  checkEventForSession,
  exerciseSessionSchema,
  MAX_SESSION_EVENTS,
  MAX_SESSION_PLAN_ITEMS,
  parseExerciseSession,
  parseSessionEvent,
  type SessionParseResult,
} from './session-validation';
