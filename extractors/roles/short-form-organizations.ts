// Organizations a title names by a short form the organizations stage left unmarked: the first words of an
// organization's full name standing alone after the title (`Giám đốc Nhà hát` for `Nhà hát Chèo Việt Nam`,
// `kế toán trưởng của công ty` for `Công ty cổ phần ...`), and the unit a head's title names (`Trưởng khoa Cấp
// cứu` → `Khoa Cấp cứu`, `Trưởng phòng Kinh doanh` → `Phòng Kinh doanh`); a lower-case head noun after a title
// (`Giám đốc bệnh viện`, `Hiệu trưởng trường`) for the one organization of that kind the article named before.
import type { OrganizationEntity } from '../../pipeline/document.js';
import { foldKey } from '../shared/vietnamese.js';
import type { EntityMention } from './entity-mentions.js';

/** How many first words of a full name a short form may keep (`Nhà hát`, `Tổng công ty`). */
const MAX_SHORT_FORM_WORDS = 3;
const WORD = /[\p{L}\p{M}\p{N}&]+/uy;
const SPACE = /[ \t]+/uy;

/** The words (up to MAX_SHORT_FORM_WORDS, blanks between them) from `index`, each with its end offset. */
function wordsFrom(text: string, index: number, maxWords = MAX_SHORT_FORM_WORDS): { words: string[]; ends: number[] } {
  const words: string[] = [];
  const ends: number[] = [];
  let position = index;
  for (let count = 0; count < maxWords; count += 1) {
    if (count > 0) {
      SPACE.lastIndex = position;
      const space = SPACE.exec(text);
      if (!space) break;
      position += space[0].length;
    }
    WORD.lastIndex = position;
    const word = WORD.exec(text);
    if (!word) break;
    position += word[0].length;
    words.push(word[0]);
    ends.push(position);
  }
  return { words, ends };
}

/**
 * What may follow a short form: punctuation, the end of a line, a word that refers back (`công ty này`), or a
 * function word or verb that starts the rest of the clause (a verb of saying: `Giám đốc công ty thừa nhận`; of
 * leading, where the holder leads a delegation or a meeting: `do ông X, Phó Giám đốc Trung tâm dẫn đầu`, `Viện
 * trưởng Viện chủ trì`). A capitalized word would make it another name.
 */
const AFTER_SHORT_FORM =
  /(?:[ \t]*(?:[,.;:)\]!?”"…]|[–—-](?:[ \t]|$)|\n|$)|[ \t]+(?:này|đó|ấy|nói trên|và|cũng|đã|đang|sẽ|vừa|từ|khi|là|cho|với|về|tại|ở|trong|thì|bị|được|nhiệm kỳ|giai đoạn|hiện|trực tiếp|có|không|cùng|chia sẻ|cho biết|cho hay|nói|nhấn mạnh|khẳng định|thừa nhận|xác nhận|giải thích|lý giải|cam kết|trả lời|dẫn đầu|chủ trì)(?![\p{L}\p{M}\p{N}]))/uy;

/**
 * Lower-case head nouns of organizations, as written after a title to mean the organization of that kind the
 * article is about: `Giám đốc bệnh viện, BSCKII X` after `Bệnh viện Đa khoa tỉnh Phú Thọ`, `Hiệu trưởng trường`,
 * `Tổng giám đốc công ty`, `Giám đốc sở`, `Chủ tịch hội`, `Phó Giám đốc chi nhánh`. Words of one to three syllables, matched whole.
 */
const HEAD_NOUNS: ReadonlySet<string> = new Set([
  'bệnh viện', 'trường', 'trường đại học', 'đại học', 'học viện', 'viện', 'công ty', 'tổng công ty', 'tập đoàn',
  'ngân hàng', 'sở', 'cục', 'tổng cục', 'hiệp hội', 'hội', 'quỹ', 'trung tâm', 'nhà máy', 'hợp tác xã', 'nhà hát',
  'bảo tàng', 'thư viện', 'báo', 'tạp chí', 'đài', 'nhà xuất bản', 'ban quản lý', 'tòa án', 'viện kiểm sát', 'chi nhánh',
]);

/**
 * The usual abbreviations of kinds of bodies, as written before the rest of a name or alone (`HTX` for `Hợp tác xã`,
 * `QTDND Vinh Thanh` for `Quỹ tín dụng nhân dân Vinh Thanh`, `BĐBP tỉnh X` for `Bộ Chỉ huy Bộ đội Biên phòng tỉnh
 * X`, `VQG Phước Bình` for `Vườn quốc gia Phước Bình`), with the words they stand for, folded. General words of the
 * language, not any one body's acronym.
 */
const KIND_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['HTX', 'hợp tác xã'], ['QTDND', 'quỹ tín dụng nhân dân'], ['TCVM', 'tổ chức tài chính vi mô'],
  ['BĐBP', 'bộ đội biên phòng'], ['NXB', 'nhà xuất bản'], ['CTCP', 'công ty cổ phần'], ['BQL', 'ban quản lý'],
  ['LĐLĐ', 'liên đoàn lao động'], ['MTTQ', 'mặt trận tổ quốc'], ['CLB', 'câu lạc bộ'], ['BV', 'bệnh viện'],
  // A national park and a nature reserve: `Giám đốc VQG Phước Bình` for `Vườn quốc gia Phước Bình`.
  ['VQG', 'vườn quốc gia'], ['KBTTN', 'khu bảo tồn thiên nhiên'],
]);
/** The organization of a kind (`ofKind`) one of whose mentions starts at `at`, and where that mention ends; or null. */
function mentionOfKindAt(ofKind: readonly OfKind[], at: number): { entity: OrganizationEntity; end: number } | null {
  for (const { entity } of ofKind) {
    for (const mention of entity.mentions) if (mention.start === at) return { entity, end: mention.end };
  }
  return null;
}

