// The SCORM control schemas (XSD/DTD) for the root of the SCORM zips made on the trainer page,
// read at build time from ../shared/schemas (never copied into the repository). Without that
// folder the file is empty and the zips carry no schema files, like the command line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { LANGS } from '../../../lib/i18n';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

function folder(name: string): Record<string, string> | undefined {
  const dir = resolve(process.cwd(), '../shared/schemas', name);
  if (!existsSync(dir)) return undefined;
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir)) {
    if (/\.(xsd|dtd|txt)$/.test(f) && !/_all\.xsd$/.test(f)) {
      files[f] = readFileSync(join(dir, f)).toString('base64');
    }
  }
  return files;
}

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ scorm12: folder('scorm12'), scorm2004: folder('scorm2004-4th') }), {
    headers: { 'Content-Type': 'application/json' },
  });
