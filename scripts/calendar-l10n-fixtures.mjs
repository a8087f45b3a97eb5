// Writes the German, French, Spanish and Japanese copies of the Google Calendar fixtures:
//   node scripts/calendar-l10n-fixtures.mjs
// Each copy is its English fixture with <html lang> set and every visible label, aria-label and tooltip
// translated as Calendar writes it in that language; the markup, ids and attributes stay as they are, and so
// does the expected context (the copy's .expected.json is the English one's). The output is committed; tests
// read the files, never this script. A text or label of the English page that is neither translated nor
// listed as content (names, titles, addresses) stops the run, so nothing English is left behind by mistake.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

const DIR = 'tests/fixtures/google-calendar';
const LANGUAGES = /** @type {const} */ (['de', 'fr', 'es', 'ja']);
const LANGUAGE_NAMES = { de: 'German', fr: 'French', es: 'Spanish', ja: 'Japanese' };
/** Attributes that carry words the user sees or hears. */
const WORDED_ATTRIBUTES = ['aria-label', 'data-tooltip', 'title', 'placeholder', 'data-placeholder', 'alt'];

/**
 * @typedef {{ de: string, fr: string, es: string, ja: string }} Words
 * @typedef {{
 *   source: string, out: string, description: string, restsOn: (language: string) => string,
 *   keep: string[], words: Record<string, Words>, real?: boolean,
 * }} View
 */

/** Texts and labels both popups share. */
const POPUP_COMMON = {
  Close: { de: 'Schließen', fr: 'Fermer', es: 'Cerrar', ja: '閉じる' },
  'Google Account: Alex Morgan (alex.morgan@mycompany.com)': {
    de: 'Google-Konto: Alex Morgan (alex.morgan@mycompany.com)',
    fr: 'Compte Google : Alex Morgan (alex.morgan@mycompany.com)',
    es: 'Cuenta de Google: Alex Morgan (alex.morgan@mycompany.com)',
    ja: 'Google アカウント: Alex Morgan (alex.morgan@mycompany.com)',
  },
  Calendar: { de: 'Kalender', fr: 'Agenda', es: 'Calendar', ja: 'カレンダー' },
  Organizer: { de: 'Organisator', fr: 'Organisateur', es: 'Organizador', ja: '主催者' },
};

