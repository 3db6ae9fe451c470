/**
 * The quiz bank as IMS QTI item packages: QTI 2.1 (namespace imsqti_v2p1, IMS CP 1.1 manifest)
 * and QTI 3.0 (qti-assessment-item, the QTI 3.0 profile of IMS CP 1.2). Both come from one item
 * tree written with the QTI 2.1 names; QTI 3.0 uses the same names in kebab case with a "qti-"
 * prefix, which the serializer applies.
 *
 * Scoring matches the site where QTI can express it: single/true-false 1 or 0; multiple response
 * +1/k per keyed option and −1/k per distractor, bounded to 0..1 (mapResponse); matching 1/n per
 * correct pair; ordering 1 only for the exact order (QTI has no built-in pairwise credit).
 * Per-option feedback is feedbackInline driven by FEEDBACK = RESPONSE; pair and step feedback is
 * one modalFeedback shown after any response.
 */
import type { CourseData } from './course-data';
import type { LocalisedItem } from '../quiz/localise';
import { t, type Lang } from '../i18n';
import { el, serialize, type XmlElement, type XmlNode } from './tree';
import { ncName, utf8 } from './xml';
import { zip, type ZipFiles } from './zip';

export type QtiVersion = '2.1' | '3.0';

const NS = {
  '2.1': {
    item: 'http://www.imsglobal.org/xsd/imsqti_v2p1',
    itemXsd: 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd',
    cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    cpXsd: 'http://www.imsglobal.org/xsd/imscp_v1p1.xsd',
    type: 'imsqti_item_xmlv2p1',
  },
  '3.0': {
    item: 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0',
    itemXsd: 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd',
    cp: 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1',
    cpXsd: 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd',
    type: 'imsqti_item_xmlv3p0',
  },
} as const;

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
/** QTI 3 names: `choiceInteraction` → `qti-choice-interaction`; attributes kebab-cased. */
const HTML = new Set(['ul', 'li', 'p']);
const qti3 = {
  elementName: (n: string) => (HTML.has(n) ? n : `qti-${kebab(n)}`),
  attrName: (n: string) => (n.includes(':') ? n : kebab(n)),
};

const float = (v: number) => el('baseValue', { baseType: 'float' }, String(v));
const setOutcome = (id: string, value: XmlElement) =>
  el('setOutcomeValue', { identifier: id }, value);
const variable = (id: string) => el('variable', { identifier: id });

/** SCORE = 1 when RESPONSE matches the correct response, else 0. */
function matchCorrect(): XmlElement {
  return el(
    'responseCondition',
    {},
    el(
      'responseIf',
      {},
      el('match', {}, variable('RESPONSE'), el('correct', { identifier: 'RESPONSE' })),
      setOutcome('SCORE', float(1)),
    ),
    el('responseElse', {}, setOutcome('SCORE', float(0))),
  );
}

/** SCORE = mapResponse (0 when unanswered). */
function mapResponse(): XmlElement {
  return el(
    'responseCondition',
    {},
    el('responseIf', {}, el('isNull', {}, variable('RESPONSE')), setOutcome('SCORE', float(0))),
    el('responseElse', {}, setOutcome('SCORE', el('mapResponse', { identifier: 'RESPONSE' }))),
  );
}

function declaration(
  cardinality: string,
  baseType: string,
  correct: string[],
  mapping?: XmlElement,
): XmlElement {
  return el(
    'responseDeclaration',
    { identifier: 'RESPONSE', cardinality, baseType },
    el('correctResponse', {}, ...correct.map((v) => el('value', {}, v))),
    mapping,
  );
}

function outcomes(feedbackCardinality: 'single' | 'multiple'): XmlElement[] {
  const value = (v: string) => el('defaultValue', {}, el('value', {}, v));
  return [
    el(
      'outcomeDeclaration',
      { identifier: 'SCORE', cardinality: 'single', baseType: 'float' },
      value('0'),
    ),
    el(
      'outcomeDeclaration',
      { identifier: 'MAXSCORE', cardinality: 'single', baseType: 'float' },
      value('1'),
    ),
    el('outcomeDeclaration', {
      identifier: 'FEEDBACK',
      cardinality: feedbackCardinality,
      baseType: 'identifier',
    }),
  ];
}

