export * from './series';
export * from './touches-per-day';
export * from './connected-weeks';
export * from './milestones';
export * from './retake';
export * from './weekly-summary';
export * from './trend-text';
