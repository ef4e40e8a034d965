import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DECRYPT_FAILED_MESSAGE,
  fromB64,
  open,
  openRecord,
  openRecordDek,
  padToBlock,
  parseEnvelope,
  seal,
  sealRecord,
  utf8,
  type RecordContext,
} from '../src/index.js';

const pdk = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
const ctx: RecordContext = {
  scope: 'couple',
  ownerId: 'cpl_1',
  recordId: 'rec_1',
  authorId: 'usr_a',
  version: 2,
};
const anything = { parse: (x: unknown) => x };
const generic = expect.objectContaining({ code: 'HEARTH_DECRYPT_FAILED', message: DECRYPT_FAILED_MESSAGE });

const json = fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown); // drops -0, as JSON does

describe('records', () => {
  it('openRecord(sealRecord(payload)) returns the payload for any JSON value', () => {
    fc.assert(
      fc.property(json, (payload) => {
        expect(openRecord(pdk, ctx, sealRecord(pdk, 'pdk', ctx, payload), anything)).toEqual(payload);
      }),
      { numRuns: 200 },
    );
  });

  it('each write uses a fresh DEK, so sealing the same payload twice gives unrelated ciphertexts', () => {
    const a = sealRecord(pdk, 'pdk', ctx, { type: 'note' });
    const b = sealRecord(pdk, 'pdk', ctx, { type: 'note' });
    expect(openRecordDek(pdk, ctx, a.wrappedDek)).not.toEqual(openRecordDek(pdk, ctx, b.wrappedDek));
    expect(a.body).not.toBe(b.body);
  });

  it('the body is sealed under kid "dek" and its size reveals only a 64-byte bucket', () => {
    const short = sealRecord(pdk, 'pdk', ctx, { type: 'journal', text: 'a' });
    const longer = sealRecord(pdk, 'pdk', ctx, { type: 'journal', text: 'a'.repeat(30) });
    expect(parseEnvelope(short.body).kid).toBe('dek');
    expect(parseEnvelope(short.body).ciphertext.length).toBe(64 + 16);
    expect(short.body.length).toBe(longer.body.length);
  });

  it('the record type lives inside the ciphertext; the AAD only ever says "record" or "dek"', () => {
    const sealed = sealRecord(pdk, 'pdk', ctx, { type: 'desire-confirmation' });
    const dek = openRecordDek(pdk, ctx, sealed.wrappedDek);
    expect(() => open(dek, sealed.body, { ...ctx, recordType: 'record' })).not.toThrow();
    expect(sealed.wrappedDek + sealed.body).not.toContain('desire');
  });

  const sealed = sealRecord(pdk, 'ck-0', ctx, { type: 'answer', text: 'yes' });
  it.each<[string, RecordContext]>([
    ['another record id', { ...ctx, recordId: 'rec_2' }],
    ['another owner (couple)', { ...ctx, ownerId: 'cpl_2' }],
    ['another author', { ...ctx, authorId: 'usr_b' }],
    ['another version', { ...ctx, version: 1 }],
    ['the user scope', { ...ctx, scope: 'user' }],
  ])('a record sealed for record A cannot be opened as %s', (_label, other) => {
    expect(() => openRecord(pdk, other, sealed, anything)).toThrow(generic);
  });

  it('the wrong key is rejected', () => {
    expect(() => openRecord(new Uint8Array(32), ctx, sealed, anything)).toThrow(generic);
  });

  it('a body swapped in from another record (with its own valid DEK) is rejected', () => {
    const other = sealRecord(pdk, 'ck-0', { ...ctx, recordId: 'rec_2' }, { type: 'answer', text: 'no' });
    expect(() => openRecord(pdk, ctx, { wrappedDek: sealed.wrappedDek, body: other.body }, anything)).toThrow(
      generic,
    );
    expect(() => openRecord(pdk, ctx, { wrappedDek: other.wrappedDek, body: sealed.body }, anything)).toThrow(
      generic,
    );
  });

  it('a body re-sealed under a kid other than "dek" is rejected', () => {
    const dek = openRecordDek(pdk, ctx, sealed.wrappedDek);
    const body = seal(dek, 'pdk', padToBlock(utf8('{"type":"answer"}')), { ...ctx, recordType: 'record' });
    // The body itself is authentic for its own kid; only the kid rule refuses it.
    expect(open(dek, body, { ...ctx, recordType: 'record' })).toHaveLength(64);
    expect(() => openRecord(pdk, ctx, { wrappedDek: sealed.wrappedDek, body }, anything)).toThrow(generic);
  });

  it('a schema rejection looks exactly like tampering', () => {
    const strict = {
      parse(x: unknown) {
        if ((x as { type?: unknown }).type !== 'journal') throw new Error('not a journal');
        return x;
      },
    };
    expect(() => openRecord(pdk, ctx, sealed, strict)).toThrow(generic);
  });

  it('a wrapped "DEK" of the wrong length is rejected', () => {
    const wrappedDek = seal(pdk, 'ck-0', new Uint8Array(16), { ...ctx, recordType: 'dek' });
    expect(() => openRecord(pdk, ctx, { wrappedDek, body: sealed.body }, anything)).toThrow(generic);
  });

  it('the DEK wrap is 32 bytes of key plus the tag (no JSON around binary keys)', () => {
    expect(fromB64(sealed.wrappedDek.split('.')[3]!)).toHaveLength(32 + 16);
  });
});
