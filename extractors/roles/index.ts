// The `roles` stage: who holds which post in which organization. A title from the lexicon, the organizations named
// after it (one post per coordinated organization; a short form referring back, `Giám đốc Nhà hát`; the unit a
// head's title names, `Trưởng khoa Cấp cứu`; a local body, `UBND xã X`; a brand before the person), and its holder:
// a person named after or before it (through an age in brackets, `nguyên`, `hiện giữ chức`), the subject of `vai
// trò` / `cương vị`, the holder of the post before it in a list (`Chủ tịch APO, Chủ tịch ACCSQ`), people listed
// before `lần lượt là`, or nobody named (`Tổng thư ký APO`). A person's post with no organization after the title
// may take one set beside the person (`Luật sư X, Đoàn Luật sư Y,`) or spoken for (`Đại diện Bộ Y tế, Thứ trưởng
// X`). Each distinct (title, holder, organization) is reported once, at its first evidence, and a partial
// restatement of a post reported in full is dropped.
import { annotation, defineStage, type AnnotatedDocument, type OrganizationEntity, type RoleSpan, type SentenceSpan, type TextSpan, type Token } from '../../pipeline/document.js';
import { EntityMentions, type EntityMention } from './entity-mentions.js';
import { titleKeyOf, TITLE_PREFIX_WORDS } from './lexicon.js';
import { assignRespectively, holdersListedAfterTitle, otherHoldersOfCountedTitle, SEVERAL_BEFORE_TITLE } from './respectively.js';
import { OrganizationShortForms } from './short-form-organizations.js';
import {
  bodyLedByPerson,
  bodyOfDelegationLed,
  delegationLedByHolder,
  forwardClauses,
  hasCueBefore,
  organizationBesidePerson,
  organizationOfJoinedHolder,
  organizationRepresented,
  organizationRepresentedBeforePerson,
  personAfter,
  personBefore,
  personOfHeldPostCue,
  unmarkedBodyBeforePerson,
  subjectBefore,
  subjectTakingPost,
  type ForwardClause,
} from './title-holders.js';
import { BARE_HEAD_TITLES, findTitleMentions, type TitleMention } from './title-mentions.js';
import { unitOfTitle } from './title-units.js';
import {
  bodyOfPostNamedInPart,
  clubNamedWithoutHead,
  organizationAfterKindWords,
  organizationReferredBack,
  organizationsAfterTitle,
  SPORTS_POST_KEYS,
  localBodyAt,
  lowerCaseCouncilAt,
  RELIGIOUS_POSTS,
  PLACE_NAMED_BODY_POSTS,
  splitLocalBodyName,
  startsLocalBody,
  type TitleContext,
} from './title-organizations.js';
import { sortStably } from '../shared/sorted-spans.js';
import { foldKey } from '../shared/vietnamese.js';

/**
 * The years the post before was held, after it: `giai đoạn 2015 - 2020`, `nhiệm kỳ 2016–2021`, `khóa XIV`, `khóa trước`
 * (the last term).
 * Regex source.
 */
const TERM_OF_POST =
  '[ \\t]+(?:(?:giai đoạn|nhiệm kỳ|khóa|khoá)[ \\t]+\\d{4}(?:[ \\t]*[–—-][ \\t]*\\d{4})?|(?:khóa|khoá)[ \\t]+[IVXL]{1,6}|(?:khóa|khoá|nhiệm kỳ)[ \\t]+trước)';
/**
 * Appointed by a body named between (`được Ban Thường vụ Tỉnh ủy điều động làm`, `được HĐQT bổ nhiệm giữ chức`): the
 * body's name, no punctuation, then the act and the post's verb. Regex source; read only over the short gap between
 * two posts.
 */
const APPOINTED_BY_BODY =
  '(?:(?:vừa|đã|mới)[ \\t]+)?được[ \\t]+\\p{Lu}[^,;.:!?()\\n]{0,60}?[ \\t]+(?:bầu|bổ nhiệm|điều động|chỉ định|luân chuyển)[ \\t]+(?:về[ \\t]+)?(?:làm|giữ chức vụ|giữ chức|vào vị trí)[ \\t]+';
/**
 * How the holder stands among the post's holders, after it: `là Phó Chủ tịch trẻ nhất, nguyên Bí thư Tỉnh đoàn`, `nữ
 * Giám đốc đầu tiên` (a word or two and `nhất`, or `đầu tiên`). Regex source; read only over the short gap between
 * two posts.
 */
const SUPERLATIVE_OF_POST = '[ \\t]+(?:[\\p{Ll}\\p{M}]+(?:[ \\t]+[\\p{Ll}\\p{M}]+)?[ \\t]+nhất|đầu[ \\t]+tiên)';
/**
 * A level left after a body written by its acronym (`Chỉ huy trưởng BĐBP tỉnh kiêm ...`): the level is the body's,
 * not a word between the two posts.
 */
const LEVEL_AFTER_ACRONYM = '[ \\t]+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)';
/**
 * Between two posts of one holder: `Chủ tịch APO, Chủ tịch ACCSQ`, `Chủ tịch ASEAN và Chủ tịch APO`, `kiêm`, after a
 * comma too (`Giám đốc Công ty A, kiêm Phó Chủ tịch Hội B`, `Giám đốc Công ty A, đồng thời là Chủ tịch Hội B`); the years of the first after it (`nguyên Chủ tịch UBND
 * huyện X giai đoạn 2015 - 2020, hiện là Phó Giám đốc Sở Y`); a later post after a comma and `rồi` (then: `từng là Trưởng
 * khoa A, rồi Trưởng phòng B`); an appointment by a body after a comma (`Ủy viên UBND tỉnh,
 * được Ban Thường vụ Tỉnh ủy điều động làm Phó Trưởng Ban`).
 */
const NEXT_POST_OF_SAME_HOLDER = new RegExp(
  `^(?:${TERM_OF_POST})?(?:${SUPERLATIVE_OF_POST})?(?:${LEVEL_AFTER_ACRONYM})?(?:[ \\t]*\\([^()\\n]{1,15}\\))?(?:[ \\t]*,[ \\t]*(?:(?:và|kiêm|đồng thời là|đồng thời|rồi|sau đó là)[ \\t]+)?|[ \\t]+(?:và|kiêm|đồng thời là|đồng thời)[ \\t]+|[ \\t]*;[ \\t]*)(?:${TITLE_PREFIX_WORDS}?|${APPOINTED_BY_BODY})$`,
  'u',
);

/**
 * After a post with no organization named, the capitalized short name of what it heads and a comma before the
 * holder's next post: `X, Chủ nhiệm Chương trình, Viện trưởng Viện Y` (one holder).
 */
const UNIT_NAMED_SHORT_THEN_COMMA = /^[ \t]+\p{Lu}[\p{L}\p{M}]*(?:[ \t]+[\p{Ll}\p{M}]+){0,2}[ \t]*,[ \t]*$/u;
/** How far apart (characters) two posts of one holder listed one after the other stand at most. */
const MAX_BETWEEN_POSTS_OF_SAME_HOLDER = 60;

/** Titles that name the head of a kind of body, folded, by the body's head noun: `cục trưởng` heads a `cục`. */
const HEADS_OF_TITLES: ReadonlyMap<string, string> = new Map([
  ['tổng cục trưởng', 'tổng cục'], ['cục trưởng', 'cục'], ['chi cục trưởng', 'chi cục'], ['vụ trưởng', 'vụ'], ['viện trưởng', 'viện'],
  ['hiệu trưởng', 'trường'], ['chánh án', 'tòa án'], ['chánh thanh tra', 'thanh tra'],
  // A committee's head: `Ban Pháp chế HĐND tỉnh do ông X, Trưởng ban trình bày`.
  ['trưởng ban', 'ban'],
  // The head of a unit of the state audit office: `Kiểm toán trưởng Kiểm toán Nhà nước khu vực X`.
  ['kiểm toán trưởng', 'kiểm toán'],
  // A prison's head (`Giám thị Trại giam X ... bà Y, Phó Giám thị`), a border post's (`Đồn trưởng`), a delegation's
  // (`Phó Trưởng đoàn` of the `Đoàn đại biểu Quốc hội tỉnh X`).
  ['giám thị', 'trại giam'], ['đồn trưởng', 'đồn'], ['trưởng đoàn', 'đoàn'],
  // A station's head: `Trạm Y tế xã X ... bà Y, Trạm trưởng`.
  ['trạm trưởng', 'trạm'], ['trưởng trạm', 'trạm'],
  // A hospital department's head: `Khoa Hồi sức, Bệnh viện X, nơi bác sĩ Y - Trưởng khoa - ...`.
  ['trưởng khoa', 'khoa'],
  // A team's head: `Đội Cảnh sát PCCC khu vực X ... Trung tá Y – Đội trưởng – cho biết`.
  ['đội trưởng', 'đội'],
  // An army command's (`Bộ Tư lệnh Quân khu X ... do Thiếu tướng Y, Phó Tư lệnh Quân khu, dẫn đầu`).
  ['tư lệnh', 'bộ tư lệnh'],
  // A department's head: `Phòng Cảnh sát X Công an tỉnh Y cử ... Trưởng phòng, Thượng tá Z, cho biết`.
  ['trưởng phòng', 'phòng'],
  // An embassy's trade office's: `Thương vụ Việt Nam tại X ... bà Y, Quyền Trưởng Thương vụ`.
  ['trưởng thương vụ', 'thương vụ'],
]);
/**
 * Posts at court and in a company that name no organization after them, folded, by the head nouns of the body they
 * are held in, looked for as a head's title is: `Thẩm phán` sits in a `tòa án`, `Trưởng Ban kiểm soát` in the
 * company the article reports on (`công ty`, `tổng công ty`, `tập đoàn`, a commercial bank, a people's credit fund:
 * `Ngân hàng TMCP X ... ông Y, Tổng Giám đốc`, `Quỹ tín dụng nhân dân xã X ... nguyên Kế toán trưởng`). Not a bank
 * named `Ngân hàng` alone (`Ngân hàng Nhà nước`, the central bank, is no company).
 */
const COMPANY_BODIES: readonly string[] = [
  'công ty', 'tổng công ty', 'tập đoàn', 'ngân hàng tmcp', 'ngân hàng thương mại', 'quỹ tín dụng',
];
const BODIES_OF_POSTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['thẩm phán', ['tòa án', 'toà án']], ['thư ký phiên tòa', ['tòa án', 'toà án']], ['thư ký phiên toà', ['tòa án', 'toà án']],
  ['kiểm sát viên', ['viện kiểm sát']],
  // A judge's or a prosecutor's rank after the post: the same post, in the same body.
  ['thẩm phán cao cấp', ['tòa án', 'toà án']], ['thẩm phán trung cấp', ['tòa án', 'toà án']], ['thẩm phán sơ cấp', ['tòa án', 'toà án']],
  ['kiểm sát viên cao cấp', ['viện kiểm sát']], ['kiểm sát viên trung cấp', ['viện kiểm sát']], ['kiểm sát viên sơ cấp', ['viện kiểm sát']],
  ['tổng giám đốc', COMPANY_BODIES], ['thành viên hội đồng quản trị', COMPANY_BODIES], ['thành viên hđqt', COMPANY_BODIES],
  ['thành viên hđqt độc lập', COMPANY_BODIES], ['thành viên hội đồng quản trị độc lập', COMPANY_BODIES],
  ['trưởng ban kiểm soát', COMPANY_BODIES], ['thành viên ban kiểm soát', COMPANY_BODIES], ['kế toán trưởng', COMPANY_BODIES],
  ['chủ tịch hđqt', COMPANY_BODIES], ['chủ tịch hội đồng quản trị', COMPANY_BODIES],
  ['trưởng bks', COMPANY_BODIES], ['thành viên bks', COMPANY_BODIES],
  // A company's founders and officers named by their function (`Vũ Thị Lan, Giám đốc Công nghệ,`): only a company has them.
  ['nhà sáng lập', COMPANY_BODIES], ['đồng sáng lập', COMPANY_BODIES], ['người sáng lập', COMPANY_BODIES],
  ['giám đốc công nghệ', COMPANY_BODIES], ['giám đốc tài chính', COMPANY_BODIES], ['giám đốc kinh doanh', COMPANY_BODIES],
  ['giám đốc nhân sự', COMPANY_BODIES], ['giám đốc marketing', COMPANY_BODIES],
  ['ceo', COMPANY_BODIES], ['cfo', COMPANY_BODIES], ['cto', COMPANY_BODIES], ['coo', COMPANY_BODIES],
  // A workshop's owner (`ông X, chủ cơ sở,`): the workshop named before (`cơ sở gốm Y`).
  ['chủ cơ sở', ['cơ sở']],
  // A commercial counsellor (`Tham tán Thương mại`) serves in the embassy's trade office, whose head they are: the
  // `Thương vụ ...` named before (`Thương vụ Việt Nam tại X ... Bà Y, Tham tán Thương mại,`).
  ['tham tán thương mại', ['thương vụ']],
]);
/** How far back (characters) a company's post looks for the company: the article's company is named once, early. */
const MAX_COMPANY_REFERENCE_DISTANCE = 3000;
/**
 * Posts several hold at one event, each of the body named with the first of them: `Thứ trưởng Bộ X A ... Cùng dự
 * có Thứ trưởng B` (B is X's too).
 */
const POSTS_SHARED_AT_AN_EVENT: ReadonlySet<string> = new Set(['thứ trưởng']);
/** Right before a post listed as attending with the one before: `Cùng dự có`, `cùng tham dự`, `cùng với`. */
const ATTENDING_WITH = /(?:^|[\s,;.:])[Cc]ùng(?:[ \t]+(?:tham[ \t]+)?dự(?:[ \t]+(?:còn[ \t]+)?có)?|[ \t]+với)?[ \t]+$/u;
/** Between the holder of a post and the same post of the next holder: `Thứ trưởng Bộ X A và Thứ trưởng B`. */
const JOINED_BY_AND = /^[ \t]+và[ \t]+$/u;
/** How far back (characters) the attending cue is read. */
const ATTENDING_WITH_WINDOW = 24;
/** Between a holder and their next post set beside the name: a comma. */
const HOLDER_TO_NEXT_POST = /^[ \t]*,[ \t]*$/u;
const MAX_HOLDER_TO_NEXT_POST = 4;
/** How far back (characters) a head's title looks for the body it heads: the sentence or the one before. */
const MAX_HEAD_TITLE_REFERENCE_DISTANCE = 400;

/** The head noun of a delegation, which `trưởng đoàn` heads. */
const DELEGATION_HEAD = 'đoàn';

/** The head noun of the body a title heads (`phó cục trưởng` → `cục`), or null. */
function headOfTitle(titleKey: string): string | null {
  return HEADS_OF_TITLES.get(baseOfTitle(titleKey)) ?? null;
}

/**
 * Whether `body` is of the kind a head's title heads, or the title heads no particular kind: a delegation's deputy
 * head (`Phó Trưởng đoàn`) is never held in `Quốc hội` the headline names, only in a `Đoàn ...`.
 */
function isBodyOfHeadsKind(post: Post, body: EntityMention): boolean {
  const head = headOfTitle(post.titleKey);
  return head === null || body.name.toLowerCase().startsWith(`${head} `);
}

/** The head nouns of a company's own units (a division, a department, a branch), folded, with the space after. */
const COMPANY_UNITS: readonly string[] = ['khối ', 'phòng ', 'ban ', 'bộ phận ', 'trung tâm ', 'chi nhánh ', 'văn phòng '];

/** Whether `post` is held in a company as a whole (`Phó Tổng Giám đốc`) and `body` is one of a company's units. */
function isCompanyPostAtUnit(post: Post, body: EntityMention): boolean {
  if (BODIES_OF_POSTS.get(baseOfTitle(post.titleKey)) !== COMPANY_BODIES) return false;
  const name = body.name.toLowerCase();
  return COMPANY_UNITS.some((unit) => name.startsWith(unit));
}

/** Whether an organization's name is a company's (`Công ty ...`, `Tập đoàn ...`, a commercial bank's). */
function isCompanyName(name: string): boolean {
  const folded = name.toLowerCase();
  return COMPANY_BODIES.some((body) => folded.startsWith(`${body} `));
}

/** The last word of a name: the parent's short name a unit's mention ends with (`Khối X BaoTinBank`). */
const LAST_WORD = /[ \t]([^ \t]+)$/u;

/**
 * The company a unit's mention ends with, written by its acronym or short name (`Khối Xử lý nợ PhuLongBank`), as
 * that word's mention; null when the last word names no company of the article.
 */
function companyEndingUnitName(text: string, unit: EntityMention, shortForms: OrganizationShortForms): EntityMention | null {
  const word = LAST_WORD.exec(text.slice(unit.start, unit.end))?.[1];
  const entity = word === undefined ? null : shortForms.named(word) ?? shortForms.givenInBracketsAs(text, word);
  if (!entity || word === undefined) return null;
  if (!isCompanyName(entity.name)) return null;
  return { start: unit.end - word.length, end: unit.end, kind: 'organization', ref: entity.id, name: entity.name };
}

/** The post without its deputy, standing and in-charge forms: `phó cục trưởng thường trực` → `cục trưởng`. */
function baseOfTitle(titleKey: string): string {
  const post = titleKey.startsWith('phó ') ? titleKey.slice(4) : titleKey;
  return withoutQualifier(post);
}