/** An abbreviation in capitals (`HTX`, `BĐBP`), read whole. */
const CAPITALS_WORD = /\p{Lu}{2,8}(?![\p{L}\p{M}\p{N}])/uy;
/** How many words after a kind's abbreviation are read for the rest of a name (`tỉnh An Giang`). */
const MAX_ABBREVIATED_NAME_REST_WORDS = 6;

/** A letter, mark or digit: a name ending before one is cut inside a word. */
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/** Whitespace between the words of a name, as `foldKey` folds it. */
const NAME_SPACE = /\s+/u;

/** An organization and where the article first names it. */
interface FirstNamed {
  readonly entity: OrganizationEntity;
  readonly start: number;
}

/** An organization whose name holds a kind's words, the rest of its name after them (folded words). */
interface OfKind {
  readonly entity: OrganizationEntity;
  readonly rest: readonly string[];
  readonly opensWithKind: boolean;
}

export class OrganizationShortForms {
  // Each index is made on its first question: most articles never ask (every title's organization is an entity).
  /** Folded first one, two or three words of a full name (never the whole name) → the entities named so. */
  private firstWordsIndex: Map<string, OrganizationEntity[]> | null = null;
  /** Full names by their folded first word (`phòng`), with the rest of the name as written. */
  private unitWordIndex: Map<string, { readonly entity: OrganizationEntity; readonly rest: string }[]> | null = null;
  /** Folded full names and acronyms → entity, for units built from a title. */
  private nameIndex: Map<string, OrganizationEntity> | null = null;
  /** Folded full names, in the order of `organizations`, made on the first question about an abbreviated kind. */
  private foldedNames: readonly string[] | null = null;
  /** Entities by the folded text of their mentions (null where two share one), made on the first question. */
  private mentionIndex: Map<string, OrganizationEntity | null> | null = null;
  /** `organizationsOfKind`, by the kind's folded words. */
  private readonly ofKindIndex = new Map<string, readonly OfKind[]>();
  /** `firstNamed`, by the head noun's folded words, made on the first question about each. */
  private readonly firstNamedIndex = new Map<string, readonly FirstNamed[]>();

  constructor(
    private readonly organizations: readonly OrganizationEntity[],
    /** Where the headline the metadata stage found ends (a collapsed text's first line runs on past it); -1 unknown. */
    private readonly headlineEnd: number = -1,
  ) {}

