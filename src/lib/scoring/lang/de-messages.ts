import type { Messages } from '../language';

export const messages: Messages = {
  'channel.answered-in-thread': 'Die Antwort bleibt im Thread, in dem gefragt wurde.',
  'channel.deleted-criticism':
    'Berechtigte Kritik wurde entfernt – löschen oder verbergen Sie nur, was gegen die Netiquette verstößt.',
  'channel.detour': 'Umweg ({q}) – beantworten Sie eine einfache Frage direkt im Thread.',
  'channel.detour-private':
    'Eine einfache Frage gehört direkt in den Thread, nicht in einen privaten Kanal.',
  'channel.fitting': 'Der Kanal passt zur Situation.',
  'channel.foreign-profile': 'Das ist nicht Ihr eigenes Profil – mischen Sie sich dort nicht ein.',
  'channel.ignored': 'Keine Antwort – öffentlich wirkt Schweigen wie Gleichgültigkeit.',
  'channel.moderated-rule-breaker':
    'Der Beitrag verstößt gegen die Netiquette und wurde zu Recht moderiert.',
  'channel.moved-private': 'Die persönlichen Details gehen über einen privaten Kanal.',
  'channel.needs-private':
    'Für die Lösung braucht es persönliche Daten – bieten Sie PN, E-Mail oder Telefon an.',
  'channel.public-data-request':
    'Bittet öffentlich um persönliche Daten ({q}) – dafür gibt es PN, E-Mail oder Telefon.',
  'channel.public-data-revealed': 'Nennt persönliche Daten öffentlich ({q}).',
  'channel.public-fight': 'Öffentlicher Schlagabtausch mit einem Troll ({q}).',
  'channel.stayed-out': 'Fremdes Profil – richtig, sich herauszuhalten.',
  'empathy.apology': 'Entschuldigung: {q}.',
  'empathy.cold': 'Statt Verständnis: {q}.',
  'empathy.missing':
    'Die Antwort geht nicht auf das Erlebnis oder die Gefühle der Kundin oder des Kunden ein.',
  'empathy.missing-apology':
    'Der Fehler liegt beim Unternehmen, aber die Antwort entschuldigt sich nicht.',
  'empathy.pseudo-apology':
    'Scheinentschuldigung ({q}) – sie schiebt die Verantwortung der Kundin oder dem Kunden zu.',
  'empathy.taken-seriously': 'Nimmt das Anliegen ernst: {q}.',
  'empathy.understanding': 'Verständnis für die Lage der Kundin oder des Kunden: {q}.',
  'empathy.vague-apology':
    'Floskelhafte Entschuldigung ({q}) – nennen Sie, was schiefgelaufen ist.',
  'empathy.warmth': 'Herzlich und zugewandt: {q}.',
  'personalization.boilerplate':
    'Standardfloskel ({q}) – schreiben Sie persönlich und gehen Sie auf den Beitrag ein.',
  'personalization.generic': 'Die Antwort greift nichts Konkretes aus dem Beitrag auf.',
  'personalization.missing-name': 'Der Name der Kundin oder des Kunden ({name}) fehlt.',
  'personalization.missing-sign-off': 'Unterschreiben Sie mit Ihrem eigenen Namen ({name}).',
  'personalization.name': 'Persönliche Anrede mit Namen: {q}.',
  'personalization.sign-off': 'Mit eigenem Namen unterschrieben: {q}.',
  'personalization.specific-point': 'Greift auf, was im Beitrag stand: {q}.',
  'resolution.cant-help':
    'Absage ohne Alternative ({q}) – sagen Sie, was Sie stattdessen tun können.',
  'resolution.correction': 'Stellt sachlich richtig: {q}.',
  'resolution.direct-answer': 'Beantwortet die Frage direkt: {q}.',
  'resolution.false-admission':
    'Räumt einen Fehler ein ({q}), obwohl das Unternehmen hier nicht verantwortlich ist.',
  'resolution.feeding-troll': 'Geht auf die Provokation ein ({q}) – füttern Sie den Troll nicht.',
  'resolution.next-step': 'Konkreter nächster Schritt: {q}.',
  'resolution.no-action':
    'Kein konkreter nächster Schritt und keine Antwort – das Anliegen bleibt offen.',
  'resolution.no-reply': 'Auf diesen Beitrag wurde nicht reagiert.',
  'resolution.not-feeding': 'Lässt sich nicht auf die Provokation ein.',
  'resolution.pushing':
    'Drängt zu Bewertung, Empfehlung oder Kauf ({q}) – zufriedene Kundinnen und Kunden tun das von sich aus.',
  'resolution.status-update': 'Zwischenstand mit Zeitangabe: {q}.',
  'resolution.thanks': 'Bedankt sich, ohne etwas zu verlangen.',
  'resolution.time-frame': 'Nennt einen Zeitrahmen: {q}.',
  'timing.exemplary': 'Antwort nach {n} – innerhalb einer Stunde, vorbildlich.',
  'timing.in-time': 'Antwort nach {n} – innerhalb der Frist.',
  'timing.late': 'Antwort erst nach {n} – das ist zu spät (Frist: {limit}).',
  'tone.blame':
    'Schuldzuweisung oder Belehrung ({q}) – vermeiden Sie Vorwürfe an die Kundin oder den Kunden.',
  'tone.bureaucratic':
    'Bürokratisch und abweisend ({q}) – sprechen Sie den Menschen an, nicht den Vorgang.',
  'tone.defensive':
    'Das klingt nach Rechtfertigung ({q}) – nehmen Sie die Sicht der Kundin oder des Kunden ernst.',
  'tone.flippant': 'Flapsig ({q}) – zu lässig für jemanden mit einem Problem.',
  'tone.friendly': 'Freundlicher Ton: {q}.',
  'tone.hard-to-read': 'Sehr langer Satz ({n} Wörter) – schreiben Sie kürzer und einfacher.',
  'tone.irritation': 'Gereizter Ton ({q}) – bleiben Sie ruhig und sachlich.',
  'tone.jargon':
    'Fachjargon oder interne Begriffe ({q}) – sagen Sie es so, wie die Kundin oder der Kunde es versteht.',
  'tone.long-winded': 'Lange Dankesrede ({n} Wörter) – ein kurzes, herzliches Danke reicht.',
  'tone.register-mix': 'Wechsel zwischen „Sie“ und „du“ ({q}) – bleiben Sie bei einer Anrede.',
  'tone.sarcasm': 'Ironie oder Sarkasmus ({q}) kommt bei Kundinnen und Kunden als Spott an.',
  'tone.shouting': 'Großbuchstaben oder gehäufte Ausrufezeichen ({q}) wirken wie Schreien.',
  'tone.sarcasm-smile':
    'Ein Smiley nach einem Vorwurf ({q}) – das liest sich schnell als Spott. Würde die Kundin das als freundlich empfinden?',
  'tone.jargon-codes':
    'Kürzel und Codes ({q}) – würde die Kundin oder der Kunde verstehen, was das heißt? Sagen Sie es in Alltagsworten.',
  'empathy.template':
    'Würde dieser Satz ({q}) unter jeden anderen Beitrag auch passen? Nennen Sie, was genau passiert ist – dann fühlt sich die Person gemeint.',
  'resolution.vague-handoff':
    '„Weitergeleitet“ – an wen, und was passiert bis wann ({q})? Nennen Sie, wer sich kümmert und bis wann.',
  'tone.doubt':
    'Lesen Sie die Antwort mit den Augen der Kundin oder des Kunden: Klingt ein Satz gereizt, belehrend, ironisch oder nach Ausrede?',
  'empathy.doubt':
    'Würde diese Antwort unter jeden anderen Beitrag auch passen? Sagen Sie, was der Person passiert ist und dass Sie verstehen, wie sich das anfühlt.',
  'personalization.doubt':
    'Greift die Antwort auf, was genau diese Person geschrieben hat – mit ihrem Namen?',
  'resolution.doubt':
    'Was passiert jetzt konkret, wer kümmert sich und bis wann? Oder: Ist die Frage wirklich beantwortet?',
  'channel.doubt':
    'Ist das der richtige Ort für diese Antwort – und steht irgendwo eine persönliche Angabe öffentlich?',
  'resolution.nothing-offered':
    'Die Antwort bietet nichts an: keinen Schritt, keinen Plan, keine Antwort, keinen Weg zu Ihnen. Was passiert jetzt für die Person?',
};