/** Words after a post that say how it is held, not what it is (`thường trực`, `phụ trách`), folded. */
const HOLDING_QUALIFIERS: readonly string[] = [' thường trực', ' phụ trách'];

/** The post without a standing or in-charge qualifier after it: `phó giám đốc phụ trách` → `phó giám đốc`. */
function withoutQualifier(titleKey: string): string {
  for (const qualifier of HOLDING_QUALIFIERS) if (titleKey.endsWith(qualifier)) return titleKey.slice(0, -qualifier.length);
  return titleKey;
}

type HolderSource = 'person-after' | 'person-before' | 'clause' | 'subject' | 'previous-post' | 'none';
/**
 * The holders named beside their post (right after or before it, or given the post before it: `X, Giám đốc kiêm
 * Tổng biên tập`): a post of theirs with no organization may be the headline's organization's.
 */
const HOLDERS_NAMED_BESIDE: ReadonlySet<HolderSource> = new Set(['person-after', 'person-before', 'previous-post']);

interface Post {
  readonly title: TitleMention;
  /** The title's folded key (`phó chủ tịch`), which tells two posts of one title apart from two titles. */
  readonly titleKey: string;
  organizations: readonly EntityMention[];
  /** The end of the title's last organization, or of the title. */
  end: number;
  /**
   * With no organization after the title, the one a lower-case head noun after it refers back to (`Giám đốc bệnh
   * viện`); the post takes it when its holder is named beside it.
   */
  referredBack: EntityMention | null;
  holder: EntityMention | null;
  holderSource: HolderSource;
  /**
   * The same post read one level up, held by the same holder: `Trưởng phòng Nhân sự Công ty X` heads `Phòng Nhân
   * sự` and holds `Trưởng phòng Nhân sự` at `Công ty X`.
   */
  alsoAt: { readonly title: TitleMention; readonly organization: EntityMention } | null;
}

/** The clause starting last at or before `index` (clauses come in order of their cues), if it covers `index`. */
function innermostClause(clauses: readonly ForwardClause[], index: number): ForwardClause | null {
  let low = 0;
  let high = clauses.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((clauses[middle]?.start ?? Infinity) <= index) low = middle + 1;
    else high = middle;
  }
  const clause = clauses[low - 1];
  return clause && index < clause.end ? clause : null;
}

function sentenceAt(sentences: readonly SentenceSpan[], index: number): TextSpan {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle]?.start ?? Infinity) <= index) low = middle + 1;
    else high = middle;
  }
  const sentence = sentences[low - 1];
  return sentence && index < sentence.end ? sentence : { start: index, end: index };
}

export function findRoles(document: AnnotatedDocument): RoleSpan[] {
  const { text } = document;
  const organizationEntities = annotation(document, 'organizations');
  const entities = new EntityMentions(text, organizationEntities, annotation(document, 'people'), annotation(document, 'places'));
  const headline = annotation(document, 'metadata').evidence.title;
  const titleContext: TitleContext = { entities, shortForms: new OrganizationShortForms(organizationEntities, headline?.end ?? -1) };
  const sentences = annotation(document, 'sentences');
  const tokens = annotation(document, 'tokens');

  const posts: Post[] = [];
  let committees: PartyCommittees | null = null;
  for (const title of findTitleMentions(text, tokens, entities)) {
    const post = postOf(text, title, titleContext);
    // `bà X, Tỉnh ủy viên, Chủ tịch Hội Y`: a seat on a party committee is held at the committee the article names;
    // with none named, the seat alone is read as no post.
    if (PARTY_COMMITTEE_SEATS.has(post.titleKey)) {
      committees ??= new PartyCommittees(entities, titleContext.shortForms);
      const committee = committees.of(post);
      if (!committee) continue;
      post.organizations = [committee];
    }
    // A head's word alone (`Trưởng`) is a post only with the body it heads right after it (`Trưởng Thuế tỉnh X`);
    // so is a religious post, as often a verb (`chùa do Hòa thượng X trụ trì`) as a post (`trụ trì chùa Y`).
    if (post.organizations.length > 0 || (!BARE_HEAD_TITLES.has(post.titleKey) && !RELIGIOUS_POSTS.has(post.titleKey))) posts.push(post);
  }
  const boardHeads = sharePostsJoinedByConcurrently(text, posts, titleContext.shortForms);
  giveBodiesWithinNextPostsBody(text, posts, titleContext.shortForms);
  const postOrganizations = new Set<number>();
  for (const post of posts) for (const organization of post.organizations) postOrganizations.add(organization.start);

  const titleStarts = new Set(posts.map((post) => post.title.start));
  const holders = new HolderSearch(text, tokens, entities, postOrganizations, titleContext.shortForms, titleStarts);
  const headlineOrganization = headline === undefined ? null : organizationOfHeadline(headline, entities);
  const councilParent = headlineOrganization === null ? null : bodyOfCouncil(text, headlineOrganization, organizationEntities, entities);
  const headlineCompany = headlineOrganization !== null && isCompanyName(headlineOrganization.name) ? headlineOrganization : null;
  const nationalTeam = mentionsOfOnlyNationalTeam(entities);
  /** The people after the first who hold a post given to a listed set of people. */
  const listedHolders = new Map<Post, readonly EntityMention[]>();
  let previous: Post | null = null;
  let embassies: Embassies | null = null;
  for (let index = 0; index < posts.length; index += 1) {
    const post = posts[index] as Post;
    const sentence = sentenceAt(sentences, post.title.start);
    // The body a council in the headline governs, for a post a council does not have (`Chánh Văn phòng` of the school
    // whose `Hội đồng trường` the headline names).
    const subject = councilParent !== null && !COUNCIL_POSTS.has(baseOfTitle(post.titleKey)) ? councilParent : headlineOrganization;
    holders.assign(post, sentence, previous);
    if (post.holder?.kind === 'person' && AMBASSADOR_POSTS.has(baseOfTitle(post.titleKey)) && post.organizations.every(isPlace)) {
      embassies ??= new Embassies(text, entities);
      const embassy = embassies.of(text, post);
      if (embassy) post.organizations = [embassy];
    }
    if (post.organizations.length === 0 && post.holderSource === 'previous-post' && previous) takeBodyOfPostBeforeConcurrently(text, post, previous, titleContext.shortForms);
    if (post.holder?.kind !== 'person') {
      // `Các Phó Chủ tịch gồm: ông A, ...; bà B và ông C`: every person listed holds the post.
      const listed = holdersListedAfterTitle(text, post.title.start, post.end, sentence.end, entities);
      const first = listed[0];
      if (first) {
        setHolder(post, first, 'person-after');
        listedHolders.set(post, listed.slice(1));
      }
    }
    if (post.organizations.length === 0 && post.holder?.kind === 'person') takeBodyOfHeadPostAfter(text, post, posts[index + 1] ?? null);
    if (post.organizations.length === 0 && post.holder?.kind === 'person') holders.giveBodyOfPost(post, posts, posts[index + 1] ?? null, headlineCompany, previous);
    if (
      subject && headline && post.title.start >= headline.end && post.organizations.length === 0
      && post.holder?.kind === 'person' && HOLDERS_NAMED_BESIDE.has(post.holderSource)
      && !holdsPostAtBodyBefore(post, previous, sentence, subject) && isBodyOfHeadsKind(post, subject)
    ) {
      post.organizations = [subject];
    }
    if (post.organizations.length === 0 && post.holder?.kind === 'person') {
      const team = nationalTeamOfPost(text, post, sentence, entities, nationalTeam);
      if (team) post.organizations = [team];
    }
    if (subject && headline && post.title.start >= headline.end && post.alsoAt === null && HOLDERS_NAMED_BESIDE.has(post.holderSource)
      && post.holder?.kind === 'person' && !holdsPostAtBodyBefore(post, previous, sentence, subject)) {
      post.alsoAt = unitOfHeadlineOrganization(text, post, subject, entities);
    }
    previous = post;
  }
  assignRespectively(text, posts, (index) => sentenceAt(sentences, index), entities);
  // `Phó Chủ tịch thường trực kiêm Trưởng ban Tài chính`: the board's head, titled with the board, is held where
  // the first post is (as a company's board chair is titled with the board and held at the company).
  for (const [first, head] of boardHeads) {
    const parent = first.organizations[0];
    const board = head.organizations[0];
    const index = posts.indexOf(head);
    if (first.organizations.length !== 1 || !parent || !board || index < 0 || head.holder?.name !== first.holder?.name) continue;
    const title: TitleMention = { start: head.title.start, end: board.end, title: text.slice(head.title.start, board.end) };
    posts[index] = { ...head, title, titleKey: titleKeyOf(title.title), organizations: [parent] };
  }

  const roles: KeyedRole[] = [];
  const seen = new Set<string>();
  for (const post of posts) {
    if (post.organizations.length === 0 && post.holder?.kind !== 'person') continue;
    if (headsEventCommittee(text, post)) continue;
    // `cùng các Phó Chủ tịch HĐND tỉnh`, `đã bầu 31 ủy viên Ban Chấp hành`: the holders of a post as a group (a
    // plural or a count before the title), no one holding it.
    if (post.holder === null && SEVERAL_BEFORE_TITLE.test(text.slice(Math.max(0, post.title.start - PLURAL_BEFORE_TITLE_WINDOW), post.title.start))) continue;
    // `X, Phó Giám đốc Sở Y, Tổ trưởng tổ công tác,`: a task force in lower case, set up for a task, is no unit of the
    // holder's body; with no body named right after it, the post is held nowhere a reader could name.
    if (TASK_FORCE_HEAD.test(post.titleKey) && post.end === post.title.end) continue;
    // `Trường hợp ... là một nguyên Phó Chủ tịch UBND xã`: one unnamed holder of a post (`một` before it), no one.
    if (post.holder === null && ONE_UNNAMED_BEFORE_TITLE.test(text.slice(Math.max(0, post.title.start - ONE_BEFORE_TITLE_WINDOW), post.title.start))) continue;
    const targets: readonly (EntityMention | null)[] = post.organizations.length > 0 ? post.organizations : [null];
    for (const organization of targets) {
      const key = `${post.titleKey}\u0000${post.holder?.name ?? ''}\u0000${organization?.name ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      roles.push({ role: roleOf(post, organization), titleKey: post.titleKey, listed: listedHolders.has(post) });
    }
    // `Bảo tàng có 2 phó giám đốc là ông A và bà B`: B holds the counted post too, at the same body.
    if (post.holder?.kind === 'person' && post.holderSource === 'person-after') {
      const others = listedHolders.get(post) ?? otherHoldersOfCountedTitle(text, post.title.start, post.end, post.holder, entities);
      for (const other of others) {
        const shared: Post = { ...post, holder: other };
        for (const organization of targets) {
          const key = `${post.titleKey}\u0000${other.name}\u0000${organization?.name ?? ''}`;
          if (seen.has(key)) continue;
          seen.add(key);
          roles.push({ role: roleOf(shared, organization), titleKey: post.titleKey, listed: listedHolders.has(post) });
        }
      }
    }
    if (post.alsoAt && post.holder?.kind === 'person') {
      const upper: Post = { ...post, title: post.alsoAt.title, titleKey: titleKeyOf(post.alsoAt.title.title), organizations: [post.alsoAt.organization] };
      const key = `${upper.titleKey}\u0000${post.holder.name}\u0000${post.alsoAt.organization.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      roles.push({ role: roleOf(upper, post.alsoAt.organization), titleKey: upper.titleKey });
    }
  }
  return sortStably(withoutRestatements(text, withoutHeadlineSpeakers(text, roles, headline)), byPosition);
}

// Module-level functions and a class, not closures made in findRoles for each article: V8 keeps a closure's
// optimized code only weakly and recompiles it article after article.

/** A party committee's seat written as one word, folded, by the head of the committee's name: `tỉnh ủy viên` → `tỉnh ủy`. */
const PARTY_COMMITTEE_SEATS: ReadonlyMap<string, string> = new Map([
  ['tỉnh ủy viên', 'tỉnh ủy'], ['tỉnh uỷ viên', 'tỉnh ủy'], ['thành ủy viên', 'thành ủy'], ['thành uỷ viên', 'thành ủy'],
  ['huyện ủy viên', 'huyện ủy'], ['huyện uỷ viên', 'huyện ủy'], ['quận ủy viên', 'quận ủy'], ['quận uỷ viên', 'quận ủy'],
  ['thị ủy viên', 'thị ủy'], ['thị uỷ viên', 'thị ủy'], ['đảng ủy viên', 'đảng ủy'], ['đảng uỷ viên', 'đảng ủy'],
]);

/**
 * The party committees an article names, by the head of their name (`tỉnh ủy`), read once for a head and only where a
 * one-word seat on such a committee is held: an organization named by the committee's head (`Tỉnh ủy Hòa An`), or
 * the committee a board of it is named with (`Ban Thường vụ Tỉnh ủy`: `Tỉnh ủy`), in the order of the text.
 */
class PartyCommittees {
  private readonly byHead = new Map<string, EntityMention[]>();

  constructor(
    private readonly entities: EntityMentions,
    private readonly shortForms: OrganizationShortForms,
  ) {}

  /**
   * `bà X, Tỉnh ủy viên, Chủ tịch Hội Y`: the committee a one-word seat sits on, the mention nearest the seat; null
   * where the article names none of its level.
   */
  of(post: Post): EntityMention | null {
    const head = PARTY_COMMITTEE_SEATS.get(post.titleKey);
    if (head === undefined) return null;
    let committees = this.byHead.get(head);
    if (committees === undefined) {
      committees = this.read(head);
      this.byHead.set(head, committees);
    }
    const committee = nearestSorted(committees, post.title.start);
    return committee === null ? null : atTitle(committee, post);
  }

  private read(head: string): EntityMention[] {
    const committees: EntityMention[] = [];
    for (const mention of this.entities.all) {
      if (mention.kind !== 'organization') continue;
      const name = foldKey(mention.name);
      // The committee itself, or a board of it: where the committee's name starts.
      const at = name.startsWith(head) ? 0 : name.startsWith('ban ') ? name.indexOf(` ${head}`) + 1 : 0;
      if ((at === 0 && !name.startsWith(head)) || (name.length > at + head.length && name[at + head.length] !== ' ')) continue;
      if (at === 0) {
        committees.push(mention);
        continue;
      }
      const rest = mention.name.slice(at);
      const named = this.shortForms.named(rest);
      committees.push({ start: mention.end - rest.length, end: mention.end, kind: 'organization', ref: named?.id ?? null, name: named?.name ?? rest });
    }
    return committees;
  }
}

/** The mention nearest `index` of mentions sorted by start, or null for none. */
function nearestSorted(mentions: readonly EntityMention[], index: number): EntityMention | null {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle]?.start ?? Infinity) < index) low = middle + 1;
    else high = middle;
  }
  const after = mentions[low];
  const before = mentions[low - 1];
  if (!before) return after ?? null;
  if (!after) return before;
  return index - before.start <= after.start - index ? before : after;
}

/**
 * A listed body a post is held at though named elsewhere in the article, placed at the end of the title: the role's
 * evidence stays the post's words. A body not listed keeps its mention, which the roleBodies stage lists.
 */
function atTitle(body: EntityMention, post: Post): EntityMention {
  return body.ref === null ? body : { ...body, start: post.title.end, end: post.title.end };
}

/** An ambassador's posts (the deputy's too), folded: held at the embassy the article names. */
const AMBASSADOR_POSTS: ReadonlySet<string> = new Set(['đại sứ', 'đại sứ đặc mệnh toàn quyền']);
/** The head of an embassy's name, folded, a space after. */
const EMBASSY_HEAD = 'đại sứ quán ';
/** The embassy named by its head alone (`Đại sứ quán đã phối hợp`, `trụ sở Đại sứ quán ở Praha`). */
const BARE_EMBASSY = 'Đại sứ quán';
/** After an embassy's bare head: no word of a name (a capital) goes on with it. */
const BARE_EMBASSY_END = /(?:[ \t]+[\p{Ll}\d]|[ \t]*[,.;:!?)\n]|$)/uy;
/** After an ambassador's title, a lower-case word: a figure of a campaign (`Đại sứ ẩm thực`), no diplomat. */
const LOWER_CASE_AFTER_TITLE = /[ \t]+\p{Ll}/uy;

function isPlace(mention: EntityMention): boolean {
  return mention.kind === 'place';
}

/** Most embassies an article names that a title's country is matched against. */
const MAX_EMBASSIES_TOLD_APART = 6;

/**
 * The embassies an article names, read once and only where an ambassador holds a post: the organizations named
 * `Đại sứ quán ...` (one mention each), and the embassy written by its head alone (every mention, in order).
 */
class Embassies {
  private readonly named: EntityMention[] = [];
  private readonly bare: EntityMention[] = [];

  constructor(text: string, entities: EntityMentions) {
    for (const mention of entities.all) {
      if (mention.kind !== 'organization' || !foldKey(mention.name).startsWith(EMBASSY_HEAD)) continue;
      if (!this.named.some((named) => named.ref === mention.ref) && this.named.length <= MAX_EMBASSIES_TOLD_APART) this.named.push(mention);
    }
    for (let at = text.indexOf(BARE_EMBASSY); at >= 0; at = text.indexOf(BARE_EMBASSY, at + BARE_EMBASSY.length)) {
      const end = at + BARE_EMBASSY.length;
      BARE_EMBASSY_END.lastIndex = end;
      if (!BARE_EMBASSY_END.test(text) || entities.overlapping(at, end) !== null) continue;
      this.bare.push({ start: at, end, kind: 'organization', ref: null, name: BARE_EMBASSY });
    }
  }

