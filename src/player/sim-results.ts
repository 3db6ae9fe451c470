/**
 * Hands each scenario result to the run as the simulator records it: the simulator writes an
 * attempt to the site's attempts store when a play reaches its ending; the package reports it
 * to the LMS. Attempts stored before this launch are not reported again.
 */
import { attempts, type Attempts } from '../stores/attempts';
import type { CourseRun } from './course-run.svelte';

const keys = (value: Attempts) =>
  Object.entries(value.scenarios).flatMap(([id, record]) =>
    record.attempts.map((a) => ({ key: `${id}|${a.date}`, id, attempt: a })),
  );

export function watchSimulator(run: CourseRun): () => void {
  const seen = new Set(keys(attempts.get()).map((k) => k.key));
  const ids = new Set(run.course.scenarios.map((s) => s.id));
  return attempts.listen((value) => {
    for (const { key, id, attempt } of keys(value)) {
      if (seen.has(key)) continue;
      seen.add(key);
      if (ids.has(id))
        run.recordScenario({ id, overall: attempt.overall, scores: { ...attempt.scores } });
    }
  });
}
