// The dataset as tables: one definition of each sheet (its columns, what each column means, how a row is made
// from a record), shared by the XLSX and CSV writers and by the README sheet that explains them. Cells are plain
// values; a column's `kind` tells a writer how to store them (a number as a number, a full day as a date cell...).
import type {
  ExtractionError,
  ExtractionRecord,
  Mention,
  OrganizationRecord,
  PersonRecord,
  QaPairRecord,
} from './schema.js';
import type { RunSummary } from './writers/sink.js';

export { sentenceAround } from './sentence-around.js';
import { codePointLength, sentenceAround } from './sentence-around.js';

export type CellValue = string | number | boolean | null;

/**
 * How a writer stores a column: `text` a short string, `longText` a string shown wrapped, `number`/`integer` a
 * numeric cell, `boolean` TRUE/FALSE, `day` an ISO day (`2020-12-10`) stored as a real date cell, `url` a link
 * where the value is an http(s) URL.
 */
export type ColumnKind = 'text' | 'longText' | 'number' | 'integer' | 'boolean' | 'day' | 'url';

export interface Column<Item> {
  readonly header: string;
  readonly kind: ColumnKind;
  readonly description: string;
  readonly value: (item: Item) => CellValue;
}

/** What the writers and the README need of a sheet, whatever it is made from. */
export interface SheetDefinition<Source> {
  readonly name: string;
  readonly description: string;
  readonly columns: readonly { readonly header: string; readonly kind: ColumnKind; readonly description: string }[];
  rows(source: Source): Iterable<CellValue[]>;
}

function defineSheet<Source, Item>(definition: {
  name: string;
  description: string;
  items: (source: Source) => Iterable<Item>;
  columns: readonly Column<Item>[];
}): SheetDefinition<Source> {
  const { name, description, columns, items } = definition;
  return {
    name,
    description,
    columns: columns.map(({ header, kind, description: meaning }) => ({ header, kind, description: meaning })),
    *rows(source: Source) {
      for (const item of items(source)) yield columns.map((column) => column.value(item));
    },
  };
}

/** A mention of a record, with the sentence around it found on demand. */
interface MentionItem<M extends Mention> {
  readonly record: ExtractionRecord;
  readonly mention: M;
}

function mentionsOf<M extends Mention>(record: ExtractionRecord, mentions: readonly M[]): MentionItem<M>[] {
  return mentions.map((mention) => ({ record, mention }));
}

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** The ISO day of a TIMEX3 value that names one full day, else null. */
function fullDay(value: string | null): string | null {
  return value !== null && DAY.test(value) ? value : null;
}

function articleId<M extends Mention>(description = 'the article the row belongs to (`id` in Articles)'): Column<MentionItem<M>> {
  return { header: 'article id', kind: 'text', description, value: (item) => item.record.id };
}

function mentionColumns<M extends Mention & { qa?: number | null | undefined }>(what: string): Column<MentionItem<M>>[] {
  return [
    { header: 'qa index', kind: 'integer', description: `the question/answer pair (\`pair\` in QA) the ${what} stands in; empty outside the interview`, value: (item) => item.mention.qa ?? null },
    { header: 'start', kind: 'integer', description: `where the ${what} starts in the article text, in Unicode code points from 0`, value: (item) => item.mention.start },
    { header: 'end', kind: 'integer', description: `where the ${what} ends (exclusive), in code points`, value: (item) => item.mention.end },
    { header: 'sentence', kind: 'longText', description: `the sentence around the ${what}, as context to check it by eye`, value: (item) => sentenceAround(item.record.text, item.mention.start, item.mention.end) },
  ];
}

const count = (items: readonly unknown[]): number => items.length;

