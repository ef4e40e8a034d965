// @hearth/crypto — the envelope and key layer shared by the browser and Node.
// Byte formats: docs/crypto-format.md. Design: docs/decisions/0002-key-hierarchy-and-envelope.md.
export * from './errors.js';
export * from './encoding.js';
export * from './primitives.js';
export * from './canonical.js';
export * from './envelope.js';
export * from './padding.js';
export * from './records.js';
export * from './recovery-key.js';
export * from './keys.js';
export * from './identity.js';
export * from './pairing.js';
export * from './opaque-tags.js';
export * from './question-order.js';
export * from './name-uuid.js';
export * from './device-unlock.js';
