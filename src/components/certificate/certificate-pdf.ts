// The certificate PDF from what the certificate page shows: shared by the certificate page and
// the trainer page (which signs and hands out certificates). Loads pdf-lib and the fonts on use.
import type { Messages } from '../../lib/i18n';

export interface CertificateData {
  name: string;
  /** YYYY-MM-DD (UTC). */
  date: string;
  score: number;
  version: string;
  code: string;
  signed?: { issuer: string; keyId: string; signature: string } | undefined;
}

/** Builds the PDF and offers it as a download; returns the status line to announce. */
export async function downloadCertificatePdf(
  m: Messages['exam'],
  lang: string,
  c: CertificateData,
  verifyUrl: string,
): Promise<string> {
  const { buildCertificatePdf, loadCertificateFonts, UnprintableError } =
    await import('../../lib/certificate/pdf');
  const longDate = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(c.date),
  );
  const facts: [string, string][] = [
    [m.certScore, `${c.score} %`],
    [m.certDate, longDate],
    [m.certVersion, c.version],
    [m.certCode, c.code],
  ];
  if (c.signed)
    facts.push(
      [m.certIssuer, c.signed.issuer],
      [m.certKeyId, c.signed.keyId],
      [m.certSignature, c.signed.signature],
    );
  try {
    const bytes = await buildCertificatePdf(
      {
        heading: m.certHeading,
        kind: c.signed ? m.certIssuedBy(c.signed.issuer) : m.certKindSelf,
        course: m.certCourse,
        confirms: m.certConfirms,
        name: c.name,
        passed: c.signed ? m.certPassed : m.certPassedPractice,
        facts,
        note: c.signed ? m.certIssuedNote : m.certSelfNote,
        verifyAt: m.certVerifyAt(verifyUrl),
      },
      await loadCertificateFonts(),
    );
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${m.pdfFileName}-${c.date}.pdf`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return m.pdfDone;
  } catch (error) {
    return error instanceof UnprintableError
      ? m.pdfUnprintable(error.characters.join(' '))
      : m.pdfError;
  }
}