export const ARTICLES_SHEET = defineSheet<ExtractionRecord, ExtractionRecord>({
  name: 'Articles',
  description: 'one row per article extracted: where it came from, its metadata and how many of each thing was found in it',
  items: (record) => [record],
  columns: [
    { header: 'id', kind: 'text', description: "the article's id: the input's own id field, else FILE:LINE for JSONL, FILE for a text file", value: (r) => r.id },
    { header: 'file', kind: 'text', description: 'the input file the article was read from', value: (r) => r.source.file },
    { header: 'line', kind: 'integer', description: 'the line of a JSONL input the article was on', value: (r) => r.source.line },
    { header: 'url', kind: 'url', description: "the article's address where the input gave one (a link)", value: (r) => r.source.url },
    { header: 'title', kind: 'longText', description: 'the title', value: (r) => r.meta.title },
    { header: 'author', kind: 'text', description: 'the author or byline', value: (r) => r.meta.author },
    { header: 'publishedAt', kind: 'text', description: 'when it was published, ISO 8601 with its offset (Vietnam is +07:00)', value: (r) => r.meta.publishedAt },
    { header: 'published day', kind: 'day', description: 'the day of publishedAt as a date cell (the day as written, in its own offset)', value: (r) => r.meta.publishedAt?.slice(0, 10) ?? null },
    { header: 'views', kind: 'integer', description: 'the view count the page showed', value: (r) => r.meta.views },
    { header: 'attribution', kind: 'text', description: 'the source credited, e.g. VietQ from "Theo VietQ"', value: (r) => r.meta.attribution },
    { header: 'characters', kind: 'integer', description: 'the length of the article text in code points', value: (r) => codePointLength(r.text) },
    { header: 'paragraphs', kind: 'integer', description: 'number of paragraphs', value: (r) => count(r.paragraphs) },
    { header: 'qa pairs', kind: 'integer', description: 'number of question/answer pairs (rows in QA)', value: (r) => count(r.qa) },
    { header: 'dates', kind: 'integer', description: 'number of date mentions (rows in Dates)', value: (r) => count(r.dates) },
    { header: 'figures', kind: 'integer', description: 'number of figures (rows in Figures)', value: (r) => count(r.figures) },
    { header: 'organizations', kind: 'integer', description: 'number of organizations (rows in Organizations)', value: (r) => count(r.organizations) },
    { header: 'people', kind: 'integer', description: 'number of people (rows in People)', value: (r) => count(r.people) },
    { header: 'roles', kind: 'integer', description: 'number of roles (rows in Roles)', value: (r) => count(r.roles) },
    { header: 'acronyms', kind: 'integer', description: 'number of acronym definitions (rows in Acronyms)', value: (r) => count(r.acronyms) },
    { header: 'warnings', kind: 'longText', description: 'what the extractors noticed but could not settle, one per line', value: (r) => (r.warnings.length > 0 ? r.warnings.join('\n') : null) },
  ],
});

interface QaItem { readonly record: ExtractionRecord; readonly pair: QaPairRecord }

export const QA_SHEET = defineSheet<ExtractionRecord, QaItem>({
  name: 'QA',
  description: 'one row per question/answer pair of an interview',
  items: (record) => record.qa.map((pair) => ({ record, pair })),
  columns: [
    { header: 'article id', kind: 'text', description: 'the article the row belongs to (`id` in Articles)', value: (item) => item.record.id },
    { header: 'pair', kind: 'integer', description: 'the index of the pair in the article, from 0 (`qa index` in the other sheets)', value: (item) => item.pair.index },
    { header: 'question', kind: 'longText', description: "the interviewer's question", value: (item) => item.pair.question.text },
    { header: 'answer', kind: 'longText', description: 'the answer, its paragraphs joined by line breaks', value: (item) => item.pair.answer.text },
    { header: 'answer paragraphs', kind: 'text', description: 'the indexes of the paragraphs the answer lies in', value: (item) => item.pair.answer.paragraphs.join(', ') },
    { header: 'question start', kind: 'integer', description: 'where the question starts in the article text, in code points', value: (item) => item.pair.question.start },
    { header: 'question end', kind: 'integer', description: 'where the question ends (exclusive), in code points', value: (item) => item.pair.question.end },
  ],
});

type DateItem = MentionItem<ExtractionRecord['dates'][number]>;

