// An extraction record's JSON as UTF-8 bytes, written by a writer that knows the record's shapes: byte for byte what
// `Buffer.from(JSON.stringify(record), 'utf8')` gives, as Utf8JsonWriter's `write` does, at a fraction of the cost.
// The generic writer, for each of the ~2,200 properties of a seed-size record, walks the keys with for-in, asks for
// a toJSON, checks for a value to leave out, encodes the key character by character and dispatches on the value's
// type; here each object buildRecord makes is written field by field in the order its literal gives them, with
// each key's `,"key":` bytes encoded once.
//
// Byte-identical for records that passed the schema check (run-article.ts checks every record before it is
// written): the objects buildRecord makes have exactly the keys of its literals, in that order, none holding
// undefined but an optional `qa` (left out here as JSON.stringify leaves it out), and the schema's numbers are
// finite. Objects made elsewhere (`source`, `meta`, a role's `holder` and `organization`, copies of the stages'
// objects whose keys buildRecord does not decide) and `warnings` go through the generic writer.
import type {
  AcronymRecord,
  DateMentionRecord,
  ExtractionRecord,
  FigureMentionRecord,
  Mention,
  OrganizationRecord,
  ParagraphRecord,
  PersonRecord,
  QaPairRecord,
  RoleRecord,
} from '../../output/schema.js';
import { Utf8JsonWriter } from './utf8-json.js';

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;

/** A key as the bytes written before its value when it follows another property: `,"key":`. */
function keyBytes(key: string): Uint8Array {
  return Buffer.from(`,${JSON.stringify(key)}:`, 'utf8');
}

const START = keyBytes('start');
const END = keyBytes('end');
const TEXT = keyBytes('text');
const QA = keyBytes('qa');
const INDEX = keyBytes('index');
const KIND = keyBytes('kind');
const QUESTION = keyBytes('question');
const ANSWER = keyBytes('answer');
const PARAGRAPHS = keyBytes('paragraphs');
const SEGMENTS = keyBytes('segments');
const VALUE = keyBytes('value');
const END_VALUE = keyBytes('endValue');
const MOD = keyBytes('mod');
const RELATIVE = keyBytes('relative');
const MIN = keyBytes('min');
const MAX = keyBytes('max');
const OF = keyBytes('of');
const UNIT = keyBytes('unit');
const QUALIFIER = keyBytes('qualifier');
const ID = keyBytes('id');
const NAME = keyBytes('name');
const ACRONYM = keyBytes('acronym');
const MENTIONS = keyBytes('mentions');
const TITLE = keyBytes('title');
const HOLDER = keyBytes('holder');
const ORGANIZATION = keyBytes('organization');
const SHORT = keyBytes('short');
const LONG = keyBytes('long');
const SCHEMA_VERSION = keyBytes('schemaVersion');
const SOURCE = keyBytes('source');
const META = keyBytes('meta');
const DATES = keyBytes('dates');
const FIGURES = keyBytes('figures');
const ORGANIZATIONS = keyBytes('organizations');
const PEOPLE = keyBytes('people');
const ROLES = keyBytes('roles');
const ACRONYMS = keyBytes('acronyms');
const WARNINGS = keyBytes('warnings');

/** An organization's or person's mention: a mention with the pair it stands in. */
type LocatedMention = OrganizationRecord['mentions'][number];

/**
 * A Utf8JsonWriter that also writes whole records by their shapes (`writeRecord`); `write` stays the generic
 * writer, for error lines and anything else.
 */
