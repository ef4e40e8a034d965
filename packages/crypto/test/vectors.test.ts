import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { reproduceVectors, type Vectors } from './reproduce-vectors.js';
import { annotateAad, DOC_BEGIN, DOC_END } from './vector-docs.js';

const vectors = JSON.parse(
  readFileSync(fileURLToPath(new URL('vectors.json', import.meta.url)), 'utf8'),
) as Vectors;

/** Decrypts a v1 envelope with @noble directly, bypassing our envelope code. */
function nobleOpen(key: string, envelope: string, aadHex: string): Uint8Array {
  const [, , nonce, ciphertext] = envelope.split('.') as [string, string, string, string];
  return xchacha20poly1305(api.fromHex(key), Buffer.from(nonce, 'base64url'), api.fromHex(aadHex)).decrypt(
    Buffer.from(ciphertext, 'base64url'),
  );
}

describe('envelope fixtures (packages/crypto/test/vectors.json)', () => {
  it('our code reproduces every fixture byte for byte in Node', () => {
    expect(reproduceVectors(api, vectors)).toEqual(vectors);
  });

  it.each(vectors.envelopes.map((v) => [v.name, v] as const))(
    'fixture "%s" decrypts with the raw library under its published AAD bytes',
    (_name, v) => {
      expect(api.toHex(nobleOpen(v.key, v.expected.envelope, v.expected.aad))).toBe(v.plaintext);
      expect(api.toHex(api.open(api.fromHex(v.key), v.expected.envelope, v.aad))).toBe(v.plaintext);
    },
  );

  it.each(vectors.records.map((v) => [v.name, v] as const))(
    'record fixture "%s" unwraps and decrypts with the raw library to the padded JSON payload',
    (_name, v) => {
      const aadOf = (kid: string, recordType: string) =>
        api.toHex(api.encodeAad({ ...v.ctx, recordType }, kid));
      const dek = nobleOpen(v.key, v.expected.wrappedDek, aadOf(v.kid, 'dek'));
      expect(api.toHex(dek)).toBe(v.rng.slice(0, 64)); // the first 32 rng bytes are the DEK
      const padded = nobleOpen(api.toHex(dek), v.expected.body, aadOf('dek', 'record'));
      expect(padded.length % 64).toBe(0);
      expect(padded.length).toBe(v.expected.bodyPlaintextBytes);
      expect(JSON.parse(new TextDecoder().decode(api.unpadBlock(padded)))).toEqual(v.payload);
    },
  );

  it('the key-hierarchy fixture unwraps through both KEKs to the keys drawn from its rng', () => {
    const k = vectors.keys;
    const kek = api.deriveKekFromExportKey(api.fromHex(k.exportKey));
    const w = k.expected.wrapped;
    const keys = api.unwrapUserKeys(
      k.userId,
      { umk: w.umkByPassword, via: 'password', identity: w.identity, pdk: w.pdk },
      kek,
    );
    expect(api.toHex(keys.umk)).toBe(k.userKeysRng.slice(0, 64));
    const rk = api.deriveKekFromRecoveryKey(api.parseRecoveryKey(k.expected.recoveryDisplay));
    expect(
      api.unwrapUserKeys(
        k.userId,
        { umk: w.umkByRecovery, via: 'recovery', identity: w.identity, pdk: w.pdk },
        rk,
      ),
    ).toEqual(keys);
    expect(
      api.toHex(api.unwrapCoupleKey(k.userId, keys.umk, k.coupleId, k.epoch, k.expected.wrappedCoupleKey)),
    ).toBe(k.coupleKey);
  });

  it('the pairing fixture opens, verifies and yields its couple key', () => {
    const p = vectors.pairing;
    const s = api.inviteSecretFromFragment(p.expected.fragment);
    const bundle = api.openInviteBundle(s, p.expected.inviteId, p.expected.sealedBundle);
    expect(api.toHex(api.fromB64(bundle.coupleKey))).toBe(p.coupleKey);
    const joiner = p.expected.joinerIdentity as api.PublicIdentity;
    expect(api.verifyAcceptMac(s, p.coupleId, bundle.inviter, joiner, p.expected.acceptMac)).toBe(true);
    expect(api.openJoinerNote(s, p.expected.inviteId, p.expected.sealedNote)).toEqual({
      name: p.joiner.name,
    });
  });

  it('docs/crypto-format.md carries the current fixtures and AAD listing (rerun make-vectors.ts if not)', () => {
    const docs = readFileSync(
      fileURLToPath(new URL('../../../docs/crypto-format.md', import.meta.url)),
      'utf8',
    );
    const block = docs.slice(docs.indexOf(DOC_BEGIN), docs.indexOf(DOC_END));
    const json = readFileSync(fileURLToPath(new URL('vectors.json', import.meta.url)), 'utf8').trimEnd();
    expect(block).toContain(json);
    expect(block).toContain(annotateAad(api, vectors.envelopes[0]!.aad, vectors.envelopes[0]!.kid));
  });
});
