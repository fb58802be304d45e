// The organizations stage: full names headed by an organization noun, media outlets defined with their domain,
// acronyms (defined in the text or well known), short names in brackets, companies' brands and short forms that
// refer back, joined into one entity per organization (a name with and without `Việt Nam` is one), `org-1`,
// `org-2`, ... in order of first mention. Places, events, agreements, documents are not
// organizations (their heads give runs of kind `other`, never entities).
// The helpers run per article are module-level functions and classes, not closures made per article: V8 keeps a
// closure's optimized code only weakly, and would recompile it after every major collection.
import { annotation, defineStage, type AcronymSpan, type Token, type OrganizationEntity, type TextSpan } from '../../pipeline/document.js';
import { isPlace, lookupPlace, mayStartPlaceAtWordKey, placeAt } from '../shared/places.js';
import { findAcronymMentions, type AcronymMention } from './acronym-mentions.js';
import { companiesByBrandForPlants, companyBrand, findBrandMentions, plantBrand, type BrandMention } from './brand-names.js';
import { COMMITTEE_HEAD_KEYS, COMPANY_HEAD_KEYS, NUMBERED_MILITARY_UNIT_HEAD_KEYS, KNOWN_ORGANIZATION_ACRONYM_LONG_FORMS, KNOWN_ORGANIZATION_LONG_FORM_ACRONYMS, ORGANIZATION_HEAD_PHRASES, SERVED_BODY_KEYS } from './lexicon.js';
import { findLowerHeadNames, type LowerHeadName } from './lower-head-names.js';
import { mediaOutletDefinitions } from './media-outlets.js';
import { fieldAcronymBeforeParent, findNameRuns, type NameRun } from './name-runs.js';
import { tieredBranchLength } from './name-run-words.js';
import { collapseWhitespace, foldDocumentText } from './plain-text.js';
import { nameTokens, type NameTokens } from './name-tokens.js';
import { tokenize } from '../../input/tokens.js';
import { acronymLetters, matchInitialsForward } from '../acronyms/initials.js';
import { sortStably } from '../shared/sorted-spans.js';
import { clubAliasKeys, findNationalTeams, findSportsTeams, type TeamMention } from './sports-teams.js';
import {
  bracketedShortName,
  bracketedTicker,
  headAcronym,
  headAcronymReferentByHead,
  isReferringHead,
  levelShortForm,
  type HeadAcronym,
  type ReferringMention,
} from './short-forms.js';

interface EntityDraft {
  readonly key: string;
  /** The fullest name seen: `Ngân hàng Nhà nước Việt Nam` over `Ngân hàng Nhà nước`. */
  name: string;
  acronym: string | null;
  readonly mentions: TextSpan[];
}

/**
 * The folded key of words from the document's text, which is NFC with tones placed the modern way already: lower
 * case and spacing are all `foldKey` would change (but for the rare syllable lower-casing makes old-style, see
 * foldDocumentText).
 */
function documentKey(words: string): string {
  return collapseWhitespace(words.toLowerCase());
}

/** `Trường Đại học X` and `Đại học X` name one university. */
const UNIVERSITY_PREFIX = 'trường ';
const UNIVERSITY_HEAD = 'đại học ';
/** `Trường ĐH X` and `Trường Đại học X`, `Trường CĐ X` and `Trường Cao đẳng X`: the school's kind written short. */
const SCHOOL_KIND_SHORT_FORMS: ReadonlyArray<readonly [string, string]> = [
  ['trường đh ', 'trường đại học '],
  ['trường cđ ', 'trường cao đẳng '],
];
/** `Đoàn ĐBQH tỉnh X` and `Đoàn đại biểu Quốc hội tỉnh X`: a delegation's head written short, and the school kinds'. */
const HEAD_SHORT_FORMS: ReadonlyArray<readonly [string, string]> = [
  ...SCHOOL_KIND_SHORT_FORMS,
  ['đoàn đbqh ', 'đoàn đại biểu quốc hội '],
];
/** The key with its head written short spelled out (`đoàn đại biểu quốc hội tỉnh` for `đoàn đbqh tỉnh`), else null. */
function headSpelledOut(key: string): string | null {
  for (const [short, long] of HEAD_SHORT_FORMS) if (key.startsWith(short)) return long + key.slice(short.length);
  return null;
}
/** `Ngân hàng Nhà nước` and `Ngân hàng Nhà nước Việt Nam` name one body: in Vietnamese news the country goes without saying. */
const HOME_COUNTRY = ' việt nam';
/** The home country opening the words after a name's acronym, a level after it (`MTTQ Việt Nam tỉnh`). */
const HOME_COUNTRY_LEVEL = 'việt nam ';
/** `Ủy ban Kinh tế` and `Ủy ban Kinh tế (của) Quốc hội` name one committee (name-runs.ts, servedBodyAfter). */
const COMMITTEE_PREFIXES = [...COMMITTEE_HEAD_KEYS].map((head) => `${head} `);
const SERVED_BODY_SUFFIXES = [...SERVED_BODY_KEYS].flatMap((body) => [` của ${body}`, ` ${body}`]);
/** `Ngân hàng TMCP Đông Hải` and `Ngân hàng Đông Hải` name one bank: its kind (joint-stock commercial) goes without saying. */
const BANK_HEAD = 'ngân hàng ';
const JOINT_STOCK_BANK_HEADS: readonly string[] = ['ngân hàng tmcp ', 'ngân hàng thương mại cổ phần '];

/**
 * `Công ty cổ phần Thép X` and `Công ty Thép X` name one company: its legal form goes without saying. A one-member
 * limited company's form is three words (`Công ty TNHH MTV Cấp nước X` and `Công ty Cấp nước X`), so the longer
 * forms come first.
 */
const COMPANY_HEAD = 'công ty ';
const COMPANY_FORM_HEADS: readonly string[] = [
  'công ty cổ phần ', 'công ty cp ', 'công ty tnhh mtv ', 'công ty tnhh một thành viên ', 'công ty tnhh ',
];

/**
 * A legal form written short and in full (`Công ty CP X` and `Công ty cổ phần X`, `Ngân hàng TMCP X` and `Ngân hàng
 * Thương mại cổ phần X`): one body, whichever way each mention writes it.
 */
const FORM_HEAD_SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ['công ty cp ', 'công ty cổ phần '],
  ['công ty tnhh ', 'công ty trách nhiệm hữu hạn '],
  ['ngân hàng tmcp ', 'ngân hàng thương mại cổ phần '],
];

/** The key with its legal form written the other way (`công ty cổ phần x` for `công ty cp x`), else null. */
function formRespelled(key: string): string | null {
  for (const [short, long] of FORM_HEAD_SPELLINGS) {
    if (key.startsWith(short) && key.length > short.length) return long + key.slice(short.length);
    if (key.startsWith(long) && key.length > long.length) return short + key.slice(long.length);
  }
  return null;
}

/** Each bare head with the heads that add the body's kind or legal form to it. */
const HEADS_WITH_KIND: ReadonlyArray<readonly [string, readonly string[]]> = [
  [BANK_HEAD, JOINT_STOCK_BANK_HEADS],
  [COMPANY_HEAD, COMPANY_FORM_HEADS],
];

/**
 * The name without its kind or legal form (`ngân hàng đông hải`, `công ty thép x`) when `key` is a joint-stock bank's
 * or a company's that says its form, else null.
 */
function bankWithoutKind(key: string): string | null {
  for (const [bare, kinds] of HEADS_WITH_KIND) {
    const head = kinds.find((kind) => key.startsWith(kind));
    if (head !== undefined) return key.length === head.length ? null : bare + key.slice(head.length);
  }
  return null;
}

/** Company heads without their legal form, longest first: what a company's short name opens with. */
const BARE_COMPANY_HEADS: readonly string[] = ['tổng công ty', 'công ty', 'tập đoàn', 'hợp tác xã'];

/**
 * `công ty tây bắc hưng phát` for `Công ty TNHH May mặc Tây Bắc Hưng Phát`: the head without its legal form and the
 * brand alone, the trade left out, as the article calls the company again; null where the head is none of those.
 */
function companyHeadAndBrand(run: NameRun, brand: string): string | null {
  const bare = BARE_COMPANY_HEADS.find((head) => run.headKey === head || run.headKey.startsWith(`${head} `));
  return bare === undefined ? null : `${bare} ${brand}`;
}

/**
 * `Công ty Than Cẩm Thạch` for `Công ty Than Cẩm Thạch – TKV`: a company named with its parent group's acronym after
 * a dash is the same company without it; null for other names.
 */
function companyWithoutParentAcronym(text: string, tokens: readonly Token[], run: NameRun): string | null {
  if (run.gap !== null || !COMPANY_HEAD_KEYS.has(run.headKey)) return null;
  const parent = tokens[run.endToken - 1];
  const dash = tokens[run.endToken - 2];
  const nameEnd = tokens[run.endToken - 3];
  if (!parent?.acronymLike || (dash?.text !== '–' && dash?.text !== '-') || nameEnd === undefined || run.endToken - 3 < run.firstToken + 1) return null;
  if (nameEnd.end >= dash.start) return null;
  return text.slice(run.start, nameEnd.end);
}

/** `Ban Quản lý X` and `X`: the managing board and the park, the zone, the site it runs are one body. */
const MANAGING_BOARD_PREFIX = 'ban quản lý ';
/** Boards named by their head and its complement alone, which refer back to the one such board named in full. */
const BOARD_KEYS: ReadonlySet<string> = new Set(['ban quản lý', 'ban chỉ đạo']);

/**
 * `Ban Chấp hành Đảng bộ tỉnh X` and `Tỉnh ủy X` name one body: the provincial Party committee is the executive
 * committee its Party organization elects.
 */
const PROVINCIAL_PARTY_EXECUTIVE = 'ban chấp hành đảng bộ tỉnh';
const PROVINCIAL_PARTY_COMMITTEE = 'tỉnh ủy';

