// Shared by the content tests: the loaded library, and the raw data files on disk.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ZodType } from 'zod';
import * as library from '../../src/index';
import {
  checkupInstrumentSchema,
  coachRulesFileSchema,
  dateIdeaListSchema,
  desireListSchema,
  exerciseSchema,
  gratitudePromptListSchema,
  pulseSchema,
  questionDeckSchema,
  safetyResourcesSchema,
  sentenceStartersSchema,
  sourceListSchema,
} from '../../src/schema/index';
import type { ContentBundle } from '../../src/validation/text-inventory';

export const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const DATA_DIR = join(PACKAGE_DIR, 'data');
export const REPO_DIR = join(PACKAGE_DIR, '..', '..');

export const content: ContentBundle = {
  questions: library.questions,
  exercises: library.exercises,
  dateIdeas: library.dateIdeas,
  gratitudePrompts: library.gratitudePrompts,
  desireList: library.desireList,
  sentenceStarters: library.sentenceStarters,
  checkupInstruments: library.checkupInstruments,
  pulses: library.pulses,
  safetyResources: library.safetyResources,
  coachRulesFile: library.coachRulesFile,
  sources: library.sources,
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every data file, as a path relative to data/ with forward slashes. */
export function listDataFiles(): string[] {
  return walk(DATA_DIR)
    .map((path) => relative(DATA_DIR, path).split('\\').join('/'))
    .sort();
}

export function readDataFile(path: string): unknown {
  return JSON.parse(readFileSync(join(DATA_DIR, path), 'utf8'));
}

/** Which schema a data file must satisfy, by where it lives. */
export function schemaForDataFile(path: string): ZodType | undefined {
  if (/^questions\/[a-z-]+\.json$/.test(path)) return questionDeckSchema;
  if (/^exercises\/ex-[a-z0-9-]+\.json$/.test(path)) return exerciseSchema;
  if (/^checkup\/instrument-v\d+\.json$/.test(path)) return checkupInstrumentSchema;
  if (/^checkup\/pulse-v\d+\.json$/.test(path)) return pulseSchema;
  const fixed: Record<string, ZodType> = {
    'checkup/safety-resources.json': safetyResourcesSchema,
    'desire/items.json': desireListSchema,
    'desire/starters.json': sentenceStartersSchema,
    'date-ideas.json': dateIdeaListSchema,
    'gratitude-prompts.json': gratitudePromptListSchema,
    'sources.json': sourceListSchema,
    'coach-rules.json': coachRulesFileSchema,
  };
  return fixed[path];
}
