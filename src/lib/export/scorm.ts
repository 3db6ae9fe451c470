/**
 * SCORM 1.2 and SCORM 2004 (4th edition) packages of the whole course as ONE SCO, and the cmi5
 * package with the course as one AU. All three carry the same player: src/player, bundled by
 * Vite (scripts/player-bundle.mjs) and passed in as `PlayerBundle`, plus this course's data.js.
 * It finds the LMS API itself and runs standalone when there is none.
 *
 * Schema files: the SCORM control XSDs belong at the zip root. They are passed in by the caller
 * (`schemaFiles`): the command line reads them from ../shared/schemas when that folder exists;
 * without them the package is still complete but carries no XSDs (the caller warns).
 */
import type { CourseData } from './course-data';
import { t } from '../i18n';
import { el, serialize } from './tree';
import { esc, ncName, utf8 } from './xml';
import { zip, type ZipFiles } from './zip';

export type PlayerMode = 'scorm12' | 'scorm2004' | 'cmi5';
export const PROJECT_IRI = 'https://replylab.example/xapi/course';

/** The bundled player (the default export of `virtual:replylab-player`). */
export interface PlayerBundle {
  js: string;
  css: string;
}

/** What data.js hands the player: `window.REPLYLAB`. */
export interface PlayerData {
  mode: PlayerMode;
  course: CourseData;
}

const PLAYER_FILES = ['index.html', 'player.js', 'player.css', 'data.js'];

/** The player's files for one course. */
export function playerFiles(course: CourseData, mode: PlayerMode, player: PlayerBundle): ZipFiles {
  const data: PlayerData = { mode, course };
  // JSON inside a script: "<" escaped so no text can close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const html = `<!doctype html>
<html lang="${esc(course.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(course.title)}</title>
<link rel="stylesheet" href="player.css">
</head>
<body>
<noscript>${esc(t(course.lang).trainer.standalone)}</noscript>
<script src="data.js"></script>
<script src="player.js"></script>
</body>
</html>
`;
  return {
    'index.html': utf8(html),
    'player.js': utf8(player.js),
    'player.css': utf8(player.css),
    'data.js': utf8(`window.REPLYLAB = ${json};\n`),
  };
}

const ident = (course: CourseData) => ncName(`replylab-${course.lang}-${course.version}`);

export function scorm12Manifest(course: CourseData): string {
  const id = ident(course);
  return serialize(
    el(
      'manifest',
      {
        identifier: id,
        version: course.version,
        xmlns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
        'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation':
          'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
      },
      el('metadata', {}, el('schema', {}, 'ADL SCORM'), el('schemaversion', {}, '1.2')),
      el(
        'organizations',
        { default: 'ORG' },
        el(
          'organization',
          { identifier: 'ORG' },
          el('title', {}, course.title),
          el(
            'item',
            { identifier: 'ITEM', identifierref: 'SCO', isvisible: 'true' },
            el('title', {}, course.title),
            el('adlcp:masteryscore', {}, String(course.exam.passPercent)),
          ),
        ),
      ),
      el(
        'resources',
        {},
        el(
          'resource',
          { identifier: 'SCO', type: 'webcontent', 'adlcp:scormtype': 'sco', href: 'index.html' },
          PLAYER_FILES.map((f) => el('file', { href: f })),
        ),
      ),
    ),
  );
}

export function scorm2004Manifest(course: CourseData): string {
  const id = ident(course);
  return serialize(
    el(
      'manifest',
      {
        identifier: id,
        version: course.version,
        xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
        'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
        'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
        'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
        'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation':
          'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
      },
      el(
        'metadata',
        {},
        el('schema', {}, 'ADL SCORM'),
        el('schemaversion', {}, '2004 4th Edition'),
      ),
      el(
        'organizations',
        { default: 'ORG' },
        el(
          'organization',
          { identifier: 'ORG' },
          el('title', {}, course.title),
          el(
            'item',
            { identifier: 'ITEM', identifierref: 'SCO' },
            el('title', {}, course.title),
            el(
              'imsss:sequencing',
              {},
              el(
                'imsss:objectives',
                {},
                el(
                  'imsss:primaryObjective',
                  { objectiveID: 'exam', satisfiedByMeasure: 'true' },
                  el('imsss:minNormalizedMeasure', {}, String(course.exam.passPercent / 100)),
                ),
              ),
            ),
          ),
        ),
      ),
      el(
        'resources',
        {},
        el(
          'resource',
          { identifier: 'SCO', type: 'webcontent', 'adlcp:scormType': 'sco', href: 'index.html' },
          PLAYER_FILES.map((f) => el('file', { href: f })),
        ),
      ),
    ),
  );
}

/** cmi5.xml: one course with one AU (the whole course), mastery score = pass mark. */
export function cmi5Xml(course: CourseData): string {
  const ls = (text: string) => el('langstring', { lang: course.lang }, text);
  const base = `${PROJECT_IRI}/${course.lang}/${course.version}`;
  return serialize(
    el(
      'courseStructure',
      { xmlns: 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd' },
      el(
        'course',
        { id: base },
        el('title', {}, ls(course.title)),
        el('description', {}, ls(course.description)),
      ),
      el(
        'au',
        {
          id: `${base}/au`,
          moveOn: 'CompletedAndPassed',
          masteryScore: course.exam.passPercent / 100,
          launchMethod: 'AnyWindow',
        },
        el('title', {}, ls(course.title)),
        el('description', {}, ls(course.description)),
        el('url', {}, 'index.html'),
      ),
    ),
  );
}

export function scormPackage(
  course: CourseData,
  version: '1.2' | '2004',
  player: PlayerBundle,
  schemaFiles: ZipFiles = {},
): Uint8Array {
  const mode = version === '1.2' ? 'scorm12' : 'scorm2004';
  const manifest = version === '1.2' ? scorm12Manifest(course) : scorm2004Manifest(course);
  return zip({
    'imsmanifest.xml': utf8(manifest),
    ...schemaFiles,
    ...playerFiles(course, mode, player),
  });
}

export function cmi5Package(course: CourseData, player: PlayerBundle): Uint8Array {
  return zip({ 'cmi5.xml': utf8(cmi5Xml(course)), ...playerFiles(course, 'cmi5', player) });
}
