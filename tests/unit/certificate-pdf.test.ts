/**
 * The certificate PDF prints names exactly as typed: a PDF text extractor (unpdf, pdf.js) reads
 * back the name and code, and /verify's check accepts the name as printed.
 */
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { unprintable } from '../../src/lib/certificate/font-ranges';
import {
  buildCertificatePdf,
  UnprintableError,
  type CertificatePdfText,
} from '../../src/lib/certificate/pdf';
import { encodeCertificate, verifyCertificate } from '../../src/lib/certificate/verify';

const fonts = {
  regular: new Uint8Array(readFileSync('public/fonts/certificate-regular.ttf')),
  bold: new Uint8Array(readFileSync('public/fonts/certificate-bold.ttf')),
};

// Written by hand: Polish, Turkish, Greek, Cyrillic, Vietnamese, and a name typed decomposed.
const names = [
  'Łukasz Wójcik-Aydın',
  'Γιώργος Παπαδόπουλος',
  'Анна Кузнецова',
  'Şükrü Çağlar İnönü',
  'Nguyễn Thị Ánh',
  'Ju\u0308rgen O\u0308ztu\u0308rk-Weiß',
];

function text(name: string, code: string): CertificatePdfText {
  return {
    heading: 'Zertifikat',
    kind: 'Selbsteinschätzung',
    course: 'ReplyLab – Kundenservice in sozialen Medien',
    confirms: 'Hiermit wird bestätigt, dass',
    name,
    passed: 'die Übungsprüfung bestanden hat.',
    facts: [
      ['Ergebnis', '85 %'],
      ['Prüfcode', code],
    ],
    note: 'Der Code beweist, dass das Zertifikat nicht verändert wurde – nicht, wer es ausgestellt hat.',
    verifyAt: 'Prüfen unter http://127.0.0.1/de/verify/',
  };
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text;
}

describe('certificate PDF', () => {
  it.each(names)('prints %s exactly, and /verify accepts the printed name', async (name) => {
    const code = encodeCertificate({ name, date: '2026-11-23', score: 85, version: '0.1.0' });
    const bytes = await buildCertificatePdf(text(name, code), fonts);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    const extracted = (await pdfText(bytes)).normalize('NFC');
    const printed = name.normalize('NFC');
    expect(extracted).toContain(printed);
    expect(extracted).toContain(code);
    expect(extracted).toContain('Selbsteinschätzung');
    expect(verifyCertificate(code, printed)).toMatchObject({ ok: true, fields: { score: 85 } });
  });

  it('refuses a name with characters the font lacks (CJK, emoji) instead of changing it', async () => {
    expect(unprintable('Łukasz 李 😀')).toEqual(['李', '😀']);
    const attempt = buildCertificatePdf(text('Łukasz 李', 'RL-0000'), fonts);
    await expect(attempt).rejects.toBeInstanceOf(UnprintableError);
    await expect(attempt).rejects.toMatchObject({ characters: ['李'] });
  });

  it('embeds only the glyphs it uses: the PDF stays small', async () => {
    const bytes = await buildCertificatePdf(text(names[0]!, 'RL-ABCD'), fonts);
    expect(bytes.length).toBeLessThan(60_000);
  });
});
