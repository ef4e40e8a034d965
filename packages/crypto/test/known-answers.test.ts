import { describe, expect, it } from 'vitest';
import {
  ed25519PublicKey,
  ed25519Sign,
  ed25519Verify,
  fromHex,
  hkdfSha256,
  hmacSha256,
  keyedHmacSha256,
  toHex,
  utf8,
  x25519PublicKey,
  x25519Shared,
  xchachaOpen,
  xchachaSeal,
} from '../src/index.js';

// Published vectors run through Hearth's wrappers (not the libraries directly), so a wrong
// argument order or a swapped key/nonce in our code fails here.

const seq = (start: number, length: number) => Uint8Array.from({ length }, (_, i) => start + i);

describe('XChaCha20-Poly1305 (draft-irtf-cfrg-xchacha-03 §A.3.1)', () => {
  const key = fromHex('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f');
  const nonce = fromHex('404142434445464748494a4b4c4d4e4f5051525354555657');
  const aad = fromHex('50515253c0c1c2c3c4c5c6c7');
  const plaintext = utf8(
    "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.",
  );
  const ciphertext =
    'bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb' +
    '731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452' +
    '2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9' +
    '21f9664c97637da9768812f615c68b13b52e';
  const tag = 'c0875924c1c7987947deafd8780acf49';

  it('xchachaSeal produces the draft ciphertext followed by the draft tag', () => {
    expect(toHex(xchachaSeal(key, nonce, plaintext, aad))).toBe(ciphertext + tag);
  });

  it('xchachaOpen recovers the draft plaintext', () => {
    expect(xchachaOpen(key, nonce, fromHex(ciphertext + tag), aad)).toEqual(plaintext);
  });

  it('xchachaOpen rejects the draft ciphertext under different associated data', () => {
    expect(() => xchachaOpen(key, nonce, fromHex(ciphertext + tag), aad.subarray(1))).toThrow(
      expect.objectContaining({ code: 'HEARTH_DECRYPT_FAILED' }),
    );
  });
});

describe('HKDF-SHA256 (RFC 5869 appendix A)', () => {
  it.each([
    {
      name: 'test case 1 (basic)',
      ikm: new Uint8Array(22).fill(0x0b),
      salt: seq(0x00, 13),
      info: seq(0xf0, 10),
      length: 42,
      okm: '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
    },
    {
      name: 'test case 2 (long inputs)',
      ikm: seq(0x00, 80),
      salt: seq(0x60, 80),
      info: seq(0xb0, 80),
      length: 82,
      okm:
        'b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c' +
        '59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71' +
        'cc30c58179ec3e87c14c01d5c1f3434f1d87',
    },
    {
      name: 'test case 3 (empty salt and info)',
      ikm: new Uint8Array(22).fill(0x0b),
      salt: new Uint8Array(0),
      info: new Uint8Array(0),
      length: 42,
      okm: '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8',
    },
  ])('hkdfSha256 reproduces RFC 5869 $name', ({ ikm, salt, info, length, okm }) => {
    expect(toHex(hkdfSha256(ikm, info, length, salt))).toBe(okm);
  });

  it('an absent salt equals the all-zero salt, as RFC 5869 specifies', () => {
    const ikm = new Uint8Array(22).fill(0x0b);
    expect(hkdfSha256(ikm, 'hearth/x', 32)).toEqual(hkdfSha256(ikm, 'hearth/x', 32, new Uint8Array(32)));
  });
});

describe('HMAC-SHA256 (RFC 4231 §4)', () => {
  it.each([
    {
      name: 'test case 1',
      key: '0b'.repeat(20),
      data: utf8('Hi There'),
      mac: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    },
    {
      name: 'test case 2 (key shorter than the output)',
      key: toHex(utf8('Jefe')),
      data: utf8('what do ya want for nothing?'),
      mac: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    },
    {
      name: 'test case 6 (key longer than the block)',
      key: 'aa'.repeat(131),
      data: utf8('Test Using Larger Than Block-Size Key - Hash Key First'),
      mac: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    },
  ])('hmacSha256 and keyedHmacSha256 reproduce RFC 4231 $name', ({ key, data, mac }) => {
    expect(toHex(hmacSha256(fromHex(key), data))).toBe(mac);
    const keyed = keyedHmacSha256(fromHex(key));
    expect(toHex(keyed.mac(data))).toBe(mac);
    // The keyed state is reused, never consumed: a second message starts from the key again.
    expect(toHex(keyed.mac(data))).toBe(mac);
    keyed.destroy();
  });
});

describe('X25519 (RFC 7748)', () => {
  it.each([
    {
      scalar: 'a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4',
      u: 'e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c',
      out: 'c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552',
    },
    {
      scalar: '4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d',
      u: 'e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493',
      out: '95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957',
    },
  ])('x25519Shared reproduces the §5.2 scalar multiplication for u = $u', ({ scalar, u, out }) => {
    expect(toHex(x25519Shared(fromHex(scalar), fromHex(u)))).toBe(out);
  });

  const alice = {
    secret: '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a',
    public: '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a',
  };
  const bob = {
    secret: '5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb',
    public: 'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f',
  };
  const shared = '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742';

  it('public keys derive as in the §6.1 Alice/Bob example', () => {
    expect(toHex(x25519PublicKey(fromHex(alice.secret)))).toBe(alice.public);
    expect(toHex(x25519PublicKey(fromHex(bob.secret)))).toBe(bob.public);
  });

  it('both sides of the §6.1 exchange reach the same shared secret', () => {
    expect(toHex(x25519Shared(fromHex(alice.secret), fromHex(bob.public)))).toBe(shared);
    expect(toHex(x25519Shared(fromHex(bob.secret), fromHex(alice.public)))).toBe(shared);
  });

  it('a low-order public key (all zeros) is refused instead of yielding a zero secret', () => {
    expect(() => x25519Shared(fromHex(alice.secret), new Uint8Array(32))).toThrow(
      expect.objectContaining({ code: 'HEARTH_DECRYPT_FAILED' }),
    );
  });
});

describe('Ed25519 (RFC 8032 §7.1)', () => {
  it.each([
    {
      name: 'test 1 (empty message)',
      secret: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
      public: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
      message: '',
      signature:
        'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155' +
        '5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    },
    {
      name: 'test 2 (one byte)',
      secret: '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
      public: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
      message: '72',
      signature:
        '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da' +
        '085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
    },
  ])('ed25519 wrappers reproduce RFC 8032 $name', (v) => {
    expect(toHex(ed25519PublicKey(fromHex(v.secret)))).toBe(v.public);
    expect(toHex(ed25519Sign(fromHex(v.secret), fromHex(v.message)))).toBe(v.signature);
    expect(ed25519Verify(fromHex(v.public), fromHex(v.message), fromHex(v.signature))).toBe(true);
  });

  it('ed25519Verify returns false for a changed message or a malformed signature, never throws', () => {
    const pub = fromHex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
    const sig = fromHex(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
    expect(ed25519Verify(pub, new Uint8Array([0]), sig)).toBe(false);
    expect(ed25519Verify(pub, new Uint8Array(0), sig.subarray(1))).toBe(false);
    expect(ed25519Verify(new Uint8Array(3), new Uint8Array(0), sig)).toBe(false);
  });
});