export class RecordJsonWriter extends Utf8JsonWriter {
  /** Writes the record's JSON: the bytes `write(record)` would give. */
  writeRecord(record: ExtractionRecord): void {
    this.open(SCHEMA_VERSION);
    this.number(record.schemaVersion);
    this.field(ID);
    this.string(record.id);
    this.field(SOURCE);
    this.value(record.source);
    this.field(TEXT);
    this.string(record.text);
    this.field(META);
    this.value(record.meta);
    this.field(PARAGRAPHS);
    const paragraphs = record.paragraphs;
    for (let index = 0; index < paragraphs.length; index += 1) {
      this.punctuation(index === 0 ? OPEN_BRACKET : COMMA);
      this.paragraph(paragraphs[index]!);
    }
    this.close(paragraphs.length, CLOSE_BRACKET);
    this.field(QA);
    const qa = record.qa;
    for (let index = 0; index < qa.length; index += 1) {
      this.punctuation(index === 0 ? OPEN_BRACKET : COMMA);
      this.qaPair(qa[index]!);
    }
    this.close(qa.length, CLOSE_BRACKET);
    this.field(DATES);
    const dates = record.dates;
    for (let index = 0; index < dates.length; index += 1) {
      this.punctuation(index === 0 ? OPEN_BRACKET : COMMA);
      this.date(dates[index]!);
    }
    this.close(dates.length, CLOSE_BRACKET);
    this.field(FIGURES);
    const figures = record.figures;
    for (let index = 0; index < figures.length; index += 1) {
      this.punctuation(index === 0 ? OPEN_BRACKET : COMMA);
      this.figure(figures[index]!);
    }
    this.close(figures.length, CLOSE_BRACKET);
    this.field(ORGANIZATIONS);
    const organizations = record.organizations;
    for (let index = 0; index < organizations.length; index += 1) {
      this.punctuation(index === 0 ? OPEN_BRACKET : COMMA);
      this.organization(organizations[index]!);
    }
    this.close(organizations.length, CLOSE_BRACKET);
    this.field(PEOPLE);
    const people = record.people;
    for (let index = 0; index < people.length; index += 1) {
      this.punctuation(index === 0 ? OPEN_BRACKET : COMMA);
      this.person(people[index]!);
    }
    this.close(people.length, CLOSE_BRACKET);
    this.field(ROLES);
    const roles = record.roles;
    for (let index = 0; index < roles.length; index += 1) {
      this.punctuation(index === 0 ? OPEN_BRACKET : COMMA);
      this.role(roles[index]!);
    }
    this.close(roles.length, CLOSE_BRACKET);
    this.field(ACRONYMS);
    const acronyms = record.acronyms;
    for (let index = 0; index < acronyms.length; index += 1) {
      this.punctuation(index === 0 ? OPEN_BRACKET : COMMA);
      this.acronym(acronyms[index]!);
    }
    this.close(acronyms.length, CLOSE_BRACKET);
    this.field(WARNINGS);
    this.value(record.warnings);
    this.punctuation(CLOSE_BRACE);
  }

  private paragraph(paragraph: ParagraphRecord): void {
    this.open(INDEX);
    this.number(paragraph.index);
    this.field(START);
    this.number(paragraph.start);
    this.field(END);
    this.number(paragraph.end);
    this.field(KIND);
    this.string(paragraph.kind);
    this.punctuation(CLOSE_BRACE);
  }

  private qaPair(pair: QaPairRecord): void {
    this.open(INDEX);
    this.number(pair.index);
    this.field(QUESTION);
    this.mention(pair.question);
    this.punctuation(CLOSE_BRACE);
    this.field(ANSWER);
    const answer = pair.answer;
    this.open(PARAGRAPHS);
    const paragraphs = answer.paragraphs;
    for (let index = 0; index < paragraphs.length; index += 1) {
      this.punctuation(index === 0 ? OPEN_BRACKET : COMMA);
      this.number(paragraphs[index]!);
    }
    this.close(paragraphs.length, CLOSE_BRACKET);
    this.field(SEGMENTS);
    const segments = answer.segments;
    for (let index = 0; index < segments.length; index += 1) {
      this.punctuation(index === 0 ? OPEN_BRACKET : COMMA);
      const segment = segments[index]!;
      this.open(START);
      this.number(segment.start);
      this.field(END);
      this.number(segment.end);
      this.punctuation(CLOSE_BRACE);
    }
    this.close(segments.length, CLOSE_BRACKET);
    this.field(TEXT);
    this.string(answer.text);
    this.punctuation(CLOSE_BRACE);
    this.punctuation(CLOSE_BRACE);
  }

  /** `{"start":…,"end":…,"text":…`, left open for the fields that follow. */
  private mention(mention: Mention): void {
    this.open(START);
    this.number(mention.start);
    this.field(END);
    this.number(mention.end);
    this.field(TEXT);
    this.string(mention.text);
  }

