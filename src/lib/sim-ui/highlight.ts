/**
 * Splits a text into plain and highlighted pieces from scorer quote spans, so components can
 * render highlights as text nodes (never as HTML built from user text).
 */

/** A span to highlight: UTF-16 offsets into the text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One piece of the text; `mark` says whether it lies inside a quoted span. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Cuts `text` at the given spans. Overlapping or touching spans merge, spans outside the text
 * are clamped, empty or inverted ones are ignored: a stale span (the draft changed since it
 * was scored) must never throw or duplicate words.
 */
export function segments(text: string, spans: readonly Span[]): Segment[] {
  const clean = spans
    .map((s) => ({
      start: Math.max(0, Math.min(text.length, Math.floor(s.start))),
      end: Math.max(0, Math.min(text.length, Math.floor(s.end))),
    }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of clean) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const out: Segment[] = [];
  let pos = 0;
  for (const span of merged) {
    if (span.start > pos) out.push({ text: text.slice(pos, span.start), mark: false });
    out.push({ text: text.slice(span.start, span.end), mark: true });
    pos = span.end;
  }
  if (pos < text.length || out.length === 0) out.push({ text: text.slice(pos), mark: false });
  return out;
}
