/** Signed certificates a trainee received: decoded field by field, links round-trip. */
import { describe, expect, it } from 'vitest';
import {
  decodeCertificates,
  signedFromFragment,
  signedToFragment,
  type SignedCertificate,
} from '../../src/stores/certificates';

const good: SignedCertificate = {
  name: 'Γιώργος Παπαδόπουλος',
  date: '2026-11-23',
  score: 90,
  version: '0.1.0',
  code: 'RL-0123-4567-89AB-CDEF',
  issuer: 'Muster AG',
  keyId: '0123456789abcdef',
  signature: 'A'.repeat(86),
};

describe('certificates store', () => {
  it('reads a valid value unchanged and a link back to the same certificate', () => {
    expect(decodeCertificates(JSON.stringify({ v: 1, signed: [good] }))).toEqual({
      v: 1,
      signed: [good],
    });
    expect(signedFromFragment(signedToFragment(good))).toEqual(good);
  });

  it.each([
    ['a date in 2200', { date: '2200-01-01' }],
    ['an impossible date', { date: '2026-02-30' }],
    ['a blank name', { name: ' \u200b ' }],
    ['a score of 101', { score: 101 }],
    ['a short signature', { signature: 'abc' }],
    ['a key id of another shape', { keyId: 'constructor' }],
  ])('drops an entry with %s and keeps the others', (_name, change) => {
    const state = decodeCertificates(
      JSON.stringify({
        v: 1,
        signed: [good, { ...good, code: 'RL-1111-2222-3333-4444', ...change }],
      }),
    );
    expect(state.signed).toEqual([good]);
    expect(state.recovered).toBe(true);
  });

  it('keeps a certificate stored twice once, ignores other versions and garbage', () => {
    expect(decodeCertificates(JSON.stringify({ v: 1, signed: [good, good] })).signed).toEqual([
      good,
    ]);
    for (const raw of ['{', 'null', '[]', JSON.stringify({ v: 2, signed: [good] })])
      expect(decodeCertificates(raw)).toEqual({ v: 1, signed: [], recovered: true });
    expect(signedFromFragment('%%%')).toBeUndefined();
    expect(signedFromFragment('x'.repeat(3000))).toBeUndefined();
  });
});
