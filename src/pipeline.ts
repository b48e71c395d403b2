/**
 * The composition of the stages: load -> normalize -> segment -> extract -> validate.
 * Each stage is a plain function over plain data; this file only wires them, so the
 * in-process CLI and the BullMQ processors call exactly the same code.
 */
import { MinutesDocument, SCHEMA_VERSION, type Item, type Person, type Span } from './schema/minutes.ts';
import type { LoadedDocument } from './ingest/types.ts';
import { loadBytesAs, readInput, type LoadOptions } from './ingest/load.ts';
import { InputError } from './ingest/types.ts';
import type { OcrPool } from './ocr/engine.ts';
import type { OcrProgress } from './ocr/read-pages.ts';
import { joinPages, normalizePages } from './text/normalize.ts';
import { LETTER_CLOSING } from './text/cues.ts';
import { cleanOcrText } from './text/ocr-cleanup.ts';
import { releaseAccentless, releaseLineView, releaseLower, shareLineView } from './text/caseless.ts';
import { releaseWordIndex, shareWordIndex } from './text/gate.ts';
import { escapeRegExp, releaseLineStarts } from './text/matches.ts';
import { extractAttendance, withHoldersByOffice } from './extract/attendance.ts';
import { isAttendanceSheet, readAttendanceSheet } from './extract/attendance-sheet.ts';
import { lineLayout, type LineLayout } from './text/layout.ts';
import { extractMeeting, placeIn, presidentInList } from './extract/meeting.ts';
import { findTimes } from './text/dates.ts';
import { findSecretary, secretaryAmongPresent, secretaryInForm, secretaryInLabelRow, secretaryAmongSignatures, withFamilyNameBelow, withListedSurname, withWholeSurname } from './extract/secretary.ts';
import { PRESENT_LIST_OPENING } from './text/margin-column.ts';
import { findHeadings, headerNumber, headerSubject, numberParagraphAt, type Heading } from './segment/headings.ts';
import { buildItems, type BuiltItem } from './extract/items.ts';
import { withMarginReadFirst } from './segment/margin-read-first.ts';
import { withRecapNumbers } from './extract/recap-list.ts';
import { withMarginActNumbers } from './extract/margin-act-number.ts';
import { withClosingActNumbers } from './extract/closing-act-number.ts';
import { withoutReportParts } from './extract/report-parts.ts';
import { readVote, withHeaderCounts } from './extract/vote.ts';
import { readRegister } from './extract/register.ts';
import { readPointsTable } from './extract/register-table.ts';
import { decisionCellAt, readRegisterCells } from './extract/register-cells.ts';
import { readDecisionRows, statusRowClaims } from './extract/decision-rows.ts';
import { withRowCounts } from './extract/row-counts.ts';
import { withRowFigures } from './extract/row-figures.ts';
import { withDecidedMiscQuestions } from './extract/misc-questions.ts';
import { readCountedRows } from './extract/counted-rows.ts';
import { withKeyedTexts } from './extract/keyed-texts.ts';
import { extractSignatures, letterSignatures } from './extract/signatures.ts';
import { titledParagraphs } from './segment/titled-paragraphs.ts';
import { budgetVote } from './extract/budget-document.ts';
import { SITTING_HELD, briefingTitled, classifyKind, invitesToSitting, isBriefing, isConvocation, isDecisionsList, isOnePersonAct, isReportToAssembly, sittingsHeaded } from './extract/kind.ts';
import { buildSections, type SectionClaim } from './segment/sections.ts';
import { annexStart, extractClosing, signedOverReport, titledAnnexAfter, titledExtract, withoutAnnexHeadings } from './segment/annexes.ts';
import { withoutRelatedLinks } from './segment/related-links.ts';
import { withoutTableCaptions } from './segment/table-captions.ts';
import { withoutArticleParts } from './segment/article-parts.ts';
import { convenedDate, convocationPreamble } from './segment/convocation.ts';
import { orderClaims } from './segment/orders.ts';
import { afterWebFurniture, beforeWebFooter, pageTitleNumber } from './segment/web-page.ts';
import { afterRunningHead, afterStamp, convenedLater, countLines, openingAfter } from './segment/preamble.ts';
import { withMarginNumbers } from './segment/margin-numbers.ts';
import { assemblyReportClaims, draftAfterReport } from './segment/assembly-report.ts';
import { reportAmongVisas } from './segment/report-in-visas.ts';
import { opensNotMembers } from './extract/persons.ts';

/** How far into a document its attendance lists may start. */
const ATTENDANCE_ZONE = 8_000;
const ATTENDANCE_OPENING = 3_000;

/**
 * Attendance is read in the opening of the document first, where it nearly always stands;
 * only when no list ends well inside that opening is the wider zone searched.
 */
function readAttendance(text: string, layout: LineLayout): ReturnType<typeof extractAttendance> {
  const near = extractAttendance(text, ATTENDANCE_OPENING, layout);
  const read = text.length <= ATTENDANCE_OPENING || (near.span && near.span.end < ATTENDANCE_OPENING - 800) ? near : extractAttendance(text, ATTENDANCE_ZONE, layout);
  // No lists: a sheet of attendance, a row a member, is the record of who sat.
  const { present, represented, excused, absent } = read.attendance;
  const sheet = present.length + represented.length + excused.length + absent.length === 0 ? readAttendanceSheet(text) : null;
  return sheet ? { ...read, attendance: { ...read.attendance, ...sheet.attendance }, span: sheet.span } : read;
}

