// `npm run content:stats`: prints the content counts as JSON.
import { checkup, dateIdeas, desireItems, exercises, gratitudePrompts, questions, sources } from './index';
import { computeStats } from './stats';

const stats = computeStats({
  questions,
  exercises,
  dateIdeas,
  desireItems,
  gratitudePrompts,
  checkup,
  sources,
});
process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
