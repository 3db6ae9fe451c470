/**
 * What the player tells an LMS, the same few operations for SCORM 1.2, SCORM 2004 and cmi5;
 * each adapter maps them onto its standard's data model.
 */
import type { DecisionResult } from '../../lib/drill/results';
import type { ScenarioResult } from '../../lib/export/passing';
import type { QuizResponse } from '../../lib/quiz/score';
import type { Criterion } from '../../lib/vocabulary';

/** One exam item as answered, for the LMS's interaction records. */
export interface AnsweredItem {
  id: string;
  type: QuizResponse['type'];
  response: QuizResponse | undefined;
  /** 0..1 */
  points: number;
}

export interface ExamReport {
  /** 0..100, rounded down. */
  percent: number;
  /** The course's success under its pass rule (the exam, or the exam and every dimension). */
  passed: boolean;
  /** Guideline area → 0..100. */
  areas: Record<string, number>;
  items: AnsweredItem[];
}

/** The simulator so far: every scenario played to an ending, and the dimensions over them. */
export interface SimulationReport {
  results: ScenarioResult[];
  dimensions: Record<Criterion, number | null>;
  /** The course's success under its pass rule now; null while the exam is not submitted. */
  passed: boolean | null;
}

export interface Lms {
  /** False when no LMS was found: the course runs, nothing is reported. */
  readonly connected: boolean;
  /** The longest progress text the LMS keeps. */
  readonly suspendLimit: number;
  /**
   * Resolves once the stored progress can be read (cmi5 fetches it from the LRS first);
   * absent where `start()` can read it at once (SCORM).
   */
  readonly ready?: Promise<void>;
  /** Opens the session; returns the stored progress text ('' on a first launch). */
  start(): string;
  /** Stores the progress text; `complete` once every lesson is read and the exam submitted. */
  save(data: string, complete: boolean): void;
  /** Reports the submitted exam. */
  result(report: ExamReport): void;
  /** Reports the simulator's results (after each scenario played to an ending). */
  simulation(report: SimulationReport): void;
  /** Reports each decision of a scenario played to an ending (the drills' decision entries). */
  decisions(entries: DecisionResult[]): void;
  /** Closes the session; `done` = nothing left to resume. */
  finish(done: boolean): void;
}

/** Milliseconds as ISO 8601 duration, tenths of a second (SCORM 2004 timeinterval, xAPI). */
export function isoDuration(ms: number): string {
  return `PT${Math.round(ms / 100) / 10}S`;
}
