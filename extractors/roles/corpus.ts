// Examples for the roles extractor, written for the project: a sentence, the words of interest and the role found
// there (title, holder, organization); `expected: null`: no role may overlap the words. Run by
// tests/corpus/roles.test.ts. Organization names are the entity's full name, as the organizations stage gives it.
import type { CorpusExample } from '../../tests/corpus/corpus-types.js';

type HolderKind = 'person' | 'organization' | 'place';

/** A holder or an organization: its kind, its name, and the id it refers to when not the first of its kind. */
type Named = readonly [HolderKind, string] | readonly [HolderKind, string, string | null];

/** The id a name refers to: the one given, else the first of its kind (`person-1`, `org-1`); a place has none. */
function refOf(kind: HolderKind, given: string | null | undefined): string | null {
  if (given !== undefined) return given;
  return kind === 'person' ? 'person-1' : kind === 'organization' ? 'org-1' : null;
}

/**
 * A role example. The organization is `[name]` for an organization entity (`org-1` unless given), `[name, ref]`
 * for another id, or `[name, null]` for a place or a name with no entity.
 */
function role(
  text: string,
  words: string,
  title: string,
  holder: Named | null,
  organization: readonly [string] | readonly [string, string | null] | null,
): CorpusExample<'roles'> {
  return {
    text,
    words,
    expected: {
      title,
      holder: holder ? { kind: holder[0], ref: refOf(holder[0], holder[2]), name: holder[1] } : { kind: null, ref: null, name: null },
      organization: organization
        ? { ref: organization.length === 2 ? organization[1] : 'org-1', name: organization[0] }
        : { ref: null, name: null },
    },
  };
}

const none = (text: string, words: string): CorpusExample<'roles'> => ({ text, words, expected: null });

/** A person named before the title: `Ông X – Phó Tổng cục trưởng Tổng cục Y`, `bà X, Tổng giám đốc Công ty Y`. */
const PERSON_BEFORE: CorpusExample<'roles'>[] = [
  role('Ông Hà Minh Hiệp – Phó Tổng cục trưởng Tổng cục Tiêu chuẩn Đo lường Chất lượng đã có những chia sẻ.',
    'Phó Tổng cục trưởng', 'Phó Tổng cục trưởng', ['person', 'Hà Minh Hiệp'], ['Tổng cục Tiêu chuẩn Đo lường Chất lượng']),
  role('Bà Nguyễn Thị Mai, Tổng giám đốc Công ty Cổ phần Sữa Hà Lan, cho biết doanh thu tăng.',
    'Tổng giám đốc', 'Tổng giám đốc', ['person', 'Nguyễn Thị Mai'], ['Công ty Cổ phần Sữa Hà Lan']),
  role('Ông Trần Văn Nam - Giám đốc Sở Tài chính tỉnh Nghệ An phát biểu tại hội nghị.',
    'Giám đốc', 'Giám đốc', ['person', 'Trần Văn Nam'], ['Sở Tài chính tỉnh Nghệ An']),
  // A field between a director's title and the organization is part of the title.
  role('Bà Hồ Thị Vân, Giám đốc Nghiên cứu Công ty Cổ phần Chứng khoán Đông Á, dự báo thị trường đi ngang.',
    'Giám đốc Nghiên cứu', 'Giám đốc Nghiên cứu', ['person', 'Hồ Thị Vân'], ['Công ty Cổ phần Chứng khoán Đông Á']),
  role('Ông Kiều Văn Sơn, Phó Giám đốc Khối vận hành Ngân hàng Thương mại Cổ phần Bình Minh, cho biết thêm.',
    'Phó Giám đốc Khối vận hành', 'Phó Giám đốc Khối vận hành', ['person', 'Kiều Văn Sơn'], ['Ngân hàng Thương mại Cổ phần Bình Minh']),
  role('Ông Lạc Văn Hưng, Giám đốc Phân tích của Công ty Cổ phần Chứng khoán Bắc Á, cho rằng lãi suất sẽ giữ nguyên.',
    'Giám đốc Phân tích', 'Giám đốc Phân tích', ['person', 'Lạc Văn Hưng'], ['Công ty Cổ phần Chứng khoán Bắc Á']),
  // A committee's head named after the committee, `Trưởng ban` alone: the committee named last before it.
  role('Báo cáo thẩm tra của Ban Pháp chế Hội đồng nhân dân tỉnh Hòa An do ông Lý Văn Tám, Trưởng ban trình bày.',
    'Trưởng ban', 'Trưởng ban', ['person', 'Lý Văn Tám'], ['Ban Pháp chế Hội đồng nhân dân tỉnh Hòa An']),
  // A department's head, `Trưởng phòng` with no department after it: the department named last before it.
  role('Phòng Cảnh sát giao thông Công an tỉnh Lào Cai đã lập 40 chốt. Trưởng phòng, Thượng tá Giàng A Lử, cho biết lực lượng trực suốt ngày đêm.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Giàng A Lử'], ['Phòng Cảnh sát giao thông Công an tỉnh Lào Cai']),
  // An army command's deputy head, `Phó Tư lệnh` with no command after it: the command named last before it.
  role('Đoàn công tác của Bộ Tư lệnh Quân khu 4 do Thiếu tướng Lê Văn Hải, Phó Tư lệnh Quân khu, dẫn đầu đã thăm hỏi người dân.',
    'Phó Tư lệnh', 'Phó Tư lệnh', ['person', 'Lê Văn Hải'], ['Bộ Tư lệnh Quân khu 4']),
  // Two posts joined by `kiêm`, the second's body a lower-case head noun referring back: the first is held there too.
  role('Công ty Cổ phần Công nghệ Lúa Vàng vừa gọi thêm vốn. Anh Vũ Đăng Khoa, nhà sáng lập kiêm Tổng giám đốc công ty, cho biết ứng dụng có 50.000 người dùng.',
    'nhà sáng lập', 'nhà sáng lập', ['person', 'Vũ Đăng Khoa'], ['Công ty Cổ phần Công nghệ Lúa Vàng']),
  role('Công ty Cổ phần Công nghệ Lúa Vàng vừa gọi thêm vốn. Anh Vũ Đăng Khoa, nhà sáng lập kiêm Tổng giám đốc công ty, cho biết ứng dụng có 50.000 người dùng.',
    'Tổng giám đốc', 'Tổng giám đốc', ['person', 'Vũ Đăng Khoa'], ['Công ty Cổ phần Công nghệ Lúa Vàng']),
  // A field, `của`, then a few lower-case words saying what kind of body is named (`sàn thương mại điện tử`).
  role('Ông Lưu Quang Đạt, Giám đốc Vận hành của sàn thương mại điện tử ShopViet, cho biết số đơn hàng tăng mạnh.',
    'Giám đốc Vận hành', 'Giám đốc Vận hành', ['person', 'Lưu Quang Đạt'], ['ShopViet']),
  // ... but not words of a list or a clause: no post of one body.
  none('Giám đốc Kinh doanh của nhiều doanh nghiệp như Công ty Cổ phần Thép Bắc Sơn đều lo ngại giá thép.', 'Giám đốc Kinh doanh'),
  // A staff post in lower case, its field and rank in lower case, then `của` and the company: one title.
  role('Ông Đinh Quang Vũ, Chỉ huy trưởng công trường của Liên danh Phú Cường – Hải Âu, cho biết đã xong móng.',
    'Đinh Quang Vũ, Chỉ huy trưởng công trường của Liên danh Phú Cường – Hải Âu', 'Chỉ huy trưởng công trường', ['person', 'Đinh Quang Vũ'], ['Liên danh Phú Cường – Hải Âu']),
  role('Bà Vi Thu Hà, Tổ trưởng Tổ công tác rà soát hồ sơ đất đai của huyện, cho biết đã xong 200 hồ sơ.',
    'Tổ trưởng', 'Tổ trưởng', ['person', 'Vi Thu Hà'], ['Tổ công tác rà soát hồ sơ đất đai']),
  // In lower case the head of a neighbourhood's group, no post the sets list.
  none('Bà Hứa Thị Lụa, tổ trưởng tổ dân phố số 3, cho biết đã vận động được 40 hộ.', 'tổ trưởng'),
  // A task force in lower case in its leader's title, no body named after it: held at no body, not at the holder's
  // other post's (a team of a school is that school's: `Tổ trưởng tổ chuyên môn`, below).
  none('Bà Vi Thu Hà, Phó Giám đốc Sở Tư pháp, Tổ trưởng tổ công tác, đã gặp từng hộ.', 'Tổ trưởng tổ công tác'),
  none('Ông Lò Văn Hải, Phó Giám đốc Sở Xây dựng kiêm Tổ trưởng tổ công tác đặc biệt, đôn đốc hằng tuần.', 'Tổ trưởng tổ công tác đặc biệt'),
  role('Ông Kim Min-jun, Trưởng nhóm chuyên gia của Bệnh viện Đại học Busan, đã thống nhất kế hoạch đào tạo.',
    'Trưởng nhóm chuyên gia', 'Trưởng nhóm chuyên gia', ['person', 'Kim Min-jun'], ['Bệnh viện Đại học Busan']),
  // With no body after `của`, the team leader alone.
  role('Ông Kim Min-jun, Trưởng nhóm chuyên gia đến từ Hàn Quốc, đã thống nhất kế hoạch đào tạo.',
    'Trưởng nhóm', 'Trưởng nhóm', ['person', 'Kim Min-jun'], null),
  role('Bà Lò Thu Hằng, chuyên viên phân tích cao cấp của Công ty Cổ phần Chứng khoán Bắc Á, dự báo lãi suất giảm.',
    'chuyên viên phân tích cao cấp', 'chuyên viên phân tích cao cấp', ['person', 'Lò Thu Hằng'], ['Công ty Cổ phần Chứng khoán Bắc Á']),
  role('Ông Vũ Minh Quân, chuyên viên cho biết tại Công ty Cổ phần Thép Bắc Sơn giá thép tăng.',
    'chuyên viên', 'chuyên viên', ['person', 'Vũ Minh Quân'], null),
  // A name after the title is no field.
  role('Giám đốc Lương Văn Hải, Công ty Cổ phần Thép Bắc Sơn, cho biết giá thép tăng.',
    'Giám đốc', 'Giám đốc', ['person', 'Lương Văn Hải'], ['Công ty Cổ phần Thép Bắc Sơn']),
  role('Ông Lê Quang Hưng, Viện trưởng Viện Nghiên cứu Cơ khí, trình bày báo cáo.',
    'Viện trưởng', 'Viện trưởng', ['person', 'Lê Quang Hưng'], ['Viện Nghiên cứu Cơ khí']),
  role('Bà Phạm Thu Hằng, Hiệu trưởng Trường Đại học Kinh tế Quốc dân, trao bằng cho sinh viên.',
    'Hiệu trưởng', 'Hiệu trưởng', ['person', 'Phạm Thu Hằng'], ['Trường Đại học Kinh tế Quốc dân']),
  role('Ông Hoàng Văn Đức – Cục trưởng Cục Quản lý thị trường cho biết sẽ tăng cường kiểm tra.',
    'Cục trưởng', 'Cục trưởng', ['person', 'Hoàng Văn Đức'], ['Cục Quản lý thị trường']),
  role('Ông Vũ Tiến Lộc, Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam, nhận định về thị trường.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Vũ Tiến Lộc'], ['Phòng Thương mại và Công nghiệp Việt Nam']),
  role('Bà Đặng Thị Hồng, Phó Giám đốc Sở Y tế Hà Nội, kiểm tra bếp ăn tập thể.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Đặng Thị Hồng'], ['Sở Y tế Hà Nội']),
  role('Ông Đỗ Văn Hải hiện là Tổng giám đốc Tập đoàn Dệt may Việt Nam.',
    'Tổng giám đốc', 'Tổng giám đốc', ['person', 'Đỗ Văn Hải'], ['Tập đoàn Dệt may Việt Nam']),
  // A post held before (`trước đây là`), after the holder's present one: the same holder's.
  role('Bà Lã Thị Nga, Chánh Văn phòng, trước đây là Phó Chủ tịch UBND xã Đông Hòa, cho biết hồ sơ đã số hóa.',
    'Phó Chủ tịch', 'Phó Chủ tịch', ['person', 'Lã Thị Nga'], ['UBND xã Đông Hòa']),
  role('Ông Kha Văn Lộc, trước đó là Giám đốc Sở Xây dựng tỉnh Lai Châu, nhận nhiệm vụ mới.',
    'Giám đốc', 'Giám đốc', ['person', 'Kha Văn Lộc'], ['Sở Xây dựng tỉnh Lai Châu']),
  // A post the subject holds now (`hiện là`), said after a clause about them: theirs.
  role('Nhà thơ Lê Thị Hoa ra mắt tập thơ mới. Bà Hoa sinh năm 1968, hiện là Phó Chủ tịch Hội Văn học Nghệ thuật tỉnh Hòa An.',
    'Phó Chủ tịch', 'Phó Chủ tịch', ['person', 'Lê Thị Hoa'], ['Hội Văn học Nghệ thuật tỉnh Hòa An']),
  // A head's title as the holder's next post after a bare post of theirs: the body of that kind named before.
  role('Năm qua, Thương vụ Việt Nam tại Lào đã tổ chức 3 đoàn doanh nghiệp. Bà Lò Thị Hoa, Tham tán Thương mại, Trưởng Thương vụ, cho biết sẽ mở thêm điểm trưng bày.',
    'Trưởng Thương vụ', 'Trưởng Thương vụ', ['person', 'Lò Thị Hoa'], ['Thương vụ Việt Nam tại Lào']),
  // A commercial counsellor with no body after the title: the embassy's trade office named before; none where no
  // trade office is named.
  role('Năm qua, Thương vụ Việt Nam tại Lào đã tổ chức 3 đoàn doanh nghiệp. Bà Lò Thị Hoa, Tham tán Thương mại, Trưởng Thương vụ, cho biết sẽ mở thêm điểm trưng bày.',
    'Tham tán Thương mại', 'Tham tán Thương mại', ['person', 'Lò Thị Hoa'], ['Thương vụ Việt Nam tại Lào']),
  role('Thương vụ Việt Nam tại Ai Cập đã kết nối 40 doanh nghiệp. Ông Hà Văn Dũng, Tham tán Thương mại, cho biết sẽ mở thêm hội chợ.',
    'Tham tán Thương mại', 'Tham tán Thương mại', ['person', 'Hà Văn Dũng'], ['Thương vụ Việt Nam tại Ai Cập']),
  role('Công ty Cổ phần Sao Mai đã xuất 40 container gạo. Ông Hà Văn Dũng, Tham tán Thương mại, cho biết sẽ mở thêm hội chợ.',
    'Tham tán Thương mại', 'Tham tán Thương mại', ['person', 'Hà Văn Dũng'], null),
  // A chief accountant with no company, in a list of people each with a post: the body of the item before.
  role('Các bị cáo gồm: Lò Văn Tám (SN 1970), nguyên Giám đốc Ban Quản lý rừng phòng hộ Mường Lát; Hà Thị Nga (SN 1982), nguyên Kế toán trưởng; Vi Văn Hùng, nhân viên.',
    'Kế toán trưởng', 'Kế toán trưởng', ['person', 'Hà Thị Nga', 'person-2'], ['Ban Quản lý rừng phòng hộ Mường Lát']),
  // A pronoun subject (`Trước đó, ông là`): the one person named just before the sentence; none with two named there.
  role('Ông Lò Văn Hải nhận nhiệm vụ Giám đốc Sở Y tế tỉnh Hòa An từ tháng 3. Trước đó, ông là Phó Vụ trưởng Vụ Kế hoạch, Bộ Y tế.',
    'Phó Vụ trưởng', 'Phó Vụ trưởng', ['person', 'Lò Văn Hải'], ['Vụ Kế hoạch', 'org-2']),
  role('Ông Lò Văn Hải và bà Hà Thị Lan nhận nhiệm vụ mới từ tháng 3. Trước đó, ông là Phó Vụ trưởng Vụ Kế hoạch, Bộ Y tế.',
    'Phó Vụ trưởng', 'Phó Vụ trưởng', null, ['Vụ Kế hoạch']),
  // How the holder stands among the post's holders (`trẻ nhất`) between two posts of one holder: the next is theirs.
  role('Ông Lò Văn Dũng, 38 tuổi, là Phó Chủ tịch trẻ nhất, nguyên Bí thư Huyện đoàn Tân Hòa.',
    'Bí thư', 'Bí thư', ['person', 'Lò Văn Dũng'], ['Huyện đoàn Tân Hòa']),
  // An acting post (`Quyền`): the holder named before it holds the bare title.
  role('Quyết định do bà Hoàng Thị Thu, Quyền Giám đốc Sở Tư pháp tỉnh Yên Bái, ký.',
    'Giám đốc', 'Giám đốc', ['person', 'Hoàng Thị Thu'], ['Sở Tư pháp tỉnh Yên Bái']),
  role('Dự họp có ông Vi Văn Thắng, Quyền Cục trưởng Cục Hải quan tỉnh Cao Bằng; bà Nông Thị Hoa, Phó Giám đốc Sở Tài chính.',
    'Cục trưởng', 'Cục trưởng', ['person', 'Vi Văn Thắng'], ['Cục Hải quan tỉnh Cao Bằng']),
  // An acting post after the act that gives it: `được bổ nhiệm làm Quyền`, `người được giao Quyền`.
  role('Ông Tạ Văn Bình được bổ nhiệm làm Quyền Giám đốc Sở Y tế tỉnh Hòa An.',
    'Giám đốc', 'Giám đốc', ['person', 'Tạ Văn Bình'], ['Sở Y tế tỉnh Hòa An']),
  // The head of an embassy's trade office: `Trưởng Thương vụ`, the office's name running on from its last word, or
  // the office named before it.
  role('Ông Lê Văn Tâm, nguyên Trưởng Thương vụ Việt Nam tại Ba Lan, cho biết kim ngạch tăng.',
    'Trưởng Thương vụ', 'Trưởng Thương vụ', ['person', 'Lê Văn Tâm'], ['Thương vụ Việt Nam tại Ba Lan']),
  role('Thương vụ Việt Nam tại Hàn Quốc đã tổ chức hội chợ. Bà Đinh Thị Hoa, người được giao Quyền Trưởng Thương vụ từ tháng 5, cho biết có 40 doanh nghiệp tham gia.',
    'Trưởng Thương vụ', 'Trưởng Thương vụ', ['person', 'Đinh Thị Hoa'], ['Thương vụ Việt Nam tại Hàn Quốc']),
  // A person the post is handed to, not one who hands it: `giao` not after `được`.
  role('Ông Đỗ Văn Hải giao cho Phó Giám đốc Sở Y tế tỉnh Hòa An chủ trì.',
    'Phó Giám đốc', 'Phó Giám đốc', null, ['Sở Y tế tỉnh Hòa An']),
  role('Ông Bùi Văn Khang, nguyên Thứ trưởng Bộ Tài chính, chia sẻ kinh nghiệm quản lý.',
    'Thứ trưởng', 'Thứ trưởng', ['person', 'Bùi Văn Khang'], ['Bộ Tài chính']),
  role('PGS.TS Lê Văn Thành, Viện trưởng Viện Khoa học Thủy lợi miền Nam, cảnh báo về hạn mặn.',
    'Viện trưởng', 'Viện trưởng', ['person', 'Lê Văn Thành'], ['Viện Khoa học Thủy lợi miền Nam']),
  role('Bà Nguyễn Thu Hương, Cục trưởng Cục Thống kê, công bố số liệu quý I.',
    'Cục trưởng', 'Cục trưởng', ['person', 'Nguyễn Thu Hương'], ['Cục Thống kê']),
  role('Ông Phan Văn Lực, Phó Chi cục trưởng Chi cục Kiểm lâm tỉnh Gia Lai, cho biết diện tích rừng tăng.',
    'Phó Chi cục trưởng', 'Phó Chi cục trưởng', ['person', 'Phan Văn Lực'], ['Chi cục Kiểm lâm tỉnh Gia Lai']),
  role('Ông Phan Văn Mãi là Chủ tịch Ủy ban nhân dân tỉnh Bến Tre nhiệm kỳ trước.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Phan Văn Mãi'], ['Ủy ban nhân dân tỉnh Bến Tre']),
  role('Ông Ngô Minh Tuấn, Trưởng ban Ban Tuyên giáo Tỉnh ủy, báo cáo tiến độ.',
    'Trưởng ban', 'Trưởng ban', ['person', 'Ngô Minh Tuấn'], ['Ban Tuyên giáo Tỉnh ủy']),
  role('Theo Thượng tá Ngô Văn Hải, Trưởng phòng Cảnh sát PCCC và cứu nạn, cứu hộ (CNCH) Công an tỉnh Quảng Nam, số vụ cháy giảm.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Ngô Văn Hải'], ['Phòng Cảnh sát PCCC và cứu nạn, cứu hộ', 'org-2']),
  role('Thiếu tá Lê Văn Bảo, Đội trưởng Đội Cảnh sát PCCC&CNCH khu vực số 3, cho biết đội đã kiểm tra 200 cơ sở.',
    'Đội trưởng', 'Đội trưởng', ['person', 'Lê Văn Bảo'], ['Đội Cảnh sát PCCC&CNCH khu vực số 3']),
  // `Đội trưởng` alone: the team (`Đội ...`) named last before it.
  role('Sáng qua, Đội Quản lý thị trường số 4 kiểm tra hai cửa hàng. Ông Lý Văn Hòa – Đội trưởng – cho biết cả hai đều vi phạm.',
    'Đội trưởng', 'Đội trưởng', ['person', 'Lý Văn Hòa'], ['Đội Quản lý thị trường số 4']),
  // `Trưởng Ban chỉ đạo X thành phố`: the committee named in lower case after its head; the post is its head's.
  role('Ông Quang, Trưởng Ban chỉ đạo phát triển du lịch cộng đồng bền vững thành phố, cho biết lượng khách tăng.',
    'Trưởng Ban', 'Trưởng Ban', ['person', 'Quang'], ['Ban chỉ đạo phát triển du lịch cộng đồng bền vững thành phố']),
  role('Bà Hạnh, Phó Trưởng ban thường trực Ban chỉ đạo công tác dân số huyện, cho biết tỷ lệ sinh giảm.',
    'Phó Trưởng ban thường trực', 'Phó Trưởng ban thường trực', ['person', 'Hạnh'], ['Ban chỉ đạo công tác dân số huyện']),
  role('Ông Đinh Văn Sơn, Phó Hiệu trưởng Trường Đại học Thương mại, chủ trì hội thảo.',
    'Phó Hiệu trưởng', 'Phó Hiệu trưởng', ['person', 'Đinh Văn Sơn'], ['Trường Đại học Thương mại']),
  role('Bà Lê Thị Thu Hà (Giám đốc Trung tâm Xúc tiến Thương mại) giới thiệu sản phẩm.',
    'Giám đốc', 'Giám đốc', ['person', 'Lê Thị Thu Hà'], ['Trung tâm Xúc tiến Thương mại']),
  role('Ông Trương Quang Vinh, Tổng thư ký Hiệp hội Chế biến và Xuất khẩu Thủy sản Việt Nam, lo ngại về giá.',
    'Tổng thư ký', 'Tổng thư ký', ['person', 'Trương Quang Vinh'], ['Hiệp hội Chế biến và Xuất khẩu Thủy sản Việt Nam']),
  role('Ông Lâm Văn Tuấn, Phó Chủ tịch Hội Nông dân Việt Nam, thăm mô hình sản xuất.',
    'Phó Chủ tịch', 'Phó Chủ tịch', ['person', 'Lâm Văn Tuấn'], ['Hội Nông dân Việt Nam']),
  role('Ông Tạ Văn Hạ – Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội phát biểu.',
    'Phó Chủ nhiệm', 'Phó Chủ nhiệm', ['person', 'Tạ Văn Hạ'], ['Ủy ban Văn hóa']),
  role('Bà Hoàng Thị Yến, Giám đốc Bệnh viện Nhi Trung ương, cho biết số ca bệnh giảm.',
    'Giám đốc', 'Giám đốc', ['person', 'Hoàng Thị Yến'], ['Bệnh viện Nhi Trung ương']),
];

/** The title, its organization, then the person: `Thứ trưởng Bộ KH&CN X`, `Phó Thủ tướng Chính phủ X`. */
const PERSON_AFTER: CorpusExample<'roles'>[] = [
  role('Phó Tổng cục trưởng Tổng cục Tiêu chuẩn Đo lường Chất lượng Hà Minh Hiệp.',
    'Phó Tổng cục trưởng', 'Phó Tổng cục trưởng', ['person', 'Hà Minh Hiệp'], ['Tổng cục Tiêu chuẩn Đo lường Chất lượng']),
  role('Thứ trưởng Bộ Khoa học và Công nghệ Lê Xuân Định chủ trì cuộc họp.',
    'Thứ trưởng', 'Thứ trưởng', ['person', 'Lê Xuân Định'], ['Bộ Khoa học và Công nghệ']),
  role('Phó Thủ tướng Chính phủ Trần Hồng Hà đã làm việc với tỉnh.',
    'Phó Thủ tướng', 'Phó Thủ tướng', ['person', 'Trần Hồng Hà'], ['Chính phủ']),
  role('Bộ trưởng Bộ Tài chính Hồ Đức Phớc trả lời chất vấn.',
    'Bộ trưởng', 'Bộ trưởng', ['person', 'Hồ Đức Phớc'], ['Bộ Tài chính']),
  role('Giám đốc Sở Du lịch thành phố Đà Nẵng Phạm Thị Lan cho biết lượng khách tăng.',
    'Giám đốc', 'Giám đốc', ['person', 'Phạm Thị Lan'], ['Sở Du lịch thành phố Đà Nẵng']),
  role('Chủ tịch Hội đồng quản trị Công ty Cổ phần Vinamilk Lê Thị Băng Tâm phát biểu.',
    'Chủ tịch Hội đồng quản trị', 'Chủ tịch Hội đồng quản trị', ['person', 'Lê Thị Băng Tâm'], ['Công ty Cổ phần Vinamilk']),
  role('Tổng giám đốc Tổng công ty Điện lực miền Bắc Đỗ Nguyệt Ánh ký kết thỏa thuận.',
    'Tổng giám đốc', 'Tổng giám đốc', ['person', 'Đỗ Nguyệt Ánh'], ['Tổng công ty Điện lực miền Bắc']),
  role('Viện trưởng Viện Kinh tế Việt Nam Bùi Quang Tuấn nhận định như vậy.',
    'Viện trưởng', 'Viện trưởng', ['person', 'Bùi Quang Tuấn'], ['Viện Kinh tế Việt Nam']),
  role('Cục trưởng Cục Thú y Nguyễn Văn Long cho biết như vậy.',
    'Cục trưởng', 'Cục trưởng', ['person', 'Nguyễn Văn Long'], ['Cục Thú y']),
  role('Phó Vụ trưởng Vụ Thanh toán Đỗ Minh Tuấn trả lời phỏng vấn.',
    'Phó Vụ trưởng', 'Phó Vụ trưởng', ['person', 'Đỗ Minh Tuấn'], ['Vụ Thanh toán']),
  role('Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh Cao Tường Huy kiểm tra công trình.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Cao Tường Huy'], ['Ủy ban nhân dân tỉnh Quảng Ninh']),
  role('Giám đốc Trung tâm Y tế Dự phòng, ông Nguyễn Văn Hải cho biết.',
    'Giám đốc', 'Giám đốc', ['person', 'Nguyễn Văn Hải'], ['Trung tâm Y tế Dự phòng']),
  role('Phó Giám đốc Ngân hàng Nhà nước, bà Lê Thị Hoa đánh giá cao mô hình.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Lê Thị Hoa'], ['Ngân hàng Nhà nước']),
  // the holder set in an aside between dashes after the post and its body
  role('Giám đốc Công ty Cổ phần Cấp nước Hòa Bình – ông Đinh Văn Sáng – cho biết công ty sẽ nâng công suất.',
    'Giám đốc', 'Giám đốc', ['person', 'Đinh Văn Sáng'], ['Công ty Cổ phần Cấp nước Hòa Bình']),
  role('Chủ tịch Hội Nông dân tỉnh - bà Lò Thị Xuân - trao quà cho hội viên.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Lò Thị Xuân'], ['Hội Nông dân tỉnh']),
  role('Hiệu trưởng Trường Đại học Bách khoa Hà Nội Huỳnh Quyết Thắng trao bằng tốt nghiệp.',
    'Hiệu trưởng', 'Hiệu trưởng', ['person', 'Huỳnh Quyết Thắng'], ['Trường Đại học Bách khoa Hà Nội']),
  role('Trưởng ban Ban Kinh tế Trung ương Trần Tuấn Anh làm việc với doanh nghiệp.',
    'Trưởng ban', 'Trưởng ban', ['person', 'Trần Tuấn Anh'], ['Ban Kinh tế Trung ương']),
  role('Phó Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam Tô Hoài Nam nêu ý kiến.',
    'Phó Chủ tịch', 'Phó Chủ tịch', ['person', 'Tô Hoài Nam'], ['Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam']),
  role('Phó Chủ tịch Liên đoàn Bóng đá Việt Nam (VFF) Trần Anh Tú động viên các cầu thủ.',
    'Phó Chủ tịch', 'Phó Chủ tịch', ['person', 'Trần Anh Tú'], ['Liên đoàn Bóng đá Việt Nam']),
  role('Tổng thư ký Quốc hội Bùi Văn Cường công bố nghị quyết.',
    'Tổng thư ký', 'Tổng thư ký', ['person', 'Bùi Văn Cường'], ['Quốc hội']),
  role('Phó Tổng giám đốc Tập đoàn Điện lực Việt Nam Nguyễn Tài Anh trả lời báo chí.',
    'Phó Tổng giám đốc', 'Phó Tổng giám đốc', ['person', 'Nguyễn Tài Anh'], ['Tập đoàn Điện lực Việt Nam']),
  role('Thứ trưởng Bộ Công Thương Phan Thị Thắng dự lễ khai mạc.',
    'Thứ trưởng', 'Thứ trưởng', ['person', 'Phan Thị Thắng'], ['Bộ Công Thương']),
  role('Tổng cục trưởng Tổng cục Hải quan Nguyễn Văn Cẩn ký quyết định.',
    'Tổng cục trưởng', 'Tổng cục trưởng', ['person', 'Nguyễn Văn Cẩn'], ['Tổng cục Hải quan']),
  // The head of a sub-department (`chi cục`), its title whole: `Chi cục trưởng`, not `cục trưởng`.
  role('Chi cục trưởng Chi cục Thú y tỉnh Phú Yên Lê Văn Thịnh kiểm tra chốt kiểm dịch.',
    'Chi cục trưởng', 'Chi cục trưởng', ['person', 'Lê Văn Thịnh'], ['Chi cục Thú y tỉnh Phú Yên']),
];

/** A title before a person with no organization written. */
const TITLE_AND_PERSON: CorpusExample<'roles'>[] = [
  role('Thủ tướng Phạm Minh Chính chủ trì phiên họp.', 'Thủ tướng', 'Thủ tướng', ['person', 'Phạm Minh Chính'], null),
  role('Tiếp đó, Phó Thủ tướng Lê Minh Khái phát biểu.', 'Phó Thủ tướng', 'Phó Thủ tướng', ['person', 'Lê Minh Khái'], null),
  role('Đại sứ Phạm Quang Vinh chia sẻ về quan hệ song phương.', 'Đại sứ', 'Đại sứ', ['person', 'Phạm Quang Vinh'], null),
  role('Bộ trưởng Nguyễn Mạnh Hùng nhấn mạnh chuyển đổi số.', 'Bộ trưởng', 'Bộ trưởng', ['person', 'Nguyễn Mạnh Hùng'], null),
  role('Theo Tổng giám đốc Lê Văn Tám, năm nay công ty có lãi.', 'Tổng giám đốc', 'Tổng giám đốc', ['person', 'Lê Văn Tám'], null),
  role('Ông Nguyễn Văn Bình là Giám đốc điều hành từ năm 2019.', 'Giám đốc điều hành', 'Giám đốc điều hành', ['person', 'Nguyễn Văn Bình'], null),
  role('Phó Chủ tịch Thường trực Trần Thanh Mẫn dự buổi làm việc.',
    'Phó Chủ tịch Thường trực', 'Phó Chủ tịch Thường trực', ['person', 'Trần Thanh Mẫn'], null),
  role('Chủ tịch Vũ Văn Tiền cho biết ngân hàng sẽ tăng vốn.', 'Chủ tịch', 'Chủ tịch', ['person', 'Vũ Văn Tiền'], null),
];

