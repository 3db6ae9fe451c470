import type { Messages } from './messages';

/** German messages for findings that come from structure (see messages.ts). */
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