  private get byFirstWords(): Map<string, OrganizationEntity[]> {
    if (this.firstWordsIndex) return this.firstWordsIndex;
    // Only a name's first words are folded, and all names' at once: folding goes word by word, and names are long.
    const shortForms: { entity: OrganizationEntity; words: number }[] = [];
    const written: string[] = [];
    for (const entity of this.organizations) {
      const nameWords = entity.name.trim().split(NAME_SPACE);
      const words = Math.min(MAX_SHORT_FORM_WORDS, nameWords.length - 1);
      if (words < 1) continue;
      shortForms.push({ entity, words });
      for (let word = 0; word < words; word += 1) written.push(nameWords[word] ?? '');
    }
    const folded = foldKey(written.join(' ')).split(' ');
    const byFirstWords = new Map<string, OrganizationEntity[]>();
    let first = 0;
    for (const { entity, words } of shortForms) {
      for (let count = 1; count <= words; count += 1) {
        const key = folded.slice(first, first + count).join(' ');
        const entries = byFirstWords.get(key) ?? [];
        entries.push(entity);
        byFirstWords.set(key, entries);
      }
      first += words;
    }
    this.firstWordsIndex = byFirstWords;
    return byFirstWords;
  }

  private get byName(): Map<string, OrganizationEntity> {
    if (this.nameIndex) return this.nameIndex;
    const byName = new Map<string, OrganizationEntity>();
    for (const entity of this.organizations) {
      byName.set(foldKey(entity.name), entity);
      if (entity.acronym) byName.set(foldKey(entity.acronym), entity);
    }
    this.nameIndex = byName;
    return byName;
  }

  /**
   * The organization whose name is `unitWord` and the words the text writes from `at` (`Phó Trưởng phòng An ninh
   * mạng và phòng chống tội phạm sử dụng công nghệ cao` for the `Phòng ...` the article names): the longest such
   * name, ending where a word does, with where it ends; null when none.
   */
  unitNamedOn(text: string, unitWord: string, at: number): { readonly entity: OrganizationEntity; readonly end: number } | null {
    let best: { readonly entity: OrganizationEntity; readonly end: number } | null = null;
    for (const { entity, rest } of this.byUnitWord.get(foldKey(unitWord)) ?? []) {
      const end = at + rest.length;
      if (best !== null && end <= best.end) continue;
      if (WORD_CHARACTER.test(text[end] ?? '') || foldKey(text.slice(at, end)) !== foldKey(rest)) continue;
      best = { entity, end };
    }
    return best;
  }

  private get byUnitWord(): Map<string, { readonly entity: OrganizationEntity; readonly rest: string }[]> {
    if (this.unitWordIndex) return this.unitWordIndex;
    const byUnitWord = new Map<string, { readonly entity: OrganizationEntity; readonly rest: string }[]>();
    for (const entity of this.organizations) {
      const space = entity.name.indexOf(' ');
      if (space < 0) continue;
      const key = foldKey(entity.name.slice(0, space));
      const entries = byUnitWord.get(key) ?? [];
      entries.push({ entity, rest: entity.name.slice(space + 1) });
      byUnitWord.set(key, entries);
    }
    this.unitWordIndex = byUnitWord;
    return byUnitWord;
  }

  /**
   * The organization named first in the article whose folded full name passes `test`, or null: what a post's body
   * written in part refers to (`Chỉ huy trưởng Bộ đội Biên phòng tỉnh` for `Bộ Chỉ huy Bộ đội Biên phòng tỉnh X`).
   * A scan of the article's organizations: asked only for a few rare posts.
   */
  firstNamedWhere(test: (foldedName: string) => boolean): OrganizationEntity | null {
    let best: OrganizationEntity | null = null;
    let bestStart = Infinity;
    for (const entity of this.organizations) {
      if (!test(foldKey(entity.name))) continue;
      let start = Infinity;
      for (const mention of entity.mentions) start = Math.min(start, mention.start);
      if (start < bestStart) {
        best = entity;
        bestStart = start;
      }
    }
    return best;
  }

  /**
   * The entity the article `text` writes as `name` (folded) in one of its mentions: `Phòng CSGT` for `Phòng Cảnh sát giao
   * thông (CSGT) Công an tỉnh X`, written `Phòng CSGT` later. Null where none is, or where two entities are.
   */
  mentionedAs(text: string, name: string): OrganizationEntity | null {
    if (!this.mentionIndex) {
      const byMention = new Map<string, OrganizationEntity | null>();
      for (const entity of this.organizations) {
        for (const mention of entity.mentions) {
          const key = foldKey(text.slice(mention.start, mention.end));
          const known = byMention.get(key);
          byMention.set(key, known === undefined || known === entity ? entity : null);
        }
      }
      this.mentionIndex = byMention;
    }
    return this.mentionIndex.get(foldKey(name)) ?? null;
  }