/** @type {View[]} */
const VIEWS = [
  {
    source: 'synthetic_2026-11_event-popup',
    out: 'event-popup',
    description: 'the event popup of a recurring occurrence',
    restsOn: (language) =>
      `#xDetDlg's data-eventid (the occurrence's id carries its start), the title [role=heading], the guest rows ` +
      `#xDetDlgAtt [data-email] with the name first, and the organizer's sub-label read with the ${language} table`,
    keep: [
      'A',
      '×',
      'Iberia rollout check-in',
      'Northwind QBR',
      'Northwind HQ, Room 4',
      'Alex Morgan',
      'Ana Ruiz',
      'Tom Becker',
      'newhire@northwind.com',
      'Agenda: renewal terms, price-cap clause, analytics add-on.',
    ],
    words: {
      ...POPUP_COMMON,
      'Google Calendar - Week of November 23, 2026': {
        de: 'Google Kalender – Woche vom 23. November 2026',
        fr: 'Google Agenda - Semaine du 23 novembre 2026',
        es: 'Google Calendar - Semana del 23 de noviembre de 2026',
        ja: 'Google カレンダー - 2026年 11月23日の週',
      },
      'November 2026': { de: 'November 2026', fr: 'novembre 2026', es: 'noviembre de 2026', ja: '2026年 11月' },
      'Mon 23': { de: 'Mo. 23', fr: 'lun. 23', es: 'lun 23', ja: '月 23' },
      'Tue 24': { de: 'Di. 24', fr: 'mar. 24', es: 'mar 24', ja: '火 24' },
      'Wed 25': { de: 'Mi. 25', fr: 'mer. 25', es: 'mié 25', ja: '水 25' },
      'Thu 26': { de: 'Do. 26', fr: 'jeu. 26', es: 'jue 26', ja: '木 26' },
      'Fri 27': { de: 'Fr. 27', fr: 'ven. 27', es: 'vie 27', ja: '金 27' },
      '10am to 11am, Iberia rollout check-in, Alex Morgan': {
        de: '10:00 bis 11:00, Iberia rollout check-in, Alex Morgan',
        fr: '10:00 à 11:00, Iberia rollout check-in, Alex Morgan',
        es: '10:00 a 11:00, Iberia rollout check-in, Alex Morgan',
        ja: '午前10時～午前11時、Iberia rollout check-in、Alex Morgan',
      },
      '3pm to 4pm, Northwind QBR, Alex Morgan': {
        de: '15:00 bis 16:00, Northwind QBR, Alex Morgan',
        fr: '15:00 à 16:00, Northwind QBR, Alex Morgan',
        es: '15:00 a 16:00, Northwind QBR, Alex Morgan',
        ja: '午後3時～午後4時、Northwind QBR、Alex Morgan',
      },
      'Thursday, November 26 · 3:00 – 4:00pm · Weekly on Thursday': {
        de: 'Donnerstag, 26. November · 15:00–16:00 · Wöchentlich am Donnerstag',
        fr: 'jeudi 26 novembre · 15:00 – 16:00 · Toutes les semaines le jeudi',
        es: 'jueves, 26 de noviembre · 15:00 – 16:00 · Cada semana el jueves',
        ja: '11月26日 (木) · 15:00～16:00 · 毎週 木曜日',
      },
      '4 guests': { de: '4 Gäste', fr: '4 invités', es: '4 invitados', ja: 'ゲスト 4 人' },
      '3 yes, 1 awaiting': {
        de: '3 Zusagen, 1 ausstehend',
        fr: '3 oui, 1 en attente',
        es: '3 sí, 1 pendiente',
        ja: 'はい 3 人、未返信 1 人',
      },
      'Alex Morgan, Organizer': {
        de: 'Alex Morgan, Organisator',
        fr: 'Alex Morgan, Organisateur',
        es: 'Alex Morgan, Organizador',
        ja: 'Alex Morgan, 主催者',
      },
      Optional: { de: 'Optional', fr: 'Facultatif', es: 'Opcional', ja: '任意' },
    },
  },
  {
    source: 'synthetic_2026-12_event-popup-one-off',
    out: 'event-popup-one-off',
    description: 'the event popup of a one-off event',
    restsOn: (language) =>
      `the ids and attributes (#xDetDlg[data-eventid], the title #rAECCd, the guests' data-hovercard-id), the ` +
      `date and time line #xDetDlgWhen read with the ${language} table, and the organizer's word in its row's ` +
      `aria-label, from the ${language} table`,
    keep: ['A', '×', '⋅', 'Contoso remediation review', 'Alex Morgan', 'Dr. Lena Hoffmann', 'Julia Santos'],
    words: {
      ...POPUP_COMMON,
      'Google Calendar - Week of November 30, 2026': {
        de: 'Google Kalender – Woche vom 30. November 2026',
        fr: 'Google Agenda - Semaine du 30 novembre 2026',
        es: 'Google Calendar - Semana del 30 de noviembre de 2026',
        ja: 'Google カレンダー - 2026年 11月30日の週',
      },
      'Nov – Dec 2026': { de: 'Nov.–Dez. 2026', fr: 'nov. – déc. 2026', es: 'nov – dic 2026', ja: '2026年 11月～12月' },
      'Thu 3': { de: 'Do. 3', fr: 'jeu. 3', es: 'jue 3', ja: '木 3' },
      '3pm to 4pm, Contoso remediation review, Alex Morgan': {
        de: '15:00 bis 16:00, Contoso remediation review, Alex Morgan',
        fr: '15:00 à 16:00, Contoso remediation review, Alex Morgan',
        es: '15:00 a 16:00, Contoso remediation review, Alex Morgan',
        ja: '午後3時～午後4時、Contoso remediation review、Alex Morgan',
      },
      'Thursday, December 3': {
        de: 'Donnerstag, 3. Dezember',
        fr: 'jeudi 3 décembre',
        es: 'jueves, 3 de diciembre',
        ja: '12月3日 (木)',
      },
      '3:00 – 4:00pm': { de: '15:00–16:00', fr: '15:00 – 16:00', es: '15:00 – 16:00', ja: '15:00～16:00' },
      '3 guests': { de: '3 Gäste', fr: '3 invités', es: '3 invitados', ja: 'ゲスト 3 人' },
      Guests: { de: 'Gäste', fr: 'Invités', es: 'Invitados', ja: 'ゲスト' },
      'Alex Morgan, Attending, Organizer': {
        de: 'Alex Morgan, Zugesagt, Organisator',
        fr: 'Alex Morgan, Participe, Organisateur',
        es: 'Alex Morgan, Asistirá, Organizador',
        ja: 'Alex Morgan, 参加, 主催者',
      },
      'Dr. Lena Hoffmann, Attending': {
        de: 'Dr. Lena Hoffmann, Zugesagt',
        fr: 'Dr. Lena Hoffmann, Participe',
        es: 'Dr. Lena Hoffmann, Asistirá',
        ja: 'Dr. Lena Hoffmann, 参加',
      },
      'Julia Santos, Awaiting': {
        de: 'Julia Santos, Ausstehend',
        fr: 'Julia Santos, En attente',
        es: 'Julia Santos, Pendiente',
        ja: 'Julia Santos, 未返信',
      },
    },
  },
  {
    source: 'synthetic_2026-11_event-edit',
    out: 'event-edit',
    description: 'the full event page, /r/eventedit/…',
    restsOn: (language) =>
      `#xTiIn, the guest rows' key and data-email, the event id in the page address, the calendar picker's ` +
      `data-calendar-id (the user), the start fields found by their ${language} labels and read with the ` +
      `${language} table, and the organizer's word in its row's aria-label, from the ${language} table`,
    keep: ['Contoso renewal: remediation plan', 'Alex Morgan', 'Dr. Lena Hoffmann', 'Julia Santos', 'QA Lead'],
    words: {
      'Google Calendar - Event details': {
        de: 'Google Kalender – Termindetails',
        fr: "Google Agenda - Détails de l'événement",
        es: 'Google Calendar - Detalles del evento',
        ja: 'Google カレンダー - 予定の詳細',
      },
      Title: { de: 'Titel', fr: 'Titre', es: 'Título', ja: 'タイトル' },
      'Start date': { de: 'Startdatum', fr: 'Date de début', es: 'Fecha de inicio', ja: '開始日' },
      'Start time': { de: 'Startzeit', fr: 'Heure de début', es: 'Hora de inicio', ja: '開始時間' },
      'End time': { de: 'Endzeit', fr: 'Heure de fin', es: 'Hora de finalización', ja: '終了時間' },
      'End date': { de: 'Enddatum', fr: 'Date de fin', es: 'Fecha de finalización', ja: '終了日' },
      'Dec 3, 2026': { de: '3. Dez. 2026', fr: '3 déc. 2026', es: '3 dic 2026', ja: '2026年12月3日' },
      '10:00am': { de: '10:00', fr: '10:00', es: '10:00', ja: '午前10:00' },
      '11:00am': { de: '11:00', fr: '11:00', es: '11:00', ja: '午前11:00' },
      'Guests invited to this event.': {
        de: 'Eingeladene Gäste.',
        fr: 'Invités à cet événement.',
        es: 'Invitados a este evento.',
        ja: 'この予定に招待されたゲスト。',
      },
      'Alex Morgan, organizer': {
        de: 'Alex Morgan, Organisator',
        fr: 'Alex Morgan, organisateur',
        es: 'Alex Morgan, organizador',
        ja: 'Alex Morgan, 主催者',
      },
      Organizer: POPUP_COMMON.Organizer,
    },
  },
  {
    source: 'real_jidesha_2022-01_eventedit-details-tab_with-location',
    out: 'eventedit-details-tab-2022',
    real: true,
    description: "the full event page's Event details tab panel, a real 2022 capture",
    restsOn: () =>
      "the event id in the page address and the calendar picker's data-calendar-id (the user); the capture holds " +
      'no title field, date or guest (see calendar-real-snapshots.test.ts), so nothing in it is read as text',
    keep: [
      'Google Meet',
      'Zoom Meeting',
      'Name',
      '10',
      'anchor',
      'contentWrapper',
      'https://talk.brave.com/yzd4Zi1B5Gf48m4X_TsNrDZSmTCdIhAvJ10Wz5gh4FA',
    ],
    words: {
      'Add Google Meet video conferencing': {
        de: 'Google Meet-Videokonferenz hinzufügen',
        fr: 'Ajouter une visioconférence Google Meet',
        es: 'Añadir videollamada de Google Meet',
        ja: 'Google Meet のビデオ会議を追加',
      },
      'Add video conferencing': {
        de: 'Videokonferenz hinzufügen',
        fr: 'Ajouter une visioconférence',
        es: 'Añadir videoconferencia',
        ja: 'ビデオ会議を追加',
      },
      'Google Meet\nDefault for your organization\n': {
        de: 'Google Meet\nStandard für Ihre Organisation\n',
        fr: 'Google Meet\nPar défaut pour votre organisation\n',
        es: 'Google Meet\nPredeterminado para tu organización\n',
        ja: 'Google Meet\n組織のデフォルト\n',
      },
      'Default for your organization': {
        de: 'Standard für Ihre Organisation',
        fr: 'Par défaut pour votre organisation',
        es: 'Predeterminado para tu organización',
        ja: '組織のデフォルト',
      },
      'Add-ons': { de: 'Add-ons', fr: 'Modules complémentaires', es: 'Complementos', ja: 'アドオン' },
      'Changes will be reflected only on this calendar: Name.': {
        de: 'Änderungen werden nur in diesem Kalender übernommen: Name.',
        fr: "Les modifications ne seront appliquées qu'à cet agenda : Name.",
        es: 'Los cambios solo se aplicarán a este calendario: Name.',
        ja: '変更はこのカレンダーにのみ反映されます: Name',
      },
      'Add location': { de: 'Ort hinzufügen', fr: 'Ajouter un lieu', es: 'Añadir ubicación', ja: '場所を追加' },
      Location: { de: 'Ort', fr: 'Lieu', es: 'Ubicación', ja: '場所' },
      'Preview in Maps': {
        de: 'Vorschau in Google Maps',
        fr: 'Aperçu dans Maps',
        es: 'Vista previa en Maps',
        ja: 'マップでプレビュー',
      },
      Notifications: { de: 'Benachrichtigungen', fr: 'Notifications', es: 'Notificaciones', ja: '通知' },
      Notification: { de: 'Benachrichtigung', fr: 'Notification', es: 'Notificación', ja: '通知' },
      '10 minutes before': { de: '10 Minuten vorher', fr: '10 minutes avant', es: '10 minutos antes', ja: '10 分前' },
      'Notification method': {
        de: 'Benachrichtigungsmethode',
        fr: 'Mode de notification',
        es: 'Método de notificación',
        ja: '通知方法',
      },
      Email: { de: 'E-Mail', fr: 'E-mail', es: 'Correo electrónico', ja: 'メール' },
      'Minutes in advance for notification': {
        de: 'Vorlaufzeit der Benachrichtigung in Minuten',
        fr: 'Minutes avant la notification',
        es: 'Minutos de antelación para la notificación',
        ja: '通知までの時間（分）',
      },
      'Unit of time selection': {
        de: 'Auswahl der Zeiteinheit',
        fr: "Sélection de l'unité de temps",
        es: 'Selección de la unidad de tiempo',
        ja: '時間の単位の選択',
      },
      minutes: { de: 'Minuten', fr: 'minutes', es: 'minutos', ja: '分' },
      hours: { de: 'Stunden', fr: 'heures', es: 'horas', ja: '時間' },
      days: { de: 'Tage', fr: 'jours', es: 'días', ja: '日' },
      weeks: { de: 'Wochen', fr: 'semaines', es: 'semanas', ja: '週間' },
      'Remove notification': {
        de: 'Benachrichtigung entfernen',
        fr: 'Supprimer la notification',
        es: 'Eliminar notificación',
        ja: '通知を削除',
      },
      'Add notification': {
        de: 'Benachrichtigung hinzufügen',
        fr: 'Ajouter une notification',
        es: 'Añadir notificación',
        ja: '通知を追加',
      },
      Calendar: { de: 'Kalender', fr: 'Agenda', es: 'Calendario', ja: 'カレンダー' },
      'Calendar color, event color': {
        de: 'Kalenderfarbe, Terminfarbe',
        fr: "Couleur de l'agenda, couleur de l'événement",
        es: 'Color del calendario, color del evento',
        ja: 'カレンダーの色、予定の色',
      },
      'Select event color': {
        de: 'Terminfarbe auswählen',
        fr: "Sélectionner la couleur de l'événement",
        es: 'Seleccionar el color del evento',
        ja: '予定の色を選択',
      },
      ...eventColors(),
      'Show as': { de: 'Anzeigen als', fr: 'Afficher comme', es: 'Mostrar como', ja: '予定の表示方法' },
      Busy: { de: 'Beschäftigt', fr: 'Occupé', es: 'Ocupado', ja: '予定あり' },
      Free: { de: 'Verfügbar', fr: 'Disponible', es: 'Disponible', ja: '予定なし' },
      Visibility: { de: 'Sichtbarkeit', fr: 'Visibilité', es: 'Visibilidad', ja: '公開設定' },
      'Default visibility': {
        de: 'Standardsichtbarkeit',
        fr: 'Visibilité par défaut',
        es: 'Visibilidad predeterminada',
        ja: 'デフォルトの公開設定',
      },
      Public: { de: 'Öffentlich', fr: 'Public', es: 'Público', ja: '公開' },
      Private: { de: 'Privat', fr: 'Privé', es: 'Privado', ja: '非公開' },
      ...sharingSentences(),
      'Learn more': { de: 'Weitere Informationen', fr: 'En savoir plus', es: 'Más información', ja: '詳細' },
      'Learn more about event visibility': {
        de: 'Weitere Informationen zur Sichtbarkeit von Terminen',
        fr: 'En savoir plus sur la visibilité des événements',
        es: 'Más información sobre la visibilidad de los eventos',
        ja: '予定の公開設定の詳細',
      },
      'Formatting options': {
        de: 'Formatierungsoptionen',
        fr: 'Options de mise en forme',
        es: 'Opciones de formato',
        ja: '書式設定オプション',
      },
      'Add attachment': {
        de: 'Anhang hinzufügen',
        fr: 'Ajouter une pièce jointe',
        es: 'Añadir archivo adjunto',
        ja: '添付ファイルを追加',
      },
      Bold: { de: 'Fett', fr: 'Gras', es: 'Negrita', ja: '太字' },
      Italic: { de: 'Kursiv', fr: 'Italique', es: 'Cursiva', ja: '斜体' },
      Underline: { de: 'Unterstrichen', fr: 'Souligné', es: 'Subrayado', ja: '下線' },
      'Numbered list': { de: 'Nummerierte Liste', fr: 'Liste numérotée', es: 'Lista numerada', ja: '番号付きリスト' },
      'Bulleted list': { de: 'Aufzählungsliste', fr: 'Liste à puces', es: 'Lista con viñetas', ja: '箇条書き' },
      'Insert link': { de: 'Link einfügen', fr: 'Insérer un lien', es: 'Insertar enlace', ja: 'リンクを挿入' },
      'Remove formatting': {
        de: 'Formatierung entfernen',
        fr: 'Supprimer la mise en forme',
        es: 'Quitar formato',
        ja: '書式をクリア',
      },
      Description: { de: 'Beschreibung', fr: 'Description', es: 'Descripción', ja: '説明' },
      'Create meeting notes': {
        de: 'Besprechungsnotizen erstellen',
        fr: 'Créer des notes de réunion',
        es: 'Crear notas de la reunión',
        ja: '会議メモを作成',
      },
      'Add description': {
        de: 'Beschreibung hinzufügen',
        fr: 'Ajouter une description',
        es: 'Añadir descripción',
        ja: '説明を追加',
      },
      'Text too long. Remove text or style to avoid truncation.': {
        de: 'Text zu lang. Entfernen Sie Text oder Formatierungen, um eine Kürzung zu vermeiden.',
        fr: "Texte trop long. Supprimez du texte ou de la mise en forme pour éviter qu'il ne soit tronqué.",
        es: 'El texto es demasiado largo. Elimina texto o estilos para evitar que se trunque.',
        ja: 'テキストが長すぎます。切り捨てられないように、テキストまたはスタイルを削除してください。',
      },
    },
  },
];