export const DATES_SHEET = defineSheet<ExtractionRecord, DateItem>({
  name: 'Dates',
  description: 'one row per temporal expression, with its value in the style of TIMEX3',
  items: (record) => mentionsOf(record, record.dates),
  columns: [
    articleId(),
    { header: 'text', kind: 'text', description: 'the words of the article', value: (item) => item.mention.text },
    { header: 'value', kind: 'text', description: 'the value: 2020, 2020-12, 2020-12-10, 2021-02-14T07:28, 2021-Q2, 2022-H1, 2023-W22; empty when unknown', value: (item) => item.mention.value },
    { header: 'value day', kind: 'day', description: 'value as a date cell, only where it names one full day', value: (item) => fullDay(item.mention.value) },
    { header: 'endValue', kind: 'text', description: 'the end of a range (10-11/12/2020 ends at 2020-12-11), else empty', value: (item) => item.mention.endValue },
    { header: 'endValue day', kind: 'day', description: 'endValue as a date cell, only where it names one full day', value: (item) => fullDay(item.mention.endValue) },
    { header: 'mod', kind: 'text', description: 'START (đầu năm), MID (giữa tháng), END (cuối năm), APPROX (khoảng năm), or empty', value: (item) => item.mention.mod },
    { header: 'relative', kind: 'boolean', description: "TRUE when the value was resolved against the article's publishedAt (năm qua, hôm qua)", value: (item) => item.mention.relative },
    ...mentionColumns<DateItem['mention']>('date'),
  ],
});

type FigureItem = MentionItem<ExtractionRecord['figures'][number]>;

export const FIGURES_SHEET = defineSheet<ExtractionRecord, FigureItem>({
  name: 'Figures',
  description: 'one row per numeric expression',
  items: (record) => mentionsOf(record, record.figures),
  columns: [
    articleId(),
    { header: 'text', kind: 'text', description: 'the words of the article', value: (item) => item.mention.text },
    { header: 'kind', kind: 'text', description: 'count, ratio, range, percent, money, duration, ordinal or number', value: (item) => item.mention.kind },
    { header: 'value', kind: 'number', description: 'the number (1,5 tỷ đồng is 1500000000); empty for a range', value: (item) => item.mention.value },
    { header: 'min', kind: 'number', description: 'the low end of a range', value: (item) => item.mention.min },
    { header: 'max', kind: 'number', description: 'the high end of a range', value: (item) => item.mention.max },
    { header: 'of', kind: 'number', description: 'the whole of a ratio (8 trên 10 gives 10)', value: (item) => item.mention.of },
    { header: 'unit', kind: 'text', description: 'what is counted or measured: the noun, %, đồng, USD, năm...', value: (item) => item.mention.unit },
    { header: 'qualifier', kind: 'text', description: 'approx (khoảng, gần), over (hơn, trên), under (dưới, chưa đến), or empty', value: (item) => item.mention.qualifier },
    ...mentionColumns<FigureItem['mention']>('figure'),
  ],
});

interface EntityItem<Entity> { readonly record: ExtractionRecord; readonly entity: Entity }

function firstMentionSentence(item: EntityItem<{ mentions: readonly Mention[] }>): string | null {
  const first = item.entity.mentions[0];
  return first ? sentenceAround(item.record.text, first.start, first.end) : null;
}

export const ORGANIZATIONS_SHEET = defineSheet<ExtractionRecord, EntityItem<OrganizationRecord>>({
  name: 'Organizations',
  description: 'one row per organization of an article, all its mentions counted together',
  items: (record) => record.organizations.map((entity) => ({ record, entity })),
  columns: [
    { header: 'article id', kind: 'text', description: 'the article the row belongs to (`id` in Articles)', value: (item) => item.record.id },
    { header: 'organization id', kind: 'text', description: "the organization's id in the record (`ref` in Roles)", value: (item) => item.entity.id },
    { header: 'name', kind: 'text', description: 'its full name', value: (item) => item.entity.name },
    { header: 'acronym', kind: 'text', description: 'its acronym where known', value: (item) => item.entity.acronym },
    { header: 'mentions', kind: 'integer', description: 'how many times the article mentions it (full name, acronym or a short form referring back)', value: (item) => item.entity.mentions.length },
    { header: 'first mention', kind: 'text', description: 'the words of its first mention', value: (item) => item.entity.mentions[0]?.text ?? null },
    { header: 'first mention start', kind: 'integer', description: 'where the first mention starts, in code points', value: (item) => item.entity.mentions[0]?.start ?? null },
    { header: 'sentence', kind: 'longText', description: 'the sentence of the first mention', value: firstMentionSentence },
  ],
});

