// Family names that start a person's name where another name would otherwise run on into it: an organization's
// (`UBND huyện Lò Văn Hùng`, `Bộ Tài chính Hồ Đức Phớc`) or a place's (`xã Tân Phú Nguyễn Văn Cường`). Shared by
// the organizations stage and the places gazetteer; the people stage reads a longer list (people/lexicon.ts) that
// adds family names too common as words or names of things to cut another name at (`Hoa`, `Hồng`, `Nông`).
import { foldKey } from './vietnamese.js';

/** The common Kinh family names, then those of the peoples of the northern mountains (Thái, Tày, Hmông, Dao). */
export const CUTTING_FAMILY_NAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương',
  'Lý', 'Hà', 'Đào', 'Đoàn', 'Đinh', 'Lương', 'Lưu', 'Trịnh', 'Trương', 'Mai', 'Cao', 'Lâm', 'Phùng', 'Tô', 'Tạ',
  'Quách', 'Triệu', 'Thái', 'Văn', 'Vương', 'Kiều', 'Chu', 'Hứa', 'Tăng', 'Lại', 'Nghiêm', 'Khúc', 'Doãn', 'Mạc',
  'Châu', 'Tôn', 'Thân', 'Giang', 'La', 'Kim', 'Từ', 'Âu', 'Diệp', 'Quan', 'Thạch', 'Lục', 'Ông', 'Bạch', 'Vi',
  // Thái, Tày and Nùng (`Lò Văn Mừng`, `Lô Thị Xuyến`, `Cầm Bá Xuân`), Hmông and Dao (`Giàng A Pao`, `Sùng Thị Mỷ`,
  // `Tẩn Láo Lở`).
  'Lò', 'Lô', 'Lường', 'Quàng', 'Cầm', 'Điêu', 'Tòng', 'Hầu', 'Bế', 'Giàng', 'Sùng', 'Thào', 'Lầu', 'Vàng', 'Sình', 'Tẩn',
  'Chảo',
] as const;

const CUTTING_FAMILY_NAME_KEYS: ReadonlySet<string> = new Set(CUTTING_FAMILY_NAMES.map(foldKey));

/** True for a family name of the cutting list, by its folded key (`nguyễn`, `lò`). */
export function isCuttingFamilyName(key: string): boolean {
  return CUTTING_FAMILY_NAME_KEYS.has(key);
}

