// The certificate as a one-page A4 PDF, built with pdf-lib and fontkit. The page loads this
// module and the fonts (public/fonts, Noto Sans cut to Latin, Greek and Cyrillic by
// scripts/certificate-font.ts) only when "Download PDF" is clicked. The fonts are embedded as
// subsets with a ToUnicode map, so the PDF prints every name exactly as typed (NFC) and a
// reader can copy it out again; a name the font cannot print is refused before anything is
// built (`unprintable`), never printed with look-alikes or "?".
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import { unprintable } from './font-ranges';

export interface CertificatePdfText {
  heading: string;
  /** A line under the heading, e.g. "Self-assessment" (optional). */
  kind?: string;
  course: string;
  confirms: string;
  name: string;
  passed: string;
  /** Label/value lines: score, date, version, code (and issuer, key, signature). */
  facts: [string, string][];
  /** What the code proves (self-assessment) or who signed (issued); small print. */
  note?: string;
  verifyAt: string;
}

export interface CertificateFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** The fonts' URLs on the site itself (no third-party request). */
export const FONT_URLS = {
  regular: '/fonts/certificate-regular.ttf',
  bold: '/fonts/certificate-bold.ttf',
} as const;

/** Thrown when a text holds characters the certificate font lacks (the page says which). */
export class UnprintableError extends Error {
  constructor(readonly characters: string[]) {
    super(`the certificate font cannot print: ${characters.join(' ')}`);
  }
}

/** Loads the fonts from the site. */
export async function loadCertificateFonts(base = ''): Promise<CertificateFonts> {
  const get = async (url: string) => {
    const response = await fetch(base + url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const [regular, bold] = await Promise.all([get(FONT_URLS.regular), get(FONT_URLS.bold)]);
  return { regular, bold };
}

export async function buildCertificatePdf(
  text: CertificatePdfText,
  fonts: CertificateFonts,
): Promise<Uint8Array> {
  const all = [
    text.heading,
    text.kind ?? '',
    text.course,
    text.confirms,
    text.name,
    text.passed,
    text.note ?? '',
    text.verifyAt,
    ...text.facts.flat(),
  ].join('');
  const missing = unprintable(all);
  if (missing.length > 0) throw new UnprintableError(missing);

  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(`${text.heading} – ${text.name.normalize('NFC')}`);
  doc.setAuthor('ReplyLab');
  doc.setCreator('ReplyLab');
  const page = doc.addPage([595.28, 841.89]);
  const regular = await doc.embedFont(fonts.regular, { subset: true });
  const bold = await doc.embedFont(fonts.bold, { subset: true });
  const teal = rgb(0.043, 0.431, 0.392);
  const ink = rgb(0.11, 0.137, 0.129);
  const { width } = page.getSize();

  const centred = (
    value: string,
    y: number,
    size: number,
    font: PDFFont = regular,
    color = ink,
  ) => {
    const safe = value.normalize('NFC');
    // Shrink long lines so they stay inside the margins.
    let s = size;
    while (s > 7 && font.widthOfTextAtSize(safe, s) > width - 120) s -= 0.5;
    page.drawText(safe, {
      x: (width - font.widthOfTextAtSize(safe, s)) / 2,
      y,
      size: s,
      font,
      color,
    });
  };
  /** Small print wrapped at the margins, centred, from `y` down. */
  const paragraph = (value: string, y: number, size: number) => {
    const words = value.normalize('NFC').split(/\s+/);
    let line = '';
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (regular.widthOfTextAtSize(next, size) > width - 140 && line) {
        centred(line, y, size);
        y -= size * 1.4;
        line = word;
      } else line = next;
    }
    if (line) centred(line, y, size);
  };

  page.drawRectangle({
    x: 30,
    y: 30,
    width: width - 60,
    height: 781.89,
    borderColor: teal,
    borderWidth: 3,
  });
  centred('ReplyLab', 740, 20, bold, teal);
  centred(text.heading, 685, 34, bold);
  if (text.kind) centred(text.kind, 655, 15, bold, teal);
  centred(text.course, 625, 13);
  centred(text.confirms, 575, 13);
  centred(text.name, 530, 28, bold, teal);
  centred(text.passed, 495, 13);
  let y = 430;
  const column = width - 230 - 60;
  for (const [label, value] of text.facts) {
    page.drawText(`${label}:`.normalize('NFC'), { x: 90, y, size: 11, font: bold, color: ink });
    // A long value (the signature) is broken into lines that fit, never shrunk out of reach.
    const lines: string[] = [];
    let line = '';
    for (const ch of value.normalize('NFC')) {
      if (line && regular.widthOfTextAtSize(line + ch, 11) > column) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
    lines.push(line);
    for (const part of lines) {
      page.drawText(part, { x: 230, y, size: 11, font: regular, color: ink });
      y -= 16;
    }
    y -= 6;
  }
  if (text.note) paragraph(text.note, Math.min(y - 20, 200), 9.5);
  centred(text.verifyAt, 80, 10);
  return doc.save();
}
