/**
 * connect-src for the pages that talk to a trainer-named LRS (the drill runner, the results
 * dashboard, the live console and its projector). The LRS is chosen by the trainer after the site is built, so its origin cannot be
 * listed; the policy allows any HTTPS origin and plain HTTP only on this machine (a classroom
 * LRS from `npm run lrs`). Every other page keeps default-src 'self' and can reach nothing else.
 */
export const LRS_CONNECT_SRC = "connect-src 'self' https: http://localhost:* http://127.0.0.1:*";