/** The eleven event colours' labels: "Tomato, set event color". */
function eventColors() {
  /** @type {Array<[string, string, string, string, string]>} */
  const colors = [
    ['Tomato', 'Tomate', 'Tomate', 'Tomate', 'トマト'],
    ['Flamingo', 'Flamingo', 'Flamant rose', 'Flamenco', 'フラミンゴ'],
    ['Tangerine', 'Mandarine', 'Mandarine', 'Mandarina', 'ミカン'],
    ['Banana', 'Banane', 'Banane', 'Plátano', 'バナナ'],
    ['Sage', 'Salbei', 'Sauge', 'Salvia', 'セージ'],
    ['Basil', 'Basilikum', 'Basilic', 'Albahaca', 'バジル'],
    ['Peacock', 'Pfau', 'Paon', 'Pavo real', 'ピーコック'],
    ['Blueberry', 'Heidelbeere', 'Myrtille', 'Arándano', 'ブルーベリー'],
    ['Lavender', 'Lavendel', 'Lavande', 'Lavanda', 'ラベンダー'],
    ['Grape', 'Weintraube', 'Raisin', 'Uva', 'ブドウ'],
    ['Graphite', 'Graphit', 'Graphite', 'Grafito', 'グラファイト'],
  ];
  return Object.fromEntries(
    colors.map(([en, de, fr, es, ja]) => [
      `${en}, set event color`,
      {
        de: `${de}, Terminfarbe festlegen`,
        fr: `${fr}, définir la couleur de l'événement`,
        es: `${es}, establecer color del evento`,
        ja: `${ja}、予定の色を設定`,
      },
    ]),
  );
}