  /**
   * The entity one of whose mentions `text` follows right away with `name` in brackets (`Ngân hàng TMCP X (XBank)`):
   * the short name the article gives it, whatever acronym the entity keeps. Null where none is, or where two are.
   */
  givenInBracketsAs(text: string, name: string): OrganizationEntity | null {
    const written = ` (${name})`;
    let found: OrganizationEntity | null = null;
    for (const entity of this.organizations) {
      for (const mention of entity.mentions) {
        if (!text.startsWith(written, mention.end)) continue;
        if (found !== null && found !== entity) return null;
        found = entity;
      }
    }
    return found;
  }

  /** The entity whose full name is exactly `name` (folded), or whose acronym it is. */
  named(name: string): OrganizationEntity | null {
    return this.byName.get(foldKey(name)) ?? null;
  }

  /**
   * The organization a short form starting at `index` refers to, with the short form's span; null when no
   * organization's name starts with those words, or when a capitalized word goes on after them (another name).
   * `isPersonAt` lets a person's name follow (`Giám đốc Nhà hát Lê Thị Hòa`).
   */
  at(text: string, index: number, isPersonAt: (index: number) => boolean): EntityMention | null {
    const { words, ends } = wordsFrom(text, index);
    // Folding works word by word (the words hold no space), so the words are folded once, together.
    const folded = foldKey(words.join(' ')).split(' ');
    // The first word is written as a name's first word is: capitalized, or lower case after `của` (`của công ty`).
    for (let count = words.length; count >= 1; count -= 1) {
      const end = ends[count - 1] ?? index;
      const entries = this.byFirstWords.get(folded.slice(0, count).join(' '));
      if (!entries) continue;
      if (!this.endsHere(text, end, isPersonAt)) return null;
      // `của bảo tàng`: a lower-case head refers to the body of that kind the headline names (the article's subject)
      // over one named in passing since; else to the last named before.
      // So does a kind's word alone with a capital (`Chính trị viên Đồn,` of the `Đồn Biên phòng X` the headline names).
      const initial = text.charAt(index);
      const inHeadline = initial !== initial.toUpperCase() || count === 1 ? namedInHeadlineAmongSeveral(text, entries, index, this.headlineEnd) : null;
      const entity = inHeadline ?? nearestBefore(entries, index);
      if (!entity) return null;
      return { start: index, end, kind: 'organization', ref: entity.id, name: entity.name };
    }
    return null;
  }

  /**
   * The organization a kind's abbreviation starting at `index` names (`Giám đốc HTX,` for the `Hợp tác xã ...` the
   * article named; `Giám đốc QTDND Vinh Thanh` for `Quỹ tín dụng nhân dân Vinh Thanh`; `Chỉ huy trưởng BĐBP tỉnh X`
   * for `Bộ Chỉ huy Bộ đội Biên phòng tỉnh X`; `TCVM Ánh Dương` for `Tổ chức tài chính vi mô TNHH ... Ánh Dương`):
   * words after the abbreviation must end the name of an organization holding the kind's words; the abbreviation
   * alone, ending the phrase, names the organization whose name opens with the kind (the one mentioned last before
   * `index`). Null when no organization of that kind fits, or a capitalized word goes on after (another name).
   */
  abbreviatedKindAt(text: string, index: number, isPersonAt: (index: number) => boolean): EntityMention | null {
    CAPITALS_WORD.lastIndex = index;
    const abbreviation = CAPITALS_WORD.exec(text)?.[0];
    const kind = abbreviation === undefined ? undefined : KIND_ABBREVIATIONS.get(abbreviation);
    if (abbreviation === undefined || kind === undefined) return null;
    const abbreviationEnd = index + abbreviation.length;
    const ofKind = this.organizationsOfKind(kind);
    if (ofKind.length === 0) return null;
    SPACE.lastIndex = abbreviationEnd;
    const space = SPACE.exec(text);
    if (space) {
      const { words, ends } = wordsFrom(text, abbreviationEnd + space[0].length, MAX_ABBREVIATED_NAME_REST_WORDS);
      const folded = words.length > 0 ? foldKey(words.join(' ')).split(' ') : [];
      let best: { entity: OrganizationEntity; count: number; exact: boolean } | null = null;
      for (const { entity, rest } of ofKind) {
        for (let count = Math.min(rest.length, folded.length); count >= 1; count -= 1) {
          if (best !== null && count < best.count) break;
          if (!endsWithWords(rest, folded, count)) continue;
          if (!this.endsHere(text, ends[count - 1] ?? abbreviationEnd, isPersonAt)) continue;
          const exact = count === rest.length;
          if (best === null || count > best.count || (exact && !best.exact)) best = { entity, count, exact };
          break;
        }
      }
      if (best) {
        const end = ends[best.count - 1] ?? abbreviationEnd;
        return { start: index, end, kind: 'organization', ref: best.entity.id, name: best.entity.name };
      }
      // `Trưởng BQL KKT` for `Ban Quản lý Khu kinh tế tỉnh X`, mentioned as `KKT`: the abbreviation, then a mention of
      // an organization of that kind (its acronym, its short name) ending the phrase.
      const mentioned = mentionOfKindAt(ofKind, abbreviationEnd + space[0].length);
      if (mentioned && this.endsHere(text, mentioned.end, isPersonAt)) {
        return { start: index, end: mentioned.end, kind: 'organization', ref: mentioned.entity.id, name: mentioned.entity.name };
      }
    }
    if (!this.endsHere(text, abbreviationEnd, isPersonAt)) return null;
    const opening = ofKind.filter((candidate) => candidate.opensWithKind).map((candidate) => candidate.entity);
    const entity = opening.length > 0 ? nearestBefore(opening, index) : null;
    return entity ? { start: index, end: abbreviationEnd, kind: 'organization', ref: entity.id, name: entity.name } : null;
  }

