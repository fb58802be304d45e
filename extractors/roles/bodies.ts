// The `roleBodies` stage: bodies a post is held in that only the roles stage reads, listed as organizations. A head's
// title names its unit (`Trưởng khoa Hô hấp`, `Trưởng phòng Đào tạo`), a local cell follows its post (`Bí thư Chi
// đoàn thôn X`, `Chủ tịch Công đoàn Công ty Y`): the organizations stage, which reads names on their own, does not
// list them, yet they are organizations a reader finds in the text. Each becomes an organization with its mentions
// in the roles, numbered after the organizations stage's own (`org-N+1`, ...) in order of first mention, so the ids
// that stage gives stay as they were; the record points each role at its body (pipeline/record.ts).
import { annotation, defineStage, type AnnotatedDocument, type OrganizationEntity, type RoleSpan, type TextSpan } from '../../pipeline/document.js';
import { foldKey } from '../shared/vietnamese.js';
import { COMPANY_HEAD_KEYS } from '../organizations/lexicon.js';
import { isLocalBodyAndLevelOnly, splitLocalBodyName } from './title-organizations.js';

/**
 * After a firm's department, the firm: `Trưởng phòng Nhân sự Công ty CP X`, `Trưởng phòng Kế hoạch của công ty`,
 * `Trưởng phòng Phân tích, Công ty Chứng khoán Y`. A comma, `của` and the spaces before the firm's head.
 */
const BEFORE_PARENT = /[ \t]*(?:,[ \t]*)?(?:của[ \t]+)?/uy;
/** How many characters after a body its parent's head is looked for (the longest company head and the words before it). */
const PARENT_HEAD_WINDOW = 60;

/**
 * A department of a firm (`Phòng Nhân sự` of `Công ty CP X`): the sets list a firm's departments in the roles but
 * not as organizations of their own, where a state body's or a hospital's (`Phòng Nghiệp vụ Dược, Sở Y tế X`, `Khoa
 * Hô hấp`) are listed.
 */
function isFirmDepartment(text: string, body: TextSpan): boolean {
  BEFORE_PARENT.lastIndex = body.end;
  BEFORE_PARENT.exec(text); // All its parts optional: it always matches, moving lastIndex past what it read.
  const after = foldKey(text.slice(BEFORE_PARENT.lastIndex, BEFORE_PARENT.lastIndex + PARENT_HEAD_WINDOW));
  for (const head of COMPANY_HEAD_KEYS) {
    if (after.startsWith(head) && (after.length === head.length || after[head.length] === ' ' || after[head.length] === ',')) return true;
  }
  return false;
}

/** The names (folded) and acronyms (folded) of the organizations already listed. */
function listedKeys(organizations: readonly OrganizationEntity[]): string[] {
  const keys: string[] = [];
  for (const organization of organizations) {
    keys.push(foldKey(organization.name));
    if (organization.acronym !== null) keys.push(foldKey(organization.acronym));
  }
  return keys;
}

/**
 * A body listed already: under its name, or under a longer name it opens, which it stands for in short (`Trưởng
 * phòng Nông nghiệp và Môi trường huyện` after `Phòng Nông nghiệp và Môi trường huyện X` was named), or under a
 * short name that stops at its level (`Hiệp hội Doanh nghiệp tỉnh` listed, `Ủy viên Ban Chấp hành Hiệp hội Doanh
 * nghiệp tỉnh X` read).
 */
function isListed(key: string, listed: readonly string[]): boolean {
  for (const name of listed) {
    if (name === key || (name.length > key.length && name.startsWith(key) && name[key.length] === ' ')) return true;
    if (key.length > name.length && key.startsWith(name) && key[name.length] === ' ' && LEVEL_AT_END.test(name)) return true;
  }
  return false;
}

/**
 * A folded name that ends with a local level and no place (`hiệp hội doanh nghiệp tỉnh`): listed so, it is the body
 * a post names with its place after the level (`Hiệp hội Doanh nghiệp tỉnh X`), the article's short form of it.
 */
const LEVEL_AT_END = / (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)$/u;

/**
 * A head's title that names the department it heads before the body that department is part of (`Trưởng phòng
 * Khoáng sản` of `Sở X`, `Phó Trưởng khoa Nội` of `Bệnh viện Y`): the unit's word (group 1), then its field
 * starting with a capital (group 2).
 */
