import type * as HearthCrypto from '../src/index.js';

// Computes every `expected` value in vectors.json from its inputs. It touches the library only
// through the `api` argument (the import above is type-only), so the very same code runs in
// Node against the source and in Chromium against the esbuild bundle.

type Api = typeof HearthCrypto;
type Hex = string;

export interface AadJson {
  scope: 'user' | 'couple' | 'grant' | 'invite';
  ownerId: string;
  recordId: string;
  recordType: string;
  authorId: string;
  version: number;
}

export interface EnvelopeVector {
  name: string;
  key: Hex;
  kid: string;
  nonce: Hex;
  aad: AadJson;
  plaintext: Hex;
  expected: { aad: Hex; envelope: string };
}

export interface RecordVector {
  name: string;
  key: Hex;
  kid: string;
  ctx: { scope: 'user' | 'couple'; ownerId: string; recordId: string; authorId: string; version: number };
  payload: unknown;
  /** DEK (32) ‖ DEK nonce (24) ‖ body nonce (24) */
  rng: Hex;
  expected: { wrappedDek: string; body: string; bodyPlaintextBytes: number };
}

export interface KeyVector {
  userId: string;
  exportKey: Hex;
  /** 20 recovery-key bytes */
  recoveryRng: Hex;
  /** UMK ‖ PDK ‖ X25519 secret ‖ Ed25519 seed */
  userKeysRng: Hex;
  /** four nonces: UMK by password, UMK by recovery, identity, PDK */
  wrapRng: Hex;
  coupleId: string;
  epoch: number;
  coupleKey: Hex;
  coupleKeyNonce: Hex;
  expected: {
    kekPassword: Hex;
    recoveryDisplay: string;
    kekRecovery: Hex;
    x25519PublicKey: Hex;
    ed25519PublicKey: Hex;
    wrapped: { umkByPassword: string; umkByRecovery: string; identity: string; pdk: string };
    wrappedCoupleKey: string;
  };
}

export interface PairingVector {
  inviteSecret: Hex;
  inviter: { userId: string; keysRng: Hex; name: string };
  joiner: { userId: string; keysRng: Hex; name: string };
  coupleId: string;
  coupleKey: Hex;
  bundleNonce: Hex;
  noteNonce: Hex;
  expected: {
    fragment: string;
    inviteId: string;
    inviteKey: Hex;
    inviteMacKey: Hex;
    inviterIdentity: unknown;
    joinerIdentity: unknown;
    bundleSignature: string;
    sealedBundle: string;
    sealedNote: string;
    acceptMac: string;
    acceptToken: string;
    acceptVerifier: string;
    safetyCode: string;
  };
}

export interface TagVector {
  coupleKey: Hex;
  promptId: string;
  date: string;
  roundId: string;
  itemId: string;
  expected: { revealTag: string; matchKey: Hex; matchTag: string };
}

export interface Vectors {
  about: string;
  envelopes: EnvelopeVector[];
  records: RecordVector[];
  keys: KeyVector;
  pairing: PairingVector;
  tags: TagVector;
}

/** A byte stream handed out in order; running dry is a bug in the vector, so it throws. */
export function streamRng(api: Api, hex: Hex): (n: number) => Uint8Array {
  const bytes = api.fromHex(hex);
  let offset = 0;
  return (n: number) => {
    if (offset + n > bytes.length) throw new Error(`fixed rng exhausted (${bytes.length} bytes)`);
    const out = bytes.slice(offset, offset + n);
    offset += n;
    return out;
  };
}

function envelope(api: Api, v: EnvelopeVector): EnvelopeVector {
  const key = api.fromHex(v.key);
  return {
    ...v,
    expected: {
      aad: api.toHex(api.encodeAad(v.aad, v.kid)),
      envelope: api.seal(key, v.kid, api.fromHex(v.plaintext), v.aad, streamRng(api, v.nonce)),
    },
  };
}

