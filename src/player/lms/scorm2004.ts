/**
 * SCORM 2004 4th edition: completion and success apart, cmi.score.scaled next to raw, each
 * exam item as a cmi.interactions.n record with the learner's response and its result.
 */
import { interactionType, scorm2004Response } from '../../lib/export/interactions';
import { CRITERIA, PASS_MARK } from '../../lib/vocabulary';
import { decisionId, decisionResponse } from './decision';
import type { ExamReport, Lms, SimulationReport } from './types';
import { isoDuration } from './types';

export interface Scorm2004Api {
  Initialize(arg: ''): string;
  GetValue(key: string): string;
  SetValue(key: string, value: string): string;
  Commit(arg: ''): string;
  Terminate(arg: ''): string;
}

/** SCORM 2004's SPM of cmi.suspend_data. */
const SUSPEND_LIMIT = 64000;

export function scorm2004(api: Scorm2004Api, started: number): Lms {
  const set = (key: string, value: string) => api.SetValue(key, value);
  /** Index of an objective by id: found among those the LMS holds, else appended. */
  const objective = (id: string): string => {
    const count = Number(api.GetValue('cmi.objectives._count')) || 0;
    for (let n = 0; n < count; n++)
      if (api.GetValue(`cmi.objectives.${n}.id`) === id) return `cmi.objectives.${n}.`;
    set(`cmi.objectives.${count}.id`, id);
    return `cmi.objectives.${count}.`;
  };
  const scored = (id: string, score: number | null, completed: boolean) => {
    const n = objective(id);
    if (score !== null) {
      set(`${n}score.min`, '0');
      set(`${n}score.max`, '100');
      set(`${n}score.raw`, String(score));
      set(`${n}score.scaled`, String(score / 100));
      set(`${n}success_status`, score >= PASS_MARK ? 'passed' : 'failed');
    }
    if (completed) set(`${n}completion_status`, 'completed');
  };
  return {
    connected: true,
    suspendLimit: SUSPEND_LIMIT,
    start() {
      api.Initialize('');
      const done = api.GetValue('cmi.completion_status') === 'completed';
      set('cmi.completion_status', done ? 'completed' : 'incomplete');
      return api.GetValue('cmi.suspend_data');
    },
    save(data, complete) {
      set('cmi.suspend_data', data);
      if (complete) set('cmi.completion_status', 'completed');
      api.Commit('');
    },
    result(report: ExamReport) {
      set('cmi.score.min', '0');
      set('cmi.score.max', '100');
      set('cmi.score.raw', String(report.percent));
      set('cmi.score.scaled', String(report.percent / 100));
      const base = Number(api.GetValue('cmi.interactions._count')) || 0;
      report.items.forEach((item, i) => {
        const n = `cmi.interactions.${base + i}.`;
        set(`${n}id`, `exam-${item.id}`);
        set(`${n}type`, interactionType(item.type));
        set(`${n}weighting`, '1');
        set(`${n}learner_response`, scorm2004Response(item.response));
        set(`${n}result`, item.points === 1 ? 'correct' : 'incorrect');
      });
      set('cmi.success_status', report.passed ? 'passed' : 'failed');
      api.Commit('');
    },
    simulation(report: SimulationReport) {
      // One objective per dimension (over the scenarios completed) and one per scenario.
      for (const c of CRITERIA) scored(c, report.dimensions[c], false);
      for (const r of report.results) scored(`scenario-${r.id}`, r.overall, true);
      if (report.passed !== null) set('cmi.success_status', report.passed ? 'passed' : 'failed');
      api.Commit('');
    },
    decisions(entries) {
      const base = Number(api.GetValue('cmi.interactions._count')) || 0;
      entries.forEach((d, i) => {
        const n = `cmi.interactions.${base + i}.`;
        set(`${n}id`, decisionId(d, i));
        // 'other': a free reply (or a move) has no correct pattern; the scorer gives its result.
        set(`${n}type`, 'other');
        set(`${n}description`, `${d.beat}: ${d.channel ?? d.action}`.slice(0, 250));
        set(`${n}learner_response`, decisionResponse(d).slice(0, 4000));
        set(`${n}latency`, isoDuration(d.latencyMs));
        set(`${n}weighting`, '1');
        set(`${n}result`, d.overall === null ? 'neutral' : String(d.overall / 100));
      });
      api.Commit('');
    },
    finish(done) {
      set('cmi.exit', done ? 'normal' : 'suspend');
      set('cmi.session_time', isoDuration(Date.now() - started));
      api.Commit('');
      api.Terminate('');
    },
  };
}