/** An organization or a country holding a post: the subject of `vai trò`, `cương vị`, `trọng trách`. */
const ORGANIZATION_OR_PLACE_HOLDERS: CorpusExample<'roles'>[] = [
  role('Năm 2020, Việt Nam đồng thời đảm nhận vai trò Chủ tịch của cả ASEAN và APO.',
    'Chủ tịch của cả ASEAN', 'Chủ tịch', ['place', 'Việt Nam'], ['ASEAN']),
  role('Năm 2020, Việt Nam đồng thời đảm nhận vai trò Chủ tịch của cả ASEAN và Tổ chức Năng suất Châu Á (APO).',
    'Tổ chức Năng suất Châu Á', 'Chủ tịch', ['place', 'Việt Nam'], ['Tổ chức Năng suất Châu Á', 'org-2']),
  role('Tổng cục Tiêu chuẩn Đo lường Chất lượng tiếp tục thực hiện tốt vai trò là Chủ tịch của APO.',
    'Chủ tịch của APO', 'Chủ tịch', ['organization', 'Tổng cục Tiêu chuẩn Đo lường Chất lượng'], ['APO', 'org-2']),
  role('Với vai trò là Chủ tịch ASEAN, Việt Nam đã thúc đẩy nhiều sáng kiến.',
    'Chủ tịch ASEAN', 'Chủ tịch', ['place', 'Việt Nam'], ['ASEAN']),
  role('Với vai trò là Chủ tịch ASEAN và Chủ tịch APEC, Việt Nam đã có nhiều đóng góp.',
    'Chủ tịch APEC', 'Chủ tịch', ['place', 'Việt Nam'], ['APEC', 'org-2']),
  role('Trên cương vị Chủ tịch Hội đồng Bảo an, Việt Nam đã chủ trì nhiều phiên thảo luận.',
    'Chủ tịch', 'Chủ tịch', ['place', 'Việt Nam'], ['Hội đồng Bảo an']),
  role('Thái Lan sẽ đảm nhận vai trò Chủ tịch ASEAN vào năm sau.',
    'Chủ tịch ASEAN', 'Chủ tịch', ['place', 'Thái Lan'], ['ASEAN']),
  role('Hiệp hội Ngân hàng Việt Nam giữ vai trò Chủ tịch Liên đoàn Ngân hàng ASEAN trong nhiệm kỳ này.',
    'Chủ tịch', 'Chủ tịch', ['organization', 'Hiệp hội Ngân hàng Việt Nam'], ['Liên đoàn Ngân hàng ASEAN', 'org-2']),
  role('Singapore đã hoàn thành tốt trọng trách Chủ tịch ASEAN năm 2018.',
    'Chủ tịch ASEAN', 'Chủ tịch', ['place', 'Singapore'], ['ASEAN']),
  role('Với vai trò là cơ quan đầu mối và Chủ tịch của ACCSQ, Tổng cục Tiêu chuẩn Đo lường Chất lượng đã đề xuất sáng kiến.',
    'Chủ tịch của ACCSQ', 'Chủ tịch', ['organization', 'Tổng cục Tiêu chuẩn Đo lường Chất lượng', 'org-2'], ['ACCSQ']),
  role('Tổng cục Tiêu chuẩn Đo lường Chất lượng thực hiện tốt vai trò là Chủ tịch của APO, Chủ tịch ACCSQ.',
    'Chủ tịch ACCSQ', 'Chủ tịch', ['organization', 'Tổng cục Tiêu chuẩn Đo lường Chất lượng'], ['ACCSQ', 'org-3']),
  role('Indonesia giữ cương vị Chủ tịch APEC trong năm 2013.',
    'Chủ tịch APEC', 'Chủ tịch', ['place', 'Indonesia'], ['APEC']),
  role('Năm tới, Việt Nam sẽ tiếp tục là Chủ tịch APEC.',
    'Chủ tịch APEC', 'Chủ tịch', ['place', 'Việt Nam'], ['APEC']),
];

/** A post held by nobody named: `Tổng thư ký APO`, `sự ủng hộ của Tổng thư ký ASEAN và APO`. */
const NOBODY_NAMED: CorpusExample<'roles'>[] = [
  role('Hội nghị có sự tham dự của Tổng thư ký APO và đại diện các nước thành viên.',
    'Tổng thư ký APO', 'Tổng thư ký', null, ['APO']),
  role('Đề xuất đã nhận được sự ủng hộ của Tổng thư ký ASEAN và APO.',
    'Tổng thư ký ASEAN', 'Tổng thư ký', null, ['ASEAN']),
  role('Đề xuất đã nhận được sự ủng hộ của Tổng thư ký ASEAN và APO.',
    'APO', 'Tổng thư ký', null, ['APO', 'org-2']),
  role('Giám đốc Sở Y tế cho biết sẽ mở thêm điểm tiêm.',
    'Giám đốc Sở Y tế', 'Giám đốc', null, ['Sở Y tế']),
  role('Văn bản do Thứ trưởng Bộ Tài chính ký ban hành tuần trước.',
    'Thứ trưởng Bộ Tài chính', 'Thứ trưởng', null, ['Bộ Tài chính']),
  role('Đại diện ngân hàng, bà Đoàn Thu Hà, Vụ trưởng Vụ Chính sách tiền tệ, cho biết lãi suất ổn định.',
    'Vụ trưởng', 'Vụ trưởng', ['person', 'Đoàn Thu Hà'], ['Vụ Chính sách tiền tệ']),
  role('Đoàn được Chủ tịch Ủy ban nhân dân tỉnh Lào Cai tiếp đón.',
    'Chủ tịch', 'Chủ tịch', null, ['Ủy ban nhân dân tỉnh Lào Cai']),
  role('Báo cáo đã được gửi tới Tổng giám đốc Tập đoàn Điện lực Việt Nam.',
    'Tổng giám đốc', 'Tổng giám đốc', null, ['Tập đoàn Điện lực Việt Nam']),
  role('Theo đề nghị của Viện trưởng Viện Hàn lâm Khoa học xã hội Việt Nam, hội đồng đã họp.',
    'Viện trưởng', 'Viện trưởng', null, ['Viện Hàn lâm Khoa học xã hội Việt Nam']),
  role('Cuộc gặp giữa Tổng thư ký Liên hợp quốc và lãnh đạo các nước diễn ra hôm qua.',
    'Tổng thư ký', 'Tổng thư ký', null, ['Liên hợp quốc']),
  role('Hiệu trưởng Trường Đại học Y Hà Nội đã ký quyết định khen thưởng.',
    'Hiệu trưởng', 'Hiệu trưởng', null, ['Trường Đại học Y Hà Nội']),
];

/** One post per coordinated organization; one holder for a list of posts. */
const COORDINATION_AND_LISTS: CorpusExample<'roles'>[] = [
  role('Tổng cục Tiêu chuẩn Đo lường Chất lượng tiếp tục là Chủ tịch của APO, Chủ tịch ACCSQ và Chủ tịch WG1 và WG2.',
    'Chủ tịch ACCSQ', 'Chủ tịch', ['organization', 'Tổng cục Tiêu chuẩn Đo lường Chất lượng'], ['ACCSQ', 'org-3']),
  role('Ông Nguyễn Văn An, Chủ tịch Hội đồng quản trị kiêm Tổng giám đốc Tập đoàn Hòa Phát, phát biểu.',
    'Tổng giám đốc', 'Tổng giám đốc', ['person', 'Nguyễn Văn An'], ['Tập đoàn Hòa Phát']),
  // A head of a kind of body (`Hiệu trưởng`, `Viện trưởng`) `kiêm` the head of a body of another kind: not held
  // there, but where the title alone is (the school, the institute named before).
  role('Trường Cao đẳng Kỹ thuật Hà Tĩnh vừa khai giảng năm học mới. TS Phan Văn An, Phó Hiệu trưởng kiêm Giám đốc Trung tâm Tuyển sinh, cho biết trường tuyển 900 học viên.',
    'Phó Hiệu trưởng', 'Phó Hiệu trưởng', ['person', 'Phan Văn An'], ['Trường Cao đẳng Kỹ thuật Hà Tĩnh']),
  role('Viện Nghiên cứu Hải sản vừa công bố báo cáo. TS Trần Văn Đông, Viện trưởng kiêm Giám đốc Trung tâm Quan trắc môi trường biển, cho biết cá giảm.',
    'Viện trưởng', 'Viện trưởng', ['person', 'Trần Văn Đông'], ['Viện Nghiên cứu Hải sản']),
  // A list of people, each with a post after a comma: the person after a post's comma who has a post of their own
  // right after is the next of the list; the post is held by the person before it.
  role('Dự họp có ông Hoàng Văn Sơn, Giám đốc Sở Xây dựng, bà Đinh Thị Hoa, Phó Giám đốc Sở Tư pháp, cùng đại diện các huyện.',
    'Giám đốc Sở Xây dựng', 'Giám đốc', ['person', 'Hoàng Văn Sơn'], ['Sở Xây dựng']),
  role('Dự họp có ông Hoàng Văn Sơn, Giám đốc Sở Xây dựng, bà Đinh Thị Hoa, Phó Giám đốc Sở Tư pháp, cùng đại diện các huyện.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Đinh Thị Hoa', 'person-2'], ['Sở Tư pháp', 'org-2']),
  // No one named before the post: the person after its comma holds it.
  role('Phát biểu tại hội nghị, Giám đốc Sở Xây dựng, ông Hoàng Văn Sơn, Phó Bí thư Đảng ủy Sở, cho biết thủ tục đã gọn.',
    'Giám đốc Sở Xây dựng', 'Giám đốc', ['person', 'Hoàng Văn Sơn'], ['Sở Xây dựng']),
  // A counsellor of an embassy named by their field: the field is part of the title, the embassy after it the body.
  role('Buổi gặp có bà Phạm Thu Trang, Tham tán Văn hóa Đại sứ quán Việt Nam tại Pháp, cùng đại diện cộng đồng.',
    'Tham tán Văn hóa', 'Tham tán Văn hóa', ['person', 'Phạm Thu Trang'], ['Đại sứ quán Việt Nam tại Pháp']),
  role('Ông Đỗ Minh Khang, Tham tán Công sứ Đại sứ quán Việt Nam tại Nhật Bản, cho biết lịch làm việc.',
    'Tham tán Công sứ', 'Tham tán Công sứ', ['person', 'Đỗ Minh Khang'], ['Đại sứ quán Việt Nam tại Nhật Bản']),
  // A field not written as part of the post: the title stays bare.
  role('Ông Đỗ Minh Khang, Tham tán Đại sứ quán Việt Nam tại Nhật Bản, cho biết văn hóa Việt được đón nhận.',
    'Tham tán', 'Tham tán', ['person', 'Đỗ Minh Khang'], ['Đại sứ quán Việt Nam tại Nhật Bản']),
  // A company's post (`Phó Tổng Giám đốc`) `kiêm` the head of one of its units: held in the company, not the unit.
  role('Ngân hàng TMCP Phú Long vừa rao bán khoản nợ. Ông Hà Văn Thịnh, Phó Tổng Giám đốc kiêm Giám đốc Khối Khách hàng doanh nghiệp, cho biết giá khởi điểm đã giảm.',
    'Phó Tổng Giám đốc', 'Phó Tổng Giám đốc', ['person', 'Hà Văn Thịnh'], ['Ngân hàng TMCP Phú Long']),
  // ... the company written by its short name at the end of the unit's name.
  role('Ngân hàng TMCP Phú Long (PhuLongBank) vừa rao bán khoản nợ của Công ty CP Thép Hòa Bình. Ông Hà Văn Thịnh, Phó Tổng Giám đốc kiêm Giám đốc Khối Xử lý nợ PhuLongBank, cho biết giá đã giảm.',
    'Phó Tổng Giám đốc', 'Phó Tổng Giám đốc', ['person', 'Hà Văn Thịnh'], ['Ngân hàng TMCP Phú Long']),
  // A body's post `kiêm` the head of one of its boards named by its field alone: neither is held in the board; the
  // board's head is titled with the board and held where the first post is.
  role('Đại hội Hội Làm vườn tỉnh Hòa An lần thứ V đã bầu ông Lê Văn An làm Chủ tịch Hội. Ông Trần Văn Bình được bầu làm Phó Chủ tịch thường trực kiêm Trưởng ban Kiểm tra.',
    'Phó Chủ tịch thường trực', 'Phó Chủ tịch thường trực', ['person', 'Trần Văn Bình', 'person-2'], ['Hội Làm vườn tỉnh Hòa An']),
  role('Đại hội Hội Làm vườn tỉnh Hòa An lần thứ V đã bầu ông Lê Văn An làm Chủ tịch Hội. Ông Trần Văn Bình được bầu làm Phó Chủ tịch thường trực kiêm Trưởng ban Kiểm tra.',
    'Trưởng ban Kiểm tra', 'Trưởng ban Kiểm tra', ['person', 'Trần Văn Bình', 'person-2'], ['Hội Làm vườn tỉnh Hòa An']),
  // A board named with more than its field (a project board, a body of its own): its head is held in it.
  role('Ông Trần Văn Bình, Phó Chủ tịch kiêm Trưởng ban Quản lý dự án đầu tư xây dựng tỉnh Hòa An, cho biết.',
    'Trưởng ban', 'Trưởng ban', ['person', 'Trần Văn Bình'], ['Ban Quản lý dự án đầu tư xây dựng tỉnh Hòa An']),
  // A body written by its acronym and level (`BĐBP tỉnh`) before `kiêm`: the next post is the same person's.
  role('Tổ công tác liên ngành chống buôn lậu tỉnh Hà Giang gồm lực lượng của Bộ đội Biên phòng (BĐBP) tỉnh, Công an tỉnh và Chi cục Hải quan khu vực Hà Giang. Đại tá Lê Văn Mạnh, Chỉ huy trưởng BĐBP tỉnh kiêm Tổ trưởng Tổ công tác, cho biết tổ đã tuần tra.',
    'Tổ trưởng', 'Tổ trưởng', ['person', 'Lê Văn Mạnh'], ['Tổ công tác liên ngành chống buôn lậu tỉnh Hà Giang']),
  // A level word starting the next clause is no part of the joiner: no holder carried over.
  none('Đại tá Lê Văn Mạnh, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Hà Giang, cho biết. Tỉnh và Tổ trưởng tổ dân phố đã họp.', 'Tổ trưởng'),
  // A post after `kiêm` with no organization of its own is held in the same holder's post before it.
  role('Thượng tá Hoàng Văn Lợi, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Cao Bằng kiêm Tham mưu trưởng, cho biết lực lượng đã sẵn sàng.',
    'Tham mưu trưởng', 'Tham mưu trưởng', ['person', 'Hoàng Văn Lợi'], ['Bộ Chỉ huy Quân sự tỉnh Cao Bằng']),
  // ... a department written in lower case after the head of a body's inspectorate: the department is the body's.
  role('Sở Tư pháp tỉnh Hòa Bình vừa tổ chức hội nghị. Bà Quách Thị Dung, Chánh Thanh tra Sở Tư pháp kiêm Trưởng phòng hành chính tư pháp, cho biết đã rà soát 40 hồ sơ.',
    'Trưởng phòng hành chính tư pháp', 'Trưởng phòng hành chính tư pháp', ['person', 'Quách Thị Dung'], ['Sở Tư pháp tỉnh Hòa Bình']),
  // ... not a head of a kind of body (a school's) in a body of another kind.
  role('Ông Trịnh Văn Quế, Giám đốc Trung tâm Tuyển sinh Trường Cao đẳng Cơ điện Hà Nam kiêm Phó Hiệu trưởng, cho biết trường tuyển 900 học viên.',
    'Phó Hiệu trưởng', 'Phó Hiệu trưởng', ['person', 'Trịnh Văn Quế'], null),
  // Posts held at once (`kiêm`) share the organization written after the last.
  role('Ông Vũ Minh Tâm, Phó Chủ tịch kiêm Tổng Thư ký Hiệp hội Da giày Việt Nam, cho biết đơn hàng tăng.',
    'Phó Chủ tịch', 'Phó Chủ tịch', ['person', 'Vũ Minh Tâm'], ['Hiệp hội Da giày Việt Nam']),
  role('Ông Vũ Minh Tâm, Phó Chủ tịch kiêm Tổng Thư ký Hiệp hội Da giày Việt Nam, cho biết đơn hàng tăng.',
    'Tổng Thư ký', 'Tổng Thư ký', ['person', 'Vũ Minh Tâm'], ['Hiệp hội Da giày Việt Nam']),
  role('Ông Phan Văn Tú, Phó Chủ tịch, cùng Tổng Thư ký Hiệp hội Da giày Việt Nam dự họp.',
    'Phó Chủ tịch', 'Phó Chủ tịch', ['person', 'Phan Văn Tú'], null),
  role('Bà Lê Thị Lan, Giám đốc Công ty Minh Phát và Chủ tịch Hiệp hội Du lịch Việt Nam, chia sẻ kinh nghiệm.',
    'Chủ tịch Hiệp hội', 'Chủ tịch', ['person', 'Lê Thị Lan'], ['Hiệp hội Du lịch Việt Nam', 'org-2']),
  role('Thông điệp được Tổng thư ký ASEAN và APO cùng gửi tới các nước thành viên.',
    'APO', 'Tổng thư ký', null, ['APO', 'org-2']),
  role('Buổi lễ có Giám đốc Sở Công Thương và Sở Tài chính tham dự.',
    'Sở Tài chính', 'Giám đốc', null, ['Sở Tài chính', 'org-2']),
  role('Với vai trò là Chủ tịch ASEAN và Chủ tịch APO, Việt Nam đã có những hoạt động nào?',
    'Chủ tịch ASEAN', 'Chủ tịch', ['place', 'Việt Nam'], ['ASEAN']),
];

/** Titles that hold no post here, titles inside organization names, codes and numbers. */
const NEGATIVES: CorpusExample<'roles'>[] = [
  none('Đại diện Ban thư ký ASEAN đã trình bày báo cáo.', 'Ban thư ký ASEAN'),
  none('Sự kiện thu hút đại sứ các nền kinh tế thành viên và các tổ chức quốc tế.', 'đại sứ'),
  none('Trong nhiệm kỳ Chủ tịch vừa qua, Việt Nam luôn thể hiện vai trò chủ động.', 'Chủ tịch'),
  none('Đảm nhận trọng trách Chủ tịch kép của 2 tổ chức là một thử thách lớn.', 'Chủ tịch kép'),
  none('Văn phòng Chủ tịch nước thông báo lịch làm việc.', 'Chủ tịch'),
  none('Các bộ trưởng đã thống nhất kế hoạch hành động.', 'bộ trưởng'),
  none('Ông cho biết chức danh giám đốc sẽ được thi tuyển.', 'giám đốc'),
  none('Dịch Covid-19 khiến nhiều hoạt động phải chuyển sang trực tuyến.', 'Covid-19'),
  none('Doanh nghiệp nhỏ cần chuẩn bị cho công nghiệp 4.0.', '4.0'),
  none('Thông tư 12/2023/TT-BKHCN quy định về nhãn hàng hóa.', '12/2023/TT-BKHCN'),
  none('Nhóm công tác WG1 đã hoàn thành báo cáo.', 'WG1'),
  none('Ông Trần Văn Bình đến thăm Hà Nội vào tuần trước.', 'Trần Văn Bình'),
  none('Thủ tướng yêu cầu các bộ khẩn trương hoàn thiện hồ sơ.', 'Thủ tướng'),
  none('Bộ trưởng cho rằng cần đẩy nhanh tiến độ.', 'Bộ trưởng'),
  none('Cuộc bầu cử Chủ tịch mới sẽ diễn ra vào tháng sau.', 'Chủ tịch'),
  none('Hội đồng đã bỏ phiếu chọn Chủ tịch cho nhiệm kỳ tới.', 'Chủ tịch'),
  none('Ông là giám đốc của một công ty nhỏ ở ngoại thành.', 'giám đốc'),
  none('Người dân Việt Nam đón Tết trong không khí ấm áp.', 'Việt Nam'),
  none('Tổng cục Hải quan đã ban hành hướng dẫn mới.', 'Tổng cục Hải quan'),
  none('Bộ Khoa học và Công nghệ tổ chức hội nghị tổng kết.', 'Bộ Khoa học và Công nghệ'),
  none('Thư ký tòa soạn gửi lời cảm ơn tới bạn đọc.', 'Thư ký'),
  none('Nhiều chủ tịch xã đã được tập huấn về chuyển đổi số.', 'chủ tịch'),
  none('Trận đấu có sự góp mặt của 22 cầu thủ và một trọng tài.', 'trọng tài'),
  none('Vị trí giám đốc vẫn còn bỏ trống.', 'giám đốc'),
  none('Năm 2020, Việt Nam tổ chức thành công nhiều hội nghị.', 'Việt Nam'),
  none('Chủ tịch đã ký quyết định.', 'Chủ tịch'),
  none('Các chi cục trưởng được giao rà soát hồ sơ tàu cá.', 'chi cục trưởng'),
];

/** Posts in sport, at court, abroad and in international bodies; titles written in lower case. */
const MORE_TITLES: CorpusExample<'roles'>[] = [
  role('Huấn luyện viên Philippe Troussier công bố danh sách 30 cầu thủ.',
    'Huấn luyện viên', 'Huấn luyện viên', ['person', 'Philippe Troussier'], null),
  // A team's post with no club after it: the club before it with `của`, or the one club opening the sentence or a
  // clause; not the beaten side named in the clause's body.
  role('CLB Sông Lam Nghệ An của huấn luyện viên Phan Như Thuật thắng 2-0 trên sân nhà.',
    'huấn luyện viên', 'huấn luyện viên', ['person', 'Phan Như Thuật'], ['CLB Sông Lam Nghệ An']),
  role('Tuy nhiên, CLB Hải Phòng gỡ hòa 1-1 nhờ pha dứt điểm của đội trưởng Lê Văn Tú.',
    'đội trưởng', 'đội trưởng', ['person', 'Lê Văn Tú'], ['CLB Hải Phòng']),
  role('Sau chiến thắng 2-1 trước CLB Hà Tĩnh, HLV Lê Huỳnh Đức nói các cầu thủ đã rất nỗ lực.',
    'HLV', 'HLV', ['person', 'Lê Huỳnh Đức'], null),
  role('Huấn luyện viên trưởng Mai Đức Chung hài lòng với các học trò.',
    'Huấn luyện viên trưởng', 'Huấn luyện viên trưởng', ['person', 'Mai Đức Chung'], null),
  role('Theo ông David Morgan, chuyên gia kinh tế trưởng của Ngân hàng Thế giới, lạm phát sẽ giảm dần.',
    'chuyên gia kinh tế trưởng', 'chuyên gia kinh tế trưởng', ['person', 'David Morgan'], ['Ngân hàng Thế giới']),
  // A headline quoting the interviewee by the post and body alone, before a colon: the post named in the article
  // with its holder is the role; where nobody holds it in the article, the headline's post stays, held by nobody.
  none('Giám đốc Sở Y tế tỉnh Hòa An: Không để người bệnh chờ lâu\nBà Lưu Thị Nhàn, Giám đốc Sở Y tế tỉnh Hòa An, cho biết bệnh viện tỉnh đã có thêm 200 giường.',
    'Giám đốc Sở Y tế tỉnh Hòa An: Không'),
  none('Giám đốc Trung tâm Nước sạch Hòa An: Hòa mạng để hết cảnh thiếu nước\nÔng Đàm Văn Khải, Giám đốc Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh Hòa An, cho biết đã nối thêm 12 km đường ống.',
    'Giám đốc Trung tâm Nước sạch Hòa An: Hòa'),
  role('Giám đốc Sở Y tế tỉnh Hòa An: Không để người bệnh chờ lâu\nSở đã bổ sung 200 giường bệnh cho các bệnh viện tuyến tỉnh.',
    'Giám đốc Sở Y tế tỉnh Hòa An: Không', 'Giám đốc', null, ['Sở Y tế tỉnh Hòa An']),
  // A post given bare to someone named beside it is held in the one organization the headline names, the article's
  // subject; with two organizations in the headline, in neither.
  role('Nhà xuất bản Hồng Lĩnh tròn 20 năm: Sách tốt vẫn có người đọc\nNhân dịp kỷ niệm, nhà thơ Lê Văn Khải, Giám đốc kiêm Tổng biên tập, chia sẻ về nghề.',
    'Giám đốc kiêm', 'Giám đốc', ['person', 'Lê Văn Khải'], ['Nhà xuất bản Hồng Lĩnh']),
  role('Nhà xuất bản Hồng Lĩnh tròn 20 năm: Sách tốt vẫn có người đọc\nNhân dịp kỷ niệm, nhà thơ Lê Văn Khải, Giám đốc kiêm Tổng biên tập, chia sẻ về nghề.',
    'Tổng biên tập', 'Tổng biên tập', ['person', 'Lê Văn Khải'], ['Nhà xuất bản Hồng Lĩnh']),
  role('Công ty Cổ phần Hà An ký hợp tác với Trường Đại học Tân Hưng\nÔng Lê Văn Khải, Giám đốc, cho biết hai bên sẽ đào tạo 300 kỹ sư.',
    'Giám đốc', 'Giám đốc', ['person', 'Lê Văn Khải'], null),
  // Someone whose post at a body was given just before in the sentence holds a second, bare post there or as a task
  // of the day: not at the headline's organization.
  role('Trạm BOT Hòa Lạc bị nhắc nhở vì mặt đường hư hỏng\nÔng Lê Văn Khải, Phó Cục trưởng Cục Đường bộ Việt Nam, trưởng đoàn kiểm tra, cho biết sẽ xử lý.',
    'trưởng đoàn kiểm tra', 'trưởng đoàn kiểm tra', ['person', 'Lê Văn Khải'], null),
  // An economist of an institute or a bank, with `của` or without.
  role('Ông Hồ Văn Tài, chuyên gia kinh tế của Viện Nghiên cứu Phát triển Phương Nam, cho rằng tín dụng sẽ tăng.',
    'chuyên gia kinh tế', 'chuyên gia kinh tế', ['person', 'Hồ Văn Tài'], ['Viện Nghiên cứu Phát triển Phương Nam']),
  role('Bà Mạc Thị Duyên, chuyên gia kinh tế Ngân hàng Thương mại Cổ phần Đông Hải, dự báo lãi suất đi ngang.',
    'chuyên gia kinh tế', 'chuyên gia kinh tế', ['person', 'Mạc Thị Duyên'], ['Ngân hàng Thương mại Cổ phần Đông Hải']),
  // The economist in general, no post: `các chuyên gia kinh tế` with nobody named.
  none('Các chuyên gia kinh tế cho rằng lạm phát sẽ được kiểm soát trong năm tới.', 'chuyên gia kinh tế'),
  role('Quốc vụ khanh Bộ Ngoại giao Ấn Độ Rajesh Kumar sang thăm Hà Nội tuần này.',
    'Quốc vụ khanh', 'Quốc vụ khanh', ['person', 'Rajesh Kumar'], ['Bộ Ngoại giao Ấn Độ']),
  role('Bà Trịnh Thị Nga, kế toán trưởng Công ty TNHH Thành Đạt, ký các chứng từ.',
    'kế toán trưởng', 'kế toán trưởng', ['person', 'Trịnh Thị Nga'], ['Công ty TNHH Thành Đạt']),
  role('Tổng thống Mỹ Joe Biden phát biểu tại hội nghị.',
    'Tổng thống', 'Tổng thống', ['person', 'Joe Biden'], ['Mỹ', null]),
  role('Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn độc lập tại Quảng trường Ba Đình.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Hồ Chí Minh'], null),
  none('Nhiều luật sư trẻ tham gia tư vấn miễn phí cho người dân.', 'luật sư'),
  none('Đội tuyển đang tìm huấn luyện viên mới sau mùa giải.', 'huấn luyện viên'),
];

/** The organization set beside the person after a title: `Luật sư X, Đoàn Luật sư Y,`. */
const ORGANIZATION_BESIDE_PERSON: CorpusExample<'roles'>[] = [
  role('Luật sư Phạm Văn Tâm, Đoàn Luật sư Hà Nội, cho rằng mức án là quá nặng.',
    'Luật sư', 'Luật sư', ['person', 'Phạm Văn Tâm'], ['Đoàn Luật sư Hà Nội']),
  role('Tổng giám đốc Lê Minh Đạo (Tổng công ty Xây dựng Trường Sơn) giám sát thi công.',
    'Tổng giám đốc', 'Tổng giám đốc', ['person', 'Lê Minh Đạo'], ['Tổng công ty Xây dựng Trường Sơn']),
  // The clause goes on after the organization in a lower-case word: still the person's own.
  role('Kiểm sát viên Hoàng Thị Yến, Viện Kiểm sát nhân dân tỉnh Nam Định giữ quyền công tố tại phiên tòa.',
    'Kiểm sát viên', 'Kiểm sát viên', ['person', 'Hoàng Thị Yến'], ['Viện Kiểm sát nhân dân tỉnh Nam Định']),
  role('Luật sư Đinh Văn Khải, Đoàn Luật sư tỉnh Hòa Bình bào chữa cho bị cáo.',
    'Luật sư', 'Luật sư', ['person', 'Đinh Văn Khải'], ['Đoàn Luật sư tỉnh Hòa Bình']),
  // One of a list of those present, not the lawyer's organization: a clause goes on after it.
  role('Buổi làm việc có Luật sư Phạm Văn Tâm, Bộ Tư pháp và Tòa án tỉnh.',
    'Luật sư', 'Luật sư', ['person', 'Phạm Văn Tâm'], null),
  role('Dự buổi lễ có Luật sư Phạm Văn Tâm, Sở Tư pháp cùng nhiều khách mời.',
    'Luật sư', 'Luật sư', ['person', 'Phạm Văn Tâm'], null),
];

/** `Đại diện X, ông Y, Title`: the person named between the organization spoken for and the title holds it there. */
const REPRESENTED_BEFORE_PERSON: CorpusExample<'roles'>[] = [
  role('Đại diện Công ty Cổ phần Dược phẩm Hậu Giang (DHG), ông Võ Minh Tâm, Phó Tổng giám đốc, cho biết sản lượng tăng.',
    'Phó Tổng giám đốc', 'Phó Tổng giám đốc', ['person', 'Võ Minh Tâm'], ['Công ty Cổ phần Dược phẩm Hậu Giang']),
  role('Đại diện Sở Xây dựng tỉnh Bình Phước, bà Hồ Thị Mai, Phó Giám đốc, cho biết tiến độ đạt yêu cầu.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Hồ Thị Mai'], ['Sở Xây dựng tỉnh Bình Phước']),
  // The clause ends before the person: the organization spoken for is not the person's.
  role('Đại diện Sở Xây dựng tỉnh Bình Phước phát biểu khai mạc; sau đó bà Hồ Thị Mai, Phó Giám đốc, trình bày.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Hồ Thị Mai'], null),
];

/** A speaker's label before a colon holds no post named right after it. */
const SPEAKER_LABEL_BEFORE_TITLE: CorpusExample<'roles'>[] = [
  role('PV: Chính sách nào đã được ban hành? Ông Trịnh Quốc Hưng: Thủ tướng Chính phủ đã ký quyết định hỗ trợ vốn.',
    'Thủ tướng', 'Thủ tướng', null, ['Chính phủ']),
  // A comma or a dash still joins a person and the post.
  role('Ông Trịnh Quốc Hưng, Phó Chủ tịch UBND tỉnh Lạng Sơn, cho biết kế hoạch đã xong.',
    'Phó Chủ tịch', 'Phó Chủ tịch', ['person', 'Trịnh Quốc Hưng'], ['UBND tỉnh Lạng Sơn']),
];

