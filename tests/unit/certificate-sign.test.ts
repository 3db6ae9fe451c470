/** Issuer-signed certificates: a signature verifies with the published key and names the issuer. */
import { describe, expect, it } from 'vitest';
import { readIssuers } from '../../src/lib/certificate/issuers';
import { readSigningKey } from '../../src/lib/certificate/key-file';
import {
  createSigningKey,
  issuerEntry,
  signCertificate,
  verifySigned,
} from '../../src/lib/certificate/sign';
import { encodeCertificate } from '../../src/lib/certificate/verify';

const fields = { name: 'Łukasz Wójcik-Aydın', date: '2026-11-23', score: 90, version: '0.1.0' };

describe('signed certificates', async () => {
  const key = await createSigningKey('Muster AG Akademie');
  const issuers = readIssuers([issuerEntry(key)]);
  const code = encodeCertificate(fields);
  const signature = await signCertificate(key, fields);

  it('verify with the published key and name the issuer', async () => {
    expect(signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    const r = await verifySigned(code, 'łukasz  wójcik-aydın', signature, key.keyId, issuers);
    expect(r).toMatchObject({ ok: true, kind: 'issued', issuer: { name: 'Muster AG Akademie' } });
  });

  it('a code without signature is a self-assessment, whoever computed it', async () => {
    const forged = encodeCertificate({ ...fields, name: 'Max Mustermann', score: 100 });
    expect(await verifySigned(forged, 'Max Mustermann', '', '', issuers)).toMatchObject({
      ok: true,
      kind: 'self',
    });
  });

  it('a forged or moved signature, another key, an unknown issuer are refused', async () => {
    const forged = encodeCertificate({ ...fields, score: 100 });
    expect(await verifySigned(forged, fields.name, signature, key.keyId, issuers)).toEqual({
      ok: false,
      reason: 'signature',
    });
    const other = await createSigningKey('Someone else');
    const theirs = await signCertificate(other, fields);
    expect(await verifySigned(code, fields.name, theirs, other.keyId, issuers)).toEqual({
      ok: false,
      reason: 'issuer',
    });
    // Someone else's signature presented under the published key id.
    expect(await verifySigned(code, fields.name, theirs, key.keyId, issuers)).toEqual({
      ok: false,
      reason: 'signature',
    });
    const flipped = signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect(await verifySigned(code, fields.name, flipped, key.keyId, issuers)).toMatchObject({
      ok: false,
    });
    expect(await verifySigned(code, fields.name, 'short', key.keyId, issuers)).toEqual({
      ok: false,
      reason: 'signature',
    });
  });

  it('reads back its key file and refuses a tampered one', () => {
    expect(readSigningKey(JSON.parse(JSON.stringify(key)))).toMatchObject({ keyId: key.keyId });
    expect(readSigningKey({ ...key, keyId: '0000000000000000' })).toHaveProperty('error');
    expect(readSigningKey({ ...key, privateKey: {} })).toHaveProperty('error');
    expect(readSigningKey({ ...key, version: 2 })).toHaveProperty('error');
  });

  it('the issuer list refuses an entry whose id is not its key', () => {
    expect(() => readIssuers([{ ...issuerEntry(key), id: '0123456789abcdef' }])).toThrow(
      /config\/issuers\.json is invalid:\n {2}0\.id: the id does not belong/,
    );
  });
});
