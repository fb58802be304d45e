// The `people` stage: Vietnamese names (family name from the lexicon, then given names), names after honorifics and
// academic titles, foreign names after a post title (and its organization or country), reporters' names in the
// byline and on the last line, short references joined to their person. Never a place (the places stage, places
// the article names with their kind, `huyện Yên Thành`), a lunar year (`Giáp Thìn`), a listed work, or an
// organization (the organizations stage, run before).
import { annotation, defineStage, firstStartingAtOrAfter, type AnnotatedDocument, type PersonEntity, type TextSpan, type Token } from '../../pipeline/document.js';
import { isTitleFirstWord, mayBeInTitle, titleAt, type TitleMatch } from '../roles/lexicon.js';
import { codePointLength, isLetterOrMarkUnit, isTitleWordCharAt, joinerPositions } from './characters.js';
import { findBylineNames, findCreditNames } from './byline-names.js';
import { findFullNames } from './full-names.js';
import type { NameCandidate, NameContext } from './name-candidate.js';
import type { NameRun } from './name-runs.js';
import { findNamesAfterPosts } from './post-title-names.js';
import { placeNamesIntroduced } from './place-names.js';
import { buildPersonEntities } from './person-entities.js';
import { findTitledNames } from './titled-names.js';
import { scanWords } from './word-scan.js';
import { SortedSpans } from '../shared/sorted-spans.js';

/** Words a title of several words may start this far before the name: `Phó Tổng cục trưởng ` is four. */
const MAX_TITLE_WORDS_BEFORE = 5;

/** The (up to `count`) words of letters right before `index` on its line, nearest first, spaces between. */
function wordsBeforeOnLine(text: string, index: number, count: number): TextSpan[] {
  const words: TextSpan[] = [];
  let position = index;
  while (words.length < count) {
    const end = position;
    while (position > 0 && (text[position - 1] === ' ' || text[position - 1] === '\t')) position -= 1;
    if (position === end) break;
    const wordEnd = position;
    while (position > 0 && isLetterOrMarkUnit(text.charCodeAt(position - 1))) position -= 1;
    if (position === wordEnd) break;
    words.push({ start: position, end: wordEnd });
  }
  return words;
}

/**
 * The post title starting at `index` (extractors/roles/lexicon.ts `titleAt`), refusing first, without reading on, a
 * word no title starts with: most capitalized words asked about are names.
 */
function titleStartingAt(text: string, index: number): TitleMatch | null {
  let end = index;
  while (isTitleWordCharAt(text, end)) end += codePointLength(text, end);
  return end > index && isTitleFirstWord(text.slice(index, end).toLowerCase()) ? titleAt(text, index) : null;
}

/** Only spaces or tabs between a title's word end and the name. */
const ONLY_SPACES = /^[ \t]+$/u;

/** True when a post title (`Bộ trưởng`, `Phó Thủ tướng`) ends right before `index` (spaces between). */
function titleEndsAt(text: string, index: number): boolean {
  for (const word of wordsBeforeOnLine(text, index, MAX_TITLE_WORDS_BEFORE)) {
    // A title reaching `index` from further back has every word on the way in some title: the search stops there.
    if (!mayBeInTitle(text.slice(word.start, word.end))) return false;
    const title = titleStartingAt(text, word.start);
    // A longer title may run into the organization (`Thủ tướng Chính phủ`): any of its word ends will do.
    if (title === null) continue;
    for (const end of title.wordEnds) if (end < index && ONLY_SPACES.test(text.slice(end, index))) return true;
  }
  return false;
}

/** Positions asked about kept in a Map; past this many (a long text), a byte per character of the text. */
const MAX_TITLE_STARTS_IN_MAP = 256;

/**
 * Whether a post title starts at a position, each position read once: several rules ask at the same word. An
 * article asks at a few words, kept in a Map; a long text at many, kept in a byte per character (0 not yet read,
 * 1 no, 2 yes).
 */
class TitleStarts {
  private readonly few = new Map<number, boolean>();
  private all: Uint8Array | null = null;