/** Posts of one holder listed one after the other, the first naming what it heads by a short capitalized name. */
const POSTS_LISTED_AFTER_SHORT_NAME: CorpusExample<'roles'>[] = [
  role('Chúng tôi gặp PGS.TS Đoàn Minh Khôi, Chủ nhiệm Đề án, Viện trưởng Viện Công nghệ Sinh học Miền Trung.',
    'Viện trưởng', 'Viện trưởng', ['person', 'Đoàn Minh Khôi'], ['Viện Công nghệ Sinh học Miền Trung']),
  // The head of a project or topic none is named after: the lower-case phrase is the title; a name after it is the project.
  role('Theo ông Phan Văn Lộc, chủ nhiệm đề tài, giống mới chịu mặn tốt.',
    'chủ nhiệm đề tài', 'chủ nhiệm đề tài', ['person', 'Phan Văn Lộc'], null),
  role('Bà Vũ Thị Hạnh, chủ nhiệm Dự án Cải tạo đất phèn, cho biết.', 'chủ nhiệm', 'chủ nhiệm', ['person', 'Vũ Thị Hạnh'], null),
  role('Bà Vũ Thị Hạnh, chủ nhiệm dự án Cải tạo đất phèn, cho biết.', 'chủ nhiệm', 'chủ nhiệm', ['person', 'Vũ Thị Hạnh'], null),
  // A lower-case clause between the posts: not one list of posts.
  role('Ông Đoàn Minh Khôi, Chủ nhiệm Đề án, cho biết Viện trưởng Viện Công nghệ Sinh học Miền Trung sẽ ký.',
    'Viện trưởng', 'Viện trưởng', null, ['Viện Công nghệ Sinh học Miền Trung']),
];

/** A unit's head whose unit is `thuộc` (under) a body: the post, the unit in its title, is held in that body. */
const UNIT_UNDER_BODY: CorpusExample<'roles'>[] = [
  role('Ông Hà Văn Tiến, Trưởng bộ môn Bơi lội thuộc Cục Thể dục thể thao Việt Nam, nhận xét các kình ngư trẻ tiến bộ.',
    'Trưởng bộ môn Bơi lội', 'Trưởng bộ môn Bơi lội', ['person', 'Hà Văn Tiến'], ['Cục Thể dục thể thao Việt Nam']),
  role('Bà Lý Thu Hằng, Trưởng phòng Nghiệp vụ thuộc Sở Nội vụ tỉnh Yên Bái, cho biết hồ sơ đã đủ.',
    'Trưởng phòng Nghiệp vụ', 'Trưởng phòng Nghiệp vụ', ['person', 'Lý Thu Hằng'], ['Sở Nội vụ tỉnh Yên Bái']),
  // A unit's name stopped by the bound on its words goes on to the end of a two-syllable word cut there (`thiên` +
  // `nhiên`, `trường` + `học`), not past a word the last syllable closes with the one before (`tài chính`).
  role('Ông Hà Văn Lực, Trưởng phòng Kiểm soát rừng và Bảo tồn thiên nhiên thuộc Sở Nông nghiệp tỉnh Lạng Sơn, cho biết diện tích rừng tăng.',
    'Trưởng phòng Kiểm soát rừng và Bảo tồn thiên nhiên', 'Trưởng phòng Kiểm soát rừng và Bảo tồn thiên nhiên', ['person', 'Hà Văn Lực'], ['Sở Nông nghiệp tỉnh Lạng Sơn']),
  role('Bác sĩ Vũ Thị Sen – Trưởng khoa Dinh dưỡng tiết chế - Y tế trường học, Trung tâm Y tế quận Ba Đình – cho biết số ca giảm.',
    'Trưởng khoa', 'Trưởng khoa', ['person', 'Vũ Thị Sen'], ['Khoa Dinh dưỡng tiết chế - Y tế trường học', 'org-2']),
  role('Ông Tạ Văn Bình, Trưởng phòng Kế hoạch và Kiểm soát tài chính phủ nhận thông tin này.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Tạ Văn Bình'], ['Phòng Kế hoạch và Kiểm soát tài chính']),
  // No `thuộc`: the post stays at the unit its title names.
  role('Ông Hà Văn Tiến, Trưởng bộ môn Bơi lội, nhận xét các kình ngư trẻ tiến bộ.',
    'Trưởng bộ môn', 'Trưởng bộ môn', ['person', 'Hà Văn Tiến'], ['Bộ môn Bơi lội']),
];

/** A delegation of a body led by a titled person (`Đoàn công tác của Bộ X do Thứ trưởng Y dẫn đầu`): a post there. */
const DELEGATION_LED_BY: CorpusExample<'roles'>[] = [
  role('Đoàn công tác của Bộ Y tế do Thứ trưởng Trần Văn Định dẫn đầu đã làm việc với tỉnh chiều qua.',
    'Thứ trưởng', 'Thứ trưởng', ['person', 'Trần Văn Định'], ['Bộ Y tế']),
  role('Đoàn kiểm tra của Sở Xây dựng do Phó Giám đốc Lê Thị Hoa làm trưởng đoàn đã đến công trình.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Lê Thị Hoa'], ['Sở Xây dựng']),
  // Not a delegation led by the person: no body before `do`, or the person does not lead it.
  role('Kế hoạch do Thứ trưởng Trần Văn Định dẫn đầu nhóm soạn thảo được trình lên.',
    'Thứ trưởng', 'Thứ trưởng', ['person', 'Trần Văn Định'], null),
  role('Báo cáo của Bộ Y tế do Thứ trưởng Trần Văn Định ký ban hành hôm qua.',
    'Thứ trưởng', 'Thứ trưởng', ['person', 'Trần Văn Định'], null),
  // The leader named with a post of their own, then `làm trưởng đoàn`: the head of the delegation before `do`,
  // written with a capital though the organizations stage leaves it unnamed.
  role('Đoàn kiểm tra liên ngành do ông Lò Văn Hải, Phó Chủ tịch UBND tỉnh Hòa An, làm trưởng đoàn đã kiểm tra 12 cơ sở.',
    'trưởng đoàn', 'trưởng đoàn', ['person', 'Lò Văn Hải'], ['Đoàn kiểm tra liên ngành', 'org-2']),
  // A body ending the delegation's name is not the delegation.
  role('Đoàn giám sát của Hội đồng nhân dân tỉnh Hòa An do bà Lò Thị Hoa, Phó Chủ tịch Hội đồng nhân dân tỉnh, làm trưởng đoàn đã khảo sát 14 điểm.',
    'trưởng đoàn', 'trưởng đoàn', ['person', 'Lò Thị Hoa'], null),
  // In lower case, any delegation: no body.
  role('Hôm qua, đoàn công tác do bà Lò Thị Hoa, Phó Giám đốc Sở Y tế, làm trưởng đoàn đã kiểm tra 12 cơ sở.',
    'trưởng đoàn', 'trưởng đoàn', ['person', 'Lò Thị Hoa'], null),
];

/** A judge named with a further post at a court right after: the judge sits in that court. */
const JUDGE_WITH_COURT_POST: CorpusExample<'roles'>[] = [
  role('Hội đồng xét xử do Thẩm phán Ngô Thanh Tâm, Phó Chánh án Tòa án nhân dân tỉnh Bình Phước, làm chủ tọa.',
    'Thẩm phán', 'Thẩm phán', ['person', 'Ngô Thanh Tâm'], ['Tòa án nhân dân tỉnh Bình Phước']),
  // The next post is not at a court: the judge's court is not named.
  role('Thẩm phán Ngô Thanh Tâm, Chủ tịch Hội Luật gia tỉnh Bình Phước, phát biểu tại hội nghị.',
    'Thẩm phán', 'Thẩm phán', ['person', 'Ngô Thanh Tâm'], null),
];

/** A post in charge of a field (`phụ trách khu vực phía Nam`), then `của` and the organization it is held in. */
const IN_CHARGE_OF_FIELD: CorpusExample<'roles'>[] = [
  role('Ông Trương Đức Minh, Phó Tổng giám đốc phụ trách thị trường phía Nam của Công ty cổ phần Sữa Hồng Lam, cho biết doanh số tăng.',
    'Phó Tổng giám đốc', 'Phó Tổng giám đốc', ['person', 'Trương Đức Minh'], ['Công ty cổ phần Sữa Hồng Lam']),
  role('Bà Alice Wong, Phó Chủ tịch phụ trách khu vực châu Á của Tập đoàn Orbis, cho rằng thị trường còn nhiều dư địa.',
    'Phó Chủ tịch', 'Phó Chủ tịch', ['person', 'Alice Wong'], ['Tập đoàn Orbis']),
  // No organization after `của`: the post names none.
  role('Ông Trương Đức Minh, Phó Tổng giám đốc phụ trách kinh doanh của doanh nghiệp, cho biết doanh số tăng.',
    'Phó Tổng giám đốc', 'Phó Tổng giám đốc', ['person', 'Trương Đức Minh'], null),
  // The region a post covers (`khu vực`, `vùng`), then `của` and the organization.
  role('Chị Hà Thu Trang, Giám đốc phát triển kinh doanh khu vực Bắc Âu của Công ty cổ phần Phần mềm Tinh Vân, đã ký biên bản.',
    'Giám đốc phát triển kinh doanh', 'Giám đốc phát triển kinh doanh', ['person', 'Hà Thu Trang'], ['Công ty cổ phần Phần mềm Tinh Vân']),
  role('Ông Kenji Sato, Giám đốc vùng Đông Á của Tập đoàn Hikari, dự buổi làm việc.',
    'Giám đốc', 'Giám đốc', ['person', 'Kenji Sato'], ['Tập đoàn Hikari']),
  // A kind of firm in lower case, then an organization the article names: the post is held there.
  role('Tập đoàn Hikari mở văn phòng ở Đà Nẵng. Ông Kenji Sato, Tổng giám đốc hãng Hikari, cắt băng khánh thành.',
    'Tổng giám đốc', 'Tổng giám đốc', ['person', 'Kenji Sato'], ['Tập đoàn Hikari']),
  // A kind of firm with no organization named after it: any firm of that kind, no organization.
  role('Ông Kenji Sato, Tổng giám đốc hãng phim lâu đời nhất xứ sở, cắt băng khánh thành.',
    'Tổng giám đốc', 'Tổng giám đốc', ['person', 'Kenji Sato'], null),
  // The region ends at a comma before `của`: the post names no organization.
  role('Ông Kenji Sato, Giám đốc khu vực Đông Á, cho biết tiến độ của Tập đoàn Hikari vẫn đúng hạn.',
    'Giám đốc', 'Giám đốc', ['person', 'Kenji Sato'], null),
];

/** A body, `do` and the person who `làm` (serves as) the post: the post is held in that body. */
const BODY_LED_BY_PERSON: CorpusExample<'roles'>[] = [
  role('Hợp tác xã Nông nghiệp Tân Hòa do ông Lê Văn Sáng làm Giám đốc đã liên kết với 200 hộ.',
    'Giám đốc', 'Giám đốc', ['person', 'Lê Văn Sáng'], ['Hợp tác xã Nông nghiệp Tân Hòa']),
  role('Công ty TNHH Gốm Bát Tràng Xanh do bà Trịnh Thu Hà hiện làm Tổng giám đốc xuất khẩu sang Nhật Bản.',
    'Tổng giám đốc', 'Tổng giám đốc', ['person', 'Trịnh Thu Hà'], ['Công ty TNHH Gốm Bát Tràng Xanh']),
  // The body is not right before `do`: the person's post names no organization.
  role('Hợp tác xã Nông nghiệp Tân Hòa được thành lập năm 2019, do ông Lê Văn Sáng làm Giám đốc.',
    'Giám đốc', 'Giám đốc', ['person', 'Lê Văn Sáng'], null),
  // The clause on the body opened by a comma right after its name.
  role('Tỉnh đã ký hợp đồng với Công ty TNHH Cơ khí Phú Thịnh, do ông Đặng Văn Hiếu làm Giám đốc, để làm cầu.',
    'Giám đốc', 'Giám đốc', ['person', 'Đặng Văn Hiếu'], ['Công ty TNHH Cơ khí Phú Thịnh']),
  // A body that appoints a person to a post with no body of its own appoints to its own.
  role('Câu lạc bộ Bóng chuyền Hòa An đã chính thức bổ nhiệm bà Trần Thu Trang làm huấn luyện viên trưởng.',
    'huấn luyện viên trưởng', 'huấn luyện viên trưởng', ['person', 'Trần Thu Trang'], ['Câu lạc bộ Bóng chuyền Hòa An']),
  role('Công ty Cổ phần Dệt may Hòa An vừa bổ nhiệm ông Lê Văn Sáng làm Giám đốc điều hành.',
    'Giám đốc điều hành', 'Giám đốc điều hành', ['person', 'Lê Văn Sáng'], ['Công ty Cổ phần Dệt may Hòa An']),
  // The post names its own body: held there.
  role('UBND tỉnh Hòa An đã bổ nhiệm ông Lê Văn Sáng làm Giám đốc Sở Tư pháp tỉnh Hòa An.',
    'Giám đốc Sở Tư pháp tỉnh Hòa An', 'Giám đốc', ['person', 'Lê Văn Sáng'], ['Sở Tư pháp tỉnh Hòa An', 'org-2']),
];

/** A holder with an age or a year of birth before the post, in brackets or commas; `nguyên` and `cựu` posts. */
const HOLDER_WITH_AGE: CorpusExample<'roles'>[] = [
  role('Bị cáo Trần Văn Lực (48 tuổi, nguyên Giám đốc Công ty TNHH Phú An) bị tuyên phạt 12 năm tù.',
    'Giám đốc', 'Giám đốc', ['person', 'Trần Văn Lực'], ['Công ty TNHH Phú An']),
  role('Ông Hồ Quang Vinh (sinh năm 1968, Chủ tịch Hội đồng quản trị Công ty Cổ phần Nam Việt) đã có mặt.',
    'Chủ tịch Hội đồng quản trị', 'Chủ tịch Hội đồng quản trị', ['person', 'Hồ Quang Vinh'], ['Công ty Cổ phần Nam Việt']),
  role('Bà Vương Thị Yến, 45 tuổi, cựu kế toán trưởng của Công ty TNHH Phú An, khai nhận hành vi.',
    'kế toán trưởng', 'kế toán trưởng', ['person', 'Vương Thị Yến'], ['Công ty TNHH Phú An']),
  role('Sở Tài chính tỉnh Bình Thuận bị thanh tra. Ông Lê Văn Phước (SN 1970), Phó Giám đốc Sở, bị tạm đình chỉ.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Lê Văn Phước'], ['Sở Tài chính tỉnh Bình Thuận']),
  // The bracket tells where the man is from; the post after it is someone else's.
  role('Ông Trần Văn Lực (48 tuổi, quê Nam Định) cho biết Giám đốc Sở Y tế đã đồng ý.',
    'Giám đốc', 'Giám đốc', null, ['Sở Y tế']),
];

/** Short forms that refer back to an organization named before: `Giám đốc Nhà hát`, `của công ty`, `Thứ trưởng Bộ`. */
const SHORT_FORMS: CorpusExample<'roles'>[] = [
  role('Nhà hát Múa rối Thăng Long vừa ra mắt vở mới. Theo bà Phạm Thu Trang, Giám đốc Nhà hát, vé đã bán hết.',
    'Giám đốc', 'Giám đốc', ['person', 'Phạm Thu Trang'], ['Nhà hát Múa rối Thăng Long']),
  role('Công ty TNHH Thành Đạt vừa bị kiểm tra. Bà Trịnh Thị Nga, kế toán trưởng của công ty, đã ký các chứng từ.',
    'kế toán trưởng', 'kế toán trưởng', ['person', 'Trịnh Thị Nga'], ['Công ty TNHH Thành Đạt']),
  // A lower-case head after `của`: the body of that kind the headline names, not one named in passing since.
  role('Thư viện Kim Đồng mở cửa trở lại\nThư viện Kim Đồng đã mượn sách của Thư viện Quốc gia. Bà Lê Thu Hà, Phó Giám đốc phụ trách nghiệp vụ của thư viện, cho biết sách đã về.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Lê Thu Hà'], ['Thư viện Kim Đồng']),
  // With no headline naming one, the last named before.
  role('Thư viện Kim Đồng đã mượn sách của Thư viện Quốc gia. Bà Lê Thu Hà, Phó Giám đốc phụ trách nghiệp vụ của thư viện, cho biết sách đã về.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Lê Thu Hà'], ['Thư viện Quốc gia', 'org-2']),
  role('Bộ Tài chính và Bộ Xây dựng cùng họp. Sau đó, Bộ Xây dựng công bố quy hoạch. Ông Lê Quang Hùng, Thứ trưởng Bộ, cho biết sẽ lấy ý kiến.',
    'Thứ trưởng', 'Thứ trưởng', ['person', 'Lê Quang Hùng'], ['Bộ Xây dựng', 'org-2']),
  // A bare head after the title: the organization named alone before, not the ones listed as examples after it.
  role('Bệnh viện Đa khoa tỉnh Nam Định đã cử bác sĩ học tại Bệnh viện Bạch Mai, Bệnh viện Việt Đức. Bác sĩ Trần Văn Hải, Giám đốc Bệnh viện cho biết kết quả tốt.',
    'Giám đốc', 'Giám đốc', ['person', 'Trần Văn Hải'], ['Bệnh viện Đa khoa tỉnh Nam Định']),
  role('Hội Liên hiệp Phụ nữ tỉnh tổ chức nhiều hoạt động. Chủ tịch Hội, bà Quàng Thị Mai, trao quà cho hội viên.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Quàng Thị Mai'], ['Hội Liên hiệp Phụ nữ tỉnh']),
  // The holder leads the delegation or the meeting right after the short form: `dẫn đầu`, `chủ trì`.
  role('Hợp tác xã Chè Tân Cương có 40 thành viên. Đoàn của Trung tâm Khuyến nông tỉnh Hòa An do ông Lò Văn Sáng, Phó Giám đốc Trung tâm dẫn đầu đã lấy mẫu chè.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Lò Văn Sáng'], ['Trung tâm Khuyến nông tỉnh Hòa An', 'org-2']),
  role('Viện Nghiên cứu Rau quả tổ chức hội thảo. Ông Đào Văn Lâm, Viện trưởng Viện chủ trì hội thảo.',
    'Viện trưởng', 'Viện trưởng', ['person', 'Đào Văn Lâm'], ['Viện Nghiên cứu Rau quả']),
  // No body of that kind named before: the post stays without one.
  role('Công ty Cổ phần Chè Tân Cương có 40 công nhân. Đoàn công tác do ông Lò Văn Sáng, Phó Giám đốc Trung tâm dẫn đầu đã lấy mẫu chè.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Lò Văn Sáng'], null),
  // A full name goes on after the head word: another company, not the one named before.
  role('Công ty Cổ phần Bình Minh ký hợp đồng. Ông Lê Văn Hải, Giám đốc Công ty Hòa An, cũng có mặt.',
    'Giám đốc', 'Giám đốc', ['person', 'Lê Văn Hải'], ['Công ty Hòa An', 'org-2']),
  // Lower case without `của`: any company's director, no reference back.
  none('Công ty Cổ phần Sông Hồng nộp phạt. Chị Mai muốn làm giám đốc công ty riêng.', 'giám đốc'),
  // The chair of a university's council: the council is part of the title, the university its organization.
  role('GS.TS Trần Văn Bình, Chủ tịch Hội đồng trường Trường Đại học Cần Thơ, phát biểu khai mạc hội nghị.',
    'Chủ tịch Hội đồng trường', 'Chủ tịch Hội đồng trường', ['person', 'Trần Văn Bình'], ['Trường Đại học Cần Thơ']),
  role('Bà Ngô Thị Hạnh, Phó Chủ tịch Hội đồng trường Trường Đại học Vinh, cho biết trường sẽ mở thêm ngành.',
    'Phó Chủ tịch Hội đồng trường', 'Phó Chủ tịch Hội đồng trường', ['person', 'Ngô Thị Hạnh'], ['Trường Đại học Vinh']),
  // The head of a forest rangers' district office.
  role('Ông Đỗ Văn Khải, Hạt trưởng Hạt Kiểm lâm huyện Đam Rông, cho biết đã lập chốt canh lửa.',
    'Hạt trưởng', 'Hạt trưởng', ['person', 'Đỗ Văn Khải'], ['Hạt Kiểm lâm huyện Đam Rông']),
  role('Ông Lưu Văn Thắng, Phó Hạt trưởng Hạt Kiểm lâm Tam Đảo, dẫn đoàn đi kiểm tra.',
    'Phó Hạt trưởng', 'Phó Hạt trưởng', ['person', 'Lưu Văn Thắng'], ['Hạt Kiểm lâm Tam Đảo']),
  // A council named in a sentence, with no person, is no post.
  none('Hội đồng trường họp hai lần mỗi năm để quyết định chiến lược.', 'Hội đồng trường'),
  none('Cả hạt có 30 kiểm lâm viên, mỗi trạm trưởng phụ trách một tiểu khu.', 'trạm trưởng'),
  // A kind's abbreviation after the title: alone, the body of that kind the article named; before the rest of a
  // name, the body whose name ends so (`BĐBP tỉnh X` for `Bộ Chỉ huy Bộ đội Biên phòng tỉnh X`).
  role('Hợp tác xã Nông nghiệp Phú An có 80 thành viên. Ông Lê Văn Tài, Giám đốc HTX, cho biết giá lúa tăng.',
    'Giám đốc', 'Giám đốc', ['person', 'Lê Văn Tài'], ['Hợp tác xã Nông nghiệp Phú An']),
  role('Quỹ tín dụng nhân dân Hòa Lợi cho vay 50 tỷ đồng. Bà Trần Thị Thủy, Giám đốc QTDND Hòa Lợi, cho biết nợ xấu thấp.',
    'Giám đốc', 'Giám đốc', ['person', 'Trần Thị Thủy'], ['Quỹ tín dụng nhân dân Hòa Lợi']),
  role('Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang họp báo. Đại tá Phạm Văn Long, Chỉ huy trưởng BĐBP tỉnh Kiên Giang, cho biết số vụ giảm.',
    'Chỉ huy trưởng', 'Chỉ huy trưởng', ['person', 'Phạm Văn Long'], ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang']),
  // No body of that kind named: the post stays without one.
  role('Công ty Cổ phần Minh Long mua lúa của nông dân. Ông Lê Văn Tài, Giám đốc HTX, cho biết giá lúa tăng.',
    'Giám đốc', 'Giám đốc', ['person', 'Lê Văn Tài'], null),
  // The rest of the name is another body's: no reference back to the one named.
  role('Quỹ tín dụng nhân dân Hòa Lợi cho vay 50 tỷ đồng. Bà Trần Thị Thủy, Giám đốc QTDND Tân Phước, cho biết nợ xấu thấp.',
    'Giám đốc', 'Giám đốc', ['person', 'Trần Thị Thủy'], null),
  // A national park by its kind's abbreviation and its name (`VQG Chư Yang Sin` for `Vườn quốc gia Chư Yang Sin`).
  role('Vườn quốc gia Chư Yang Sin mở thêm tuyến du lịch. Ông Trần Hữu Nghĩa, Giám đốc VQG Chư Yang Sin, cho biết khách tăng.',
    'Giám đốc', 'Giám đốc', ['person', 'Trần Hữu Nghĩa'], ['Vườn quốc gia Chư Yang Sin']),
  role('Vườn quốc gia Chư Yang Sin mở thêm tuyến du lịch. Ông Trần Hữu Nghĩa, Giám đốc VQG Yok Đôn, cho biết khách tăng.',
    'Giám đốc', 'Giám đốc', ['person', 'Trần Hữu Nghĩa'], null),
  // The abbreviation, then a mention of a body of that kind (its acronym): that body; a unit's name ends before it.
  role('Ban Quản lý Khu kinh tế tỉnh Hòa An (KKT) cấp phép hai dự án. Bà Lò Thị Mai, Trưởng BQL KKT, cho biết vốn tăng.',
    'Trưởng', 'Trưởng', ['person', 'Lò Thị Mai'], ['Ban Quản lý Khu kinh tế tỉnh Hòa An']),
  role('Ban Quản lý Khu kinh tế tỉnh Hòa An (KKT) cấp phép hai dự án. Ông Lê Văn An, Trưởng phòng Quản lý đầu tư BQL KKT, cho biết vốn tăng.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Lê Văn An'], ['Phòng Quản lý đầu tư', 'org-2']),
];

/** The unit a head's title names: `Trưởng khoa Cấp cứu` is the head of `Khoa Cấp cứu`. */
const TITLE_UNITS: CorpusExample<'roles'>[] = [
  role('PGS.TS Đỗ Minh Hải, Trưởng khoa Hồi sức tích cực của bệnh viện, cho biết bệnh nhân đã ổn định.',
    'Trưởng khoa', 'Trưởng khoa', ['person', 'Đỗ Minh Hải'], ['Khoa Hồi sức tích cực']),
  role('Bà Vũ Thị Lan, Trưởng phòng Kinh doanh, cho biết đơn hàng tăng.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Vũ Thị Lan'], ['Phòng Kinh doanh']),
  role('Trưởng phòng Nguyễn Văn Hòa đã ký biên bản.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Nguyễn Văn Hòa'], null),
  // `và` and a capitalized field go on with a unit's name; a title after `và` ends it.
  role('Bà Đàm Thị Nhung, Trưởng phòng Văn hóa và Thông tin, cho biết lễ hội kéo dài ba ngày.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Đàm Thị Nhung'], ['Phòng Văn hóa và Thông tin']),
  role('Bà Lục Thị Hoa, Trưởng phòng Kinh doanh và Giám đốc Tạ Văn Minh cùng ký biên bản.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Lục Thị Hoa'], ['Phòng Kinh doanh']),
  // A department `của` (of) a company: the department goes in the title, the post is the company's.
  role('Công ty Cổ phần Thép Nam Hà vừa mở rộng nhà máy. Ông Lý Văn Đức, Trưởng phòng Sản xuất của công ty, cho biết lò mới chạy ổn định.',
    'Trưởng phòng Sản xuất', 'Trưởng phòng Sản xuất', ['person', 'Lý Văn Đức'], ['Công ty Cổ phần Thép Nam Hà', 'org-1']),
  role('Bà Hà Thu Trang, Phó trưởng phòng Nhân sự của Công ty TNHH Gạch men Bình An, cho biết lương tăng.',
    'Phó trưởng phòng Nhân sự', 'Phó trưởng phòng Nhân sự', ['person', 'Hà Thu Trang'], ['Công ty TNHH Gạch men Bình An', 'org-1']),
  // `của` and a body other than a company: the post is that body's too.
  role('Bà Phan Thị Hiền, Trưởng phòng Dự báo thời tiết của Đài Khí tượng thủy văn tỉnh Nghệ An, cho biết mưa còn kéo dài.',
    'Trưởng phòng Dự báo thời tiết', 'Trưởng phòng Dự báo thời tiết', ['person', 'Phan Thị Hiền'], ['Đài Khí tượng thủy văn tỉnh Nghệ An']),
  role('Ông Đinh Công Vũ, Trưởng bộ môn Hóa phân tích của Trường Đại học Khoa học Huế, công bố kết quả.',
    'Trưởng bộ môn Hóa phân tích', 'Trưởng bộ môn Hóa phân tích', ['person', 'Đinh Công Vũ'], ['Trường Đại học Khoa học Huế']),
  // A hospital's department with `của`: the post stays at the department.
  role('Ông Đinh Công Vũ, Trưởng khoa Ngoại của Bệnh viện Đa khoa tỉnh Hà Giang, đã trực tiếp mổ.',
    'Trưởng khoa', 'Trưởng khoa', ['person', 'Đinh Công Vũ'], ['Khoa Ngoại', 'org-2']),
  // `thời` opening a clause ends a unit's name: `thời gian qua` is no part of it.
  role('Bà Phan Thị Hiền, Trưởng phòng Kinh doanh thời gian qua đã ký nhiều hợp đồng.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Phan Thị Hiền'], ['Phòng Kinh doanh']),
  // With the company named right after, no `của`, the post stays at the department.
  role('Ông Lý Văn Đức, Trưởng phòng Sản xuất Công ty Cổ phần Thép Nam Hà, cho biết lò mới chạy ổn định.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Lý Văn Đức'], ['Phòng Sản xuất', null]),
  // A unit the article names goes on after the title as its name does, through `và` and lower-case fields.
  role('Ông Lê Văn Nam, Trưởng phòng An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao, Công an tỉnh Hà Tĩnh cho biết. Năm qua, Phòng An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao đã xử lý 20 vụ.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Lê Văn Nam'], ['Phòng An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao', 'org-2']),
  role('Bà Hoa, Trưởng phòng Kinh doanh và các nhân viên đã có mặt.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Hoa'], ['Phòng Kinh doanh']),
  // A name in sentence case goes on through `và` and a lower-case field that runs to the body the unit is part of.
  role('Ông Vũ Văn Tâm, Trưởng phòng Tổ chức cán bộ và đào tạo, Sở Y tế tỉnh Nam Định, cho biết đã tuyển đủ người.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Vũ Văn Tâm'], ['Phòng Tổ chức cán bộ và đào tạo', 'org-2']),
  role('Bà Đinh Thị Hà, Phó trưởng phòng Quản lý đô thị và phát triển hạ tầng Sở Xây dựng tỉnh Bắc Ninh, trình bày báo cáo.',
    'Phó trưởng phòng', 'Phó trưởng phòng', ['person', 'Đinh Thị Hà'], ['Phòng Quản lý đô thị và phát triển hạ tầng', 'org-2']),
  // Not where the words after `và` run on into the clause, name people, or end with no body after them.
  role('Ông Vũ Văn Tâm, Trưởng phòng Tổ chức cán bộ và đào tạo thêm nhân lực cho Sở Y tế tỉnh Nam Định.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Vũ Văn Tâm'], ['Phòng Tổ chức cán bộ', 'org-2']),
  role('Bà Lê Thị Hoa, Trưởng phòng Kinh doanh tổng hợp và nhân viên Công ty Cổ phần Sao Việt đã có mặt.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Lê Thị Hoa'], ['Phòng Kinh doanh tổng hợp', 'org-2']),
  role('Ông Hà Văn Bình, Trưởng phòng Kinh doanh và tiếp thị, cho biết giá bán đã giảm.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Hà Văn Bình'], ['Phòng Kinh doanh']),
  // A stop word that is the second syllable of a noun (`tài nguyên`, `xúc tiến`) goes on with the unit's name.
  role('Ông Đặng Văn Tú, Trưởng phòng Tài nguyên khoáng sản, cho biết mỏ đá đã đóng cửa.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Đặng Văn Tú'], ['Phòng Tài nguyên khoáng sản']),
  role('Bà Lưu Thị Mai, Phó trưởng phòng Xúc tiến đầu tư, giới thiệu dự án.',
    'Phó trưởng phòng', 'Phó trưởng phòng', ['person', 'Lưu Thị Mai'], ['Phòng Xúc tiến đầu tư']),
  role('Ông Tạ Văn Quang, Phó Trưởng phòng Vật tư - Thiết bị y tế, cho biết máy mới đã lắp xong.',
    'Phó Trưởng phòng', 'Phó Trưởng phòng', ['person', 'Tạ Văn Quang'], ['Phòng Vật tư - Thiết bị y tế']),
  // A steering committee's head whose committee's name runs on in lower case heads that committee (`Trưởng ban`).
  role('Ông Hoàng Văn Tuấn, Phó Chủ tịch UBND huyện, kiêm Trưởng ban Chỉ đạo chống buôn lậu của huyện, cho biết số vụ đã giảm.',
    'Trưởng ban', 'Trưởng ban', ['person', 'Hoàng Văn Tuấn'], ['Ban Chỉ đạo chống buôn lậu']),
  role('Ông Hoàng Văn Tuấn, Trưởng ban Chỉ đạo huyện, cho biết số vụ đã giảm.',
    'Trưởng ban Chỉ đạo', 'Trưởng ban Chỉ đạo', ['person', 'Hoàng Văn Tuấn'], null),
  // The committee's name in lower case from `chỉ đạo` on (`Trưởng ban chỉ đạo đợt ...`): the same.
  role('Ông Hoàng Văn Tuấn, Chủ tịch UBND xã Tân Hòa, Trưởng ban chỉ đạo chiến dịch mùa khô, cho biết số vụ đã giảm.',
    'Trưởng ban chỉ đạo', 'Trưởng ban', ['person', 'Hoàng Văn Tuấn'], ['Ban chỉ đạo chiến dịch mùa khô', 'org-2']),
  role('Ông Hoàng Văn Tuấn, Trưởng ban chỉ đạo huyện, cho biết số vụ đã giảm.',
    'Trưởng ban chỉ đạo', 'Trưởng ban chỉ đạo', ['person', 'Hoàng Văn Tuấn'], null),
  // A unit whose field has its acronym in brackets after it is the body written as its kind word and that acronym.
  role('Trung tá Lê Văn Sơn, Trưởng phòng Cảnh sát môi trường (CSMT) Công an tỉnh Nghệ An, cho biết năm nay Phòng CSMT đã xử lý 12 vụ.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Lê Văn Sơn'], ['Phòng CSMT', 'org-2']),
  role('Trung tá Lê Văn Sơn, Trưởng phòng Cảnh sát môi trường (CSMT) Công an tỉnh Nghệ An, cho biết năm nay đã xử lý 12 vụ.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Lê Văn Sơn'], ['Phòng Cảnh sát môi trường', 'org-2']),
  // A unit's name at the bound on its words inside a field compound (`Chăm sóc sức` + `khỏe cán bộ`) runs to its end.
  role('Bà Đỗ Thị Hạnh, Trưởng phòng Kế hoạch - Tài chính - Chăm sóc sức khỏe cán bộ, cho biết đợt khám đã xong.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Đỗ Thị Hạnh'], ['Phòng Kế hoạch - Tài chính - Chăm sóc sức khỏe cán bộ']),
  // Not the passive's `bị` after another word: the name ends before it.
  role('Ông Tạ Văn Quang, Trưởng phòng Kế hoạch bị kỷ luật khiển trách.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Tạ Văn Quang'], ['Phòng Kế hoạch']),
  role('Bà Cao Thị Yến, Trưởng phòng Kế toán nguyên là giáo viên, nay điều hành nhóm.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Cao Thị Yến'], ['Phòng Kế toán']),
  // The unit a head's title names ends before the body it is part of: the unit is the organization.
  role('Bà Đỗ Thị Hằng, Phó Trưởng phòng Dự báo Đài Khí tượng Thủy văn tỉnh Quảng Ngãi, nhận định mưa sẽ giảm.',
    'Phó Trưởng phòng', 'Phó Trưởng phòng', ['person', 'Đỗ Thị Hằng'], ['Phòng Dự báo', 'org-2']),
  // A department written in lower case is part of the title, up to a comma, a bracket, `của` or the body after it;
  // the post is held at that body (a short form referring back included).
  role('Công ty Cổ phần Gốm sứ Minh Long vừa khai trương xưởng mới. Bà Trịnh Thị Lan (Trưởng phòng tài chính - kế toán của công ty) cho biết lương đã trả đủ.',
    'Trưởng phòng tài chính - kế toán', 'Trưởng phòng tài chính - kế toán', ['person', 'Trịnh Thị Lan'], ['Công ty Cổ phần Gốm sứ Minh Long']),
  role('Ông Phạm Văn Hùng, Trưởng phòng tổ chức - hành chính Công ty TNHH Thủy sản Nam Việt, ký quyết định.',
    'Trưởng phòng tổ chức - hành chính', 'Trưởng phòng tổ chức - hành chính', ['person', 'Phạm Văn Hùng'], ['Công ty TNHH Thủy sản Nam Việt']),
  role('Ông Đỗ Văn Lâm, Trưởng phòng quản lý chất lượng của Sở Nông nghiệp tỉnh Bình Định, cho biết lúa đạt chuẩn.',
    'Trưởng phòng quản lý chất lượng', 'Trưởng phòng quản lý chất lượng', ['person', 'Đỗ Văn Lâm'], ['Sở Nông nghiệp tỉnh Bình Định']),
  role('Ông Vũ Đức Minh, Phó trưởng phòng kinh doanh, cho biết đơn hàng tăng.',
    'Phó trưởng phòng kinh doanh', 'Phó trưởng phòng kinh doanh', ['person', 'Vũ Đức Minh'], null),
  role('Trưởng phòng kinh doanh Nguyễn Văn Toàn đã ký hợp đồng.',
    'Trưởng phòng kinh doanh', 'Trưởng phòng kinh doanh', ['person', 'Nguyễn Văn Toàn'], null),
  // A department's field closed by `và` before the next person of a list (`và ông B`).
  role('Các bị cáo gồm: bà Trần Thị Bình (SN 1981), nguyên Trưởng phòng kế hoạch - tài chính và ông Đỗ Văn Tú, kế toán.',
    'Trưởng phòng kế hoạch - tài chính', 'Trưởng phòng kế hoạch - tài chính', ['person', 'Trần Thị Bình'], null),
  // Not a word of the clause or of time (`cho biết`, `cũ`), nor words that run on to a place or the clause.
  role('Ông Trần Văn Hải, Trưởng phòng cũ, đã nghỉ hưu.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Trần Văn Hải'], null),
  role('Bà Lê Thị Lan, Trưởng phòng cho biết hàng đã về.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Lê Thị Lan'], null),
  role('Ông Lò Văn Tính, Trưởng phòng giáo dục huyện Mường Tè, cho biết đã đủ giáo viên.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Lò Văn Tính'], null),
  role('Ông Hà Văn Quý, Trưởng phòng kiểm tra hồ sơ rồi ký biên bản.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Hà Văn Quý'], null),
];

