// The flat, single-file collections: date ideas, gratitude prompts, sources and coach rules.
import dateIdeasFile from '../../data/date-ideas.json' with { type: 'json' };
import gratitudeFile from '../../data/gratitude-prompts.json' with { type: 'json' };
import sourcesFile from '../../data/sources.json' with { type: 'json' };
import coachRulesJson from '../../data/coach-rules.json' with { type: 'json' };
import type { CoachRule, CoachRulesFile } from '../schema/coach-rule';
import type { DateIdea } from '../schema/date-idea';
import type { GratitudePrompt } from '../schema/gratitude-prompt';
import type { Source } from '../schema/source';
import { typed } from './typed';

export const dateIdeas: readonly DateIdea[] = typed<DateIdea[]>(dateIdeasFile);
export const gratitudePrompts: readonly GratitudePrompt[] = typed<GratitudePrompt[]>(gratitudeFile);
export const sources: readonly Source[] = typed<Source[]>(sourcesFile);
export const sourceById: ReadonlyMap<string, Source> = new Map(sources.map((source) => [source.id, source]));
export const coachRulesFile: CoachRulesFile = typed<CoachRulesFile>(coachRulesJson);
export const coachRules: readonly CoachRule[] = coachRulesFile.rules;
