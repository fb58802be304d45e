// The shape of an example in an extractor's corpus (extractors/*/corpus.ts). Kept apart from the runner so that
// corpora import no test framework.
import type {
  AcronymRecord,
  DateMentionRecord,
  FigureMentionRecord,
  OrganizationRecord,
  PersonRecord,
  RoleRecord,
} from '../../output/schema.js';

export interface CorpusItems {
  dates: DateMentionRecord;
  figures: FigureMentionRecord;
  organizations: OrganizationRecord;
  people: PersonRecord;
  roles: RoleRecord;
  acronyms: AcronymRecord;
}

export type CorpusField = keyof CorpusItems;

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object | null ? DeepPartial<NonNullable<T[K]>> | Extract<T[K], null> : T[K] };

export interface CorpusExample<Field extends CorpusField = CorpusField> {
  /** A phrase, or a sentence holding the words the example is about. Written by the team. */
  readonly text: string;
  /** The words of interest inside `text` (their first occurrence); the whole text when absent. */
  readonly words?: string;
  /** The fields the item found at `words` must have; `null`: nothing of this field may overlap `words`. */
  readonly expected: DeepPartial<CorpusItems[Field]> | null;
  /** The article's publication date, for relative expressions (ISO 8601). */
  readonly publishedAt?: string;
}
