/**
 * The scoring contract shared by the browser, the simulator and the command line
 * (see CONTRIBUTING.md, "Scoring contract"). Everything here is plain data; the shared words
 * (languages, kinds, channels, criteria) come from src/lib/vocabulary.ts.
 */
import type { Channel, Criterion, Lang, Platform, PostKind } from '../vocabulary';

export {
  CRITERIA,
  PASS_MARK,
  type Channel,
  type Criterion,
  type Lang,
  type Platform,
  type PostKind,
} from '../vocabulary';

/** What the scorer knows about the situation the reply answers. */
export interface ScoringContext {
  /** Language of the reply (and of the messages in the findings). */
  lang: Lang;
  kind: PostKind;
  platform?: Platform;
  /** The customer's display name, e.g. "Jana Becker". */
  customerName: string;
  /** The customer's post the reply answers. */
  post: string;
  /** The company is to blame (an apology is owed). */
  companyAtFault?: boolean;
  /** Solving it needs personal data (order number, address, bank details …). */
  privateDataNeeded?: boolean;
  /** The post breaks the netiquette or the platform's rules (insults, threats …). */
  netiquetteViolated?: boolean;
  /** The post is on the company's own profile; false for someone else's forum or page. Default true. */
  onOwnProfile?: boolean;
  /** Minutes between the customer's post and the reply. */
  responseMinutes: number;
  /** The trainee's own name, for the sign-off. */
  agentName?: string;
}

export interface ReplyAction {
  channel: Channel;
  /** The reply text, "" when there is none. */
  reply: string;
}

/** Words in the reply a finding refers to; start/end are UTF-16 offsets into the reply. */
export interface Quote {
  text: string;
  start: number;
  end: number;
}

export interface Finding {
  criterion: Criterion;
  type: 'strength' | 'issue';
  /** Stable code, e.g. "tone.sarcasm"; scenario guards refer to it. */
  code: string;
  /** Explanation in the reply's language, quoting the words it refers to. */
  message: string;
  /** Id in content/guidelines.yaml. */
  guideline: string;
  /** Id of the lesson that teaches the guideline. */
  lesson: string;
  quotes: Quote[];
}

export interface Evaluation {
  overall: number;
  scores: Record<Criterion, number | null>;
  findings: Finding[];
}
