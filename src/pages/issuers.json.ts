// The public keys of the issuers this site vouches for (config/issuers.json, checked here at
// build time). /verify reads this file to check a certificate's signature.
import type { APIRoute } from 'astro';
import issuers from '../../config/issuers.json';
import { readIssuers } from '../lib/certificate/issuers';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(readIssuers(issuers)), {
    headers: { 'Content-Type': 'application/json' },
  });
