// The certificate as a one-page A4 PDF, built with pdf-lib. The exam island loads this module
// with a dynamic import only when "Download PDF" is clicked, so pdf-lib stays off the page load.
// Helvetica (a standard font, nothing embedded or fetched) encodes WinAnsi only: every text goes
// through toWinAnsi first.
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { toWinAnsi } from './winansi';

export interface CertificatePdfText {
  heading: string;
  course: string;
  confirms: string;
  name: string;
  passed: string;
  /** Label/value lines: score, date, version, code. */
  facts: [string, string][];
  verifyAt: string;
}

export async function buildCertificatePdf(text: CertificatePdfText): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(toWinAnsi(`${text.heading} – ${text.name}`));
  doc.setAuthor('ReplyLab');
  doc.setCreator('ReplyLab');
  const page = doc.addPage([595.28, 841.89]);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const teal = rgb(0.043, 0.431, 0.392);
  const ink = rgb(0.11, 0.137, 0.129);
  const { width } = page.getSize();

  const centred = (value: string, y: number, size: number, font = regular, color = ink) => {
    const safe = toWinAnsi(value);
    // Shrink long names so they stay inside the margins.
    let s = size;
    while (s > 10 && font.widthOfTextAtSize(safe, s) > width - 120) s -= 1;
    page.drawText(safe, {
      x: (width - font.widthOfTextAtSize(safe, s)) / 2,
      y,
      size: s,
      font,
      color,
    });
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
  centred(text.heading, 680, 36, bold);
  centred(text.course, 645, 14);
  centred(text.confirms, 580, 14);
  centred(text.name, 535, 30, bold, teal);
  centred(text.passed, 495, 14);
  let y = 420;
  for (const [label, value] of text.facts) {
    const l = toWinAnsi(`${label}:`);
    page.drawText(l, { x: 150, y, size: 13, font: bold, color: ink });
    page.drawText(toWinAnsi(value), { x: 290, y, size: 13, font: regular, color: ink });
    y -= 26;
  }
  centred(text.verifyAt, 120, 11);
  return doc.save();
}