/** The other name of a provincial Party committee (`tỉnh ủy x` ↔ `ban chấp hành đảng bộ tỉnh x`), else null. */
function partyCommitteeRenamed(key: string): string | null {
  if (key.startsWith(PROVINCIAL_PARTY_EXECUTIVE) && (key.length === PROVINCIAL_PARTY_EXECUTIVE.length || key[PROVINCIAL_PARTY_EXECUTIVE.length] === ' ')) {
    return PROVINCIAL_PARTY_COMMITTEE + key.slice(PROVINCIAL_PARTY_EXECUTIVE.length);
  }
  if (key.startsWith(PROVINCIAL_PARTY_COMMITTEE) && (key.length === PROVINCIAL_PARTY_COMMITTEE.length || key[PROVINCIAL_PARTY_COMMITTEE.length] === ' ')) {
    return PROVINCIAL_PARTY_EXECUTIVE + key.slice(PROVINCIAL_PARTY_COMMITTEE.length);
  }
  return null;
}

/** `Bộ Tư lệnh Quân khu 3` and `Quân khu 3` name one army unit: the command is the unit's. */
const COMMAND_PREFIX = 'bộ tư lệnh ';
const MILITARY_UNIT_PREFIXES = [...NUMBERED_MILITARY_UNIT_HEAD_KEYS].map((head) => `${head} `);
/**
 * `Bộ Chỉ huy Bộ đội Biên phòng tỉnh X` and `Bộ đội Biên phòng tỉnh (X)`: a province's force and the command that runs
 * it are one body, as a numbered unit and its command are.
 */
const FORCE_COMMAND_PREFIX = 'bộ chỉ huy bộ đội biên phòng ';
const FORCE_COMMAND_HEAD = 'bộ chỉ huy ';

/** The level words before a province's or a centrally run city's name inside an organization's name. */
const PROVINCE_LEVELS: readonly string[] = [' tỉnh ', ' thành phố ', ' tp '];
/** `TP`, the city's level written short: its bare level is written in full (`Trung tâm X thành phố`). */
const CITY_LEVEL_SHORT = ' tp ';

/**
 * The folded key of `name` without the level before the province that ends it (`sở y tế tuyên quang` for `Sở Y tế
 * tỉnh Tuyên Quang`), or null where no level word stands before a place that ends the name (`Ban Tuyên giáo Tỉnh
 * ủy`, `HĐND tỉnh`).
 */
function withoutProvinceLevel(name: string, key: string): string | null {
  for (const level of PROVINCE_LEVELS) {
    const at = key.indexOf(level);
    if (at <= 0 || at + level.length >= key.length) continue;
    if (!isPlace(name.slice(at + level.length))) continue;
    return key.slice(0, at + 1) + key.slice(at + level.length);
  }
  return null;
}

/** The folded key of a name with its province's level up to the level (`công an tỉnh` for `công an tỉnh thanh hóa`). */
function bareLevelKey(key: string): string | undefined {
  for (const level of PROVINCE_LEVELS) {
    const at = key.indexOf(level);
    if (at > 0) return level === CITY_LEVEL_SHORT ? `${key.slice(0, at)} thành phố` : key.slice(0, at + level.length - 1);
  }
  return undefined;
}

/** The level words that may close a body's name with the place left unsaid (`Sở Tư pháp thành phố`). */
const TRAILING_LEVELS: readonly string[] = [' tỉnh', ' thành phố'];
/** Fewest words of a name that a trailing level may be added to or taken from: never a bare head (`Sở tỉnh`). */
const MIN_WORDS_BEFORE_TRAILING_LEVEL = 3;
/** `TP` written for `thành phố` inside a name (`Hội Nông dân TP Cần Thơ`). */
const CITY_SHORT = ' tp ';
const CITY_LONG = ' thành phố ';

/**
 * Other keys of one body by its level: `sở tư pháp` and `sở tư pháp thành phố` (the level alone, the place left
 * unsaid, names the one province's body the article is about), `hội x tp đà nẵng` and `hội x thành phố đà nẵng`.
 */
function levelAliasKeys(key: string): string[] {
  const aliases: string[] = [];
  const trailing = TRAILING_LEVELS.find((level) => key.endsWith(level));
  if (trailing !== undefined) {
    const bare = key.slice(0, -trailing.length);
    if (bare.split(' ').length >= MIN_WORDS_BEFORE_TRAILING_LEVEL) aliases.push(bare);
  } else if (key.split(' ').length >= MIN_WORDS_BEFORE_TRAILING_LEVEL) {
    for (const level of TRAILING_LEVELS) aliases.push(key + level);
  }
  if (key.includes(CITY_SHORT)) aliases.push(key.replace(CITY_SHORT, CITY_LONG));
  else if (key.includes(CITY_LONG)) aliases.push(key.replace(CITY_LONG, CITY_SHORT));
  return aliases;
}

/** Fewest words after the head that a headline's shortened name keeps (`xiếc ninh bình` of `Đoàn Xiếc Ninh Bình`). */
const MIN_HEADLINE_REST_WORDS = 3;

/**
 * Whether a headline's name keeps enough words after its head (`rest`, its key) to stand for a longer name: three
 * words, or two that are no place the gazetteer knows (`Bảo tàng Phố Hiến` for `Bảo tàng Lịch sử - Văn hóa Phố
 * Hiến`, a proper name; `Công an Hà Nội` keeps a province alone, no short form of `Công an quận X Hà Nội`).
 */
function keepsEnoughOfHeadline(name: string, rest: string): boolean {
  const words = rest.trim().split(' ').length;
  if (words >= MIN_HEADLINE_REST_WORDS) return true;
  if (words !== MIN_HEADLINE_REST_WORDS - 1) return false;
  const collapsed = collapseWhitespace(name);
  const last = collapsed.split(' ').slice(-words).join(' ');
  return lookupPlace(last) === null;
}

/**
 * `quỹ bảo lãnh tín dụng đồng nai` of `quỹ bảo lãnh tín dụng cho doanh nghiệp nhỏ và vừa tỉnh đồng nai`: the short
 * key keeps the long one's first words past its head and its last words (its place), the middle left out.
 */
function keptEnds(shortKey: string, longKey: string): boolean {
  const shortWords = shortKey.split(' ');
  const longWords = longKey.split(' ');
  let first = 0;
  while (first < shortWords.length && shortWords[first] === longWords[first]) first += 1;
  let last = 0;
  while (last < shortWords.length - first && shortWords[shortWords.length - 1 - last] === longWords[longWords.length - 1 - last]) last += 1;
  return first + last === shortWords.length && last > 0;
}

class EntityIndex {
  /** Every entity, in the order it was made. */
  readonly drafts: EntityDraft[] = [];
  private readonly byName = new Map<string, EntityDraft>();
  /** Made on the first acronym (most articles give none). */
  private byAcronym: Map<string, EntityDraft> | null = null;
  /** Names repeat: each one's key, worked out once. */
  private readonly keyByName = new Map<string, string>();

  /** @param longByHeadAcronym a defined acronym that heads names (`ubnd` → `ủy ban nhân dân`), by folded key. */
  constructor(private readonly longByHeadAcronym: ReadonlyMap<string, string> = NO_NAMES) {
    for (const [acronym, long] of longByHeadAcronym) this.shortHeads.push([`${long} `, `${acronym} `]);
  }

  /** The defined acronyms that head names, the other way (`ủy ban nhân dân ` → `ubnd `): few, most articles none. */
  private readonly shortHeads: Array<readonly [string, string]> = [];

  /** Whether `longKey` spells out the defined acronym `key` starts with (`ủy ban nhân dân huyện x`, `ubnd huyện x`). */
  private spellsOutHead(longKey: string, key: string): boolean {
    for (const [long, short] of this.shortHeads) if (longKey.startsWith(long) && key.startsWith(short)) return true;
    return false;
  }

  /** Other folded keys the same organization goes by: `ubnd huyện x` ↔ `ủy ban nhân dân huyện x`, `(trường) đại học x`. */
  private aliasKeys(key: string): string[] {
    const aliases: string[] = [];
    const space = key.indexOf(' ');
    const long = space > 0 ? this.longByHeadAcronym.get(key.slice(0, space)) : undefined;
    if (long) aliases.push(`${long}${key.slice(space)}`);
    // `UBND huyện X` in the headline, `Ủy ban nhân dân (UBND) huyện X` after it: the spelled-out name comes later.
    for (const [longHead, shortHead] of this.shortHeads) if (key.startsWith(longHead)) aliases.push(shortHead + key.slice(longHead.length));
    if (key.startsWith(UNIVERSITY_PREFIX + UNIVERSITY_HEAD)) aliases.push(key.slice(UNIVERSITY_PREFIX.length));
    else if (key.startsWith(UNIVERSITY_HEAD)) aliases.push(UNIVERSITY_PREFIX + key);
    for (const [short, long] of HEAD_SHORT_FORMS) {
      if (key.startsWith(short)) aliases.push(long + key.slice(short.length));
      else if (key.startsWith(long)) aliases.push(short + key.slice(long.length));
    }
    // A name and the same name with the country (never a bare head: `Bộ Việt Nam` is no name).
    if (key.endsWith(HOME_COUNTRY)) {
      const withoutCountry = key.slice(0, -HOME_COUNTRY.length);
      if (withoutCountry.includes(' ')) aliases.push(withoutCountry);
    } else {
      aliases.push(key + HOME_COUNTRY);
    }
    if (key.startsWith('clb ') || key.startsWith('câu lạc bộ ')) aliases.push(...clubAliasKeys(key));
    const respelled = formRespelled(key);
    if (respelled !== null) aliases.push(respelled);
    const bank = bankWithoutKind(key);
    if (bank !== null) aliases.push(bank);
    else {
      for (const [bare, kinds] of HEADS_WITH_KIND) {
        if (key.startsWith(bare) && key.length > bare.length) for (const kind of kinds) aliases.push(kind + key.slice(bare.length));
      }
    }
    // `Ban Quản lý Vườn quốc gia Pù Làng` and `Vườn quốc gia Pù Làng`: the board stands for the body it runs.
    if (key.startsWith(MANAGING_BOARD_PREFIX)) {
      if (key.indexOf(' ', MANAGING_BOARD_PREFIX.length) > 0) aliases.push(key.slice(MANAGING_BOARD_PREFIX.length));
    } else if (key.includes(' ')) {
      aliases.push(MANAGING_BOARD_PREFIX + key);
    }
    aliases.push(...levelAliasKeys(key));
    const partyCommittee = partyCommitteeRenamed(key);
    if (partyCommittee !== null) aliases.push(partyCommittee);
    if (key.startsWith(COMMAND_PREFIX)) aliases.push(key.slice(COMMAND_PREFIX.length));
    else if (key.startsWith(FORCE_COMMAND_PREFIX)) aliases.push(key.slice(FORCE_COMMAND_HEAD.length));
    else if (MILITARY_UNIT_PREFIXES.some((prefix) => key.startsWith(prefix))) aliases.push(COMMAND_PREFIX + key);
    if (COMMITTEE_PREFIXES.some((prefix) => key.startsWith(prefix))) {
      const served = SERVED_BODY_SUFFIXES.find((suffix) => key.endsWith(suffix));
      if (served === undefined) for (const suffix of SERVED_BODY_SUFFIXES) aliases.push(key + suffix);
      else if (!COMMITTEE_PREFIXES.some((prefix) => key === prefix + served.trimStart())) aliases.push(key.slice(0, -served.length));
    }
    return aliases;
  }