/** The visibility menu's explanations. */
function sharingSentences() {
  const follows = {
    de:
      'Für diesen Termin gelten die Freigabeeinstellungen dieses Kalenders. Jeder, der Details anderer Termine ' +
      'sehen kann, sieht auch die Details dieses Termins, einschließlich der Beschreibung und der Namen von Anhängen.',
    fr:
      'Cet événement suit les paramètres de partage de cet agenda. Toute personne pouvant voir les détails des ' +
      'autres événements peut aussi voir ceux de cet événement, y compris la description et le nom des pièces jointes.',
    es:
      'Este evento sigue la configuración de uso compartido de este calendario. Cualquier persona que pueda ver ' +
      'los detalles de otros eventos también podrá ver los de este evento, incluidos la descripción y los nombres ' +
      'de los archivos adjuntos.',
    ja:
      'この予定は、このカレンダーの共有設定に従います。他の予定の詳細を表示できるユーザーは、説明や添付ファイル名を含む' +
      'この予定の詳細も表示できます。',
  };
  const privacy = {
    de: 'Weitere Informationen zum Datenschutz bei Terminen',
    fr: 'En savoir plus sur la confidentialité des événements',
    es: 'Más información sobre la privacidad de los eventos',
    ja: '予定のプライバシーの詳細',
  };
  const english =
    "This event follows the sharing settings of this calendar. Anyone who can see details of other events can also see this event's details, including the description and names of attachments.";
  return {
    [english]: follows,
    [`${english} Learn more about event privacy`]: Object.fromEntries(
      LANGUAGES.map((l) => [l, `${follows[l]} ${privacy[l]}`]),
    ),
    "Anyone can see this event's details, including the description and names of attachments.": {
      de: 'Jeder kann die Details dieses Termins sehen, einschließlich der Beschreibung und der Namen von Anhängen.',
      fr: 'Tout le monde peut voir les détails de cet événement, y compris la description et le nom des pièces jointes.',
      es: 'Cualquier persona puede ver los detalles de este evento, incluidos la descripción y los nombres de los archivos adjuntos.',
      ja: '誰でもこの予定の詳細（説明や添付ファイル名を含む）を表示できます。',
    },
    'This event\'s details can\'t be seen by others unless they have at least "Make changes to events" permission for this calendar.':
      {
        de: 'Die Details dieses Termins sind für andere nur sichtbar, wenn sie für diesen Kalender mindestens die Berechtigung „Änderungen an Terminen vornehmen“ haben.',
        fr: "Les détails de cet événement ne sont visibles que par les personnes disposant au moins de l'autorisation « Modifier les événements » pour cet agenda.",
        es: 'Los demás no podrán ver los detalles de este evento a menos que tengan al menos el permiso "Hacer cambios en eventos" en este calendario.',
        ja: 'このカレンダーに対して「予定の変更」以上の権限を持っていないユーザーは、この予定の詳細を表示できません。',
      },
    'This event will only be visible to you, irrespective of your calendar sharing settings.': {
      de: 'Dieser Termin ist unabhängig von den Freigabeeinstellungen Ihres Kalenders nur für Sie sichtbar.',
      fr: 'Cet événement ne sera visible que par vous, quels que soient les paramètres de partage de votre agenda.',
      es: 'Solo tú podrás ver este evento, independientemente de la configuración de uso compartido de tu calendario.',
      ja: 'カレンダーの共有設定に関係なく、この予定はあなただけに表示されます。',
    },
  };
}

