/**
 * Which other tabs of this browser have the same scenario open, over a BroadcastChannel: a tab
 * says hello when it opens a scenario, the others answer, and a tab says goodbye when it is
 * hidden for good (pagehide) or leaves the scenario. The saved game itself is checked through
 * the attempts store (storage events); this only tells the trainee early.
 */
const CHANNEL = 'replylab:scenario-tabs';

type Message = { scenario: string; tab: string; kind: 'hello' | 'here' | 'bye' };

/** Calls `onChange(true)` while another tab has `scenario` open; returns what stops watching. */
export function watchTabs(scenario: string, onChange: (present: boolean) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const tab = Math.random().toString(36).slice(2);
  const others = new Set<string>();
  const channel = new BroadcastChannel(CHANNEL);
  const say = (kind: Message['kind']) => channel.postMessage({ scenario, tab, kind });
  channel.onmessage = (event: MessageEvent<Message>) => {
    const m = event.data;
    if (m?.scenario !== scenario || m.tab === tab) return;
    if (m.kind === 'bye') others.delete(m.tab);
    else {
      if (m.kind === 'hello') say('here');
      others.add(m.tab);
    }
    onChange(others.size > 0);
  };
  const bye = () => say('bye');
  // A page restored from the back/forward cache announces itself again.
  const hello = (event: PageTransitionEvent) => {
    if (event.persisted) say('hello');
  };
  addEventListener('pagehide', bye);
  addEventListener('pageshow', hello);
  say('hello');
  return () => {
    removeEventListener('pagehide', bye);
    removeEventListener('pageshow', hello);
    bye();
    channel.close();
  };
}