  /**
   * `HTX Thanh Điền` after `Hợp tác xã (HTX) Nông nghiệp Thanh Điền`: a defined acronym of the head, then the last two
   * words or more of a name of that head, its middle left out. The one entity so named, else undefined.
   */
  withMiddleLeftOut(key: string): EntityDraft | undefined {
    const space = key.indexOf(' ');
    const long = space > 0 ? this.longByHeadAcronym.get(key.slice(0, space)) : undefined;
    const rest = key.slice(space);
    if (long === undefined || rest.indexOf(' ', 1) < 0) return undefined;
    let found: EntityDraft | undefined;
    for (let position = 0; position < this.drafts.length; position += 1) {
      const draft = this.drafts[position] as EntityDraft;
      if (draft.key.length <= long.length + rest.length || !draft.key.startsWith(`${long} `) || !draft.key.endsWith(rest)) continue;
      if (found !== undefined && found !== draft) return undefined;
      found = draft;
    }
    return found;
  }

  named(key: string): EntityDraft | undefined {
    return this.byName.get(key);
  }

  /**
   * `Đoàn Xiếc Ninh Bình` in the headline for `Đoàn Nghệ thuật Xiếc Ninh Bình` in the text: headlines shorten a name by
   * leaving out words after its head. The one entity named only in the headline (it ends at `headlineEnd`) whose key
   * is `nameKey`'s head (`headKey`) and its last three words or more (a field and its place, not a place alone: `Công
   * an Hà Nội` is no short form of `Công an quận X Hà Nội`), the middle left out; else undefined.
   */
  headlineShortening(nameKey: string, headKey: string, headlineEnd: number): EntityDraft | undefined {
    if (!nameKey.startsWith(`${headKey} `)) return undefined;
    let found: EntityDraft | undefined;
    for (let position = 0; position < this.drafts.length; position += 1) {
      const draft = this.drafts[position] as EntityDraft;
      const rest = draft.key.slice(headKey.length);
      if (!draft.key.startsWith(`${headKey} `) || !keepsEnoughOfHeadline(draft.name, rest) || draft.key.length >= nameKey.length
        || !(nameKey.endsWith(rest) || keptEnds(draft.key, nameKey))) continue;
      if (draft.mentions.some((mention) => mention.end > headlineEnd)) continue;
      if (found !== undefined && found !== draft) return undefined;
      found = draft;
    }
    return found;
  }

  /** The entity named `key` whose every mention ends by `before` (the headline's end), or undefined. */
  namedOnlyBefore(key: string, before: number): EntityDraft | undefined {
    const draft = this.byName.get(key);
    return draft !== undefined && draft.mentions.every((mention) => mention.end <= before) ? draft : undefined;
  }

  /** Whether a name of this folded key, or one of its aliases, has an entity already. */
  knows(key: string): boolean {
    if (this.byName.has(key)) return true;
    const aliases = this.aliasKeys(key);
    for (let alias = 0; alias < aliases.length; alias += 1) if (this.byName.has(aliases[alias] as string)) return true;
    return false;
  }

  withAcronym(acronym: string): EntityDraft | undefined {
    return this.byAcronym?.get(acronym);
  }

  /** The folded key of a name from the document's text. */
  keyOf(name: string): string {
    let key = this.keyByName.get(name);
    if (key === undefined) {
      key = documentKey(name);
      this.keyByName.set(name, key);
    }
    return key;
  }

  /** The entity for a name from the document's text, made on first sight. */
  entityFor(name: string): EntityDraft {
    const key = this.keyOf(name);
    const existing = this.byName.get(key);
    if (existing) return existing;
    const aliases = this.aliasKeys(key);
    for (let alias = 0; alias < aliases.length; alias += 1) {
      const named = this.byName.get(aliases[alias] as string);
      if (named) {
        this.byName.set(key, named);
        // The fuller name is the entity's: with the country, with the body a committee serves.
        if (key.length > this.keyOf(named.name).length && (key.startsWith(named.key) || this.spellsOutHead(key, named.key)
          || key === MANAGING_BOARD_PREFIX + this.keyOf(named.name)
          || SCHOOL_KIND_SHORT_FORMS.some(([short, long]) => key.startsWith(long) && named.key.startsWith(short))
          || bankWithoutKind(key) === this.keyOf(named.name))) {
          named.name = collapseWhitespace(name);
        }
        return named;
      }
    }
    // `Sở Y tế Tuyên Quang` in the headline, `Sở Y tế tỉnh Tuyên Quang` after it (or the other way): one body, named
    // by the form with the province's level.
    const withoutLevel = withoutProvinceLevel(collapseWhitespace(name), key);
    const unlevelled = this.byLevelFree.get(withoutLevel ?? key);
    if (unlevelled !== undefined) {
      this.byName.set(key, unlevelled);
      if (withoutLevel !== null && withoutLevel === unlevelled.key) unlevelled.name = collapseWhitespace(name);
      // `Thanh tra Đắk Lắk`, then `Thanh tra tỉnh Đắk Lắk`: the level alone (`Thanh tra tỉnh`) names that body too.
      this.noteBareLevel(withoutLevel === null ? undefined : bareLevelKey(key), unlevelled);
      return unlevelled;
    }
    // `Bệnh viện Đa khoa tỉnh` and `Bệnh viện Đa khoa tỉnh Tuyên Quang`, either first: the province's body, named
    // with and without its province, when the article names it with one province only.
    const levelled = withoutLevel === null ? this.byBareLevel.get(key) ?? this.byBareLevel.get(headSpelledOut(key) ?? key) : undefined;
    if (levelled) {
      this.byName.set(key, levelled);
      return levelled;
    }
    const bareLevel = withoutLevel === null ? undefined : bareLevelKey(key);
    const bare = bareLevel === undefined ? undefined : this.byName.get(bareLevel);
    if (bareLevel !== undefined && bare !== undefined && bare.key === bareLevel && !this.byBareLevel.has(bareLevel)) {
      this.byName.set(key, bare);
      this.byLevelFree.set(withoutLevel ?? key, bare);
      this.byBareLevel.set(bareLevel, bare);
      bare.name = collapseWhitespace(name);
      return bare;
    }
    // `Ban Quản lý` after `Ban Quản lý Vườn quốc gia Pù Làng`: the one board of that kind named before.
    if (BOARD_KEYS.has(key)) {
      const board = this.onlyDraftStarting(`${key} `);
      if (board !== undefined) return board;
    }
    const draft: EntityDraft = { key, name: collapseWhitespace(name), acronym: null, mentions: [] };
    this.byName.set(key, draft);
    this.byLevelFree.set(withoutLevel ?? key, draft);
    this.noteBareLevel(bareLevel, draft);
    if (bareLevel?.startsWith(FORCE_COMMAND_PREFIX)) this.noteBareLevel(bareLevel.slice(FORCE_COMMAND_HEAD.length), draft);
    this.drafts.push(draft);
    return draft;
  }

  /** `draft` is named with a province's level and place: the name up to the level (`bareLevel`) may name it. */
  private noteBareLevel(bareLevel: string | undefined, draft: EntityDraft): void {
    if (bareLevel === undefined) return;
    const known = this.byBareLevel.get(bareLevel);
    // A second province's body of the same head: the bare level names neither.
    if (known === undefined) this.byBareLevel.set(bareLevel, draft);
    else if (known !== draft) this.byBareLevel.set(bareLevel, null);
  }

  /** The one entity whose key starts with `prefix`, else undefined (none or several). */
  private onlyDraftStarting(prefix: string): EntityDraft | undefined {
    let found: EntityDraft | undefined;
    for (let position = 0; position < this.drafts.length; position += 1) {
      const draft = this.drafts[position] as EntityDraft;
      if (!draft.key.startsWith(prefix) && !this.keyOf(draft.name).startsWith(prefix)) continue;
      if (found !== undefined && found !== draft) return undefined;
      found = draft;
    }
    return found;
  }

  /** Entities named with a province's level and place, by the key of their name up to the level (`công an tỉnh`). */
  private readonly byBareLevel = new Map<string, EntityDraft | null>();

  /** Entities by their folded key without the province's level (`sở y tế tuyên quang` for `Sở Y tế tỉnh Tuyên Quang`). */
  private readonly byLevelFree = new Map<string, EntityDraft>();