/** An order of a mayor or a president: one person acts, no body sits. */
const NO_BODY = { body: null, bodyType: null } as const;
const NO_SITTING = { date: null, dateText: null, dateSpan: null, time: null, place: null, convocationDate: null, president: null, secretary: null, quorum: null } as const;
/** The offices that sign the notes sent with a convocation, other than the convener's. */
const NOTES_SIGNER = /^(?:L[ea]|L['’])\s*(?:Directeur|Directrice|Pr[ée]f[eè]te?|Sous-Pr[ée]f[eè]te?|Secr[ée]taire)(?![\p{L}])/iu;
/** A letter convening a sitting, a paper sent with it, the sheet its members signed: when and where it sat are that sitting's; who presided, none says. */
const CONVENED_SITTING = { convocationDate: null, president: null, secretary: null, quorum: null } as const;

/** Text pages -> a validated MinutesDocument. Pure: no I/O, deterministic. */
export function analyze(loaded: LoadedDocument): MinutesDocument {
  try {
    return analyzePages(loaded);
  } finally {
    // The stages share per-document caches (lower-cased text, word index): drop them now, so
    // a document's text is not kept alive into the next one's analysis.
    releaseLower();
    releaseAccentless();
    releaseLineView();
    releaseWordIndex();
    releaseLineStarts();
  }
}

function analyzePages(loaded: LoadedDocument): MinutesDocument {
  const warnings = [...loaded.warnings];
  const { text, pageStarts } = joinPages(normalizePages(loaded.pages.map((p) => (p.method === 'ocr' ? cleanOcrText(p.text) : p.text))));

  // Lists, headings and articles start lines, and a page's first line starts one too: the rules
  // anchor on "\n" and on ^ (multiline), neither of which a form feed is, so they read a twin of
  // the text with its page breaks as line breaks (same length, same offsets).
  const lineView = text.includes('\f') ? text.replace(/\f/g, '\n') : text;
  shareLineView(lineView, text);
  shareWordIndex(lineView, text);

  const layout = lineLayout(loaded.pages.map((p) => p.text));
  // A register written a row a line, or laid out as a table whose cells wrap in their columns.
  const pointsTable = readPointsTable(lineView, layout);
  const tableRows = pointsTable.register ? pointsTable.items : [];
  const registerItems = tableRows.length ? tableRows : readRegister(text);
  const { attendance, secretary, span: listsSpan, warnings: attWarnings } = readAttendance(lineView, layout);
  warnings.push(...attWarnings);
  // A letter convening a sitting: its agenda, a point a line, is no register.
  const isRegister = registerItems.length >= 3 && !listsSpan && !invitesToSitting(text);

  const preambleLimit = listsSpan ? Math.max(listsSpan.start, 600) : Math.min(text.length, 2500);
  const { meeting, authority, preambleEnd, formRow } = extractMeeting(text, preambleLimit, isRegister, listsSpan?.end);
  if (!isRegister) meeting.president ??= presidentInList(lineView, attendance.present);
  // "Jean-Louis ESPINAS SE": a family name OCR split, joined where that makes a listed member's.
  meeting.president = withFamilyNameBelow(text, withListedSurname(meeting.president, attendance.present), attendance.present);
  attendance.represented = withHoldersByOffice(attendance.represented, meeting.president);
  meeting.secretary = isRegister ? null : withListedSurname(secretaryInLabelRow(text, formRow) ?? secretary ?? findSecretary(text, 0, Math.min(text.length, ATTENDANCE_ZONE)) ?? secretaryAmongPresent(text, attendance.present) ?? secretaryInForm(text, Math.min(text.length, ATTENDANCE_ZONE)), attendance.present);
  // "Mme RIVI ERE Anne-Laure" listed, "Secrétaire de séance : Mme RIVIÈRE Anne-Laure": the name whole.
  const named = [meeting.secretary, meeting.president];
  const whole = (p: Person) => withWholeSurname(p, named);
  Object.assign(attendance, {
    present: attendance.present.map(whole),
    excused: attendance.excused.map(whole),
    absent: attendance.absent.map(whole),
    represented: attendance.represented.map((r) => ({ person: whole(r.person), proxy: r.proxy && whole(r.proxy) })),
  });
  const attendanceSpan = withSecretaryLine(text, listsSpan, meeting.secretary);

  const bodyStart = attendanceSpan ? attendanceSpan.end : preambleEnd;
  // Where an extract is closed by its formula (its annexes after it), read at most once: the
  // annexes' headings, a headless extract's length and its signature all ask.
  let closing: number | undefined;
  const closingAt = () => (closing ??= extractClosing(lineView));
  // A record copied from a web page ends above the page's furniture (its tags, links, comments).
  const recordEnd = beforeWebFooter(text);
  // A deliberation signed over the president's report printed after it: the report is no part of it.
  const signedOver = signedOverReport(lineView);
  const headings = isRegister ? [] : withoutTableCaptions(lineView, withoutRelatedLinks(lineView, withoutAnnexHeadings(lineView, withoutReportParts(text, withoutArticleParts(lineView, withHeaderSubject(lineView, withMarginNumbers(text, findHeadings(lineView, bodyStart)), attendanceSpan)), text.length), bodyStart, closingAt, signedOver), recordEnd), layout);
  // A register's margin read whole before its body: each point's heading set where its text opens.
  const marginFirst = isRegister ? null : withMarginReadFirst(lineView, headings, bodyStart);
  if (marginFirst) headings.splice(0, headings.length, ...marginFirst);
  // "Questions diverses": the matters under it the body decided are points of their own.
  if (!isRegister) headings.splice(0, headings.length, ...withDecidedMiscQuestions(lineView, headings));
  // An extract titled so, its header's subject its first heading, its other headings captions in capitals after its lists (its
  // budget's tables: "SECTION DE FONCTIONNEMENT - DEPENSES", "ETAT DE LA DETTE AU 01/01/1989"): one deliberation, the header's.
  if (!isRegister && attendanceSpan && headings.length > 1 && headings[0]!.end <= attendanceSpan.start && headings.slice(1).every((h) => isCaption(h) && h.start > attendanceSpan.end) && titledExtract(text) && within(headerSubject(text, attendanceSpan.start)?.start, headings[0]!)) headings.length = 1;
  if (!isRegister && !headings.length) {
    // No heading, yet something was decided: a single deliberation whose subject opens the body.
    // Its subject printed in its header, above the lists, else the body's first line.
    const first = (attendanceSpan ? headerSubject(text, attendanceSpan.start) : null) ?? firstSubjectLine(text, bodyStart);
    // A single deliberation is short: a long body without headings is minutes we cannot split,
    // unless it is an extract closed by its formula (its annexes after that are no part of it)
    // or by its web page's furniture.
    const closed = first ? closingAt() : -1;
    // A record copied from a web page closes where the page's furniture starts; one closed before its annex, where that opens.
    const end = !first ? recordEnd : closed > first.end ? closed : Math.min(recordEnd, annexStart(lineView, first.end));
    if (first && (end < text.length || end - first.end < 6000) && readVote(text, first.end, end).stated) {
      headings.push({ scheme: 'capitals', start: first.start, end: first.end, number: null, title: first.title });
    }
  }
  headings.splice(titledAnnexAfter(lineView, headings));
  // A table of the points one cell a line (N° / Objet / Décision / Vote) is the points, lists of members before it or not.
  // Or a relevé's two text columns side by side, the counts closing each row's line (N° / Objet / Décision / Pour Contre Abst.).
  const cells = isRegister ? [] : readRegisterCells(lineView);
  // A table whose rows' lines hold the counts: more rows read so than as cells (a rapporteur's cell "M. le Maire" is no name), those.
  const counted = isRegister ? [] : readCountedRows(lineView);
  const tabled = counted.length > cells.length ? counted : cells;
  // Such a table printed over the sitting's compte rendu typed again, each point a paragraph opening on its subject:
  // those paragraphs are the points, numbered as its rows (the table then sums them up; withoutSummaryTable).
  const titled = titledParagraphs(lineView, tabled);
  if (titled.length) headings.splice(0, headings.length, ...titled);
  const single = headings.length === 1;
  // An extract's annex after its act ("ANNEXE À LA DÉLIBÉRATION N° …", a contract's articles) is none of its decision.
  // Or the president's report printed after the deliberation signed above it.
  // A signature above the last heading closes no deliberation under it.
  const lastHeading = headings.at(-1);
  // A web page's record ends above the page's furniture: its related links ("Délibération n° 93-0112 – Prise d'acte …") no part of the last item.
  const annexAt = lastHeading ? Math.min(annexStart(lineView, lastHeading.end), signedOver && signedOver.start > lastHeading.end ? signedOver.end : text.length, lastHeading.end < recordEnd ? recordEnd : text.length) : text.length;
  const built = withClosingActNumbers(lineView, withMarginActNumbers(lineView, withRecapNumbers(buildItems(lineView, headings, annexAt, single))));
  const cellItems = withoutSummaryTable(tabled, headings, built);
  // A table of one sitting's points laid out under its header (N° / Objet / Décision / Vote), after
  // the lists of a compte rendu: the points as the table gives them, where the text's headings gave
  // fewer (a table recapitulating the points of a procès-verbal read whole is no better than they).
  const pointRows = !isRegister && !cellItems.length && pointsTable.items.length > built.length ? pointsTable.items : [];
  // A relevé exported a row a line ("82-103 Budget … PERRAUDIN J. Adopté 26 P / 7 C 02/07/1982"), where nothing else read more points.
  const decisionRows = isRegister || cellItems.length || pointRows.length ? [] : readDecisionRows(lineView);
  const rowItems = decisionRows.length > built.length ? decisionRows : [];
  // A table's points may have their texts printed after it, each opening on its number: their acts are there.
  // A relevé's rows too ("93-21 … Adopté 12 0 0", then "DETAIL DES DECISIONS" / "93-21 Le Comité approuve …").
  const tableItems = cellItems.length ? cellItems : pointRows.length ? pointRows : rowItems;
  const keyed = tableItems.length ? withKeyedTexts(text, tableItems, Math.max(...tableItems.map((i) => i.span?.end ?? 0))) : tableItems;
  // The text's points read, a table of them before it (a sheet's rows, "91-B-201 … Adopté 14 0 0") gives the counts their texts leave out.
  // A budget document (the M14 / M57 forms): its sections are no points; its closing page names the body that voted it, when, and counts its members.
  const budget = isRegister || attendance.present.length ? null : budgetVote(text);
  if (budget) {
    if (meeting.bodyType === null) Object.assign(meeting, { body: budget.body, bodyType: budget.bodyType });
    if (meeting.date === null && budget.date) Object.assign(meeting, { date: budget.date.iso, dateText: budget.date.text, dateSpan: { start: budget.date.start, end: budget.date.end } });
    attendance.counts.inOffice ??= budget.inOffice;
    attendance.counts.present ??= budget.present;
  }
  const items = budget ? [] : isRegister ? registerItems : keyed.length ? keyed : withRowFigures(lineView, withRowCounts(built.map((b) => b.item), titled.length ? tabled : decisionRows));
  for (const b of built) warnings.push(...b.warnings);

  const kind = budget ? 'other' : classifyKind({
    text,
    registerRows: registerItems.length,
    hasAttendance: attendanceSpan !== null,
    hasDate: meeting.date !== null,
    hasBody: meeting.bodyType !== null,
    items: items.length,
    bareItems: items.filter((i) => i.report === null && !i.decision?.articles.length).length,
    decidedItems: items.filter((i) => i.decision?.vote || i.decision?.outcome).length,
    present: attendance.present.length,
    counted: attendance.counts.present !== null && (attendance.counts.inOffice !== null || attendance.counts.voting !== null),
  });
  if (kind === 'other') warnings.push('document: no sitting, attendance or deliberation found; not read as minutes');
  // A sitting's record names the body that sat; one none of the types names (a conseil
  // d'arrondissement, a conseil de quartier, a commune déléguée's council) is of another type.
  if ((kind === 'minutes' || kind === 'deliberation') && meeting.bodyType === null) meeting.bodyType = 'other';
  // A relevé of several sittings' decisions ("Séance du 24 janvier 1997" … "Séance du 14 mars 1997")
  // records no one sitting: its date, hour, place and chair are each sitting's, none the document's.
  if (kind === 'list' && sittingsHeaded(text) >= 2) Object.assign(meeting, { date: null, dateText: null, dateSpan: null, time: null, place: null, president: null, secretary: null, quorum: null });
  // An extract prints its number in its header block, often far from its subject.
  const only = kind === 'deliberation' && items.length === 1 && headings.length ? items[0]! : null;
  const onlyHeading = only && (headings.find((h) => h.title === only.title) ?? headings[0]!);
  if (only && onlyHeading && only.number === null) only.number = headerNumber(text, paragraphEnd(text, onlyHeading.end));
  // Its heading numbered by its rank on the agenda ("Point n° 3 de l'ordre du jour"): the header's act number is the item's.
  else if (only && onlyHeading && only.number && AGENDA_RANK.test(only.number)) only.number = actNumberIn(headerNumber(text, onlyHeading.start)) ?? only.number;
  // Or under the lists, closing their paragraph ("Mme X a été désignée secrétaire de séance." / "N° 90-41 ."),
  // where the subject heads the header in the margin.
  if (only && onlyHeading && attendanceSpan && only.number === null && attendanceSpan.start > onlyHeading.end) only.number = headerNumber(text, paragraphEnd(text, attendanceSpan.end));
  // Or alone, a paragraph of its own, right under the subject ("OBJET : …" / "N° 3/1980").
  if (only && onlyHeading && only.number === null) only.number = numberParagraphAt(text, paragraphEnd(text, onlyHeading.end));
  // Or not in the record at all, but in the title of the web page it was copied from ("Délibération n° 99-07 du 12 mars 1999 – …").
  if (only && only.number === null) only.number = pageTitleNumber(text);
  // Its vote too may stand in the header, a form's column of figures ("Votants / Pour / Contre / Abstentions" over "12 / 12 / 0 / 0").
  if (only?.decision && onlyHeading) only.decision = { ...only.decision, vote: withHeaderCounts(only.decision.vote, text, onlyHeading.start) };

  // A letter convening a sitting: its paragraph that convenes, its signature under its courtesy formula.
  const convocation = kind === 'other' && isConvocation(text);
  // An order of a mayor or a president: one person acts, no body sits.
  const order = kind === 'other' && isOnePersonAct(text);
  // A name in a row of a table of the points one cell a line, or of a relevé a row a line (its rapporteur's cell), is no signature.
  const namedRows = tableItems === pointRows ? [] : tableItems;
  const inCells = (p: Person) => !!p.span && namedRows.some((i) => i.span && i.span.start <= p.span!.start && p.span!.end <= i.span.end);
  // A record copied from a web page is signed above the page's furniture; an act, above its annex.
  const signedEnd = Math.min(recordEnd, annexAt);
  const signed = extractSignatures(signedEnd < text.length ? text.slice(0, signedEnd) : text, meeting.president, layout).filter((p) => !inCells(p));
  // An extract's signature closes its act, its annexes printed after it.
  if (!signed.length && kind === 'deliberation') signed.push(...closingSignatures(text, closingAt(), meeting.president, layout));
  // An order is signed under its last article, a register's tables or a software's sheet after it.
  const orderParts = order ? orderClaims(lineView) : [];
  const orderEnd = Math.max(0, ...orderParts.filter((c) => c.kind === 'decision').map((c) => c.end));
  if (!signed.length && orderEnd > 0 && orderEnd < text.length) signed.push(...extractSignatures(text.slice(0, orderEnd), null, layout));
  // A convocation's signature closes its letter, the agenda and the forms after it.
  // A sheet of attendance is signed by each member who came: its signatures are its rows, no author's.
  const sheetTitled = kind === 'other' && isAttendanceSheet(text);
  // A relevé of one sitting's decisions, read from the text's headings, has its parts as minutes do;
  // a sheet of attendance, its head and its rows.
  const sheet = sheetTitled && attendanceSpan !== null;
  // A paper sent before the sitting (a note of synthesis, a draft), or a report put to the assembly: the sitting it is sent for is its.
  // A report that asks the assembly to adopt the draft printed after it is that report, its draft no paper of its own.
  const reportToAssembly = kind === 'other' && !sheet && isReportToAssembly(text) && !briefingTitled(text);
  const briefing = kind === 'other' && !reportToAssembly && isBriefing(text);
  // Such a report is signed by its author above the draft, as an order is under its last article.
  const draftAt = reportToAssembly && !signed.length ? draftAfterReport(text) : null;
  if (draftAt !== null) signed.push(...extractSignatures(text.slice(0, draftAt), meeting.president, layout));
  // Its letter's first: the text's close may be an agenda's rows, a rapporteur's office then a code ("M. LE PRESIDENT" / "DAC").
  const letterSigned = convocation && !sheetTitled ? letterSignatures(text, meeting.president, layout) : [];
  // The notes sent with it signed at their close by another office ("Le Secrétaire Général," / "A. FIESCHI",
  // "Le Directeur", "Le Préfet"): that signer too; not a table's rows, nor the convener's office again.
  const notesSigned = letterSigned.length ? signed.filter((p) => p.role && NOTES_SIGNER.test(p.role) && !letterSigned.some((q) => q.surname === p.surname || (q.span && p.span && p.span.start <= q.span.end))) : [];
  const signatures = sheetTitled ? [] : letterSigned.length ? [...letterSigned, ...notesSigned] : signed;
  // No secretary named at the head: the one who signs as such ("Le Président, Le secrétaire de séance," / "J.-L. MARSAN M. DELBOSC").
  if (!meeting.secretary && !isRegister && kind !== 'other') meeting.secretary = secretaryAmongSignatures(signatures);
  const claims: SectionClaim[] = [];
  // A list of the sitting's acts in a table one cell a line ("Liste des délibérations", L. 2121-25): its
  // head names the sitting and counts the members, its rows are no parts of the text.
  const headedList = kind === 'list' && !isRegister && built.length > 0 && isDecisionsList(text);
  const tabledList = kind === 'list' && !isRegister && !headedList && cellItems.length > 0;
  if ((kind !== 'other' || sheet) && (kind !== 'list' || headedList || tabledList)) {
    // An extract may print its subject above its lists ("Objet : …", then "Présents : …"): the
    // subject is read with the header, and its report starts after the lists.
    const above = built.length === 1 && attendanceSpan && built[0]!.reportSpan && built[0]!.reportSpan.start < attendanceSpan.start ? built[0]!.reportSpan : null;
    const firstPart = Math.min(attendanceSpan?.start ?? Infinity, above ? Infinity : (built[0]?.reportSpan?.start ?? Infinity), text.length);
    const preambleEnd = firstPart === Infinity ? text.length : firstPart;
    claims.push({ kind: 'preamble', item: null, start: afterWebFurniture(text, afterRunningHead(text, loaded.pages.map((p) => p.text), afterStamp(text, preambleEnd), preambleEnd), preambleEnd), end: preambleEnd });
    if (attendanceSpan) claims.push(...attendanceClaims(text, attendanceSpan));
    const assisting = attendanceSpan && assistingParagraph(text, attendanceSpan);
    if (assisting) claims.push({ kind: 'attendance', item: null, ...assisting });
    // The counts printed in the header, and the sentence stating the quorum after the lists.
    // An extract may give its subject before the lists: the body starts at the first heading after them.
    const listsEnd = attendanceSpan?.end ?? 0;
    const bodyAt = Math.min(...headings.map((h) => h.start).filter((at) => at >= listsEnd), text.length);
    // A single deliberation's subject may head it, over its opening and its counts ("Objet : …" /
    // "Le Conseil régional … s'est réuni …" / "Présents : 98"): its counts stand up to its decision.
    const countsEnd = built.length === 1 && !attendanceSpan && built[0]!.decisionSpan ? Math.max(bodyAt, built[0]!.decisionSpan.start) : bodyAt;
    for (const c of countLines(text, 0, Math.min(countsEnd, ATTENDANCE_ZONE))) claims.push({ kind: 'attendance', item: null, ...c });
    const opening = attendanceSpan ? openingAfter(text, attendanceSpan.end, bodyAt) : null;
    // A table of the points one cell a line gives the items: its rows' parts, where their decisions'
    // texts tell them, not the headings' (cellRowClaims).
    const cellClaims = cellItems.flatMap((item, i) => cellRowClaims(lineView, item, i));
    const byCells = cellClaims.length > 0 && cellClaims.length >= cellItems.length;
    if (byCells) claims.push(...(tabledList ? [] : cellClaims));
    // A row a line gives each point no part of the text of its own: no report, no decision.
    // A row a line of a sitting's record: its subject's and rapporteur's cells the point's report, its vote's and decision's its decision.
    else if (rowItems.length) {
      if (kind !== 'list') rowItems.forEach((item, i) => claims.push(...statusRowClaims(text, item, i)));
    } else built.forEach((b, i) => {
      if (b.reportSpan) claims.push({ kind: 'report', item: i, ...(b.reportSpan === above ? afterLists(text, above, Math.max(listsEnd, opening?.end ?? 0)) : b.reportSpan) });
      if (b.decisionSpan) claims.push(...decisionClaims(text, i, single ? throughSignature(text, b.decisionSpan, signatures) : b.decisionSpan));
    });
    // A register of one sitting's deliberations, each sheet heading its own with the sitting's
    // header and lists again: each sheet's head its preamble and its attendance.
    if (built.length >= 2 && !byCells) claims.push(...sheetHeadClaims(text, lineView, claims, layout));
    // The president's report printed after a single deliberation, as its annex: its report too.
    const decided = single || (kind === 'deliberation' && built.length === 1) ? claims.filter((c) => c.kind === 'decision').at(-1) : undefined;
    const annexed = decided ? annexedReport(text, decided.end) : null;
    if (annexed) claims.push({ kind: 'report', item: 0, ...annexed });
    const convened = convenedLater(text, Math.max(preambleEnd, attendanceSpan?.end ?? 0), meeting.date);
    const convenedClaimed = convened && !claims.some((c) => c.kind === 'decision' && c.start < convened.end && convened.start < c.end) ? convened : null;
    if (convenedClaimed) claims.push({ kind: 'preamble', item: null, ...convenedClaimed });
    // The quorum sentence may close the convening sentence claimed just above: one preamble, not two.
    if (opening && !(convenedClaimed && opening.start < convenedClaimed.end && convenedClaimed.start < opening.end)) {
      claims.push({ kind: 'preamble', item: null, ...opening });
    }
  } else if (convocation) {
    // A letter convening a sitting: the paragraph that convenes it, with its date and place.
    const convening = convocationPreamble(text);
    if (convening) claims.push({ kind: 'preamble', item: null, ...convening });
    // The sitting's date is the one the paragraph convenes to, not the letter's own above it.
    const convenedOn = convening && convenedDate(text, convening);
    if (convenedOn) Object.assign(meeting, convenedOn);
    // Its time and place too, where the paragraph and the blocks under it name them.
    if (convening && convenedOn) {
      const time = findTimes(text.slice(convenedOn.dateSpan.end, convening.end))[0];
      if (time) meeting.time = time.hhmm;
      meeting.place = placeIn(text, convening.start, convening.end) ?? meeting.place;
    }
  } else if (order) {
    // An arrêté, a register page of several: each title its report, each formula to its signature its decision.
    claims.push(...orderParts);
  } else if (reportToAssembly) {
    // A report put to the assembly: its letterhead, then the report to the formula asking it to deliberate.
    claims.push(...assemblyReportClaims(text));
  }
  if (kind === 'other' && !sheet && (convocation || briefing)) claims.push(...explainedPoints(text, headings, Math.max(0, ...claims.filter((c) => c.kind === 'preamble').map((c) => c.end))));

  const doc: MinutesDocument = {
    schemaVersion: SCHEMA_VERSION,
    id: `sha256:${loaded.sha256}`,
    source: {
      fileName: loaded.fileName,
      sha256: loaded.sha256,
      bytes: loaded.bytes,
      pageCount: loaded.pages.length,
      pages: loaded.pages.map((p) => ({ page: p.page, method: p.method, confidence: p.confidence, chars: p.text.length })),
    },
    kind,
    authority: { name: authority },
    // Not a record of a sitting: the dates and names read in it are not a sitting's. The body it
    // concerns is kept.
    // A convocation, or a paper sent with it (a report put to the assembly): the sitting it announces is its; a budget document,
    // the sitting that voted it.
    meeting: kind === 'other' ? { ...meeting, ...(convocation || sheet || briefing || reportToAssembly || budget ? CONVENED_SITTING : NO_SITTING), ...(order ? NO_BODY : {}) } : meeting,
    // Not minutes, no sheet of who came: no one attended it (a convocation's form of proxy, a letter's addressees).
    attendance: kind === 'other' && !sheet ? { ...attendance, present: [], represented: [], excused: [], absent: [] } : attendance,
    items: kind === 'other' ? [] : items,
    signatures,
    sections: buildSections(text, pageStarts, claims),
    text,
    warnings,
  };
  return MinutesDocument.parse(doc);
}

/** A point's rank on the agenda, no act's number: "3". */
const AGENDA_RANK = /^\d{1,3}$/u;
/** A number with two runs of figures at least ("1984-012", "CG 08-2-17"), an act's; null for another rank. */
const actNumberIn = (n: string | null): string | null => (n && /\d[^\d]+\d/u.test(n) ? n : null);

/** Under its title, a point of an agenda explained by a note this long at least: a note de synthèse's, not a bare line of the agenda. */
const EXPLAINED_POINT = 150;
/** A form sent with the note, its title in capitals opening its line: "POUVOIR", "BORDEREAU DE REMISE DES CONVOCATIONS". */
const FORM_TITLE = /(?:^|[\n\f])[ \t]*(?:POUVOIR|PROCURATION|B[O0]RDEREAU|R[ÉE]C[ÉE]PISS[ÉE]|ACCUS[ÉE] DE R[ÉE]CEPTION|COUPON|BULLETIN|FORMULAIRE|D[ÉE]L[ÉE]GATION DE VOTE)(?![\p{L}])/u;
/**
 * A sentence of prose closed by its full stop: what an explanatory note holds and an agenda's lines do not.
 * Or a long one closed by a figure ("… l'ONF propose le report de la coupe de la parcelle 19.").
 */
const PROSE_SENTENCE = /\p{Ll}[^\n.]*(?:\n[^\n.]*){0,3}[\p{Ll})%€][ \t]?\.(?:\s|$)|\p{Ll}[^\n.]{80,}\d\.(?:\s|$)/u;

/** A note's title naming the point it explains: "NOTE DE PRÉSENTATION – POINT N° 2", "NOTE DE SYNTHÈSE – POINT N° 4". */
const NOTE_ON_POINT = /^NOTE[ \t]+(?:DE[ \t]+PR[ÉE]SENTATION|DE[ \t]+SYNTH[ÈE]SE|EXPLICATIVE(?:[ \t]+DE[ \t]+SYNTH[ÈE]SE)?)[ \t]*[-–—:]?[ \t]*POINT[ \t]+N[°o][ \t]*\d{1,3}$/iu;

/** A transcriber's note between square brackets, maybe over two lines. */
const TRANSCRIBER_NOTE = /\[[^\]\[]{0,200}\]/g;

/**
 * The numbered points of an agenda sent with a convocation, or of a briefing paper, each explained
 * under its title (the note de synthèse), after the letter: each is a report, to the next point,
 * its proposal included. An agenda's bare lines are not.
 */
function explainedPoints(text: string, headings: readonly Heading[], after: number): SectionClaim[] {
  const claims: SectionClaim[] = [];
  // The note follows the letter: its points come after the courtesy formula that closes it.
  const closed = LETTER_CLOSING.exec(text.slice(after));
  if (closed) after += closed.index + closed[0].length;
  headings.forEach((h, i) => {
    // A note titled for the point it explains runs past the point's title under it, to the next such note.
    const noted = NOTE_ON_POINT.test(h.title);
    const following = noted ? headings.slice(i + 1).find((o) => NOTE_ON_POINT.test(o.title) || o.number !== null) : headings[i + 1];
    let end = following?.start ?? text.length;
    // The letter's courtesy formula after the agenda's last line closes that line, not a note.
    const closing = LETTER_CLOSING.exec(text.slice(h.end, end)) ?? FORM_TITLE.exec(text.slice(h.end, end));
    if (closing) end = h.end + closing.index;
    if ((h.number === null && !noted) || h.start < after || end - h.end < EXPLAINED_POINT) return;
    // A transcriber's note in brackets beside the line ("[mention manuscrite : "BP 2000 : rapp. gén."]") is no note de synthèse.
    const body = text.slice(h.end, end).replace(TRANSCRIBER_NOTE, '');
    if (PROSE_SENTENCE.test(body)) claims.push({ kind: 'report', item: null, start: h.start, end });
  });
  return claims;
}

/**
 * A table of the points one cell a line that sums up the sitting before each point's own part
 * ("Point 2 - Délibération n° 83-14", its text and its vote): the points are the parts, whose
 * headings give the table's numbers again after it. No table where two of its numbers come again so,
 * their parts stating a vote or how they ended (a software's notes after its relevé, "2005-04 :
 * l'avenant porte …", state neither: the table's rows are the points);
 * nor one that sums them up after their parts, their headings numbered as its rows ("Objet:
 * Convention de fourrière animale - DE_2012_040", then the table "N°" / "Objet" / "Vote"), half of them at least.
 */
function withoutSummaryTable(cellItems: Item[], headings: readonly Heading[], built: readonly BuiltItem[]): Item[] {
  const tableEnd = Math.max(0, ...cellItems.map((i) => i.span?.end ?? 0));
  const decided = new Set(built.filter((b) => b.item.number && (b.item.decision?.vote || b.item.decision?.outcome)).map((b) => b.item.number));
  const later = new Set(headings.filter((h) => h.start > tableEnd && h.number && decided.has(h.number)).map((h) => h.number));
  if (cellItems.filter((i) => i.number && later.has(i.number)).length >= 2) return [];
  const tableStart = Math.min(...cellItems.map((i) => i.span?.start ?? Infinity));
  const earlier = new Set(headings.filter((h) => h.end <= tableStart && h.number).map((h) => h.number));
  const summed = cellItems.filter((i) => i.number && earlier.has(i.number)).length;
  return summed >= 2 && summed * 2 >= cellItems.length ? [] : cellItems;
}

/** A cell's label on its line before the decision's words: "Texte ". */
const TEXT_CELL_LABEL = /(?:^|\n)[ \t]*(Texte)[ \t]+$/u;

/** Where `words` stand one after another in text from `from`, a line break between two of them as a space ("Le" / "comité approuve …"); -1 if nowhere. */
function wordsAt(text: string, words: readonly string[], from: number): number {
  const at = text.indexOf(words.join(' '), from);
  if (at >= 0 || words.length < 2) return at;
  const re = new RegExp(words.map(escapeRegExp).join('\\s+'), 'gu');
  re.lastIndex = from;
  return re.exec(text)?.index ?? -1;
}

/** A row of a table of points (readRegisterCells): its report up to its decision's text, its decision from there; none where the row has no such text. */
function cellRowClaims(text: string, item: Item, i: number): SectionClaim[] {
  const decided = item.decision?.articles[0]?.text;
  if (!item.span) return [];
  // The decision's text as the cells joined it: its first words start its first line. Without
  // one, the row's vote or outcome cell.
  const found = decided ? wordsAt(text, decided.split(' ').slice(0, 4), item.span.start) : decisionCellAt(text, item.span.start, item.span.end);
  if (found < 0 || found >= item.span.end) return [];
  // "Texte Le comité déclare …": the label of the cell the decision opens is the decision's.
  const label = TEXT_CELL_LABEL.exec(text.slice(Math.max(item.span.start, found - 20), found));
  const at = label ? found - label[0].length + label[0].indexOf(label[1]!) : found;
  return [
    { kind: 'report', item: i, start: item.span.start, end: at },
    { kind: 'decision', item: i, start: at, end: item.span.end },
  ];
}

/** How far past an extract's closing formula its signature may stand ("Pour extrait conforme, / Le Maire, / X"). */
const SIGNED_AFTER_CLOSING = 300;

/** The signatures of an extract closed by its formula at `closed` (extractClosing), far from the end of the text, annexes after it. */
function closingSignatures(text: string, closed: number, president: Person | null, layout: LineLayout): Person[] {
  if (closed < 0) return [];
  const lineEnd = text.indexOf('\n', closed + SIGNED_AFTER_CLOSING);
  return lineEnd < 0 ? [] : extractSignatures(text.slice(0, lineEnd), president, layout);
}

/** A report printed around the lists, from the first word after them (`at`). */
function afterLists(text: string, report: Span, at: number): Span {
  const start = at + (/^\s*/.exec(text.slice(at, report.end))?.[0].length ?? 0);
  return start < report.end ? { start, end: report.end } : report;
}

/**
 * A single deliberation's decision runs through its signature, and no further: the executory
 * formula, the transmission stamp and the ways of appeal printed after it are no part of it.
 */
function throughSignature(text: string, decision: Span, signatures: readonly Person[]): Span {
  const ends = signatures.map((p) => p.span?.end ?? -1).filter((e) => e > decision.start && e <= decision.end);
  if (!ends.length) return decision;
  const end = Math.max(...ends);
  // Only where the name closes its line: a text run into one line cannot be cut there.
  if (!/^[ \t]*(?:\n|$)/.test(text.slice(end, end + 80))) return decision;
  return { start: decision.start, end: end + signedBlock(text, end) };
}

/**
 * "Annexe à la délibération" / "Rapport n°501 « Habitat : … »" after a single deliberation: the
 * report it was taken on, printed after it, up to the signature that closes it.
 */
const ANNEXED_REPORT = /(?:^|[\n\f])[ \t]*(?:Rapport\s+n°\s?\d|RAPPORT\s+N°\s?\d|Rapport\s+du\s+Pr[ée]sident|RAPPORT\s+DU\s+PR[ÉE]SIDENT)/u;
/** A role then a name closing the text: the report's signature. */
const CLOSING_SIGNATURE = /\n[ \t]*(?:L[ea]\s+)?(?:Pr[ée]sidente?|Maire|Vice-pr[ée]sidente?)[^\n]{0,60}\n[ \t]*[^\n]{2,60}\s*$/u;
/** An item's decision, less the report its visas quote ("Vu le rapport …, par lequel … expose ce qui suit :"), which is that report. */
function decisionClaims(text: string, item: number, span: Span): SectionClaim[] {
  const quoted = reportAmongVisas(text, span.start, span.end);
  if (!quoted) return [{ kind: 'decision', item, start: span.start, end: span.end }];
  return [
    { kind: 'decision', item, start: span.start, end: quoted.start },
    { kind: 'report', item, start: quoted.start, end: quoted.end },
    { kind: 'decision', item, start: quoted.end, end: span.end },
  ];
}

function annexedReport(text: string, from: number): Span | null {
  const m = ANNEXED_REPORT.exec(text.slice(from));
  if (!m) return null;
  const start = from + m.index + (m[0].length - m[0].replace(/^[\n\f]/, '').trimStart().length);
  const signed = CLOSING_SIGNATURE.exec(text.slice(start));
  const end = signed ? start + signed.index : text.length;
  return end - start > 200 ? { start, end } : null;
}

/**
 * "Signé électroniquement par : X / Date de signature : … / Qualité : Maire": the block the
 * signing software prints under the signature is the signature's; how far it runs from `at`.
 */
const SIGNED_BLOCK_LINE = /^[ \t]*(?:sign[ée](?:\s+[ée]lectroniquement)?\s+par|date(?:\s+de\s+(?:la\s+)?signature)?|qualit[ée])\s*:[^\n\f]*/iu;
function signedBlock(text: string, at: number): number {
  const first = /^[ \t]*\n(?:[ \t]*\n)?/.exec(text.slice(at, at + 40));
  if (!first || !/^[ \t]*sign[ée]/iu.test(text.slice(at + first[0].length, at + first[0].length + 40))) return 0;
  let pos = at + first[0].length;
  let end = at;
  for (let m = SIGNED_BLOCK_LINE.exec(text.slice(pos, pos + 200)); m; m = SIGNED_BLOCK_LINE.exec(text.slice(pos, pos + 200))) {
    end = pos + m[0].length;
    if (text[end] !== '\n') break;
    pos = end + 1;
  }
  return end - at;
}

/**
 * The attendance part ends with the secretary when the sentence naming them follows the
 * lists closely ("Monsieur X est désigné pour remplir cette fonction."), as readers see it.
 */
/**
 * An extract whose subject its header gives above the lists ("Objet :" / "BUDGET PREVISIONNEL 2007 …"),
 * its report in parts ranked from one ("1. Section HEBERGEMENT", "2. Section DEPENDANCE", …): the
 * subject heads them, so that the parts are read as its report's (withoutReportParts).
 */
/** Whether `at` falls in the heading (its label, its title). */
function within(at: number | undefined, h: Heading): boolean {
  return at !== undefined && h.start <= at && at < h.end;
}

/** A heading in capitals, no number to it: in an extract, maybe a caption of its report's tables. */
function isCaption(h: Heading): boolean {
  return h.scheme === 'capitals' && h.number === null;
}

function withHeaderSubject(text: string, headings: Heading[], lists: Span | null): Heading[] {
  const first = headings[0];
  if (!lists || first?.scheme !== 'ordinal' || !/^(?:1|I)$/.test(first.number ?? '') || !titledExtract(text)) return headings;
  const subject = headerSubject(text, lists.start);
  return subject ? [{ scheme: 'capitals', start: subject.start, end: subject.end, number: null, title: subject.title }, ...headings] : headings;
}

/** A list of the members present opening its line: where a sheet's head repeats the sitting's lists. */
const PRESENT_LIST_LINE = new RegExp(PRESENT_LIST_OPENING.source.replace('^', '^[ \\t]*'), 'mu');
/** The secretary's line closing a sheet's lists. */
const SECRETARY_LINE = /^[ \t]*\n?[ \t]*(?:Secr[ée]taire\s+de\s+s[ée]ance\s*:|[^\n]{0,60}\s(?:a\s+[ée]t[ée]\s+)?(?:[ée]lue?|d[ée]sign[ée]e?)\s+(?:comme\s+)?secr[ée]taire)[^\n]*/u;
/** A sheet's closing formula and its signature's line: "Fait et délibéré les jour, mois et an susdits." / "Le Président, Jean-Pierre X". */
const SHEET_CLOSING = /^\s*(?:(?:Fait\s+et\s+d[ée]lib[ée]r[ée]|Ainsi\s+fait|Pour\s+(?:extrait|copie)\s+(?:certifi[ée]e?\s+)?conforme)[^\n]*(?:\n|$))+(?:[ \t]*(?:L[ea]\s+(?:Pr[ée]sidente?|Maire|Vice-pr[ée]sidente?)|Pour\s+l[ea]\s+(?:Pr[ée]sidente?|Maire))[^\n\f]*)?/u;
/** Fewer characters than this between two items' parts hold no sheet's head. */
const MIN_SHEET_HEAD = 200;

/**
 * The heads of a register's sheets after the first: in each stretch of text no part claims between
 * two deliberations, where a list of the members present opens a line, the lists (and the
 * secretary's line after them) are the attendance, what stands above them the preamble.
 */
function sheetHeadClaims(text: string, lineView: string, claims: readonly SectionClaim[], layout: LineLayout): SectionClaim[] {
  const firstDecision = Math.min(...claims.filter((c) => c.kind === 'decision').map((c) => c.end));
  if (!Number.isFinite(firstDecision)) return [];
  const sorted = [...claims].sort((a, b) => a.start - b.start);
  const out: SectionClaim[] = [];
  let pos = 0;
  // The claim that ends last before the gap: the sheet before's.
  let before: SectionClaim | null = null;
  for (const c of [...sorted, null]) {
    const gapStart = pos;
    const gapEnd = c?.start ?? text.length;
    const previous = before;
    if (c && c.end >= pos) before = c;
    pos = Math.max(pos, c?.end ?? text.length);
    if (gapEnd - gapStart < MIN_SHEET_HEAD || gapStart < firstDecision) continue;
    const gap = lineView.slice(gapStart, gapEnd);
    if (!PRESENT_LIST_LINE.test(gap)) continue;
    const lists = readAttendance(gap, layout).span;
    if (!lists) continue;
    const secretary = SECRETARY_LINE.exec(gap.slice(lists.end));
    const listsEnd = lists.end + (secretary ? secretary[0].length : 0);
    // The sheet before closes on its formula and its signature: the deliberation's.
    const closed = previous?.kind === 'decision' ? SHEET_CLOSING.exec(gap.slice(0, lists.start))?.[0].trimEnd().length ?? 0 : 0;
    if (closed) out.push({ kind: 'decision', item: previous!.item, start: gapStart, end: gapStart + closed });
    out.push({ kind: 'preamble', item: null, start: gapStart + closed, end: gapStart + lists.start });
    for (const line of countLines(text, gapStart, gapStart + lists.start)) out.push({ kind: 'attendance', item: null, ...line });
    out.push({ kind: 'attendance', item: null, start: gapStart + lists.start, end: gapStart + listsEnd });
  }
  return out;
}

function withSecretaryLine(text: string, lists: Span | null, secretary: Person | null): Span | null {
  const at = secretary?.span;
  if (!lists || !at || at.start - lists.end > 400) return lists;
  // The lists may end on the secretary's name, inside the sentence that designates them
  // ("Mme X propose d'assurer le secrétariat de séance."): the sentence goes with them.
  if (at.start < lists.end && (at.end < lists.end - 2 || /^[ \t]*(?:\n|$)/.test(text.slice(lists.end, lists.end + 200)))) return withSentenceGoingOn(text, lists);
  const from = Math.max(at.end, lists.end);
  const stop = text.slice(from, from + 300).search(/[.\n]/);
  if (stop >= 0 && text[from + stop] === '\n') {
    const goingOn = withSentenceGoingOn(text, { start: lists.start, end: from + stop });
    if (goingOn.end > from + stop) return { start: lists.start, end: goingOn.end + designationVote(text, goingOn.end) };
  }
  const end = stop < 0 ? from : from + stop + 1;
  return { start: lists.start, end: end + designationVote(text, end) };
}

/**
 * The lists ending on a line their sentence goes on from ("Secrétaire de séance : Mme X, secrétaire
 * de mairie, désignée en application de" / "l'article L.2541-6 du …"): to that sentence's end.
 */
function withSentenceGoingOn(text: string, lists: Span): Span {
  if (!/[\p{Ll},]$/u.test(text.slice(Math.max(0, lists.end - 1), lists.end)) || !/^\n\p{Ll}/u.test(text.slice(lists.end, lists.end + 2))) return lists;
  const lineEnd = text.indexOf('\n', lists.end + 1);
  const line = text.slice(lists.end + 1, lineEnd < 0 ? text.length : lineEnd);
  return /[.;]$/.test(line.trimEnd()) ? { start: lists.start, end: lists.end + 1 + line.trimEnd().length } : lists;
}

/** How far after the lists the paragraph may open (blank lines between), and how long it may run. */
const ASSISTING_REACH = 12;
const ASSISTING_LENGTH = 800;
/** A line opening a sentence: a capitalised word, then one in small letters ("Le quorum", "La séance"). */
const SENTENCE_OPENING = /^[ \t]*\p{Lu}\p{Ll}*['’ \t]+\p{Ll}/u;

/**
 * Those who attended without being members, in a paragraph of their own right after the lists ("Assistaient
 * également : M. X, directeur …", "ASSISTAIENT EGALEMENT : …", "Invités : …"): the attendance's too.
 */
function assistingParagraph(text: string, lists: Span): Span | null {
  // OCR's full stop set apart after the list's last name ("Absent excusé : M. C0RNIL ." / "Assistait …") passed over.
  const start = lists.end + /^\s*(?:\.(?=\s)\s*)?/.exec(text.slice(lists.end, lists.end + ASSISTING_REACH + 1))![0].length;
  if (start > lists.end + ASSISTING_REACH || !opensNotMembers(text, start)) return null;
  // Line by line, to its full stop closing a line, a blank line, or a line whose end leaves the list and
  // under which a sentence opens ("… Secrétaire Général" / "Le quorum étant atteint, …"): a table may follow at once.
  let end = start;
  const limit = Math.min(text.length, end + ASSISTING_LENGTH);
  for (let pos = end; ; pos = end + 1) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0 || lineEnd > limit) lineEnd = limit;
    const line = text.slice(text.lastIndexOf('\n', lineEnd - 1) + 1, lineEnd).trimEnd();
    end = lineEnd;
    const next = /^\n([^\n]*)/.exec(text.slice(lineEnd, lineEnd + 120))?.[1] ?? '';
    if (line.endsWith('.') || !next.trim() || lineEnd >= limit || text[lineEnd] === '\f') break;
    if (!/[,;:]$|(?<![\p{L}])(?:et|de|du|des)$/u.test(line) && SENTENCE_OPENING.test(next)) break;
  }
  return { start, end };
}