  /**
   * `Phó Đại sứ Ireland tại Việt Nam`, `bà X, Đại sứ`: the embassy an ambassador holds the post at. Where the title
   * names the country (and seat), the embassy named with them; else the one embassy the article names, or the embassy
   * it writes by its head alone, the mention nearest the title. Null where it names none, or several and the title
   * tells none apart; and after a lower-case word (`Đại sứ ẩm thực`, a campaign's figure).
   */
  of(text: string, post: Post): EntityMention | null {
    LOWER_CASE_AFTER_TITLE.lastIndex = post.title.end;
    if (LOWER_CASE_AFTER_TITLE.test(text)) return null;
    for (const embassy of this.named) {
      const rest = embassy.name.slice(BARE_EMBASSY.length);
      if (rest.length > 1 && text.startsWith(rest, post.title.end)) return atTitle(embassy, post);
    }
    const only = this.named.length === 1 ? this.named[0] : undefined;
    if (only) return atTitle(only, post);
    if (this.named.length > 1) return null;
    return nearestSorted(this.bare, post.title.start);
  }
}

/** The post a title names, with the organizations written after it (none yet holding it). */
function postOf(text: string, mention: TitleMention, titleContext: TitleContext): Post {
  let title = inCharge(text, mention, titleContext);
  let titleKey = titleKeyOf(title.title);
  let { organizations, end } = title.organization
    ? { organizations: [title.organization], end: title.organization.end }
    : organizationsAfterTitle(text, titleKey, title.end, titleContext);
  const council = organizations.length === 0 && !title.organization ? councilClosingTitle(text, title, titleContext) : null;
  if (council) {
    title = council.title;
    titleKey = titleKeyOf(title.title);
    organizations = [council.council];
    end = council.council.end;
  }
  const onBoard = organizations.length === 0 && !title.organization && BOARD_MEMBER_TITLES.has(titleKey) ? boardOfBodyAfterMember(text, title, titleContext) : null;
  if (onBoard) {
    title = onBoard.title;
    titleKey = titleKeyOf(title.title);
    organizations = [onBoard.body];
    end = onBoard.body.end;
  }
  const qualified = organizations.length === 0 && !title.organization ? withField(text, title, titleKey, titleContext) : null;
  if (qualified) {
    title = qualified;
    titleKey = titleKeyOf(title.title);
    ({ organizations, end } = organizationsAfterTitle(text, titleKey, title.end, titleContext));
  }
  const lowerField = organizations.length === 0 && !title.organization ? withLowerCaseField(text, title, titleKey, titleContext) : null;
  if (lowerField) {
    // Kept only where the organization is then read after the field.
    const after = organizationsAfterTitle(text, titleKeyOf(lowerField.title), lowerField.end, titleContext);
    if (after.organizations.length > 0) {
      title = lowerField;
      titleKey = titleKeyOf(title.title);
      ({ organizations, end } = after);
    }
  }
  const department = organizations.length === 0 && !title.organization ? withLowerCaseDepartment(text, title, titleKey, titleContext) : null;
  if (department) {
    title = department.title;
    titleKey = titleKeyOf(title.title);
    organizations = department.body === null ? [] : [department.body];
    end = department.body?.end ?? title.end;
  }
  const ofCompany = departmentOfCompany(text, title, titleKey, organizations, titleContext);
  if (ofCompany) {
    title = ofCompany.title;
    titleKey = titleKeyOf(title.title);
    organizations = [ofCompany.company];
    end = ofCompany.company.end;
  }
  const ofFieldInCharge = organizations.length === 0 && !title.organization ? organizationAfterFieldInCharge(text, title, titleContext) : null;
  if (ofFieldInCharge) {
    organizations = [ofFieldInCharge];
    end = ofFieldInCharge.end;
  }
  const inPart = title.organization ? null : bodyOfPostNamedInPart(text, titleKey, title.end, organizations, titleContext);
  if (inPart) {
    organizations = [inPart];
    end = inPart.end;
  }
  const referredBack = organizations.length === 0 ? organizationReferredBack(text, title.end, titleContext) : null;
  let alsoAt = ofCompany ? null : unitInBody(text, title, titleKey, organizations, titleContext)
    ?? staffUnitInBody(text, title, titleKey, organizations, titleContext) ?? memberOfBoardInBody(text, title, titleKey, organizations, titleContext);
  // `Trưởng phòng Nhân sự Công ty X Nguyễn Văn A`: the holder is read after the body the unit is part of.
  if (alsoAt && alsoAt.organization.end > end && alsoAt.organization.end - end <= MAX_UNIT_TO_BODY) end = alsoAt.organization.end;
  const board = alsoAt === null ? null : boardOfAssociationOrCommittee(organizations, alsoAt.organization);
  if (board === 'association' && alsoAt) {
    // `Trưởng ban Truyền thông Hiệp hội X`: the board's head, titled with the board, is held at the association; the
    // board no body listed of its own (as a company's department is not).
    title = alsoAt.title;
    titleKey = titleKeyOf(title.title);
    organizations = [alsoAt.organization];
    alsoAt = null;
  } else if (board === 'committee' && alsoAt) {
    // `Trưởng ban Dân vận Tỉnh ủy X`: a party committee's board is named with the committee, as the organizations
    // stage names `Ban Dân vận Tỉnh ủy X` written with a capital `Ban`.
    const unit = organizations[0] as EntityMention;
    organizations = [{ ...unit, end: alsoAt.organization.end, name: `${unit.name} ${alsoAt.organization.name}` }];
  }
  return { title, titleKey, organizations, end, referredBack, holder: null, holderSource: 'none', alsoAt };
}

/** The heads of an association's name (folded, a space after), whose boards (`Ban Truyền thông`) are no bodies listed. */
const ASSOCIATION_HEADS: readonly string[] = ['hiệp hội ', 'hội ', 'liên đoàn ', 'tổng hội ', 'liên hiệp '];
/** The heads of a party committee's name (folded, a space after), whose boards (`Ban Dân vận`) are named with it. */
const PARTY_COMMITTEE_HEADS: readonly string[] = ['tỉnh ủy ', 'thành ủy ', 'huyện ủy ', 'quận ủy ', 'thị ủy ', 'đảng ủy '];

/**
 * A board a head's title names (`Trưởng ban X`, its unit `Ban X` the only organization read after the title) right
 * before the body it is part of, a space between: an association's (`Hiệp hội Y`, written in full or by its acronym)
 * or a party committee's (`Tỉnh ủy Y`); null for another unit or body.
 */
function boardOfAssociationOrCommittee(organizations: readonly EntityMention[], body: EntityMention): 'association' | 'committee' | null {
  const unit = organizations[0];
  if (organizations.length !== 1 || !unit || !unit.name.startsWith('Ban ') || body.start !== unit.end + 1) return null;
  const name = foldKey(body.name);
  if (ASSOCIATION_HEADS.some((head) => name.startsWith(head))) return 'association';
  if (PARTY_COMMITTEE_HEADS.some((head) => name.startsWith(head))) return 'committee';
  return null;
}

/** A title of the lexicon ending with the council it chairs: `Chủ tịch Hội đồng trường` (group 1, the council). */
const COUNCIL_ENDING_TITLE = /^(?:[Pp]hó[ \t]+)?[Cc]hủ[ \t]+tịch[ \t]+(Hội[ \t]+đồng[ \t]+trường)$/u;

/**
 * `PGS.TS X, Chủ tịch Hội đồng trường.`: a chair's title that names the council, with no school after it, is the
 * chair (`Chủ tịch`) of the council the words name, a body of its own as the dev sets write it; with the school
 * after it (`Chủ tịch Hội đồng trường Trường Đại học X`) the title stays whole, held at the school. Null otherwise.
 */
function councilClosingTitle(
  text: string,
  title: TitleMention,
  titleContext: TitleContext,
): { title: TitleMention; council: EntityMention } | null {
  const words = COUNCIL_ENDING_TITLE.exec(title.title)?.[1];
  if (words === undefined) return null;
  const start = title.end - words.length;
  const council = lowerCaseCouncilAt(text, start);
  if (!council) return null;
  const named = titleContext.shortForms.named(council.name);
  const titleEnd = text.slice(title.start, start).trimEnd().length + title.start;
  return {
    title: { start: title.start, end: titleEnd, title: text.slice(title.start, titleEnd) },
    council: { ...council, ref: named?.id ?? null, name: named?.name ?? council.name },
  };
}

/** How far (characters) after a unit the body it is part of ends at most, for the holder to be read after it. */
const MAX_UNIT_TO_BODY = 120;

/** The head of an organizing committee (`Trưởng Ban Tổ chức`, its deputy), folded. */
const ORGANIZING_COMMITTEE_HEADS: ReadonlySet<string> = new Set(['trưởng ban tổ chức', 'phó trưởng ban tổ chức']);
/** An event an organizing committee is set up for, right after its head's title: `lễ hội`, `giải`, `hội chợ`. */
const EVENT_AFTER_COMMITTEE =
  /[ \t]+(?:lễ hội|giải|hội chợ|hội thi|cuộc thi|chương trình|sự kiện|liên hoan|festival|tuần lễ|ngày hội|triển lãm|hội diễn|hội thao|hội báo xuân|năm du lịch)(?![\p{L}\p{M}])/iuy;

/**
 * `X, Phó Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức lễ hội`: the head of the committee organizing one event holds a
 * task of the day, not a post in a standing body (unlike `Trưởng Ban Tổ chức Tỉnh ủy`, the party's organization
 * commission): no role.
 */
function headsEventCommittee(text: string, post: Post): boolean {
  if (!ORGANIZING_COMMITTEE_HEADS.has(post.titleKey)) return false;
  EVENT_AFTER_COMMITTEE.lastIndex = post.title.end;
  return EVENT_AFTER_COMMITTEE.test(text);
}

/** A unit named by a code or an acronym after the title: ` PC02`, ` CSGT`. */
const UNIT_ACRONYM_AFTER_TITLE = /^[ \t]+\p{Lu}[\p{Lu}\p{N}&]+$/u;
/**
 * Between a unit's name and the body it is part of, set beside it: a comma, an opening bracket (`Trưởng phòng X (Sở
 * Y)`), a dash between spaces (`Trưởng phòng X - Thống kê tỉnh Y`), or spaces.
 */
const UNIT_TO_BODY = /(?:[ \t]*,[ \t]*|[ \t]*\([ \t]*|[ \t]+[–—-][ \t]+|[ \t]+)/uy;
/**
 * What closes a body set after a comma: punctuation or the line's end (`..., Trung tâm X, về ...`), or a verb of
 * saying whose subject is the holder named before the post (`X, Trưởng phòng A, Sở Y tế cho biết`).
 */
const BODY_APPOSITION_END =
  /[ \t]*(?:\([^()\n]{1,24}\)[ \t]*)?(?:[,;.)]|\n|$|(?:cho biết|cho rằng|chia sẻ|khẳng định|nhấn mạnh|nhận định|thông tin)(?![\p{L}\p{M}\p{N}]))/uy;
/** An opening bracket right after a body, before the body it belongs to. */
const PARENT_IN_BRACKETS_OPEN = /[ \t]*\([ \t]*/uy;
/** What closes a body set in brackets after the unit: the closing bracket. */
const BODY_IN_BRACKETS_END = /[ \t]*\)/uy;

/**
 * Whether a body set after a unit is closed where it should be: by its bracket when the gap opened one, by
 * punctuation or a verb of saying when the gap was a comma (BODY_APPOSITION_END); a body right after the unit needs no close.
 */
function bodyClosedAfterGap(text: string, gap: string, body: EntityMention, entities: EntityMentions): boolean {
  const close = gap.includes('(') ? BODY_IN_BRACKETS_END : gap.includes(',') ? BODY_APPOSITION_END : null;
  if (!close) return true;
  close.lastIndex = body.end;
  if (close.test(text)) return true;
  // `..., Viện X (Viện Hàn lâm Y), cho rằng`: the body it belongs to in brackets after it, then the close.
  if (close !== BODY_APPOSITION_END) return false;
  PARENT_IN_BRACKETS_OPEN.lastIndex = body.end;
  const open = PARENT_IN_BRACKETS_OPEN.exec(text);
  const parent = open ? entities.startingAt(body.end + open[0].length) : null;
  if (parent?.kind !== 'organization') return false;
  BODY_IN_BRACKETS_END.lastIndex = parent.end;
  if (!BODY_IN_BRACKETS_END.test(text)) return false;
  BODY_APPOSITION_END.lastIndex = BODY_IN_BRACKETS_END.lastIndex;
  return BODY_APPOSITION_END.test(text);
}

/**
 * `Trưởng phòng Nhân sự Công ty X`, `Trưởng bộ môn Cờ, Trung tâm Huấn luyện X,`: a unit's head (`Phòng`, `Khoa`,
 * `Bộ môn`, `Ban`) whose unit is named after the title, then the body it is part of right after the unit or after a
 * comma (closed by punctuation there). The post is read at both levels: the head of the unit, and the title with
 * the unit's field (`Trưởng phòng Nhân sự`) in the body. Null otherwise: the unit alone, or a body joined by other
 * words (`của`, `thuộc`: departmentOfCompany).
 */
function unitInBody(
  text: string,
  title: TitleMention,
  titleKey: string,
  organizations: readonly EntityMention[],
  titleContext: TitleContext,
): { title: TitleMention; organization: EntityMention } | null {
  const unit = unitAfterHeadTitle(title, titleKey, organizations);
  if (!unit) return null;
  UNIT_TO_BODY.lastIndex = unit.end;
  const gap = UNIT_TO_BODY.exec(text);
  if (!gap) return null;
  const bodyStart = unit.end + gap[0].length;
  const dashed = /[–—-]/u.test(gap[0]);
  // `Trưởng phòng PC02 Công an tỉnh X`, `Trưởng phòng CSGT Công an tỉnh X`: a unit of a local body (the police, a
  // people's committee) and that body are one name, and a unit named by its code has no field to give the title.
  // A dash sets the two apart (`Trưởng phòng Thống kê kinh tế - Thống kê tỉnh X`).
  const local = startsLocalBody(text, bodyStart);
  const named = titleContext.entities.startingAt(bodyStart);
  const body = local && dashed && named?.kind !== 'organization' ? localBodyAt(text, bodyStart, titleContext.entities) : named;
  if (body?.kind !== 'organization' || (local && !dashed && !localBodyNamedWithPlace(text, body, titleContext))) return null;
  if (UNIT_ACRONYM_AFTER_TITLE.test(text.slice(title.end, unit.end))) return null;
  if (unit.name.startsWith('Ban ') && !COMPANY_NAME_OPENING.test(body.name) && !isBoardsBody(body, unit, gap[0])) return null;
  // `Trưởng phòng Khoa học - Công nghệ (Phòng KH-CN)`: a body in brackets of the unit's own kind is the unit's short
  // form, not the body it is part of.
  if (gap[0].includes('(') && body.name.startsWith(unit.name.slice(0, unit.name.indexOf(' ') + 1))) return null;
  if (!bodyClosedAfterGap(text, gap[0], body, titleContext.entities)) return null;
  return { title: { start: title.start, end: unit.end, title: text.slice(title.start, unit.end) }, organization: body };
}

/** Whether `body`, a space after the board `unit`, is an association or a party committee the board is part of. */
function isBoardsBody(body: EntityMention, unit: EntityMention, gap: string): boolean {
  return gap === ' ' && boardOfAssociationOrCommittee([unit], body) !== null;
}

/** The standing boards an association or a party committee elects, by their name's opening (folded, a space after). */
const ELECTED_BOARD_OPENINGS: readonly string[] = ['ban chấp hành ', 'ban thường vụ '];
/**
 * A fund's or a body's managing council (`Hội đồng quản lý Quỹ X`), whose chair is titled with the council and held at
 * the body, as a company's board chair is: the openings (folded, a space after) and the chair's titles.
 */
const MANAGING_COUNCIL_OPENINGS: readonly string[] = ['hội đồng quản lý '];
const COUNCIL_CHAIR_TITLES: ReadonlySet<string> = new Set(['chủ tịch', 'phó chủ tịch']);
/** A board member's title, folded: `Ủy viên`. */
const BOARD_MEMBER_TITLES: ReadonlySet<string> = new Set(['ủy viên', 'uỷ viên']);

/** An elected board written before the body that elects it, which the organizations stage left out of the name. */
const ELECTED_BOARD_BEFORE_BODY = /[ \t]+Ban[ \t]+(?:Chủ[ \t]+nhiệm|Chấp[ \t]+hành)(?=[ \t]+\p{Lu})/uy;

/**
 * `Ủy viên Ban Chủ nhiệm Đoàn Luật sư thành phố X`: a member's title, then an elected board (`Ban Chủ nhiệm`, `Ban
 * Chấp hành`) the organizations stage left out of the body's name after it: the member holds `Ủy viên Ban Chủ nhiệm`
 * at that body, as memberOfBoardInBody reads a board named with its body. Null where no organization starts right
 * after the board's words.
 */
