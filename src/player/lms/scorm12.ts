/**
 * SCORM 1.2 (RTE 1.2): lesson_status carries both completion and success ("passed" / "failed"
 * once the exam is submitted), the exam score goes to cmi.core.score.raw, each exam item to a
 * write-only cmi.interactions.n record. suspend_data holds at most 4,096 characters.
 */
import { interactionType, scorm12Response } from '../../lib/export/interactions';
import { SCORM12_SUSPEND_LIMIT } from '../../lib/export/suspend';
import { CRITERIA, PASS_MARK } from '../../lib/vocabulary';
import { decisionId, decisionResponse } from './decision';
import type { ExamReport, Lms, SimulationReport } from './types';

export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSGetValue(key: string): string;
  LMSSetValue(key: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSFinish(arg: ''): string;
}

/** hhhh:mm:ss (CMITimespan). */
function timespan(ms: number): string {
  const s = Math.round(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

export function scorm12(api: Scorm12Api, started: number): Lms {
  const set = (key: string, value: string) => api.LMSSetValue(key, value);
  /** Index of an objective by id (ids are readable in 1.2), else the next free one. */
  const objective = (id: string): string => {
    const count = Number(api.LMSGetValue('cmi.objectives._count')) || 0;
    for (let n = 0; n < count; n++)
      if (api.LMSGetValue(`cmi.objectives.${n}.id`) === id) return `cmi.objectives.${n}.`;
    set(`cmi.objectives.${count}.id`, id);
    return `cmi.objectives.${count}.`;
  };
  const scored = (id: string, score: number | null) => {
    const n = objective(id);
    if (score === null) return void set(`${n}status`, 'not attempted');
    set(`${n}score.min`, '0');
    set(`${n}score.max`, '100');
    set(`${n}score.raw`, String(score));
    set(`${n}status`, score >= PASS_MARK ? 'passed' : 'failed');
  };
  return {
    connected: true,
    suspendLimit: SCORM12_SUSPEND_LIMIT,
    start() {
      api.LMSInitialize('');
      if (api.LMSGetValue('cmi.core.lesson_status') === 'not attempted')
        set('cmi.core.lesson_status', 'incomplete');
      return api.LMSGetValue('cmi.suspend_data');
    },
    save(data) {
      set('cmi.suspend_data', data);
      api.LMSCommit('');
    },
    result(report: ExamReport) {
      set('cmi.core.score.min', '0');
      set('cmi.core.score.max', '100');
      set('cmi.core.score.raw', String(report.percent));
      // Interactions are appended: a learner who submits twice has both attempts on record.
      const base = Number(api.LMSGetValue('cmi.interactions._count')) || 0;
      report.items.forEach((item, i) => {
        const n = `cmi.interactions.${base + i}.`;
        set(`${n}id`, `exam-${item.id}`);
        set(`${n}type`, interactionType(item.type));
        set(`${n}weighting`, '1');
        set(`${n}student_response`, scorm12Response(item.response));
        set(`${n}result`, item.points === 1 ? 'correct' : 'wrong');
      });
      set('cmi.core.lesson_status', report.passed ? 'passed' : 'failed');
      api.LMSCommit('');
    },
    simulation(report: SimulationReport) {
      // 1.2 has no scaled scores: objectives carry score.raw (0-100) and a status.
      for (const c of CRITERIA) scored(c, report.dimensions[c]);
      for (const r of report.results) scored(`scenario-${r.id}`, r.overall);
      // lesson_status holds success once the exam is in (passed is null before); a later
      // scenario may change it under the exam-and-dimensions rule.
      if (report.passed !== null)
        set('cmi.core.lesson_status', report.passed ? 'passed' : 'failed');
      api.LMSCommit('');
    },
    decisions(entries) {
      const base = Number(api.LMSGetValue('cmi.interactions._count')) || 0;
      entries.forEach((d, i) => {
        const n = `cmi.interactions.${base + i}.`;
        set(`${n}id`, decisionId(d, i));
        // fill-in: student_response is a CMIFeedback of at most 255 characters in 1.2.
        set(`${n}type`, 'fill-in');
        set(`${n}student_response`, decisionResponse(d).slice(0, 255));
        set(`${n}latency`, timespan(d.latencyMs));
        set(`${n}weighting`, '1');
        set(`${n}result`, d.overall === null ? 'neutral' : String(d.overall));
      });
      api.LMSCommit('');
    },
    finish(done) {
      set('cmi.core.exit', done ? '' : 'suspend');
      set('cmi.core.session_time', timespan(Date.now() - started));
      api.LMSCommit('');
      api.LMSFinish('');
    },
  };
}
