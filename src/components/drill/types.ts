/** What the builder and the link page know about a library scenario (plain, serialisable). */
export interface DrillCard {
  id: string;
  /** Title in the page's language. */
  title: string;
  kind: string;
  minutes: number;
  /** Languages the scenario can be played in. */
  languages: string[];
}