const collapse = (/** @type {string} */ text) => text.replace(/\s+/g, ' ').trim();

/**
 * The English page with its words in `language`: text nodes (their surrounding spaces kept), worded
 * attributes, and input values. Returns the document and the English words it used.
 * @param {View} view
 * @param {string} html
 * @param {'de' | 'fr' | 'es' | 'ja'} language
 */
function translate(view, html, language) {
  const { document } = new JSDOM(html).window;
  const used = new Set();
  const unknown = new Set();
  /** @param {string} english */
  const lookup = (english) => {
    const exact = view.words[english];
    const key = exact ? english : collapse(english);
    const words = view.words[key];
    if (words) {
      used.add(key);
      return words[language];
    }
    // Icon-font glyphs (private-use characters) are not words.
    if (!view.keep.includes(collapse(english)) && !/^[\s\ue000-\uf8ff]*$/.test(english)) unknown.add(english);
    return undefined;
  };
  const walker = document.createTreeWalker(document.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!text.trim() || node.parentElement?.tagName === 'STYLE') continue;
    const local = lookup(text);
    if (local !== undefined) node.textContent = text.replace(/^(\s*)[\s\S]*?(\s*)$/, (_, a, b) => a + local + b);
  }
  for (const element of document.querySelectorAll('*')) {
    const names = [...WORDED_ATTRIBUTES, ...(element.tagName === 'INPUT' ? ['value'] : [])];
    for (const name of names) {
      const value = element.getAttribute(name);
      if (!value?.trim()) continue;
      const local = lookup(value);
      if (local !== undefined) element.setAttribute(name, local);
    }
  }
  if (unknown.size) throw new Error(`${view.source} (${language}): neither translated nor kept: ${[...unknown]}`);
  const unused = Object.keys(view.words).filter((english) => !used.has(english));
  if (unused.length) throw new Error(`${view.source}: translations of words it does not have: ${unused}`);
  document.documentElement.lang = language;
  return document;
}