function boardOfBodyAfterMember(text: string, title: TitleMention, titleContext: TitleContext): { title: TitleMention; body: EntityMention } | null {
  ELECTED_BOARD_BEFORE_BODY.lastIndex = title.end;
  if (!ELECTED_BOARD_BEFORE_BODY.test(text)) return null;
  const boardEnd = ELECTED_BOARD_BEFORE_BODY.lastIndex;
  const body = titleContext.entities.startingAt(boardEnd + 1);
  if (body?.kind !== 'organization' || text.charCodeAt(boardEnd) !== 0x20) return null;
  return { title: { start: title.start, end: boardEnd, title: text.slice(title.start, boardEnd) }, body };
}

/**
 * `Ủy viên Ban Chấp hành Hiệp hội X`: a member of the board an organization elects sits on that board and holds
 * the post `Ủy viên Ban Chấp hành` in the organization, read at both levels as a unit's head is. The organization
 * is the board's name without the board's words, the one the organizations stage listed by that name where it did.
 * So is the chair of a managing council (`Chủ tịch Hội đồng quản lý Quỹ X`: `Chủ tịch Hội đồng quản lý` at the fund).
 * Null for another title, a board named alone (`Ủy viên Ban Chấp hành,`) or no organization after the title.
 */
function memberOfBoardInBody(
  text: string,
  title: TitleMention,
  titleKey: string,
  organizations: readonly EntityMention[],
  titleContext: TitleContext,
): { title: TitleMention; organization: EntityMention } | null {
  const board = organizations[0];
  const openings = BOARD_MEMBER_TITLES.has(titleKey) ? ELECTED_BOARD_OPENINGS : COUNCIL_CHAIR_TITLES.has(titleKey) ? MANAGING_COUNCIL_OPENINGS : null;
  if (openings === null || organizations.length !== 1 || !board || board.kind !== 'organization') return null;
  const written = text.slice(board.start, board.end);
  const opening = openings.find((words) => foldKey(written).startsWith(words));
  if (opening === undefined) return null;
  const boardWords = opening.trim().split(' ').length;
  // `Ủy viên Ban Chấp hành Đảng bộ tỉnh` listed under the body's other name (`Tỉnh ủy`): the body as written.
  const nameWords = (foldKey(board.name).startsWith(opening) ? board.name : written).split(' ');
  if (nameWords.length <= boardWords + 1) return null;
  const rest = nameWords.slice(boardWords).join(' ');
  // `Ủy viên Ban Chấp hành Trung ương Đảng`: the Party's central committee is the board itself, no body it is
  // elected by (`Trung ương Đảng` is that committee's other name): the member sits on it only.
  if (foldKey(rest).startsWith('trung ương')) return null;
  const named = titleContext.shortForms.named(rest);
  const boardEnd = board.start + written.split(' ').slice(0, boardWords).join(' ').length;
  return {
    title: { start: title.start, end: boardEnd, title: text.slice(title.start, boardEnd) },
    organization: { start: boardEnd + 1, end: board.end, kind: 'organization', ref: named?.id ?? null, name: named?.name ?? rest },
  };
}

/**
 * Whether a local body after a unit is one the organizations stage named with more than the body and its level
 * read there (its place: `UBND xã Tân Lập`, `Công an tỉnh Yên Bái`): the unit's parent, not part of the unit's name
 * (the unit read after the title leaves it out, title-organizations.ts), so the post is read in it too.
 */
function localBodyNamedWithPlace(text: string, body: EntityMention, titleContext: TitleContext): boolean {
  const read = localBodyAt(text, body.start, titleContext.entities);
  return read !== null && body.end > read.end;
}

/** The units a staff member works in, by their name's opening: `Khoa`, `Phòng`, `Bộ môn`. */
const STAFF_UNIT_OPENINGS: readonly string[] = ['Khoa ', 'Phòng ', 'Bộ môn '];

/**
 * `giảng viên Khoa Vật lý, Trường Đại học X`: a post that heads no unit (a lecturer, a researcher), held in a
 * department named right after the title, then the body the department is part of, after a comma, a bracket or
 * spaces (closed as unitInBody closes it): the same post is held in that body too. Null otherwise: a head's title
 * (unitInBody reads it), a unit alone, a local body after it (`Phòng CSGT Công an tỉnh`, one name).
 */
function staffUnitInBody(
  text: string,
  title: TitleMention,
  titleKey: string,
  organizations: readonly EntityMention[],
  titleContext: TitleContext,
): { title: TitleMention; organization: EntityMention } | null {
  const unit = organizations[0];
  if (title.organization || organizations.length !== 1 || !unit || unitOfTitle(titleKey) !== null) return null;
  if (unit.start !== title.end + 1 || !STAFF_UNIT_OPENINGS.some((opening) => unit.name.startsWith(opening))) return null;
  UNIT_TO_BODY.lastIndex = unit.end;
  const gap = UNIT_TO_BODY.exec(text);
  if (!gap || /[–—-]/u.test(gap[0])) return null;
  const bodyStart = unit.end + gap[0].length;
  const body = titleContext.entities.startingAt(bodyStart);
  if (body?.kind !== 'organization' || startsLocalBody(text, bodyStart)) return null;
  if (STAFF_UNIT_OPENINGS.some((opening) => body.name.startsWith(opening))) return null;
  if (!bodyClosedAfterGap(text, gap[0], body, titleContext.entities)) return null;
  return { title, organization: body };
}

/** Right after a unit named alone: punctuation or the line's end, no body or place after it. */
const UNIT_ALONE_END = /[ \t]*(?:[,;.)]|\n|$)/uy;
/** `và` (and) after a faculty named alone, before the next person of a list (`Phó Trưởng khoa X và PGS.TS Y, ...`). */
const UNIT_ALONE_THEN_AND = /[ \t]+và(?=[ \t])/uy;

/**
 * `Trường Cao đẳng X khai giảng ...` then `ThS. Y, Trưởng phòng Đào tạo, cho biết`: a unit's head whose unit is
 * named alone after the title (no body after it), the holder named beside it, in an article whose headline names
 * one organization: the unit is that organization's, and the post with the unit's field (`Trưởng phòng Đào tạo`)
 * is held there. Not a committee (`Ban ...`, a body of its own), nor a unit named by its code. Null otherwise.
 */
function unitOfHeadlineOrganization(
  text: string,
  post: Post,
  subject: EntityMention,
  entities: EntityMentions,
): { title: TitleMention; organization: EntityMention } | null {
  const unit = unitAfterHeadTitle(post.title, post.titleKey, post.organizations);
  if (!unit || unit.name.startsWith('Ban ') || unit.name === subject.name) return null;
  // `Trưởng khoa Huyết học` in an article on a Red Cross society: a faculty or a clinical department is a school's or
  // a hospital's, never the unit of a body of another kind the headline names.
  if (unit.name.startsWith('Khoa ') && !hasFaculties(subject)) return null;
  // `Trưởng phòng PC02`: a unit named by its code (of a police force) has no field to give the title.
  if (UNIT_ACRONYM_AFTER_TITLE.test(text.slice(post.title.end, unit.end))) return null;
  UNIT_ALONE_END.lastIndex = unit.end;
  if (!UNIT_ALONE_END.test(text)) {
    // `PGS.TS X, Phó Trưởng khoa Lâm nghiệp và PGS.TS Y, ...`: a school's faculty, the list going on with the next
    // person, the unit alone (a `Phòng` so listed is left to its own: a district's or a company's as often).
    if (!unit.name.startsWith('Khoa ')) return null;
    UNIT_ALONE_THEN_AND.lastIndex = unit.end;
    if (!UNIT_ALONE_THEN_AND.test(text) || personAfter(text, UNIT_ALONE_THEN_AND.lastIndex, entities) === null) return null;
  }
  const { title } = post;
  return { title: { start: title.start, end: unit.end, title: text.slice(title.start, unit.end) }, organization: subject };
}

/** The head nouns (folded, a space after) of bodies that have a `Khoa`: schools, institutes, hospitals, medical centres. */
const BODIES_WITH_FACULTIES: readonly string[] = ['trường ', 'đại học ', 'học viện ', 'viện ', 'bệnh viện ', 'trung tâm y tế ', 'phân hiệu '];

/** True when `body` is of a kind that has faculties or clinical departments (`Khoa ...`). */
function hasFaculties(body: EntityMention): boolean {
  const name = body.name.toLowerCase();
  return BODIES_WITH_FACULTIES.some((head) => name.startsWith(head));
}

/** The title of a unit's head (`Trưởng phòng`, `Trưởng khoa`, `Trưởng bộ môn`, `Trưởng ban`), folded, and the unit's name opening. */
const UNIT_HEAD_TITLE = /(?:^|[ ])trưởng (?:phòng|khoa|bộ môn|ban)$/u;
const UNIT_NAME_OPENINGS: readonly string[] = ['Phòng ', 'Khoa ', 'Bộ môn ', 'Ban '];

/**
 * The unit a unit head's title names right after it (`Trưởng phòng` + `Phòng Nhân sự`), when the title has no
 * organization yet and that unit is the one organization after it; null otherwise. What unitInBody and
 * departmentOfCompany both start from.
 */
function unitAfterHeadTitle(title: TitleMention, titleKey: string, organizations: readonly EntityMention[]): EntityMention | null {
  const unit = organizations[0];
  if (title.organization || organizations.length !== 1 || !unit || !UNIT_HEAD_TITLE.test(titleKey)) return null;
  if (unit.start !== title.end + 1 || !UNIT_NAME_OPENINGS.some((opening) => unit.name.startsWith(opening))) return null;
  return unit;
}
/** The heads whose unit `của` (of) ties to the body it belongs to, folded. */
const OF_BODY_UNIT_HEAD_TITLE = /(?:^|[ ])trưởng (?:phòng|bộ môn|ban)$/u;
/** The opening of a company's name: `Công ty`, `Tổng công ty`, `Tập đoàn`, `Ngân hàng`. */
const COMPANY_NAME_OPENING = /^(?:Công ty|Tổng [Cc]ông ty|Tập đoàn|Ngân hàng)(?![\p{L}\p{M}])/u;
/** `thuộc` (under) between a unit and the body it belongs to: `Trưởng bộ môn Điền kinh thuộc Cục Thể dục thể thao`. */
const UNDER_WORD = /[ \t]+thuộc[ \t]+/uy;
/** `của` between a department and its company, or a coach and the club: `Trưởng phòng X của công ty`, `HLV X của Y`. */
const OF_WORD = /[ \t]+của[ \t]+/uy;

/**
 * `Trưởng phòng Kỹ thuật của công ty`, `Phó trưởng phòng Kinh doanh của Công ty X`, `Trưởng bộ môn Điền kinh thuộc
 * Cục Thể dục thể thao`: the unit a head's title names (`Phòng`, `Khoa`, `Bộ môn`), then `của` (of) or `thuộc`
 * (under) and the body it belongs to (named, or a lower-case short form referring back): the post is the unit's
 * head in that body, the unit part of the title. Null where neither word and a body follow the unit (`Trưởng phòng
 * Kinh doanh,`; a body right beside the unit, `Trưởng phòng Tư vấn Công ty X`, is unitInBody's), and for a
 * hospital's department with `của` (`Trưởng khoa Cấp cứu của bệnh viện` stays at `Khoa Cấp cứu`).
 */
function departmentOfCompany(
  text: string,
  title: TitleMention,
  titleKey: string,
  organizations: readonly EntityMention[],
  titleContext: TitleContext,
): { title: TitleMention; company: EntityMention } | null {
  const unit = unitAfterHeadTitle(title, titleKey, organizations);
  if (!unit) return null;
  // `thuộc` (under) ties any unit to the body it belongs to; `của` (of) a department or a section, not a hospital's
  // department (`Trưởng khoa Cấp cứu của bệnh viện` heads `Khoa Cấp cứu`, as the dev sets write it).
  UNDER_WORD.lastIndex = unit.end;
  OF_WORD.lastIndex = unit.end;
  const gap = UNDER_WORD.exec(text) ?? (OF_BODY_UNIT_HEAD_TITLE.test(titleKey) ? OF_WORD.exec(text) : null);
  if (!gap) return null;
  const at = unit.end + gap[0].length;
  const { entities, shortForms } = titleContext;
  const isPersonAt = (index: number): boolean => entities.startingAt(index)?.kind === 'person';
  const company = entities.startingAt(at) ?? shortForms.at(text, at, isPersonAt);
  if (company?.kind !== 'organization') return null;
  // A company's `Ban` is a department as a `Phòng` is; elsewhere a `Ban` is a body of its own (a committee).
  if (unit.name.startsWith('Ban ') && !COMPANY_NAME_OPENING.test(company.name)) return null;
  return { title: { start: title.start, end: unit.end, title: text.slice(title.start, unit.end) }, company };
}

/**
 * The head of a department or the deputy (`Trưởng phòng`, `Phó trưởng phòng`), of a board (`Trưởng ban`) or of a team
 * (`Tổ trưởng`), folded; the group is the head's noun.
 */
const DEPARTMENT_HEAD_TITLE = /(?:^|[ ])(trưởng phòng|trưởng ban|tổ trưởng|trưởng đơn vị|trưởng bộ phận)$/u;
/** Heads whose lower-case board, unit or section is read only with the body it belongs to named after it. */
const BODY_NEEDED_HEADS: ReadonlySet<string> = new Set(['trưởng ban', 'trưởng đơn vị', 'trưởng bộ phận']);
/** A lower-case word of a department's field, after spaces or a dash joining two fields (`kế hoạch - kỹ thuật`). */
const DEPARTMENT_FIELD_WORD = /(?:[ \t]+|[ \t]*[–—-][ \t]*)(\p{Ll}[\p{Ll}\p{M}]*)/uy;
/** Most words of a department's field written in lower case. */
const MAX_DEPARTMENT_FIELD_WORDS = 6;
/**
 * Lower-case words after a head's title that end a clause or qualify the post, never a department's field: verbs
 * and function words (`cho biết`, `đã`, `này`, `của`), time and rank (`cũ`, `mới`, `hiện`), people (`ông`).
 */
const NOT_DEPARTMENT_WORDS: ReadonlySet<string> = new Set([
  'của', 'tại', 'ở', 'và', 'đã', 'đang', 'sẽ', 'là', 'cho', 'với', 'về', 'trong', 'thuộc', 'kiêm', 'cùng', 'có',
  'được', 'bị', 'này', 'đó', 'ấy', 'kia', 'cũng', 'vừa', 'mới', 'cũ', 'nói', 'khi', 'từ', 'theo', 'nhận', 'trực',
  'hiện', 'thì', 'mà', 'nên', 'để', 'vì', 'như', 'ông', 'bà', 'anh', 'chị', 'nhiệm', 'giai', 'năm', 'tháng', 'ngày',
  'người', 'phụ', 'trách', 'đồng', 'thời', 'nguyên', 'cựu', 'biết', 'các', 'những', 'một', 'hai', 'ba', 'lúc', 'trước',
  'sau', 'tạm', 'quyền', 'thứ', 'không', 'chưa', 'còn', 'rồi', 'đến', 'làm', 'giữ',
]);
/** What closes a department's field with no body after it: a comma, a bracket, a semicolon, a stop, the line's end. */
const DEPARTMENT_FIELD_CLOSE = /[ \t]*(?:[,;()]|\.(?=\s|$)|\n|$)/uy;
/** `của` (of) or `thuộc` (under) between a department's field and the body it belongs to. */
const DEPARTMENT_OF = /[ \t]+(?:của|thuộc)[ \t]+/uy;
/** A form of address before a person's name (`ông`, `bà`, `đồng chí`), and the spaces after it. Regex source. */
const FORM_OF_ADDRESS = '(?:(?:ông|bà|anh|chị|đồng chí)[ \\t]+)';
/** `và` and maybe a form of address after a department's field, before the next person of a list. */
const DEPARTMENT_THEN_NEXT_PERSON = new RegExp(`[ \\t]+và[ \\t]+${FORM_OF_ADDRESS}?`, 'uy');

/**
 * `Trưởng phòng kế hoạch - kỹ thuật Công ty X`, `Trưởng phòng hành chính - nhân sự của công ty`, `Trưởng phòng
 * đào tạo,`: a department's head whose department is written in lower case: the title runs over the department's
 * words (a dash may join two fields), and the post is held at the body named right after it, or after `của` /
 * `thuộc` (a short form referring back included); with none, at the body the holder's sentence or the article is
 * about, as for a title alone. Null where no lower-case word follows, a word of the clause comes first (`Trưởng
 * phòng cho biết`, `Trưởng phòng cũ`), or the words run on to something that neither closes nor names a body
 * (`Trưởng phòng giáo dục huyện Mường La`: a place, left as it was).
 */
