/**
 * The issuers this site vouches for: config/issuers.json, checked at build time and published as
 * /issuers.json (public keys only). /verify reads it to check signatures and name the issuer.
 */
import { z } from 'zod';
import { keyIdOf, type Issuer } from './sign';

const base64url = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a P-256 coordinate in base64url');

/** One trainer or organisation that signs certificates. */
export const issuer = z
  .strictObject({
    /** Key id: first 16 hex digits of SHA-256 over "x.y" (the trainer page shows it). */
    id: z.string().regex(/^[0-9a-f]{16}$/),
    /** Name /verify shows, e.g. "Muster AG, Kundenservice-Akademie". */
    name: z.string().trim().min(1).max(120),
    /** The public key (JWK) as the trainer page exported it. */
    publicKey: z.strictObject({
      kty: z.literal('EC'),
      crv: z.literal('P-256'),
      x: base64url,
      y: base64url,
    }),
  })
  .refine((i) => keyIdOf(i.publicKey) === i.id, {
    message: 'the id does not belong to this public key: copy the entry from the trainer page',
    path: ['id'],
  });

export const issuerList = z.array(issuer).max(200);

/** Validates the issuer list; throws a readable error naming config/issuers.json. */
export function readIssuers(json: unknown, file = 'config/issuers.json'): Issuer[] {
  const parsed = issuerList.safeParse(json);
  if (!parsed.success)
    throw new Error(
      `${file} is invalid:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  return parsed.data;
}
