// @vitest-environment happy-dom
// The player's SCORM adapters against scorm-again's runtimes (the LMS side nobody here wrote):
// what the adapters write is accepted, and reads back as written by hand below.
import { describe, expect, it } from 'vitest';
import * as sa12 from 'scorm-again/scorm12';
import * as sa2004 from 'scorm-again/scorm2004';
import { scorm12, type Scorm12Api } from '../../src/player/lms/scorm12';
import { scorm2004, type Scorm2004Api } from '../../src/player/lms/scorm2004';
import type { SimulationReport } from '../../src/player/lms/types';

// The ESM builds export the classes by name; the bundled typings only declare a default.
type Runtime = { cmi: unknown; lastErrorCode: string };
const Scorm12API = (sa12 as unknown as { Scorm12API: new (s: object) => Scorm12Api & Runtime })
  .Scorm12API;
const Scorm2004API = (
  sa2004 as unknown as { Scorm2004API: new (s: object) => Scorm2004Api & Runtime }
).Scorm2004API;

const report: SimulationReport = {
  results: [
    {
      id: 'parcel-late-facebook',
      overall: 72,
      scores: {
        timing: 100,
        tone: 80,
        empathy: 55,
        personalization: null,
        resolution: 60,
        channel: 90,
      },
    },
  ],
  dimensions: {
    timing: 100,
    tone: 80,
    empathy: 55,
    personalization: null,
    resolution: 60,
    channel: 90,
  },
  passed: null,
};

describe('SCORM 1.2 adapter under scorm-again', () => {
  // (scorm-again does not enforce the 4,096 limit itself: the player's fitSuspend does.)
  it('stores suspend_data of 4,096 characters whole', () => {
    const api = new Scorm12API({ logLevel: 5 });
    const lms = scorm12(api, Date.now());
    lms.start();
    const text = 'x'.repeat(lms.suspendLimit);
    lms.save(text, false);
    expect(api.lastErrorCode).toBe('0');
    expect(api.LMSGetValue('cmi.suspend_data')).toBe(text);
  });
  it('writes one objective per dimension and per scenario with score.raw and status', () => {
    const api = new Scorm12API({ logLevel: 5 });
    const lms = scorm12(api, Date.now());
    lms.start();
    lms.simulation(report);
    lms.simulation(report); // a second report updates, it does not append
    const cmi = JSON.parse(JSON.stringify(api.cmi)) as {
      objectives: Record<string, { id: string; status: string; score: { raw: string } }>;
    };
    const objectives = Object.values(cmi.objectives).filter(
      (o) => typeof o === 'object' && o !== null && 'id' in o,
    );
    expect(objectives.map((o) => [o.id, o.score.raw, o.status])).toEqual([
      ['timing', '100', 'passed'],
      ['tone', '80', 'passed'],
      ['empathy', '55', 'failed'],
      ['personalization', '', 'not attempted'],
      ['resolution', '60', 'passed'],
      ['channel', '90', 'passed'],
      ['scenario-parcel-late-facebook', '72', 'passed'],
    ]);
  });
});

describe('SCORM 2004 adapter under scorm-again', () => {
  it('writes scaled scores, success and completion per objective', () => {
    const api = new Scorm2004API({ logLevel: 5 });
    const lms = scorm2004(api, Date.now());
    lms.start();
    lms.simulation({ ...report, passed: true });
    const get = (k: string) => api.GetValue(k);
    expect(get('cmi.objectives._count')).toBe('7');
    expect(get('cmi.objectives.2.id')).toBe('empathy');
    expect(get('cmi.objectives.2.score.scaled')).toBe('0.55');
    expect(get('cmi.objectives.2.success_status')).toBe('failed');
    expect(get('cmi.objectives.6.id')).toBe('scenario-parcel-late-facebook');
    expect(get('cmi.objectives.6.completion_status')).toBe('completed');
    expect(get('cmi.success_status')).toBe('passed');
    expect(api.lastErrorCode).toBe('0');
  });
});