function withLowerCaseDepartment(
  text: string,
  title: TitleMention,
  titleKey: string,
  titleContext: TitleContext,
): { title: TitleMention; body: EntityMention | null } | null {
  const head = DEPARTMENT_HEAD_TITLE.exec(titleKey)?.[1];
  if (head === undefined) return null;
  const { entities, shortForms } = titleContext;
  const isPersonAt = (index: number): boolean => entities.startingAt(index)?.kind === 'person';
  let end = title.end;
  for (let words = 0; words < MAX_DEPARTMENT_FIELD_WORDS; words += 1) {
    DEPARTMENT_FIELD_WORD.lastIndex = end;
    const match = DEPARTMENT_FIELD_WORD.exec(text);
    const word = match?.[1];
    if (!match || word === undefined || NOT_DEPARTMENT_WORDS.has(word)) break;
    if (words === 0 && /[–—-]/u.test(match[0])) return null;
    // A team's head names the team (`Tổ trưởng tổ tư vấn`); a board's is no organizing committee of an event
    // (`Trưởng ban tổ chức lễ hội`, headsEventCommittee).
    if (words === 0 && (head === 'tổ trưởng' ? word !== 'tổ' : head === 'trưởng ban' && word === 'tổ')) return null;
    const wordStart = end + match[0].length - word.length;
    // `Trưởng phòng kinh doanh công ty`: a body's short form ends the field.
    if (words > 0 && (entities.startingAt(wordStart) !== null || shortForms.at(text, wordStart, isPersonAt) !== null)) break;
    end = wordStart + word.length;
  }
  if (end === title.end) return null;
  const department: TitleMention = { start: title.start, end, title: text.slice(title.start, end) };
  DEPARTMENT_FIELD_CLOSE.lastIndex = end;
  // A board in lower case is read only with the body it belongs to (`Trưởng ban trọng tài Công ty X`).
  if (DEPARTMENT_FIELD_CLOSE.test(text)) return BODY_NEEDED_HEADS.has(head) ? null : { title: department, body: null };
  // `bà A, nguyên Trưởng phòng kế hoạch - tài chính và ông B`: the field closes before the next person of a list.
  DEPARTMENT_THEN_NEXT_PERSON.lastIndex = end;
  if (DEPARTMENT_THEN_NEXT_PERSON.exec(text) && isPersonAt(DEPARTMENT_THEN_NEXT_PERSON.lastIndex)) {
    return BODY_NEEDED_HEADS.has(head) ? null : { title: department, body: null };
  }
  DEPARTMENT_OF.lastIndex = end;
  const of = DEPARTMENT_OF.exec(text);
  let at = end + (of?.[0].length ?? 0);
  if (!of) {
    while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at += 1;
  }
  const body = entities.startingAt(at) ?? shortForms.at(text, at, isPersonAt);
  if (body?.kind === 'organization') return { title: department, body };
  // `Trưởng phòng kinh doanh Nguyễn Văn A`: the holder named right after the department.
  return body?.kind === 'person' && !of && !BODY_NEEDED_HEADS.has(head) ? { title: department, body: null } : null;
}

/** A director's title a field may qualify (`Giám đốc Phân tích`, `Phó Giám đốc Khối Vận hành`), folded. */
const FIELD_QUALIFIED_TITLE = /(?:^|[ ])giám đốc$/u;
/** The next word after spaces. */
const FIELD_WORD = /[ \t]+([\p{L}\p{M}]+)/uy;
const MAX_FIELD_WORDS = 3;
/** Words between a field and the body the post is held in (`Giám đốc Phân tích của Công ty X`). */
const FIELD_LINK_WORDS: ReadonlySet<string> = new Set(['của', 'tại', 'thuộc']);

/**
 * `Giám đốc Phân tích Công ty X`: a director's title, then a field starting with a capital and running on over
 * lower-case words, then the organization: the field is part of the title. Nothing when no organization follows
 * the field (`Giám đốc Nguyễn Văn An`, a name) or the field is a name found (a place, a person).
 */
function withField(text: string, title: TitleMention, titleKey: string, titleContext: TitleContext): TitleMention | null {
  if (!FIELD_QUALIFIED_TITLE.test(titleKey)) return null;
  const { entities } = titleContext;
  let end = title.end;
  for (let words = 0; words < MAX_FIELD_WORDS; words += 1) {
    FIELD_WORD.lastIndex = end;
    const match = FIELD_WORD.exec(text);
    const word = match?.[1];
    if (!match || word === undefined) return null;
    const wordStart = end + match[0].length - word.length;
    if (entities.startingAt(wordStart) !== null) {
      if (words === 0 || entities.startingAt(wordStart)?.kind !== 'organization') return null;
      return { start: title.start, end, title: text.slice(title.start, end) };
    }
    if (words === 0 ? !/^\p{Lu}\p{Ll}/u.test(word) : !/^\p{Ll}/u.test(word)) return null;
    // `Giám đốc Phân tích của SVS`: a word that links the post to its body ends the field before it.
    if (words > 0 && FIELD_LINK_WORDS.has(word)) {
      const body = organizationAfterKindWords(text, wordStart + word.length, entities);
      return body !== null ? { start: title.start, end, title: text.slice(title.start, end) } : null;
    }
    end = wordStart + word.length;
  }
  FIELD_WORD.lastIndex = end;
  const last = FIELD_WORD.exec(text);
  const lastWord = last?.[1];
  if (!last || lastWord === undefined) return null;
  const lastStart = end + last[0].length - lastWord.length;
  // After `của` (or `tại`, `thuộc`), the body may follow words naming its kind; else it follows the field at once.
  const after = FIELD_LINK_WORDS.has(lastWord)
    ? organizationAfterKindWords(text, lastStart + lastWord.length, entities)
    : entities.startingAt(lastStart);
  return after?.kind === 'organization' ? { start: title.start, end, title: text.slice(title.start, end) } : null;
}

/** Staff posts written in lower case that a field in lower case may follow (`chuyên viên phân tích`), folded. */
const LOWER_CASE_FIELD_TITLES: ReadonlySet<string> = new Set(['chuyên viên', 'nghiên cứu viên', 'cố vấn', 'trợ lý']);
/**
 * A team leader's title, written with a capital or not, that the team's field in lower case may follow before `của`
 * and the body (`Trưởng nhóm chuyên gia của Bệnh viện X`), folded.
 */
const TEAM_LEADER_TITLES: ReadonlySet<string> = new Set(['trưởng nhóm']);
const MAX_LOWER_CASE_FIELD_WORDS = 5;
/** Words that end a clause, not a field: `chuyên viên cho biết tại ...`. */
const NOT_FIELD_WORDS: ReadonlySet<string> = new Set([
  'cho', 'biết', 'là', 'và', 'đã', 'đang', 'sẽ', 'nói', 'được', 'với', 'ở', 'nhận', 'cũng', 'này', 'đó', 'khi', 'thì',
]);

/**
 * `chuyên viên phân tích cấp cao của Công ty X`, `Trưởng nhóm chuyên gia của Bệnh viện Y`: a staff post written in
 * lower case (a team leader's in either case), its field and rank in lower-case words, then `của` (or `tại`,
 * `thuộc`) and the organization: the field is part of the title. Nothing when no
 * organization follows, or a word of the clause comes first (`chuyên viên cho biết`).
 */
function withLowerCaseField(text: string, title: TitleMention, titleKey: string, titleContext: TitleContext): TitleMention | null {
  if (!(LOWER_CASE_FIELD_TITLES.has(titleKey) && /^\p{Ll}/u.test(title.title)) && !TEAM_LEADER_TITLES.has(titleKey)) return null;
  let end = title.end;
  for (let words = 0; words <= MAX_LOWER_CASE_FIELD_WORDS; words += 1) {
    FIELD_WORD.lastIndex = end;
    const match = FIELD_WORD.exec(text);
    const word = match?.[1];
    if (!match || word === undefined || !/^\p{Ll}/u.test(word)) return null;
    const wordStart = end + match[0].length - word.length;
    if (FIELD_LINK_WORDS.has(word)) {
      if (words === 0) return null;
      FIELD_WORD.lastIndex = wordStart + word.length;
      const next = FIELD_WORD.exec(text);
      const body = next?.[1] ? titleContext.entities.startingAt(wordStart + word.length + next[0].length - next[1].length) : null;
      return body?.kind === 'organization' ? { start: title.start, end, title: text.slice(title.start, end) } : null;
    }
    if (NOT_FIELD_WORDS.has(word)) return null;
    end = wordStart + word.length;
  }
  return null;
}

/** `phụ trách` (in charge) right after a title and before the organization it is held in. */
const IN_CHARGE = /[ \t]+phụ trách(?=[ \t]+\p{Lu})/uy;
/**
 * `phụ trách` (in charge) right after a title and before a comma or the sentence's end, or before what the post is
 * given for (`để`, `nhằm`: `làm Phó Hiệu trưởng phụ trách để điều hành nhà trường`): in charge of the body.
 */
const IN_CHARGE_ALONE = /[ \t]+phụ trách(?=[ \t]*(?:[,;.)]|\n|$)|[ \t]+(?:để|nhằm)(?![\p{L}\p{M}]))/uy;

/**
 * `Phó Vụ trưởng phụ trách Vụ Kế hoạch`: a deputy in charge of the body named right after holds the title with
 * `phụ trách`; so does one in charge of nothing named (`bà X, Phó Giám đốc phụ trách, được giao điều hành ...`:
 * the acting head). A field after it (`Phó Tổng giám đốc phụ trách sản xuất`) leaves the title as it was.
 */
function inCharge(text: string, title: TitleMention, titleContext: TitleContext): TitleMention {
  if (title.organization) return title;
  IN_CHARGE_ALONE.lastIndex = title.end;
  const alone = IN_CHARGE_ALONE.exec(text);
  if (alone) {
    const end = title.end + alone[0].length;
    return { start: title.start, end, title: text.slice(title.start, end) };
  }
  IN_CHARGE.lastIndex = title.end;
  const match = IN_CHARGE.exec(text);
  if (!match) return title;
  const end = title.end + match[0].length;
  let next = end;
  while (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0x09) next += 1;
  const after = titleContext.entities.startingAt(next);
  if (after?.kind !== 'organization') return title;
  return { start: title.start, end, title: text.slice(title.start, end) };
}

/**
 * `phụ trách` (in charge of) and a field of a few words, then `của` (of) and the organization: `Phó Chủ tịch phụ
 * trách khu vực Đông Nam Á của Tập đoàn X`; or the region a post covers, said by `khu vực` / `vùng` (area, region):
 * `Giám đốc kinh doanh khu vực châu Á của Công ty X`. Bounded, no punctuation in the field.
 */
const IN_CHARGE_OF_FIELD = /[ \t]+(?:phụ trách[ \t]+|(?=(?:khu vực|vùng)[ \t]))[^\s,;.:!?()\[\]–—"“”][^,;.:!?()\[\]\n–—"“”]{0,48}?[ \t]+của[ \t]+/uy;

/**
 * The organization after a field the post is in charge of (`Phó Chủ tịch phụ trách khu vực Đông Nam Á của Foxwell`,
 * a short form included): the post is held there, its title as written before `phụ trách`. Null when no
 * organization follows `của`.
 */
function organizationAfterFieldInCharge(text: string, title: TitleMention, titleContext: TitleContext): EntityMention | null {
  IN_CHARGE_OF_FIELD.lastIndex = title.end;
  const match = IN_CHARGE_OF_FIELD.exec(text);
  if (!match) return null;
  const at = title.end + match[0].length;
  const { entities, shortForms } = titleContext;
  const isPersonAt = (index: number): boolean => entities.startingAt(index)?.kind === 'person';
  const organization = entities.startingAt(at) ?? shortForms.at(text, at, isPersonAt);
  return organization?.kind === 'organization' ? organization : null;
}

/** Most spaces between a title and the lower-case head noun after it that refers back (`Giám đốc  bệnh viện`). */
const MAX_SPACES_BEFORE_HEAD_NOUN = 3;

/** Between two posts held at once: `kiêm` (and concurrently). */
const CONCURRENTLY = /^(?:[ \t]*\([^()\n]{1,15}\))?[ \t]+kiêm[ \t]+$/u;

/**
 * `Phó Chủ tịch kiêm Tổng Thư ký Hiệp hội X`: a post with no organization of its own, joined by `kiêm` to the next
 * one, is held in that post's organizations, or in the body that post's lower-case head noun refers back to
 * (`nhà sáng lập kiêm Tổng giám đốc công ty`).
 */
function sharePostsJoinedByConcurrently(text: string, posts: Post[], shortForms: OrganizationShortForms): Array<readonly [Post, Post]> {
  const boardHeads: Array<readonly [Post, Post]> = [];
  for (let index = posts.length - 2; index >= 0; index -= 1) {
    const post = posts[index] as Post;
    const next = posts[index + 1] as Post;
    if (post.organizations.length > 0 || post.referredBack !== null) continue;
    if (next.organizations.length === 0 && next.referredBack === null) continue;
    if (next.title.start - post.end > 30 || !CONCURRENTLY.test(text.slice(post.end, next.title.start))) continue;
    // `Phó Hiệu trưởng kiêm Giám đốc Trung tâm X`: a head of a kind of body (a school's) is not the head of a body of
    // another kind; the post is held where a title alone is.
    const body = next.organizations[0];
    if (body !== undefined && !isBodyOfHeadsKind(post, body)) continue;
    // `Phó Tổng Giám đốc kiêm Giám đốc Khối X Ngân hàng Y`: a company's post is not held in one of its units.
    if (body !== undefined && isCompanyPostAtUnit(post, body)) {
      const parent = companyEndingUnitName(text, body, shortForms);
      if (parent) post.organizations = [parent];
      continue;
    }
    // `Phó Chủ tịch thường trực kiêm Trưởng ban Tài chính`: a body's post is not held in one of its own boards.
    if (body !== undefined && headsInternalBoard(text, post, next, body)) {
      boardHeads.push([post, next]);
      continue;
    }
    // `nhà sáng lập kiêm Tổng giám đốc công ty`: the body the second post refers back to is the first's too.
    if (next.organizations.length > 0) post.organizations = next.organizations;
    else post.referredBack = next.referredBack;
  }
  return boardHeads;
}

/** The head of a board and the deputy, folded. */
const BOARD_HEAD_TITLES: ReadonlySet<string> = new Set(['trưởng ban', 'phó trưởng ban']);
/** A board named by its field alone: `Ban`, a capitalized word, at most two lower-case words (`Ban Tài chính`). */
const INTERNAL_BOARD_NAME = /^Ban[ \t]+\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+[\p{Ll}\p{M}]+){0,2}$/u;
/** Right after a body's name, the name of another body it belongs to (a capital word). */
const PARENT_NAME_AFTER = /^[ \t]+\p{Lu}/u;

/**
 * `Phó Chủ tịch thường trực kiêm Trưởng ban Tài chính`: a post of a body as a whole (not a board's head) joined by
 * `kiêm` to the head of a board named by its field alone, no parent after it, is the head of one of that body's
 * boards: the first post is not held in the board, and the board's head is held where the first post is.
 */
function headsInternalBoard(text: string, post: Post, next: Post, board: EntityMention): boolean {
  if (!BOARD_HEAD_TITLES.has(next.titleKey) || next.organizations.length !== 1 || headOfTitle(post.titleKey) === 'ban') return false;
  if (BOARD_HEAD_TITLES.has(post.titleKey) || !INTERNAL_BOARD_NAME.test(board.name)) return false;
  return !PARENT_NAME_AFTER.test(text.slice(board.end, board.end + 3));
}

/**
 * A minister's rank (folded) and the post that a committee of a ministry's rank gives it: `Thứ trưởng, Phó Chủ nhiệm
 * Ủy ban Dân tộc`, `Bộ trưởng, Chủ nhiệm Ủy ban X`.
 */
const MINISTER_RANK_THEN_COMMITTEE_POST: ReadonlyMap<string, string> = new Map([['thứ trưởng', 'phó chủ nhiệm'], ['bộ trưởng', 'chủ nhiệm']]);
/** A committee's name: `Ủy ban ...`. */
const COMMITTEE_NAME_OPENING = /^[ỦUủu][ỷy][ \t]+ban[ \t]/u;

/**
 * `X, Phó Trưởng ban Thường trực khóa trước, được suy cử làm Trưởng ban Trị sự`: a deputy's post with no organization,
 * then the same holder's head post of that title (the next post, joined as one holder's posts are) at one body of
 * the kind it heads: the deputy was the deputy there.
 */
function takeBodyOfHeadPostAfter(text: string, post: Post, next: Post | null): void {
  if (next === null) return;
  const body = next.organizations[0];
  if (body === undefined || next.organizations.length !== 1) return;
  if (MINISTER_RANK_THEN_COMMITTEE_POST.get(post.titleKey) === next.titleKey) {
    // `Bà X, Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc`: a minister's rank, then the same holder's post at a
    // committee of a ministry's rank: the rank is held there.
    if (!COMMITTEE_NAME_OPENING.test(body.name) || post.end > next.title.start || !HOLDER_TO_NEXT_POST.test(text.slice(post.end, next.title.start))) return;
    post.organizations = [body];
    return;
  }
  if (!post.titleKey.startsWith('phó ') || next.titleKey.startsWith('phó ')) return;
  if (baseOfTitle(next.titleKey) !== baseOfTitle(post.titleKey)) return;
  if (post.end > next.title.start || next.title.start - post.end > MAX_BETWEEN_POSTS_OF_SAME_HOLDER) return;
  if (!NEXT_POST_OF_SAME_HOLDER.test(text.slice(post.end, next.title.start)) || !isBodyOfHeadsKind(post, body)) return;
  post.organizations = [body];
}

