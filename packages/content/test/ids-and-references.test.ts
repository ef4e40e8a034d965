import { describe, expect, it } from 'vitest';
import { checkup, pulse } from '../src/index';
import { evidenceRank } from '../src/schema/vocabulary';
import { content } from './support/content';

const {
  questions,
  exercises,
  dateIdeas,
  gratitudePrompts,
  desireList,
  sentenceStarters,
  checkupInstruments,
  pulses,
  safetyResources,
  coachRulesFile,
  sources,
} = content;

/** Every stable id in the library; ids must be unique across all content, not only per file. */
function allIds(): string[] {
  return [
    ...questions.map((question) => question.id),
    ...exercises.map((exercise) => exercise.id),
    ...dateIdeas.map((idea) => idea.id),
    ...gratitudePrompts.map((prompt) => prompt.id),
    ...desireList.items.map((item) => item.id),
    ...sentenceStarters.starters.map((starter) => starter.id),
    // Item ids may repeat across instrument versions (the same item kept in v2); within the
    // current version they must be unique.
    ...[...checkup.items, ...checkup.barriers.items, ...checkup.safety.items].map((item) => item.id),
    ...pulse.items.map((item) => item.id),
    ...safetyResources.resources.map((resource) => resource.id),
    ...coachRulesFile.rules.map((rule) => rule.id),
    ...sources.map((source) => source.id),
  ];
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((value) => seen.size === seen.add(value).size))];
}

const sourceIds = new Set(sources.map((source) => source.id));
const exerciseIds = new Set(exercises.map((exercise) => exercise.id));

/** [where, source id] for every citation in the library. */
function citations(): [string, string][] {
  const cited: [string, string][] = [];
  for (const exercise of exercises)
    for (const id of exercise.purpose.sourceIds) cited.push([exercise.id, id]);
  for (const idea of dateIdeas) for (const id of idea.sourceIds) cited.push([idea.id, id]);
  for (const instrument of checkupInstruments) {
    for (const id of instrument.sourceIds) cited.push([`${instrument.id}-v${instrument.version}`, id]);
    for (const dimension of instrument.dimensions)
      for (const id of dimension.sourceIds) cited.push([dimension.id, id]);
    for (const item of instrument.barriers.items) for (const id of item.sourceIds) cited.push([item.id, id]);
    for (const option of instrument.lifeStage.options)
      for (const id of option.sourceIds) cited.push([option.id, id]);
  }
  for (const pulse of pulses) for (const id of pulse.closenessScale.sourceIds) cited.push([pulse.id, id]);
  for (const rule of coachRulesFile.rules) for (const id of rule.sourceIds) cited.push([rule.id, id]);
  for (const id of coachRulesFile.sourceIds) cited.push(['coach-rules', id]);
  return cited;
}

describe('stable ids', () => {
  it('are unique across all content', () => {
    expect(duplicates(allIds())).toEqual([]);
  });

  it('sentence starters and desire items never reuse a retired id', () => {
    const retired = new Set(desireList.retiredIds);
    expect(desireList.items.filter((item) => retired.has(item.id)).map((item) => item.id)).toEqual([]);
  });

  it('step, stage and variant ids are unique within each exercise', () => {
    for (const exercise of exercises) {
      expect(duplicates(exercise.steps.map((step) => step.id)), exercise.id).toEqual([]);
      expect(duplicates((exercise.stages ?? []).map((stage) => stage.id)), exercise.id).toEqual([]);
      expect(duplicates(exercise.variants.map((variant) => variant.id)), exercise.id).toEqual([]);
    }
  });

  it('check-up versions are unique, so old answers find their instrument', () => {
    expect(duplicates(checkupInstruments.map((instrument) => String(instrument.version)))).toEqual([]);
    expect(duplicates(pulses.map((pulse) => String(pulse.version)))).toEqual([]);
  });
});

describe('cross-references resolve', () => {
  it('every cited source id exists', () => {
    const missing = citations()
      .filter(([, id]) => !sourceIds.has(id))
      .map(([where, id]) => `${where} -> ${id}`);
    expect(missing).toEqual([]);
  });

  it('every source is cited by something (SOURCES.md lists only facts we use)', () => {
    const cited = new Set(citations().map(([, id]) => id));
    expect(sources.filter((source) => !cited.has(source.id)).map((source) => source.id)).toEqual([]);
  });

  it('every date idea cites at least one source', () => {
    const uncited = dateIdeas.filter((idea) => idea.sourceIds.length === 0).map((idea) => idea.id);
    const hint = `${uncited.length} date ideas cite no source. Every tip cites one: e.g. gottman-six-hours (a weekly date habit) or aron-2000-self-expansion (novelty)`;
    expect(uncited, hint).toEqual([]);
  });

  it('every exercise id in the check-up (dimensions, barriers, life stages) exists', () => {
    const missing: string[] = [];
    for (const instrument of checkupInstruments) {
      const referenced = [
        ...instrument.dimensions.flatMap((dimension) =>
          dimension.workOnFirst.exerciseIds.map((id) => [dimension.id, id] as const),
        ),
        ...instrument.barriers.items.flatMap((item) => item.exerciseIds.map((id) => [item.id, id] as const)),
        ...instrument.lifeStage.options.flatMap((option) =>
          option.exerciseIds.map((id) => [option.id, id] as const),
        ),
      ];
      for (const [where, id] of referenced) if (!exerciseIds.has(id)) missing.push(`${where} -> ${id}`);
    }
    expect(missing).toEqual([]);
  });

  it('every routing resource id exists', () => {
    const resourceIds = new Set(safetyResources.resources.map((resource) => resource.id));
    for (const instrument of checkupInstruments) {
      const referenced = [
        ...instrument.routing.support.resourceIds,
        ...instrument.routing.safety.resourceIds,
      ];
      expect(referenced.filter((id) => !resourceIds.has(id))).toEqual([]);
    }
  });

  it('routing points each route at resources meant for it', () => {
    const byId = new Map(safetyResources.resources.map((resource) => [resource.id, resource]));
    for (const instrument of checkupInstruments) {
      for (const route of ['support', 'safety'] as const) {
        const wrong = instrument.routing[route].resourceIds.filter(
          (id) => !byId.get(id)?.routes.includes(route),
        );
        expect(wrong, route).toEqual([]);
      }
    }
  });

  it('every life stage named by an exercise exists in the check-up', () => {
    const stages = new Set(
      checkupInstruments.flatMap((instrument) => instrument.lifeStage.options.map((option) => option.id)),
    );
    const missing = exercises.flatMap((exercise) =>
      (exercise.lifeStages ?? [])
        .filter((stage) => !stages.has(stage))
        .map((stage) => `${exercise.id} -> ${stage}`),
    );
    expect(missing).toEqual([]);
  });

  it('no exercise claims stronger evidence than its best source', () => {
    const byId = new Map(sources.map((source) => [source.id, source]));
    const overclaims = exercises
      .filter((exercise) => {
        const best = Math.max(
          ...exercise.purpose.sourceIds.map((id) => evidenceRank[byId.get(id)?.evidence ?? 'popular-claim']),
        );
        return evidenceRank[exercise.evidence] > best;
      })
      .map((exercise) => exercise.id);
    expect(overclaims).toEqual([]);
  });
});