function choice(id: string, text: string, feedback: string): XmlElement {
  return el(
    'simpleChoice',
    { identifier: id },
    text,
    ' ',
    el(
      'feedbackInline',
      { outcomeIdentifier: 'FEEDBACK', identifier: id, showHide: 'show' },
      feedback,
    ),
  );
}

/** Identifiers of options are short ids (a, b …); QTI needs NCNames, so prefix them. */
const oid = (id: string) => ncName(`o${id}`);

interface ItemParts {
  declarations: XmlElement[];
  body: XmlNode[];
  processing: XmlElement[];
  modal?: XmlElement;
}

function parts(item: LocalisedItem, lang: Lang): ItemParts {
  const m = t(lang).trainer;
  const prompt = el('prompt', {}, item.prompt);
  const feedbackToResponse = setOutcome('FEEDBACK', variable('RESPONSE'));
  switch (item.type) {
    case 'single':
      return {
        declarations: [
          declaration(
            'single',
            'identifier',
            item.options.filter((o) => o.correct).map((o) => oid(o.id)),
          ),
          ...outcomes('single'),
        ],
        body: [
          el(
            'choiceInteraction',
            { responseIdentifier: 'RESPONSE', shuffle: 'true', maxChoices: 1 },
            prompt,
            item.options.map((o) => choice(oid(o.id), o.text, o.feedback)),
          ),
        ],
        processing: [matchCorrect(), feedbackToResponse],
      };
    case 'multiple': {
      const keyed = item.options.filter((o) => o.correct);
      const weight = 1 / keyed.length;
      const mapping = el(
        'mapping',
        { lowerBound: 0, upperBound: 1, defaultValue: 0 },
        item.options.map((o) =>
          el('mapEntry', { mapKey: oid(o.id), mappedValue: round(o.correct ? weight : -weight) }),
        ),
      );
      return {
        declarations: [
          declaration(
            'multiple',
            'identifier',
            keyed.map((o) => oid(o.id)),
            mapping,
          ),
          ...outcomes('multiple'),
        ],
        body: [
          el(
            'choiceInteraction',
            { responseIdentifier: 'RESPONSE', shuffle: 'true', maxChoices: 0 },
            prompt,
            item.options.map((o) => choice(oid(o.id), o.text, o.feedback)),
          ),
        ],
        processing: [mapResponse(), feedbackToResponse],
      };
    }
    case 'truefalse':
      return {
        declarations: [
          declaration('single', 'identifier', [item.answer ? 'true' : 'false']),
          ...outcomes('single'),
        ],
        body: [
          el(
            'choiceInteraction',
            { responseIdentifier: 'RESPONSE', shuffle: 'false', maxChoices: 1 },
            prompt,
            choice('true', m.true, item.feedback.true),
            choice('false', m.false, item.feedback.false),
          ),
        ],
        processing: [matchCorrect(), feedbackToResponse],
      };
    case 'matching': {
      const weight = 1 / item.pairs.length;
      const pairs = item.pairs.map((p) => `${ncName(`L${p.id}`)} ${ncName(`R${p.id}`)}`);
      return {
        declarations: [
          declaration(
            'multiple',
            'directedPair',
            pairs,
            el(
              'mapping',
              { lowerBound: 0, upperBound: 1, defaultValue: 0 },
              pairs.map((p) => el('mapEntry', { mapKey: p, mappedValue: round(weight) })),
            ),
          ),
          ...outcomes('single'),
        ],
        body: [
          el(
            'matchInteraction',
            { responseIdentifier: 'RESPONSE', shuffle: 'true', maxAssociations: item.pairs.length },
            prompt,
            el(
              'simpleMatchSet',
              {},
              item.pairs.map((p) =>
                el(
                  'simpleAssociableChoice',
                  { identifier: ncName(`L${p.id}`), matchMax: 1 },
                  p.left,
                ),
              ),
            ),
            el(
              'simpleMatchSet',
              {},
              item.pairs.map((p) =>
                el(
                  'simpleAssociableChoice',
                  { identifier: ncName(`R${p.id}`), matchMax: 1 },
                  p.right,
                ),
              ),
            ),
          ),
        ],
        processing: [
          mapResponse(),
          setOutcome('FEEDBACK', el('baseValue', { baseType: 'identifier' }, 'EXPLAIN')),
        ],
        modal: explanation(item.pairs.map((p) => `${p.left} → ${p.right}: ${p.feedback}`)),
      };
    }
    case 'ordering':
      return {
        declarations: [
          declaration(
            'ordered',
            'identifier',
            item.steps.map((s) => ncName(`S${s.id}`)),
          ),
          ...outcomes('single'),
        ],
        body: [
          el(
            'orderInteraction',
            { responseIdentifier: 'RESPONSE', shuffle: 'true' },
            prompt,
            item.steps.map((s) => el('simpleChoice', { identifier: ncName(`S${s.id}`) }, s.text)),
          ),
        ],
        processing: [
          matchCorrect(),
          setOutcome('FEEDBACK', el('baseValue', { baseType: 'identifier' }, 'EXPLAIN')),
        ],
        modal: explanation(item.steps.map((s, i) => `${i + 1}. ${s.text}: ${s.feedback}`)),
      };
  }
}

