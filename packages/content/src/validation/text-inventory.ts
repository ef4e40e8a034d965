import type { CheckupInstrument, Pulse, SafetyResources } from '../schema/checkup';
import type { CoachRulesFile } from '../schema/coach-rule';
import type { LocalizedText } from '../schema/common';
import type { DateIdea } from '../schema/date-idea';
import type { DesireList, SentenceStarters } from '../schema/desire';
import type { Exercise } from '../schema/exercise';
import type { GratitudePrompt } from '../schema/gratitude-prompt';
import type { Question } from '../schema/question';
import type { Source } from '../schema/source';

/** Everything the content tests look at, as loaded by src/index.ts. */
export interface ContentBundle {
  questions: readonly Question[];
  exercises: readonly Exercise[];
  dateIdeas: readonly DateIdea[];
  gratitudePrompts: readonly GratitudePrompt[];
  desireList: DesireList;
  sentenceStarters: SentenceStarters;
  checkupInstruments: readonly CheckupInstrument[];
  pulses: readonly Pulse[];
  safetyResources: SafetyResources;
  coachRulesFile: CoachRulesFile;
  sources: readonly Source[];
}

export type TextKind =
  | 'question'
  | 'question-follow-up'
  | 'title'
  | 'summary'
  | 'purpose'
  | 'step'
  | 'note'
  | 'date-description'
  | 'date-why'
  | 'gratitude-prompt'
  | 'desire-item'
  | 'sentence-starter'
  | 'checkup-item'
  | 'reading'
  | 'coach-explanation'
  | 'coach-alternative'
  | 'resource'
  | 'source-finding'
  | 'label';

/** One English user-facing text, with where it came from and what it is allowed to assume. */
export interface TextEntry {
  /** "<item id>/<field>", so a failure points straight at the text. */
  where: string;
  kind: TextKind;
  text: string;
  /** Tagged for parents: may mention children. */
  kidsAllowed: boolean;
  /** Reports a research finding in the study's own terms. */
  reportsResearch: boolean;
}

const KID_LIFE_STAGES = new Set(['young-kids', 'postpartum', 'older-kids']);

class Inventory {
  readonly entries: TextEntry[] = [];
  add(
    where: string,
    kind: TextKind,
    text: LocalizedText | undefined,
    kidsAllowed = false,
    reportsResearch = false,
  ): void {
    if (text) this.entries.push({ where, kind, text: text.en, kidsAllowed, reportsResearch });
  }
}

function addExercise(inventory: Inventory, exercise: Exercise): void {
  const kids = (exercise.lifeStages ?? []).some((stage) => KID_LIFE_STAGES.has(stage));
  const at = (field: string): string => `${exercise.id}/${field}`;
  inventory.add(at('title'), 'title', exercise.title, kids);
  inventory.add(at('summary'), 'summary', exercise.summary, kids);
  inventory.add(at('purpose'), 'purpose', exercise.purpose.text, kids, true);
  for (const field of ['preparation', 'afterwards', 'safetyNote'] as const)
    inventory.add(at(field), 'note', exercise[field], kids);
  for (const step of exercise.steps) inventory.add(at(`steps/${step.id}`), 'step', step.text, kids);
  for (const choice of exercise.stepChoices ?? [])
    inventory.add(at(`stepChoices/${choice.id}`), 'title', choice.label, kids);
  for (const stage of exercise.stages ?? []) {
    inventory.add(at(`${stage.id}/title`), 'title', stage.title, kids);
    inventory.add(at(`${stage.id}/description`), 'note', stage.description, kids);
    for (const step of stage.steps) inventory.add(at(`${stage.id}/${step.id}`), 'step', step.text, kids);
  }
  for (const variant of exercise.variants) {
    const variantKids = kids || variant.kind === 'with-kids';
    inventory.add(at(`variants/${variant.id}/title`), 'title', variant.title, variantKids);
    inventory.add(at(`variants/${variant.id}/description`), 'note', variant.description, variantKids);
    for (const step of variant.steps ?? [])
      inventory.add(at(`variants/${variant.id}/${step.id}`), 'step', step.text, variantKids);
  }
}

