/**
 * Documents -> Popolo (https://www.popoloproject.com/specs/), as Open Civic Data also uses it:
 * each sitting an Event with its attendees, each deliberation a Motion, each vote on it a
 * VoteEvent with the counts the text states. Proxies (procurations) have no Popolo or OCD
 * field; they go in `extras.proxies`, the OCD place for what the standard lacks.
 *
 * Dates stay dates: Motion and VoteEvent take only full date-times, which the minutes do not
 * give, so the day is the Event's `start_date` they point to.
 */
import type { MinutesDocument, Person } from '../schema/minutes.ts';
import type { AuthorityConfig } from './authority-config.ts';
import { fold } from '../text/fuzzy.ts';
import { deliberationsOf, personName, voteCounts, type ExportProblem } from './deliberations.ts';

export interface PopoloPerson {
  id: string;
  name: string;
  family_name: string;
  given_name: string | null;
  honorific_prefix: string | null;
}

export interface PopoloOrganization {
  id: string;
  name: string;
  classification: string | null;
}

export interface PopoloEvent {
  id: string;
  name: string | null;
  classification: 'meeting';
  start_date: string | null;
  location: string | null;
  organization_id: string | null;
  identifiers: Array<{ scheme: string; identifier: string }>;
  attendees: PopoloPerson[];
  extras: {
    file: string;
    /** Members who gave a proxy, and to whom: no standard has the field. */
    proxies: Array<{ person: PopoloPerson; proxy: PopoloPerson | null }>;
  };
}

export interface PopoloMotion {
  id: string;
  organization_id: string | null;
  legislative_session_id: string | null;
  /** The rapporteur, who presents the deliberation. */
  creator_id?: string;
  creator?: PopoloPerson;
  text: string;
  result: 'pass' | 'fail' | null;
  extras: { number: string | null; outcome: string | null; actions: string[] };
}

export interface PopoloVoteEvent {
  id: string;
  motion_id: string;
  organization_id: string | null;
  legislative_session_id: string | null;
  result: 'pass' | 'fail' | null;
  counts: Array<{ option: 'yes' | 'no' | 'abstain' | 'not voting'; value: number }>;
  votes: Array<{ voter_id: string; voter: PopoloPerson; option: 'no' | 'abstain' }>;
  extras: { unanimous: boolean | null };
}

export interface PopoloExport {
  organizations: PopoloOrganization[];
  events: PopoloEvent[];
  motions: PopoloMotion[];
  vote_events: PopoloVoteEvent[];
}

const RESULTS: Readonly<Record<string, 'pass' | 'fail' | null>> = { adopted: 'pass', rejected: 'fail', noted: null };

/** Kinds of document that record a sitting (a list of deliberations spans many). */
const SITTINGS: ReadonlySet<MinutesDocument['kind']> = new Set(['deliberation', 'minutes']);

const slug = (s: string) => fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The people of one document, one id each. Those listed in attendance are distinct (a person is
 * in one list only); anyone named elsewhere (proxy holder, rapporteur, voter) is the listed
 * person with that surname when exactly one matches (given names agreeing or missing), else
 * someone new.
 */
function peopleOf(doc: MinutesDocument) {
  const people: Array<{ surname: string; given: string | null; person: PopoloPerson }> = [];
  const listed = (p: Person): PopoloPerson => {
    const person: PopoloPerson = {
      id: `${doc.id}/person/${people.length + 1}`,
      name: personName(p),
      family_name: p.surname,
      given_name: p.givenName,
      honorific_prefix: p.civility,
    };
    people.push({ surname: fold(p.surname), given: p.givenName && fold(p.givenName), person });
    return person;
  };
  const named = (p: Person): PopoloPerson => {
    const given = p.givenName && fold(p.givenName);
    const same = people.filter((x) => x.surname === fold(p.surname) && (x.given === null || given === null || x.given === given));
    return same.length === 1 ? same[0]!.person : listed(p);
  };
  return { listed, named };
}

