export * from './progressive-delay';