/** A post abroad: `Đại sứ Việt Nam tại Nhật Bản X` (countries only: no organization), `... UNICEF tại Việt Nam X`. */
const POSTS_ABROAD: CorpusExample<'roles'>[] = [
  role('Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu trao quà cho du học sinh.',
    'Đại sứ', 'Đại sứ', ['person', 'Phạm Quang Hiệu'], null),
  role('Trưởng đại diện UNICEF tại Việt Nam Lê Thanh Hà phát biểu khai mạc.',
    'Trưởng đại diện', 'Trưởng đại diện', ['person', 'Lê Thanh Hà'], ['UNICEF']),
];

/** How the holder holds the post: `hiện giữ chức`, `được bổ nhiệm giữ chức`, `người từng giữ chức`, `cựu`, `tân`. */
const HOLDING_VERBS: CorpusExample<'roles'>[] = [
  role('Ông Trần Quốc Phương hiện giữ chức Thứ trưởng Bộ Kế hoạch và Đầu tư.',
    'Thứ trưởng', 'Thứ trưởng', ['person', 'Trần Quốc Phương'], ['Bộ Kế hoạch và Đầu tư']),
  role('Bà Nguyễn Thị Hà vừa được bổ nhiệm giữ chức Phó Giám đốc Sở Giáo dục và Đào tạo.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Nguyễn Thị Hà'], ['Sở Giáo dục và Đào tạo']),
  role('Ông Nguyễn Văn Hùng, người từng giữ chức Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch, có mặt.',
    'Bộ trưởng', 'Bộ trưởng', ['person', 'Nguyễn Văn Hùng'], ['Bộ Văn hóa, Thể thao và Du lịch']),
  role('Cựu Chủ tịch UBND tỉnh Bình Thuận Nguyễn Ngọc Hai bị khởi tố.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Nguyễn Ngọc Hai'], ['UBND tỉnh Bình Thuận']),
  role('Tân Giám đốc Sở Y tế Hà Nội Trần Văn Chung nhận nhiệm vụ.',
    'Giám đốc', 'Giám đốc', ['person', 'Trần Văn Chung'], ['Sở Y tế Hà Nội']),
  role('Ông Đỗ Minh Phú, CEO của Tập đoàn DOJI, cho biết giá vàng biến động mạnh.',
    'CEO', 'CEO', ['person', 'Đỗ Minh Phú'], ['Tập đoàn DOJI']),
  role('Ông Nguyễn Xuân Phúc được Quốc hội bầu làm Chủ tịch nước.',
    'Chủ tịch nước', 'Chủ tịch nước', ['person', 'Nguyễn Xuân Phúc'], null),
  role('Bà Lê Thị Thu vừa được Quốc hội bầu làm Phó Chủ tịch Quốc hội.',
    'Phó Chủ tịch', 'Phó Chủ tịch', ['person', 'Lê Thị Thu'], ['Quốc hội']),
  // The organization is the subject here: it elected someone else, named nowhere.
  none('Quốc hội đã bầu làm Chủ tịch nước một đại biểu trẻ.', 'Chủ tịch nước'),
  // Saying is not holding: a verb other than these keeps the person apart from the post after it.
  role('Ông Trần Quốc Phương cho biết Thứ trưởng Bộ Tài chính sẽ trả lời sau.',
    'Thứ trưởng', 'Thứ trưởng', null, ['Bộ Tài chính']),
];

/** A military or police rank before the person named after a post: `Giám đốc Công an tỉnh X, Đại tá Y`. */
const RANKS_BEFORE_PERSON: CorpusExample<'roles'>[] = [
  role('Giám đốc Công an tỉnh Nghệ An, Đại tá Phạm Thế Tùng cho biết vụ việc đang được điều tra.',
    'Giám đốc', 'Giám đốc', ['person', 'Phạm Thế Tùng'], ['Công an tỉnh Nghệ An']),
  role('Giám đốc Công an TP Hải Phòng, Thiếu tướng Vũ Thanh Chương chỉ đạo lực lượng.',
    'Giám đốc', 'Giám đốc', ['person', 'Vũ Thanh Chương'], ['Công an TP Hải Phòng']),
  // Commanders of army units numbered by their name: the number is the unit's.
  role('Thiếu tướng Lê Văn Quang, Tư lệnh Quân khu 5, kiểm tra công tác chuẩn bị.',
    'Tư lệnh', 'Tư lệnh', ['person', 'Lê Văn Quang'], ['Quân khu 5']),
  role('Đại tá Hoàng Minh Đức, Sư đoàn trưởng Sư đoàn 312, báo cáo kết quả huấn luyện.',
    'Sư đoàn trưởng', 'Sư đoàn trưởng', ['person', 'Hoàng Minh Đức'], ['Sư đoàn 312']),
  role('Thượng tá Ngô Văn Tân, Trung đoàn trưởng Trung đoàn 48, nói về cuộc hành quân.',
    'Trung đoàn trưởng', 'Trung đoàn trưởng', ['person', 'Ngô Văn Tân'], ['Trung đoàn 48']),
  none('Đơn vị hành quân 40 km trong đêm, sư đoàn trưởng đi cùng bộ đội.', 'sư đoàn trưởng'),
  // The resident representative of an agency, the post named whole.
  role('Bà Anna Berg, Phó Trưởng đại diện thường trú UNDP tại Việt Nam, phát biểu khai mạc.',
    'Phó Trưởng đại diện thường trú', 'Phó Trưởng đại diện thường trú', ['person', 'Anna Berg'], ['UNDP']),
];

/** A rank set in commas between the person and the post: `ông X, Đại tá, Phó Giám đốc Công an tỉnh Y`. */
const RANK_BETWEEN_PERSON_AND_POST: CorpusExample<'roles'>[] = [
  role('Ông Mai Đức Thắng, Đại tá, Phó Giám đốc Công an tỉnh Ninh Bình, cho biết đã khởi tố vụ án.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Mai Đức Thắng'], ['Công an tỉnh Ninh Bình']),
  role('Bà Lò Thị Sen, thiếu tá, Đội trưởng Đội Cảnh sát giao thông số 2, nhắc người dân đội mũ bảo hiểm.',
    'Đội trưởng', 'Đội trưởng', ['person', 'Lò Thị Sen'], ['Đội Cảnh sát giao thông số 2']),
  // A rank before another person's name: the post is that person's.
  role('Ông Mai Đức Thắng, Đại tá Trịnh Văn Lực, Phó Giám đốc Công an tỉnh Ninh Bình, cùng dự.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Trịnh Văn Lực', 'person-2'], ['Công an tỉnh Ninh Bình']),
  // A seat on a party committee written as one word, set in commas like a rank: the post after it is the person's.
  role('Bà Đỗ Thị Hạnh, Thành ủy viên, Giám đốc Sở Y tế thành phố Cần Thơ, cho biết đã có kế hoạch.',
    'Giám đốc', 'Giám đốc', ['person', 'Đỗ Thị Hạnh'], ['Sở Y tế thành phố Cần Thơ']),
  role('Ông Lò Văn Pánh, Huyện ủy viên, Bí thư Đảng ủy xã Mường Chiên, phát biểu chỉ đạo.',
    'Bí thư', 'Bí thư', ['person', 'Lò Văn Pánh'], ['Đảng ủy xã Mường Chiên']),
  // The seat with no committee named in the text is no post read by the stage; another person named after it holds
  // the post after their name.
  none('Ông Lò Văn Pánh, Tỉnh ủy viên, cho biết tỉnh đã chuẩn bị kỹ.', 'Tỉnh ủy viên'),
  role('Ông Lò Văn Pánh, Tỉnh ủy viên, cùng ông Vi Văn Tám, Giám đốc Sở Xây dựng tỉnh Sơn La, kiểm tra công trình.',
    'Giám đốc', 'Giám đốc', ['person', 'Vi Văn Tám', 'person-2'], ['Sở Xây dựng tỉnh Sơn La']),
];

/**
 * The years a post was held, after it, before the holder's next post: `nguyên Chủ tịch UBND huyện X giai đoạn 2015 -
 * 2020, hiện là Giám đốc Sở Y`.
 */
const TERM_BEFORE_NEXT_POST: CorpusExample<'roles'>[] = [
  role('Ông Hồ Văn Toàn, nguyên Giám đốc Sở Công Thương tỉnh Quảng Ngãi giai đoạn 2015 - 2020, hiện là Phó Chủ tịch Hội Doanh nhân trẻ tỉnh Quảng Ngãi, đã ký văn bản.',
    'Phó Chủ tịch', 'Phó Chủ tịch', ['person', 'Hồ Văn Toàn'], ['Hội Doanh nhân trẻ tỉnh Quảng Ngãi', 'org-2']),
  role('Bà Đoàn Thị Nga, Phó Chủ tịch Hội Nông dân tỉnh Bến Tre nhiệm kỳ 2012–2017, hiện là Chủ tịch Hội Làm vườn tỉnh Bến Tre, phát biểu.',
    'Chủ tịch Hội Làm vườn', 'Chủ tịch', ['person', 'Đoàn Thị Nga'], ['Hội Làm vườn tỉnh Bến Tre', 'org-2']),
  // `vốn là` (was, before a merger): the post the subject held.
  role('Ông Hà Văn Sinh vốn là Bí thư Đảng ủy xã Mường Chanh trước khi sáp nhập.',
    'Bí thư', 'Bí thư', ['person', 'Hà Văn Sinh'], ['Đảng ủy xã Mường Chanh']),
  // `nay là` (now is): the next post after a former one, the same holder's.
  role('Ông Lò Văn Thanh, nguyên Chủ tịch UBND huyện Mường Lát, nay là Phó Giám đốc Sở Xây dựng tỉnh Thanh Hóa, bị kiểm điểm.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Lò Văn Thanh'], ['Sở Xây dựng tỉnh Thanh Hóa', 'org-2']),
  // The term ends the first post's sentence: the next post is held by nobody named.
  role('Ông Hồ Văn Toàn là Giám đốc Sở Công Thương tỉnh Quảng Ngãi giai đoạn 2015 - 2020. Giám đốc Sở Xây dựng tỉnh Quảng Ngãi vắng mặt.',
    'Sở Xây dựng', 'Giám đốc', null, ['Sở Xây dựng tỉnh Quảng Ngãi', 'org-2']),
];

/**
 * A unit a head's title names, by the local area it serves (`Trưởng phòng Nội vụ huyện Mường La`) or by the
 * acronym of a unit the article names in full (`Trưởng phòng PC03`).
 */
const UNITS_BY_AREA_OR_ACRONYM: CorpusExample<'roles'>[] = [
  role('Bà Lò Thị Hương, Trưởng phòng Nội vụ huyện Mường La, cho biết đã tuyển đủ giáo viên.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Lò Thị Hương'], ['Phòng Nội vụ huyện Mường La']),
  role('Ông Vi Văn Khoa, Phó Trưởng phòng Y tế thị xã Sa Pa, giới thiệu đợt tiêm chủng.',
    'Phó Trưởng phòng', 'Phó Trưởng phòng', ['person', 'Vi Văn Khoa'], ['Phòng Y tế thị xã Sa Pa']),
  // A comma before the area: the unit ends at the comma.
  role('Bà Lò Thị Hương, Trưởng phòng Kinh doanh, huyện Mường La, cho biết giá chè tăng.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Lò Thị Hương'], ['Phòng Kinh doanh']),
  role('Phòng Cảnh sát kinh tế (PC03) đã vào cuộc. Trung tá Lưu Văn Định, Trưởng phòng PC03, cho biết đã thu giữ 2 tấn hàng.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Lưu Văn Định'], ['Phòng Cảnh sát kinh tế']),
  // An acronym the article spells out as no unit of that kind: the unit stays as written.
  role('Ông Lưu Văn Định, Trưởng phòng PC09, cho biết mẫu đã được giám định.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Lưu Văn Định'], ['Phòng PC09']),
  // A unit the article wrote with its field's acronym (`Phòng CSCĐ`) after naming it in full: the title's unit is that one
  // (named whole with its parent, the acronym a gap in the name: organizations/name-runs.ts).
  role('Phòng Cảnh sát cơ động (CSCĐ) Công an tỉnh Hà Tĩnh kiểm tra chợ. Báo cáo gửi về Phòng CSCĐ. Thiếu tá Lê Văn Hòa, Phó Trưởng phòng CSCĐ, cho biết thêm.',
    'Phó Trưởng phòng', 'Phó Trưởng phòng', ['person', 'Lê Văn Hòa'], ['Phòng Cảnh sát cơ động Công an tỉnh Hà Tĩnh']),
  // A company written by the short name in brackets after its full name: the title's organization is the company.
  role('Công ty Đấu giá hợp danh Miền Trung (Miền Trung Auction) mở phiên mới. Ông Lê Văn Hòa, Giám đốc Miền Trung Auction, cho biết.',
    'Giám đốc', 'Giám đốc', ['person', 'Lê Văn Hòa'], ['Công ty Đấu giá hợp danh Miền Trung']),
];

/**
 * Bodies of local government and of the Party are organizations, named with their place: `Chủ tịch UBND xã Tân
 * Lập`, `Bí thư Thành ủy Hà Nội`; a head's title running into an organization keeps its words (`Trưởng Công an`).
 */
const LOCAL_BODIES: CorpusExample<'roles'>[] = [
  // A religious post in lower case, at the pagoda or monastery named after it by its kind in lower case.
  role('Đại đức Thích Quảng Tâm, trụ trì chùa Phước Hòa, cho biết lễ hội kéo dài ba ngày.',
    'trụ trì', 'trụ trì', ['person', 'Thích Quảng Tâm'], ['chùa Phước Hòa']),
  role('Dự lễ có Thượng tọa Thích Minh Tâm, Phó Chủ tịch Hội đồng Trị sự, trụ trì chùa Hương Sơn cùng hơn 2.000 tăng ni.',
    'trụ trì', 'trụ trì', ['person', 'Thích Minh Tâm'], ['chùa Hương Sơn', 'org-2']),
  // With no place after it, `trụ trì` is the verb: no post.
  none('Ngôi chùa cổ do Hòa thượng Thích Minh Tâm trụ trì từ năm 1990.', 'trụ trì'),
  // A pagoda after another post is no body of it.
  none('Ông Lê Văn Tám, Giám đốc chùa Hương Sơn, cho biết khách đông.', 'chùa Hương Sơn'),
  // A village's Party cell or youth union branch, its place in lower case, then the village's name or number.
  // A research group's leader: the title keeps its field (`nghiên cứu`).
  role('Ông Trần Văn Tú, Trưởng nhóm nghiên cứu của Viện Lúa, cho biết giống mới chịu mặn tốt.',
    'Trưởng nhóm nghiên cứu', 'Trưởng nhóm nghiên cứu', ['person', 'Trần Văn Tú'], ['Viện Lúa']),
  // A forensic examiner at the institute or centre named after the post; the plural with no one named is none.
  role('Theo kết luận của ThS Lê Văn An, giám định viên Trung tâm Pháp y tỉnh Hà Nam, vết thương nhẹ.',
    'giám định viên', 'giám định viên', ['person', 'Lê Văn An'], ['Trung tâm Pháp y tỉnh Hà Nam']),
  none('Các giám định viên đã làm việc suốt đêm để kịp gửi kết luận.', 'giám định viên'),
  // A prosecutor's or a judge's rank after the post is the title's, the body after it the post's.
  role('Bà Lê Thị Hoa, Kiểm sát viên cao cấp Viện Kiểm sát nhân dân tỉnh Hà Nam, thực hành quyền công tố.',
    'Kiểm sát viên cao cấp', 'Kiểm sát viên cao cấp', ['person', 'Lê Thị Hoa'], ['Viện Kiểm sát nhân dân tỉnh Hà Nam']),
  role('Ông Trần Văn Bình, Thẩm phán trung cấp Tòa án nhân dân tỉnh Ninh Bình, làm chủ tọa.',
    'Thẩm phán trung cấp', 'Thẩm phán trung cấp', ['person', 'Trần Văn Bình'], ['Tòa án nhân dân tỉnh Ninh Bình']),
  // A ranked post with no body after it is held in the body of its kind the sentence names (a procuracy, a court);
  // the bare post later, by the same holder, restates it.
  role('Đại diện Viện kiểm sát nhân dân (VKSND) tỉnh Hà Nam thực hành quyền công tố là Kiểm sát viên cao cấp Lê Thị Hoa. Bị cáo Trần Văn Tú nguyên là cán bộ Ban Quản lý chợ Yên Lạc. Tại phiên tòa, bị cáo Tú khai nhận hành vi của mình và xin giảm nhẹ hình phạt vì hoàn cảnh khó khăn. Kiểm sát viên Lê Thị Hoa đề nghị mức án 5 năm tù.',
    'Kiểm sát viên cao cấp', 'Kiểm sát viên cao cấp', ['person', 'Lê Thị Hoa'], ['Viện kiểm sát nhân dân tỉnh Hà Nam']),
  none('Đại diện Viện kiểm sát nhân dân (VKSND) tỉnh Hà Nam thực hành quyền công tố là Kiểm sát viên cao cấp Lê Thị Hoa. Bị cáo Trần Văn Tú nguyên là cán bộ Ban Quản lý chợ Yên Lạc. Tại phiên tòa, bị cáo Tú khai nhận hành vi của mình và xin giảm nhẹ hình phạt vì hoàn cảnh khó khăn. Kiểm sát viên Lê Thị Hoa đề nghị mức án 5 năm tù.',
    'Kiểm sát viên Lê Thị Hoa đề nghị'),
  role('Chủ tọa phiên tòa là Thẩm phán trung cấp Trần Văn Bình của Tòa án nhân dân huyện Yên Lạc.',
    'Thẩm phán trung cấp', 'Thẩm phán trung cấp', ['person', 'Trần Văn Bình'], ['Tòa án nhân dân huyện Yên Lạc']),
  // A team's post with no club in its sentence, in a report listing one national team: that team's staff; the
  // coach's short title later restates the long one.
  role('Chiều nay đội tuyển Thái Lan tập buổi cuối. HLV trưởng Lê Văn Tú đã chốt danh sách 23 cầu thủ.',
    'HLV trưởng', 'HLV trưởng', ['person', 'Lê Văn Tú'], ['đội tuyển Thái Lan']),
  role('Chiều nay đội tuyển Thái Lan tập buổi cuối. Trợ lý HLV Phan Văn Tâm cho biết đối thủ mạnh.',
    'Trợ lý HLV', 'Trợ lý HLV', ['person', 'Phan Văn Tâm'], ['đội tuyển Thái Lan']),
  none('Chiều nay đội tuyển Thái Lan tập buổi cuối. HLV trưởng Lê Văn Tú chốt danh sách. "Chúng tôi sẵn sàng", HLV Lê Văn Tú nói.',
    'HLV Lê Văn Tú nói'),
  // Not where no national team is listed (no coach's report): no organization.
  role('HLV trưởng Lê Văn Tú đã chốt danh sách 23 cầu thủ.', 'HLV trưởng', 'HLV trưởng', ['person', 'Lê Văn Tú'], null),
  // The team in lower case right after the title refers back to the one listed, though the sentence names another
  // body; without it, the other body keeps the team out.
  role('Chiều nay đội tuyển Thái Lan đã về nước. Nhân dịp đội tập trung tại Trung tâm Huấn luyện thể thao quốc gia Đà Nẵng, chúng tôi gặp ông Lê Văn Tú, Huấn luyện viên trưởng đội tuyển quốc gia.',
    'Huấn luyện viên trưởng', 'Huấn luyện viên trưởng', ['person', 'Lê Văn Tú'], ['đội tuyển Thái Lan']),
  role('Chiều nay đội tuyển Thái Lan đã về nước. Nhân dịp đội tập trung tại Trung tâm Huấn luyện thể thao quốc gia Đà Nẵng, chúng tôi gặp ông Lê Văn Tú, Huấn luyện viên trưởng.',
    'Huấn luyện viên trưởng', 'Huấn luyện viên trưởng', ['person', 'Lê Văn Tú'], null),
  role('Ông Lê Văn Tư, 52 tuổi, nguyên Bí thư Chi đoàn thôn Đông Lộc cũ, trúng cử trưởng thôn.',
    'Bí thư', 'Bí thư', ['person', 'Lê Văn Tư'], ['Chi đoàn thôn Đông Lộc']),
  role('Ông Hoàng Văn Nam, Bí thư Chi bộ xóm 3, phát biểu tại hội nghị.',
    'Bí thư', 'Bí thư', ['person', 'Hoàng Văn Nam'], ['Chi bộ xóm 3']),
  role('Bí thư Chi bộ thôn Đông Hòa Lê Thị Mai cho biết cả thôn đã góp tiền làm đường.',
    'Bí thư', 'Bí thư', ['person', 'Lê Thị Mai'], ['Chi bộ thôn Đông Hòa']),
  // No village named: no branch.
  none('Bí thư chi bộ thôn phải gương mẫu trong mọi việc.', 'Bí thư'),
  // The inspectorate of a province or a district (`Thanh tra tỉnh`), after the chief inspector's title.
  role('Ông Lê Văn Bảy, Chánh Thanh tra tỉnh, cho biết đã tiếp nhận 120 đơn thư.',
    'Chánh Thanh tra', 'Chánh Thanh tra', ['person', 'Lê Văn Bảy'], ['Thanh tra tỉnh']),
  role('Bà Ngô Thị Mai, Phó Chánh Thanh tra huyện, trình bày kết luận thanh tra.',
    'Phó Chánh Thanh tra', 'Phó Chánh Thanh tra', ['person', 'Ngô Thị Mai'], ['Thanh tra huyện', null]),
  // No level after it: the post's field, no body named.
  role('Ông Lê Văn Bảy, Chánh Thanh tra, cho biết đã tiếp nhận 120 đơn thư.',
    'Chánh Thanh tra', 'Chánh Thanh tra', ['person', 'Lê Văn Bảy'], null),
  // The social insurance office of a province: `BHXH tỉnh X`, `Bảo hiểm xã hội huyện`.
  role('Phóng viên trao đổi với bà Nguyễn Thị Thu, Giám đốc BHXH tỉnh Hà Tĩnh, về chính sách mới.',
    'Giám đốc', 'Giám đốc', ['person', 'Nguyễn Thị Thu'], ['BHXH tỉnh Hà Tĩnh']),
  role('Ông Trần Văn Hai, Phó Giám đốc Bảo hiểm xã hội huyện, cho biết số người tham gia tăng.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Trần Văn Hai'], ['Bảo hiểm xã hội huyện', null]),
  role('Ông Trần Văn Hai, Phó Giám đốc, cho biết quỹ BHXH tỉnh vẫn cân đối.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Trần Văn Hai'], null),
  role('Ông Nguyễn Quang Dũng, Chủ tịch UBND xã Tân Lập, cho biết đường đã được trải nhựa.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Nguyễn Quang Dũng'], ['UBND xã Tân Lập']),
  role('Đồng chí Đinh Tiến Dũng, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội, phát biểu chỉ đạo.',
    'Bí thư', 'Bí thư', ['person', 'Đinh Tiến Dũng'], ['Thành ủy Hà Nội', 'org-2']),
  role('Ông Lê Văn Thành, Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh, dự lễ.',
    'Bí thư', 'Bí thư', ['person', 'Lê Văn Thành'], ['Tỉnh ủy']),
  role('Trưởng Công an xã Vĩnh Phúc, ông Lê Văn Hạnh, đã có mặt tại hiện trường.',
    'Trưởng Công an', 'Trưởng Công an', ['person', 'Lê Văn Hạnh'], ['Công an xã Vĩnh Phúc']),
  role('Thượng tá Lê Văn Hùng, Chánh Văn phòng Công an tỉnh Nghệ An, thông tin về vụ việc.',
    'Chánh Văn phòng', 'Chánh Văn phòng', ['person', 'Lê Văn Hùng'], ['Văn phòng Công an tỉnh Nghệ An']),
  role('Phó Chánh Văn phòng Bộ Tư pháp Trần Thị Hoa chủ trì buổi họp báo.',
    'Phó Chánh Văn phòng', 'Phó Chánh Văn phòng', ['person', 'Trần Thị Hoa'], ['Văn phòng Bộ Tư pháp']),
  role('Chủ nhiệm Ủy ban Pháp luật của Quốc hội Hoàng Thanh Tùng trình bày báo cáo.',
    'Chủ nhiệm', 'Chủ nhiệm', ['person', 'Hoàng Thanh Tùng'], ['Ủy ban Pháp luật của Quốc hội']),
  // An office named for its owner keeps the name the holder was given before.
  role('Luật sư Trương Anh Tú, Trưởng Văn phòng Luật sư Trương Anh Tú, phân tích vụ án.',
    'Trưởng Văn phòng', 'Trưởng Văn phòng', ['person', 'Trương Anh Tú'], ['Văn phòng Luật sư Trương Anh Tú']),
  role('Ông Lê Minh Tuấn, Trưởng văn phòng đại diện của hãng tại Hà Nội, cho biết doanh số tăng.',
    'Trưởng văn phòng', 'Trưởng văn phòng', ['person', 'Lê Minh Tuấn'], null),
  role('Ông Hồ Đức Phớc cho biết ngân sách tăng. Bộ trưởng Bộ Tài chính Hồ Đức Phớc nhấn mạnh cần tiết kiệm.',
    'Bộ trưởng', 'Bộ trưởng', ['person', 'Hồ Đức Phớc'], ['Bộ Tài chính']),
  // `Trung ương` before a mass organization: the post is in the organization.
  role('Bà Hà Thị Nga, Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam, trao quà cho hội viên.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Hà Thị Nga'], ['Hội Liên hiệp Phụ nữ Việt Nam']),
  role('Ông Trần Văn Lam, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam, dự lễ.',
    'Phó Chủ tịch', 'Phó Chủ tịch', ['person', 'Trần Văn Lam'], ['Hội Nông dân Việt Nam']),
  role('Ông Lê Văn Quý, Chủ tịch Trung ương, phát biểu khai mạc.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Lê Văn Quý'], null),
  role('Trưởng Ban Tuyên giáo Trung ương Nguyễn Trọng Nghĩa dự hội nghị.',
    'Trưởng Ban Tuyên giáo', 'Trưởng Ban', ['person', 'Nguyễn Trọng Nghĩa'], ['Ban Tuyên giáo Trung ương']),
  none('Sự tăng trưởng kinh tế của Việt Nam được đánh giá cao.', 'tăng trưởng'),
  // The holder's name right after the body's level, no place (people/unit-holder-names.ts): the body is the body and
  // its level, or the one named before that it refers back to.
  role('Chủ tịch UBND tỉnh Nguyễn Đức Trung chủ trì cuộc họp.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Nguyễn Đức Trung'], ['UBND tỉnh']),
  role('Phó Chủ tịch UBND huyện Lê Văn An cho biết sẽ triển khai ngay.',
    'Phó Chủ tịch', 'Phó Chủ tịch', ['person', 'Lê Văn An'], ['UBND huyện', null]),
  role('Chủ tịch Ủy ban nhân dân thành phố Trần Thị Thu Hà phát biểu.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Trần Thị Thu Hà'], ['Ủy ban nhân dân thành phố']),
  role('UBND tỉnh Nghệ An họp. Chủ tịch UBND tỉnh Nguyễn Đức Trung đã ký quyết định.',
    'Chủ tịch UBND tỉnh Nguyễn', 'Chủ tịch', ['person', 'Nguyễn Đức Trung'], ['UBND tỉnh Nghệ An']),
  role('Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh phát biểu.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Trần Sỹ Thanh'], ['UBND thành phố Hà Nội']),
  role('Giám đốc Sở Y tế Hà Nội Trần Văn Nam cho biết thêm.',
    'Giám đốc', 'Giám đốc', ['person', 'Trần Văn Nam'], ['Sở Y tế Hà Nội']),
  // A unit named for a person of history (`phường Lê Hồng Phong`): its whole name is the unit's, the holder after it.
  role('Ông Vũ Văn Hải, Trưởng Công an phường Lê Hồng Phong, cho biết đã tăng cường tuần tra.',
    'Vũ Văn Hải, Trưởng Công an phường Lê Hồng Phong', 'Trưởng Công an', ['person', 'Vũ Văn Hải'], ['Công an phường Lê Hồng Phong']),
  // A place after the level is the body's, and no holder.
  role('Chủ tịch UBND huyện Mai Sơn cho biết sẽ hỗ trợ.',
    'Chủ tịch', 'Chủ tịch', null, ['UBND huyện Mai Sơn']),
  role('Chủ tịch UBND tỉnh Lâm Đồng ký quyết định.',
    'Chủ tịch', 'Chủ tịch', null, ['UBND tỉnh Lâm Đồng']),
  role('Chủ tịch UBND thành phố Hồ Chí Minh cho biết.',
    'Chủ tịch', 'Chủ tịch', null, ['UBND thành phố Hồ Chí Minh']),
  // `Công an` ends a title of the lexicon (`Giám đốc Công an`): with no place after its level, the post is in the
  // police of that level (`Công an tỉnh`), whoever holds it; the head's title keeps its words (`Trưởng Công an`).
  role('Giám đốc Công an tỉnh Nguyễn Văn An chỉ đạo lực lượng vào cuộc.',
    'Giám đốc', 'Giám đốc', ['person', 'Nguyễn Văn An'], ['Công an tỉnh']),
  role('Ông Phạm Văn Đông, Giám đốc Công an tỉnh, cho biết vụ việc đang được điều tra.',
    'Giám đốc', 'Giám đốc', ['person', 'Phạm Văn Đông'], ['Công an tỉnh']),
  role('Trưởng Công an xã Hoàng Văn Tám cho biết đã bắt giữ đối tượng.',
    'Trưởng Công an', 'Trưởng Công an', ['person', 'Hoàng Văn Tám'], ['Công an xã', null]),
  // A province's delegation of National Assembly deputies, named by its level alone before the clause goes on.
  role('Ông Lò Văn Hải, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh chủ trì hội nghị.',
    'Trưởng Đoàn', 'Trưởng Đoàn', ['person', 'Lò Văn Hải'], ['Đoàn đại biểu Quốc hội tỉnh', 'org-2']),
  role('Bà Lò Thị Mai, Phó Trưởng Đoàn ĐBQH tỉnh chủ trì buổi tiếp xúc cử tri.',
    'Phó Trưởng Đoàn', 'Phó Trưởng Đoàn', ['person', 'Lò Thị Mai'], ['Đoàn ĐBQH tỉnh']),
  // With no level after it, no body is read.
  role('Ông Lò Văn Hải, Trưởng Đoàn đại biểu Quốc hội chủ trì hội nghị.',
    'Trưởng Đoàn', 'Trưởng Đoàn', ['person', 'Lò Văn Hải'], null),
  role('Ông Nguyễn Văn Hải, Phó Chủ tịch UBND tỉnh, chủ trì cuộc họp.',
    'Phó Chủ tịch', 'Phó Chủ tịch', ['person', 'Nguyễn Văn Hải'], ['UBND tỉnh']),
  role('Chủ tịch UBND huyện Lò Văn Hùng cho biết huyện sẽ hỗ trợ người dân.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Lò Văn Hùng'], ['UBND huyện', null]),
  role('Chủ tịch UBND huyện Điện Biên Đông Lò Văn Mừng cho biết.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Lò Văn Mừng'], ['UBND huyện Điện Biên Đông']),
  role('Chủ tịch Hội Nông dân tỉnh Trần Văn Lâm phát biểu.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Trần Văn Lâm'], ['Hội Nông dân tỉnh']),
  role('Viện trưởng Viện Kiểm sát nhân dân tỉnh Trần Văn Bình phát biểu.',
    'Viện trưởng', 'Viện trưởng', ['person', 'Trần Văn Bình'], ['Viện Kiểm sát nhân dân tỉnh']),
  role('Chánh án Tòa án nhân dân tỉnh Lê Văn Dũng cho biết.',
    'Chánh án', 'Chánh án', ['person', 'Lê Văn Dũng'], ['Tòa án nhân dân tỉnh']),
  role('Trưởng phòng Cảnh sát giao thông Công an tỉnh Nguyễn Văn Tuấn cho biết.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Nguyễn Văn Tuấn'], ['Phòng Cảnh sát giao thông Công an tỉnh', 'org-2']),
  role('Giám đốc Sở Nông nghiệp và Phát triển nông thôn Nguyễn Văn Hải cho biết.',
    'Giám đốc', 'Giám đốc', ['person', 'Nguyễn Văn Hải'], ['Sở Nông nghiệp và Phát triển nông thôn']),
  role('Trung tá Nguyễn Văn Hòa, Đội trưởng Đội Cảnh sát giao thông Công an huyện Hòa Vang, cho biết.',
    'Đội trưởng', 'Đội trưởng', ['person', 'Nguyễn Văn Hòa'], ['Đội Cảnh sát giao thông Công an huyện Hòa Vang']),
  // A head's title with no organization after it (`Phó Cục trưởng`) is a post in the body of that kind named just
  // before; with none named, in no organization.
  role('Theo đại diện Cục Thuế tỉnh Bắc Ninh, ông Nguyễn Văn Bình, Phó Cục trưởng, số thu tăng.',
    'Phó Cục trưởng', 'Phó Cục trưởng', ['person', 'Nguyễn Văn Bình'], ['Cục Thuế tỉnh Bắc Ninh']),
  role('Theo Chi cục Thủy sản tỉnh Khánh Hòa, ông Trần Minh Quân, Chi cục trưởng, đã chỉ đạo kiểm tra tàu cá.',
    'Chi cục trưởng', 'Chi cục trưởng', ['person', 'Trần Minh Quân'], ['Chi cục Thủy sản tỉnh Khánh Hòa']),
  role('Viện Pasteur TP.HCM họp. Viện trưởng Nguyễn Văn Tâm cho biết.',
    'Viện trưởng', 'Viện trưởng', ['person', 'Nguyễn Văn Tâm'], ['Viện Pasteur TP.HCM']),
  role('Bộ Y tế họp. Viện trưởng Nguyễn Văn Tâm cho biết.',
    'Viện trưởng', 'Viện trưởng', ['person', 'Nguyễn Văn Tâm'], null),
  // Paragraphs after it, the one body of that kind the article names (an article about one institute); none where
  // the article names two.
  role('Số liệu do Viện Nghiên cứu Hải sản cung cấp. Hội thảo kéo dài cả ngày với nhiều phiên thảo luận về nguồn nguyên liệu, quy trình chế biến, cách bảo quản sản phẩm và hướng đi cho thị trường xuất khẩu trong những năm tới. Nhiều đại biểu cho rằng cần có thêm chính sách hỗ trợ vốn, đào tạo nghề và quảng bá thương hiệu để người làm nghề yên tâm gắn bó lâu dài. Các ý kiến cũng đề nghị sớm hoàn thiện bộ tiêu chí chất lượng, kiểm soát chặt nguồn muối và cá, đồng thời xây dựng kênh tiêu thụ ổn định cho các hộ nhỏ lẻ trong vùng.\nÔng Lê Văn Tâm, Viện trưởng, cho biết vùng biển còn nhiều tiềm năng.',
    'Viện trưởng', 'Viện trưởng', ['person', 'Lê Văn Tâm'], ['Viện Nghiên cứu Hải sản']),
  role('Số liệu do Viện Nghiên cứu Hải sản và Viện Kinh tế Biển đã cung cấp. Hội thảo kéo dài cả ngày với nhiều phiên thảo luận về nguồn nguyên liệu, quy trình chế biến, cách bảo quản sản phẩm và hướng đi cho thị trường xuất khẩu trong những năm tới. Nhiều đại biểu cho rằng cần có thêm chính sách hỗ trợ vốn, đào tạo nghề và quảng bá thương hiệu để người làm nghề yên tâm gắn bó lâu dài. Các ý kiến cũng đề nghị sớm hoàn thiện bộ tiêu chí chất lượng, kiểm soát chặt nguồn muối và cá, đồng thời xây dựng kênh tiêu thụ ổn định cho các hộ nhỏ lẻ trong vùng.\nÔng Lê Văn Tâm, Viện trưởng, cho biết vùng biển còn nhiều tiềm năng.',
    'Viện trưởng', 'Viện trưởng', ['person', 'Lê Văn Tâm'], null),
  // A place after the level is the body's: the body is named with it.
  role('Giám đốc Công an tỉnh Lạng Sơn Nguyễn Văn An chỉ đạo lực lượng vào cuộc.',
    'Giám đốc', 'Giám đốc', ['person', 'Nguyễn Văn An'], ['Công an tỉnh Lạng Sơn']),
  none('Công an thành phố Hồ Chí Minh vào cuộc điều tra.', 'Hồ Chí Minh'),
  none('Chủ tịch UBND tỉnh cho biết Covid-19 WG1 4.0 theo Thông tư 12/2023/TT-BKHCN.', 'Covid-19 WG1 4.0'),
];