export function toPopolo(documents: readonly MinutesDocument[], config?: AuthorityConfig): { popolo: PopoloExport; problems: ExportProblem[] } {
  const out: PopoloExport = { organizations: [], events: [], motions: [], vote_events: [] };
  const problems: ExportProblem[] = [];
  const organizations = new Map<string, PopoloOrganization>();
  const events = new Map<string, { event: PopoloEvent | null; person: (p: Person) => PopoloPerson }>();

  const organizationOf = (doc: MinutesDocument): string | null => {
    if (doc.meeting.body === null) return null;
    const authority = config?.name ?? doc.authority.name;
    const id = `organization/${[authority, doc.meeting.body].filter((s): s is string => s !== null).map(slug).join('/')}`;
    if (!organizations.has(id)) {
      organizations.set(id, { id, name: authority ? `${doc.meeting.body} (${authority})` : doc.meeting.body, classification: doc.meeting.bodyType });
    }
    return id;
  };

  const sittingOf = (doc: MinutesDocument) => {
    let entry = events.get(doc.id);
    if (entry) return entry;
    const { listed, named } = peopleOf(doc);
    // Attendance first, so that later mentions find the people it lists.
    const attendees = doc.attendance.present.map(listed);
    const proxies = doc.attendance.represented.map((r) => ({ person: listed(r.person), proxy: r.proxy && named(r.proxy) }));
    let event: PopoloEvent | null = null;
    if (SITTINGS.has(doc.kind)) {
      const { body, date } = doc.meeting;
      event = {
        id: doc.id,
        name: body === null && date === null ? null : [body ?? 'Séance', date && `du ${date}`].filter(Boolean).join(' '),
        classification: 'meeting',
        start_date: date,
        location: doc.meeting.place,
        organization_id: organizationOf(doc),
        identifiers: [{ scheme: 'sha256', identifier: doc.source.sha256 }],
        attendees,
        extras: { file: doc.source.fileName, proxies },
      };
      out.events.push(event);
    }
    entry = { event, person: named };
    events.set(doc.id, entry);
    return entry;
  };

  for (const d of deliberationsOf(documents)) {
    const { document: doc, item, decision } = d;
    if (item.title.trim() === '') {
      problems.push({ id: d.id, file: doc.source.fileName, message: 'not exported: no title' });
      continue;
    }
    const { event, person } = sittingOf(doc);
    const organization_id = organizationOf(doc);
    const result = decision.outcome === null ? null : RESULTS[decision.outcome]!;
    const creator = item.rapporteur && person(item.rapporteur);
    out.motions.push({
      id: d.id,
      organization_id,
      legislative_session_id: event?.id ?? null,
      // The schema's creator is a Person, never null: present only when the rapporteur is named.
      ...(creator ? { creator_id: creator.id, creator } : {}),
      text: item.title,
      result,
      extras: { number: item.number, outcome: decision.outcome, actions: decision.articles.map((a) => a.action) },
    });
    // A point merely noted (prend acte) was not put to the vote.
    if (decision.vote === null && result === null) continue;
    const counts = voteCounts(decision.vote);
    const options = [
      ['yes', counts.for],
      ['no', counts.against],
      ['abstain', counts.abstentions],
      ['not voting', counts.notVoting],
    ] as const;
    out.vote_events.push({
      id: `${d.id}/vote`,
      motion_id: d.id,
      organization_id,
      legislative_session_id: event?.id ?? null,
      result,
      counts: options.filter(([, value]) => value !== null).map(([option, value]) => ({ option, value: value! })),
      votes: [
        ...(decision.vote?.againstNames ?? []).map((p) => ({ voter_id: person(p).id, voter: person(p), option: 'no' as const })),
        ...(decision.vote?.abstentionNames ?? []).map((p) => ({ voter_id: person(p).id, voter: person(p), option: 'abstain' as const })),
      ],
      extras: { unanimous: decision.vote?.unanimous ?? null },
    });
  }
  out.organizations = [...organizations.values()];
  return { popolo: out, problems };
}
