import type { Examples } from '../language';

export const examples: Examples = {
  'tone.friendly': {
    match: [['Gern helfen wir Ihnen.', 'Gern'], 'Viele Grüße, Lena'],
    noMatch: ['Das ist so.'],
  },
  'tone.sarcasm': {
    match: [
      ['Na toll, schon wieder eine Beschwerde.', 'Na toll'],
      'Wir können leider nicht zaubern 🙃',
      'Lesen bildet.',
      'Kaufen Sie doch einfach woanders!',
      'Wie schade, dass Lesen nicht zu Ihren Stärken gehört.',
      'Wow, sehr erwachsen. Vielleicht mal erwachsen werden?',
      ['Da hat wohl jemand schlecht geschlafen 🙂', 'wohl jemand'],
    ],
    noMatch: [
      'Wir kümmern uns sofort darum.',
      'Wie schade, dass Ihr Besuch so verlaufen ist.',
      'Kleiner Tipp: In der App geht es schneller.',
      'Ich habe mir die Sendung selber angesehen.',
      'Ihr Paket wurde woanders zugestellt.',
      'Jemand aus unserem Team ruft Sie heute an.',
    ],
  },
  'tone.flippant': {
    match: [['Machen wir lol', 'lol'], 'Ist uns doch egal.'],
    noMatch: [
      'Machen wir heute noch.',
      'Egal ob online oder im Laden: Der Umtausch ist kostenlos.',
    ],
  },
  'tone.irritation': {
    match: [
      ['Wie bereits gesagt, das geht nicht.', 'Wie bereits gesagt'],
      'Bitte übertreiben Sie nicht.',
      'Beruhigen Sie sich erst einmal.',
    ],
    noMatch: [
      'Wir verstehen Ihren Ärger gut.',
      'Wir schauen uns das mal genauer an.',
      'Ehrlich gesagt ist da bei uns etwas schiefgelaufen.',
    ],
  },
  'tone.blame': {
    match: [
      ['Hätten Sie die Anleitung gelesen, wäre das nicht passiert.', 'Hätten Sie'],
      'Das steht doch in den AGB.',
      'Steht alles im Vertrag.',
      'Die meisten unserer Gäste sind zufrieden.',
      'An einem vollen Samstag muss man eben etwas Geduld mitbringen.',
      'Sie haben offensichtlich die Anleitung nicht gelesen.',
      'Dann trink doch einfach Kuhmilch.',
    ],
    noMatch: [
      'Das ist unser Fehler.',
      'Dafür muss man nur auf „Einstellungen“ tippen.',
      'Offensichtlich ist bei der Zustellung etwas schiefgegangen.',
      'Schreiben Sie uns einfach mal eine PN.',
      'Wir schauen uns das mal genauer an.',
    ],
  },
  'tone.defensive': {
    match: [
      ['Dafür sind wir nicht zuständig.', 'Dafür sind wir nicht'],
      'Bei allen anderen funktioniert es.',
      'Verzögerungen liegen beim Paketdienst.',
      'Darauf haben wir leider keinen Einfluss.',
      'So etwas kommt vor.',
      'Das kommt leider vor.',
    ],
    noMatch: [
      'Wir sind gern für Sie da.',
      'Der Fehler liegt bei uns.',
      'Die Ersatzkiste kommt Dienstag vor 12 Uhr.',
      'Ihre Mutter kommt kaum noch vor die Tür.',
    ],
  },
  'tone.bureaucratic': {
    match: [
      ['Bitte beachten Sie unsere Versandbedingungen.', 'Bitte beachten'],
      'Ihr Anliegen wird in der Reihenfolge des Eingangs bearbeitet.',
    ],
    noMatch: ['Ihr Paket kommt morgen.'],
  },
  'tone.jargon': {
    match: [
      ['Ihr Ticket wurde an den Second-Level eskaliert.', 'Second-Level'],
      'Die Eskalation läuft über das Backoffice.',
      'Der Bestand kommt live aus der WaWi.',
    ],
    noMatch: ['Ein Techniker kommt morgen zu Ihnen.'],
  },
  'empathy.apology': {
    match: [
      ['Das tut uns wirklich leid.', 'tut uns wirklich leid'],
      'Bitte entschuldigen Sie die Verspätung.',
      'Das war unser Fehler.',
    ],
    noMatch: ['Wir entschuldigen uns nicht für Fehler anderer.', 'Danke für Ihre Nachricht.'],
  },
  'empathy.pseudo-apology': {
    match: [
      ['Es tut uns leid, dass Sie das so empfinden.', 'dass Sie das so empfinden'],
      'Wir entschuldigen uns, falls Unannehmlichkeiten entstanden sind.',
      'Es tut uns leid, dass Sie sich ärgern.',
      ['Es tut uns leid, wenn Sie sich geärgert haben.', 'leid, wenn Sie'],
    ],
    noMatch: [
      'Das tut uns leid, erst recht, wenn Sie das Medikament dringend brauchen.',
      'Das tut mir leid – gerade wenn Sie an Ihre Tickets müssen.',
      'Es tut uns leid, dass Ihr Paket zu spät kam.',
      'Dass Sie sich ärgern, verstehen wir absolut.',
    ],
  },
  'empathy.vague-apology': {
    match: [['Wir bitten die Unannehmlichkeiten zu entschuldigen.', 'Unannehmlichkeiten']],
    noMatch: ['Es tut uns leid.'],
  },
  'empathy.understanding': {
    match: [
      ['Ich verstehe Ihren Ärger.', 'verstehe'],
      'Das ist wirklich ärgerlich.',
      'Das kann ich gut nachvollziehen.',
    ],
    noMatch: ['Das verstehen wir nicht.', 'Ihr Paket ist unterwegs.'],
  },
  'empathy.taken-seriously': {
    match: [['Danke für Ihren Hinweis.', 'Danke für Ihren Hinweis'], 'Wir nehmen das sehr ernst.'],
    noMatch: ['Das nehmen wir nicht ernst.'],
  },
  'empathy.warmth': {
    match: [['Vielen Dank, das freut uns sehr!', 'Dank'], 'Sehr gerne 😊'],
    noMatch: ['Das ist nicht schön.'],
  },
  'personalization.boilerplate': {
    match: [
      [
        'Vielen Dank für Ihre Nachricht. Ihr Anliegen ist uns wichtig.',
        'Vielen Dank für Ihre Nachricht',
      ],
      'Ihre Zufriedenheit liegt uns am Herzen.',
    ],
    noMatch: ['Danke, dass Sie uns vom kaputten Deckel erzählen.'],
  },
  'resolution.next-step': {
    match: [
      ['Wir erstatten Ihnen den Betrag.', 'erstatten'],
      'Ich schicke Ihnen heute ein neues Gerät.',
      'Der Betrag wird Ihnen gutgeschrieben.',
      'Ihre Torte wird gleich morgen früh gebacken und liegt ab 10 Uhr zur Abholung bereit.',
      'Ich bestätige Ihnen das gleich per E-Mail.',
      'Ich habe die zweite Zahlung zurückerstattet.',
      'Wir haben Ihnen 50 % der Rechnung erlassen.',
      'Ihr Sofa wird gerade gefertigt und am 14. März geliefert.',
      'Die Filialleitung spricht heute noch mit der Kollegin.',
      'Ihre Tonne wird morgen früh geleert.',
      'Wir werden Ihnen die Torte morgen schicken.',
    ],
    noMatch: [
      'Wir erstatten das nicht.',
      'Das ist schade.',
      'Die Brötchen werden täglich gebacken.',
    ],
  },
  'cue.weak-step': {
    match: [['Wir prüfen das.', 'Wir prüfen'], 'Wir leiten das weiter.'],
    noMatch: ['Wir prüfen das nicht.'],
  },
  'resolution.time-frame': {
    match: [['Sie hören bis morgen von uns.', 'bis morgen'], 'Innerhalb von 2 Werktagen.'],
    noMatch: ['Wir melden uns.'],
  },
  'resolution.correction': {
    match: [
      ['Laut unseren Unterlagen wurde das Paket am Montag zugestellt.', 'Laut unseren Unterlagen'],
    ],
    noMatch: ['Das tut uns leid.'],
  },
  'resolution.cant-help': {
    match: [
      ['Da können wir leider nicht helfen.', 'können wir leider nicht helfen'],
      'Das ist leider nicht möglich.',
    ],
    noMatch: ['Wir helfen gern.'],
  },
  'resolution.false-admission': {
    match: [
      ['Da hast du völlig recht, sorry!', 'hast du völlig recht'],
      ['Kommt nicht wieder vor.', 'Kommt nicht wieder vor'],
      ['Das war unser Fehler.', 'unser Fehler'],
      'Sie haben völlig recht.',
      ['Da ist wohl etwas schiefgelaufen.', 'Da ist wohl etwas schiefgelaufen'],
    ],
    noMatch: [
      'Das Paket wurde zugestellt.',
      'Wenn bei Ihnen etwas schiefgelaufen ist, schreiben Sie uns.',
    ],
  },
  'resolution.pushing': {
    match: [
      ['Über eine 5-Sterne-Bewertung freuen wir uns!', 'Bewertung freuen'],
      'Lassen Sie uns doch eine Bewertung da!',
      'Empfehlen Sie uns gern weiter.',
      'Mit dem Code DANKE10 sparen Sie.',
      ['Lad dir gleich unsere App runter!', 'App runter'],
    ],
    noMatch: [
      'Danke für die fünf Sterne und Ihre schöne Bewertung!',
      'Danke, Frau Berg, das freut uns!',
    ],
  },
  'cue.answer': {
    match: [
      ['Klar, du kannst die Karte in der App sperren.', 'du kannst'],
      ['Ja, das geht in der App unter Einstellungen.', 'Ja'],
    ],
    noMatch: ['Wir melden uns.'],
  },
  'cue.request': {
    match: [['Nennen Sie uns bitte Ihre Bestellnummer.', 'Nennen']],
    noMatch: ['Wir sind für Sie da.'],
  },
  'cue.personal-data': {
    match: [['Ihre Bestellnummer', 'Bestellnummer'], 'Ihre IBAN', 'Ihre Adresse'],
    noMatch: ['Ihr Paket'],
  },
  'cue.private-channel': {
    match: [['Schreiben Sie uns bitte eine PN.', 'PN'], 'Wir rufen Sie an.'],
    noMatch: ['Hier die Antwort.', 'Wie lautet Ihre Telefonnummer?'],
  },
  'channel.detour': {
    match: [
      ['Bitte nutzen Sie unser Kontaktformular.', 'Kontaktformular'],
      'Rufen Sie unsere Hotline an.',
    ],
    noMatch: ['Ja, das geht.', 'Alle Infos finden Sie in unseren FAQ.'],
  },
  'cue.pointer': {
    match: [
      ['Alle Infos finden Sie in unseren FAQ.', 'FAQ'],
      ['Schauen Sie auf unsere Website.', 'auf unsere Website'],
      'Die Größentabelle hilft weiter.',
    ],
    noMatch: ['Rufen Sie unsere Hotline an.', 'Ja, das geht.'],
  },
  'cue.appeal': {
    match: [
      [
        'Gemäß unseren Lieferbedingungen erfolgt die Zustellung bis zur Haustür.',
        'Gemäß unseren Lieferbedingungen',
      ],
      'Aus organisatorischen Gründen geht das nicht.',
      'Wir bitten um Ihr Verständnis.',
    ],
    noMatch: [
      'Wir liefern Ihnen das Sofa am Freitag bis in den dritten Stock.',
      'Laut Sendungsverfolgung ist das Paket unterwegs.',
    ],
  },
  'cue.handoff': {
    match: [
      ['Sorry, wir sind dran!', 'wir sind dran'],
      ['Ich gebe es an die Backstube weiter.', 'gebe es an die Backstube weiter'],
      ['Wir haben Ihr Anliegen an die Fachabteilung weitergeleitet.', 'weitergeleitet'],
      'Die Störung ist uns bekannt.',
      'Die Kollegen melden sich zeitnah bei Ihnen.',
    ],
    noMatch: [
      'Ich rufe Sie morgen um 10 Uhr an.',
      'Frau Berger aus der Technik kommt am Dienstag vorbei.',
    ],
  },
  'cue.generic-empathy': {
    match: [
      ['Das tut uns leid zu hören!', 'leid zu hören'],
      'Wir verstehen Ihren Ärger.',
      'Wir bedauern die entstandenen Unannehmlichkeiten.',
    ],
    noMatch: [
      'Es tut mir leid, dass Sie drei Wochen auf Ihre Waschmaschine warten mussten.',
      'Danke für das Foto vom Kratzer.',
    ],
  },
  'cue.reproach': {
    match: [
      ['Ein kurzer Blick in die FAQ hätte geholfen.', 'kurzer Blick in die FAQ hätte'],
      ['Das schaffen Sie bestimmt auch.', 'schaffen Sie bestimmt'],
      ['Bitte kontrollieren Sie künftig Ihre Tüten.', 'Bitte kontrollieren Sie künftig'],
      'Es lohnt sich, ab und zu mal reinzuschauen.',
      'Wie bereits in der Mail beschrieben, ist das so.',
      ['Die Öffnungszeiten stehen schon immer auf Google 😉', 'schon immer'],
    ],
    noMatch: ['Wir prüfen das heute.', 'Ab Montag ist die Filiale wieder geöffnet.'],
  },
  'cue.casual': {
    match: [
      ['Hoppla, da ist was schiefgelaufen.', 'Hoppla'],
      'Jo mei, des passiert halt.',
      'Kein Stress, das kriegen wir hin.',
    ],
    noMatch: ['Das tut uns leid, wir kümmern uns darum.', 'Ihr Paket kommt morgen.'],
  },
  'cue.remedy': {
    match: [
      ['Die 45 € kriegen Sie natürlich zurück.', 'kriegen Sie natürlich zurück'],
      ['Die 39 € erstatten wir Ihnen selbstverständlich.', 'erstatten'],
      'Die 14,90 € buchen wir Ihnen zurück.',
      'Die Mahngebühr erlassen wir Ihnen.',
    ],
    noMatch: [
      'Die Gebühr stand in Ihrer Buchungsbestätigung.',
      'Die Anzahlung ist nicht erstattungsfähig.',
      'Wir schicken Ihnen heute ein neues Kabel.',
    ],
  },
  'cue.legal': {
    match: [
      ['Das ist eine Straftat nach dem UrhG.', 'Straftat'],
      ['Wir behalten uns rechtliche Schritte vor.', 'rechtliche Schritte'],
      'Das ist geschäftsschädigend.',
      'Wir erstatten Strafanzeige.',
    ],
    noMatch: [
      'Wir blenden Beleidigungen nach unserer Netiquette aus.',
      'Die Schritte zur Einrichtung finden Sie unten.',
    ],
  },
  'cue.call-to-action': {
    match: [
      ['Das Abo kannst du gleich in unserer App abschließen.', 'in unserer App'],
      'Melden Sie sich gleich an!',
      'Jetzt online buchen!',
    ],
    noMatch: [
      'Danke, Frau Huber, das freut Herrn Lang sehr!',
      'Wir freuen uns auf Ihren nächsten Besuch.',
    ],
  },
};
