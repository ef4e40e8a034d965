export type * from './plan-types';
export { generatePlan } from './generate-plan';
export { swapOptions } from './swap-options';
export { planSteps, layerSchedule, planContext } from './plan-context';