export const PEOPLE_SHEET = defineSheet<ExtractionRecord, EntityItem<PersonRecord>>({
  name: 'People',
  description: 'one row per person named in an article',
  items: (record) => record.people.map((entity) => ({ record, entity })),
  columns: [
    { header: 'article id', kind: 'text', description: 'the article the row belongs to (`id` in Articles)', value: (item) => item.record.id },
    { header: 'person id', kind: 'text', description: "the person's id in the record (`ref` in Roles)", value: (item) => item.entity.id },
    { header: 'name', kind: 'text', description: 'the full name', value: (item) => item.entity.name },
    { header: 'mentions', kind: 'integer', description: 'how many times the article mentions the person', value: (item) => item.entity.mentions.length },
    { header: 'first mention', kind: 'text', description: 'the words of the first mention', value: (item) => item.entity.mentions[0]?.text ?? null },
    { header: 'first mention start', kind: 'integer', description: 'where the first mention starts, in code points', value: (item) => item.entity.mentions[0]?.start ?? null },
    { header: 'sentence', kind: 'longText', description: 'the sentence of the first mention', value: firstMentionSentence },
  ],
});

type RoleItem = MentionItem<ExtractionRecord['roles'][number]>;

export const ROLES_SHEET = defineSheet<ExtractionRecord, RoleItem>({
  name: 'Roles',
  description: 'one row per title held (Chủ tịch, Giám đốc, Tổng thư ký...) and who holds it',
  items: (record) => mentionsOf(record, record.roles),
  columns: [
    articleId(),
    { header: 'holder', kind: 'text', description: 'the name of who holds the title; empty when nobody is named', value: (item) => item.mention.holder.name },
    { header: 'holder kind', kind: 'text', description: 'person, organization or place; empty when nobody is named', value: (item) => item.mention.holder.kind },
    { header: 'holder ref', kind: 'text', description: 'the id of the holder in People or Organizations', value: (item) => item.mention.holder.ref },
    { header: 'title', kind: 'text', description: 'the title', value: (item) => item.mention.title },
    { header: 'organization', kind: 'text', description: 'the organization the title belongs to', value: (item) => item.mention.organization.name },
    { header: 'organization ref', kind: 'text', description: 'its id in Organizations', value: (item) => item.mention.organization.ref },
    { header: 'evidence', kind: 'longText', description: 'the words of the article that say it', value: (item) => item.mention.text },
    ...mentionColumns<RoleItem['mention']>('evidence'),
  ],
});

type AcronymItem = MentionItem<ExtractionRecord['acronyms'][number]>;

export const ACRONYMS_SHEET = defineSheet<ExtractionRecord, AcronymItem>({
  name: 'Acronyms',
  description: 'one row per acronym definition found in an article',
  items: (record) => mentionsOf(record, record.acronyms),
  columns: [
    articleId(),
    { header: 'short', kind: 'text', description: 'the acronym (APO)', value: (item) => item.mention.short },
    { header: 'long', kind: 'text', description: 'what it stands for (Tổ chức Năng suất Châu Á)', value: (item) => item.mention.long },
    { header: 'text', kind: 'longText', description: 'the words of the article that define it', value: (item) => item.mention.text },
    { header: 'start', kind: 'integer', description: 'where the definition starts, in code points', value: (item) => item.mention.start },
    { header: 'end', kind: 'integer', description: 'where it ends (exclusive), in code points', value: (item) => item.mention.end },
    { header: 'sentence', kind: 'longText', description: 'the sentence around the definition', value: (item) => sentenceAround(item.record.text, item.mention.start, item.mention.end) },
  ],
});

