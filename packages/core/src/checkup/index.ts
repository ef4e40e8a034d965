export * from './answer-validation';
export * from './checkup-scoring';
export * from './checkup-record';
export * from './content-versions';
export * from './pulse-scoring';
export * from './safety-routing';