  /** Another name the entity goes by (a short form in brackets): later mentions of it refer to the entity. */
  addAlias(name: string, draft: EntityDraft): void {
    const key = this.keyOf(name);
    if (!this.byName.has(key)) this.byName.set(key, draft);
  }

  setAcronym(draft: EntityDraft, acronym: string): void {
    if (draft.acronym === null) draft.acronym = acronym;
    this.byAcronym ??= new Map<string, EntityDraft>();
    if (!this.byAcronym.has(acronym)) this.byAcronym.set(acronym, draft);
  }
}

/** Whether the text writes a known acronym as a word, asked once per acronym. Known acronyms start with a capital. */
class WrittenAcronyms {
  /** Made on the first question (most articles name no organization with a well-known acronym). */
  private writtenByAcronym: Map<string, boolean> | null = null;

  constructor(private readonly words: NameTokens) {}

  writes(acronym: string): boolean {
    this.writtenByAcronym ??= new Map<string, boolean>();
    let written = this.writtenByAcronym.get(acronym);
    if (written === undefined) {
      written = this.findWritten(acronym);
      this.writtenByAcronym.set(acronym, written);
    }
    return written;
  }

  /** Whether the text writes `word` as a word outside `span` (a name's own words are not a mention of it alone). */
  writesOutside(word: string, span: TextSpan): boolean {
    return this.findWritten(word, span);
  }

  private findWritten(acronym: string, outside: TextSpan | null = null): boolean {
    const { proper, tokens } = this.words;
    for (let index = 0; index < proper.length; index += 1) {
      const token = tokens[proper[index] as number];
      if (token?.text === acronym && (outside === null || token.start < outside.start || token.start >= outside.end)) return true;
    }
    return false;
  }
}

/** A mention of an entity that short forms may refer back to, with the keys of the entity's name they may use. */
interface DraftMention extends TextSpan {
  readonly draft: EntityDraft;
  readonly keys: readonly string[];
}

/** The keys that are the first words of `nameKey`, never the whole of it: `tổng cục` heads `tổng cục thuế`. */
function keysHeading(keys: readonly string[], nameKey: string): string[] {
  const heading: string[] = [];
  for (const key of keys) {
    if (nameKey.length > key.length && nameKey.startsWith(key) && nameKey[key.length] === ' ') heading.push(key);
  }
  return heading;
}

function byStart(a: { readonly start: number }, b: { readonly start: number }): number {
  return a.start - b.start;
}

/** Between two items of a list of names: a comma, `và`, `hoặc`. */
const LIST_LINK = /^\s*(?:,\s*(?:và\s+|hoặc\s+)?|và\s+|hoặc\s+)$/u;
/** Longest text between two listed names that LIST_LINK is asked about. */
const MAX_LIST_LINK_LENGTH = 12;

/** The last mention of a key's organizations before a short form, and whether it is an item of a list of them. */
interface KeyReferent {
  readonly mention: DraftMention;
  listed: boolean;
  /** The last mention of the key no item of a list before this one. */
  readonly unlistedBefore: DraftMention | null;
}

/**
 * Joins each short form that refers back (a bare head, `Tổng cục`, `Viện`; a head and a level, `UBND huyện`) to the
 * organization mentioned last before it whose name starts with one of its keys, in one sweep over the mentions in
 * text order. Only the entities whose name starts with one of the keys take part. Names listed together (`Bệnh viện
 * Bạch Mai, Bệnh viện Chợ Rẫy`) are examples, not what the article goes on about: a short form refers to one of
 * them only when no organization of its keys was named alone before. `references` come left to right.
 */
function joinShortForms(text: string, drafts: readonly EntityDraft[], references: readonly ReferringMention[]): ReferringMention[] {
  const unresolved: ReferringMention[] = [];
  if (references.length === 0) return unresolved;
  const uniqueKeys = new Set<string>();
  for (const reference of references) for (const key of reference.keys) uniqueKeys.add(key);
  const keys = [...uniqueKeys];
  const mentions: DraftMention[] = [];
  for (const draft of drafts) {
    const draftKeys = keysHeading(keys, draft.key);
    if (draftKeys.length === 0) continue;
    for (const mention of draft.mentions) mentions.push({ start: mention.start, end: mention.end, draft, keys: draftKeys });
  }
  sortStably(mentions, byStart);
  const lastByKey = new Map<string, KeyReferent>();
  let next = 0;
  for (const reference of references) {
    for (; next < mentions.length && (mentions[next]?.start ?? Infinity) < reference.start; next += 1) {
      const mention = mentions[next];
      if (mention) for (const key of mention.keys) lastByKey.set(key, referentAfter(text, lastByKey.get(key), mention));
    }
    // The latest of the organizations its keys name, one named alone over one in a list.
    let referent: DraftMention | null = null;
    let listedReferent: DraftMention | null = null;
    for (const key of reference.keys) {
      const last = lastByKey.get(key);
      if (!last) continue;
      const unlisted = last.listed ? last.unlistedBefore : last.mention;
      if (unlisted && (!referent || unlisted.start > referent.start)) referent = unlisted;
      if (!listedReferent || last.mention.start > listedReferent.start) listedReferent = last.mention;
    }
    const joined = referent ?? listedReferent;
    if (joined) joined.draft.mentions.push({ start: reference.start, end: reference.end });
    else if (reference.ownName) unresolved.push(reference);
  }
  return unresolved;
}

/**
 * `Công an tỉnh`, `Ủy ban nhân dân (UBND) tỉnh`: short forms of a level that refer to no organization named before. Each
 * joins an organization of its keys named after it (`UBND tỉnh` ... `UBND tỉnh Bình Định`), else the one an earlier
 * such short form made (`Ủy ban nhân dân tỉnh` ... `UBND tỉnh`), else makes its own of the name it is written with.
 */
function joinOwnNamedLevels(index: EntityIndex, references: readonly ReferringMention[]): void {
  const named = index.drafts.length;
  const byKey = new Map<string, EntityDraft>();
  for (let position = 0; position < references.length; position += 1) {
    const reference = references[position] as ReferringMention;
    const ownName = reference.ownName;
    if (!ownName) continue;
    let draft: EntityDraft | undefined;
    for (const key of reference.keys) draft ??= byKey.get(key);
    for (let other = 0; other < named && draft === undefined; other += 1) {
      const candidate = index.drafts[other] as EntityDraft;
      if (keysHeading(reference.keys, candidate.key).length > 0) draft = candidate;
    }
    if (draft === undefined) {
      draft = index.entityFor(ownName.name);
      if (ownName.acronym !== null) index.setAcronym(draft, ownName.acronym);
    }
    for (const key of reference.keys) if (!byKey.has(key)) byKey.set(key, draft);
    draft.mentions.push({ start: reference.start, end: reference.end });
  }
}

/** A key's last mention once `mention` follows `previous`: both items of a list when only a list's link is between. */
function referentAfter(text: string, previous: KeyReferent | undefined, mention: DraftMention): KeyReferent {
  if (!previous) return { mention, listed: false, unlistedBefore: null };
  const gap = mention.start - previous.mention.end;
  const listed = previous.mention.draft !== mention.draft && gap > 0 && gap <= MAX_LIST_LINK_LENGTH
    && LIST_LINK.test(text.slice(previous.mention.end, mention.start));
  if (!listed) return { mention, listed: false, unlistedBefore: previous.listed ? previous.unlistedBefore : previous.mention };
  previous.listed = true;
  return { mention, listed: true, unlistedBefore: previous.unlistedBefore };
}

/**
 * `Tổng cục TCĐLCL`, `Bộ KH&CN`: each head-and-acronym run joins the organization whose full name the acronym
 * abbreviates, else one of its own.
 */
function joinHeadAcronyms(
  text: string,
  index: EntityIndex,
  headAcronymRuns: readonly { readonly run: NameRun; readonly parts: HeadAcronym }[],
  acronyms: readonly AcronymSpan[],
  namesWithoutPlace: ReadonlyMap<string, string>,
  longByAcronymKey: ReadonlyMap<string, string>,
  writtenLongByAcronym: ReadonlyMap<string, string>,
): void {
  const fullNames = new Set<string>();
  for (let draft = 0; draft < index.drafts.length; draft += 1) fullNames.add((index.drafts[draft] as EntityDraft).key);
  const referents = new Map<string, string | null>();
  for (let position = 0; position < headAcronymRuns.length; position += 1) {
    const { run, parts } = headAcronymRuns[position] as { readonly run: NameRun; readonly parts: HeadAcronym };
    // The head's key is its words' keys joined, which is what folding the head's text gives.
    const head = run.headKey;
    const pairKey = `${head}\u0000${parts.acronym}\u0000${parts.restKey ?? ''}`;
    if (!referents.has(pairKey)) referents.set(pairKey, headAcronymReferentByHead(head, parts.acronym, acronyms, fullNames, parts.restKey, namesWithoutPlace));
    const written = text.slice(run.start, run.end);
    const referent = referents.get(pairKey) ?? (parts.restKey === null ? unitOfBodyNamed(index.keyOf(written), fullNames) : null);
    const draft = (referent !== null ? index.named(referent) : undefined)
      ?? (index.knows(index.keyOf(written)) ? undefined : namedWithAcronymSpelledOut(index, written, longByAcronymKey, writtenLongByAcronym, namesWithoutPlace))
      ?? index.entityFor(written);
    draft.mentions.push({ start: run.start, end: run.end });
  }
}

/**
 * `Phòng CSGT Công an tỉnh Nghệ An`, then `Phòng CSGT`: a unit named with the body it belongs to, then without it.
 * The one name among `names` (folded) that is `unitKey` and another organization of `names` after it, else null.
 */
function unitOfBodyNamed(unitKey: string, names: ReadonlySet<string>): string | null {
  let found: string | null = null;
  for (const name of names) {
    if (!name.startsWith(`${unitKey} `) || !startsWithBody(name.slice(unitKey.length + 1), names)) continue;
    if (found !== null) return null;
    found = name;
  }
  return found;
}

