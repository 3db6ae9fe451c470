/**
 * Messages for findings that come from structure (timing, names, overlap, channel choice)
 * rather than from one rule's words. {q} is a quote, {n} a number, {name} a name.
 */
export type Messages = Record<string, string>;

export const de: Messages = {
  'timing.exemplary': 'Antwort nach {n} – innerhalb einer Stunde, vorbildlich.',
  'timing.in-time': 'Antwort nach {n} – innerhalb der Frist.',
  'timing.late': 'Antwort erst nach {n} – das ist zu spät (Frist: {limit}).',
  'tone.shouting': 'Großbuchstaben oder gehäufte Ausrufezeichen ({q}) wirken wie Schreien.',
  'tone.hard-to-read': 'Sehr langer Satz ({n} Wörter) – schreiben Sie kürzer und einfacher.',
  'tone.long-winded': 'Lange Dankesrede ({n} Wörter) – ein kurzes, herzliches Danke reicht.',
  'tone.register-mix': 'Wechsel zwischen „Sie“ und „du“ ({q}) – bleiben Sie bei einer Anrede.',
  'empathy.missing-apology':
    'Der Fehler liegt beim Unternehmen, aber die Antwort entschuldigt sich nicht.',
  'empathy.missing':
    'Die Antwort geht nicht auf das Erlebnis oder die Gefühle der Kundin oder des Kunden ein.',
  'empathy.cold': 'Statt Verständnis: {q}.',
  'personalization.name': 'Persönliche Anrede mit Namen: {q}.',
  'personalization.missing-name': 'Der Name der Kundin oder des Kunden ({name}) fehlt.',
  'personalization.specific-point': 'Greift auf, was im Beitrag stand: {q}.',
  'personalization.generic': 'Die Antwort greift nichts Konkretes aus dem Beitrag auf.',
  'personalization.sign-off': 'Mit eigenem Namen unterschrieben: {q}.',
  'personalization.missing-sign-off': 'Unterschreiben Sie mit Ihrem eigenen Namen ({name}).',
  'resolution.status-update': 'Zwischenstand mit Zeitangabe: {q}.',
  'resolution.direct-answer': 'Beantwortet die Frage direkt: {q}.',
  'resolution.no-action':
    'Kein konkreter nächster Schritt und keine Antwort – das Anliegen bleibt offen.',
  'resolution.thanks': 'Bedankt sich, ohne etwas zu verlangen.',
  'resolution.not-feeding': 'Lässt sich nicht auf die Provokation ein.',
  'resolution.feeding-troll': 'Geht auf die Provokation ein ({q}) – füttern Sie den Troll nicht.',
  'resolution.no-reply': 'Auf diesen Beitrag wurde nicht reagiert.',
  'channel.public-data-request':
    'Bittet öffentlich um persönliche Daten ({q}) – dafür gibt es PN, E-Mail oder Telefon.',
  'channel.public-data-revealed': 'Nennt persönliche Daten öffentlich ({q}).',
  'channel.moved-private': 'Die persönlichen Details gehen über einen privaten Kanal.',
  'channel.needs-private':
    'Für die Lösung braucht es persönliche Daten – bieten Sie PN, E-Mail oder Telefon an.',
  'channel.detour-private':
    'Eine einfache Frage gehört direkt in den Thread, nicht in einen privaten Kanal.',
  'channel.answered-in-thread': 'Die Frage wird direkt im Thread beantwortet.',
  'channel.ignored': 'Keine Antwort – öffentlich wirkt Schweigen wie Gleichgültigkeit.',
  'channel.deleted-criticism':
    'Berechtigte Kritik wurde entfernt – löschen oder verbergen Sie nur, was gegen die Netiquette verstößt.',
  'channel.moderated-rule-breaker':
    'Der Beitrag verstößt gegen die Netiquette und wurde zu Recht moderiert.',
  'channel.public-fight': 'Öffentlicher Schlagabtausch mit einem Troll ({q}).',
  'channel.foreign-profile': 'Das ist nicht Ihr eigenes Profil – mischen Sie sich dort nicht ein.',
  'channel.stayed-out': 'Fremdes Profil – richtig, sich herauszuhalten.',
  'channel.fitting': 'Der Kanal passt zur Situation.',
};

export const en: Messages = {
  'timing.exemplary': 'Replied after {n} – within the hour, exemplary.',
  'timing.in-time': 'Replied after {n} – in time.',
  'timing.late': 'Replied only after {n} – too late (norm: {limit}).',
  'tone.shouting': 'Capitals or piled-up exclamation marks ({q}) read as shouting.',
  'tone.hard-to-read': 'A very long sentence ({n} words) – write shorter and plainer.',
  'tone.long-winded': 'A long speech of thanks ({n} words) – a brief, warm thank-you is enough.',
  'tone.register-mix': 'Mixed forms of address ({q}) – keep to one.',
  'empathy.missing-apology': 'The company is at fault, but the reply does not apologise.',
  'empathy.missing': "The reply does not acknowledge the customer's experience or feelings.",
  'empathy.cold': 'Instead of understanding: {q}.',
  'personalization.name': 'Addresses the customer by name: {q}.',
  'personalization.missing-name': "The customer's name ({name}) is missing.",
  'personalization.specific-point': 'Picks up what the post said: {q}.',
  'personalization.generic': 'The reply picks up nothing specific from the post.',
  'personalization.sign-off': 'Signed with own name: {q}.',
  'personalization.missing-sign-off': 'Sign with your own name ({name}).',
  'resolution.status-update': 'Status update with a time: {q}.',
  'resolution.direct-answer': 'Answers the question directly: {q}.',
  'resolution.no-action': 'No concrete next step and no answer – the issue stays open.',
  'resolution.thanks': 'Says thank you without asking for anything.',
  'resolution.not-feeding': 'Does not get drawn into the provocation.',
  'resolution.feeding-troll': "Goes into the provocation ({q}) – don't feed the troll.",
  'resolution.no-reply': 'Nothing was done about this post.',
  'channel.public-data-request':
    'Asks for personal data in public ({q}) – use a DM, e-mail or phone for that.',
  'channel.public-data-revealed': 'Reveals personal data in public ({q}).',
  'channel.moved-private': 'The personal details go through a private channel.',
  'channel.needs-private': 'Solving this needs personal data – offer a DM, e-mail or phone.',
  'channel.detour-private':
    'A simple question belongs answered in the thread, not in a private channel.',
  'channel.answered-in-thread': 'The question is answered right in the thread.',
  'channel.ignored': 'No reply – in public, silence looks like indifference.',
  'channel.deleted-criticism':
    'Legitimate criticism was removed – only delete or hide what breaks the netiquette.',
  'channel.moderated-rule-breaker': 'The post breaks the netiquette and was rightly moderated.',
  'channel.public-fight': 'A public exchange of blows with a troll ({q}).',
  'channel.foreign-profile': "This is not your own profile – don't intervene there.",
  'channel.stayed-out': "Someone else's profile – right to stay out.",
  'channel.fitting': 'The channel fits the situation.',
};

/** Both languages' messages, for tests that compare them. */
export const MESSAGES = { de, en } as const;
