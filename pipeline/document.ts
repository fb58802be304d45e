// The document model. `input/` turns a source into a `SourceArticle` whose `text` is already normalized; from then
// on nobody edits the text. Every stage is a pure function of the document that returns annotations (spans with
// offsets into `text`), and the runner (pipeline/run-article.ts) stores each stage's result under its name.
//
// Offsets inside the pipeline are JavaScript string indices (UTF-16 code units), so extractors can use regexes and
// `slice` directly. The record builder (pipeline/record.ts) converts them to Unicode code points, which is what the
// record and its readers use; for text without characters outside the BMP the two are the same.
import type {
  ArticleMeta,
  ArticleSource,
  DateMod,
  FigureKind,
  FigureQualifier,
  ParagraphKind,
} from '../output/schema.js';
import type { PlaceMatch } from '../extractors/shared/places.js';

/** A stretch of the document's text, `end` exclusive, in UTF-16 code units. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** Index of the first of `spans` (sorted by start) that starts at or after `offset`: a binary search. */
export function firstStartingAtOrAfter(spans: readonly { readonly start: number }[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle] as { readonly start: number }).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Metadata given by the container rather than the text: JSONL fields, HTML `<meta>` tags, JSON-LD. */
export interface ArticleHints {
  readonly title?: string | null;
  readonly author?: string | null;
  /** ISO 8601, as given or as the reader could normalize it. */
  readonly publishedAt?: string | null;
  readonly url?: string | null;
}

/** Structure that markup showed (HTML): spans of the normalized text that were bold questions or captions. */
export interface MarkupHints {
  /** Paragraph blocks as the markup gave them; when present they replace line-based paragraph splitting. */
  readonly blocks?: readonly TextSpan[];
  readonly boldQuestions?: readonly TextSpan[];
  readonly captions?: readonly TextSpan[];
}

/** What `input/` produces for one article. `text` is normalized (input/normalize.ts). */
export interface SourceArticle {
  readonly id: string;
  readonly source: ArticleSource;
  readonly text: string;
  readonly hints: ArticleHints;
  readonly markup: MarkupHints;
}

export interface ParagraphSpan extends TextSpan {
  readonly index: number;
}

export interface SentenceSpan extends TextSpan {
  /** The paragraph the sentence lies in. */
  readonly paragraph: number;
}

/** One end of a date that still needs a reference: the article's `publishedAt`, or the last full date before it. */
export interface PendingDatePoint {
  /** What fills the parts the text leaves out. A time alone (`lúc 8h30`) takes the last full date before it. */
  readonly anchor: 'publishedAt' | 'previousDate';
  /** Parts the text states (`21/11` → month 11, day 21; `quý III` → quarter 3; `lúc 8h30` → hour 8, minute 30). */
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly quarter?: number;
  readonly half?: number;
  /** An ISO week of the year (`tuần thứ 22 năm 2023` → 22). */
  readonly week?: number;
  readonly hour?: number;
  readonly minute?: number;
  /** Counted from publishedAt, its unit also the precision: `năm qua` is `{unit: 'year', amount: -1}`. */
  readonly shift?: { readonly unit: 'day' | 'week' | 'month' | 'quarter' | 'year'; readonly amount: number };
  /** ISO weekday, 1 Monday … 7 Sunday (`Thứ Ba` → 2), in the week of the shift (this week when none). */
  readonly weekday?: number;
  /** Which year a day or month without one takes: `tháng 6 vừa qua` the past, `tháng 6 tới` the future, else the nearest. */
  readonly direction?: 'past' | 'future';
  /** A shift counted in school years (`năm học này`), which begin in August: before it, the year is the one before. */
  readonly schoolYear?: true;
  /** The year gone by (`năm qua`): written in December, the twelve months now ending, the publication's own year. */
  readonly yearGoneBy?: true;
}

/** What a date still needs before it has a value; `value`/`endValue` null where the text alone decided it. */
export interface PendingDate {
  readonly value: PendingDatePoint | null;
  readonly endValue: PendingDatePoint | null;
  /** A lunar date (`Tết Nguyên đán`, `rằm tháng Giêng`): recognized, but no Gregorian value is given. */
  readonly lunar: boolean;
}

export interface DateSpan extends TextSpan {
  readonly value: string | null;
  readonly endValue: string | null;
  readonly mod: DateMod | null;
  /** True when the value depends on publishedAt (set by the resolution stage). */
  readonly relative: boolean;
  /** Set while the value still depends on something outside the expression; null once resolved. */
  readonly pending: PendingDate | null;
  /** The rule that matched, for debugging and the example corpora. */
  readonly rule: string;
}

export interface FigureSpan extends TextSpan {
  readonly kind: FigureKind;
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly of: number | null;
  readonly unit: string | null;
  readonly qualifier: FigureQualifier | null;
  readonly rule: string;
}

export interface MetadataResult {
  readonly meta: ArticleMeta;
  /** Kinds decided by metadata: the title, byline, attribution and author lines (an author line is a `byline`). */
  readonly paragraphKinds: ReadonlyMap<number, ParagraphKind>;
  /** Where each value was read in the text, when it was read from the text. */
  readonly evidence: {
    readonly title?: TextSpan;
    readonly author?: TextSpan;
    readonly publishedAt?: TextSpan;
    readonly views?: TextSpan;
    readonly attribution?: TextSpan;
  };
  /**
   * The text a dump ran onto the title's line after the byline there (`Title Thứ Năm, 12/09/2024 - 07:30 (NDO) -
   * Sau ...`): the lead and what follows, which the title's paragraph holds though it is no title. Absent otherwise.
   */
  readonly afterTitle?: TextSpan;
}