  /** `,"qa":…`, or nothing for a mention without the field. */
  private qa(qa: number | null | undefined): void {
    if (qa === undefined) return;
    this.field(QA);
    this.numberOrNull(qa);
  }

  private date(date: DateMentionRecord): void {
    this.mention(date);
    this.qa(date.qa);
    this.field(VALUE);
    this.stringOrNull(date.value);
    this.field(END_VALUE);
    this.stringOrNull(date.endValue);
    this.field(MOD);
    this.stringOrNull(date.mod);
    this.field(RELATIVE);
    this.ascii(date.relative ? 'true' : 'false');
    this.punctuation(CLOSE_BRACE);
  }

  private figure(figure: FigureMentionRecord): void {
    this.mention(figure);
    this.qa(figure.qa);
    this.field(KIND);
    this.string(figure.kind);
    this.field(VALUE);
    this.numberOrNull(figure.value);
    this.field(MIN);
    this.numberOrNull(figure.min);
    this.field(MAX);
    this.numberOrNull(figure.max);
    this.field(OF);
    this.numberOrNull(figure.of);
    this.field(UNIT);
    this.stringOrNull(figure.unit);
    this.field(QUALIFIER);
    this.stringOrNull(figure.qualifier);
    this.punctuation(CLOSE_BRACE);
  }

  private mentions(mentions: readonly LocatedMention[]): void {
    for (let index = 0; index < mentions.length; index += 1) {
      this.punctuation(index === 0 ? OPEN_BRACKET : COMMA);
      const mention = mentions[index]!;
      this.mention(mention);
      this.qa(mention.qa);
      this.punctuation(CLOSE_BRACE);
    }
    this.close(mentions.length, CLOSE_BRACKET);
  }

  private organization(organization: OrganizationRecord): void {
    this.open(ID);
    this.string(organization.id);
    this.field(NAME);
    this.string(organization.name);
    this.field(ACRONYM);
    this.stringOrNull(organization.acronym);
    this.field(MENTIONS);
    this.mentions(organization.mentions);
    this.punctuation(CLOSE_BRACE);
  }

  private person(person: PersonRecord): void {
    this.open(ID);
    this.string(person.id);
    this.field(NAME);
    this.string(person.name);
    this.field(MENTIONS);
    this.mentions(person.mentions);
    this.punctuation(CLOSE_BRACE);
  }

  private role(role: RoleRecord): void {
    this.mention(role);
    this.qa(role.qa);
    this.field(TITLE);
    this.string(role.title);
    this.field(HOLDER);
    this.value(role.holder);
    this.field(ORGANIZATION);
    this.value(role.organization);
    this.punctuation(CLOSE_BRACE);
  }

  private acronym(acronym: AcronymRecord): void {
    this.mention(acronym);
    this.field(SHORT);
    this.string(acronym.short);
    this.field(LONG);
    this.string(acronym.long);
    this.punctuation(CLOSE_BRACE);
  }

  private numberOrNull(value: number | null): void {
    if (value === null) this.ascii('null');
    else this.number(value);
  }

  private stringOrNull(value: string | null): void {
    if (value === null) this.ascii('null');
    else this.string(value);
  }

  /** `,"key":`: the key's bytes, copied in a loop (a few bytes: cheaper than a call to `set`). */
  private field(key: Uint8Array): void {
    this.ensure(key.length);
    const bytes = this.bytes;
    let at = this.position;
    for (let index = 0; index < key.length; index += 1) bytes[at++] = key[index]!;
    this.position = at;
  }

  /** `{"key":`: an object opened with its first key (the key's bytes with the brace where their comma is). */
  private open(key: Uint8Array): void {
    const at = this.position;
    this.field(key);
    this.bytes[at] = OPEN_BRACE;
  }

  /** The closing bracket of an array, opened by its first item's punctuation: `[]` when it had none. */
  private close(length: number, closing: number): void {
    if (length === 0) this.punctuation(OPEN_BRACKET);
    this.punctuation(closing);
  }

  private punctuation(byte: number): void {
    this.ensure(1);
    this.bytes[this.position++] = byte;
  }
}
