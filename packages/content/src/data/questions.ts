// One static import per deck so Vite, Vitest and tsx all bundle the JSON without globbing.
// test/loaders.test.ts fails if a deck file exists that is not listed here.
import innerWorld from '../../data/questions/inner-world.json' with { type: 'json' };
import partnerInnerWorld from '../../data/questions/partner-inner-world.json' with { type: 'json' };
import childhoodMemories from '../../data/questions/childhood-memories.json' with { type: 'json' };
import dreamsGoals from '../../data/questions/dreams-goals.json' with { type: 'json' };
import appreciation from '../../data/questions/appreciation.json' with { type: 'json' };
import gratitude from '../../data/questions/gratitude.json' with { type: 'json' };
import valuesMeaning from '../../data/questions/values-meaning.json' with { type: 'json' };
import funPlay from '../../data/questions/fun-play.json' with { type: 'json' };
import ourStory from '../../data/questions/our-story.json' with { type: 'json' };
import futureTogether from '../../data/questions/future-together.json' with { type: 'json' };
import everydayLife from '../../data/questions/everyday-life.json' with { type: 'json' };
import stressSupport from '../../data/questions/stress-support.json' with { type: 'json' };
import conflictRepair from '../../data/questions/conflict-repair.json' with { type: 'json' };
import intimacyAffection from '../../data/questions/intimacy-affection.json' with { type: 'json' };
import physicalIntimacy from '../../data/questions/physical-intimacy.json' with { type: 'json' };
import lifeWithKids from '../../data/questions/life-with-kids.json' with { type: 'json' };
import hardSeasons from '../../data/questions/hard-seasons.json' with { type: 'json' };
import type { Question } from '../schema/question';
import type { QuestionCategory } from '../schema/vocabulary';
import { typed } from './typed';

export const questionDecks: Record<QuestionCategory, readonly Question[]> = {
  'inner-world': typed<Question[]>(innerWorld),
  'partner-inner-world': typed<Question[]>(partnerInnerWorld),
  'childhood-memories': typed<Question[]>(childhoodMemories),
  'dreams-goals': typed<Question[]>(dreamsGoals),
  'appreciation': typed<Question[]>(appreciation),
  'gratitude': typed<Question[]>(gratitude),
  'values-meaning': typed<Question[]>(valuesMeaning),
  'fun-play': typed<Question[]>(funPlay),
  'our-story': typed<Question[]>(ourStory),
  'future-together': typed<Question[]>(futureTogether),
  'everyday-life': typed<Question[]>(everydayLife),
  'stress-support': typed<Question[]>(stressSupport),
  'conflict-repair': typed<Question[]>(conflictRepair),
  'intimacy-affection': typed<Question[]>(intimacyAffection),
  'physical-intimacy': typed<Question[]>(physicalIntimacy),
  'life-with-kids': typed<Question[]>(lifeWithKids),
  'hard-seasons': typed<Question[]>(hardSeasons),
};

/** Every conversation question, deck by deck in category order. */
export const questions: readonly Question[] = Object.values(questionDecks).flat();