function explanation(lines: string[]): XmlElement {
  return el(
    'modalFeedback',
    { outcomeIdentifier: 'FEEDBACK', identifier: 'EXPLAIN', showHide: 'show' },
    el(
      'ul',
      {},
      lines.map((l) => el('li', {}, l)),
    ),
  );
}

function round(v: number): number {
  return Math.round(v * 100000) / 100000;
}

/** One item as a QTI document. */
export function qtiItem(item: LocalisedItem, lang: Lang, version: QtiVersion): string {
  const ns = NS[version];
  const p = parts(item, lang);
  const root = el(
    'assessmentItem',
    {
      xmlns: ns.item,
      'xmlns:xsi': XSI,
      'xsi:schemaLocation': `${ns.item} ${ns.itemXsd}`,
      identifier: ncName(item.id),
      title: item.id,
      adaptive: 'false',
      timeDependent: 'false',
      'xml:lang': lang,
    },
    p.declarations,
    el('itemBody', {}, p.body),
    el('responseProcessing', {}, p.processing),
    p.modal,
  );
  return serialize(root, version === '3.0' ? qti3 : {});
}

export const itemPath = (id: string) => `items/${ncName(id)}.xml`;

/** The content-package manifest listing one resource per item. */
export function qtiManifest(course: CourseData, version: QtiVersion): string {
  const ns = NS[version];
  const resources = course.quiz.map((item) =>
    el(
      'resource',
      { identifier: ncName(`RES-${item.id}`), type: ns.type, href: itemPath(item.id) },
      el('file', { href: itemPath(item.id) }),
    ),
  );
  const metadata =
    version === '2.1'
      ? el('metadata', {}, el('schema', {}, 'QTIv2.1 Package'), el('schemaversion', {}, '1.0.0'))
      : el('metadata', {}, el('schema', {}, 'QTI Package'), el('schemaversion', {}, '3.0.0'));
  const root = el(
    'manifest',
    {
      xmlns: ns.cp,
      'xmlns:xsi': XSI,
      'xsi:schemaLocation': `${ns.cp} ${ns.cpXsd}`,
      identifier: ncName(`replylab-quiz-${course.lang}-${course.version}`),
    },
    metadata,
    el('organizations'),
    el('resources', {}, resources),
  );
  return serialize(root);
}

/** The QTI content package: imsmanifest.xml and items/<id>.xml. */
export function qtiPackage(course: CourseData, version: QtiVersion): Uint8Array {
  const files: ZipFiles = { 'imsmanifest.xml': utf8(qtiManifest(course, version)) };
  for (const item of course.quiz)
    files[itemPath(item.id)] = utf8(qtiItem(item, course.lang, version));
  return zip(files);
}