/** @param {View} view @param {string} language */
function header(view, language) {
  const name = LANGUAGE_NAMES[/** @type {keyof typeof LANGUAGE_NAMES} */ (language)];
  const kept = view.real ? "the capture's elements, ids and attributes" : 'the same elements, ids and attributes';
  return (
    `Based on ${view.source}.html (${view.description}), with the page in ${name} (html lang="${language}"). ` +
    `Hand-built 2026-12 by translating it, not a capture: ${kept}; every visible label, aria-label and tooltip ` +
    `as Google Calendar writes it in ${name}; names, titles and addresses unchanged. What it rests on: ` +
    `${view.restsOn(name)}. Written by scripts/calendar-l10n-fixtures.mjs; the expected context is the English ` +
    `fixture's.`
  )
    .replace(/(.{1,112})(?: |$)/g, '$1\n     ')
    .trimEnd();
}

/** @param {Document} document */
function serialize(document) {
  return [...document.childNodes]
    .map((node) => {
      if (node.nodeType === 10) return '<!doctype html>';
      if (node.nodeType === 8) return `<!--${node.textContent}-->`;
      return /** @type {Element} */ (node).outerHTML;
    })
    .join('\n');
}

for (const view of VIEWS) {
  const html = readFileSync(join(DIR, `${view.source}.html`), 'utf8');
  const expected = readFileSync(join(DIR, `${view.source}.expected.json`), 'utf8');
  for (const language of LANGUAGES) {
    const file = `synthetic_2026-12_${view.out}-${language}`;
    const document = translate(view, html, language);
    const comment = ` ${header(view, language)} `;
    let out;
    if (view.real) {
      // The capture is a bare fragment: it gets the html element it needs for its lang, and the header.
      out = `<!--${comment}-->\n<html lang="${language}"><head></head><body>${[...document.body.childNodes]
        .map((node) => (node.nodeType === 1 ? /** @type {Element} */ (node).outerHTML : (node.textContent ?? '')))
        .join('')}</body></html>`;
    } else {
      const first = [...document.childNodes].find((node) => node.nodeType === 8);
      if (!first) throw new Error(`${view.source}: no header comment`);
      first.textContent = comment;
      out = serialize(document);
    }
    writeFileSync(join(DIR, `${file}.html`), `${out}\n`);
    writeFileSync(join(DIR, `${file}.expected.json`), expected);
  }
}
console.log(`Wrote ${VIEWS.length * LANGUAGES.length} localized Google Calendar fixtures in ${DIR}.`);