/**
 * `X, Phó Chỉ huy trưởng Bộ CHQS tỉnh kiêm Tham mưu trưởng`: a post joined by `kiêm` to the same holder's post
 * before it, or the same post held in charge after it (`X, Phó Hiệu trưởng, làm Phó Hiệu trưởng phụ trách`), with
 * no organization of its own, is held in that post's organization, where it is of the kind the post
 * heads (a school's head is no head of a centre) and not a unit of a company for a company's post.
 */
function takeBodyOfPostBeforeConcurrently(text: string, post: Post, previous: Post, shortForms: OrganizationShortForms): void {
  const body = previous.organizations[0];
  if (body === undefined || previous.organizations.length !== 1 || previous.end > post.title.start) return;
  // `X, Phó Hiệu trưởng, làm Phó Hiệu trưởng phụ trách`: the same post, now in charge, is held where it was.
  const samePost = withoutQualifier(post.titleKey) === withoutQualifier(previous.titleKey);
  if (post.title.start - previous.end > 30 || (!samePost && !CONCURRENTLY.test(text.slice(previous.end, post.title.start)))) return;
  if (!isBodyOfHeadsKind(post, body) || isCompanyPostAtUnit(post, body)) return;
  post.organizations = [parentOfInternalUnit(text, post, body, shortForms) ?? body];
}

/** The internal units of a body named with it (`Thanh tra Sở Y tế`, `Văn phòng UBND tỉnh`), as written. */
const INTERNAL_UNIT_OPENING = /^(?:Thanh tra|Văn phòng)[ \t]+(?=\p{Lu})/u;
/** A head's title over a department written in lower case (`Trưởng phòng nghiệp vụ y`). */
const LOWER_CASE_DEPARTMENT_TITLE = /(?:^|[ \t])[Tt]rưởng phòng[ \t]+\p{Ll}/u;

/**
 * `Chánh Thanh tra Sở Y tế kiêm Trưởng phòng nghiệp vụ y`: a department written in lower case is the parent body's
 * (`Sở Y tế`), not its inspectorate's or office's: the body the internal unit is named with, where the article names
 * it. Null otherwise.
 */
function parentOfInternalUnit(text: string, post: Post, body: EntityMention, shortForms: OrganizationShortForms): EntityMention | null {
  if (!LOWER_CASE_DEPARTMENT_TITLE.test(post.title.title)) return null;
  const opening = INTERNAL_UNIT_OPENING.exec(text.slice(body.start, body.end));
  if (!opening) return null;
  const rest = text.slice(body.start + opening[0].length, body.end);
  return shortForms.lastNamedBefore(foldKey(rest), post.title.start, MAX_COMPANY_REFERENCE_DISTANCE) ?? shortForms.onlyNamedBefore(foldKey(rest), post.title.start);
}

/** The bodies every organization holds (`Chi bộ`, `Đảng ủy`, `Công đoàn`, ...), as written. Regex source. */
const BODY_KINDS = 'Chi[ \\t]+bộ|Đảng[ \\t]+ủy|Đảng[ \\t]+uỷ|Công[ \\t]+đoàn|Chi[ \\t]+đoàn|Đoàn[ \\t]+Thanh[ \\t]+niên';
/**
 * After a post, a body every organization holds named by its kind alone (a party cell, a union, a youth branch), then
 * a comma and the holder's next post: `Bí thư Chi bộ, Giám đốc Trung tâm X`; the kind is the match's group.
 */
const BODY_WITHIN_ALONE_THEN_COMMA = new RegExp(`^[ \\t]+(${BODY_KINDS})[ \\t]*,[ \\t]*$`, 'u');
/** A body every organization holds named by its kind alone, as written. */
const BODY_KIND_ALONE = new RegExp(`^(?:${BODY_KINDS})$`, 'u');

/**
 * The name of a body of a kind (`Đảng ủy`) within an organization: a local government's is the place's of that
 * level (`UBND xã Tân Lập` → `Đảng ủy xã Tân Lập`), any other's is named with the organization (`Chi bộ Trung tâm Y`).
 */
function bodyWithinNamed(kind: string, organization: string): string {
  const local = splitLocalBodyName(organization);
  return local !== null && local[1].startsWith(' ') ? `${kind} ${local[2]}${local[1]}` : `${kind} ${organization}`;
}

/** How far apart (characters) the title of a post with a bare body and the next post's title stand at most. */
const MAX_BARE_BODY_TO_NEXT_POST = 30;

/**
 * `X, Bí thư Chi bộ, Giám đốc Trung tâm Y`: a post in a body named by its kind alone, right before the holder's next
 * post in an organization, is held in that organization's body of that kind (`Chi bộ Trung tâm Y`), named as a
 * body within an organization is (`Bí thư Chi bộ trường` → `Chi bộ Trường Z`). The post then ends after the kind,
 * and the next post is read as the same holder's.
 */
function giveBodiesWithinNextPostsBody(text: string, posts: Post[], shortForms: OrganizationShortForms): void {
  for (let index = 0; index + 1 < posts.length; index += 1) {
    const post = posts[index] as Post;
    const next = posts[index + 1] as Post;
    const organization = next.organizations[0];
    if (post.referredBack !== null || !organization || organization.kind !== 'organization') continue;
    if (BOARD_MEMBER_TITLES.has(post.titleKey) && boardOfNextPostsCommittee(text, post, next, organization, shortForms)) continue;
    // `Phó Bí thư Đảng ủy, Chủ tịch UBND xã X`: the kind alone read as a short form of another body of that kind is
    // the kind alone all the same.
    const bare = post.organizations.length === 1 ? post.organizations[0] : undefined;
    const start = bare !== undefined && BODY_KIND_ALONE.test(text.slice(bare.start, bare.end)) ? post.title.end : post.end;
    if (post.organizations.length > 0 && start === post.end) continue;
    if (next.title.start - start > MAX_BARE_BODY_TO_NEXT_POST) continue;
    const gap = text.slice(start, next.title.start);
    const kind = BODY_WITHIN_ALONE_THEN_COMMA.exec(gap)?.[1];
    if (kind === undefined) continue;
    const kindStart = start + gap.indexOf(kind);
    const name = bodyWithinNamed(kind.replace(/[ \t]+/gu, ' '), organization.name);
    const named = shortForms.named(name);
    post.organizations = [{ start: kindStart, end: kindStart + kind.length, kind: 'organization', ref: named?.id ?? null, name: named?.name ?? name }];
    post.end = kindStart + kind.length;
  }
}

/** A party committee's standing boards named alone, as written: `Ban Thường vụ`, `Ban Chấp hành`. */
const STANDING_BOARD_ALONE = /^Ban[ \t]+(?:Thường[ \t]+vụ|Chấp[ \t]+hành)$/u;

/**
 * `bà X, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy`: a member of a standing board named alone, then the
 * holder's next post, after a comma, at a party committee or one of its boards: the standing board is that
 * committee's (`Ban Thường vụ Tỉnh ủy`), the one the article lists by that name where it does. False where the
 * post is no such member's.
 */
function boardOfNextPostsCommittee(text: string, post: Post, next: Post, organization: EntityMention, shortForms: OrganizationShortForms): boolean {
  const board = post.organizations[0];
  if (!board || post.organizations.length !== 1 || !STANDING_BOARD_ALONE.test(text.slice(board.start, board.end))) return false;
  if (board.end > next.title.start || !HOLDER_TO_NEXT_POST.test(text.slice(board.end, next.title.start))) return false;
  const name = foldKey(organization.name);
  const head = PARTY_COMMITTEE_HEADS.find((committee) => name.startsWith(committee) || name.includes(` ${committee.trimEnd()}`));
  if (head === undefined) return false;
  const at = name.startsWith(head) ? 0 : name.indexOf(` ${head.trimEnd()}`) + 1;
  const committee = organization.name.slice(at);
  const boardName = `${text.slice(board.start, board.end).replace(/[ \t]+/gu, ' ')} ${committee}`;
  const named = shortForms.named(boardName);
  post.organizations = [{ ...board, ref: named?.id ?? null, name: named?.name ?? boardName }];
  return true;
}

function byPosition(a: TextSpan, b: TextSpan): number {
  return a.start - b.start || a.end - b.end;
}

function setHolder(post: Post, holder: EntityMention, source: HolderSource): void {
  post.holder = holder;
  post.holderSource = source;
}

/** `HLV Diego Almeida của Phù Sa Cần Thơ`: a team's post whose holder's club is named after `của` without `CLB`. */
function clubOfCoach(text: string, titleKey: string, person: EntityMention, context: TitleContext): EntityMention | null {
  if (!SPORTS_POST_KEYS.has(titleKey)) return null;
  OF_WORD.lastIndex = person.end;
  const of = OF_WORD.exec(text);
  return of ? clubNamedWithoutHead(text, person.end + of[0].length, context, true) : null;
}

/** `của` (of) between a team and its coach's or captain's post: `Sài Gòn Phương Đông của HLV X`. */
const OF_BEFORE_POST = /[ \t]+của[ \t]+$/u;
/** How far before a post `X của` is looked for. */
const OF_BEFORE_POST_WINDOW = 8;

/**
 * The team a team's post (a coach, a captain) with no club after it is held in: the club right before it with `của`
 * (`Sài Gòn Phương Đông của HLV người Tây Ban Nha X`), else the only club named in the sentence before it (`Sao Vàng
 * Đà Nẵng gỡ hòa nhờ pha dứt điểm của đội trưởng X`) when it opens the sentence or a clause. Null with two clubs before
 * it (`X thắng Y nhờ bàn của đội trưởng Z`: whose captain needs the match's reading), or one in the clause's body
 * (`Sau chiến thắng trước Hà Nội I, HLV X`: the beaten side).
 */
function teamOfPost(text: string, post: Post, sentence: TextSpan, entities: EntityMentions): EntityMention | null {
  if (!SPORTS_POST_KEYS.has(post.titleKey)) return null;
  const start = post.title.start;
  const of = OF_BEFORE_POST.exec(text.slice(Math.max(sentence.start, start - OF_BEFORE_POST_WINDOW), start));
  if (of) {
    const team = entities.lastWithin(sentence.start, start - of[0].length);
    if (team?.kind === 'organization' && team.end === start - of[0].length) return team;
  }
  let only: EntityMention | null = null;
  for (const mention of entities.within(sentence.start, start)) {
    if (mention.kind !== 'organization') continue;
    if (only !== null && only.name !== mention.name) return null;
    only = mention;
  }
  // Only a team opening the sentence or a clause is its subject: `Sau chiến thắng trước Hà Nội I, HLV X ...` is not.
  return only !== null && opensClause(text, sentence.start, only.start) ? only : null;
}

/** A national team's name as the organizations stage lists it, folded: `đội tuyển việt nam`. */
const NATIONAL_TEAM_PREFIX = 'đội tuyển ';

function isNationalTeam(mention: EntityMention): boolean {
  return mention.kind === 'organization' && mention.ref !== null && mention.name.toLowerCase().startsWith(NATIONAL_TEAM_PREFIX);
}

/** The mentions, in text order, of the one national team the article lists; empty for none or two. */
function mentionsOfOnlyNationalTeam(entities: EntityMentions): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const mention of entities.all) {
    if (!isNationalTeam(mention)) continue;
    if (mentions.length > 0 && (mentions[0] as EntityMention).ref !== mention.ref) return [];
    mentions.push(mention);
  }
  return mentions;
}

/** A national team in lower case right after a coach's title: `HLV trưởng đội tuyển điền kinh quốc gia`. */
const NATIONAL_TEAM_AFTER_TITLE = /[ \t]+đội[ \t]+tuyển(?![\p{L}\p{M}\p{N}])/uy;

/**
 * `HLV trưởng X`, `Trợ lý HLV Y` given no body by any other reading, with no other organization in their sentence, in
 * a report that lists one national team (`đội tuyển Việt Nam`) and names it before the post: that team's staff (its
 * last mention before). Null where the article lists two national teams or none, or the sentence names another body
 * (`HLV X thừa nhận Sài Gòn Phương Đông khởi đầu chậm`: a club's), unless the title goes on with the team in lower
 * case (`Huấn luyện viên trưởng đội tuyển điền kinh quốc gia`), which refers back to the one team listed.
 */
function nationalTeamOfPost(text: string, post: Post, sentence: TextSpan, entities: EntityMentions, team: readonly EntityMention[]): EntityMention | null {
  if (team.length === 0 || !SPORTS_POST_KEYS.has(post.titleKey)) return null;
  NATIONAL_TEAM_AFTER_TITLE.lastIndex = post.title.end;
  const teamAfterTitle = NATIONAL_TEAM_AFTER_TITLE.test(text);
  for (const mention of entities.within(sentence.start, sentence.end)) {
    if (mention.kind === 'organization' && !isNationalTeam(mention) && !teamAfterTitle) return null;
  }
  // The last mention before the post, by binary search over the mentions in text order.
  let low = 0;
  let high = team.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((team[middle] as EntityMention).end <= post.title.start) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? (team[low - 1] as EntityMention) : null;
}

/** Whether `at` opens the sentence starting at `sentenceStart`, or a clause after a comma. */
function opensClause(text: string, sentenceStart: number, at: number): boolean {
  let position = at;
  while (position > sentenceStart && (text.charCodeAt(position - 1) === 0x20 || text.charCodeAt(position - 1) === 0x09)) position -= 1;
  return position === sentenceStart || text.charCodeAt(position - 1) === 0x2c;
}

/** `đối với` (regarding) and an honorific after a post: `miễn nhiệm chức vụ X đối với ông Y`. */
const FOR_PERSON = new RegExp(`[ \\t]+đối[ \\t]+với[ \\t]+${FORM_OF_ADDRESS}?`, 'uy');
/** `cho` (to) and an honorific after a post, before the person it is given to. */
const TO_PERSON = new RegExp(`[ \\t]+cho[ \\t]+${FORM_OF_ADDRESS}?`, 'uy');
/** An academic or professional degree before a name: `PGS.TS `, `ThS `, `BS.CKII `. */
const DEGREE_BEFORE_NAME = /(?:\p{Lu}\p{L}{0,3}\.)*\p{Lu}\p{L}{0,3}[ \t]+/uy;
/**
 * A decision handing the post over, right before the title: `trao quyết định công nhận`, `quyết định bổ nhiệm chức
 * vụ`.
 */
const DECISION_BEFORE_TITLE = /quyết[ \t]+định[ \t]+(?:công[ \t]+nhận|bổ[ \t]+nhiệm|điều[ \t]+động|chỉ[ \t]+định|giao)(?:[ \t]+(?:chức[ \t]+vụ|chức|giữ[ \t]+chức[ \t]+vụ|giữ[ \t]+chức|làm))?[ \t]+$/u;
/** How far back (characters) the decision is read. */
const DECISION_WINDOW = 48;

/**
 * `trao quyết định công nhận Hiệu trưởng cho PGS.TS X`, `trao quyết định bổ nhiệm Giám đốc Sở Y cho ông X`: the
 * person a decision gives the post to, named after `cho` (a degree or an honorific before the name); null otherwise.
 */
function personGivenPostByDecision(text: string, post: Post, entities: EntityMentions): EntityMention | null {
  TO_PERSON.lastIndex = post.end;
  if (!TO_PERSON.exec(text)) return null;
  const at = TO_PERSON.lastIndex;
  if (!DECISION_BEFORE_TITLE.test(text.slice(Math.max(0, post.title.start - DECISION_WINDOW), post.title.start))) return null;
  const named = entities.startingAt(at);
  if (named?.kind === 'person') return named;
  DEGREE_BEFORE_NAME.lastIndex = at;
  if (!DEGREE_BEFORE_NAME.exec(text)) return null;
  const afterDegree = entities.startingAt(DEGREE_BEFORE_NAME.lastIndex);
  return afterDegree?.kind === 'person' ? afterDegree : null;
}
/** How far back (characters) the person of a sentence is looked for when the subject found is the post's own body. */
const MAX_OWN_BODY_SUBJECT_DISTANCE = 200;

/** Whether `mention` is one of the post's own organizations (the same body, by id or name). */
function isOwnBody(post: Post, mention: EntityMention): boolean {
  if (mention.kind !== 'organization') return false;
  return post.organizations.some((organization) => (organization.ref !== null && organization.ref === mention.ref) || organization.name === mention.name);
}

/** The last person named from `start` to `end`, or null. */
function lastPersonWithin(entities: EntityMentions, start: number, end: number): EntityMention | null {
  const within = entities.within(start, end);
  for (let index = within.length - 1; index >= 0; index -= 1) {
    const mention = within[index];
    if (mention?.kind === 'person') return mention;
  }
  return null;
}

/** How far back (characters) the plural determiner or the count is read. */
const PLURAL_BEFORE_TITLE_WINDOW = 10;
/** The leader of a task force written in lower case in the title, folded: `tổ trưởng tổ công tác (đặc biệt)`. */
const TASK_FORCE_HEAD = /^(?:phó )?tổ trưởng tổ công tác(?: |$)/u;
/** `một` (one, a) right before a title, maybe with a former post's word: `một nguyên Phó Chủ tịch`, `một Phó Giám đốc`. */
const ONE_UNNAMED_BEFORE_TITLE = /(?:^|[^\p{L}\p{M}\p{N}])[Mm]ột[ \t]+(?:(?:nguyên|cựu)[ \t]+)?$/u;
/** How far back (characters) `một` and a former post's word are read. */
const ONE_BEFORE_TITLE_WINDOW = 16;