  /**
   * The organizations whose names hold the folded words `kind`, each with the rest of its name after them (folded
   * words) and whether the name opens with them; made once for each kind asked about.
   */
  private organizationsOfKind(kind: string): readonly OfKind[] {
    const known = this.ofKindIndex.get(kind);
    if (known) return known;
    if (this.foldedNames === null) this.foldedNames = this.organizations.map((entity) => foldKey(entity.name));
    const names = this.foldedNames;
    const kindWords = kind.split(' ');
    const ofKind: OfKind[] = [];
    this.organizations.forEach((entity, position) => {
      const words = (names[position] ?? '').split(' ');
      const at = indexOfWords(words, kindWords);
      if (at >= 0) ofKind.push({ entity, rest: words.slice(at + kindWords.length), opensWithKind: at === 0 });
    });
    this.ofKindIndex.set(kind, ofKind);
    return ofKind;
  }

  /**
   * The organization a lower-case head noun starting at `index` refers back to (`bệnh viện` in `Giám đốc bệnh
   * viện, BSCKII X`): the one entity named before `index` whose name starts with those words, written whole (a
   * word going on after them makes another name, `giám đốc bệnh viện tư`). Null when the article named none, or
   * several, of that kind before: `giám đốc bệnh viện` is then any hospital's.
   */
  referredBack(text: string, index: number, isPersonAt: (index: number) => boolean): EntityMention | null {
    const initial = text.codePointAt(index);
    if (initial === undefined || String.fromCodePoint(initial).toLowerCase() !== String.fromCodePoint(initial)) return null;
    const { words, ends } = wordsFrom(text, index);
    let phrase = '';
    let found: { end: number; key: string } | null = null;
    for (let count = 0; count < words.length; count += 1) {
      phrase = count === 0 ? words[0]! : `${phrase} ${words[count]!}`;
      // Head nouns are lower case: a capitalized word after them starts a name and is no part of the head.
      if (HEAD_NOUNS.has(phrase)) found = { end: ends[count]!, key: foldKey(phrase) };
    }
    if (!found || !this.endsHere(text, found.end, isPersonAt)) return null;
    // Exactly one of that kind named before `index`: the first named before it, and no second one before it.
    const [earliest, next] = this.firstNamed(found.key);
    if (earliest === undefined || earliest.start >= index || (next !== undefined && next.start < index)) return null;
    const { entity } = earliest;
    return { start: index, end: found.end, kind: 'organization', ref: entity.id, name: entity.name };
  }

  /**
   * The organization whose name starts with the folded words `key` (`cục`) mentioned last before `index`, no further
   * back than `maxDistance` characters, as that mention: what a head's title with no organization after it (`Phó
   * Cục trưởng`) refers back to; `skip` leaves out a mention by its start. Null when none.
   */
  lastNamedBefore(key: string, index: number, maxDistance: number, skip?: (start: number) => boolean): EntityMention | null {
    let best: EntityMention | null = null;
    for (const entity of this.byFirstWords.get(key) ?? []) {
      for (const { start, end } of entity.mentions) {
        if (start < index && index - start <= maxDistance && (!best || start > best.start) && skip?.(start) !== true) {
          best = { start, end, kind: 'organization', ref: entity.id, name: entity.name };
        }
      }
    }
    return best;
  }