const DEPARTMENT_IN_TITLE = /^(?:[Pp]hó[ \t]+)?[Tt]rưởng[ \t]+(phòng|khoa)[ \t]+(\p{Lu}.*)$/u;

/**
 * `thuộc` (part of) or `của` (of) between the department and its parent: the sets list the department as a body of
 * its own there (`Trưởng phòng Khoáng sản thuộc Sở X`, `Trưởng phòng Dự báo của Trung tâm`), a firm's aside
 * (`Trưởng phòng Kỹ thuật của Công ty X`), not after a comma (`Trưởng phòng Đào tạo, Trường X`), where the title
 * alone carries it.
 */
const PARENT_WORD_AFTER_DEPARTMENT = /[ \t]+(?:thuộc|của)[ \t]/uy;

/** A body a role names: its name as listed and its mention. */
interface NamedBody {
  readonly name: string;
  readonly span: TextSpan;
}

/**
 * `Trưởng phòng Khoáng sản thuộc Sở X`, `Phó Trưởng khoa Nội thuộc Bệnh viện Y`: a role whose title carries the
 * department it heads and whose organization is the listed body that department is said to be part of (`thuộc`,
 * `của`).
 * The department (`Phòng Khoáng sản`) is an organization a reader finds in the text as much as `Trưởng phòng
 * Khoáng sản` alone would give; null when the title names none, no `thuộc` or `của` follows, or the parent is a firm (whose
 * departments the sets leave out).
 */
function departmentInTitle(text: string, role: RoleSpan): NamedBody | null {
  if (role.organization.ref === null || role.organization.name === null) return null;
  const department = DEPARTMENT_IN_TITLE.exec(role.title);
  const unitWord = department?.[1];
  const field = department?.[2];
  if (unitWord === undefined || field === undefined) return null;
  if (startsWithCompanyHead(foldKey(role.organization.name))) return null;
  const titleStart = text.indexOf(role.title, role.start);
  if (titleStart < 0 || titleStart + role.title.length > role.end) return null;
  const end = titleStart + role.title.length;
  PARENT_WORD_AFTER_DEPARTMENT.lastIndex = end;
  if (!PARENT_WORD_AFTER_DEPARTMENT.test(text)) return null;
  // The mention is the field, as for a unit read after its head's title (title-organizations.ts).
  const start = end - field.length;
  return { name: `${unitWord.charAt(0).toUpperCase()}${unitWord.slice(1)} ${field}`, span: { start, end } };
}

/** True when a folded name opens with a company's head (`công ty cp x`). */
function startsWithCompanyHead(key: string): boolean {
  for (const head of COMPANY_HEAD_KEYS) {
    if (key.startsWith(head) && (key.length === head.length || key[head.length] === ' ')) return true;
  }
  return false;
}

/**
 * An acronym in brackets right after a unit's name, maybe after the unit's kind word (group 1) and with hyphens
 * (group 2): ` (CSGT)`, ` (PC08)`, ` (Phòng KH-CN)`.
 */
const ACRONYM_IN_BRACKETS_AFTER = /[ \t]*\((?:(\p{Lu}\p{Ll}+)[ \t]+)?(\p{Lu}[\p{Lu}\p{N}&]{0,9}(?:-[\p{Lu}\p{N}&]{1,9})?)\)/uy;

/**
 * `Phó Trưởng phòng Cảnh sát giao thông (CSGT) Công an TP X ... Phòng CSGT`, `Trưởng phòng Khoa học - Công nghệ
 * (Phòng KH-CN)`: a unit whose field the article writes with its acronym in brackets after it, alone or after the
 * unit's kind word, is the body listed under its kind's word and that acronym (`Phòng CSGT`, `Phòng KH-CN`).
 */
function isListedByAcronymAfter(text: string, name: string, span: TextSpan, listed: readonly string[]): boolean {
  ACRONYM_IN_BRACKETS_AFTER.lastIndex = span.end;
  const match = ACRONYM_IN_BRACKETS_AFTER.exec(text);
  const acronym = match?.[2];
  const space = name.indexOf(' ');
  if (!match || acronym === undefined || acronym.length < 2 || space < 0) return false;
  const kind = name.slice(0, space);
  if (match[1] !== undefined && match[1] !== kind) return false;
  return listed.includes(foldKey(`${kind} ${acronym}`));
}