  constructor(private readonly text: string) {}

  at(index: number): boolean {
    const { all } = this;
    if (all !== null) {
      if (all[index] === 0) all[index] = titleStartingAt(this.text, index) === null ? 1 : 2;
      return all[index] === 2;
    }
    let starts = this.few.get(index);
    if (starts === undefined) {
      starts = titleStartingAt(this.text, index) !== null;
      this.few.set(index, starts);
      if (this.few.size > MAX_TITLE_STARTS_IN_MAP) {
        const bytes = new Uint8Array(this.text.length + 1);
        for (const [position, known] of this.few) bytes[position] = known ? 2 : 1;
        this.all = bytes;
      }
    }
    return starts;
  }
}

/**
 * What the name rules ask about one article (name-candidate.ts `NameContext`). A class made once, not an object of
 * arrow functions per article: V8 keeps a closure's optimized code only weakly and recompiles it article after article.
 */
class ArticleNameContext implements NameContext {
  readonly text: string;
  readonly placeNames: ReadonlySet<string>;
  private readonly sentences: readonly TextSpan[];
  /** Where the place starting at a position (its kind or its name) ends. */
  private readonly placeEnds = new Map<number, number>();
  /** Where the names of places the gazetteer does not list start (`huyện Yên Thành`: at `Yên`). */
  private readonly unlistedPlaceNameStarts = new Set<number>();
  /** Where the place ending at a position starts. */
  private readonly placeStarts = new Map<number, number>();
  private readonly organizationMentions: TextSpan[] = [];
  private readonly organizationIndex: SortedSpans<TextSpan>;
  private readonly titleStarts: TitleStarts;
  /** Asked only after a foreign name's post (post-title-names.ts): made on the first question. */
  private organizationStarts: Map<number, number> | null = null;

  constructor(
    document: AnnotatedDocument,
    readonly tokens: readonly Token[],
    runs: readonly NameRun[],
    readonly joiners: readonly number[],
  ) {
    const { text } = document;
    this.text = text;
    for (const place of annotation(document, 'places')) {
      this.placeEnds.set(place.start, place.end);
      this.placeEnds.set(place.nameStart, place.end);
      this.placeStarts.set(place.end, place.start);
      if (place.place.kind === 'local') this.unlistedPlaceNameStarts.add(place.nameStart);
    }
    for (const organization of annotation(document, 'organizations')) for (const mention of organization.mentions) this.organizationMentions.push(mention);
    this.organizationIndex = new SortedSpans(this.organizationMentions);
    this.titleStarts = new TitleStarts(text);
    this.sentences = annotation(document, 'sentences');
    this.placeNames = placeNamesIntroduced(text, tokens, runs, this);
  }

  isSentenceStart(index: number): boolean {
    return this.sentences[firstStartingAtOrAfter(this.sentences, index)]?.start === index;
  }

  overlapsOrganization(start: number, end: number): boolean {
    return this.organizationIndex.overlaps(start, end);
  }

  isNameAfterTitledOrganization(start: number, end: number): boolean {
    const organization = this.organizationIndex.lastOverlapping(start, end);
    return organization !== null && organization.start < start && titleEndsAt(this.text, organization.start);
  }

  placeEndAt(index: number): number | null {
    return this.placeEnds.get(index) ?? null;
  }

  isUnlistedPlaceAt(index: number): boolean {
    return this.unlistedPlaceNameStarts.has(index);
  }

  placeStartBefore(index: number): number | null {
    return this.placeStarts.get(index) ?? null;
  }

  organizationStartBefore(index: number): number | null {
    if (this.organizationStarts === null) {
      const starts = new Map<number, number>();
      for (const mention of this.organizationMentions) starts.set(mention.end, Math.min(mention.start, starts.get(mention.end) ?? Infinity));
      this.organizationStarts = starts;
    }
    return this.organizationStarts.get(index) ?? null;
  }

  startsTitle(index: number): boolean {
    return this.titleStarts.at(index);
  }