/** Most words of an organization's head (`ủy ban nhân dân`). */
const MAX_HEAD_WORDS = 4;

/** The folded words are an organization of `names`, or start with an organization's head (`công an tỉnh hà tĩnh`). */
function startsWithBody(rest: string, names: ReadonlySet<string>): boolean {
  if (names.has(rest)) return true;
  const words = rest.split(' ');
  for (let count = Math.min(MAX_HEAD_WORDS, words.length - 1); count > 0; count -= 1) {
    if (ORGANIZATION_HEAD_PHRASES.has(words.slice(0, count).join(' '))) return true;
  }
  return false;
}

/** Heads written by their acronym → the head spelled out. */
const HEAD_OF_ACRONYM_HEAD: ReadonlyMap<string, string> = new Map([['htx', 'hợp tác xã']]);

/**
 * Heads whose longer form names the body that bodies of the shorter one belong to: an academy (`Viện Hàn lâm`) holds
 * institutes (`Viện Khoa học vật liệu (Viện Hàn lâm Khoa học và Công nghệ Việt Nam)`: the parent, not another name).
 */
const PARENT_HEAD_KEYS: ReadonlyMap<string, string> = new Map([['viện', 'viện hàn lâm']]);

/**
 * `Trường Sĩ quan Lục quân 2 (Trường Đại học Nguyễn Huệ)`: a whole name of the same head in brackets right after a
 * name, the brackets holding nothing else, is another name of the same body (its civil name), no second body.
 */
function isBracketedOtherName(tokens: readonly Token[], run: NameRun, other: NameRun): boolean {
  if (run.bare || other.bare || other.kind !== 'organization' || run.kind !== 'organization') return false;
  if (other.headKey !== run.headKey && !other.headKey.startsWith(`${run.headKey} `)) return false;
  if (PARENT_HEAD_KEYS.get(run.headKey) === other.headKey) return false;
  return tokens[run.endToken]?.text === '(' && other.firstToken === run.endToken + 1 && tokens[other.endToken]?.text === ')';
}

/**
 * `Công ty TNHH Thương mại Linh Đan Beauty (Công ty Linh Đan)`: a name in brackets right after a full one, with the
 * same head and some of its words in order, is the short form the article then uses for it, no second organization.
 * An acronym among them stands for the words its initials spell (`Ban Quản lý dự án ... giao thông thành phố (Ban QLDA
 * Giao thông)`).
 */
function isBracketedShortForm(tokens: readonly Token[], run: NameRun, short: NameRun): boolean {
  if (run.bare || short.bare || short.kind !== 'organization') return false;
  // The same head, or its first words (`Công ty TNHH ...`, then `Công ty ...`).
  // Or its acronym (`Hợp tác xã Nông nghiệp Mỹ Xương (HTX Mỹ Xương)`).
  const shortHead = HEAD_OF_ACRONYM_HEAD.get(short.headKey) ?? short.headKey;
  if (shortHead !== run.headKey && !run.headKey.startsWith(`${shortHead} `)) return false;
  if (tokens[run.endToken]?.text !== '(' || short.firstToken !== run.endToken + 1 || tokens[short.endToken]?.text !== ')') return false;
  const headWords = tokenAfterHeadIndex(tokens, short) - short.firstToken;
  let from = run.firstToken + headWords;
  let taken = 0;
  for (let word = short.firstToken + headWords; word < short.endToken; word += 1) {
    const key = tokens[word]?.key;
    const spelledEnd = spelledFrom(tokens, tokens[word], from, run.endToken);
    if (spelledEnd > 0) {
      from = spelledEnd;
      taken += 1;
      continue;
    }
    while (from < run.endToken && tokens[from]?.key !== key) from += 1;
    if (from >= run.endToken) return false;
    from += 1;
    taken += 1;
  }
  return taken > 0 && short.endToken - short.firstToken < run.endToken - run.firstToken;
}

/**
 * Where the words that an acronym `word` spells end, the first such words found from token `from` on, before `end`;
 * 0 where `word` is no acronym or nothing there spells it.
 */
function spelledFrom(tokens: readonly Token[], word: Token | undefined, from: number, end: number): number {
  const letters = word?.acronymLike === true ? acronymLetters(word.text) : null;
  if (letters === null) return 0;
  for (let start = from; start + letters.length <= end; start += 1) {
    const spelled = matchInitialsForward(tokens, start, letters);
    if (spelled > start && spelled <= end) return spelled;
  }
  return 0;
}

/** Index of the first token after a run's head. */
function tokenAfterHeadIndex(tokens: readonly Token[], run: NameRun): number {
  let index = run.firstToken;
  while (index < run.endToken && (tokens[index]?.end ?? Infinity) <= run.headEnd) index += 1;
  return index;
}

/**
 * The words before the bracket of a run whose acronym in brackets is its field's, the parent body after it (`Cơ quan
 * Cảnh sát điều tra` of `Cơ quan Cảnh sát điều tra (CSĐT) Công an tỉnh X`); else null.
 */
function fieldNameBeforeParent(text: string, words: NameTokens, run: NameRun): string | null {
  if (run.gap === null) return null;
  const { tokens } = words;
  let bracket = run.firstToken;
  while (bracket < run.endToken && (tokens[bracket]?.start ?? Infinity) < run.gap.start) bracket += 1;
  if (tokens[bracket]?.start !== run.gap.start || !fieldAcronymBeforeParent(words, tokenAfterHeadIndex(tokens, run), bracket)) return null;
  return text.slice(run.start, run.gap.start).trimEnd();
}

/** A company a brand names and where the company was first named. */
interface BrandOwner {
  readonly owner: EntityDraft;
  readonly after: number;
}

/** The acronyms stage's rule for a company's acronym after its unit's name (acronyms/parenthesized.ts). */
const COMPANY_AFTER_UNIT_RULE = 'company-after-unit';

// Shared empty answers for what most articles lack: no acronym, no brand.
const NO_NAMES: ReadonlyMap<string, string> = new Map();
const NO_ACRONYMS: readonly AcronymSpan[] = [];
const NO_BRAND_MENTIONS: readonly BrandMention<EntityDraft>[] = [];