/** `Đại diện X, ...`, `Thay mặt lãnh đạo X, ...` before a title with a person: the post is in X. */
const ON_BEHALF_OF: CorpusExample<'roles'>[] = [
  role('Thay mặt lãnh đạo Bộ Y tế, Thứ trưởng Nguyễn Thị Liên Hương phát biểu.',
    'Thứ trưởng', 'Thứ trưởng', ['person', 'Nguyễn Thị Liên Hương'], ['Bộ Y tế']),
  // The title's own organization wins over the one spoken for.
  role('Đại diện Bộ Tài chính, ông Nguyễn Văn Long, Phó Tổng cục trưởng Tổng cục Hải quan cho biết quy định sẽ được sửa.',
    'Phó Tổng cục trưởng', 'Phó Tổng cục trưởng', ['person', 'Nguyễn Văn Long'], ['Tổng cục Hải quan', 'org-2']),
  // A plain clause before the title names no organization for it.
  role('Sau khi làm việc với Bộ Y tế, Thứ trưởng Nguyễn Thị Liên Hương trả lời báo chí.',
    'Thứ trưởng', 'Thứ trưởng', ['person', 'Nguyễn Thị Liên Hương'], null),
];

/** More units and posts: a unit over a dash, a unit ending before the next organization, a team captain. */
const MORE_UNITS_AND_POSTS: CorpusExample<'roles'>[] = [
  role('Bác sĩ Trương Văn Khanh, nguyên Trưởng khoa Nhiễm – Thần kinh, cho biết trẻ cần được tiêm đủ mũi.',
    'Trưởng khoa', 'Trưởng khoa', ['person', 'Trương Văn Khanh'], ['Khoa Nhiễm – Thần kinh']),
  role('Ông Nguyễn Văn Bình, Trưởng phòng Tổ chức cán bộ Sở Y tế, cho biết.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Nguyễn Văn Bình'], ['Phòng Tổ chức cán bộ', 'org-2']),
  role('Theo PGS.TS Nguyễn Văn Hiếu, Trưởng khoa Y tế công cộng, Trường Đại học Y Hà Nội, dịch có thể kéo dài.',
    'Trưởng khoa', 'Trưởng khoa', ['person', 'Nguyễn Văn Hiếu'], ['Khoa Y tế công cộng', 'org-2']),
  role('Cầu thủ Nguyễn Quang Hải, đội trưởng Câu lạc bộ Công an Hà Nội, ghi bàn.',
    'đội trưởng', 'đội trưởng', ['person', 'Nguyễn Quang Hải'], ['Câu lạc bộ Công an Hà Nội']),
  role('Bộ trưởng Ngoại giao Mỹ Antony Blinken thăm Hà Nội.',
    'Bộ trưởng Ngoại giao', 'Bộ trưởng Ngoại giao', ['person', 'Antony Blinken'], ['Mỹ', null]),
  role('Ông Lê Hoàng Long, Giám đốc Sở Giao thông vận tải tỉnh Long An, cho biết. Ông Long cũng là Phó Chủ tịch Hội Cầu đường tỉnh.',
    'Phó Chủ tịch', 'Phó Chủ tịch', ['person', 'Lê Hoàng Long'], ['Hội Cầu đường tỉnh', 'org-2']),
];

/** A brand or short name the organizations stage left unmarked, between the title and the person. */
const UNMARKED_BODIES: CorpusExample<'roles'>[] = [
  role('Chủ tịch Hội đồng quản trị Sovico Nguyễn Thị Phương Thảo dự lễ khánh thành.',
    'Chủ tịch Hội đồng quản trị', 'Chủ tịch Hội đồng quản trị', ['person', 'Nguyễn Thị Phương Thảo'], ['Sovico']),
  // A brand the gazetteer knows is an organization of its own.
  role('Chủ tịch Hội đồng quản trị Vietjet Nguyễn Thị Phương Thảo dự lễ khánh thành.',
    'Chủ tịch Hội đồng quản trị', 'Chủ tịch Hội đồng quản trị', ['person', 'Nguyễn Thị Phương Thảo'], ['Vietjet']),
  role('Tổng giám đốc Hòa Phát Trần Văn Tuấn cho biết sản lượng thép tăng.',
    'Tổng giám đốc', 'Tổng giám đốc', ['person', 'Trần Văn Tuấn'], ['Hòa Phát']),
  // A lower-case word breaks the name: `Phát triển sản phẩm` is no body's name.
  none('Trưởng nhóm Phát triển sản phẩm Nguyễn Văn An công bố kế hoạch.', 'Phát triển sản phẩm'),
];

/** Posts given in order (`lần lượt là`): one title per person listed before, the last title's organization shared. */
const RESPECTIVELY: CorpusExample<'roles'>[] = [
  role('Ông Lê Văn An và ông Trần Văn Bình, lần lượt là Giám đốc và Phó Giám đốc Công ty Bình An, đều vắng mặt.',
    'Giám đốc và', 'Giám đốc', ['person', 'Lê Văn An'], ['Công ty Bình An']),
  role('Ông Lê Văn An và ông Trần Văn Bình, lần lượt là Giám đốc và Phó Giám đốc Công ty Bình An, đều vắng mặt.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Trần Văn Bình', 'person-2'], ['Công ty Bình An']),
  role('Bà Nguyễn Thị Hoa, ông Phạm Văn Minh và ông Đỗ Văn Tú lần lượt giữ chức Chủ tịch, Phó Chủ tịch và Tổng thư ký Hiệp hội Du lịch Việt Nam.',
    'Tổng thư ký', 'Tổng thư ký', ['person', 'Đỗ Văn Tú', 'person-3'], ['Hiệp hội Du lịch Việt Nam']),
  role('Ông Lê Văn An và ông Trần Văn Bình, lần lượt là Giám đốc Sở Tài chính và Giám đốc Sở Xây dựng, đã ký.',
    'Sở Xây dựng', 'Giám đốc', ['person', 'Trần Văn Bình', 'person-2'], ['Sở Xây dựng', 'org-2']),
  // A title in lower case after a count, its holders listed after `là`: each holds the post (at the body the first
  // one is given, none here).
  role('Năm nay Công ty Bình An có 2 phó giám đốc là ông Lê Văn An và bà Trần Thị Bình.',
    'phó giám đốc', 'phó giám đốc', ['person', 'Trần Thị Bình', 'person-2'], null),
  role('Năm nay Công ty Bình An có hai phó giám đốc là ông Lê Văn An, bà Trần Thị Bình và ông Đỗ Văn Tú.',
    'phó giám đốc', 'phó giám đốc', ['person', 'Đỗ Văn Tú', 'person-3'], null),
  // A plural or counted title followed by `gồm` and a list of people, each maybe with a post of their own in commas:
  // every person listed holds it, at the title's body (a post given in a list restates no longer one of the holder).
  role('Đại hội đã bầu các Phó Chủ tịch Hội Nông dân tỉnh Hòa An gồm: ông Lê Văn An, Giám đốc Công ty Bình An; bà Trần Thị Bình và ông Đỗ Văn Tú.',
    'Trần Thị Bình', 'Phó Chủ tịch', ['person', 'Trần Thị Bình', 'person-2'], ['Hội Nông dân tỉnh Hòa An']),
  role('Đại hội đã bầu các Phó Chủ tịch Hội Nông dân tỉnh Hòa An gồm: ông Lê Văn An, Giám đốc Công ty Bình An; bà Trần Thị Bình và ông Đỗ Văn Tú.',
    'Đỗ Văn Tú', 'Phó Chủ tịch', ['person', 'Đỗ Văn Tú', 'person-3'], ['Hội Nông dân tỉnh Hòa An']),
  role('Hội nghị bầu hai Phó Bí thư Huyện ủy Yên Lạc gồm: bà Trần Thị Bình, Phó Bí thư Thường trực Huyện ủy khóa trước; TS Đỗ Văn Tú, Chủ tịch UBND huyện.',
    'Phó Bí thư Huyện ủy Yên Lạc gồm: bà Trần Thị Bình', 'Phó Bí thư', ['person', 'Trần Thị Bình'], ['Huyện ủy Yên Lạc']),
  role('Hội nghị bầu hai Phó Bí thư Huyện ủy Yên Lạc gồm: bà Trần Thị Bình, Phó Bí thư Thường trực Huyện ủy khóa trước; TS Đỗ Văn Tú, Chủ tịch UBND huyện.',
    'TS Đỗ Văn Tú', 'Phó Bí thư', ['person', 'Đỗ Văn Tú', 'person-2'], ['Huyện ủy Yên Lạc']),
  // A list after `gồm` with no plural or count before the title (the body is made up of them), or a list of things:
  // nobody listed holds the title.
  none('Ban Chỉ đạo do Phó Chủ tịch UBND huyện làm trưởng ban gồm: ông Lê Văn An và bà Trần Thị Bình.', 'Trần Thị Bình'),
  none('Các Phó Chủ tịch gồm nhiều lĩnh vực: nông nghiệp, công nghiệp và dịch vụ; bà Trần Thị Bình vắng mặt.', 'Trần Thị Bình'),
  // No count before the title: the person after `và` is not said to hold it.
  none('Phó giám đốc Công ty Bình An là ông Lê Văn An và bà Trần Thị Bình là kế toán.', 'Trần Thị Bình'),
  // One person and two titles: no order to follow, the titles keep no holder.
  role('Ông Lê Văn An, lần lượt là Giám đốc và Phó Giám đốc Công ty Bình An.',
    'Phó Giám đốc', 'Phó Giám đốc', null, ['Công ty Bình An']),
];

/** A post stated twice, in full and in part, is one role: the partial statement adds nothing. */
const RESTATEMENTS: CorpusExample<'roles'>[] = [
  // The post restated with the body's name cut short (its place left off), nobody named: no role of its own.
  none('Ông Võ Tấn Lực, Phó Giám đốc Sở NN&MT Hòa An, cho biết đã đấu giá 9 mỏ. Theo Phó Giám đốc Sở NN&MT, doanh nghiệp phải nộp đủ tiền.',
    'Theo Phó Giám đốc Sở NN&MT, doanh'),
  // The same title at another body is another post.
  role('Ông Võ Tấn Lực, Phó Giám đốc Sở Y tế Hòa An, cho biết. Theo Phó Giám đốc Sở Tài chính, doanh nghiệp phải nộp đủ tiền.',
    'Phó Giám đốc Sở Tài chính', 'Phó Giám đốc', null, ['Sở Tài chính', 'org-2']),
  none('Thứ trưởng Bộ Y tế Trần Văn Thuấn dự họp. Sau đó, Thứ trưởng Trần Văn Thuấn phát biểu.', 'Sau đó, Thứ trưởng'),
  none('Ông Lý Văn Tâm, Tổng giám đốc Tập đoàn Sao Mai, phát biểu. Tổng giám đốc Tập đoàn Sao Mai cũng cam kết hỗ trợ.',
    'Tổng giám đốc Tập đoàn Sao Mai cũng'),
  // Two people in one post keep their own roles.
  role('Thứ trưởng Bộ Y tế Trần Văn Thuấn dự họp. Thứ trưởng Đỗ Xuân Tuyên chủ trì.',
    'Thứ trưởng Đỗ Xuân Tuyên', 'Thứ trưởng', ['person', 'Đỗ Xuân Tuyên', 'person-2'], null),
  // The first words of a longer title already given with its organization restate it.
  none('HLV trưởng CLB Sao Biển Nha Trang Lê Văn Khải hài lòng. Sau trận, HLV Lê Văn Khải cảm ơn khán giả.', 'Sau trận, HLV'),
  role('HLV trưởng CLB Sao Biển Nha Trang Lê Văn Khải hài lòng. Sau trận, HLV Lê Văn Khải cảm ơn khán giả.',
    'HLV trưởng', 'HLV trưởng', ['person', 'Lê Văn Khải'], ['CLB Sao Biển Nha Trang']),
  // `HLV` abbreviates `Huấn luyện viên`: the abbreviated post of the same holder restates the full one.
  none('Huấn luyện viên trưởng CLB Sao Biển Nha Trang Lê Văn Khải hài lòng. Sau trận, HLV Lê Văn Khải cảm ơn khán giả.', 'Sau trận, HLV'),
  role('Huấn luyện viên CLB Sao Biển Nha Trang Lê Văn Khải hài lòng. Sau trận, HLV Trần Quốc Toản cảm ơn khán giả.',
    'HLV Trần', 'HLV', ['person', 'Trần Quốc Toản', 'person-2'], null),
  // A shorter title of another holder is a role of its own.
  role('HLV trưởng CLB Sao Biển Nha Trang Lê Văn Khải hài lòng. HLV Trần Quốc Toản cảm ơn khán giả.',
    'HLV Trần', 'HLV', ['person', 'Trần Quốc Toản', 'person-2'], null),
  // A club the article names with `CLB`, written without it after a team's post, then the holder or after `của`.
  role('CLB Sông Lam Nghệ An thắng CLB Hà Tĩnh 2-0. HLV trưởng Sông Lam Nghệ An Phạm Văn Quyến hài lòng.',
    'HLV trưởng Sông', 'HLV trưởng', ['person', 'Phạm Văn Quyến'], ['CLB Sông Lam Nghệ An']),
  // A club named for its sponsor bank: the bank's acronym opening it is the club's name, no mention of the bank.
  role('SHB Đà Nẵng thắng Hải Phòng 2-1. HLV Lê Văn Toàn của SHB Đà Nẵng hài lòng với học trò.',
    'HLV Lê', 'HLV', ['person', 'Lê Văn Toàn'], ['SHB Đà Nẵng']),
  role('CLB Sông Lam Nghệ An thắng CLB Hà Tĩnh 2-0. HLV người Hàn Quốc Kim Sang Woo của Hà Tĩnh thừa nhận thua.',
    'HLV người', 'HLV', ['person', 'Kim Sang Woo'], ['CLB Hà Tĩnh', 'org-2']),
];

/**
 * A lower-case head noun after a title (`Giám đốc bệnh viện`, `Hiệu trưởng trường`, `Giám đốc sở`) refers back to
 * the one organization of that kind named before, when the holder is named beside the post.
 */
const HEAD_NOUNS_REFERRING_BACK: CorpusExample<'roles'>[] = [
  role('Bệnh viện Đa khoa tỉnh Phú Thọ tiết kiệm 6 tỷ đồng. Giám đốc bệnh viện, BSCKII Nguyễn Thị Hồng Nhung, cho biết như vậy.',
    'Giám đốc', 'Giám đốc', ['person', 'Nguyễn Thị Hồng Nhung'], ['Bệnh viện Đa khoa tỉnh Phú Thọ']),
  role('Bệnh viện Bạch Mai quá tải. BSCKII Lê Văn Hoa, Phó Giám đốc bệnh viện, cho biết như vậy.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Lê Văn Hoa'], ['Bệnh viện Bạch Mai']),
  role('Trường Đại học Bách khoa Hà Nội tuyển sinh. Hiệu trưởng trường, PGS.TS Huỳnh Quyết Thắng, cho biết chỉ tiêu tăng.',
    'Hiệu trưởng', 'Hiệu trưởng', ['person', 'Huỳnh Quyết Thắng'], ['Trường Đại học Bách khoa Hà Nội']),
  role('Công ty Cổ phần Sông Đà vừa công bố lãi. Tổng giám đốc công ty, ông Trần Văn Hùng, cho biết sẽ chia cổ tức.',
    'Tổng giám đốc', 'Tổng giám đốc', ['person', 'Trần Văn Hùng'], ['Công ty Cổ phần Sông Đà']),
  role('Sở Y tế Hà Nội vừa họp. Giám đốc sở, PGS.TS Trần Văn Chung, chủ trì cuộc họp.',
    'Giám đốc', 'Giám đốc', ['person', 'Trần Văn Chung'], ['Sở Y tế Hà Nội']),
  role('Hội Doanh nghiệp huyện Bình Chánh gửi kiến nghị. Chủ tịch hội, bà Võ Thị Ngọc Trâm, cho biết như vậy.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Võ Thị Ngọc Trâm'], ['Hội Doanh nghiệp huyện Bình Chánh']),
  // The head noun then a verb of saying: the clause goes on, the company is the one named before.
  role('Xe do Công ty TNHH Vận tải Minh Phương quản lý. Ông Đào Văn Lợi - Giám đốc công ty thừa nhận đã chậm bảo dưỡng.',
    'Giám đốc', 'Giám đốc', ['person', 'Đào Văn Lợi'], ['Công ty TNHH Vận tải Minh Phương']),
  role('Bệnh viện Đa khoa Hòa An quá tải. Bà Chu Thị Lan, Giám đốc bệnh viện cho hay sẽ mở thêm khoa.',
    'Giám đốc', 'Giám đốc', ['person', 'Chu Thị Lan'], ['Bệnh viện Đa khoa Hòa An']),
  // A department's head with no department after the title: the department named last before, close by.
  role('Trung tâm gửi trẻ tới Khoa Nhi, Bệnh viện Đa khoa Hòa An, nơi bác sĩ Lê Văn Tâm - Trưởng khoa - khám trực tiếp.',
    'Trưởng khoa', 'Trưởng khoa', ['person', 'Lê Văn Tâm'], ['Khoa Nhi']),
  // A team's head the same way: the team named last before, close by.
  role('Đội Quản lý thị trường số 3 vừa kiểm tra chợ đầu mối. Ông Hà Văn Tú – Đội trưởng – cho biết sẽ xử phạt.',
    'Đội trưởng', 'Đội trưởng', ['person', 'Hà Văn Tú'], ['Đội Quản lý thị trường số 3']),
  // A director's post with the head noun then any other word stays no post of the company named before.
  none('Công ty TNHH Vận tải Minh Phương lỗ. Anh Đào Văn Lợi muốn làm giám đốc công ty thương mại.', 'giám đốc'),
  // A director after the acronym and a branch named by its tier heads the branch, a body of its own.
  role('Ngân hàng Phát triển Việt Nam (VDB) chi nhánh tỉnh Yên Bái đã họp. Bà Lê Thị Thu, Giám đốc VDB chi nhánh tỉnh Yên Bái, cho biết như vậy.',
    'Giám đốc', 'Giám đốc', ['person', 'Lê Thị Thu'], ['Ngân hàng Phát triển Việt Nam chi nhánh tỉnh Yên Bái', 'org-2']),
  role('Chi nhánh Văn phòng Đăng ký đất đai huyện Gia Lâm bị thanh tra. Bà Lê Thị Thu, Phó Giám đốc chi nhánh, cho biết như vậy.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Lê Thị Thu'], ['Chi nhánh Văn phòng Đăng ký đất đai huyện Gia Lâm']),
  // A local body's short form with its kind of place: the body named before (`UBND huyện` for that district's).
  role('UBND huyện Bình Chánh đã thu hồi đất. Bà Nguyễn Thị Kim Phượng, Chủ tịch UBND huyện, cho biết như vậy.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Nguyễn Thị Kim Phượng'], ['UBND huyện Bình Chánh']),
  // A body within the one organization named before, by its kind then the head noun: that organization's union.
  role('Công ty cổ phần Gốm Tân Phong giữ việc làm cho 900 công nhân. Ông Lương Văn Tám, Chủ tịch Công đoàn công ty, đi gặp từng tổ.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Lương Văn Tám'], ['Công đoàn Công ty cổ phần Gốm Tân Phong', 'org-2']),
  role('Trường THPT Phan Bội Châu có 40 đảng viên. Thầy Hồ Văn Lợi, Bí thư Chi bộ trường, cho biết như vậy.',
    'Bí thư', 'Bí thư', ['person', 'Hồ Văn Lợi'], ['Chi bộ Trường THPT Phan Bội Châu', 'org-2']),
  // Nobody holding it: any company's union head.
  none('Công ty cổ phần Gốm Tân Phong giữ việc làm cho công nhân. Chủ tịch Công đoàn công ty phải lo Tết cho công nhân.', 'Chủ tịch'),
  // Two hospitals named before: which one is not said.
  none('Bệnh viện Bạch Mai và Bệnh viện Việt Đức quá tải. Giám đốc bệnh viện, PGS.TS Đào Xuân Cơ, cho biết như vậy.', 'Giám đốc'),
  // None named before: any hospital.
  none('Giám đốc bệnh viện, BSCKII Lê Thị Hoa, cho biết như vậy. Bệnh viện Bạch Mai quá tải.', 'Giám đốc'),
  // Nobody holding the post: a statement about any hospital's director.
  none('Bệnh viện Bạch Mai quá tải. Ông Trần Văn Nam cho rằng giám đốc bệnh viện phải chịu trách nhiệm.', 'giám đốc'),
  // A word after the head noun makes another organization (a private hospital), not the one named.
  role('Bệnh viện Bạch Mai quá tải. Ông Trần Văn Nam, giám đốc bệnh viện tư, cho biết như vậy.',
    'giám đốc', 'giám đốc', ['person', 'Trần Văn Nam'], null),
  none('Dịch Covid-19 làm bệnh viện quá tải. Giám đốc WG1 và Thông tư 12/2023/TT-BKHCN được nhắc tới.', 'Covid-19'),
];

/** Degrees and ranks between a post and its holder: `BSCKII`, `Tiến sĩ`, `Thạc sĩ`, `Kiến trúc sư`, `Đại tá, TS.`. */
const DEGREES_BEFORE_PERSON: CorpusExample<'roles'>[] = [
  role('Phó Giám đốc Sở Y tế, Tiến sĩ Nguyễn Văn An cho biết kế hoạch đã được duyệt.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Nguyễn Văn An'], ['Sở Y tế']),
  role('Trưởng khoa Nhi, BSCKI Lê Thị Mai, cho biết bệnh nhân ổn định.',
    'Trưởng khoa', 'Trưởng khoa', ['person', 'Lê Thị Mai'], ['Khoa Nhi']),
  role('Giám đốc Sở Xây dựng, Kiến trúc sư Trần Văn Hải cho biết quy hoạch sẽ công bố.',
    'Giám đốc', 'Giám đốc', ['person', 'Trần Văn Hải'], ['Sở Xây dựng']),
  role('Giám đốc Công an tỉnh Nghệ An, Đại tá, TS. Phạm Thế Tùng cho biết vụ việc đang được điều tra.',
    'Giám đốc', 'Giám đốc', ['person', 'Phạm Thế Tùng'], ['Công an tỉnh Nghệ An']),
  // A specialist's grade after `BS` and a dot: `BS.CKII`, `BS. CKI`.
  role('Giám đốc Sở Y tế, BS.CKII Lò Thị Hạnh cho biết thuốc đã về đủ.',
    'Giám đốc', 'Giám đốc', ['person', 'Lò Thị Hạnh'], ['Sở Y tế']),
  role('Phó Giám đốc Bệnh viện Đa khoa tỉnh Hòa An, BS. CKI Đinh Văn Tú, cho biết bệnh viện đủ giường.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Đinh Văn Tú'], ['Bệnh viện Đa khoa tỉnh Hòa An']),
  // The grade alone, no name after it: no holder.
  role('Giám đốc Sở Y tế và các BS.CKII của bệnh viện tuyến tỉnh đã họp.',
    'Giám đốc', 'Giám đốc', null, ['Sở Y tế']),
];


/**
 * A deputy's seat between the person and the post (`bà X, đại biểu Quốc hội tỉnh Y, Ủy viên ...`); a title's
 * acronym in brackets before its company's stock code (`Chủ tịch HĐQT (HĐQT) MPT`); a board named by a title (`Ban
 * Giám đốc`) is no post; a research post.
 */
