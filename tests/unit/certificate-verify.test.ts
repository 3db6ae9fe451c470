import { describe, expect, it } from 'vitest';
import { sha256, toHex } from '../../src/lib/certificate/sha256';
import {
  canonicalName,
  encodeCertificate,
  verifyCertificate,
  type CertificateFields,
} from '../../src/lib/certificate/verify';
import { version } from '../../package.json';

const cert: CertificateFields = {
  name: 'Jürgen Öztürk-Weiß',
  date: '2026-11-23',
  score: 85,
  version,
};

describe('sha256', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(toHex(sha256(''))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(toHex(sha256('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(toHex(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });
});

describe('verification code', () => {
  const code = encodeCertificate(cert);

  it('looks like RL-XXXX-XXXX-XXXX-XXXX in Crockford base32', () => {
    expect(code).toMatch(/^RL(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
  });

  it('round-trips every field', () => {
    expect(verifyCertificate(code, cert.name)).toEqual({ ok: true, fields: cert });
    for (const score of [0, 79, 80, 100]) {
      for (const date of ['2020-01-01', '2031-02-28']) {
        const f = { ...cert, score, date, version: '15.63.63' };
        expect(verifyCertificate(encodeCertificate(f), f.name)).toEqual({ ok: true, fields: f });
      }
    }
  });

  it('is forgiving about case, spacing, hyphens and look-alike letters', () => {
    const sloppy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(verifyCertificate(sloppy, '  jürgen   öztürk-weiß ').ok).toBe(true);
    expect(canonicalName('Ju\u0308rgen')).toBe(canonicalName('Jürgen'));
  });

  it('detects every single changed character', () => {
    const chars = code.replace(/^RL-/, '').replace(/-/g, '');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let i = 0; i < chars.length; i++) {
      for (const replacement of [alphabet[(alphabet.indexOf(chars[i]!) + 1) % 32]!, 'Z', '0']) {
        if (replacement === chars[i]) continue;
        const tampered = chars.slice(0, i) + replacement + chars.slice(i + 1);
        expect(verifyCertificate(tampered, cert.name).ok, `position ${i} → ${replacement}`).toBe(
          false,
        );
      }
    }
  });

  it('catches a raised score as damage, not as a valid certificate', () => {
    // Re-encode with score 95 but keep the old check bits: the check must fail.
    const other = encodeCertificate({ ...cert, score: 95 }).replace(/-/g, '');
    const mixed = other.slice(0, 13) + code.replace(/-/g, '').slice(13);
    expect(verifyCertificate(mixed, cert.name)).toEqual({ ok: false, reason: 'checksum' });
  });

  it('rejects another name and malformed input with distinct reasons', () => {
    expect(verifyCertificate(code, 'Anna Weber')).toEqual({ ok: false, reason: 'name' });
    expect(verifyCertificate('RL-1234', cert.name)).toEqual({ ok: false, reason: 'format' });
    expect(verifyCertificate(`${code}X`, cert.name)).toEqual({ ok: false, reason: 'format' });
    expect(verifyCertificate(code, '')).toEqual({ ok: false, reason: 'name' });
  });

  it('refuses fields it cannot encode, naming the field', () => {
    expect(() => encodeCertificate({ ...cert, score: 101 })).toThrow(/score/);
    expect(() => encodeCertificate({ ...cert, date: '2019-12-31' })).toThrow(/date/);
    expect(() => encodeCertificate({ ...cert, date: '2026-02-30' })).toThrow(/date/);
    expect(() => encodeCertificate({ ...cert, version: '1.2' })).toThrow(/version/);
    expect(() => encodeCertificate({ ...cert, name: '   ' })).toThrow(/name/);
  });
});
