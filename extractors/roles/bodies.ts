// The `roleBodies` stage: bodies a post is held in that only the roles stage reads, listed as organizations. A head's
// title names its unit (`Trưởng khoa Hô hấp`, `Trưởng phòng Đào tạo`), a local cell follows its post (`Bí thư Chi
// đoàn thôn X`, `Chủ tịch Công đoàn Công ty Y`): the organizations stage, which reads names on their own, does not
// list them, yet they are organizations a reader finds in the text. Each becomes an organization with its mentions
// in the roles, numbered after the organizations stage's own (`org-N+1`, ...) in order of first mention, so the ids
// that stage gives stay as they were; the record points each role at its body (pipeline/record.ts).
import { annotation, defineStage, type AnnotatedDocument, type OrganizationEntity, type RoleSpan, type TextSpan } from '../../pipeline/document.js';
import { foldKey } from '../shared/vietnamese.js';
import { COMPANY_HEAD_KEYS } from '../organizations/lexicon.js';
import { isLocalBodyAndLevelOnly } from './title-organizations.js';

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

/** Module-level, not an arrow per article: V8 keeps a closure's optimized code only weakly. */
function byBodyStart(a: RoleSpan, b: RoleSpan): number {
  return (a.unlistedBody?.start ?? 0) - (b.unlistedBody?.start ?? 0);
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
 * phòng Nông nghiệp và Môi trường huyện` after `Phòng Nông nghiệp và Môi trường huyện X` was named).
 */
function isListed(key: string, listed: readonly string[]): boolean {
  for (const name of listed) if (name === key || (name.length > key.length && name.startsWith(key) && name[key.length] === ' ')) return true;
  return false;
}

export function findRoleBodies(document: AnnotatedDocument): OrganizationEntity[] {
  const roles = annotation(document, 'roles');
  const organizations = annotation(document, 'organizations');
  const withBody: RoleSpan[] = [];
  for (const role of roles) if (role.unlistedBody !== null && role.organization.name !== null) withBody.push(role);
  if (withBody.length === 0) return [];
  withBody.sort(byBodyStart);

  const listed = listedKeys(organizations);
  const mentionsByKey = new Map<string, { name: string; mentions: TextSpan[] }>();
  for (const role of withBody) {
    const name = role.organization.name as string;
    const key = foldKey(name);
    // A body listed already is that organization, not a second one.
    if (isListed(key, listed) || isLocalBodyAndLevelOnly(name)) continue;
    const span = role.unlistedBody as TextSpan;
    if (isFirmDepartment(document.text, span)) continue;
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
