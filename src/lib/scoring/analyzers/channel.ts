import { effectOf, SITUATION_SCORES as S } from '../catalog';
import {
  detours,
  feedsTroll,
  phoneSentences,
  publicDataAsks,
  questionAnswer,
  revealedData,
  trollFeedQuotes,
} from '../checks';
import { get, hitQuote, tokenQuote, type Evidence } from '../evidence';
import type { Findings } from '../findings';

/**
 * Channel: personal data only in private, simple questions answered in the thread,
 * moderation only of rule-breakers, no fights with trolls, no reply on foreign profiles.
 */
export function scoreChannel(ev: Evidence, out: Findings): number | null {
  const { kind, netiquetteViolated, privateDataNeeded } = ev.ctx;
  if (ev.ctx.onOwnProfile === false) {
    if (ev.channel === 'none') {
      out.add('strength', 'channel.stayed-out', 'channel.stay-on-own-profile');
      return effectOf('channel.stayed-out').set!;
    }
    out.add('issue', 'channel.foreign-profile', 'channel.stay-on-own-profile');
    return effectOf('channel.foreign-profile').set!;
  }
  if (ev.channel === 'hide' || ev.channel === 'delete') {
    if (netiquetteViolated === true) {
      out.add('strength', 'channel.moderated-rule-breaker', 'troll.hide-rule-breakers');
      return effectOf(
        'channel.moderated-rule-breaker',
        ev.channel === 'hide' ? undefined : 'delete',
      ).set!;
    }
    out.add('issue', 'channel.deleted-criticism', 'complaint.never-delete');
    return effectOf('channel.deleted-criticism', ev.channel === 'hide' ? 'hide' : undefined).set!;
  }
  if (ev.channel === 'none' || !ev.hasText) {
    if (kind === 'troll') {
      if (netiquetteViolated === true) return S.rulebreakerLeftStanding;
      out.add('strength', 'channel.fitting', 'troll.dont-feed');
      return effectOf('channel.fitting', 'ignored-troll').set!;
    }
    out.add('issue', 'channel.ignored', 'complaint.never-ignore');
    return effectOf('channel.ignored', kind === 'praise' ? 'praise' : undefined).set!;
  }
  const isPublic = ev.channel === 'public';
  if (isPublic) {
    const requests = publicDataAsks(ev);
    if (requests.length > 0) {
      out.add(
        'issue',
        'channel.public-data-request',
        'channel.personal-data-private',
        requests.map(({ text, start, end }) => ({ text, start, end })),
      );
      return effectOf('channel.public-data-request').set!;
    }
    const revealed = revealedData(ev);
    if (revealed) {
      out.add('issue', 'channel.public-data-revealed', 'channel.personal-data-private', [revealed]);
      return effectOf('channel.public-data-revealed').set!;
    }
  }
  const privateCue = get(ev, 'cue.private-channel');
  if (kind === 'troll') {
    if (feedsTroll(ev)) {
      out.add('issue', 'channel.public-fight', 'troll.dont-feed', trollFeedQuotes(ev));
      return effectOf('channel.public-fight').set!;
    }
    if (netiquetteViolated === true) return S.rulebreakerAnswered;
    out.add('strength', 'channel.fitting', 'troll.dont-feed');
    return effectOf('channel.fitting', 'troll').set!;
  }
  if (kind === 'question' && privateDataNeeded !== true) {
    const detour = detours(ev);
    // Pointing to the website after answering is fine; instead of answering it is a detour
    // (so is a paragraph of the terms: "siehe § 7 Abs. 3").
    if (
      !questionAnswer(ev).answered &&
      (detour.length > 0 ||
        ev.info.tokens.some((t) => t.kind === 'url' || t.kind === 'mail') ||
        ev.info.text.includes('§') ||
        phoneSentences(ev).size > 0)
    ) {
      const quotes =
        detour.length > 0
          ? detour.map((h) => hitQuote(ev, h))
          : ev.info.tokens.filter((t) => t.kind === 'url').map((t) => tokenQuote(ev, t));
      out.add('issue', 'channel.detour', 'question.answer-in-thread', quotes);
      return effectOf('channel.detour').set!;
    }
    if (!isPublic || privateCue.length > 0) {
      out.add(
        'issue',
        'channel.detour',
        'question.answer-in-thread',
        privateCue.slice(0, 1).map((h) => hitQuote(ev, h)),
        {},
        'channel.detour-private',
      );
      return effectOf('channel.detour', 'private').set!;
    }
    out.add('strength', 'channel.answered-in-thread', 'question.answer-in-thread');
    return effectOf('channel.answered-in-thread').set!;
  }
  if (privateDataNeeded === true) {
    // For a case that needs personal data, a form, portal, e-mail or hotline is the private
    // route (for a simple question the same words are a detour); somewhere to read (terms,
    // FAQ, website) is not.
    const { tokens } = ev.info;
    const sentenceOf = (h: { from: number }) => tokens[h.from]!.sentence;
    // A pointer to the terms is no way to reach anyone, even with a link beside it.
    const appealing = new Set(get(ev, 'cue.appeal').map(sentenceOf));
    const routes = get(ev, 'channel.detour').filter((d) => !appealing.has(sentenceOf(d)));
    // A bare link is a route only where the sentence asks the customer to get in touch
    // ("send us your meter reading via kontora.de/zaehler"), not where it points to reading.
    const asking = new Set(get(ev, 'cue.request').concat(routes).map(sentenceOf));
    const route =
      privateCue.length > 0 ||
      routes.length > 0 ||
      tokens.some(
        (t) =>
          t.kind === 'mail' ||
          (t.kind === 'url' && asking.has(t.sentence) && !appealing.has(t.sentence)),
      ) ||
      phoneSentences(ev).size > 0;
    if (!isPublic || route) {
      out.add('strength', 'channel.moved-private', 'complaint.offer-private-channel');
      return effectOf('channel.moved-private').set!;
    }
    out.add('issue', 'channel.needs-private', 'complaint.offer-private-channel');
    return effectOf('channel.needs-private').set!;
  }
  out.add('strength', 'channel.fitting', 'complaint.offer-private-channel');
  return effectOf('channel.fitting', isPublic || kind !== 'praise' ? undefined : 'private-praise')
    .set!;
}
