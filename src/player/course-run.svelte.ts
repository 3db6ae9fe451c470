/**
 * The one owner of a learner's run through the packaged course: which lessons were read, the
 * exam's answers and result, the scenarios played to an ending, what is on screen, and the LMS
 * session. Components receive the run and call its methods; every change is saved to the LMS
 * as compact suspend_data. (A scenario's own play state belongs to its PlaySession.)
 */
import type { CourseData } from '../lib/export/course-data';
import { coursePassed, dimensionScores, type ScenarioResult } from '../lib/export/passing';
import {
  decodeSuspend,
  emptyProgress,
  fitSuspend,
  type CourseProgress,
  type KeptPlay,
  type Place,
  type SuspendProblem,
} from '../lib/export/suspend';
import { lmsStrings } from '../lib/i18n/lms';
import type { LocalisedItem } from '../lib/quiz/localise';
import { summariseExam } from '../lib/quiz/result';
import type { QuizResponse } from '../lib/quiz/score';
import { decisionEntry } from '../lib/drill/entry';
import type { FinishedPlay, PlayKeeper } from '../components/sim/session.svelte';
import type { ExamReport, Lms } from './lms/types';

/** How often a change of the simulated clock alone is written to the LMS. */
const CLOCK_SAVE_MS = 30_000;

export type Screen = Place;

export class CourseRun {
  readonly course: CourseData;
  readonly items: LocalisedItem[];
  readonly #lms: Lms;
  #finished = false;
  /** A change not written to the LMS yet (the clock alone, see `#keep`). */
  #dirty = false;
  #savedAt = 0;

  lessons = $state<boolean[]>([]);
  responses = $state<(QuizResponse | undefined)[]>([]);
  score = $state<number | null>(null);
  scenarios = $state<ScenarioResult[]>([]);
  /** Scenarios in progress, the one changed last at the end (see suspend.ts). */
  plays = $state.raw<KeptPlay[]>([]);
  screen = $state<Screen>({ kind: 'lesson', index: 0 });
  /** Why stored progress could not be used (shown once, the course starts afresh). */
  problem = $state<SuspendProblem | undefined>(undefined);

  constructor(course: CourseData, lms: Lms) {
    this.course = course;
    this.#lms = lms;
    this.items = course.exam.itemIds.map((id) => {
      const item = course.quiz.find((q) => q.id === id);
      if (!item) throw new Error(`exam item "${id}" is not in the course's quiz`);
      return item;
    });
    this.#apply(emptyProgress(course.lessons.length, this.items.length));
  }

  get connected(): boolean {
    return this.#lms.connected;
  }
  /** The course's success under its pass rule; null until the exam is submitted. */
  get passed(): boolean | null {
    const exam =
      this.score === null
        ? null
        : { percent: this.score, passPercent: this.course.exam.passPercent };
    return coursePassed(this.course.passing, exam, this.scenarios);
  }
  get examPassed(): boolean {
    return this.score !== null && this.score >= this.course.exam.passPercent;
  }
  get complete(): boolean {
    return this.score !== null && this.lessons.every(Boolean);
  }
  get progress(): CourseProgress {
    return {
      lessons: [...this.lessons],
      responses: [...this.responses],
      score: this.score,
      scenarios: this.scenarios.map((r) => ({ ...r, scores: { ...r.scores } })),
      plays: this.plays,
      place: this.screen,
    };
  }
  /** The progress as the LMS stores it, within its limit (drafts cut to fit). */
  get encoded(): string {
    return fitSuspend(this.progress, this.#lms.suspendLimit).text;
  }

  /** Keeps a scenario's play in progress in the LMS (the simulator calls it on every change). */
  keeper(id: string): PlayKeeper {
    return {
      kept: () => this.plays.find((p) => p.id === id),
      keep: (play, clock) => this.#keep(id, play, clock === true),
      lostReply: lmsStrings[this.course.lang].replyNotKept,
    };
  }

  #keep(id: string, play: KeptPlay | undefined, clock: boolean): void {
    const before = this.plays.find((p) => p.id === id);
    if (!before && !play) return;
    this.plays = [...this.plays.filter((p) => p.id !== id), ...(play ? [play] : [])];
    // Thinking time moves the clock every few seconds: that alone is written at most every
    // CLOCK_SAVE_MS (and when the course closes); every other change at once.
    if (clock && Date.now() - this.#savedAt < CLOCK_SAVE_MS) {
      this.#dirty = true;
      return;
    }
    this.#save();
  }

