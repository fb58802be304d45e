import { describe, expect, it } from 'vitest';
import { describeCorpus } from './run-corpus.js';
import { ROLE_BODIES_CORPUS, ROLES_CORPUS } from '../../extractors/roles/corpus.js';
import { extractText } from '../../pipeline/run-article.js';
import { expectLinearTime, pipelineStageTime, repeatedTo } from '../linear-time.js';

describeCorpus('roles', ROLES_CORPUS);
describeCorpus('organizations', ROLE_BODIES_CORPUS);

describe('bodies only a post names', () => {
  it('are numbered after the organizations stage\'s own, and the role points at its body', () => {
    const record = extractText('Ông Cao Văn Nam, Giám đốc Sở Y tế tỉnh Hà Nam, và bà Lò Thị Xuân, Trưởng khoa Sản Bệnh viện Đa khoa tỉnh Hà Nam, dự lễ.');
    const body = record.organizations.find((organization) => organization.name === 'Khoa Sản');
    expect(body?.id).toBe(`org-${record.organizations.length}`);
    const role = record.roles.find((item) => item.organization.name === 'Khoa Sản');
    expect(role?.organization.ref).toBe(body?.id);
    expect(record.organizations.slice(0, -1).map((organization) => organization.name)).toEqual(['Sở Y tế tỉnh Hà Nam', 'Bệnh viện Đa khoa tỉnh Hà Nam']);
  });

  it('are not listed again under a short name for a body listed in full, nor for a role with no unit', () => {
    const record = extractText('Phòng Kinh tế huyện Mường Tè đã rà soát các hộ. Ông Lò Văn Thắng, Trưởng phòng Kinh tế huyện, cho biết sẽ hỗ trợ giống.');
    expect(record.organizations.map((organization) => organization.name)).toEqual(['Phòng Kinh tế huyện Mường Tè']);
  });

  it('are not listed again when the article lists the unit under its kind\'s word and the acronym written after it', () => {
    const record = extractText('Thiếu tá Lê Văn Hòa, Trưởng phòng Cảnh sát kinh tế (CSKT) Công an tỉnh Hà Nam, cho biết Phòng CSKT đã lập hồ sơ.');
    const names = record.organizations.map((organization) => organization.name);
    expect(names).toContain('Phòng CSKT');
    expect(names).not.toContain('Phòng Cảnh sát kinh tế');
  });

  it('are not listed again when the article lists the body under a name that stops at its level', () => {
    const record = extractText('Ông Lê Văn Bình, Ủy viên Ban Chấp hành Hiệp hội Doanh nghiệp tỉnh Hà Nam, cho biết nhiều doanh nghiệp cần vốn.\nHiệp hội Doanh nghiệp tỉnh đã gửi kiến nghị lên UBND tỉnh.');
    const names = record.organizations.map((organization) => organization.name);
    expect(names).toContain('Hiệp hội Doanh nghiệp tỉnh');
    expect(names).not.toContain('Hiệp hội Doanh nghiệp tỉnh Hà Nam');
  });
});

describe('a faculty named alone after its head\'s title', () => {
  it('is the headline school\'s before và and the next person, not before và and lower-case words; an office so listed is not', () => {
    const headline = 'Trường Đại học Nông nghiệp Hòa An kỷ niệm 40 năm thành lập\nNhà trường trao quyết định cho PGS.TS Lò Văn Hải, ';
    const listed = extractText(`${headline}Phó Trưởng khoa Chăn nuôi và TS Hà Thị Mai, Giám đốc Trung tâm Thực hành.`);
    expect(listed.roles.some((role) => role.organization.name === 'Trường Đại học Nông nghiệp Hòa An')).toBe(true);
    const runOn = extractText(`${headline}Phó Trưởng khoa Chăn nuôi và thú y tại lễ.`);
    expect(runOn.roles.some((role) => role.organization.name === 'Trường Đại học Nông nghiệp Hòa An')).toBe(false);
    const office = extractText(`${headline}Trưởng phòng Đào tạo và TS Hà Thị Mai, Giám đốc Trung tâm Thực hành.`);
    expect(office.roles.some((role) => role.organization.name === 'Trường Đại học Nông nghiệp Hòa An' && role.holder.name === 'Lò Văn Hải')).toBe(false);
  });
});

describe('roles on hostile text', () => {
  // Digits and dots, and text made only of titles and organizations (the stage's worst case: more work per word).
  const units: Record<string, string> = {
    'digits, dots, slashes and spaces': '12.3/4 5.67/89 ',
    'one sentence of titles and organizations': 'Chủ tịch APO và Chủ tịch ASEAN, ',
    'holding cues with no comma': 'với vai trò là Chủ tịch Việt Nam ',
    'holders with ages in brackets': 'Bị cáo Trần Văn An (52 tuổi, nguyên Giám đốc Công ty Bình An) ',
    'units named by titles': 'Trưởng khoa Cấp cứu – Hồi sức của bệnh viện, ',
    'local bodies and levels before holders': 'Chủ tịch UBND tỉnh Nguyễn Đức Trung, Phó Chủ tịch HĐND huyện ',
    'head nouns referring back, degrees before holders': 'Bệnh viện Bạch Mai quá tải. Giám đốc bệnh viện, BSCKII Lê Thị Hoa, ',
    'party committee seats and ambassadors beside embassies': 'Tỉnh ủy Hòa An họp. Bà Lò Thị Hoa, Tỉnh ủy viên, Phó Đại sứ Lào tại Việt Nam, Đại sứ quán Lào dự; Đại sứ quán đã đến. ',
  };
  for (const [label, unit] of Object.entries(units)) {
    it(`the roles stage runs in linear time on 1 MB of ${label}`, () => {
      expectLinearTime((size) => pipelineStageTime('roles', repeatedTo(unit, size)), 'roles');
    });
  }
});