const SEATS_BOARDS_AND_CODES: CorpusExample<'roles'>[] = [
  role('Chúng tôi gặp bà Lê Thị Hoa, đại biểu Quốc hội tỉnh Quảng Ngãi, Ủy viên Ủy ban Pháp luật của Quốc hội.',
    'Ủy viên', 'Ủy viên', ['person', 'Lê Thị Hoa'], ['Ủy ban Pháp luật của Quốc hội', 'org-2']),
  role('Ông Trần Văn Nam, đại biểu Quốc hội khóa XV, Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội, phát biểu.',
    'Phó Chủ nhiệm', 'Phó Chủ nhiệm', ['person', 'Trần Văn Nam'], ['Ủy ban Kinh tế của Quốc hội', 'org-2']),
  role('Ông Trần Văn Nam, Bộ Y tế, Ủy viên Ủy ban Kinh tế của Quốc hội, phát biểu.',
    'Ủy viên', 'Ủy viên', null, ['Ủy ban Kinh tế của Quốc hội', 'org-2']),
  role('Công ty Cổ phần Thép Hưng Long (mã chứng khoán: HLS) vừa họp. Ông Phạm Văn Đức, Chủ tịch Hội đồng quản trị (HĐQT) HLS, cho biết.',
    'Chủ tịch Hội đồng quản trị', 'Chủ tịch Hội đồng quản trị', ['person', 'Phạm Văn Đức'], ['Công ty Cổ phần Thép Hưng Long']),
  none('Ban Giám đốc Công an tỉnh đã chỉ đạo lập chuyên án.', 'Giám đốc'),
  none('Ban Tổng giám đốc công ty trình kế hoạch kinh doanh.', 'Tổng giám đốc'),
  role('ThS. Lê Thị Hồng Vân, nghiên cứu viên Viện Cây ăn quả miền Nam, cho biết.',
    'nghiên cứu viên', 'nghiên cứu viên', ['person', 'Lê Thị Hồng Vân'], ['Viện Cây ăn quả miền Nam']),
  // A teaching post at a university, and its grades.
  role('TS Đinh Quốc Trung, giảng viên Trường Đại học Giao thông vận tải, nhận định cầu vẫn an toàn.',
    'giảng viên', 'giảng viên', ['person', 'Đinh Quốc Trung'], ['Trường Đại học Giao thông vận tải']),
  role('Bà Lý Thanh Mai, giảng viên chính Học viện Ngoại giao, đã dịch cuốn sách.',
    'giảng viên chính', 'giảng viên chính', ['person', 'Lý Thanh Mai'], ['Học viện Ngoại giao']),
  // Teachers counted, no holder: no post.
  none('Học viện Ngoại giao tuyển thêm 25 giảng viên trẻ trong năm nay.', 'giảng viên'),
];

/**
 * Posts that name no organization but sit in one named before: a company's board and supervisory board (the
 * company the article reports on), a judge, a court clerk and a prosecutor (the court or procuracy named before),
 * a deputy minister named after another of the same ministry, and a post the holder was given in full before.
 */
const BODIES_OF_POSTS: CorpusExample<'roles'>[] = [
  role('Công ty cổ phần Thép Hòa Phát Miền Bắc báo lãi tăng mạnh. Bà Trịnh Thu Hà, Trưởng Ban kiểm soát, cho biết nợ vay giảm.',
    'Trưởng Ban kiểm soát', 'Trưởng Ban kiểm soát', ['person', 'Trịnh Thu Hà'], ['Công ty cổ phần Thép Hòa Phát Miền Bắc']),
  role('Công ty cổ phần Nhựa Tiền Phong họp cổ đông. Ông Đỗ Văn Khang, Thành viên HĐQT độc lập, lưu ý rủi ro tỷ giá.',
    'Thành viên HĐQT độc lập', 'Thành viên HĐQT độc lập', ['person', 'Đỗ Văn Khang'], ['Công ty cổ phần Nhựa Tiền Phong']),
  role('Tập đoàn Cao su Phước Hòa vừa bổ nhiệm ông Lại Minh Châu giữ chức Phó Tổng giám đốc từ tháng sau.',
    'Phó Tổng giám đốc', 'Phó Tổng giám đốc', ['person', 'Lại Minh Châu'], ['Tập đoàn Cao su Phước Hòa']),
  role('Bà Mạc Thị Yến, Thành viên Hội đồng quản trị (HĐQT) kiêm Tổng giám đốc Công ty Bao bì Sông Thao, ký hợp đồng mới.',
    'Thành viên Hội đồng quản trị', 'Thành viên Hội đồng quản trị', ['person', 'Mạc Thị Yến'], ['Công ty Bao bì Sông Thao']),
  role('Bà Mạc Thị Yến, Thành viên Hội đồng quản trị (HĐQT) kiêm Tổng giám đốc Công ty Bao bì Sông Thao, ký hợp đồng mới.',
    'Tổng giám đốc', 'Tổng giám đốc', ['person', 'Mạc Thị Yến'], ['Công ty Bao bì Sông Thao']),
  // A group named for the company it owns (`thuộc`): the post is the company's; the group's with no other named.
  role('Tại Công ty TNHH Giày Phú Thịnh Bình Dương (thuộc Tập đoàn Phú Thịnh Footwear), Tổng Giám đốc Trần Văn Khoa cho biết đơn hàng tăng.',
    'Tổng Giám đốc', 'Tổng Giám đốc', ['person', 'Trần Văn Khoa'], ['Công ty TNHH Giày Phú Thịnh Bình Dương']),
  role('Nhà máy ở Bình Dương thuộc Tập đoàn Phú Thịnh Footwear. Tổng Giám đốc Trần Văn Khoa cho biết đơn hàng tăng.',
    'Tổng Giám đốc', 'Tổng Giám đốc', ['person', 'Trần Văn Khoa'], ['Tập đoàn Phú Thịnh Footwear']),
  // No company named before: the post stands alone.
  role('Ông Đỗ Văn Khang, Thành viên HĐQT độc lập, lưu ý rủi ro tỷ giá.',
    'Thành viên HĐQT độc lập', 'Thành viên HĐQT độc lập', ['person', 'Đỗ Văn Khang'], null),
  role('Sáng 3/4, Tòa án nhân dân tỉnh Nam Định mở phiên xử. Chủ tọa là Thẩm phán Vương Thị Hằng.',
    'Thẩm phán', 'Thẩm phán', ['person', 'Vương Thị Hằng'], ['Tòa án nhân dân tỉnh Nam Định']),
  role('Thẩm phán Vương Thị Hằng đọc bản án.',
    'Thẩm phán', 'Thẩm phán', ['person', 'Vương Thị Hằng'], null),
  // A company's officer named by a function only a company has, or a founder: the company named before.
  role('Công ty Cổ phần Phần mềm Sông Lam có 40 nhân sự. Đồng hành với tôi là ThS Lê Thu Hà, Giám đốc Công nghệ, và hai kỹ sư.',
    'Giám đốc Công nghệ', 'Giám đốc Công nghệ', ['person', 'Lê Thu Hà'], ['Công ty Cổ phần Phần mềm Sông Lam']),
  role('Công ty TNHH Nấm sạch Tây Bắc thành lập năm 2019. Anh Lò Văn Tâm, nhà sáng lập, kể về những ngày đầu.',
    'nhà sáng lập', 'nhà sáng lập', ['person', 'Lò Văn Tâm'], ['Công ty TNHH Nấm sạch Tây Bắc']),
  // No company named: the post stands alone.
  role('Anh Lò Văn Tâm, nhà sáng lập, kể về những ngày đầu.',
    'nhà sáng lập', 'nhà sáng lập', ['person', 'Lò Văn Tâm'], null),
  // A supervisory board's head by its short form, and an auditor at the audit firm named after the post.
  role('Công ty Cổ phần Dệt may Hòa Bình họp cổ đông. Bà Vi Thị Lan được bầu làm Trưởng BKS nhiệm kỳ mới.',
    'Trưởng BKS', 'Trưởng BKS', ['person', 'Vi Thị Lan'], ['Công ty Cổ phần Dệt may Hòa Bình']),
  role('BKS gồm ông Hà Văn Tú, kiểm toán viên Công ty TNHH Kiểm toán Phương Nam, và hai cổ đông.',
    'kiểm toán viên', 'kiểm toán viên', ['person', 'Hà Văn Tú'], ['Công ty TNHH Kiểm toán Phương Nam']),
  // The company the headline names, not a partner named since: a company's post with no company written.
  role('Chủ tịch Công ty Cổ phần Xây lắp Thành Nam: Năm nay phải lãi 50 tỷ đồng\nCông ty Cổ phần Xây lắp Thành Nam họp cổ đông. Công ty sẽ liên danh với Tập đoàn Sakura của Nhật Bản. Ông Lê Văn Định, Tổng giám đốc, tiếp tục tham gia HĐQT.',
    'Tổng giám đốc', 'Tổng giám đốc', ['person', 'Lê Văn Định'], ['Công ty Cổ phần Xây lắp Thành Nam']),
  role('Công ty Cổ phần Xây lắp Thành Nam họp cổ đông. Công ty sẽ liên danh với Tập đoàn Sakura của Nhật Bản. Ông Lê Văn Định, Tổng giám đốc, tiếp tục tham gia HĐQT.',
    'Tổng giám đốc', 'Tổng giám đốc', ['person', 'Lê Văn Định'], ['Tập đoàn Sakura', 'org-2']),
  role('Bộ Y tế tổ chức hội nghị. Chủ trì là Thứ trưởng Bộ Y tế Lê Đức Toàn; cùng dự có Thứ trưởng Phan Thị Lụa.',
    'Thứ trưởng Phan', 'Thứ trưởng', ['person', 'Phan Thị Lụa', 'person-2'], ['Bộ Y tế']),
  // Not listed as attending with the first (`cùng dự`): the ministry is not taken.
  role('Thứ trưởng Bộ Y tế Lê Đức Toàn phát biểu. Theo Thứ trưởng Phan Thị Lụa, cần thêm thời gian.',
    'Thứ trưởng Phan', 'Thứ trưởng', ['person', 'Phan Thị Lụa', 'person-2'], null),
  // The same post of the next holder joined by `và` right after the first holder's name: the same ministry.
  role('Thứ trưởng Bộ Tư pháp Hà Văn Khải và Thứ trưởng Mai Thị Loan đồng chủ trì hội nghị.',
    'Thứ trưởng Mai', 'Thứ trưởng', ['person', 'Mai Thị Loan', 'person-2'], ['Bộ Tư pháp']),
  // Another post before `và`: the ministry is not taken.
  role('Bộ trưởng Bộ Tư pháp Hà Văn Khải và Thứ trưởng Mai Thị Loan đồng chủ trì hội nghị.',
    'Thứ trưởng Mai', 'Thứ trưởng', ['person', 'Mai Thị Loan', 'person-2'], null),
  role('Bà Cao Thị Huế, Phó Vụ trưởng phụ trách Vụ Giáo dục Thường xuyên, cho biết kế hoạch đã xong.',
    'Phó Vụ trưởng', 'Phó Vụ trưởng phụ trách', ['person', 'Cao Thị Huế'], ['Vụ Giáo dục Thường xuyên']),
  role('Công ty cổ phần May Sông Hồng bổ nhiệm ông Tạ Văn Hợp làm Phó Tổng giám đốc phụ trách kinh doanh.',
    'Phó Tổng giám đốc', 'Phó Tổng giám đốc', ['person', 'Tạ Văn Hợp'], ['Công ty cổ phần May Sông Hồng']),
  // A chief engineer is a post (at the workshop or plant named after it); a bare engineer is a degree.
  role('Theo ThS Lò Văn Hải, kỹ sư trưởng Phân xưởng Sửa chữa, Công ty Thủy điện Nậm Mu, đợt sửa chữa kéo dài 30 ngày.',
    'kỹ sư trưởng', 'kỹ sư trưởng', ['person', 'Lò Văn Hải'], ['Phân xưởng Sửa chữa']),
  none('Theo kỹ sư Lò Văn Hải của Công ty Thủy điện Nậm Mu, đợt sửa chữa kéo dài 30 ngày.', 'kỹ sư'),
  role('Sau trận đấu, HLV Ngô Văn Tài của CLB Hải Phòng thừa nhận đội còn thiếu kinh nghiệm.',
    'HLV', 'HLV', ['person', 'Ngô Văn Tài'], ['CLB Hải Phòng']),
  // `thuộc` (part of) ties the person to the body as `của` does; two holders of one title joined by `và`, each written
  // with it, both hold the post at the body tied to the second.
  role('Tham gia phiên tòa có Kiểm sát viên Lò Thị Mai thuộc Phòng Thực hành quyền công tố và kiểm sát xét xử phúc thẩm án hình sự.',
    'Kiểm sát viên', 'Kiểm sát viên', ['person', 'Lò Thị Mai'], ['Phòng Thực hành quyền công tố và kiểm sát xét xử phúc thẩm án hình sự']),
  role('Giữ quyền công tố có Kiểm sát viên Hà Văn Dũng và Kiểm sát viên Lò Thị Mai thuộc Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự.',
    'Kiểm sát viên Hà', 'Kiểm sát viên', ['person', 'Hà Văn Dũng'], ['Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự']),
  role('Giữ quyền công tố có Kiểm sát viên Hà Văn Dũng và Kiểm sát viên Lò Thị Mai thuộc Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự.',
    'Kiểm sát viên Lò', 'Kiểm sát viên', ['person', 'Lò Thị Mai', 'person-2'], ['Phòng Thực hành quyền công tố và kiểm sát điều tra án hình sự']),
  // Another title after `và`: the second person's body is not the first's.
  role('Dự phiên tòa có Kiểm sát viên Hà Văn Dũng và Thư ký Lò Thị Mai của Tòa án nhân dân huyện Tân Hòa.',
    'Kiểm sát viên', 'Kiểm sát viên', ['person', 'Hà Văn Dũng'], null),
  role('Tòa án nhân dân tỉnh Hà Nam xử vụ án. Thư ký phiên tòa là bà Đinh Thị Hoa.',
    'Thư ký phiên tòa', 'Thư ký phiên tòa', ['person', 'Đinh Thị Hoa'], ['Tòa án nhân dân tỉnh Hà Nam']),
  role('Theo cáo trạng, bị cáo Ngô Thị H. (SN 1987, trú tại huyện Gia Lâm), Giám đốc Công ty TNHH Hoa Sen Xanh, đã thuê xưởng.',
    'Giám đốc', 'Giám đốc', ['person', 'Ngô Thị H.'], ['Công ty TNHH Hoa Sen Xanh']),
  // A clause, not an age, in the brackets: the person is not the holder.
  role('Ông Trần Văn Bình (người đã tố cáo sự việc với cơ quan chức năng), Giám đốc Công ty Hải Âu, cho biết.',
    'Giám đốc', 'Giám đốc', null, ['Công ty Hải Âu']),
  // The same holder's post, given in full before, is not the body of that kind named last: the restatement is the
  // post already reported (no new role in `Vụ Tổ chức cán bộ`).
  none('Ông Trịnh Văn Sơn, Vụ trưởng Vụ Pháp chế, và bà Hà Thị Loan, Phó Vụ trưởng Vụ Tổ chức cán bộ, dự họp. Vụ trưởng Trịnh Văn Sơn cho biết dự thảo sắp xong.',
    'Vụ trưởng Trịnh'),
  // A deputy's post with no organization, where the article gives the head's post at one body only: that body.
  role('Ông Ngô Văn Phúc, Giám đốc Công ty Cổ phần Cơ khí Đồng Nai, cho biết đơn hàng tăng. Bà Lý Thị Hạnh, Phó Giám đốc phụ trách sản xuất, nói nhà máy chạy ba ca.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Lý Thị Hạnh', 'person-2'], ['Công ty Cổ phần Cơ khí Đồng Nai']),
  // The head's post at two bodies: whose deputy is not told.
  role('Ông Ngô Văn Phúc, Giám đốc Công ty Cổ phần Cơ khí Đồng Nai, và ông Lê Văn Tâm, Giám đốc Sở Công Thương tỉnh Đồng Nai, dự họp. Bà Lý Thị Hạnh, Phó Giám đốc phụ trách sản xuất, nói nhà máy chạy ba ca.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Lý Thị Hạnh', 'person-3'], null),
];

/**
 * The state audit office's posts (`Tổng Kiểm toán` of `Tổng Kiểm toán Nhà nước`, `Kiểm toán trưởng`), a title with
 * its abbreviation in brackets inside it (`Huấn luyện viên (HLV) trưởng`), a delegation's head by its work, a unit
 * set beside its body (read at both levels), a second post after `kiêm` with a head noun referring back, and a
 * deputy head's body named with the head's title.
 */
const AUDIT_COACHES_AND_UNITS: CorpusExample<'roles'>[] = [
  role('Đơn vị hoàn thành 40 cuộc kiểm toán theo kế hoạch được Tổng Kiểm toán Nhà nước giao từ đầu năm.',
    'Tổng Kiểm toán', 'Tổng Kiểm toán', null, ['Kiểm toán Nhà nước']),
  role('Ông Lê Văn Thành, Kiểm toán trưởng Kiểm toán Nhà nước, trả lời phỏng vấn.',
    'Kiểm toán trưởng', 'Kiểm toán trưởng', ['person', 'Lê Văn Thành'], ['Kiểm toán Nhà nước']),
  // Without the body written after it, `Tổng` and the body's first words are no title.
  none('Tổng kiểm toán viên của dự án là 12 người.', 'Tổng kiểm toán'),
  role('Cuối trận, Huấn luyện viên (HLV) trưởng Ngô Thị Thu Hà của CLB Bóng chuyền nữ Thái Bình nói đội đã chơi đúng sức.',
    'Huấn luyện viên (HLV) trưởng', 'Huấn luyện viên trưởng', ['person', 'Ngô Thị Thu Hà'], ['CLB Bóng chuyền nữ Thái Bình']),
  // The brackets hold no abbreviation of the title's words: the title does not go on past them.
  role('Ông Ngô Văn Hà là Huấn luyện viên (HV) trưởng thành từ đội trẻ.',
    'Huấn luyện viên', 'Huấn luyện viên', ['person', 'Ngô Văn Hà'], null),
  role('Theo ông Lò Văn Pấng, Phó Chánh Thanh tra tỉnh, trưởng đoàn thanh tra, dự án chậm 3 năm.',
    'trưởng đoàn thanh tra', 'trưởng đoàn thanh tra', ['person', 'Lò Văn Pấng'], null),
  role('Bà Đào Thị Mai, Trưởng phòng Nhân sự Công ty Cổ phần Dệt Hòa Bình, cho biết lương tăng.',
    'Trưởng phòng Nhân sự', 'Trưởng phòng Nhân sự', ['person', 'Đào Thị Mai'], ['Công ty Cổ phần Dệt Hòa Bình']),
  role('Bà Đào Thị Mai, Trưởng phòng Nhân sự Công ty Cổ phần Dệt Hòa Bình, cho biết lương tăng.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Đào Thị Mai'], ['Phòng Nhân sự', null]),
  // The holder named after the body the unit is part of.
  role('Trưởng phòng Nhân sự Công ty Cổ phần Gạch men Hòa An Nguyễn Thị Lan cho hay công ty tuyển 100 người.',
    'Trưởng phòng Nhân sự', 'Trưởng phòng Nhân sự', ['person', 'Nguyễn Thị Lan'], ['Công ty Cổ phần Gạch men Hòa An']),
  // A local body named with its place after the unit is the unit's parent: the post is read in it too.
  role('Ông Đỗ Văn Tâm, Trưởng phòng Tổng hợp Công an tỉnh Yên Bái, chủ trì buổi họp.',
    'Trưởng phòng Tổng hợp', 'Trưởng phòng Tổng hợp', ['person', 'Đỗ Văn Tâm'], ['Công an tỉnh Yên Bái']),
  role('Trưởng phòng Kinh tế UBND xã Hòa Bình Nguyễn Thị Lan cho hay xã có 100 hộ.',
    'Trưởng phòng Kinh tế', 'Trưởng phòng Kinh tế', ['person', 'Nguyễn Thị Lan'], ['UBND xã Hòa Bình']),
  // With its level alone, the local body is part of the unit's name (`Phòng Cảnh sát giao thông Công an tỉnh`, above).
  role('Trưởng phòng Cảnh sát giao thông Công an tỉnh Nguyễn Văn Tuấn cho biết.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Nguyễn Văn Tuấn'], ['Phòng Cảnh sát giao thông Công an tỉnh', 'org-2']),
  role('Ông Vũ Văn Nam, Trưởng bộ môn Bơi, Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh Nam Định, cho biết đội tập hai buổi.',
    'Trưởng bộ môn Bơi', 'Trưởng bộ môn Bơi', ['person', 'Vũ Văn Nam'], ['Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh Nam Định']),
  // A workshop's owner: `chủ cơ sở` with the workshop named from its `cơ sở`, or alone after the workshop was named.
  role('Ông Lê Văn Sáu, chủ cơ sở gốm Hưng Long, cho biết đơn hàng tăng.',
    'chủ cơ sở', 'chủ cơ sở', ['person', 'Lê Văn Sáu'], ['cơ sở gốm Hưng Long']),
  role('Làng có cơ sở mộc Tân Tiến làm hàng xuất khẩu. Ông Lê Văn Sáu, chủ cơ sở, cho biết đơn hàng tăng.',
    'chủ cơ sở', 'chủ cơ sở', ['person', 'Lê Văn Sáu'], ['cơ sở mộc Tân Tiến']),
  none('Nhiều chủ cơ sở vẫn coi nhẹ công tác phòng cháy.', 'chủ cơ sở'),
  // The body after a comma may have the body it belongs to in brackets after it, then the close.
  role('Ông Vũ Văn Nam, Trưởng phòng Hóa học môi trường, Viện Hóa học (Viện Hàn lâm Khoa học và Công nghệ Việt Nam), cho biết mẫu đã đạt.',
    'Trưởng phòng Hóa học môi trường', 'Trưởng phòng Hóa học môi trường', ['person', 'Vũ Văn Nam'], ['Viện Hóa học']),
  // After a comma, a body that does not close there is another item of a list: the unit alone.
  none('Bà Vũ Thị Lan, Trưởng phòng Kinh doanh, Công ty Cổ phần Sao Mai và đối tác cùng ký hợp đồng.', 'Công ty Cổ phần Sao Mai'),
  role('Bà Mạc Thị Yến, Trưởng ban Bảo hiểm hàng hải của Tổng công ty Cổ phần Bảo hiểm Sông Hàn, cho biết phí tăng.',
    'Trưởng ban Bảo hiểm hàng hải', 'Trưởng ban Bảo hiểm hàng hải', ['person', 'Mạc Thị Yến'], ['Tổng công ty Cổ phần Bảo hiểm Sông Hàn']),
  // A `Ban` of a body other than a company is a body of its own: the post stays at it.
  role('Ông Lê Văn Tú, Trưởng ban Kinh tế của Hội Nông dân tỉnh Hà Giang, cho biết giá tăng.',
    'Trưởng ban', 'Trưởng ban', ['person', 'Lê Văn Tú'], ['Ban Kinh tế', 'org-2']),
  role('Bệnh viện Đa khoa Hòa An có 300 giường. Phóng viên trò chuyện với bác sĩ Lê Văn Khải, Tổng Giám đốc Công ty Cổ phần Y tế Hòa An kiêm Giám đốc bệnh viện.',
    'Giám đốc bệnh viện', 'Giám đốc', ['person', 'Lê Văn Khải'], ['Bệnh viện Đa khoa Hòa An']),
  role('Chúng tôi gặp TS. Hà Thị Vân, Viện trưởng Viện Nghiên cứu Cây thuốc (IMP). Viện đang hợp tác với Viện Hàn lâm Khoa học và Công nghệ Việt Nam. Viện sẽ mở một doanh nghiệp. TS. Đỗ Văn Lâm, Phó Viện trưởng, được giao phụ trách.',
    'Phó Viện trưởng', 'Phó Viện trưởng', ['person', 'Đỗ Văn Lâm', 'person-2'], ['Viện Nghiên cứu Cây thuốc']),
  // A body of the kind named close by in passing, where no one holds a post: the body of the head the article named.
  role('Cô Ngô Thị Lan, Hiệu trưởng Trường THPT Yên Thế, cho biết trường có 40 lớp. Năm nay, 12 giáo viên dự lớp tập huấn do Trường Đại học Sư phạm Hà Nội tổ chức. Thầy Vũ Văn Hào, Phó Hiệu trưởng, phụ trách chung.',
    'Phó Hiệu trưởng', 'Phó Hiệu trưởng', ['person', 'Vũ Văn Hào', 'person-2'], ['Trường THPT Yên Thế']),
  // ... a body of the kind where someone holds a post is the one meant.
  role('Cô Ngô Thị Lan, Hiệu trưởng Trường THPT Yên Thế, cho biết trường có 40 lớp. Thầy Đào Văn Chung, Hiệu trưởng Trường THPT Lục Nam, cho biết trường có 35 lớp. Thầy Vũ Văn Hào, Phó Hiệu trưởng, phụ trách chung.',
    'Phó Hiệu trưởng', 'Phó Hiệu trưởng', ['person', 'Vũ Văn Hào', 'person-3'], ['Trường THPT Lục Nam', 'org-2']),
  // A board's or a team's head with the board or team in lower case: the title runs over it, held at the body after it
  // (or the body of the post before `kiêm`).
  role('Ông Phùng Văn Đạt, Trưởng ban an toàn lao động Công ty Cổ phần Xây lắp Sông Lam, cho biết công trường đã dừng thi công.',
    'Trưởng ban an toàn lao động', 'Trưởng ban an toàn lao động', ['person', 'Phùng Văn Đạt'], ['Công ty Cổ phần Xây lắp Sông Lam']),
  role('Trường THCS Lê Lợi vừa khai giảng. Cô Đặng Thị Huệ, Phó Hiệu trưởng kiêm Tổ trưởng tổ chuyên môn, cho biết trường có 30 lớp.',
    'Tổ trưởng tổ chuyên môn', 'Tổ trưởng tổ chuyên môn', ['person', 'Đặng Thị Huệ'], ['Trường THCS Lê Lợi']),
  // A unit's or a section's head, the unit in lower case, of the body after `của`.
  role('Bà Lý Thu Hằng, Trưởng đơn vị điều phối ghép tạng của Bệnh viện Đa khoa tỉnh Hòa An, cho biết quy trình đã chuẩn.',
    'Trưởng đơn vị điều phối ghép tạng', 'Trưởng đơn vị điều phối ghép tạng', ['person', 'Lý Thu Hằng'], ['Bệnh viện Đa khoa tỉnh Hòa An']),
  // ... not a board's head whose lower-case words close with no body (the post as it was read).
  role('Ông Phùng Văn Đạt, Trưởng ban an toàn, cho biết công trường đã dừng thi công.',
    'Trưởng ban', 'Trưởng ban', ['person', 'Phùng Văn Đạt'], null),
];

/**
 * Appointments: the post given after the one held (`X, Post A, được điều động, bổ nhiệm giữ chức Post B`, `về giữ
 * chức`), a post the subject held said after a clause (`Ông X sinh năm ..., từng giữ chức Y`), a committee's head
 * (`Phó Trưởng Ban` of `Ban Tổ chức Tỉnh ủy`), a deputy in charge (`Phó Giám đốc phụ trách,`) of the body whose head's
 * post was given just before.
 */
const APPOINTMENTS: CorpusExample<'roles'>[] = [
  // Appointed by a body named between (`được Ban Thường vụ Tỉnh ủy điều động làm`): the holder of the posts before.
  role('Ông Lò Văn Dũng, Ủy viên UBND tỉnh Hòa An, Giám đốc Sở Tài chính tỉnh Hòa An, được Ban Thường vụ Tỉnh ủy điều động làm Phó Trưởng Ban Tổ chức Tỉnh ủy Hòa An.',
    'Phó Trưởng Ban', 'Phó Trưởng Ban', ['person', 'Lò Văn Dũng'], ['Ban Tổ chức Tỉnh ủy Hòa An', 'org-4']),
  role('Bà Nông Thị Hiền, Phó Giám đốc Công ty Cổ phần Dệt may Hòa An, vừa được Hội đồng quản trị bổ nhiệm giữ chức Tổng giám đốc.',
    'Tổng giám đốc', 'Tổng giám đốc', ['person', 'Nông Thị Hiền'], ['Công ty Cổ phần Dệt may Hòa An']),
  // Not an act that gives no post (`được Thủ tướng khen thưởng`): the next sentence's post is its own holder's.
  role('Ông Lò Văn Dũng, Giám đốc Sở Tài chính tỉnh Hòa An, được Thủ tướng khen thưởng. Phó Giám đốc Sở là bà Hà Thị Mai.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Hà Thị Mai', 'person-2'], ['Sở Tài chính tỉnh Hòa An']),
  // An act about a post `đối với` (regarding) a person: that person holds it, not the body voting.
  role('Kỳ họp đã thông qua nghị quyết miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Hòa An đối với ông Lưu Văn Khánh và chức danh Ủy viên UBND tỉnh Hòa An đối với bà Đinh Thị Hảo.',
    'Phó Chủ tịch', 'Phó Chủ tịch', ['person', 'Lưu Văn Khánh'], ['UBND tỉnh Hòa An']),
  role('Kỳ họp đã thông qua nghị quyết miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Hòa An đối với ông Lưu Văn Khánh và chức danh Ủy viên UBND tỉnh Hòa An đối với bà Đinh Thị Hảo.',
    'Ủy viên', 'Ủy viên', ['person', 'Đinh Thị Hảo', 'person-2'], ['UBND tỉnh Hòa An']),
  // A holding cue whose subject would be the post's own body: the person of the sentence holds it.
  role('Phát biểu chia tay, ông Lưu Văn Khánh cảm ơn HĐND và UBND tỉnh Hòa An sau 30 năm công tác, trong đó 8 năm giữ cương vị Phó Chủ tịch UBND tỉnh Hòa An.',
    'Phó Chủ tịch', 'Phó Chủ tịch', ['person', 'Lưu Văn Khánh'], ['UBND tỉnh Hòa An']),
  // The holders of a post as a group (`các`, `những`): no one holds it.
  none('Các Phó Chủ tịch HĐND tỉnh Hòa An cùng dự họp.', 'Phó Chủ tịch'),
  none('Dự họp có ông Lưu Văn Khánh, Chủ tịch UBND tỉnh Hòa An cùng các Phó Chủ tịch HĐND tỉnh Hòa An và đại biểu.', 'Phó Chủ tịch'),
  // A count before the title, nobody named: the members of a board as a group.
  none('Đại hội đã bầu 31 ủy viên Ban Chấp hành Hội Nông dân tỉnh Hòa An khóa mới.', 'ủy viên'),
  // The count with the polite classifier of people between (`vị`): the members as a group.
  none('Đại hội thống nhất danh sách 45 vị Ủy viên Ủy ban MTTQ Việt Nam huyện Tân Hòa khóa mới.', 'Ủy viên'),
  // One unnamed holder (`một`, a former one too): no one named holds it.
  none('Người bị kỷ luật là một nguyên Phó Chủ tịch UBND xã Tân Hòa để xảy ra sai phạm.', 'Phó Chủ tịch'),
  none('Đoàn đã làm việc với một Phó Giám đốc Sở Y tế tỉnh Hòa An.', 'Phó Giám đốc'),
  // ... but one holder named after the title holds it.
  role('Đoàn đã làm việc với một Phó Giám đốc Sở Y tế tỉnh Hòa An là ông Lưu Văn Khánh.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Lưu Văn Khánh'], ['Sở Y tế tỉnh Hòa An']),
  // A year (`trong năm`) before a title is no count: the post keeps its body.
  role('Trong năm Chủ tịch UBND tỉnh Hòa An đã ký 20 quyết định xử phạt.',
    'Chủ tịch', 'Chủ tịch', null, ['UBND tỉnh Hòa An']),
  role('Bà Đinh Thị Hạnh, Phó Chánh Thanh tra tỉnh, được điều động, bổ nhiệm giữ chức Phó Giám đốc Sở Công Thương.',
    'Phó Giám đốc Sở Công Thương', 'Phó Giám đốc', ['person', 'Đinh Thị Hạnh'], ['Sở Công Thương', 'org-2']),
  role('Ông Lò Văn Khánh, Bí thư Đảng ủy xã Mường Lạn, được điều động, chỉ định giữ chức Phó Bí thư Huyện ủy Sốp Cộp.',
    'Phó Bí thư Huyện ủy', 'Phó Bí thư', ['person', 'Lò Văn Khánh'], ['Huyện ủy Sốp Cộp', 'org-2']),
  role('Bộ trưởng điều động Trung tá Hà Văn Tâm, Phó Trưởng phòng Tham mưu, về giữ chức Trưởng phòng Hậu cần.',
    'Trưởng phòng Hậu cần', 'Trưởng phòng', ['person', 'Hà Văn Tâm'], ['Phòng Hậu cần', 'org-2']),
  // One act and a comma with no second act: the words after the comma are the clause's, no appointment.
  none('Ông Đào Văn Lộc, Giám đốc Sở Nội vụ, bổ nhiệm, điều hành, kiểm tra theo quy định; Phó Giám đốc phụ trách tổng hợp ý kiến.',
    'Phó Giám đốc phụ trách tổng hợp'),
  role('Bà Hứa Thị Nga, Giám đốc Sở Xây dựng, phát biểu. Ông Tạ Văn Phú sinh năm 1978, quê Hà Nam, từng giữ chức Trưởng phòng Quy hoạch.',
    'Trưởng phòng Quy hoạch', 'Trưởng phòng', ['person', 'Tạ Văn Phú', 'person-2'], ['Phòng Quy hoạch', 'org-2']),
  // No time word before `giữ chức`: whoever was appointed stands elsewhere; the subject is not read as the holder.
  none('Công ty Cổ phần Hải Hà họp cổ đông và giao ông Lưu Văn Mạnh nhiều việc, sau đó giữ chức Giám đốc.', 'Giám đốc'),
  role('Ông Quách Văn Hưng, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, dự hội nghị.',
    'Phó Trưởng Ban', 'Phó Trưởng Ban', ['person', 'Quách Văn Hưng'], ['Ban Tuyên giáo Tỉnh ủy']),
  // An event's organizing committee named by the title's own words keeps them.
  role('Bà Kha Thị Diệu, Trưởng Ban Tổ chức, cho biết lễ hội kéo dài ba ngày.',
    'Trưởng Ban Tổ chức', 'Trưởng Ban Tổ chức', ['person', 'Kha Thị Diệu'], ['Ban Tổ chức']),
  role('Ông Kiều Văn Lâm, Giám đốc Sở Giáo dục và Đào tạo, nghỉ hưu từ tháng 12. Bà Mai Thị Thoa, Phó Giám đốc phụ trách, điều hành sở đến khi có giám đốc mới. Ông Vi Văn Dũng, Giám đốc Sở Tài chính, cùng dự.',
    'Phó Giám đốc phụ trách', 'Phó Giám đốc phụ trách', ['person', 'Mai Thị Thoa', 'person-2'], ['Sở Giáo dục và Đào tạo']),
  // A field after `phụ trách` leaves the title as it was.
  role('Ông Kiều Văn Lâm, Giám đốc Sở Y tế, phát biểu. Bà Mai Thị Thoa, Phó Giám đốc phụ trách chuyên môn, cho biết thêm.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Mai Thị Thoa', 'person-2'], ['Sở Y tế']),
  // A commercial bank and a people's credit fund hold a company's posts; the central bank is no company.
  role('Ngân hàng TMCP Phú Lâm báo lãi quý III tăng 12%. Ông Hồ Văn Đạt, Tổng Giám đốc, cho biết nợ xấu giảm.',
    'Tổng Giám đốc', 'Tổng Giám đốc', ['person', 'Hồ Văn Đạt'], ['Ngân hàng TMCP Phú Lâm']),
  role('Quỹ tín dụng nhân dân xã Tân Phú bị thanh tra. Bị cáo Lâm Thị Hoa (40 tuổi), nguyên Kế toán trưởng, khai nhận hành vi.',
    'Kế toán trưởng', 'Kế toán trưởng', ['person', 'Lâm Thị Hoa'], ['Quỹ tín dụng nhân dân xã Tân Phú']),
  role('Ngân hàng Nhà nước giữ nguyên lãi suất điều hành. Ông Hồ Văn Đạt, Tổng Giám đốc, cho biết nợ xấu giảm.',
    'Tổng Giám đốc', 'Tổng Giám đốc', ['person', 'Hồ Văn Đạt'], null),
];

