/**
 * Reading a trainer's signing key file (the trainer page only: zod stays out of /verify).
 * Format "replylab-signing-key", version 1, written by `createSigningKey` in ./sign.ts.
 */
import { z } from 'zod';
import { keyIdOf, type SigningKeyFile } from './sign';

const coordinate = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const signingKeyFile = z
  .object({
    /** Always "replylab-signing-key". */
    format: z.literal('replylab-signing-key'),
    /** Version of this format. */
    version: z.literal(1),
    /** Name of the trainer or organisation, as certificates and /verify show it. */
    issuer: z.string().trim().min(1).max(120),
    /** First 16 hex digits of SHA-256 over the public key's "x.y". */
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    /** The private key (JWK with d): whoever holds the file can sign. */
    privateKey: z.looseObject({
      kty: z.literal('EC'),
      crv: z.literal('P-256'),
      x: coordinate,
      y: coordinate,
      d: coordinate,
    }),
    /** The public key (JWK), published in config/issuers.json. */
    publicKey: z.object({
      kty: z.literal('EC'),
      crv: z.literal('P-256'),
      x: coordinate,
      y: coordinate,
    }),
  })
  .refine((k) => keyIdOf(k.publicKey) === k.keyId, {
    message: 'the key id does not belong to the public key',
    path: ['keyId'],
  })
  .refine((k) => k.privateKey.x === k.publicKey.x && k.privateKey.y === k.publicKey.y, {
    message: 'the private and the public key are not one pair',
    path: ['privateKey'],
  });

/** Reads a signing key file; says what is wrong instead of throwing. */
export function readSigningKey(json: unknown): SigningKeyFile | { error: string } {
  const parsed = signingKeyFile.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return {
    error: `not a ReplyLab signing key file (version 1): ${issue?.path.join('.') || '(file)'}: ${issue?.message ?? ''}`,
  };
}