/**
 * Between a post and the next person of a list: a comma, maybe a form of address (`, bà `), maybe after the body's
 * parent in brackets (`Cục X (Bộ Y), ông `).
 */
const COMMA_BEFORE_LISTED_PERSON = new RegExp(`^(?:[ \\t]*\\([^()\\n]{1,60}\\))?[ \\t]*,[ \\t]*${FORM_OF_ADDRESS}?$`, 'u');
/** Between a person of a list and their own post: a comma. */
const LISTED_PERSON_TO_TITLE = /[ \t]*,[ \t]*/uy;
/** Between the person before a post of a list and its title: a comma only. */
const COMMA_AFTER_LISTED_PERSON = /^[ \t]*,[ \t]*$/u;

/** Finds who holds each post of one article, in text order. */
/**
 * A sentence whose subject is a pronoun of address (`ông`, `bà`) before the post's verb, at most a short adverbial and
 * a comma before it: `Trước đó, ông là Phó Vụ trưởng Vụ X`. Read over the sentence up to the title.
 */
const PRONOUN_SUBJECT_BEFORE_TITLE =
  /^(?:[^\s,.;:!?][^,.;:!?\n]{0,24},[ \t]*)?(?:[Ôô]ng|[Bb]à)[ \t]+(?:(?:từng|đã từng|đã|hiện|cũng|vốn|khi đó|lúc đó)[ \t]+)?(?:là|giữ chức vụ|giữ chức|làm)[ \t]+$/u;
/** How long (characters) the sentence before the title may be for its subject to be read as a pronoun. */
const MAX_PRONOUN_SUBJECT_PREFIX = 48;
/** How far back (characters) before the sentence the person a pronoun stands for is looked for. */
const MAX_PRONOUN_REFERENT_DISTANCE = 300;

/**
 * `Ông Phan Văn A nhận nhiệm vụ ... Trước đó, ông là Phó Vụ trưởng Vụ X.`: the post of a pronoun subject is held by
 * the one person named in the text just before the sentence (every person mention there the same person); null where
 * none or several are named there, or the sentence is no pronoun's.
 */
function personOfPronounSubject(text: string, titleStart: number, sentence: TextSpan, entities: EntityMentions): EntityMention | null {
  if (titleStart - sentence.start > MAX_PRONOUN_SUBJECT_PREFIX || titleStart <= sentence.start) return null;
  if (!PRONOUN_SUBJECT_BEFORE_TITLE.test(text.slice(sentence.start, titleStart))) return null;
  let person: EntityMention | null = null;
  for (const mention of entities.within(Math.max(0, sentence.start - MAX_PRONOUN_REFERENT_DISTANCE), sentence.start)) {
    if (mention.kind !== 'person') continue;
    if (person !== null && person.name !== mention.name) return null;
    person = mention;
  }
  return person;
}

/** Between the post of one item of a list of people and the next item's holder: a semicolon, maybe after the body's place. */
const NEXT_LIST_ITEM = /^[^;.!?\n]{0,30};[ \t]*$/u;

/**
 * The body of the post of the list item before `post` (`A, Giám đốc Ban X; B, Kế toán trưởng`), where the two items
 * are joined by a semicolon and the holder of `post` is named before it; null otherwise.
 */
function bodyOfListItemBefore(text: string, post: Post, before: Post | null): EntityMention | null {
  const body = before?.organizations[0];
  const holder = post.holder;
  if (!before || body === undefined || before.organizations.length !== 1 || holder === null || holder.end > post.title.start) return null;
  if (before.end > holder.start || holder.start - before.end > 32 || before.holder === null || before.holder.name === holder.name) return null;
  return NEXT_LIST_ITEM.test(text.slice(before.end, holder.start)) ? body : null;
}

class HolderSearch {
  /** The forward clauses (`Với vai trò là ..., X`) of the sentences read, by the sentence's start. */
  private readonly clausesBySentence = new Map<number, ForwardClause[]>();

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly entities: EntityMentions,
    /** Where the posts' organizations start: none of them is the subject holding a post. */
    private readonly postOrganizations: ReadonlySet<number>,
    private readonly shortForms: OrganizationShortForms,
    /** Where the posts' titles start. */
    private readonly titleStarts: ReadonlySet<number>,
  ) {}

  /** Gives `post`, in `sentence`, its holder (and maybe an organization); `before` is the post before it. */
  assign(post: Post, sentence: TextSpan, before: Post | null): void {
    const { text, entities, postOrganizations } = this;
    if (post.referredBack && post.organizations.length === 0 && this.assignReferredBack(post, post.referredBack)) return;
    const after = personAfter(text, post.end, entities);
    const listed = after ? this.holderBeforeListedPost(post, after) : null;
    if (listed) return setHolder(post, listed, 'person-before');
    if (after) {
      if (post.organizations.length === 0) {
        const beside = organizationBesidePerson(text, after, entities)
          ?? organizationOfJoinedHolder(text, text.slice(post.title.start, post.title.end), after, entities)
          ?? organizationRepresented(text, post.title.start, entities)
          ?? clubOfCoach(text, post.titleKey, after, { entities, shortForms: this.shortForms })
          ?? bodyOfDelegationLed(text, post.title.start, after, entities)
          ?? teamOfPost(text, post, sentence, entities);
        if (beside) post.organizations = [beside];
      }
      return setHolder(post, after, 'person-after');
    }
    // `miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông X`: the person the act is about.
    FOR_PERSON.lastIndex = post.end;
    const about = FOR_PERSON.exec(text) ? entities.startingAt(FOR_PERSON.lastIndex) : null;
    if (about?.kind === 'person') return setHolder(post, about, 'person-after');
    const given = personGivenPostByDecision(text, post, entities);
    if (given) return setHolder(post, given, 'person-after');
    const unmarked = post.organizations.length === 0 ? unmarkedBodyBeforePerson(text, post.title.end, entities) : null;
    if (unmarked) {
      post.organizations = [unmarked.organization];
      return setHolder(post, unmarked.person, 'person-after');
    }
    const named = personBefore(text, post.title.start, entities);
    if (named) {
      const led = post.organizations.length === 0
        ? bodyLedByPerson(text, named, post.title.start, entities) ?? organizationRepresentedBeforePerson(text, named, entities)
        : null;
      if (led) post.organizations = [led];
      return setHolder(post, named, 'person-before');
    }
    const clause = innermostClause(this.clausesOf(sentence), post.title.start);
    if (clause) return setHolder(post, clause.holder, 'clause');
    const taking = subjectTakingPost(text, post.title.start, sentence, entities);
    if (taking && !postOrganizations.has(taking.start)) return setHolder(post, taking, 'subject');
    if (hasCueBefore(text, post.title.start, sentence)) {
      const subject = subjectBefore(post.title.start, sentence, entities, postOrganizations);
      // `ông X cảm ơn HĐND và UBND tỉnh ..., 9 năm giữ cương vị Phó Chủ tịch UBND tỉnh`: a body holds no post in
      // itself; the person of the sentence does.
      if (subject && isOwnBody(post, subject)) {
        const person = lastPersonWithin(entities, Math.max(sentence.start, post.title.start - MAX_OWN_BODY_SUBJECT_DISTANCE), post.title.start);
        if (person) return setHolder(post, person, 'subject');
      } else if (subject) return setHolder(post, subject, 'subject');
    }
    const heldBy = personOfHeldPostCue(text, post.title.start, sentence, entities, postOrganizations);
    if (heldBy) return setHolder(post, heldBy, 'subject');
    if (
      before?.holder && before.holderSource !== 'person-after' && before.end <= post.title.start
      && before.title.start >= sentence.start && post.title.start - before.end <= MAX_BETWEEN_POSTS_OF_SAME_HOLDER
      && (NEXT_POST_OF_SAME_HOLDER.test(text.slice(before.end, post.title.start))
        || (before.organizations.length === 0 && UNIT_NAMED_SHORT_THEN_COMMA.test(text.slice(before.end, post.title.start))))
    ) {
      setHolder(post, before.holder, 'previous-post');
      // `Đoàn kiểm tra liên ngành do ông X, Phó Chủ tịch UBND tỉnh Y, làm trưởng đoàn`: the delegation before `do`.
      const delegation = post.organizations.length === 0 && headOfTitle(post.titleKey) === DELEGATION_HEAD
        ? delegationLedByHolder(text, before.holder, post.title.start, entities)
        : null;
      if (delegation) post.organizations = [delegation];
      // `X, Tổng Giám đốc Công ty A kiêm Giám đốc bệnh viện`: the head noun after the second post refers back.
      if (post.organizations.length === 0 && post.referredBack) {
        post.organizations = [post.referredBack];
        if (post.referredBack.start - post.end <= MAX_SPACES_BEFORE_HEAD_NOUN) post.end = post.referredBack.end;
      }
      return;
    }
    const referent = personOfPronounSubject(text, post.title.start, sentence, entities);
    if (referent) setHolder(post, referent, 'subject');
  }

  /**
   * A post whose holder is named but no organization: the one the same holder was given in the same post before
   * (`ông X, Vụ trưởng Vụ A; ... Vụ trưởng X cho biết`); for a post several hold at one event, the one of the same
   * post named just before (`Thứ trưởng Bộ A B; Cùng dự có Thứ trưởng C`); for a post at court or in a company,
   * the court, procuracy or company of the holder's next post set beside the name (`Thẩm phán X, Phó Chánh án Tòa
   * án nhân dân tỉnh A`), else the one named before (`Thẩm phán X` after `Tòa án nhân dân tỉnh A`).
   */
  giveBodyOfPost(post: Post, posts: readonly Post[], next: Post | null, headlineCompany: EntityMention | null, before: Post | null): void {
    const holder = post.holder?.name;
    let sameEvent: Post | null = null;
    for (const earlier of posts) {
      if (earlier === post) break;
      if (earlier.organizations.length === 0) continue;
      // `Kiểm sát viên cao cấp X ... Kiểm sát viên X`: the post named with its rank before, by the same holder.
      if (earlier.titleKey !== post.titleKey) {
        if (earlier.holder?.name === holder && earlier.titleKey.startsWith(`${post.titleKey} `)) {
          post.organizations = [earlier.organizations[0] as EntityMention];
          return;
        }
        continue;
      }
      if (earlier.holder?.name === holder) {
        post.organizations = [earlier.organizations[0] as EntityMention];
        return;
      }
      if (post.title.start - earlier.end <= MAX_HEAD_TITLE_REFERENCE_DISTANCE) sameEvent = earlier;
    }
    if (
      sameEvent && POSTS_SHARED_AT_AN_EVENT.has(post.titleKey)
      && (ATTENDING_WITH.test(this.text.slice(Math.max(0, post.title.start - ATTENDING_WITH_WINDOW), post.title.start))
        || (sameEvent.holder !== null && JOINED_BY_AND.test(this.text.slice(sameEvent.holder.end, post.title.start))))
    ) {
      post.organizations = [sameEvent.organizations[0] as EntityMention];
      return;
    }
    // `Bà X, Tham tán Thương mại, Trưởng Thương vụ`: a head's title given as the holder's next post, after a post of
    // theirs with no body either (or one held in a body of the kind the title heads, found as this one is), names
    // the body it heads as one named alone does.
    const beforeBody = before?.organizations.length === 1 ? before.organizations[0] : undefined;
    const afterBarePost = post.holderSource === 'previous-post' && before !== null
      && (before.organizations.length === 0 || (beforeBody !== undefined && headOfTitle(post.titleKey) !== null && isBodyOfHeadsKind(post, beforeBody)));
    if (post.holderSource === 'person-after' || post.holderSource === 'person-before' || afterBarePost) {
      const referred = this.headOfTitleReferredBack(post);
      const ofHead = bodyOfSameHeadPost(post, posts);
      // A bare head noun (`Viện`) is the organizations stage's guess at which body is meant; the body of the head
      // the article named with the same title (`Viện trưởng Viện X`) is the stronger reading.
      // So is it, for a deputy, over a body of the kind named in a sentence before that no one holds a post in (`lớp
      // bồi dưỡng do Trường Đại học X tổ chức.`: named in passing, not the school the article's head and deputy run).
      const inPassing = referred !== null && post.titleKey.startsWith('phó ') && !bodyHoldsPost(referred, posts, post)
        && SENTENCE_STOP_BETWEEN.test(this.text.slice(referred.end, post.title.start));
      const chosen = referred && ofHead && (this.isBareHeadNoun(referred, post) || inPassing) ? ofHead : referred ?? ofHead;
      if (chosen) {
        post.organizations = [chosen];
        return;
      }
    }
    const bodies = BODIES_OF_POSTS.get(baseOfTitle(post.titleKey));
    if (!bodies) {
      const ofSamePost = this.bodyOfSamePostHeldByOthers(post, posts);
      if (ofSamePost) post.organizations = [ofSamePost];
      return;
    }
    const nextPost = this.bodyOfNextPostOfHolder(post, next, bodies);
    if (nextPost) {
      post.organizations = [nextPost];
      return;
    }
    // `Tổng công ty X (Hathaco) họp cổ đông ... liên danh với Tập đoàn Y ... Ông Z, Tổng giám đốc,` under a headline
    // naming X: the company the article reports on, not the partner named since.
    if (bodies === COMPANY_BODIES && headlineCompany !== null) {
      post.organizations = [headlineCompany];
      return;
    }
    const distance = bodies === COMPANY_BODIES ? MAX_COMPANY_REFERENCE_DISTANCE : MAX_HEAD_TITLE_REFERENCE_DISTANCE;
    // `Tại Công ty A (thuộc Tập đoàn B), Tổng Giám đốc X`: the group a company belongs to is named for the company;
    // the post is the company's, and the parent's only where no other body is named.
    const isParent = (start: number): boolean => namesParentBody(this.text, start);
    let best: EntityMention | null = null;
    let parent: EntityMention | null = null;
    for (const body of bodies) {
      const named = this.shortForms.lastNamedBefore(body, post.title.start, distance, isParent);
      if (named && (!best || named.start > best.start)) best = named;
      const any = best ? null : this.shortForms.lastNamedBefore(body, post.title.start, distance);
      if (any && (!parent || any.start > parent.start)) parent = any;
    }
    const chosen = best ?? parent;
    if (chosen) post.organizations = [chosen];
    // `Các bị cáo gồm: A, nguyên Giám đốc Ban Quản lý rừng X; B, nguyên Kế toán trưởng;`: in a list of people each with
    // a post, a chief accountant's post with no company named is held at the body of the post of the item before.
    else if (bodies === COMPANY_BODIES) {
      const listed = bodyOfListItemBefore(this.text, post, before);
      if (listed) post.organizations = [listed];
    }
  }

  /**
   * `Ông A, Giám đốc Công ty X, ... Bà B, Phó Giám đốc phụ trách khai thác, ...`: a post with its holder named beside
   * it and no organization, where the article gives the post's head or deputy (`giám đốc` for `phó giám đốc`, and
   * back) to someone else at one organization only, is held there too. Null where nobody else holds it, or
   * others hold it at several organizations (`Giám đốc` of a hospital and of a department).
   */
  private bodyOfSamePostHeldByOthers(post: Post, posts: readonly Post[]): EntityMention | null {
    if (post.holderSource !== 'person-after' && post.holderSource !== 'person-before') return null;
    const base = baseOfTitle(post.titleKey);
    const own = withoutQualifier(post.titleKey);
    let body: EntityMention | null = null;
    let several = false;
    let nearBefore: EntityMention | null = null;
    let severalNear = false;
    for (const other of posts) {
      if (other === post || other.holder?.kind !== 'person' || other.holder.name === post.holder?.name) continue;
      // The head's post for a deputy, a deputy's for the head: two holders of one same post may sit in two
      // bodies (`Thứ trưởng Bộ Y tế A ... Thứ trưởng B`).
      if (withoutQualifier(other.titleKey) === own || baseOfTitle(other.titleKey) !== base) continue;
      const organization = other.organizations[0];
      if (!organization || other.organizations.length !== 1) continue;
      // `Ông A, Giám đốc Sở Y tế, nghỉ hưu ... Bà B, Phó Giám đốc phụ trách, ...`: the head's post given just before
      // (the sentence before, close by) at one body is the body meant, whatever bodies the article names it in
      // elsewhere; given close by at two bodies, neither is.
      if (other.end <= post.title.start && post.title.start - other.end <= MAX_HEAD_TITLE_REFERENCE_DISTANCE) {
        if (nearBefore !== null && nearBefore.name !== organization.name) severalNear = true;
        nearBefore = organization;
      }
      if (body !== null && body.name !== organization.name) several = true;
      body = organization;
    }
    if (nearBefore !== null) return severalNear ? null : nearBefore;
    return several ? null : body;
  }

  /**
   * `ông A, Giám đốc Sở Y tế, ông B, Phó Giám đốc BHXH tỉnh, ...`: in a list of people each followed by a post in
   * commas, the person after a post's comma who has a post of their own right after is the next item of the list,
   * not this post's holder; the person named right before the title holds it. Null when the list's shape is not met.
   */
  private holderBeforeListedPost(post: Post, after: EntityMention): EntityMention | null {
    const { text, entities } = this;
    if (!COMMA_BEFORE_LISTED_PERSON.test(text.slice(post.end, after.start))) return null;
    LISTED_PERSON_TO_TITLE.lastIndex = after.end;
    if (!LISTED_PERSON_TO_TITLE.exec(text) || !this.titleStarts.has(LISTED_PERSON_TO_TITLE.lastIndex)) return null;
    const before = personBefore(text, post.title.start, entities);
    return before && COMMA_AFTER_LISTED_PERSON.test(text.slice(before.end, post.title.start)) ? before : null;
  }

  /**
   * `Thẩm phán X, Phó Chánh án Tòa án nhân dân tỉnh Y`: the holder's next post, set right after the name, is held in
   * a body of the kind the post sits in (a court for a judge): the post is held there too. Null otherwise.
   */
  private bodyOfNextPostOfHolder(post: Post, next: Post | null, bodies: readonly string[]): EntityMention | null {
    const holder = post.holder;
    const organization = next?.organizations[0];
    if (!holder || !next || !organization) return null;
    // `Thẩm phán X, Phó Chánh án Tòa án A`: the next post set beside the name after the post; `X, Kiểm sát viên cao
    // cấp, Phó Viện trưởng Viện Kiểm sát A`: the next post set right after the post, the holder named before both.
    const from = post.holderSource === 'person-after' ? holder.end : post.holderSource === 'person-before' ? post.end : -1;
    if (from < 0 || next.title.start < from || next.title.start - from > MAX_HOLDER_TO_NEXT_POST) return null;
    if (!HOLDER_TO_NEXT_POST.test(this.text.slice(from, next.title.start))) return null;
    const name = organization.name.toLowerCase();
    return bodies.some((body) => name.startsWith(`${body} `)) ? organization : null;
  }

  /**
   * `Giám đốc bệnh viện, BSCKII X` / `X, Giám đốc bệnh viện,`: the holder named right after the head noun or right
   * before the title holds the post in the organization the head noun refers back to. False when neither is named.
   */
  private assignReferredBack(post: Post, organization: EntityMention): boolean {
    const { text, entities } = this;
    const after = personAfter(text, organization.end, entities);
    const before = after ? null : personBefore(text, post.title.start, entities);
    const holder = after ?? before;
    if (!holder) return false;
    post.organizations = [organization];
    // The head noun right after the title is evidence of the post; one after a post joined by `kiêm` is that post's.
    if (organization.start - post.end <= MAX_SPACES_BEFORE_HEAD_NOUN) post.end = organization.end;
    setHolder(post, holder, after ? 'person-after' : 'person-before');
    return true;
  }

  /**
   * `Theo đại diện Cục Thuế tỉnh Bắc Ninh, ông X, Phó Cục trưởng, ...`: a title that names the head of a kind of body
   * (`Cục trưởng` heads a `Cục`), no organization after it, is a post in the body of that kind named last before it,
   * close by; else, however far back, the one body of that kind the article has named (an article about one
   * institute). Only asked where the holder is named beside the title.
   */
  private headOfTitleReferredBack(post: Post): EntityMention | null {
    const head = headOfTitle(post.titleKey);
    if (head === null) return null;
    return this.shortForms.lastNamedBefore(head, post.title.start, MAX_HEAD_TITLE_REFERENCE_DISTANCE)
      ?? this.shortForms.onlyNamedBefore(head, post.title.start);
  }

  /** Whether `mention` is written as the bare head noun of `post`'s title (`Viện` for `Phó Viện trưởng`). */
  private isBareHeadNoun(mention: EntityMention, post: Post): boolean {
    return this.text.slice(mention.start, mention.end).toLowerCase() === headOfTitle(post.titleKey);
  }

  private clausesOf(sentence: TextSpan): ForwardClause[] {
    let clauses = this.clausesBySentence.get(sentence.start);
    if (!clauses) {
      clauses = forwardClauses(this.text, this.tokens, sentence, this.entities);
      this.clausesBySentence.set(sentence.start, clauses);
    }
    return clauses;
  }
}