  /** Opens the LMS session and resumes what it stored. */
  start(): void {
    const stored = this.#lms.start();
    const { progress, problem } = decodeSuspend(stored ?? '', {
      lessons: this.course.lessons.length,
      examTypes: this.items.map((i) => i.type),
      scenarios: this.course.scenarios.map((s) => s.id),
      ...(this.#lms.suspendLimit ? { limit: this.#lms.suspendLimit } : {}),
    });
    this.problem = problem;
    this.#apply(progress);
    // Back where the learner left off (a scenario in progress resumes there).
    const place = progress.place;
    if (place?.kind === 'lesson' || !place) this.openLesson(place?.index ?? 0);
    else this.#go(place);
  }

  openLesson(index: number): void {
    this.screen = { kind: 'lesson', index };
    this.lessons[index] = true;
    this.#save();
  }

  openExam(): void {
    this.#go({ kind: 'exam' });
  }

  openScenarios(): void {
    this.#go({ kind: 'scenarios' });
  }

  openScenario(id: string): void {
    if (this.course.scenarios.some((s) => s.id === id)) this.#go({ kind: 'scenario', id });
  }

  #go(screen: Screen): void {
    this.screen = screen;
    this.#save();
  }

  answer(position: number, response: QuizResponse): void {
    this.responses[position] = response;
    this.#save();
  }

  submit(): void {
    const byId = Object.fromEntries(this.items.map((item, i) => [item.id, this.responses[i]]));
    const summary = summariseExam(this.items, byId, {});
    this.score = summary.percent;
    const report: ExamReport = {
      percent: summary.percent,
      passed: this.passed ?? false,
      areas: Object.fromEntries(summary.areas.map((a) => [a.area, a.percent])),
      items: this.items.map((item, i) => ({
        id: item.id,
        type: item.type,
        response: this.responses[i],
        points: summary.points[item.id] ?? 0,
      })),
    };
    this.#lms.result(report);
    this.#save();
  }

  /** A scenario was played to an ending: its latest result replaces an earlier one. */
  recordScenario(result: ScenarioResult): void {
    this.scenarios = [...this.scenarios.filter((r) => r.id !== result.id), result];
    this.#lms.simulation({
      results: this.progress.scenarios,
      dimensions: dimensionScores(this.scenarios),
      passed: this.passed,
    });
    this.#save();
  }

  /** A scenario's play reached its ending: each decision goes to the LMS. */
  recordDecisions(play: FinishedPlay): void {
    this.#lms.decisions(
      play.decisions.map((record, i) =>
        decisionEntry(play.scenario, { feed: play.feed }, record, {
          latencyMs: play.latenciesMs[i] ?? 0,
          timedOut: false,
        }),
      ),
    );
  }

  /** Ends the LMS session (the Finish button, or the window closing); only the first counts. */
  finish(): void {
    if (this.#finished) return;
    if (this.#dirty) this.#save();
    this.#finished = true;
    this.#lms.finish(this.complete);
  }

  #apply(progress: CourseProgress): void {
    this.lessons = progress.lessons;
    this.responses = progress.responses;
    this.score = progress.score;
    this.scenarios = progress.scenarios;
    this.plays = progress.plays;
  }

  #save(): void {
    if (this.#finished) return;
    this.#dirty = false;
    this.#savedAt = Date.now();
    this.#lms.save(this.encoded, this.complete);
  }
}