  titleEndsBefore(index: number): boolean {
    return titleEndsAt(this.text, index);
  }
}

/** A name ending in an airline's or a company's English word (`Phương Nam Airlines`, `Hòa Bình Group`) is a company's. */
const COMPANY_LAST_WORD = /\s(?:Airlines|Airways|Air|Group|Corporation|Corp|Holdings)$/u;
/**
 * The heads of a company's name (`Công ty Cổ phần Sữa Hồ Tây`): the article then calls the company by the proper name
 * after its kind and trade alone (`Hồ Tây`), which may start with a family name but names no one.
 */
const COMPANY_NAME_HEAD = /^(?:Công ty|Tổng công ty|Tập đoàn|Hợp tác xã)\s/u;

/** The proper names that end the names of the article's companies, as written (`Cao Nguyên Xanh`). */
function companyNameTails(names: readonly string[]): (name: string) => boolean {
  const companies = names.filter((name) => COMPANY_NAME_HEAD.test(name));
  return (name) => companies.some((company) => company.length > name.length + 1 && company.endsWith(name) && company[company.length - name.length - 1] === ' ');
}

function hasRule(candidates: readonly NameCandidate[], rule: string): boolean {
  for (const candidate of candidates) if (candidate.rule === rule) return true;
  return false;
}

/** True when `candidate` overlaps `span` and goes on past one of its ends. */
function crossesEdge(candidate: NameCandidate, span: TextSpan): boolean {
  return candidate.start < span.end && candidate.end > span.start && (candidate.start < span.start || candidate.end > span.end);
}

export function findPeople(document: AnnotatedDocument): PersonEntity[] {
  const tokens = annotation(document, 'tokens');
  const joiners = joinerPositions(document.text, tokens);
  const { runs, openings } = scanWords(document.text, tokens, joiners);
  const context = new ArticleNameContext(document, tokens, runs, joiners);
  const bylineNames = findBylineNames(runs, annotation(document, 'paragraphs'), annotation(document, 'metadata'), context);
  const candidates = bylineNames.concat(
    findFullNames(runs, context),
    findCreditNames(runs, context),
    findTitledNames(runs, openings, context),
    findNamesAfterPosts(runs, context),
  );
  const organizationNames = new Set<string>();
  const allNames: string[] = [];
  for (const organization of annotation(document, 'organizations')) {
    allNames.push(organization.name);
    organizationNames.add(organization.name.toLowerCase());
    if (organization.acronym) organizationNames.add(organization.acronym.toLowerCase());
  }
  const endsCompanyName = companyNameTails(allNames);
  const author = annotation(document, 'metadata').evidence.author ?? null;
  const authorNamed = author !== null && hasRule(bylineNames, 'metadata-author');
  const notOrganizations: NameCandidate[] = [];
  for (const candidate of candidates) {
    if (organizationNames.has(candidate.name.toLowerCase()) || COMPANY_LAST_WORD.test(candidate.name)) continue;
    // The author's name, where the metadata stage read it, bounds any other name over it: a byline run together goes
    // on in capitals past the name (`07:05 Hoàng Nam Lượt xem: 2.417`), and a run across the name's edge is no one.
    if (authorNamed && author !== null && crossesEdge(candidate, author)) continue;
    // `Nhóm PV Kinh tế`: a byline signs with a name of two words or more; one capitalized word after a title there
    // names the reporters' desk (`PV Kinh tế`, `PV Thời sự`), no one.
    if (candidate.short && author !== null && candidate.start >= author.start && candidate.end <= author.end) continue;
    // A name found by its family name alone, no title nor honorific before it, that ends a company's name.
    if (candidate.rule === 'family-name' && endsCompanyName(candidate.name)) continue;
    notOrganizations.push(candidate);
  }
  return buildPersonEntities(notOrganizations);
}

export const peopleStage = defineStage({
  name: 'people',
  requires: ['paragraphs', 'tokens', 'sentences', 'metadata', 'organizations', 'places'],
  run: (document) => findPeople(document),
});