  /**
   * The one organization whose name starts with the folded words `key` (`viện`) that the article names before `index`,
   * however far back, as its last mention there: an article about one institute calls its head `Viện trưởng` with no
   * name paragraphs later. Null where none or several such organizations are named before.
   */
  onlyNamedBefore(key: string, index: number): EntityMention | null {
    let best: EntityMention | null = null;
    for (const entity of this.byFirstWords.get(key) ?? []) {
      for (const { start, end } of entity.mentions) {
        if (start >= index) continue;
        if (best !== null && best.ref !== entity.id) return null;
        if (best === null || start > best.start) best = { start, end, kind: 'organization', ref: entity.id, name: entity.name };
      }
    }
    return best;
  }

  /** The entities whose names start with the folded words `key`, by where each is first named, earliest first. */
  private firstNamed(key: string): readonly FirstNamed[] {
    const known = this.firstNamedIndex.get(key);
    if (known) return known;
    const named: FirstNamed[] = [];
    for (const entity of this.byFirstWords.get(key) ?? []) {
      let start = Infinity;
      for (const mention of entity.mentions) start = Math.min(start, mention.start);
      named.push({ entity, start });
    }
    named.sort((a, b) => a.start - b.start);
    this.firstNamedIndex.set(key, named);
    return named;
  }

  private endsHere(text: string, end: number, isPersonAt: (index: number) => boolean): boolean {
    AFTER_SHORT_FORM.lastIndex = end;
    if (AFTER_SHORT_FORM.test(text)) return true;
    let next = end;
    while (text[next] === ' ' || text[next] === '\t') next += 1;
    return next > end && isPersonAt(next);
  }
}

/** Where the words `part` first stand in `words`, whole; -1 when nowhere. */
function indexOfWords(words: readonly string[], part: readonly string[]): number {
  for (let start = 0; start + part.length <= words.length; start += 1) {
    let matches = true;
    for (let offset = 0; offset < part.length && matches; offset += 1) matches = words[start + offset] === part[offset];
    if (matches) return start;
  }
  return -1;
}

/** Whether the first `count` words of `written` are the last `count` words of `name`. */
function endsWithWords(name: readonly string[], written: readonly string[], count: number): boolean {
  const from = name.length - count;
  for (let offset = 0; offset < count; offset += 1) if (name[from + offset] !== written[offset]) return false;
  return true;
}

/** The entity mentioned last before `index`; else the one mentioned first after it. */
/**
 * Where several of `entities` are named before `index`, the one of them the headline (the metadata stage's, else the
 * text's first line) names, when it names one only; else null.
 */
function namedInHeadlineAmongSeveral(
  text: string,
  entities: readonly OrganizationEntity[],
  index: number,
  knownHeadlineEnd: number,
): OrganizationEntity | null {
  if (entities.length < 2) return null;
  let namedBefore = 0;
  let inHeadline: OrganizationEntity | null = null;
  let headlineEnd = knownHeadlineEnd;
  for (const entity of entities) {
    if (!entity.mentions.some((mention) => mention.start < index)) continue;
    namedBefore += 1;
    if (headlineEnd < 0) {
      const lineBreak = text.indexOf('\n');
      headlineEnd = lineBreak < 0 ? text.length : lineBreak;
    }
    if (entity.mentions.some((mention) => mention.end <= headlineEnd)) {
      if (inHeadline !== null) return null;
      inHeadline = entity;
    }
  }
  return namedBefore >= 2 ? inHeadline : null;
}

function nearestBefore(entities: readonly OrganizationEntity[], index: number): OrganizationEntity | null {
  let best: OrganizationEntity | null = null;
  let bestStart = -1;
  let firstAfter: OrganizationEntity | null = null;
  let firstAfterStart = Infinity;
  for (const entity of entities) {
    for (const { start } of entity.mentions) {
      if (start < index && start > bestStart) {
        best = entity;
        bestStart = start;
      }
      if (start >= index && start < firstAfterStart) {
        firstAfter = entity;
        firstAfterStart = start;
      }
    }
  }
  return best ?? firstAfter ?? entities[0] ?? null;
}