export const ERRORS_SHEET = defineSheet<ExtractionError, ExtractionError>({
  name: 'Errors',
  description: 'one row per input that did not become an extraction, and why (the same as errors.jsonl)',
  items: (error) => [error],
  columns: [
    { header: 'id', kind: 'text', description: 'the id the article would have had, where known', value: (e) => e.id },
    { header: 'file', kind: 'text', description: 'the input file', value: (e) => e.source.file },
    { header: 'line', kind: 'integer', description: 'the line of a JSONL input', value: (e) => e.source.line },
    { header: 'url', kind: 'url', description: "the article's address where known", value: (e) => e.source.url },
    { header: 'reason', kind: 'longText', description: 'why it failed', value: (e) => e.reason },
  ],
});

/** The sheets made from records, in the order a workbook shows them (Errors and README come apart). */
export const RECORD_SHEETS: readonly SheetDefinition<ExtractionRecord>[] = [
  ARTICLES_SHEET, QA_SHEET, DATES_SHEET, FIGURES_SHEET, ORGANIZATIONS_SHEET, PEOPLE_SHEET, ROLES_SHEET, ACRONYMS_SHEET,
];

export const DATA_SHEETS: readonly SheetDefinition<never>[] = [...RECORD_SHEETS, ERRORS_SHEET] as readonly SheetDefinition<never>[];

/** Where the rows of one sheet go: a CSV file, an XLSX spool. */
export interface SheetRowSink {
  append(row: CellValue[]): Promise<void>;
}

/** Appends the rows a record gives to the sink of each record sheet, sheet by sheet. */
export async function appendRecordRows(record: ExtractionRecord, sinkOf: (sheet: SheetDefinition<never>) => SheetRowSink): Promise<void> {
  for (const sheet of RECORD_SHEETS) {
    const sink = sinkOf(sheet as SheetDefinition<never>);
    for (const row of sheet.rows(record)) await sink.append(row);
  }
}

/** Appends an error's row to the Errors sheet's sink. */
export async function appendErrorRows(error: ExtractionError, sinkOf: (sheet: SheetDefinition<never>) => SheetRowSink): Promise<void> {
  const sink = sinkOf(ERRORS_SHEET as SheetDefinition<never>);
  for (const row of ERRORS_SHEET.rows(error)) await sink.append(row);
}


/** One part of a written sheet: its name in the file and its data rows (header not counted). */
export interface WrittenSheet {
  readonly sheet: string;
  readonly part: string;
  readonly rows: number;
}

export const README_COLUMNS = ['section', 'item', 'meaning'] as const;

/**
 * The README table: the run (tool, time, inputs, counts), how the format stores things (`formatNotes`), the rows of
 * each sheet as written (continuation sheets named), then every sheet and every column explained.
 */
export function readmeRows(summary: RunSummary, written: readonly WrittenSheet[], formatNotes: readonly string[]): CellValue[][] {
  const rows: CellValue[][] = [
    ['run', 'tool', `${summary.tool.name} ${summary.tool.version}`],
    ['run', 'started at', summary.startedAt],
    ['run', 'inputs', summary.inputs.join('\n')],
    ['run', 'articles read', summary.counts.read],
    ['run', 'articles extracted', summary.counts.extracted],
    ['run', 'articles failed', summary.counts.failed],
  ];
  for (const part of written) rows.push(['rows', part.part, part.rows]);
  for (const sheet of DATA_SHEETS) {
    const parts = written.filter((part) => part.sheet === sheet.name);
    if (parts.length > 1) {
      rows.push(['note', sheet.name, `${sheet.name} has more rows than one sheet holds: it continues in ${parts.slice(1).map((part) => part.part).join(', ')}, each with the same header`]);
    }
  }
  for (const note of formatNotes) rows.push(['note', 'format', note]);
  rows.push(['note', 'offsets', 'start and end count Unicode code points of the article text from 0, end exclusive, as in extractions.jsonl']);
  rows.push(['note', 'empty cells', 'an empty cell is a fact that was not found (null in extractions.jsonl), never a made-up value']);
  for (const sheet of DATA_SHEETS) {
    rows.push([sheet.name, '', sheet.description]);
    for (const column of sheet.columns) rows.push([sheet.name, column.header, column.description]);
  }
  return rows;
}
