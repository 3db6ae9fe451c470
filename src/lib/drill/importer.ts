/**
 * The dashboard's import: results files one by one (each checked, one message per file, the
 * rest still imported), runs pulled from an LRS, and the drill they must all belong to — given
 * up front (drill file or link) or taken from the first valid file.
 */
import type { RunData } from './aggregate';
import { checkLrsRun } from './lrs-runs';
import type { PassThresholds } from './plan';
import {
  admitResults,
  emptySeen,
  verifyResults,
  type CheckedResults,
  type ResultsFile,
  type ResultsProblem,
} from './results';
import type { LrsRun } from './statements';

export interface ImportMessage {
  /** The file name, or the trainee's name for a run from the LRS. */
  source: string;
  ok: boolean;
  problem?: ResultsProblem | 'unfinished';
  /** Plain-text details (trainee or drill name, schema lines). */
  details: string[];
}

export interface ImportedRun extends RunData {
  source: string;
  /** The results file as imported (for the CSV export); absent for runs from an LRS. */
  file?: ResultsFile;
}

export interface DrillRef {
  id: string;
  hash: string;
  name: string;
  pass: PassThresholds;
  /** The drill's LRS endpoint, when the trainer's plan names one (to suggest for a pull). */
  lrsEndpoint?: string | undefined;
}

export class Importer {
  readonly runs: ImportedRun[] = [];
  readonly messages: ImportMessage[] = [];
  #seen = emptySeen();
  /** The drill every import must belong to; set by `setDrill` or by the first valid file. */
  drill: DrillRef | undefined;
  /** True when the drill came from the first results file rather than from the trainer. */
  drillFromResults = false;

  constructor(drill?: DrillRef) {
    this.drill = drill;
  }

  /** Imports one file's text; returns its message (also kept in `messages`). */
  async addFile(source: string, text: string): Promise<ImportMessage> {
    return this.#admit(source, await verifyResults(text));
  }

  /**
   * Imports many files: the per-file checks (parsing, schema, SHA-256) run concurrently, the
   * checks against each other (drill, duplicates) in the given order, so the result is the
   * same as adding them one by one.
   */
  async addFiles(
    files: readonly { source: string; text: Promise<string> | string }[],
  ): Promise<ImportMessage[]> {
    const verified = await Promise.all(files.map(async (f) => verifyResults(await f.text)));
    return files.map((f, i) => this.#admit(f.source, verified[i]!));
  }

  #admit(source: string, verified: CheckedResults): ImportMessage {
    const checked = admitResults(verified, this.#seen, this.drill?.hash);
    let message: ImportMessage;
    if (checked.ok) {
      const f = checked.file;
      if (!this.drill) {
        this.drill = { id: f.drill.id, hash: f.drill.hash, name: f.drill.name, pass: f.drill.pass };
        this.drillFromResults = true;
      }
      this.runs.push({ ...f, source, file: f });
      message = { source, ok: true, details: [f.trainee.name] };
    } else {
      message = { source, ok: false, problem: checked.problem, details: checked.details };
    }
    this.messages.push(message);
    return message;
  }

  /** Takes the runs rebuilt from an LRS (requires the drill). */
  addLrsRuns(runs: readonly LrsRun[]): ImportMessage[] {
    if (!this.drill) return [];
    return runs.map((run) => {
      const checked = checkLrsRun(run, this.#seen, this.drill!.hash);
      const source = run.trainee.name || run.run;
      const message: ImportMessage = checked.ok
        ? { source, ok: true, details: [run.trainee.name] }
        : { source, ok: false, problem: checked.problem, details: checked.details };
      if (checked.ok) this.runs.push({ ...checked.run, source: `LRS ${run.run}` });
      this.messages.push(message);
      return message;
    });
  }
}