function addCheckup(inventory: Inventory, instrument: CheckupInstrument): void {
  const at = (field: string): string => `${instrument.id}-v${instrument.version}/${field}`;
  for (const field of ['title', 'intro', 'privacyNote', 'validation'] as const)
    inventory.add(at(field), 'note', instrument[field]);
  inventory.add(at('scoring'), 'note', instrument.scoring.explanation);
  for (const scale of instrument.scales)
    for (const option of scale.options)
      inventory.add(at(`${scale.id}/${option.value}`), 'label', option.label);
  for (const dimension of instrument.dimensions) {
    inventory.add(at(`${dimension.id}/title`), 'title', dimension.title);
    inventory.add(at(`${dimension.id}/description`), 'note', dimension.description);
    inventory.add(at(`${dimension.id}/tip`), 'note', dimension.workOnFirst.tip);
    for (const band of dimension.bands) {
      inventory.add(at(`${dimension.id}/${band.id}/label`), 'label', band.label);
      inventory.add(at(`${dimension.id}/${band.id}/reading`), 'reading', band.reading);
    }
  }
  for (const item of instrument.items) inventory.add(item.id, 'checkup-item', item.text);
  inventory.add(at('barriers'), 'note', instrument.barriers.intro);
  for (const item of instrument.barriers.items) {
    const kids = item.barrier === 'touched-out';
    inventory.add(item.id, 'checkup-item', item.text, kids);
    inventory.add(`${item.id}/reading`, 'reading', item.reading, kids, true);
  }
  inventory.add(at('lifeStage'), 'checkup-item', instrument.lifeStage.question);
  for (const option of instrument.lifeStage.options) {
    inventory.add(at(`lifeStage/${option.id}`), 'label', option.label, true);
    inventory.add(at(`lifeStage/${option.id}/note`), 'reading', option.note, true, true);
  }
  inventory.add(at('safety'), 'note', instrument.safety.intro);
  for (const item of instrument.safety.items) inventory.add(item.id, 'checkup-item', item.text);
  inventory.add(at('routing/support'), 'reading', instrument.routing.support.message);
  inventory.add(at('routing/safety'), 'reading', instrument.routing.safety.message);
}

function addPulse(inventory: Inventory, pulse: Pulse): void {
  const at = (field: string): string => `${pulse.id}-v${pulse.version}/${field}`;
  inventory.add(at('title'), 'title', pulse.title);
  inventory.add(at('intro'), 'note', pulse.intro);
  for (const scale of pulse.scales)
    for (const option of scale.options)
      inventory.add(at(`${scale.id}/${option.value}`), 'label', option.label);
  inventory.add(at('lowLabel'), 'label', pulse.closenessScale.lowLabel);
  inventory.add(at('highLabel'), 'label', pulse.closenessScale.highLabel);
  for (const level of pulse.closenessScale.levels)
    inventory.add(at(`level-${level.level}`), 'label', level.label);
  for (const item of pulse.items) inventory.add(item.id, 'checkup-item', item.text);
}

/** Every English text in the library, for readability, length and inclusive-language checks. */
export function collectTexts(content: ContentBundle): TextEntry[] {
  const inventory = new Inventory();
  for (const question of content.questions) {
    const kids = question.category === 'life-with-kids' || question.tags.includes('with-kids');
    inventory.add(question.id, 'question', question.text, kids);
    inventory.add(`${question.id}/followUp`, 'question-follow-up', question.followUp, kids);
  }
  for (const exercise of content.exercises) addExercise(inventory, exercise);
  for (const idea of content.dateIdeas) {
    inventory.add(`${idea.id}/title`, 'title', idea.title, idea.kidFriendly);
    inventory.add(`${idea.id}/description`, 'date-description', idea.description, idea.kidFriendly);
    inventory.add(`${idea.id}/why`, 'date-why', idea.why, idea.kidFriendly, true);
  }
  for (const prompt of content.gratitudePrompts) inventory.add(prompt.id, 'gratitude-prompt', prompt.text);
  inventory.add('desire/intro', 'note', content.desireList.intro);
  for (const group of content.desireList.groups) {
    inventory.add(`desire-group-${group.id}/title`, 'title', group.title);
    inventory.add(`desire-group-${group.id}/description`, 'note', group.description);
  }
  for (const item of content.desireList.items) inventory.add(item.id, 'desire-item', item.text);
  for (const starter of content.sentenceStarters.starters)
    inventory.add(starter.id, 'sentence-starter', starter.text);
  for (const instrument of content.checkupInstruments) addCheckup(inventory, instrument);
  for (const pulse of content.pulses) addPulse(inventory, pulse);
  inventory.add('safety-resources/intro', 'note', content.safetyResources.intro);
  for (const resource of content.safetyResources.resources) {
    inventory.add(`${resource.id}/title`, 'title', resource.title);
    inventory.add(`${resource.id}/body`, 'resource', resource.body);
    (resource.points ?? []).forEach((point, index) =>
      inventory.add(`${resource.id}/points/${index}`, 'resource', point),
    );
  }
  for (const rule of content.coachRulesFile.rules) {
    inventory.add(`${rule.id}/label`, 'label', rule.label);
    inventory.add(`${rule.id}/why`, 'coach-explanation', rule.whyItLandsHard, false, true);
    rule.alternatives.forEach((alternative, index) =>
      inventory.add(`${rule.id}/alternatives/${index}`, 'coach-alternative', alternative),
    );
    inventory.add(`${rule.id}/rewriteTemplate`, 'label', rule.rewriteTemplate);
  }
  content.coachRulesFile.knownLimits.forEach((limit, index) =>
    inventory.add(`coach-rules/knownLimits/${index}`, 'note', limit),
  );
  for (const source of content.sources) {
    inventory.add(`${source.id}/finding`, 'source-finding', source.finding, true, true);
    inventory.add(`${source.id}/caveat`, 'source-finding', source.caveat, true, true);
  }
  return inventory.entries;
}
