/**
 * The LMS the package was launched by, for the standard the package was exported for; a
 * package opened without one (a preview, a file on disk) runs standalone and reports nothing.
 */
import { cmi5 } from './cmi5';
import { findApi } from './find-api';
import { scorm12, type Scorm12Api } from './scorm12';
import { scorm2004, type Scorm2004Api } from './scorm2004';
import type { Lms } from './types';

import type { PlayerMode } from '../../lib/export/scorm';

export type { PlayerMode };

const standalone: Lms = {
  connected: false,
  suspendLimit: 0,
  start: () => '',
  save: () => undefined,
  result: () => undefined,
  simulation: () => undefined,
  decisions: () => undefined,
  finish: () => undefined,
};

export function connect(mode: PlayerMode, started: number): Lms {
  if (mode === 'scorm12') {
    const api = findApi<Scorm12Api>('API');
    return api ? scorm12(api, started) : standalone;
  }
  if (mode === 'scorm2004') {
    const api = findApi<Scorm2004Api>('API_1484_11');
    return api ? scorm2004(api, started) : standalone;
  }
  return cmi5(location.search, started) ?? standalone;
}