/**
 * A prison's, a border post's and a station's heads; a mayor at the city's government; a commander at the
 * provincial command; an event's organizing committee, no post.
 */
const HEADS_OF_POSTS_AND_COMMANDS: CorpusExample<'roles'>[] = [
  role('Giám thị Nông Văn Hải cho biết trại có 900 phạm nhân.',
    'Giám thị', 'Giám thị', ['person', 'Nông Văn Hải'], null),
  role('Thiếu tá Lò Văn Tiến, Đồn trưởng Đồn Biên phòng Mường Khoa, cho biết đồn đã bắt 2 vụ.',
    'Đồn trưởng', 'Đồn trưởng', ['person', 'Lò Văn Tiến'], ['Đồn Biên phòng Mường Khoa']),
  // A station is named by its place: `ga` and the place.
  role('Ông Võ Văn Sơn, Trưởng ga Đồng Lê, cho biết ngành đường sắt tăng thêm 16 đoàn tàu.',
    'Trưởng ga', 'Trưởng ga', ['person', 'Võ Văn Sơn'], ['ga Đồng Lê', null]),
  role('Ông Trần Văn Hòa, Phó Trưởng ga, cho biết tàu chạy đúng giờ.',
    'Phó Trưởng ga', 'Phó Trưởng ga', ['person', 'Trần Văn Hòa'], null),
  // A mayor holds the post at the city's government the article names.
  role('UBND tỉnh Lạng Sơn phối hợp với Ủy ban nhân dân thành phố Sùng Tả tổ chức hội chợ. Ông Hoàng Kiến Minh, Phó Thị trưởng thành phố Sùng Tả, đánh giá cao việc hợp tác.',
    'Phó Thị trưởng', 'Phó Thị trưởng', ['person', 'Hoàng Kiến Minh'], ['Ủy ban nhân dân thành phố Sùng Tả', 'org-2']),
  // A commander of a force in a province holds the post at the provincial command (`Bộ Chỉ huy ...`).
  role('Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn tăng cường tuần tra. Đại tá Hoàng Văn Dũng, Chỉ huy trưởng Bộ đội Biên phòng tỉnh, cho biết đã bắt 3 vụ.',
    'Chỉ huy trưởng', 'Chỉ huy trưởng', ['person', 'Hoàng Văn Dũng'], ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn']),
  // The headline's organization is no body a delegation's deputy head holds a post in unless it is a delegation.
  role('Quốc hội bàn dự án luật đất đai sửa đổi\n\nÔng Lê Văn Nam, Phó Trưởng đoàn, cho biết cử tri đồng tình với dự thảo.',
    'Phó Trưởng đoàn', 'Phó Trưởng đoàn', ['person', 'Lê Văn Nam'], null),
  role('Đoàn đại biểu Quốc hội tỉnh Hòa An tiếp xúc cử tri\n\nÔng Lê Văn Nam, Phó Trưởng đoàn, cho biết cử tri đồng tình với dự thảo.',
    'Phó Trưởng đoàn', 'Phó Trưởng đoàn', ['person', 'Lê Văn Nam'], ['Đoàn đại biểu Quốc hội tỉnh Hòa An']),
  // The head of an event's organizing committee holds no post; the party's organization commission is one.
  none('Bà Mai Thị Hồng, Phó Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức lễ hội, cho biết lễ hội kéo dài ba ngày.', 'Trưởng Ban Tổ chức'),
  none('Ông Lê Văn Tâm, Phó Trưởng Ban Tổ chức giải, cho biết có 40 đội tham dự.', 'Phó Trưởng Ban Tổ chức'),
];

/** A second post of one holder after a comma and `kiêm`: `X, Giám đốc Công ty A, kiêm Phó Chủ tịch Hội B`. */
const CONCURRENT_POST_AFTER_COMMA: CorpusExample<'roles'>[] = [
  role('Phóng viên trò chuyện với bà Lê Thị Mai, Giám đốc Công ty TNHH Gốm sứ Bát Tràng, kiêm Phó Chủ tịch Hội Gốm sứ Hà Nội.',
    'Phó Chủ tịch', 'Phó Chủ tịch', ['person', 'Lê Thị Mai'], ['Hội Gốm sứ Hà Nội', 'org-2']),
  role('Ông Trần Văn Hùng, Giám đốc Sở Xây dựng, kiêm Chủ tịch Hội Kiến trúc sư tỉnh, phát biểu.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Trần Văn Hùng'], ['Hội Kiến trúc sư tỉnh', 'org-2']),
  role('Phóng viên trò chuyện với bà Lê Thị Mai, Giám đốc Trung tâm Bảo trợ xã hội tỉnh Hòa An, đồng thời là Phó Chủ tịch Hội Người mù tỉnh Hòa An.',
    'Phó Chủ tịch', 'Phó Chủ tịch', ['person', 'Lê Thị Mai'], ['Hội Người mù tỉnh Hòa An', 'org-2']),
  // A party cell named by its kind alone before the holder's next post: the cell of that post's organization.
  // A local government's body of a kind is the place's of that level (`Đảng ủy xã X`), also where the kind alone
  // would read as a short form of another commune's body named later.
  role('Ông Lò Văn Hạnh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Mường Chà, cho biết Đảng ủy xã Nậm Nèn cũ đã bàn giao hồ sơ. Đảng ủy xã Mường Chà có 30 ủy viên.',
    'Phó Bí thư', 'Phó Bí thư', ['person', 'Lò Văn Hạnh'], ['Đảng ủy xã Mường Chà', 'org-3']),
  role('Ông Lò Văn Hạnh, Bí thư Đảng ủy, Chủ tịch UBND xã Mường Chà, dự lễ.',
    'Bí thư', 'Bí thư', ['person', 'Lò Văn Hạnh'], ['Đảng ủy xã Mường Chà', 'org-2']),
  role('Phóng viên trò chuyện với bác sĩ Cầm Văn Tâm, Bí thư Chi bộ, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Hòa An.',
    'Bí thư', 'Bí thư', ['person', 'Cầm Văn Tâm'], ['Chi bộ Trung tâm Kiểm soát bệnh tật tỉnh Hòa An', 'org-2']),
  role('Phóng viên trò chuyện với bác sĩ Cầm Văn Tâm, Bí thư Chi bộ, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Hòa An.',
    'Giám đốc', 'Giám đốc', ['person', 'Cầm Văn Tâm'], ['Trung tâm Kiểm soát bệnh tật tỉnh Hòa An']),
  // A board member of an association: on the board, and `Ủy viên Ban Chấp hành` in the association.
  role('Phóng viên trao đổi với ông Trần Văn Hùng, Giám đốc Công ty Cổ phần Gạch men Hòa An, Ủy viên Ban Chấp hành Hiệp hội Doanh nghiệp tỉnh Hòa An.',
    'Ủy viên Ban Chấp hành', 'Ủy viên Ban Chấp hành', ['person', 'Trần Văn Hùng'], ['Hiệp hội Doanh nghiệp tỉnh Hòa An', 'org-3']),
  role('Phóng viên trao đổi với ông Trần Văn Hùng, Giám đốc Công ty Cổ phần Gạch men Hòa An, Ủy viên Ban Chấp hành Hiệp hội Doanh nghiệp tỉnh Hòa An.',
    'Ủy viên Ban Chấp hành', 'Ủy viên', ['person', 'Trần Văn Hùng'], ['Ban Chấp hành Hiệp hội Doanh nghiệp tỉnh Hòa An', 'org-2']),
  // The board listed under the body's other name (`Tỉnh ủy` for `Ban Chấp hành Đảng bộ tỉnh`): the body as written.
  role('Ông Lý Văn Sáu, Phó Bí thư Thường trực Tỉnh ủy, dự họp. Bà Lò Thị Hạnh, Ủy viên Ban Chấp hành Đảng bộ tỉnh, tiếp tục giữ chức Chủ tịch Hội Nông dân tỉnh Hòa An.',
    'Ủy viên Ban Chấp hành', 'Ủy viên Ban Chấp hành', ['person', 'Lò Thị Hạnh', 'person-2'], ['Đảng bộ tỉnh', 'org-3']),
  // A board the organizations stage left out of the body's name after the member's title (`Ban Chủ nhiệm`): the
  // member's post at the body, and the holder's next post after the comma.
  role('Luật sư Lê Thị Mai, Ủy viên Ban Chủ nhiệm Đoàn Luật sư tỉnh Hòa An, Giám đốc Công ty Luật TNHH Mai Anh, cho biết hồ sơ đã nộp đủ.',
    'Ủy viên Ban Chủ nhiệm', 'Ủy viên Ban Chủ nhiệm', ['person', 'Lê Thị Mai'], ['Đoàn Luật sư tỉnh Hòa An']),
  role('Luật sư Lê Thị Mai, Ủy viên Ban Chủ nhiệm Đoàn Luật sư tỉnh Hòa An, Giám đốc Công ty Luật TNHH Mai Anh, cho biết hồ sơ đã nộp đủ.',
    'Giám đốc', 'Giám đốc', ['person', 'Lê Thị Mai'], ['Công ty Luật TNHH Mai Anh', 'org-2']),
  // The Party's central committee: a member sits on the committee only, `Trung ương Đảng` being its other name.
  role('Dự hội nghị có ông Lê Văn An, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Hòa An.',
    'Ủy viên Ban Chấp hành', 'Ủy viên', ['person', 'Lê Văn An'], ['Ban Chấp hành Trung ương Đảng']),
  // The board or the cell's kind with no post before it is no role.
  none('Ban Chấp hành Hiệp hội Doanh nghiệp tỉnh Hòa An họp phiên thường kỳ.', 'Ban Chấp hành'),
  none('Chi bộ, chính quyền và Mặt trận thôn cùng ra quân dọn vệ sinh.', 'Chi bộ'),
  // Two people: the second post after a comma, no `kiêm`, with its own holder named after it is theirs.
  role('Ông Trần Văn Hùng, Giám đốc Sở Xây dựng, và Chủ tịch Hội Kiến trúc sư tỉnh Lê Văn Nam cùng dự.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Lê Văn Nam', 'person-2'], ['Hội Kiến trúc sư tỉnh', 'org-2']),
];

/** A contractor's site commander: `Chỉ huy trưởng công trường` is one title, held at the contractor after `của`. */
const SITE_COMMANDERS: CorpusExample<'roles'>[] = [
  role('Ông Trần Văn Hùng, Chỉ huy trưởng công trường của Công ty CP Xây dựng Hòa Bình, cho biết tiến độ đạt 90%.',
    'Chỉ huy trưởng công trường', 'Chỉ huy trưởng công trường', ['person', 'Trần Văn Hùng'], ['Công ty CP Xây dựng Hòa Bình']),
  // Nobody holding it, no contractor named: a statement about any site.
  none('Mỗi gói thầu phải có một chỉ huy trưởng công trường đủ năng lực.', 'chỉ huy trưởng công trường'),
];

/** A village head's village, by its name alone (`Trưởng thôn Tà Rụt` at `Tà Rụt`); not the head's own name. */
const VILLAGE_HEADS: CorpusExample<'roles'>[] = [
  role('Ông Đinh Văn Lực, Trưởng thôn Tà Rụt, cho biết cả thôn góp tiền làm đường.',
    'Trưởng thôn', 'Trưởng thôn', ['person', 'Đinh Văn Lực'], ['Tà Rụt', null]),
  role('Bà Lò Thị Ún, Trưởng bản Nà Khoang, nói bản đã có điện lưới.',
    'Trưởng bản', 'Trưởng bản', ['person', 'Lò Thị Ún'], ['Nà Khoang', null]),
  role('Ông Thạch Sa Rên, trưởng ấp Cà Săng, cho biết ấp có 200 hộ.',
    'trưởng ấp', 'trưởng ấp', ['person', 'Thạch Sa Rên'], ['Cà Săng', null]),
  // A village numbered within a larger one keeps its number, and its kind before the name.
  role('Bà Hà Thị Nguyệt, Trưởng thôn Khe Mạ 3, cho biết cả thôn đã có điện.',
    'Trưởng thôn', 'Trưởng thôn', ['person', 'Hà Thị Nguyệt'], ['thôn Khe Mạ 3', null]),
  // A number after the name with no punctuation after it is no village's.
  none('Trưởng thôn Khe Mạ 3 năm liền được khen.', 'Khe Mạ 3'),
  role('Ông Đinh Văn Lực, Trưởng thôn, cho biết cả thôn góp tiền làm đường.',
    'Trưởng thôn', 'Trưởng thôn', ['person', 'Đinh Văn Lực'], null),
  // The head's own name after the title is no village.
  none('Theo Trưởng bản Lò Văn Pọm, bản có 60 hộ.', 'Trưởng bản'),
];

/** The head's word alone before the body it heads: `Trưởng Thuế tỉnh X`, `Phó Trưởng Thuế tỉnh` (a short form). */
const BARE_HEADS: CorpusExample<'roles'>[] = [
  role('Ông Đoàn Văn Khải, Trưởng Thuế tỉnh Hòa An, cho biết số thu tăng 12%.',
    'Trưởng', 'Trưởng', ['person', 'Đoàn Văn Khải'], ['Thuế tỉnh Hòa An']),
  role('Thuế tỉnh Hòa An tổ chức đối thoại. Bà Mai Thị Thu, Phó Trưởng Thuế tỉnh, giải đáp kiến nghị.',
    'Phó Trưởng', 'Phó Trưởng', ['person', 'Mai Thị Thu'], ['Thuế tỉnh Hòa An']),
  role('Ông Lò Văn Tâm, Phó trưởng Kho bạc Nhà nước khu vực XV, cho biết giải ngân đạt 70%.',
    'Phó trưởng', 'Phó trưởng', ['person', 'Lò Văn Tâm'], ['Kho bạc Nhà nước khu vực XV']),
  // A commune police's deputy head keeps the post's words.
  role('Ông Lê Văn Tám, Phó Trưởng Công an xã Tân Lập, cho biết vụ việc đã được xử lý.',
    'Phó Trưởng Công an', 'Phó Trưởng Công an', ['person', 'Lê Văn Tám'], ['Công an xã Tân Lập']),
  // No body after the word: no post (`Trưởng thành`, a verb; a growth rate).
  none('Trưởng thành từ phong trào Đoàn, ông Lê Văn Tâm nay là cán bộ xã.', 'Trưởng thành'),
  none('Mức tăng trưởng GDP của tỉnh Hòa An đạt 8%.', 'tăng trưởng'),
];

/** A station's head: `Trạm trưởng Trạm Y tế xã X`, `Trưởng Trạm Cứu hộ Y`, `Phó Trạm trưởng`, referred back alone. */
const STATION_HEADS: CorpusExample<'roles'>[] = [
  role('Bác sĩ Lê Thị Hoa, Trạm trưởng Trạm Y tế xã Thạch Kim, chia sẻ về tuyến y tế cơ sở.',
    'Trạm trưởng', 'Trạm trưởng', ['person', 'Lê Thị Hoa'], ['Trạm Y tế xã Thạch Kim']),
  role('Theo ông Lê Văn Bình, Trưởng Trạm Cứu hộ động vật hoang dã Cúc Phương, số cá thể tăng.',
    'Trưởng Trạm', 'Trưởng Trạm', ['person', 'Lê Văn Bình'], ['Trạm Cứu hộ động vật hoang dã Cúc Phương']),
  role('Ông Lê Văn Bình, Phó Trạm trưởng Trạm Kiểm lâm Đà Bắc, cho biết rừng được giữ nguyên.',
    'Phó Trạm trưởng', 'Phó Trạm trưởng', ['person', 'Lê Văn Bình'], ['Trạm Kiểm lâm Đà Bắc']),
  role('Trạm Y tế xã Kỳ Anh có 8 người. Bà Lê Thị Hoa, Trạm trưởng, cho biết trạm thiếu bác sĩ.',
    'Trạm trưởng', 'Trạm trưởng', ['person', 'Lê Thị Hoa'], ['Trạm Y tế xã Kỳ Anh']),
  // Nobody named and no station after the title: no post.
  none('Mỗi trạm trưởng phải trực 24 giờ trong mùa mưa bão.', 'trạm trưởng'),
];

/**
 * A unit's head with the body the unit is part of in brackets (`Trưởng phòng X (Sở Y)`) or after a dash
 * (`Trưởng phòng X - Thống kê tỉnh Y`, the provincial statistics office): the post is read at both levels.
 */
const UNIT_WITH_BODY_IN_BRACKETS_OR_AFTER_DASH: CorpusExample<'roles'>[] = [
  role('Ông Hà Văn Tùng, Trưởng phòng Quản lý công nghiệp (Sở Công Thương), cho biết sẽ hướng dẫn các xã.',
    'Trưởng phòng', 'Trưởng phòng Quản lý công nghiệp', ['person', 'Hà Văn Tùng'], ['Sở Công Thương']),
  role('Ông Hà Văn Tùng, Trưởng phòng Quản lý công nghiệp (Sở Công Thương), cho biết sẽ hướng dẫn các xã.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Hà Văn Tùng'], ['Phòng Quản lý công nghiệp', 'org-2']),
  // The office by its name, whether or not the organizations stage found it (no `ref` asked).
  {
    text: 'Theo bà Lê Thị Lan, Trưởng phòng Thống kê kinh tế - Thống kê tỉnh Phú Yên, có 9 nhóm hàng tăng giá.',
    words: 'Trưởng phòng',
    expected: { title: 'Trưởng phòng Thống kê kinh tế', holder: { kind: 'person', name: 'Lê Thị Lan' }, organization: { name: 'Thống kê tỉnh Phú Yên' } },
  },
  // A bracket that goes on past the body is no body of the unit's.
  none('Ông Hà Văn Tùng, Trưởng phòng Quản lý công nghiệp (Sở Công Thương cùng các xã lập quy hoạch), cho biết thêm.', 'Sở Công Thương'),
];

/** A judging panel named by its kind after a title: `Chủ tịch Ban giám khảo`, `Chủ tịch Hội đồng giám khảo`. */
const JUDGING_PANELS: CorpusExample<'roles'>[] = [
  role('Nhận xét phim dự thi, NSND Lê Văn Hào, Chủ tịch Ban giám khảo, cho rằng phim của người trẻ nhiều hơn.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Lê Văn Hào'], ['Ban giám khảo']),
  role('Bà Trần Thu Hà, Chủ tịch Hội đồng giám khảo cuộc thi, công bố kết quả.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Trần Thu Hà'], ['Hội đồng giám khảo']),
  // The post stated first with `làm` and no body, then with the panel: one role, at the panel.
  role('Ban giám khảo gồm 5 thành viên do NSND Lê Văn Hào làm Chủ tịch. Nhận xét phim dự thi, NSND Lê Văn Hào, Chủ tịch Ban giám khảo, cho rằng phim trẻ nhiều hơn.',
    'Chủ tịch Ban giám khảo', 'Chủ tịch', ['person', 'Lê Văn Hào'], ['Ban giám khảo']),
  none('Ban giám khảo gồm 5 thành viên do NSND Lê Văn Hào làm Chủ tịch. Nhận xét phim dự thi, NSND Lê Văn Hào, Chủ tịch Ban giám khảo, cho rằng phim trẻ nhiều hơn.',
    'làm Chủ tịch'),
  // A council named by its task in lower case after its chair's title, closed by punctuation: the council; the
  // lexicon's `Chủ tịch Hội đồng trường` with no school after it, the chair of that council.
  role('Ông Lê Văn Tùng, Phó Giám đốc Sở Y tế, đồng thời là Chủ tịch Hội đồng quản lý bệnh viện, đã ký quyết định.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Lê Văn Tùng'], ['Hội đồng quản lý bệnh viện', 'org-2']),
  role('Dự lễ có TS Lê Văn Tùng, Hiệu trưởng, và PGS.TS Đào Thị Hoa, Chủ tịch Hội đồng trường.',
    'Chủ tịch', 'Chủ tịch', ['person', 'Đào Thị Hoa', 'person-2'], ['Hội đồng trường']),
  // Not a council whose words run into a clause, nor one named on (the school after it).
  none('Ông Lê Văn Tùng, Chủ tịch Hội đồng quản lý và các thành viên đã họp.', 'Hội đồng quản lý'),
  role('GS.TS Đào Văn Hòa, Chủ tịch Hội đồng trường Trường Đại học Hòa An, phát biểu khai mạc.',
    'Chủ tịch Hội đồng trường', 'Chủ tịch Hội đồng trường', ['person', 'Đào Văn Hòa'], ['Trường Đại học Hòa An']),
  // Judges' work, no post: `giám khảo` after no title.
  none('Ông Lê Văn Hào chấm thi cùng ban giám khảo năm nay.', 'ban giám khảo'),
];

/** A post that heads no unit, held in a department, then the body it is part of: held in both (`giảng viên Khoa X, Trường Y`). */
const STAFF_OF_UNIT_IN_BODY: CorpusExample<'roles'>[] = [
  role('TS. Trịnh Văn Lâm, giảng viên Khoa Hóa học, Trường Đại học Sư phạm Hòa An, cho rằng đề thi vừa sức.',
    'giảng viên', 'giảng viên', ['person', 'Trịnh Văn Lâm'], ['Trường Đại học Sư phạm Hòa An', 'org-2']),
  role('TS. Trịnh Văn Lâm, giảng viên Khoa Hóa học, Trường Đại học Sư phạm Hòa An, cho rằng đề thi vừa sức.',
    'giảng viên', 'giảng viên', ['person', 'Trịnh Văn Lâm'], ['Khoa Hóa học']),
  role('Theo ThS. Đào Thị Hạnh, giảng viên Khoa Luật (Trường Đại học Kinh tế Hòa An), luật mới rõ hơn.',
    'giảng viên', 'giảng viên', ['person', 'Đào Thị Hạnh'], ['Trường Đại học Kinh tế Hòa An', 'org-2']),
  // A body that opens the next clause after the comma is no body of the department's.
  none('TS. Trịnh Văn Lâm, giảng viên Khoa Hóa học, Trường Đại học Sư phạm Hòa An đã cử ông đi học.', 'Trường Đại học Sư phạm Hòa An'),
  // ... but a verb of saying after it has the holder named before as its subject: the body is the unit's.
  role('Ông Lê Văn Tâm, Trưởng phòng Kế hoạch, Sở Tài chính Hòa An cho biết đề án đã trình.',
    'Trưởng phòng', 'Trưởng phòng Kế hoạch', ['person', 'Lê Văn Tâm'], ['Sở Tài chính Hòa An']),
  none('Ông Lê Văn Tâm, Trưởng phòng Kế hoạch, Sở Tài chính Hòa An đã trình đề án.', 'Sở Tài chính Hòa An'),
];

/** A unit's name of up to seven words after its head's title: `Trưởng khoa Nông nghiệp và Tài nguyên thiên nhiên`. */
const LONG_UNIT_NAMES: CorpusExample<'roles'>[] = [
  role('PGS.TS. Lê Thị Hạnh, Trưởng khoa Nông nghiệp và Tài nguyên thiên nhiên, Trường Đại học Hòa An, cho rằng cần đầu tư vào giống.',
    'Trưởng khoa', 'Trưởng khoa', ['person', 'Lê Thị Hạnh'], ['Khoa Nông nghiệp và Tài nguyên thiên nhiên', 'org-2']),
  role('Ông Phan Thanh Tú, Trưởng phòng Quản lý xây dựng công trình, cho biết dự án chậm 3 tháng.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Phan Thanh Tú'], ['Phòng Quản lý xây dựng công trình']),
  // The clause after the name is no part of it.
  role('Ông Phan Thanh Tú, Trưởng phòng Kinh tế cho biết dự án chậm 3 tháng.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Phan Thanh Tú'], ['Phòng Kinh tế']),
  none('Ông Phan Thanh Tú, Trưởng phòng Kinh tế cho biết dự án chậm 3 tháng.', 'cho biết dự án'),
];

/** A unit named alone after its head's title, in an article whose headline names one organization: the unit is its. */
const UNIT_OF_HEADLINE_ORGANIZATION: CorpusExample<'roles'>[] = [
  role('Trường Cao đẳng Kỹ thuật Hòa An khai giảng năm học mới\nSáng 5/9, trường đón 900 tân sinh viên. Theo ThS. Đinh Văn Tú, Trưởng phòng Đào tạo, học phí giữ ổn định.',
    'Trưởng phòng Đào tạo', 'Trưởng phòng Đào tạo', ['person', 'Đinh Văn Tú'], ['Trường Cao đẳng Kỹ thuật Hòa An']),
  role('Trường Cao đẳng Kỹ thuật Hòa An khai giảng năm học mới\nSáng 5/9, trường đón 900 tân sinh viên. Theo ThS. Đinh Văn Tú, Trưởng phòng Đào tạo, học phí giữ ổn định.',
    'Trưởng phòng Đào tạo', 'Trưởng phòng', ['person', 'Đinh Văn Tú'], ['Phòng Đào tạo', 'org-2']),
  // A body named after the unit is the unit's, not the headline's organization.
  role('Trường Cao đẳng Kỹ thuật Hòa An khai giảng năm học mới\nTheo ông Lê Văn Tâm, Trưởng phòng Đào tạo, Sở Giáo dục tỉnh Hòa An, học phí giữ ổn định.',
    'Trưởng phòng Đào tạo', 'Trưởng phòng Đào tạo', ['person', 'Lê Văn Tâm'], ['Sở Giáo dục tỉnh Hòa An', 'org-2']),
  // A faculty or a clinical department (`Khoa`) is a school's or a hospital's: not the unit of a Red Cross society.
  // The unit alone, then `và` and the next person of a list: the unit is the headline organization's too (not where
  // `và` goes on with no person, the unit's name may run on: tests/corpus/roles.test.ts).
  role('Trường Đại học Nông nghiệp Hòa An kỷ niệm 40 năm thành lập\nNhà trường trao quyết định cho PGS.TS Lò Văn Hải, Phó Trưởng khoa Chăn nuôi và TS Hà Thị Mai, Giám đốc Trung tâm Thực hành.',
    'Phó Trưởng khoa Chăn nuôi', 'Phó Trưởng khoa Chăn nuôi', ['person', 'Lò Văn Hải'], ['Trường Đại học Nông nghiệp Hòa An']),
  role('Hội Chữ thập đỏ huyện Tân Hòa phát động hiến máu mùa khô\nTheo BS Lò Thị Mai, Trưởng khoa Xét nghiệm, mỗi lần hiến chỉ mất 15 phút.',
    'Trưởng khoa Xét nghiệm', 'Trưởng khoa', ['person', 'Lò Thị Mai'], ['Khoa Xét nghiệm', 'org-2']),
  role('Bệnh viện Đa khoa huyện Tân Hòa phát động hiến máu mùa khô\nTheo BS Lò Thị Mai, Trưởng khoa Xét nghiệm, mỗi lần hiến chỉ mất 15 phút.',
    'Trưởng khoa Xét nghiệm', 'Trưởng khoa Xét nghiệm', ['person', 'Lò Thị Mai'], ['Bệnh viện Đa khoa huyện Tân Hòa']),
  // Nobody named beside the post: no post at the headline's organization.
  none('Trường Cao đẳng Kỹ thuật Hòa An khai giảng năm học mới\nNhà trường yêu cầu mỗi trưởng phòng đào tạo phải báo cáo hằng tháng.', 'trưởng phòng đào tạo'),
];

/**
 * The head of a traditional performers' guild, `Trưởng phường` (`Phó trưởng phường`), of the guild named by its art
 * and its village: `Trưởng phường rối nước X`.
 */
const GUILD_HEADS: CorpusExample<'roles'>[] = [
  role('Chúng tôi trò chuyện với nghệ nhân Đào Văn Khải, Trưởng phường rối nước Đồng Lạc, sau buổi diễn.',
    'Trưởng phường', 'Trưởng phường', ['person', 'Đào Văn Khải'], ['Phường rối nước Đồng Lạc']),
  role('Ông Nguyễn Văn Tư, Phó trưởng phường chèo Yên Mỹ Hạ, cho biết đoàn đã tập luyện suốt tháng.',
    'Phó trưởng phường', 'Phó trưởng phường', ['person', 'Nguyễn Văn Tư'], ['Phường chèo Yên Mỹ Hạ']),
  // A guild not named by its village, or a ward's name after the words: no guild's head.
  none('Ông Nguyễn Văn Tư, trưởng phường rối nước, cho biết đoàn đã tập luyện.', 'trưởng phường'),
  none('Ông Lê Văn Ba, Trưởng phường Hàng Bạc, dự họp tổ dân phố.', 'Trưởng phường'),
];

/**
 * A unit's political commissar (`Chính trị viên`), at the body a bare kind's word after the title names: of several
 * border posts, the one the headline names; a lower-case `chính trị viên chức` is no post.
 */
