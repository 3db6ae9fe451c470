import type { DrillMessages } from '../../lib/i18n/drill';
import type { Criterion } from '../../lib/vocabulary';

/** The strings the link page hands its island (sections of the drill strings, as props). */
export type RunnerMessages = DrillMessages['start'] & {
  orders: DrillMessages['builder']['orders'];
  briefing: Pick<
    DrillMessages['builder'],
    | 'briefingTime'
    | 'briefingInput'
    | 'briefingHints'
    | 'briefingNames'
    | 'briefingResults'
    | 'briefingPass'
  >;
  criteria: Record<Criterion, string>;
  runner: DrillMessages['runner'];
};
