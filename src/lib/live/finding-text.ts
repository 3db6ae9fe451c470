/**
 * A finding's message without its quotes, for the group debrief and the projector: the log
 * keeps finding codes only (the results-file entry), not the quoted words of the reply, so the
 * scorer's message templates (src/lib/scoring/lang/*-messages.ts) are shown with their
 * placeholders taken out: "Apology: {q}." → "Apology.", "A detour ({q}) – answer …" →
 * "A detour – answer …", and any other placeholder as "…".
 */
export function findingText(template: string): string {
  return template
    .replace(/:\s*\{q\}(?=[.!?]?$)/u, '')
    .replace(/\s*\(\{q\}\)/gu, '')
    .replace(/\{[a-z]+\}/gu, '…')
    .trim();
}
