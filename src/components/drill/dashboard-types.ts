import type { DrillMessages } from '../../lib/i18n/drill-de';

/** The dashboard's strings plus the shared labels the page adds (criteria, kinds, lessons). */
export type DashboardMessages = DrillMessages['dashboard'] & {
  criteria: Record<string, string>;
  kinds: Record<string, string>;
};

/** Build-time data the dashboard needs to label things (plain, serialisable). */
export interface DashboardData {
  /** Scenario id → title in the page's language. */
  scenarios: Record<string, string>;
  /** Lesson id → { title, href } in the page's language. */
  lessons: Record<string, { title: string; href: string }>;
}