const POLITICAL_COMMISSARS: CorpusExample<'roles'>[] = [
  role('Đồn Biên phòng Bản Vược giúp dân dựng nhà. Thiếu tá Lò Văn Phúc, Chính trị viên Đồn Biên phòng Bản Vược, cho biết việc dựng nhà xong trong tháng.',
    'Chính trị viên', 'Chính trị viên', ['person', 'Lò Văn Phúc'], ['Đồn Biên phòng Bản Vược']),
  role('Đồn Biên phòng Bản Vược: Dựng nhà cho dân\nCán bộ Đồn Biên phòng Bản Vược giúp dân. Cán bộ Đồn Biên phòng Pha Long cũng đến hỗ trợ. Thiếu tá Lò Văn Phúc, Chính trị viên Đồn, cho biết việc dựng nhà xong trong tháng.',
    'Chính trị viên', 'Chính trị viên', ['person', 'Lò Văn Phúc'], ['Đồn Biên phòng Bản Vược']),
  none('Sở Nội vụ tỉnh Hà Nam mở lớp nâng cao bản lĩnh chính trị viên chức cho ông Trần Văn Hùng.', 'chính trị viên chức'),
  // The deputy written after the title, as the army writes it: the whole `Chính trị viên phó`, at the unit named after.
  role('Đại úy Vàng A Sử, Chính trị viên phó Đồn Biên phòng Mường Tè, cho biết đồn đã tuần tra 20 lượt.',
    'Chính trị viên phó', 'Chính trị viên phó', ['person', 'Vàng A Sử'], ['Đồn Biên phòng Mường Tè']),
];

/**
 * A post a decision hands to the person after `cho` (`trao quyết định công nhận Hiệu trưởng cho PGS.TS X`); a gift
 * given `cho` someone (no decision before the title) gives no post.
 */
const POSTS_GIVEN_BY_DECISION: CorpusExample<'roles'>[] = [
  role('Ông Lê Văn Hải trao quyết định bổ nhiệm Giám đốc Sở Y tế tỉnh Hà Nam cho ông Trần Văn Tâm.',
    'Giám đốc', 'Giám đốc', ['person', 'Trần Văn Tâm', 'person-2'], ['Sở Y tế tỉnh Hà Nam']),
  role('Trường Đại học Hòa An có hiệu trưởng mới. GS.TS Lâm Văn Quý trao quyết định công nhận Hiệu trưởng cho PGS.TS Đinh Thị Ngọc.',
    'Hiệu trưởng', 'Hiệu trưởng', ['person', 'Đinh Thị Ngọc', 'person-2'], ['Trường Đại học Hòa An']),
  role('Giám đốc Sở Y tế tỉnh Hà Nam trao quà cho ông Trần Văn Tâm.', 'Giám đốc', 'Giám đốc', null, ['Sở Y tế tỉnh Hà Nam']),
];

/**
 * The same post held in charge (`phụ trách`) before what it is given for (`để`), after the post itself: both posts,
 * at the body of the first.
 */
const SAME_POST_IN_CHARGE: CorpusExample<'roles'>[] = [
  role('Trường Cao đẳng Y tế Hòa An có lãnh đạo mới. Hội đồng trường giao TS Lê Văn Quang, Phó Hiệu trưởng, làm Phó Hiệu trưởng phụ trách để điều hành nhà trường.',
    'Phó Hiệu trưởng phụ trách', 'Phó Hiệu trưởng phụ trách', ['person', 'Lê Văn Quang'], ['Trường Cao đẳng Y tế Hòa An']),
  role('Trường Cao đẳng Y tế Hòa An có lãnh đạo mới. Hội đồng trường giao TS Lê Văn Quang, Phó Hiệu trưởng, làm Phó Hiệu trưởng phụ trách để điều hành nhà trường.',
    'Lê Văn Quang, Phó Hiệu trưởng,', 'Phó Hiệu trưởng', ['person', 'Lê Văn Quang'], ['Trường Cao đẳng Y tế Hòa An']),
];

/**
 * Posts once held (`từng là`) by the subject of the sentence, past an organization after a preposition (`tại`,
 * `với`), and the next post after `, rồi` (then); an organization the clause is about holds no such post.
 */
const POSTS_ONCE_HELD: CorpusExample<'roles'>[] = [
  role('Bà Lê Thị Hạnh tốt nghiệp tại Đại học Kyoto, có 20 năm gắn bó với trường, từng là Trưởng khoa Hóa học, rồi Trưởng phòng Đào tạo.',
    'Trưởng khoa', 'Trưởng khoa', ['person', 'Lê Thị Hạnh'], ['Khoa Hóa học', 'org-2']),
  role('Bà Lê Thị Hạnh tốt nghiệp tại Đại học Kyoto, có 20 năm gắn bó với trường, từng là Trưởng khoa Hóa học, rồi Trưởng phòng Đào tạo.',
    'Trưởng phòng', 'Trưởng phòng', ['person', 'Lê Thị Hạnh'], ['Phòng Đào tạo', 'org-3']),
  role('Bà Lê Thị Hạnh khen ngợi Trường Đại học Hòa An, nơi từng là Trưởng khoa Hóa học.',
    'Trưởng khoa', 'Trưởng khoa', null, ['Khoa Hóa học', 'org-2']),
];

/**
 * A council the headline names (`Chủ tịch Hội đồng trường: ...`) for the posts of the article's people: a post a
 * council has (`Thư ký`) at the council, another (`Chánh Văn phòng`) at the body it governs, named after it.
 */
const HEADLINE_COUNCILS: CorpusExample<'roles'>[] = [
  role('Chủ tịch Hội đồng trường: "Tự chủ là con đường tất yếu"\nHội đồng trường Trường Đại học Hòa An đã họp phiên cuối năm. Tôi tin ThS Lê Văn Nam, Chánh Văn phòng, sẽ làm tốt.',
    'Chánh Văn phòng', 'Chánh Văn phòng', ['person', 'Lê Văn Nam'], ['Trường Đại học Hòa An', 'org-2']),
  role('Chủ tịch Hội đồng trường: "Tự chủ là con đường tất yếu"\nHội đồng trường Trường Đại học Hòa An đã họp phiên cuối năm. Tôi tin ThS Lê Văn Nam, Thư ký, sẽ làm tốt.',
    'Thư ký', 'Thư ký', ['person', 'Lê Văn Nam'], ['Hội đồng trường']),
];

/**
 * A post filled by consultation (`được hiệp thương cử giữ chức`, the Fatherland Front's way) or by delegation (`được
 * cử làm`) after the holder's post before it; the deputies listed next (`Các Phó Chủ tịch gồm: ...`) at its body.
 */
const POSTS_BY_CONSULTATION: CorpusExample<'roles'>[] = [
  role('Ủy ban MTTQ Việt Nam tỉnh Hòa An khóa I ra mắt. Bà Lò Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hòa An với 300/310 phiếu. Các Phó Chủ tịch gồm: ông Lý Văn Sáu, nguyên Chủ tịch Hội Nông dân tỉnh; bà Đinh Thị Thu, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh và ông Vi Văn Tám, Chủ tịch Liên đoàn Lao động tỉnh Hòa An.',
    'Chủ tịch Ủy ban MTTQ', 'Chủ tịch', ['person', 'Lò Thị Hạnh'], ['Ủy ban MTTQ Việt Nam tỉnh Hòa An']),
  role('Ủy ban MTTQ Việt Nam tỉnh Hòa An khóa I ra mắt. Bà Lò Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hòa An với 300/310 phiếu. Các Phó Chủ tịch gồm: ông Lý Văn Sáu, nguyên Chủ tịch Hội Nông dân tỉnh; bà Đinh Thị Thu, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh và ông Vi Văn Tám, Chủ tịch Liên đoàn Lao động tỉnh Hòa An.',
    'Phó Chủ tịch gồm', 'Phó Chủ tịch', ['person', 'Vi Văn Tám', 'person-4'], ['Ủy ban MTTQ Việt Nam tỉnh Hòa An']),
  // Consultation with no second verb (`được hiệp thương giữ chức`), the post held again (`tiếp tục`).
  role('Bà Lò Thị Hạnh, Ủy viên Ban Thường vụ Huyện ủy, tiếp tục được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện Tân Hòa nhiệm kỳ mới.',
    'Chủ tịch Ủy ban MTTQ', 'Chủ tịch', ['person', 'Lò Thị Hạnh'], ['Ủy ban MTTQ Việt Nam huyện Tân Hòa', 'org-2']),
  role('Ông Hà Văn Lực, Phó Giám đốc Sở Y tế tỉnh Hòa An, được cử làm Trưởng đoàn công tác của tỉnh.',
    'Trưởng đoàn công tác', 'Trưởng đoàn công tác', ['person', 'Hà Văn Lực'], null),
];

/**
 * The Buddhist Sangha's posts (`Phó Pháp chủ`, `Trưởng Phân ban` heading its `Phân ban`), filled by election or
 * veneration (`được suy cử làm`, `được suy tôn làm`); a deputy's post of the last term (`khóa trước`) before the same
 * holder's head post is held at the body of that head post.
 */
const SANGHA_POSTS: CorpusExample<'roles'>[] = [
  role('Hòa thượng Thích Minh Quang, Phó Pháp chủ Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam, dự lễ.',
    'Phó Pháp chủ', 'Phó Pháp chủ', ['person', 'Thích Minh Quang'], ['Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam']),
  role('Đại hội Phật giáo tỉnh Hòa An thành công. Ni sư Thích Nữ Diệu Tâm được suy cử làm Trưởng Phân ban Ni giới tỉnh.',
    'Trưởng Phân ban', 'Trưởng Phân ban', ['person', 'Thích Nữ Diệu Tâm'], ['Phân ban Ni giới tỉnh']),
  role('Đại hội Phật giáo tỉnh Hòa An thành công. Hòa thượng Thích Minh Quang, Phó Trưởng ban Thường trực khóa trước, được suy cử làm Trưởng ban Trị sự; Thượng tọa Thích Đồng Tuệ làm Phó Trưởng ban Thường trực.',
    'Phó Trưởng ban Thường trực khóa', 'Phó Trưởng ban Thường trực', ['person', 'Thích Minh Quang'], ['Ban Trị sự']),
  role('Đại hội Phật giáo tỉnh Hòa An thành công. Hòa thượng Thích Minh Quang, Phó Trưởng ban Thường trực khóa trước, được suy cử làm Trưởng ban Trị sự; Thượng tọa Thích Đồng Tuệ làm Phó Trưởng ban Thường trực.',
    'Trưởng ban Trị sự', 'Trưởng ban', ['person', 'Thích Minh Quang'], ['Ban Trị sự']),
  role('Ông Hà Văn Lực, Phó Giám đốc, được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Hòa An.',
    'Phó Giám đốc', 'Phó Giám đốc', ['person', 'Hà Văn Lực'], ['Sở Y tế tỉnh Hòa An']),
  // Another post's head after it: no body for the deputy.
  role('Ông Hà Văn Lực, Phó Trưởng ban, được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Hòa An.',
    'Phó Trưởng ban', 'Phó Trưởng ban', ['person', 'Hà Văn Lực'], null),
];

/**
 * A court's or procuracy's rank, then the same holder's next post right after it at such a body (`X, Kiểm sát viên
 * cao cấp, Phó Viện trưởng Viện Kiểm sát A`): the rank is held there; a next post at another kind of body gives none.
 */
const RANK_THEN_NEXT_POST: CorpusExample<'roles'>[] = [
  role('Thực hành quyền công tố có ông Rơ Châm Hòa, Kiểm sát viên cao cấp, Phó Viện trưởng Viện Kiểm sát nhân dân tỉnh Hòa An và bà Lê Thị Vân, Kiểm sát viên trung cấp.',
    'Kiểm sát viên cao cấp', 'Kiểm sát viên cao cấp', ['person', 'Rơ Châm Hòa'], ['Viện Kiểm sát nhân dân tỉnh Hòa An']),
  role('Ông Lê Văn Hòa, Thẩm phán, Giám đốc Sở Y tế tỉnh Hòa An, dự họp.', 'Thẩm phán', 'Thẩm phán', ['person', 'Lê Văn Hòa'], null),
];

/** A unit's name ends before `và` and a person's name (two people listed, no second field). */
const UNIT_BEFORE_NEXT_PERSON: CorpusExample<'roles'>[] = [
  role('Cùng bị truy tố có Võ Đình Tâm (SN 1980), nguyên Trưởng phòng Quản lý môi trường và Nguyễn Thị Mai Hoa (SN 1986), nguyên Phó Trưởng phòng phụ trách Phòng Quản lý môi trường thuộc Sở Nông nghiệp và Môi trường tỉnh Hòa An.',
    'nguyên Trưởng phòng', 'Trưởng phòng', ['person', 'Võ Đình Tâm'], ['Phòng Quản lý môi trường']),
];

/** A list of people each with a post, a post's body followed by its parent in brackets before the next person. */
const LISTED_POSTS_WITH_PARENT_IN_BRACKETS: CorpusExample<'roles'>[] = [
  role('Tại hội nghị, bà Lục Thị Hoa, Phó Cục trưởng Cục Xuất nhập khẩu (Bộ Công Thương), ông Hà Văn Sơn, Phó Cục trưởng Cục Trồng trọt (Bộ Nông nghiệp và Môi trường), đều cho rằng giá sẽ tăng.',
    'Phó Cục trưởng Cục Xuất nhập khẩu', 'Phó Cục trưởng', ['person', 'Lục Thị Hoa'], ['Cục Xuất nhập khẩu']),
  role('Tại hội nghị, bà Lục Thị Hoa, Phó Cục trưởng Cục Xuất nhập khẩu (Bộ Công Thương), ông Hà Văn Sơn, Phó Cục trưởng Cục Trồng trọt (Bộ Nông nghiệp và Môi trường), đều cho rằng giá sẽ tăng.',
    'Phó Cục trưởng Cục Trồng trọt', 'Phó Cục trưởng', ['person', 'Hà Văn Sơn', 'person-2'], ['Cục Trồng trọt', 'org-3']),
];

/** A seat on a party committee written as one word (`Tỉnh ủy viên`), held at the committee the article names. */
const SEATS_ON_PARTY_COMMITTEES: CorpusExample<'roles'>[] = [
  role('Bí thư Tỉnh ủy Hòa An chủ trì hội nghị. Bà Lò Thị Hoa, Tỉnh ủy viên, Giám đốc Sở Y tế, báo cáo tình hình dịch.',
    'Tỉnh ủy viên', 'Tỉnh ủy viên', ['person', 'Lò Thị Hoa'], ['Tỉnh ủy Hòa An']),
  role('Bí thư Tỉnh ủy Hòa An chủ trì hội nghị. Bà Lò Thị Hoa, Tỉnh ủy viên, Giám đốc Sở Y tế, báo cáo tình hình dịch.',
    'Giám đốc', 'Giám đốc', ['person', 'Lò Thị Hoa'], ['Sở Y tế', 'org-2']),
  // A board of the committee named (`Ban Thường vụ Tỉnh ủy`): the committee it is named with.
  role('Dự có ông Hà Văn Dũng, Ủy viên Ban Thường vụ Tỉnh ủy, và bà Lường Thị Mai, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh.',
    'Tỉnh ủy viên', 'Tỉnh ủy viên', ['person', 'Lường Thị Mai', 'person-2'], ['Tỉnh ủy', 'org-3']),
  // No committee of that level named: no post.
  none('Bí thư Đảng ủy xã Tân Lập dự họp. Ông Lò Văn Pánh, Huyện ủy viên, cho biết xã đã chuẩn bị kỹ.', 'Huyện ủy viên'),
];

/**
 * An ambassador and the deputy (`Đại sứ`, `Phó Đại sứ`) hold the post at the embassy the article names: the one
 * named with the title's country, the only one named, or the embassy written by its head alone; none named, none.
 */
const AMBASSADORS_AT_EMBASSIES: CorpusExample<'roles'>[] = [
  role('Dự lễ có ông Kim Tae-ho, Phó Đại sứ Hàn Quốc tại Việt Nam. Đại sứ quán Hàn Quốc tại Việt Nam tài trợ 2 tỷ đồng.',
    'Phó Đại sứ', 'Phó Đại sứ', ['person', 'Kim Tae-ho'], ['Đại sứ quán Hàn Quốc tại Việt Nam']),
  role('Đại sứ quán Việt Nam tại Lào vừa tổ chức hội thảo. Ông Lò Văn Hải, Đại sứ, cho biết bà con ổn định.',
    'Lò Văn Hải, Đại sứ', 'Đại sứ', ['person', 'Lò Văn Hải'], ['Đại sứ quán Việt Nam tại Lào']),
  role('Đại sứ Việt Nam tại Ba Lan Hà Văn Dũng cho biết năm nay Đại sứ quán đã tổ chức ba hội chợ.',
    'Đại sứ', 'Đại sứ', ['person', 'Hà Văn Dũng'], ['Đại sứ quán']),
  // No embassy named: none.
  role('Đại sứ Việt Nam tại Ba Lan Hà Văn Dũng cho biết bà con ổn định.',
    'Đại sứ', 'Đại sứ', ['person', 'Hà Văn Dũng'], null),
  // A campaign's figure named by a lower-case word after the title, no diplomat.
  role('Đại sứ quán Pháp tài trợ lễ hội. Ông Lê Văn Tâm, Đại sứ ẩm thực của lễ hội, giới thiệu món ăn.',
    'Lê Văn Tâm, Đại sứ', 'Đại sứ', ['person', 'Lê Văn Tâm'], null),
];

/**
 * A board's head whose board is named after the title (`Trưởng ban X`), right before the association or the party
 * committee it is part of: an association's board is no body of its own, the post titled with it held at the
 * association; a party committee's board is named with the committee, the post read at both levels.
 */
const BOARDS_OF_ASSOCIATIONS_AND_COMMITTEES: CorpusExample<'roles'>[] = [
  role('Ông Lò Văn Hải, Trưởng ban Truyền thông Hiệp hội Du lịch tỉnh Hòa An, cho biết lượng khách tăng.',
    'Trưởng ban Truyền thông', 'Trưởng ban Truyền thông', ['person', 'Lò Văn Hải'], ['Hiệp hội Du lịch tỉnh Hòa An']),
  // Written by the association's acronym.
  role('Hiệp hội Cà phê Việt Nam (VICOFA) họp báo. Bà Vi Thị Lan, Trưởng ban Thị trường VICOFA, cho biết giá tăng.',
    'Trưởng ban Thị trường', 'Trưởng ban Thị trường', ['person', 'Vi Thị Lan'], ['Hiệp hội Cà phê Việt Nam']),
  role('Bà Hà Thị Mai, Trưởng ban Dân vận Tỉnh ủy Hòa An, dự họp.',
    'Trưởng ban Dân vận', 'Trưởng ban Dân vận', ['person', 'Hà Thị Mai'], ['Tỉnh ủy Hòa An']),
  role('Bà Hà Thị Mai, Trưởng ban Dân vận Tỉnh ủy Hòa An, dự họp.',
    'Trưởng ban Dân vận', 'Trưởng ban', ['person', 'Hà Thị Mai'], ['Ban Dân vận Tỉnh ủy Hòa An', 'org-2']),
  // Kept: the committee after a comma, the board named alone.
  role('Ông Lò Văn Hải, Trưởng ban Dân vận, Tỉnh ủy Hòa An, cho biết.',
    'Trưởng ban Dân vận', 'Trưởng ban', ['person', 'Lò Văn Hải'], ['Ban Dân vận', 'org-2']),
];

/** A minister's rank, then the same holder's post at a committee of a ministry's rank: the rank held there. */
const MINISTER_RANK_AT_COMMITTEE: CorpusExample<'roles'>[] = [
  role('Bà Lò Thị Hoa, Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc, làm việc với tỉnh Hòa An.',
    'Thứ trưởng', 'Thứ trưởng', ['person', 'Lò Thị Hoa'], ['Ủy ban Dân tộc']),
  // Kept: the next post at a body of another kind.
  role('Ông Hà Văn Dũng, Thứ trưởng, Phó Chủ tịch Hội Nông dân Việt Nam, dự lễ.',
    'Thứ trưởng', 'Thứ trưởng', ['person', 'Hà Văn Dũng'], null),
];

/**
 * A member of a standing board named alone (`Ủy viên Ban Thường vụ`), then the holder's next post at a party
 * committee's board: the standing board is that committee's.
 */
const STANDING_BOARD_OF_NEXT_POSTS_COMMITTEE: CorpusExample<'roles'>[] = [
  role('Bà Lò Thị Hoa, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy Hòa An, dự họp.',
    'Ủy viên', 'Ủy viên', ['person', 'Lò Thị Hoa'], ['Ban Thường vụ Tỉnh ủy Hòa An', 'org-3']),
  // Kept: the next post at a body of no party committee.
  role('Bà Lò Thị Hoa, Ủy viên Ban Thường vụ, Chủ tịch Hội Nông dân tỉnh Hòa An, dự họp.',
    'Ủy viên', 'Ủy viên', ['person', 'Lò Thị Hoa'], ['Ban Thường vụ']),
];

/** The chair of a managing council titled with the council, held at the body (as a company's board chair). */
const MANAGING_COUNCIL_CHAIRS: CorpusExample<'roles'>[] = [
  role('Ông Lê Văn Tâm, Chủ tịch Hội đồng quản lý Quỹ Học bổng Sao Mai, trao quà.',
    'Chủ tịch', 'Chủ tịch Hội đồng quản lý', ['person', 'Lê Văn Tâm'], ['Quỹ Học bổng Sao Mai', 'org-2']),
];

export const ROLES_CORPUS: readonly CorpusExample<'roles'>[] = [
  ...STANDING_BOARD_OF_NEXT_POSTS_COMMITTEE,
  ...MANAGING_COUNCIL_CHAIRS,
  ...MINISTER_RANK_AT_COMMITTEE,
  ...BOARDS_OF_ASSOCIATIONS_AND_COMMITTEES,
  ...SEATS_ON_PARTY_COMMITTEES,
  ...AMBASSADORS_AT_EMBASSIES,
  ...LISTED_POSTS_WITH_PARENT_IN_BRACKETS,
  ...RANK_THEN_NEXT_POST,
  ...UNIT_BEFORE_NEXT_PERSON,
  ...SANGHA_POSTS,
  ...POSTS_BY_CONSULTATION,
  ...POLITICAL_COMMISSARS,
  ...POSTS_GIVEN_BY_DECISION,
  ...SAME_POST_IN_CHARGE,
  ...POSTS_ONCE_HELD,
  ...HEADLINE_COUNCILS,
  ...GUILD_HEADS,
  ...UNIT_OF_HEADLINE_ORGANIZATION,
  ...LONG_UNIT_NAMES,
  ...STAFF_OF_UNIT_IN_BODY,
  ...JUDGING_PANELS,
  ...UNIT_WITH_BODY_IN_BRACKETS_OR_AFTER_DASH,
  ...STATION_HEADS,
  ...BARE_HEADS,
  ...VILLAGE_HEADS,
  ...SITE_COMMANDERS,
  ...CONCURRENT_POST_AFTER_COMMA,
  ...HEADS_OF_POSTS_AND_COMMANDS,
  ...APPOINTMENTS,
  ...AUDIT_COACHES_AND_UNITS,
  ...SEATS_BOARDS_AND_CODES,
  ...PERSON_BEFORE,
  ...PERSON_AFTER,
  ...TITLE_AND_PERSON,
  ...ORGANIZATION_OR_PLACE_HOLDERS,
  ...NOBODY_NAMED,
  ...COORDINATION_AND_LISTS,
  ...MORE_TITLES,
  ...ORGANIZATION_BESIDE_PERSON,
  ...BODY_LED_BY_PERSON,
  ...IN_CHARGE_OF_FIELD,
  ...DELEGATION_LED_BY,
  ...UNIT_UNDER_BODY,
  ...POSTS_LISTED_AFTER_SHORT_NAME,
  ...SPEAKER_LABEL_BEFORE_TITLE,
  ...REPRESENTED_BEFORE_PERSON,
  ...JUDGE_WITH_COURT_POST,
  ...HOLDER_WITH_AGE,
  ...SHORT_FORMS,
  ...TITLE_UNITS,
  ...POSTS_ABROAD,
  ...RESTATEMENTS,
  ...HOLDING_VERBS,
  ...RANKS_BEFORE_PERSON,
  ...RANK_BETWEEN_PERSON_AND_POST,
  ...TERM_BEFORE_NEXT_POST,
  ...UNITS_BY_AREA_OR_ACRONYM,
  ...LOCAL_BODIES,
  ...ON_BEHALF_OF,
  ...MORE_UNITS_AND_POSTS,
  ...UNMARKED_BODIES,
  ...RESPECTIVELY,
  ...HEAD_NOUNS_REFERRING_BACK,
  ...DEGREES_BEFORE_PERSON,
  ...BODIES_OF_POSTS,
  ...NEGATIVES,
];

/**
 * Bodies only a post names, listed as organizations (extractors/roles/bodies.ts): a unit a head's title names, a
 * local cell after its post; not a firm's department, not a village named by its head's title, not a body listed
 * already under the longer name it stands for. Run as organizations examples by tests/corpus/roles.test.ts.
 */
export const ROLE_BODIES_CORPUS: readonly CorpusExample<'organizations'>[] = [
  // A unit whose short form (its kind's word and acronym) follows in brackets is the body listed by that short form.
  {
    text: 'Ông Phạm Văn Long, Trưởng phòng Kế hoạch - Tài chính (Phòng KH-TC), cho biết nguồn vốn đã đủ.',
    words: 'Kế hoạch - Tài chính',
    expected: null,
  },
  {
    text: 'Bác sĩ Trần Minh Khôi, Trưởng khoa Hồi sức tích cực Bệnh viện Đa khoa tỉnh Hà Nam, cho biết ca bệnh đã ổn định.',
    words: 'khoa Hồi sức tích cực',
    expected: { name: 'Khoa Hồi sức tích cực', acronym: null, mentions: [{ text: 'Hồi sức tích cực' }] },
  },
  {
    text: 'Bà Ngô Thị Hạnh, Trưởng phòng Nghiệp vụ Y, Sở Y tế tỉnh Hà Nam, cho biết đợt kiểm tra sẽ kéo dài hai tuần.',
    words: 'phòng Nghiệp vụ Y',
    expected: { name: 'Phòng Nghiệp vụ Y', acronym: null },
  },
  {
    text: 'Anh Vàng A Sử, Bí thư Chi đoàn thôn Nậm Cang, dẫn đoàn thanh niên đi trồng cây.',
    words: 'Chi đoàn thôn Nậm Cang',
    expected: { name: 'Chi đoàn thôn Nậm Cang', acronym: null },
  },
  // One body named in two posts is one organization with both mentions.
  {
    text: 'PGS.TS Lê Văn Hải, Trưởng khoa Nông học, cho biết khoa tuyển 120 sinh viên. Bà Đinh Thị Lụa, Phó Trưởng khoa Nông học, nói thêm.',
    words: 'Phó Trưởng khoa Nông học',
    expected: { name: 'Khoa Nông học', mentions: [{ text: 'Nông học' }, { text: 'Nông học' }] },
  },
  // A firm's department, after the firm's name or `của công ty`.
  { text: 'Bà Phan Thu Trang, Trưởng phòng Kinh doanh Công ty CP Thực phẩm Hồng Hà, cho biết đơn hàng tăng.', words: 'phòng Kinh doanh', expected: null },
  { text: 'Bà Đỗ Thị Mai, Trưởng phòng Marketing của công ty, cho biết sản phẩm mới sẽ ra mắt.', words: 'phòng Marketing', expected: null },
  { text: 'Ông Vũ Đức Long, Trưởng phòng Phân tích, Công ty Chứng khoán Sông Hồng, nhận định thị trường còn biến động.', words: 'phòng Phân tích', expected: null },
  // A council a chair's title names in lower case.
  {
    text: 'Ông Lê Văn Tùng, Phó Giám đốc Sở Y tế, đồng thời là Chủ tịch Hội đồng quản lý bệnh viện, đã ký quyết định.',
    words: 'Hội đồng quản lý bệnh viện',
    expected: { name: 'Hội đồng quản lý bệnh viện', acronym: null, mentions: [{ text: 'Hội đồng quản lý bệnh viện' }] },
  },
  // A village named by its head's title is a place; a local body and its level alone name no one body.
  { text: 'Ông Hờ A Lử, Trưởng bản Pá Khoang, cho biết cả bản đã có điện.', words: 'Pá Khoang', expected: null },
  { text: 'Ông Trần Văn Hai, Phó Giám đốc Bảo hiểm xã hội huyện, cho biết số người tham gia tăng.', words: 'Bảo hiểm xã hội huyện', expected: null },
  // Unless the same sentence named before it a listed local body of that level with its place, one place only: the
  // body is that place's; not a body of another level (`thị xã`), nor across a sentence.
  {
    text: 'Ông Giàng A Sử, Chủ tịch UBND xã Pà Vi, và bà Lò Thị Mai, Bí thư Đảng ủy xã, đã đến từng nhà vận động.',
    words: 'Đảng ủy xã',
    expected: { name: 'Đảng ủy xã Pà Vi', mentions: [{ text: 'Đảng ủy xã' }] },
  },
  { text: 'Ông Giàng A Páo, Chủ tịch UBND thị xã Mường Lay, và bà Lò Thị Hoa, Bí thư Đảng ủy xã, đã cùng đi.', words: 'Đảng ủy xã', expected: null },
  { text: 'UBND xã Pà Vi đã họp. Bà Lò Thị Mai, Bí thư Đảng ủy xã, cho biết thêm.', words: 'Đảng ủy xã', expected: null },
  // A unit's parent the organizations stage named with its place is no part of the unit's name.
  {
    text: 'Ông Đỗ Văn Tâm, Trưởng phòng Tổng hợp Công an tỉnh Yên Bái, chủ trì buổi họp.',
    words: 'Tổng hợp',
    expected: { name: 'Phòng Tổng hợp', mentions: [{ text: 'Tổng hợp' }] },
  },
  // A department the title carries, said to be part of (`thuộc`) or of (`của`) the listed body after it.
  {
    text: 'Quỹ Phát triển đất tỉnh Hà Nam giải ngân sớm. Bà Lương Thu Hằng, Trưởng phòng Thẩm định dự án của Quỹ, cho biết hồ sơ đã đủ.',
    words: 'Thẩm định dự án',
    expected: { name: 'Phòng Thẩm định dự án', mentions: [{ text: 'Thẩm định dự án' }] },
  },
  {
    text: 'Viện Nghiên cứu Rau quả vừa công bố giống mới. Ông Đặng Văn Tùng, Trưởng phòng Chọn tạo giống của viện, cho biết giống cho năng suất cao.',
    words: 'Chọn tạo giống',
    expected: { name: 'Phòng Chọn tạo giống' },
  },
  // Not after a comma, where the title alone carries it, nor a firm's department after `của`.
  {
    text: 'Bà Trịnh Thu Vân, Trưởng phòng Chăm sóc khách hàng của Công ty CP Nước sạch Hà Nam, cho biết lịch cắt nước.',
    words: 'Chăm sóc khách hàng',
    expected: null,
  },
  {
    text: 'Bà Lương Thu Hằng, Trưởng phòng Thẩm định dự án thuộc Quỹ Phát triển đất tỉnh Hà Nam, cho biết hồ sơ đã đủ.',
    words: 'Thẩm định dự án',
    expected: { name: 'Phòng Thẩm định dự án', mentions: [{ text: 'Thẩm định dự án' }] },
  },
  {
    text: 'Ông Cao Văn Lực, Phó Trưởng phòng Quản lý đất đai thuộc Sở Nông nghiệp và Môi trường tỉnh Hà Nam, cho biết hồ sơ đã đủ.',
    words: 'Quản lý đất đai',
    expected: { name: 'Phòng Quản lý đất đai' },
  },
  // Not a firm's department written so.
  {
    text: 'Bà Trịnh Thu Vân, Trưởng phòng Chăm sóc khách hàng thuộc Công ty CP Nước sạch Hà Nam, cho biết lịch cắt nước.',
    words: 'Chăm sóc khách hàng',
    expected: null,
  },
  // With its level alone, the parent is part of it.
  {
    text: 'Trung tá Lê Văn Hòa, Trưởng phòng Cảnh sát giao thông Công an tỉnh, cho biết lực lượng đã ra quân.',
    words: 'Cảnh sát giao thông',
    expected: { name: 'Phòng Cảnh sát giao thông Công an tỉnh' },
  },
];