export interface QaPairSpan {
  readonly question: TextSpan;
  /** The answer's parts: one per answer paragraph, or parts of a line where a dump collapsed the paragraphs. */
  readonly answerSegments: readonly TextSpan[];
}

export interface InterviewResult {
  /** One kind per paragraph, in paragraph order. */
  readonly paragraphKinds: readonly ParagraphKind[];
  readonly pairs: readonly QaPairSpan[];
  /** Inline pieces of a collapsed paragraph that are no part of any answer (a caption run into the text, a closing). */
  readonly inlineKinds: readonly (TextSpan & { readonly kind: ParagraphKind })[];
}

export interface OrganizationEntity {
  /**
   * Stable within the record: `org-1`, `org-2`, ... in order of first mention; then the bodies only a role names
   * (the `roleBodies` stage), numbered on in the same order.
   */
  readonly id: string;
  readonly name: string;
  readonly acronym: string | null;
  readonly mentions: readonly TextSpan[];
}

export interface PersonEntity {
  /** Stable within the record: `person-1`, ... in order of first mention. */
  readonly id: string;
  readonly name: string;
  readonly mentions: readonly TextSpan[];
}

export interface RoleSpan extends TextSpan {
  readonly title: string;
  readonly holder: {
    readonly kind: 'person' | 'organization' | 'place' | null;
    readonly ref: string | null;
    readonly name: string | null;
  };
  readonly organization: { readonly ref: string | null; readonly name: string | null };
  /**
   * Where the organization is a body the organizations stage did not list (`Trưởng khoa Hô hấp`, `Bí thư Chi đoàn
   * thôn X`), its mention in the text; null otherwise. The `roleBodies` stage lists these bodies as organizations.
   */
  readonly unlistedBody: TextSpan | null;
  readonly rule: string;
}

/**
 * A word or punctuation mark, classified the way proper names need it (input/tokens.ts). Its five yes/no fields are
 * getters over one number: read them by name; a spread (`{ ...token }`) or JSON copy would lose them.
 */
export interface Token extends TextSpan {
  readonly text: string;
  /** Lower case (the text is NFC with tones already placed, so this is its folded key). */
  readonly key: string;
  readonly isWord: boolean;
  /** First letter upper case, not an acronym: `Tiêu`, `Việt`, `Online`. */
  readonly capitalized: boolean;
  /** Two upper-case letters or more, starting with one: `ASEAN`, `KH&CN`, `SDGs`, `VietQ.vn`, `TP.HCM`. */
  readonly acronymLike: boolean;
  /** A word in lower case: `chuẩn`, `và`. */
  readonly lower: boolean;
  /** A line break lies between this token and the previous one. */
  readonly breakBefore: boolean;
  /** Joined from parts by `&`, `.`, `'`, `’` or `-` between letters or digits: `KH&CN`, `VietQ.vn`, `Covid-19`, `1.233`. */
  readonly joined: boolean;
  /** The key's shape (input/tokens.ts `wordShapeOf`), for a lexicon's quick refusal without reading the key. */
  readonly shape: number;
}

export interface AcronymSpan extends TextSpan {
  readonly short: string;
  readonly long: string;
  readonly rule: string;
}

/** Everything the stages add, by stage name. pipeline/stages.ts lists the stages in order. */
export interface Annotations {
  paragraphs: readonly ParagraphSpan[];
  /** Words and punctuation, classified once for every stage that looks words up (input/tokens.ts). */
  tokens: readonly Token[];
  sentences: readonly SentenceSpan[];
  /** Dates as found; relative ones still pending. */
  dateMentions: readonly DateSpan[];
  metadata: MetadataResult;
  interview: InterviewResult;
  /** Dates with values resolved against publishedAt. */
  dates: readonly DateSpan[];
  figures: readonly FigureSpan[];
  acronyms: readonly AcronymSpan[];
  organizations: readonly OrganizationEntity[];
  /** Places the gazetteer finds in the text. */
  places: readonly PlaceMatch[];
  people: readonly PersonEntity[];
  roles: readonly RoleSpan[];
  /** Bodies a role is held in that the organizations stage did not list (`Khoa Hô hấp`), as organizations. */
  roleBodies: readonly OrganizationEntity[];
}

export type AnnotationName = keyof Annotations;

export interface AnnotatedDocument extends SourceArticle {
  readonly annotations: Readonly<Partial<Annotations>>;
}

/** What a stage may use besides the document: a way to report what it noticed but could not settle. */
export interface StageContext {
  warn(message: string): void;
}

export interface Stage<Name extends AnnotationName = AnnotationName> {
  readonly name: Name;
  /** Annotations that must exist before this stage runs. */
  readonly requires: readonly AnnotationName[];
  run(document: AnnotatedDocument, context: StageContext): Annotations[Name];
}

/** Declares a stage with its name checked against its result type. */
export function defineStage<Name extends AnnotationName>(stage: Stage<Name>): Stage<Name> {
  return stage;
}

/** The annotation a stage requires; throws if the stage list is out of order. */
export function annotation<Name extends AnnotationName>(document: AnnotatedDocument, name: Name): Annotations[Name] {
  const value = document.annotations[name];
  if (value === undefined) {
    throw new Error(`annotation "${name}" is required but no earlier stage produced it`);
  }
  return value as Annotations[Name];
}