export function extractOrganizations(
  text: string,
  acronyms: readonly AcronymSpan[],
  tokens: readonly Token[] = tokenize(text),
  attribution: TextSpan | null = null,
): OrganizationEntity[] {
  const runs = findNameRuns(text, tokens);
  // The headline, the text's first line (-1 for a text of one line): names in it may be shortened.
  const headlineEnd = text.indexOf('\n');
  // Made only for an article that defines acronyms (most define none).
  let shortByLong: Map<string, string> | null = null;
  let longByHeadAcronym: Map<string, string> | null = null;
  let longByNamedShort: Map<string, string> | null = null;
  // Every defined acronym's long form, by the acronym's folded key (`csgt` → `cảnh sát giao thông`).
  let longByAcronymKey: Map<string, string> | null = null;
  // The same long forms as the text writes them, by the acronym as written (`CSGT` → `Cảnh sát giao thông`).
  let writtenLongByAcronym: Map<string, string> | null = null;
  // A company's acronym after its unit's name (`Khối Phân tích Công ty X (XS)`, acronyms/): by where the company's name
  // ends, so the run of unit and company carries it.
  let companyAcronymByEnd: Map<number, string> | null = null;
  if (acronyms.length > 0) {
    shortByLong = new Map<string, string>();
    longByHeadAcronym = new Map<string, string>();
    longByAcronymKey = new Map<string, string>();
    for (let position = 0; position < acronyms.length; position += 1) {
      const acronym = acronyms[position] as AcronymSpan;
      // Both forms are the document's text (acronyms/).
      const long = foldDocumentText(acronym.long);
      if (acronym.rule === COMPANY_AFTER_UNIT_RULE) (companyAcronymByEnd ??= new Map<number, string>()).set(acronym.start + acronym.long.length, acronym.short);
      // Two acronyms for one name (`Liên hợp quốc (LHQ)`, then `Liên hợp quốc (UN)`): the well-known one, else the first.
      const defined = shortByLong.get(long);
      if (defined === undefined || (defined !== acronym.short && KNOWN_ORGANIZATION_LONG_FORM_ACRONYMS.get(long) === acronym.short)) {
        shortByLong.set(long, acronym.short);
      }
      if (ORGANIZATION_HEAD_PHRASES.has(long)) longByHeadAcronym.set(foldDocumentText(acronym.short), long);
      const shortKey = foldDocumentText(acronym.short);
      if (!longByAcronymKey.has(shortKey)) {
        longByAcronymKey.set(shortKey, long);
        (writtenLongByAcronym ??= new Map<string, string>()).set(acronym.short, collapseWhitespace(acronym.long));
      }
      // `Ban QLDA 2` ← `Ban Quản lý dự án 2`: a short form of a head, an acronym and more is a name of its own; so is
      // one headed by a head's acronym (`UBND TP X` ← `Ủy ban nhân dân TP X`, `TAND tỉnh X` ← `Tòa án nhân dân tỉnh X`).
      const shortSpace = acronym.short.indexOf(' ');
      if (shortSpace > 0 && (acronym.long.startsWith(acronym.short.slice(0, shortSpace + 1))
        || ORGANIZATION_HEAD_PHRASES.has(foldDocumentText(acronym.short.slice(0, shortSpace))))) {
        (longByNamedShort ??= new Map<string, string>()).set(acronym.short, acronym.long);
      }
    }
  }
  const index = new EntityIndex(longByHeadAcronym ?? NO_NAMES);
  const words = nameTokens(text, tokens);
  const writtenAcronyms = new WrittenAcronyms(words);

  const headAcronymRuns: { run: NameRun; parts: HeadAcronym }[] = [];
  // Folded names without the place they end with → the name: what a head and an acronym alone may refer to. Made
  // on the first such name, as the brands are.
  let namesWithoutPlace: Map<string, string> | null = null;
  // The folded names without a place that two organizations were named with: a short form of either.
  let ambiguousPlaceless: Set<string> | null = null;
  // Companies' brands (`Cao Nguyên Xanh`) → the company and where it was first named.
  let brands: Map<string, BrandOwner> | null = null;
  // Bodies named bare first that a name with a place has since taken (`Sở Công Thương`, then `... TP Cần Thơ`).
  let placedBare: Set<EntityDraft> | null = null;
  const companiesByBrand = companiesByBrandForPlants(words, runs);
  for (let position = 0; position < runs.length; position += 1) {
    const run = runs[position] as NameRun;
    if (run.kind !== 'organization' || (run.bare && !run.complete)) continue;
    const name = run.gap ? `${text.slice(run.start, run.gap.start).trimEnd()} ${text.slice(run.gap.end, run.end).trimStart()}` : text.slice(run.start, run.end);
    if (mayStartPlaceAtWordKey(tokens[run.firstToken]?.key ?? '') && isPlace(name)) continue;
    // `Nhà máy đóng tàu Cửa Lục` and `Công ty cổ phần Công nghiệp Tàu thủy Cửa Lục`: a plant named with a company's
    // brand is the company's, whichever is named first.
    const plantOwner = companiesByBrand !== null ? companiesByBrand.get(plantBrand(words, run) ?? '') : undefined;
    if (plantOwner !== undefined) {
      const owner = index.named(index.keyOf(plantOwner)) ?? index.entityFor(plantOwner);
      index.addAlias(name, owner);
      owner.mentions.push({ start: run.start, end: run.end });
      continue;
    }
    // `Ban QLDA 2`, defined as `Ban Quản lý dự án 2 (Ban QLDA 2)`: the body the long form names, wherever written.
    const longOfShort = longByNamedShort?.get(name);
    if (longOfShort !== undefined) {
      const named = index.entityFor(longOfShort);
      index.setAcronym(named, name);
      named.mentions.push({ start: run.start, end: run.end });
      continue;
    }
    // `Ngân hàng Chính sách xã hội (NHCSXH) chi nhánh tỉnh Thái Nguyên`: the bank with its acronym is named too.
    const branchOf = bodyOfTieredBranch(text, words, run);
    if (branchOf !== null) {
      const bodyName = text.slice(run.start, branchOf);
      const body = index.named(index.keyOf(bodyName)) ?? index.entityFor(bodyName);
      body.mentions.push({ start: run.start, end: branchOf });
      const bodyAcronym = shortByLong?.get(index.keyOf(bodyName));
      if (bodyAcronym !== undefined) index.setAcronym(body, bodyAcronym);
    }
    const acronymOfRun = headAcronym(text, run, tokens);
    if (acronymOfRun !== null) {
      headAcronymRuns.push({ run, parts: acronymOfRun });
      continue;
    }
    // `Sở Y tế Quảng Ngãi`, then `Sở Y tế`: a name without the place of one named before refers back to it, when
    // one name only was so named (`Cục Thuế Hà Nội` and `Cục Thuế Cần Thơ` leave `Cục Thuế` unresolved).
    const nameKey = index.keyOf(name);
    const referred = namesWithoutPlace !== null && !index.knows(nameKey) && !ambiguousPlaceless?.has(nameKey)
      ? namesWithoutPlace.get(nameKey)
      : undefined;
    const spelledOut = referred === undefined && longByAcronymKey !== null && !index.knows(nameKey)
      ? namedWithAcronymSpelledOut(index, name, longByAcronymKey, writtenLongByAcronym ?? NO_NAMES, namesWithoutPlace)
      : undefined;
    const shortened = referred === undefined && spelledOut === undefined && longByHeadAcronym !== null && !index.knows(nameKey)
      ? index.withMiddleLeftOut(nameKey)
      : undefined;
    const placeless = nameWithoutTrailingPlace(text, name, run, words);
    // `Sở Công Thương` in the headline, `Sở Công Thương TP Cần Thơ` after it: the name without its place, named
    // first, is this body, when no other name with a place took it and the place is no country (`Bộ Ngoại giao`, then
    // `Bộ Ngoại giao Trung Quốc`, are two).
    const namedBare = referred === undefined && spelledOut === undefined && shortened === undefined && placeless !== null && !index.knows(nameKey)
      ? index.named(index.keyOf(placeless))
      : undefined;
    const bareFirst = namedBare !== undefined && namedBare.key === index.keyOf(placeless ?? '') && !placedBare?.has(namedBare)
      && !endsWithCountry(text, run, words) && placesNamedWith(text, runs, words, index, namedBare.key) === 1 ? namedBare : undefined;
    if (bareFirst !== undefined) {
      (placedBare ??= new Set<EntityDraft>()).add(bareFirst);
      bareFirst.name = collapseWhitespace(name);
      index.addAlias(name, bareFirst);
    }
    // `Đoàn Xiếc Ninh Bình` in the headline, `Đoàn Nghệ thuật Xiếc Ninh Bình` after it: the headline's shorter name.
    const headlineShort = referred === undefined && spelledOut === undefined && shortened === undefined && bareFirst === undefined
      && !run.bare && run.start > headlineEnd && !index.knows(nameKey) ? index.headlineShortening(nameKey, run.headKey, headlineEnd) : undefined;
    if (headlineShort !== undefined) {
      headlineShort.name = collapseWhitespace(name);
      index.addAlias(name, headlineShort);
    }
    const shortForm = runs[position + 1];
    const bracketedShort = shortForm !== undefined && (isBracketedShortForm(tokens, run, shortForm) || isBracketedOtherName(tokens, run, shortForm));
    // `HTX Dê núi X` in the headline, `Hợp tác xã Chăn nuôi và Dịch vụ Dê núi X (HTX Dê núi X)` after it: the short
    // name in brackets says the headline's body is this one.
    const headlineBracketed = referred === undefined && spelledOut === undefined && shortened === undefined && bareFirst === undefined
      && headlineShort === undefined && bracketedShort && run.start > headlineEnd && !index.knows(nameKey)
      ? index.namedOnlyBefore(index.keyOf(text.slice(shortForm.start, shortForm.end)), headlineEnd)
      : undefined;
    if (headlineBracketed !== undefined) {
      headlineBracketed.name = collapseWhitespace(name);
      index.addAlias(name, headlineBracketed);
    }
    const draft = (referred !== undefined ? index.named(referred) : undefined) ?? spelledOut ?? shortened ?? bareFirst ?? headlineShort
      ?? headlineBracketed ?? index.entityFor(name);
    draft.mentions.push({ start: run.start, end: run.end });
    if (bracketedShort) index.addAlias(text.slice(shortForm.start, shortForm.end), draft);
    // `Cơ quan Cảnh sát điều tra (CSĐT) Công an tỉnh X`: the unit's name up to its field's acronym (and so `Cơ quan
    // CSĐT` later) refers to it too.
    const unitBeforeParent = fieldNameBeforeParent(text, words, run);
    if (unitBeforeParent !== null) index.addAlias(unitBeforeParent, draft);
    if (placeless !== null) {
      namesWithoutPlace ??= new Map<string, string>();
      const placelessKey = index.keyOf(placeless);
      // `Bệnh viện Đa khoa tỉnh Quảng Ngãi`, then `Bệnh viện Đa khoa tỉnh`: the name with the level but not the place.
      const level = levelOfPlace(index.keyOf(name).slice(placelessKey.length + 1));
      for (const key of level === null ? [placelessKey] : [placelessKey, `${placelessKey} ${level}`]) {
        const named = namesWithoutPlace.get(key);
        if (named === undefined) namesWithoutPlace.set(key, draft.key);
        else if (index.named(named) !== draft) (ambiguousPlaceless ??= new Set<string>()).add(key);
      }
    }
    // A well-known acronym only when the text writes it: the record states no fact the article does not.
    const known = KNOWN_ORGANIZATION_LONG_FORM_ACRONYMS.get(draft.key);
    const acronym = shortByLong?.get(index.keyOf(name)) ?? shortByLong?.get(draft.key) ?? (branchOf === null ? bracketedInName(text, run, index, shortByLong) : undefined)
      ?? (known && writtenAcronyms.writes(known) ? known : undefined) ?? companyAcronymByEnd?.get(run.end);
    if (acronym) index.setAcronym(draft, acronym);
    const withoutParent = companyWithoutParentAcronym(text, tokens, run);
    if (withoutParent !== null) index.addAlias(withoutParent, draft);
    const brand = companyBrand(words, run);
    if (brand !== null) {
      brands ??= new Map<string, BrandOwner>();
      if (!brands.has(brand)) brands.set(brand, { owner: draft, after: run.end });
      const headAndBrand = companyHeadAndBrand(run, brand);
      if (headAndBrand !== null) index.addAlias(headAndBrand, draft);
      // A brand the gazetteer knows as a name alone (`Tập đoàn Viettel`, then `Viettel`): the company's short name
      // where the text uses it alone.
      if (draft.acronym === null && KNOWN_ORGANIZATION_ACRONYM_LONG_FORMS.has(brand) && writtenAcronyms.writesOutside(brand, run)) index.setAcronym(draft, brand);
    }
    const shortName = bracketedShortName(words, run) ?? bracketedTicker(words, run);
    if (shortName && draft.acronym === null) {
      index.setAcronym(draft, text.slice(shortName.start, shortName.end));
      draft.mentions.push(shortName);
    }
  }

  // `Phòng Cảnh sát kinh tế Công an tỉnh Lạng Sơn`: a police unit named with the police force it belongs to names
  // that force too.
  for (let position = 0; position < runs.length; position += 1) {
    const run = runs[position] as NameRun;
    if (run.kind !== 'organization' || run.bare) continue;
    const parent = policeForceEnding(tokens, run);
    if (parent === null) continue;
    const draft = index.named(index.keyOf(text.slice(parent.start, parent.end))) ?? index.entityFor(text.slice(parent.start, parent.end));
    draft.mentions.push(parent);
  }

  // Teams a sports report names bare (`thắng Hà Tĩnh 3-0`): the club of that name where one was named with `CLB`.
  const teams = findSportsTeams(text, tokens);
  for (let position = 0; position < teams.length; position += 1) {
    const team = teams[position] as TeamMention;
    const key = index.keyOf(team.name);
    const draft = index.named(`clb ${key}`) ?? index.named(`câu lạc bộ ${key}`) ?? index.entityFor(team.name);
    draft.mentions.push({ start: team.start, end: team.end });
  }

  // A country's national team named in lower case in a report that names a coach (`đội tuyển Việt Nam`).
  const nationalTeams = findNationalTeams(text, tokens);
  for (let position = 0; position < nationalTeams.length; position += 1) {
    const team = nationalTeams[position] as TeamMention;
    index.entityFor(team.name).mentions.push({ start: team.start, end: team.end });
  }

  // Workshops and marketplaces named after a lower-case noun (`cơ sở gốm Minh Long`, `sàn ShopNhanh`).
  const lowerHeadNames = findLowerHeadNames(text, tokens);
  for (let position = 0; position < lowerHeadNames.length; position += 1) {
    const named = lowerHeadNames[position] as LowerHeadName;
    // `sàn HoSE` after `Sở Giao dịch Chứng khoán TP.HCM (HoSE)`: the short form of a body named, no marketplace of its own.
    (index.withAcronym(named.name) ?? index.entityFor(named.name)).mentions.push({ start: named.start, end: named.end });
  }

  const outlets = acronyms.length > 0 ? mediaOutletDefinitions(acronyms) : NO_ACRONYMS;
  for (let position = 0; position < outlets.length; position += 1) {
    const outlet = outlets[position] as AcronymSpan;
    const draft = index.entityFor(outlet.long);
    draft.mentions.push({ start: outlet.start, end: outlet.start + outlet.long.length });
    index.setAcronym(draft, outlet.short);
  }

  if (headAcronymRuns.length > 0) joinHeadAcronyms(text, index, headAcronymRuns, acronyms, namesWithoutPlace ?? NO_NAMES, longByAcronymKey ?? NO_NAMES, writtenLongByAcronym ?? NO_NAMES);

  const organizationAcronyms = new Set<string>();
  for (let draft = 0; draft < index.drafts.length; draft += 1) {
    const acronym = index.drafts[draft]?.acronym;
    if (acronym) organizationAcronyms.add(acronym);
  }
  const acronymMentions = findAcronymMentions(words, runs, organizationAcronyms);
  // A known acronym opening a club's name is its sponsor's, not a mention of it (`SHB Đà Nẵng`, `LPBank HAGL`).
  let teamIndex = 0;
  for (let position = 0; position < acronymMentions.length; position += 1) {
    const mention = acronymMentions[position] as AcronymMention;
    while (teamIndex < teams.length && (teams[teamIndex]?.end ?? 0) <= mention.start) teamIndex += 1;
    const team = teams[teamIndex];
    if (team && team.start <= mention.start && mention.end <= team.end && team.end - team.start > mention.end - mention.start) continue;
    if (mention.branch !== undefined) {
      branchOfAcronym(text, index, mention, mention.branch, writtenLongByAcronym ?? NO_NAMES).mentions.push({ start: mention.start, end: mention.end });
      continue;
    }
    let draft = index.withAcronym(mention.acronym);
    if (!draft) {
      draft = index.entityFor(mention.acronym);
      index.setAcronym(draft, mention.acronym);
    }
    draft.mentions.push({ start: mention.start, end: mention.end });
  }

  const brandMentions = brands !== null ? findBrandMentions(words, runs, brands) : NO_BRAND_MENTIONS;
  for (let position = 0; position < brandMentions.length; position += 1) {
    const mention = brandMentions[position] as BrandMention<EntityDraft>;
    mention.owner.mentions.push({ start: mention.start, end: mention.end });
  }

  const references: ReferringMention[] = [];
  for (let position = 0; position < runs.length; position += 1) {
    const run = runs[position] as NameRun;
    if (isReferringHead(run, tokens)) references.push({ start: run.start, end: run.end, keys: [run.headKey] });
    const level = levelShortForm(run, words, longByHeadAcronym ?? NO_NAMES);
    if (level !== null) references.push(level);
  }
  // `Công an tỉnh`, `Ủy ban nhân dân (UBND) tỉnh` where no such body was named with its place: the province's body,
  // by the name the article gives it.
  const ownNamed = joinShortForms(text, index.drafts, references);
  if (ownNamed.length > 0) joinOwnNamedLevels(index, ownNamed);

  if (attribution !== null) addAttributedOutlet(text, index, attribution);

  const mentioned: { readonly draft: EntityDraft; readonly mentions: TextSpan[] }[] = [];
  for (let position = 0; position < index.drafts.length; position += 1) {
    const draft = index.drafts[position] as EntityDraft;
    if (draft.mentions.length > 0) mentioned.push({ draft, mentions: dedupeSorted(draft.mentions) });
  }
  sortStably(mentioned, byFirstMention);
  const entities: OrganizationEntity[] = [];
  for (let position = 0; position < mentioned.length; position += 1) {
    const { draft, mentions } = mentioned[position] as { readonly draft: EntityDraft; readonly mentions: TextSpan[] };
    entities.push({ id: `org-${entities.length + 1}`, name: draft.name, acronym: draft.acronym, mentions });
  }
  return entities;
}