/** "Le conseil accepte à l'unanimité" on the line after the designation: how far it runs from `at`. */
function designationVote(text: string, at: number): number {
  const next = /^[ \t]*\n?[ \t]*([^\n]{8,100})(?=\n|$)/.exec(text.slice(at, at + 120));
  return next && /unanimit|accept|retenue/iu.test(next[1]!) && !/^\p{Lu}[\p{Lu}\s'’-]+$/u.test(next[1]!.trim()) ? next[0].length : 0;
}

/**
 * The attendance part, with "La séance est ouverte à 11 h 02." between the lists and the
 * secretary given back to the preamble, where readers look for the opening time.
 */
function attendanceClaims(text: string, whole: Span): SectionClaim[] {
  const part = text.slice(whole.start, whole.end);
  // Or the paragraph stating the quorum between the lists and the secretary's line.
  const quorum = /quorum/i.test(part) ? QUORUM_PARAGRAPH.exec(part) : null;
  const opening = OPENING.exec(part) ?? (quorum && quorum.index > 0 && part.slice(quorum.index + quorum[0].length).trim() ? quorum : null) ?? sittingParagraph(part);
  if (!opening) return [{ kind: 'attendance', item: null, ...whole }];
  const start = whole.start + opening.index;
  const end = start + opening[0].length;
  return [
    { kind: 'attendance', item: null, start: whole.start, end: start },
    { kind: 'preamble', item: null, start, end },
    { kind: 'attendance', item: null, start: end, end: whole.end },
  ];
}
const OPENING = /(?<=^|\n)[ \t]*la\s+s[ée]ance\s+est\s+ouverte[^.\n]*\.?/iu;
/** A list's label: a paragraph that holds one is the lists', whatever else it says. */
const LIST_LABEL = /(?:pr[ée]sents?|absents?|excus[ée]s?|pouvoirs?|repr[ée]sent[ée]s?)(?:\s+\p{L}+)?\s*:/iu;
/** "Date de la convocation : 16 mars 1979." alone under the opening: the opening's. */
const CONVOCATION_LINE = /^[ \t]*date\s+de\s+(?:la\s+)?convocation\s*:[^\n]*/iu;

/**
 * The paragraph opening the sitting inside the attendance's span, where the counts come first (a
 * margin's box: "en exercice : 19 / présents : 16"), the lists after it; the line dating the
 * convocation under it goes with it. As a match over `part`, or null.
 */
function sittingParagraph(part: string): { index: number; 0: string } | null {
  const held = SITTING_HELD.exec(part);
  if (!held) return null;
  const blankBefore = part.lastIndexOf('\n\n', held.index);
  const start = blankBefore < 0 ? 0 : blankBefore + 2;
  const blankAfter = part.indexOf('\n\n', held.index);
  if (start === 0 || blankAfter < 0) return null;
  let end = blankAfter;
  const below = CONVOCATION_LINE.exec(part.slice(end + 2));
  if (below) end += 2 + below[0].length;
  const paragraph = part.slice(start, end);
  return LIST_LABEL.test(paragraph) ? null : { index: start, 0: paragraph };
}
/** The sentences stating the quorum, to the full stop that closes a line. */
const QUORUM_PARAGRAPH = /(?<=^|\n)[ \t]*(?:(?:l[ea]\s+)?(?:pr[ée]sidente?|maire)\s+(?:constate|d[ée]clare|v[ée]rifie)[^.\n]{0,40}quorum|le\s+quorum\s+(?:[ée]tant|est)\s+(?:atteint|r[ée]uni))(?:[^\n]|\n(?![ \t]*\n))*?\.(?=[ \t]*(?:\n|$))/iu;

/** Where the paragraph holding `at` ends: a blank line, else 300 characters on. */
function paragraphEnd(text: string, at: number): number {
  const blank = text.slice(at, at + 300).search(/\n[ \t]*\n/);
  return blank < 0 ? Math.min(text.length, at + 300) : at + blank;
}

/** The first line of the body that reads as a subject: not a rule, a date line, a list or a count. */
function firstSubjectLine(text: string, from: number): { start: number; end: number; title: string } | null {
  const re = /[^\n\f]+/g;
  // Start on the next line: the rest of the preamble's line is not a subject.
  const lineEnd = from === 0 || text[from - 1] === '\n' ? from - 1 : text.indexOf('\n', from);
  re.lastIndex = lineEnd < 0 && from > 0 ? text.length : lineEnd + 1;
  for (let m = re.exec(text); m && m.index < from + 2000; m = re.exec(text)) {
    const line = m[0].trim();
    // A figure's cell ("Nombre de votants : 16") is no subject either.
    if (line.length < 8 || /^[_=*\-.\s]+$/.test(line) || !/\p{L}{3}/u.test(line) || /:[ \t]*\d{1,3}$/.test(line)) continue;
    const lead = m[0].length - m[0].trimStart().length;
    return { start: m.index + lead, end: m.index + m[0].length, title: line.replace(/\s+/g, ' ').replace(/[\s.:;,]+$/u, '').slice(0, 300) };
  }
  return null;
}

export interface ProcessOptions extends LoadOptions {
  /**
   * The OCR engine, asked for only when a document has pages without a text layer (starting
   * workers costs a second; a batch of text PDFs never pays it). Without it, image-only PDFs
   * are refused with NEEDS_OCR and scanned pages of mixed PDFs stay empty, with a warning.
   */
  ocr?: () => Promise<OcrPool>;
  onOcrPage?: (file: string, progress: OcrProgress) => void;
}

/**
 * A document after OCR with not one readable page: OCR_FAILED with the first reasons. Shared
 * by the in-process path and the queue's assemble job, whose messages must be identical.
 */
export function ocrFailure(file: string, read: LoadedDocument): InputError | null {
  if (!read.pages.every((p) => p.needsOcr)) return null;
  const reasons = read.warnings.filter((w) => /^page \d+: (OCR failed|no page image)/.test(w));
  return new InputError('OCR_FAILED', file, `${file}: no page could be read by OCR (${reasons.slice(0, 3).join('; ')}${reasons.length > 3 ? '; ...' : ''})`);
}

/** A file on disk -> a validated MinutesDocument. Throws InputError for a refused input. */
export async function processFile(path: string, options: ProcessOptions = {}): Promise<MinutesDocument> {
  const bytes = await readInput(path, options);
  let loaded = await loadBytesAs(path, bytes, { ...options, allowImageOnly: options.ocr !== undefined });
  if (options.ocr && loaded.pages.some((p) => p.needsOcr)) {
    const { readPages } = await import('./ocr/read-pages.ts');
    let pool: OcrPool;
    try {
      pool = await options.ocr();
    } catch (error) {
      throw new InputError('OCR_UNAVAILABLE', path, `${path}: pages need OCR but the OCR engine cannot start (${error instanceof Error ? error.message : String(error)})`);
    }
    loaded = await readPages(loaded, bytes, pool, { onPage: (p) => options.onOcrPage?.(path, p) });
    const failed = ocrFailure(path, loaded);
    if (failed) throw failed;
  }
  return analyze(loaded);
}
