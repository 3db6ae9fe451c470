/**
 * A version 4 UUID from `crypto.getRandomValues`. Not `crypto.randomUUID()`: that exists in
 * secure contexts only, and a classroom serves the site over plain http on its own network
 * (`npm run lrs -- --lan --site dist`).
 */
export function uuidV4(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const x = Array.from(b, (n) => n.toString(16).padStart(2, '0')).join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