/** The words of `name` as written after its word `position` are a place inside the country (`Quảng Ngãi`), no country. */
function domesticPlaceAfter(name: string, position: number): boolean {
  const rest = collapseWhitespace(name).split(' ').slice(position + 1).join(' ');
  const place = rest.length > 0 ? lookupPlace(rest) : null;
  return place !== null && place.kind !== 'country';
}

/**
 * `Phòng Cảnh sát giao thông (CSGT) Công an tỉnh X`, then `Phòng CSGT Công an tỉnh X`; `Ủy ban Mặt trận Tổ quốc (MTTQ)
 * xã`, then `Ủy ban MTTQ xã`: a name that writes a defined acronym after its head for the words the acronym stands for
 * is the organization named with those words spelled out, either in full or up to the acronym's long form (the bracket
 * cut that name short), when the rest is a place's level or a body (`Công an tỉnh X`). Else undefined.
 */
function namedWithAcronymSpelledOut(
  index: EntityIndex,
  name: string,
  longByAcronymKey: ReadonlyMap<string, string>,
  writtenLongByAcronym: ReadonlyMap<string, string>,
  namesWithoutPlace: ReadonlyMap<string, string> | null,
): EntityDraft | undefined {
  const words = index.keyOf(name).split(' ');
  // `TAND khu vực 3` after `Tòa án nhân dân (TAND) khu vực 3 - Hà Nội`: an acronym for the whole body, then its
  // numbered region, is the body named with that region, whatever place follows it there.
  const wholeLong = words.length > 2 && words[1] === 'khu' ? longByAcronymKey.get(words[0] as string) : undefined;
  if (wholeLong !== undefined) {
    const regional = namedOrPlaceless(index, `${wholeLong} ${words.slice(1).join(' ')}`, namesWithoutPlace);
    if (regional !== undefined) return regional;
  }
  for (let position = 1; position < words.length; position += 1) {
    const long = longByAcronymKey.get(words[position] as string);
    if (long === undefined) continue;
    const before = `${words.slice(0, position).join(' ')} ${long}`;
    const rest = words.slice(position + 1).join(' ');
    const whole = rest.length > 0 ? `${before} ${rest}` : before;
    // `Ủy ban MTTQ tỉnh` after `Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam tỉnh Lạng Sơn`: the home country goes without
    // saying, the level is the province's named before. (Not any short form without its place: `Ban Chỉ huy
    // PCTT&TKCN tỉnh` may be another province's than the one named in full before.)
    // `Ủy ban MTTQ Việt Nam tỉnh` after the same committee named with its province: the level the province's.
    const named = index.named(whole)
      ?? (rest.length > 0 && !before.endsWith(HOME_COUNTRY) ? namedOrPlaceless(index, rest.startsWith(HOME_COUNTRY_LEVEL) ? whole : `${before}${HOME_COUNTRY} ${rest}`, namesWithoutPlace) : undefined);
    if (named !== undefined) return named;
    if (rest.length === 0) continue;
    const cut = index.named(before);
    if (cut !== undefined && (PLACE_LEVEL_KEYS.includes(rest) || levelOfPlace(rest) !== null || startsWithBody(rest, NO_NAME_KEYS))) {
      // The name spelled out in full is the entity's: `Phòng Cảnh sát giao thông Công an tỉnh X`.
      const written = collapseWhitespace(name).split(' ');
      const spelled = writtenLongByAcronym.get(written[position] ?? '');
      if (written.length === words.length && spelled !== undefined && cut.key === before) {
        written[position] = spelled;
        cut.name = written.join(' ');
        index.addAlias(cut.name, cut);
      }
      return cut;
    }
    // `Sở NN&MT Quảng Ngãi` after `Sở Nông nghiệp và Môi trường (NN&MT)`: the body named with its province after it,
    // no level before the province's name.
    if (cut !== undefined && domesticPlaceAfter(name, position)) return cut;
  }
  return undefined;
}

/** Levels of local government a police force is named for (`Công an tỉnh`, `Công an thành phố`, `Công an xã`). */
const POLICE_LEVEL_KEYS: ReadonlySet<string> = new Set(['tỉnh', 'thành', 'tp', 'huyện', 'quận', 'thị', 'xã', 'phường']);

/**
 * `Phòng Cảnh sát giao thông Công an tỉnh Thanh Hóa`, `Cơ quan Cảnh sát điều tra Công an huyện X`: the police force
 * (`Công an`, its level and place) that ends a run headed by another word, the span of its words; else null.
 */