function record(api: Api, v: RecordVector): RecordVector {
  const sealed = api.sealRecord(api.fromHex(v.key), v.kid, v.ctx, v.payload, streamRng(api, v.rng));
  return {
    ...v,
    expected: {
      wrappedDek: sealed.wrappedDek,
      body: sealed.body,
      bodyPlaintextBytes: api.parseEnvelope(sealed.body).ciphertext.length - 16,
    },
  };
}

function keys(api: Api, v: KeyVector): KeyVector {
  const kekPassword = api.deriveKekFromExportKey(api.fromHex(v.exportKey));
  const recovery = api.generateRecoveryKey(streamRng(api, v.recoveryRng));
  const kekRecovery = api.deriveKekFromRecoveryKey(api.parseRecoveryKey(recovery.display));
  const userKeys = api.generateUserKeys(streamRng(api, v.userKeysRng));
  const wrapped = api.wrapUserKeys(v.userId, userKeys, kekPassword, kekRecovery, streamRng(api, v.wrapRng));
  return {
    ...v,
    expected: {
      kekPassword: api.toHex(kekPassword),
      recoveryDisplay: recovery.display,
      kekRecovery: api.toHex(kekRecovery),
      x25519PublicKey: api.toHex(userKeys.x25519.publicKey),
      ed25519PublicKey: api.toHex(userKeys.ed25519.publicKey),
      wrapped: { ...wrapped },
      wrappedCoupleKey: api.wrapCoupleKey(
        v.userId,
        userKeys.umk,
        v.coupleId,
        v.epoch,
        api.fromHex(v.coupleKey),
        streamRng(api, v.coupleKeyNonce),
      ),
    },
  };
}

function pairing(api: Api, v: PairingVector): PairingVector {
  const s = api.fromHex(v.inviteSecret);
  const inviteId = api.deriveInviteId(s);
  const inviterKeys = api.generateUserKeys(streamRng(api, v.inviter.keysRng));
  const joinerKeys = api.generateUserKeys(streamRng(api, v.joiner.keysRng));
  const bundle = api.createInviteBundle(
    v.inviter.userId,
    inviterKeys,
    v.coupleId,
    api.fromHex(v.coupleKey),
    v.inviter.name,
  );
  const joiner = api.makePublicIdentity(v.joiner.userId, joinerKeys);
  return {
    ...v,
    expected: {
      fragment: api.inviteSecretToFragment(s),
      inviteId,
      inviteKey: api.toHex(api.deriveInviteKey(s)),
      inviteMacKey: api.toHex(api.deriveInviteMacKey(s)),
      inviterIdentity: { ...bundle.inviter },
      joinerIdentity: { ...joiner },
      bundleSignature: bundle.bundleSignature,
      sealedBundle: api.sealInviteBundle(s, inviteId, bundle, streamRng(api, v.bundleNonce)),
      sealedNote: api.sealJoinerNote(s, inviteId, { name: v.joiner.name }, streamRng(api, v.noteNonce)),
      acceptMac: api.computeAcceptMac(s, v.coupleId, bundle.inviter, joiner),
      acceptToken: api.deriveInviteAcceptToken(s),
      acceptVerifier: api.inviteAcceptVerifier(api.deriveInviteAcceptToken(s)),
      safetyCode: api.safetyCode(v.coupleId, bundle.inviter, joiner),
    },
  };
}

function tags(api: Api, v: TagVector): TagVector {
  const ck = api.fromHex(v.coupleKey);
  const matchKey = api.deriveMatchKey(ck, v.roundId);
  return {
    ...v,
    expected: {
      revealTag: api.revealTag(ck, v.promptId, v.date),
      matchKey: api.toHex(matchKey),
      matchTag: api.matchTag(matchKey, v.itemId),
    },
  };
}

export function reproduceVectors(api: Api, vectors: Vectors): Vectors {
  return {
    about: vectors.about,
    envelopes: vectors.envelopes.map((v) => envelope(api, v)),
    records: vectors.records.map((v) => record(api, v)),
    keys: keys(api, vectors.keys),
    pairing: pairing(api, vectors.pairing),
    tags: tags(api, vectors.tags),
  };
}