/** The characters that end a sentence before a mention: a line break, or a stop followed by a space. */
const SENTENCE_END_BEFORE = /[.!?;][ \t]|\n/gu;

/**
 * `Chủ tịch UBND xã Tân Lập, và Bí thư Đảng ủy xã`: a local body named by its level alone (`Đảng ủy xã`) where the
 * same sentence named, before it, a listed local body of that level with its place (`UBND xã Tân Lập`), one place
 * only, is that place's body (`Đảng ủy xã Tân Lập`), a body a reader tells apart; null otherwise (no such body in
 * the sentence, two places of that level, or another level).
 */
function localBodyPlacedBefore(text: string, name: string, span: TextSpan, organizations: readonly OrganizationEntity[]): string | null {
  const bare = splitLocalBodyName(name);
  if (bare === null || bare[1] !== '') return null;
  const levelKey = foldKey(bare[2]);
  let sentenceStart = 0;
  const window = text.slice(Math.max(0, span.start - SENTENCE_WINDOW), span.start);
  SENTENCE_END_BEFORE.lastIndex = 0;
  for (let match = SENTENCE_END_BEFORE.exec(window); match !== null; match = SENTENCE_END_BEFORE.exec(window)) sentenceStart = match.index + match[0].length;
  sentenceStart += Math.max(0, span.start - SENTENCE_WINDOW);
  let place: string | null = null;
  for (const organization of organizations) {
    const parts = splitLocalBodyName(organization.name);
    if (parts === null || parts[1] === '' || !parts[1].startsWith(' ')) continue;
    if (foldKey(parts[2]) !== levelKey) continue;
    if (!organization.mentions.some((mention) => mention.start >= sentenceStart && mention.end <= span.start)) continue;
    if (place !== null && place !== parts[1]) return null;
    place = parts[1];
  }
  return place === null ? null : `${bare[0]}${place}`;
}

/** How far back (characters) the sentence of a bare local body is looked for. */
const SENTENCE_WINDOW = 400;

/** Module-level, not an arrow per article: V8 keeps a closure's optimized code only weakly. */
function byBodySpanStart(a: NamedBody, b: NamedBody): number {
  return a.span.start - b.span.start;
}

export function findRoleBodies(document: AnnotatedDocument): OrganizationEntity[] {
  const roles = annotation(document, 'roles');
  const organizations = annotation(document, 'organizations');
  const named: NamedBody[] = [];
  for (const role of roles) {
    if (role.unlistedBody !== null && role.organization.name !== null) {
      // A body listed already is that organization, not a second one.
      if (isLocalBodyAndLevelOnly(role.organization.name)) {
        const placed = localBodyPlacedBefore(document.text, role.organization.name, role.unlistedBody, organizations);
        if (placed !== null) named.push({ name: placed, span: role.unlistedBody });
        continue;
      }
      if (isFirmDepartment(document.text, role.unlistedBody)) continue;
      named.push({ name: role.organization.name, span: role.unlistedBody });
      continue;
    }
    const department = departmentInTitle(document.text, role);
    if (department !== null) named.push(department);
  }
  if (named.length === 0) return [];
  named.sort(byBodySpanStart);

  const listed = listedKeys(organizations);
  const mentionsByKey = new Map<string, { name: string; mentions: TextSpan[] }>();
  for (const { name, span } of named) {
    const key = foldKey(name);
    if (isListed(key, listed) || isListedByAcronymAfter(document.text, name, span, listed)) continue;
    const body = mentionsByKey.get(key);
    if (body === undefined) mentionsByKey.set(key, { name, mentions: [{ start: span.start, end: span.end }] });
    else if (!body.mentions.some((mention) => mention.start === span.start)) body.mentions.push({ start: span.start, end: span.end });
  }
  const bodies: OrganizationEntity[] = [];
  for (const { name, mentions } of mentionsByKey.values()) {
    bodies.push({ id: `org-${organizations.length + bodies.length + 1}`, name, acronym: null, mentions });
  }
  return bodies;
}

export const roleBodiesStage = defineStage({
  name: 'roleBodies',
  requires: ['organizations', 'roles'],
  run: (document) => findRoleBodies(document),
});