function policeForceEnding(tokens: readonly Token[], run: NameRun): TextSpan | null {
  for (let index = run.firstToken + 1; index < run.endToken - 2; index += 1) {
    const police = tokens[index];
    const an = tokens[index + 1];
    const level = tokens[index + 2];
    if (police?.text !== 'Công' || an?.key !== 'an' || an.breakBefore || !level || level.breakBefore) continue;
    if (!POLICE_LEVEL_KEYS.has(level.key)) return null;
    const last = tokens[run.endToken - 1];
    return last === undefined || last.end !== run.end ? null : { start: police.start, end: run.end };
  }
  return null;
}

/** The organization named `key`, else the one whose name without its place is `key` (`... tỉnh` for `... tỉnh X`). */
function namedOrPlaceless(index: EntityIndex, key: string, namesWithoutPlace: ReadonlyMap<string, string> | null): EntityDraft | undefined {
  const placelessOf = namesWithoutPlace?.get(key);
  return index.named(key) ?? (placelessOf === undefined ? undefined : index.named(placelessOf));
}

/**
 * `NHCSXH chi nhánh tỉnh Thái Nguyên`: the branch an acronym and a branch named by its tier name, the one named with the
 * acronym spelled out (`Ngân hàng Chính sách xã hội chi nhánh tỉnh Thái Nguyên`) where the text named it so, else one
 * named as written.
 */
function branchOfAcronym(text: string, index: EntityIndex, mention: TextSpan, branch: TextSpan, writtenLongByAcronym: ReadonlyMap<string, string>): EntityDraft {
  const written = collapseWhitespace(text.slice(mention.start, mention.end));
  const branchName = collapseWhitespace(text.slice(branch.start, branch.end));
  const long = writtenLongByAcronym.get(text.slice(mention.start, branch.start).trimEnd());
  const spelled = long !== undefined ? index.named(index.keyOf(`${long} ${branchName}`)) : undefined;
  return spelled ?? index.named(index.keyOf(written)) ?? index.entityFor(written);
}

/**
 * `Ngân hàng Chính sách xã hội (NHCSXH) chi nhánh tỉnh Thái Nguyên`: where the acronym the run passes over is followed
 * by a branch named by its tier, the run names the branch, and the words before the bracket its body; where that body's
 * name ends in the text. Else null.
 */
function bodyOfTieredBranch(text: string, words: NameTokens, run: NameRun): number | null {
  if (run.gap === null) return null;
  const { tokens } = words;
  let after = run.firstToken;
  while (after < run.endToken && (tokens[after]?.start ?? Infinity) < run.gap.end) after += 1;
  if (tieredBranchLength(words, after) === 0) return null;
  return run.start + text.slice(run.start, run.gap.start).trimEnd().length;
}

/**
 * `Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Khánh Hòa`: the acronym defined in the bracket inside the name, for the words
 * before it, is the whole body's (a later bare `CDC` is that body), unless they are a head (`Ủy ban nhân dân (UBND) xã
 * X`). Else undefined.
 */
function bracketedInName(text: string, run: NameRun, index: EntityIndex, shortByLong: ReadonlyMap<string, string> | null): string | undefined {
  if (run.gap === null || shortByLong === null) return undefined;
  const long = index.keyOf(text.slice(run.start, run.gap.start).trimEnd());
  // `Ủy ban nhân dân (UBND) xã X`: an acronym of a head names no one body.
  if (ORGANIZATION_HEAD_PHRASES.has(long)) return undefined;
  const short = shortByLong.get(long);
  return short !== undefined && text.slice(run.gap.start, run.gap.end).trim() === `(${short})` ? short : undefined;
}

const NO_NAME_KEYS: ReadonlySet<string> = new Set();

/** A name's first letter: a capital, or a digit (`24h`). */
const NAME_START = /^[\p{Lu}\p{Nd}]/u;

/**
 * `Theo Nhịp sống Tài chính` closing the article: the outlet the article is attributed to (the metadata stage's
 * `attribution`) is a news organization, whatever its name's words, unless a name already covers it (`Theo Báo Cần
 * Thơ`, a head's run).
 */
function addAttributedOutlet(text: string, index: EntityIndex, attribution: TextSpan): void {
  const name = text.slice(attribution.start, attribution.end);
  if (!NAME_START.test(name)) return;
  for (let position = 0; position < index.drafts.length; position += 1) {
    const mentions = (index.drafts[position] as EntityDraft).mentions;
    for (let mention = 0; mention < mentions.length; mention += 1) {
      const span = mentions[mention] as TextSpan;
      if (span.start < attribution.end && attribution.start < span.end) return;
    }
  }
  index.entityFor(name).mentions.push({ start: attribution.start, end: attribution.end });
}

function byFirstMention(a: { readonly mentions: readonly TextSpan[] }, b: { readonly mentions: readonly TextSpan[] }): number {
  return (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0);
}

/** Levels a place is written with (`tỉnh Quảng Ngãi`, `huyện Yên Thành`), folded. */
const PLACE_LEVEL_KEYS: readonly string[] = ['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'thành phố', 'thị xã'];

/** The level a folded place starts with (`tỉnh quảng ngãi` → `tỉnh`), or null. */
function levelOfPlace(placeKey: string): string | null {
  for (const level of PLACE_LEVEL_KEYS) if (placeKey.startsWith(`${level} `)) return level;
  return null;
}

/** A run's name without the place that ends it (`Sở Giao thông vận tải TP.HCM` → `Sở Giao thông vận tải`), or null. */
/**
 * How many distinct names the runs give that are `bareKey` and a place (`Sở Y tế Hà Nội`, `Sở Y tế TP.HCM` for `sở
 * y tế`): a bare name refers to the one body only where one place is named. Asked only where a bare name was named
 * before a name with its place (rare), and stops at the second.
 */
function placesNamedWith(text: string, runs: readonly NameRun[], words: NameTokens, index: EntityIndex, bareKey: string): number {
  let first: string | null = null;
  for (let position = 0; position < runs.length; position += 1) {
    const run = runs[position] as NameRun;
    if (run.kind !== 'organization' || run.bare || run.gap !== null) continue;
    const name = text.slice(run.start, run.end);
    const placeless = nameWithoutTrailingPlace(text, name, run, words);
    if (placeless === null || index.keyOf(placeless) !== bareKey) continue;
    const key = index.keyOf(name);
    if (first === null) first = key;
    else if (first !== key) return 2;
  }
  return first === null ? 0 : 1;
}

/** The level before a province's name (`tỉnh`): a province the gazetteer does not list after it is abroad. */
const PROVINCE_LEVEL_KEY = 'tỉnh';

/**
 * The run ends with a country's name (`Bộ Ngoại giao Trung Quốc`) or a province abroad, one the gazetteer does not
 * list after its level (`Sở Công Thương tỉnh Xiêng Khoảng`): the body of a place abroad, which a bare name of the
 * article's own body does not refer to.
 */
function endsWithCountry(text: string, run: NameRun, words: NameTokens): boolean {
  for (let index = run.firstToken + 1; index < run.endToken; index += 1) {
    if (words.placeEnd(index) !== run.endToken) continue;
    const start = words.tokens[index]?.start;
    const place = start === undefined ? undefined : placeAt(text, start)?.place;
    return place?.kind === 'country' || (place?.kind === 'local' && words.tokens[index]?.key === PROVINCE_LEVEL_KEY);
  }
  return false;
}

/** `tại` (at) before the place a body is seated in (`Đại sứ quán Nhật Bản tại Việt Nam`). */
const SEAT_KEY = 'tại';

function nameWithoutTrailingPlace(text: string, name: string, run: NameRun, words: NameTokens): string | null {
  for (let index = run.firstToken + 1; index < run.endToken; index += 1) {
    if (words.placeEnd(index) !== run.endToken) continue;
    const place = text.slice(words.tokens[index]?.start ?? run.end, run.end);
    if (place.length === 0 || !name.endsWith(place)) return null;
    // `Đại sứ quán Nhật Bản tại Việt Nam`: the body without its seat (`tại` and the place) is `Đại sứ quán Nhật Bản`.
    const placeless = name.slice(0, name.length - place.length).trimEnd();
    // `Tòa án nhân dân khu vực 3 - Hà Nội`: the numbered region without the place after its dash.
    const before = words.tokens[index - 1];
    return index - 1 > run.firstToken + 1 && (before?.key === SEAT_KEY || before?.text === '-')
      ? placeless.slice(0, placeless.length - before.text.length).trimEnd()
      : placeless;
  }
  return null;
}

/** The mentions in text order, each span once: the draft's own list when it is so already (most are). */
function dedupeSorted(mentions: TextSpan[]): TextSpan[] {
  if (inOrderAndUnique(mentions)) return mentions;
  const sorted = sortStably([...mentions], byStartThenEnd);
  const unique: TextSpan[] = [];
  let previous: TextSpan | undefined;
  for (const mention of sorted) {
    if (!previous || previous.start !== mention.start || previous.end !== mention.end) unique.push(mention);
    previous = mention;
  }
  return unique;
}

function inOrderAndUnique(mentions: readonly TextSpan[]): boolean {
  for (let index = 1; index < mentions.length; index += 1) {
    const previous = mentions[index - 1] as TextSpan;
    const mention = mentions[index] as TextSpan;
    if (byStartThenEnd(previous, mention) >= 0) return false;
  }
  return true;
}

function byStartThenEnd(a: TextSpan, b: TextSpan): number {
  return a.start - b.start || a.end - b.end;
}

export const organizationsStage = defineStage({
  name: 'organizations',
  requires: ['acronyms', 'tokens', 'metadata'],
  run: (document) => extractOrganizations(document.text, annotation(document, 'acronyms'), annotation(document, 'tokens'),
    annotation(document, 'metadata').evidence.attribution ?? null),
});
