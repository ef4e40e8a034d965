import { draw, fromUtf8, type Rng } from './encoding.js';
import { decryptFailed } from './errors.js';
import { encodeJson, open, readEnvelopeKid, seal, type AadFields, type Schema } from './envelope.js';
import { padToBlock, unpadBlock } from './padding.js';
import { KEY_BYTES } from './primitives.js';

export interface RecordContext {
  scope: 'user' | 'couple';
  ownerId: string;
  recordId: string;
  authorId: string;
  version: number;
}

export interface SealedRecord {
  wrappedDek: string;
  body: string;
}

/** The body is always sealed under the record's own DEK, named by this kid. */
export const DEK_KID = 'dek';

function aadFor(ctx: RecordContext, recordType: 'dek' | 'record'): AadFields {
  return {
    scope: ctx.scope,
    ownerId: ctx.ownerId,
    recordId: ctx.recordId,
    recordType,
    authorId: ctx.authorId,
    version: ctx.version,
  };
}

/**
 * Fresh 32-byte DEK per write, sealed under `key` (PDK or CK_e) as recordType 'dek'; the padded
 * JSON payload sealed under the DEK as recordType 'record'. The payload carries the real record
 * type, so the server never learns it. rng draws, in order: DEK (32), DEK nonce (24), body
 * nonce (24).
 */
export function sealRecord(
  key: Uint8Array,
  kid: string,
  ctx: RecordContext,
  payload: unknown,
  rng?: Rng,
): SealedRecord {
  const dek = draw(KEY_BYTES, rng);
  const wrappedDek = seal(key, kid, dek, aadFor(ctx, 'dek'), rng);
  const body = seal(dek, DEK_KID, padToBlock(encodeJson(payload)), aadFor(ctx, 'record'), rng);
  return { wrappedDek, body };
}

/** Unwraps the DEK for one record; exposed so an author can re-wrap it for a grant. */
export function openRecordDek(key: Uint8Array, ctx: RecordContext, wrappedDek: string): Uint8Array {
  const dek = open(key, wrappedDek, aadFor(ctx, 'dek'));
  if (dek.length !== KEY_BYTES) throw decryptFailed();
  return dek;
}

export function openRecord<T>(
  key: Uint8Array,
  ctx: RecordContext,
  sealed: SealedRecord,
  schema: Schema<T>,
): T {
  try {
    if (readEnvelopeKid(sealed.body) !== DEK_KID) throw decryptFailed();
    const dek = openRecordDek(key, ctx, sealed.wrappedDek);
    const padded = open(dek, sealed.body, aadFor(ctx, 'record'));
    dek.fill(0);
    return schema.parse(JSON.parse(fromUtf8(unpadBlock(padded))));
  } catch {
    throw decryptFailed();
  }
}
