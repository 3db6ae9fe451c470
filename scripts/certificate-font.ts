/**
 * Builds the certificate PDF's fonts: Noto Sans Regular and Bold (SIL Open Font License, from
 * the npm package @expo-google-fonts/noto-sans) cut down with harfbuzz (subset-font) to the
 * scripts a name on a certificate may use: Latin with every extension (Turkish, Polish,
 * Vietnamese …), Greek, Cyrillic, combining marks and punctuation. Written to public/fonts/,
 * served by the site itself and fetched only when "Download PDF" is clicked; the PDF then
 * embeds only the glyphs it uses. CJK is left out (Noto Sans CJK would add megabytes): the
 * certificate page says so and offers printing instead (src/lib/certificate/pdf.ts).
 * Usage: npm run fonts:certificate (the output is committed; run it after upgrading the font).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { CERTIFICATE_RANGES } from '../src/lib/certificate/font-ranges';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'node_modules/@expo-google-fonts/noto-sans');
const out = join(root, 'public/fonts');
mkdirSync(out, { recursive: true });

let text = '';
for (const [from, to] of CERTIFICATE_RANGES)
  for (let c = from; c <= to; c++) text += String.fromCodePoint(c);

for (const [weight, file] of [
  ['regular', '400Regular/NotoSans_400Regular.ttf'],
  ['bold', '700Bold/NotoSans_700Bold.ttf'],
] as const) {
  const subset = await subsetFont(readFileSync(join(source, file)), text, {
    targetFormat: 'truetype',
    // Hinting instructions only help screens at small sizes; a PDF is scaled anyway.
    noHinting: true,
    // pdf-lib places glyphs one by one (no shaping): layout tables would be dead weight.
    noLayoutClosure: true,
    dropTables: ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'MATH', 'kern'],
  });
  writeFileSync(join(out, `certificate-${weight}.ttf`), subset);
  process.stdout.write(
    `public/fonts/certificate-${weight}.ttf: ${Math.round(subset.length / 1024)} KB\n`,
  );
}
copyFileSync(join(source, 'LICENSE_FONT'), join(out, 'OFL.txt'));