/** Right before a body that another belongs to: `thuộc`, `trực thuộc`, `(thuộc`, `, thuộc`. */
const PARENT_BODY_CUE = /(?:^|[\s(,])(?:trực[ \t]+)?thuộc[ \t]+$/u;
/** How far back (characters) the cue before a body is read. */
const PARENT_BODY_CUE_WINDOW = 16;

/**
 * Whether the organization mentioned at `start` is named as the body another belongs to (`Công ty A (thuộc Tập
 * đoàn B)`): B is said of A, not the body the article goes on about.
 */
function namesParentBody(text: string, start: number): boolean {
  return PARENT_BODY_CUE.test(text.slice(Math.max(0, start - PARENT_BODY_CUE_WINDOW), start));
}

/** A sentence's end between two places: a stop, a question or exclamation mark before a space or a line's end. */
const SENTENCE_STOP_BETWEEN = /[.!?](?:\s|$)/u;

/** Whether someone holds a post (other than `post`) named before it in `body` (by id or name). */
function bodyHoldsPost(body: EntityMention, posts: readonly Post[], post: Post): boolean {
  for (const other of posts) {
    if (other === post) break;
    if (other.holder === null) continue;
    for (const organization of other.organizations) {
      if ((organization.ref !== null && organization.ref === body.ref) || organization.name === body.name) return true;
    }
  }
  return false;
}

/**
 * `Viện trưởng Viện X Lê Văn A ... ông B, Phó Viện trưởng`: a head's title (or its deputy's) with no organization is
 * held in the body named with the same head's title before it, last, when that body is of the kind the title heads
 * (`Viện ...` for `Viện trưởng`). Null when no earlier post of that head names one.
 */
function bodyOfSameHeadPost(post: Post, posts: readonly Post[]): EntityMention | null {
  const head = headOfTitle(post.titleKey);
  if (head === null) return null;
  const base = baseOfTitle(post.titleKey);
  let found: EntityMention | null = null;
  for (const earlier of posts) {
    if (earlier === post) break;
    const body = earlier.organizations[0];
    if (body === undefined || earlier.holder?.kind !== 'person' || baseOfTitle(earlier.titleKey) !== base) continue;
    if (body.name.toLowerCase().startsWith(`${head} `)) found = body;
  }
  return found;
}

/** The posts a council has, folded, without their deputy form: its chair, its secretary, its members. */
const COUNCIL_POSTS: ReadonlySet<string> = new Set(['chủ tịch', 'thư ký', 'tổng thư ký', 'ủy viên', 'uỷ viên', 'thành viên']);

/**
 * `Hội đồng trường Trường Đại học X`, `Hội đồng quản trị Công ty Y`: the body a council (`Hội đồng ...`) governs, the
 * organization the article names right after one of the council's mentions; null for another organization or where
 * none follows.
 */
function bodyOfCouncil(
  text: string,
  council: EntityMention,
  organizations: readonly OrganizationEntity[],
  entities: EntityMentions,
): EntityMention | null {
  if (!council.name.startsWith('Hội đồng ') || council.ref === null) return null;
  const entity = organizations.find((organization) => organization.id === council.ref);
  for (const mention of entity?.mentions ?? []) {
    // A lower-case word of the council's name may be left after its mention (`Hội đồng` + `trường Trường X`).
    COUNCIL_WORD_AFTER.lastIndex = mention.end;
    const gap = COUNCIL_WORD_AFTER.exec(text);
    const after = gap ? entities.startingAt(mention.end + gap[0].length) : null;
    if (after?.kind === 'organization' && after.ref !== council.ref) return after;
  }
  // `Hội đồng trường Trường Đại học X` listed whole: the body its name ends with, listed on its own.
  const within = COUNCIL_THEN_BODY.exec(council.name)?.[1];
  const body = within === undefined ? undefined : organizations.find((organization) => organization.name === within);
  const bodyMention = body?.mentions[0];
  return body && bodyMention ? { start: bodyMention.start, end: bodyMention.end, kind: 'organization', ref: body.id, name: body.name } : null;
}

/** After a council's mention, spaces and maybe one lower-case word of its name, before the body it governs. */
const COUNCIL_WORD_AFTER = /[ \t]+(?:\p{Ll}+[ \t]+)?/uy;
/** A council's name and the body it governs after it (group 1): `Hội đồng trường Trường Đại học X`. */
const COUNCIL_THEN_BODY = /^Hội đồng(?:[ \t]+\p{Ll}+){0,3}[ \t]+(\p{Lu}.*)$/u;

/**
 * `Nhà xuất bản X tròn 30 năm: ...` then `nhà văn Y, Giám đốc kiêm Tổng biên tập, chia sẻ`: the one organization a
 * headline names is the article's subject, and a post given to someone named beside it with no organization and
 * none referred to nearby is held there. Null where the headline names no organization or several.
 */
function organizationOfHeadline(headline: TextSpan, entities: EntityMentions): EntityMention | null {
  let only: EntityMention | null = null;
  for (const mention of entities.within(headline.start, headline.end)) {
    if (mention.kind !== 'organization') continue;
    if (only !== null && only.name !== mention.name) return null;
    only ??= mention;
  }
  return only;
}

/**
 * `Ông X, Phó Cục trưởng Cục Y, trưởng đoàn kiểm tra, cho biết`: a second post of someone whose post at a body was
 * given just before in the same sentence is theirs as a member of that body, or a task of the day; it is not held in
 * the organization the headline names (`X, Giám đốc kiêm Tổng biên tập` both are, when the first one is).
 */
function holdsPostAtBodyBefore(post: Post, previous: Post | null, sentence: TextSpan, subject: EntityMention): boolean {
  return previous !== null && previous.organizations.some((organization) => organization.name !== subject.name)
    && previous.title.start >= sentence.start
    && previous.holder?.kind === 'person' && post.holder?.kind === 'person' && previous.holder.name === post.holder.name;
}

/**
 * `Hiệu trưởng Trường Đại học X: Tự chủ không có nghĩa là ...`: a headline opening with a post and its body before a
 * colon quotes the one the article interviews, who is named in it with that post. With nobody named in the headline,
 * that post is no role of its own when someone holds the same title in the article; it stays where nobody does.
 */
function withoutHeadlineSpeakers(text: string, roles: readonly KeyedRole[], headline: TextSpan | undefined): KeyedRole[] {
  if (headline === undefined) return [...roles];
  const heldTitles = new Set<string>();
  for (const { role, titleKey } of roles) if (role.holder.name !== null) heldTitles.add(titleKey);
  return roles.filter(({ role, titleKey }) =>
    role.holder.name !== null || role.start < headline.start || role.end >= headline.end || !heldTitles.has(titleKey)
    || !colonFollows(text, role.end, headline.end));
}

/** Whether a colon follows `at` (spaces skipped), before `limit`. */
function colonFollows(text: string, at: number, limit: number): boolean {
  let position = at;
  while (position < limit && text.charCodeAt(position) === 0x20) position += 1;
  return position < limit && text.charCodeAt(position) === 0x3a;
}

/**
 * A post stated twice, once in full and once in part, is one role: `Thứ trưởng Bộ Ngoại giao Nguyễn Minh Khoa`
 * then `Thứ trưởng Nguyễn Minh Khoa` (no organization), or `ông Bình, Tổng giám đốc Công ty A` then `Tổng giám
 * đốc Công ty A` (nobody named). The partial statement goes.
 */
interface KeyedRole {
  readonly role: RoleSpan;
  readonly titleKey: string;
  /** Given to one of a listed set of people (`Các Phó Chủ tịch gồm: ...`): stated, never a restatement. */
  readonly listed?: boolean;
}

function withoutRestatements(text: string, roles: readonly KeyedRole[]): RoleSpan[] {
  const withOrganization = new Set<string>();
  const withHolder = new Set<string>();
  for (const { role, titleKey: title } of roles) {
    if (role.holder.name !== null && role.organization.name !== null) {
      withOrganization.add(`${title}\u0000${role.holder.name}`);
      withHolder.add(`${title}\u0000${role.organization.name}`);
    }
  }
  const kept: RoleSpan[] = [];
  for (const { role, titleKey: title, listed } of roles) {
    if (role.organization.name === null && role.holder.name !== null && withOrganization.has(`${title}\u0000${role.holder.name}`)) continue;
    if (role.holder.name !== null && listed !== true && restatesLongerTitle(roles, title, role.holder.name, role.organization.name, role.end)) continue;
    if (role.holder.name === null && role.organization.name !== null && withHolder.has(`${title}\u0000${role.organization.name}`)) continue;
    if (role.holder.name === null && role.organization.name !== null && restatesHeldPostInShort(text, roles, role, title)) continue;
    kept.push(role);
  }
  return kept;
}

/**
 * `Ông X, Phó Giám đốc Sở NN&MT Quảng Ngãi, cho biết ... Theo Phó Giám đốc Sở NN&MT, ...`: a post nobody is named
 * in, written as the opening words of a post someone holds before it (the body's name cut short, its place left
 * off), restates that post: whichever entities the two names were read as, it is no role of its own.
 */
function restatesHeldPostInShort(text: string, roles: readonly KeyedRole[], role: RoleSpan, title: string): boolean {
  const written = text.slice(role.start, role.end);
  for (const other of roles) {
    if (other.role.start >= role.start) continue;
    if (other.titleKey !== title || other.role.holder.name === null || other.role.organization.name === null) continue;
    const held = text.slice(other.role.start, other.role.end);
    const at = held.indexOf(written);
    if (at >= 0 && held.charAt(at + written.length) === ' ' && (at === 0 || /[\s,(–—-]/u.test(held.charAt(at - 1)))) return true;
  }
  return false;
}

/**
 * `HLV trưởng Saigon Heat Matthew Brennan ... HLV Brennan`: a post named by the first words of a longer title the
 * same holder was given with an organization, or by its abbreviation (`HLV` for `Huấn luyện viên`), restates it (no
 * second role with no organization, nor with the same organization). Not a post stated before the same post held in
 * charge or standing (`thường trực`, `phụ trách`) after it.
 */
function restatesLongerTitle(roles: readonly KeyedRole[], title: string, holder: string, organization: string | null, end: number): boolean {
  const spelled = spelledOutTitle(title);
  const opening = `${spelled} `;
  for (const other of roles) {
    if (other.role.holder.name !== holder || other.role.organization.name === null) continue;
    // `X, Phó Hiệu trưởng, làm Phó Hiệu trưởng phụ trách`: a post held before the same post in charge or standing,
    // stated first, is a post of its own.
    if (end <= other.role.start && other.titleKey !== title && withoutQualifier(other.titleKey) === title) continue;
    // `HLV trưởng X ... HLV X`, both held at the one team: the shorter title restates the longer one there too.
    if (organization !== null && other.role.organization.name !== organization) continue;
    // `Huấn luyện viên trưởng CLB X Đoàn Minh Trí ... HLV Đoàn Minh Trí`: the abbreviation restates it too.
    const otherSpelled = spelledOutTitle(other.titleKey);
    if (otherSpelled.startsWith(opening) || (organization === null && otherSpelled === spelled && other.titleKey !== title)) return true;
  }
  return false;
}

/** A title's abbreviated first word (folded) and the words it stands for. */
const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([['hlv', 'huấn luyện viên']]);

/** A folded title with its abbreviated first word spelled out: `hlv trưởng` → `huấn luyện viên trưởng`. */
function spelledOutTitle(titleKey: string): string {
  const space = titleKey.indexOf(' ');
  const first = space < 0 ? titleKey : titleKey.slice(0, space);
  const full = TITLE_ABBREVIATIONS.get(first);
  return full === undefined ? titleKey : full + titleKey.slice(first.length);
}

/**
 * Where a post's organization is a body the organizations stage did not list (`Trưởng khoa Hô hấp`), its mention;
 * null for a listed one, a place, or a body named by its place alone (a village's, a station's).
 */
function unlistedBodyOf(post: Post, organization: EntityMention | null): TextSpan | null {
  if (organization === null || organization.kind !== 'organization' || organization.ref !== null) return null;
  const postWithoutDeputy = post.titleKey.startsWith('phó ') ? post.titleKey.slice(4) : post.titleKey;
  if (PLACE_NAMED_BODY_POSTS.has(postWithoutDeputy)) return null;
  return { start: organization.start, end: organization.end };
}

function roleOf(post: Post, organization: EntityMention | null): RoleSpan {
  const { holder } = post;
  const near = holder && (post.holderSource === 'person-after' || post.holderSource === 'person-before' || post.holderSource === 'subject');
  const start = Math.min(post.title.start, near && holder ? holder.start : Infinity);
  // The organization may stand before the title (`Cục Thuế ..., ông X, Phó Cục trưởng`): the title is evidence too.
  const end = Math.max(organization?.end ?? post.title.end, post.title.end, near && holder ? holder.end : 0);
  return {
    start,
    end,
    title: post.title.title,
    holder: holder ? { kind: holder.kind, ref: holder.ref, name: holder.name } : { kind: null, ref: null, name: null },
    organization: organization ? { ref: organization.ref, name: organization.name } : { ref: null, name: null },
    unlistedBody: unlistedBodyOf(post, organization),
    rule: post.holderSource,
  };
}

export const rolesStage = defineStage({
  name: 'roles',
  requires: ['tokens', 'sentences', 'metadata', 'organizations', 'people', 'places'],
  run: (document) => findRoles(document),
});
