// Synthetic article dumps for the batch tests and the bench: Vietnamese interviews and news reports written for
// the project (a template of our own words), names, numbers and dates varied by a seeded generator, lengths
// from about 1 to 20 KB. Deterministic: the same seed gives the same dump.

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Quốc', 'Thanh', 'Hữu', 'Ngọc', 'Đức'];
const GIVEN = ['Hùng', 'Lan', 'Dũng', 'Hương', 'Tuấn', 'Mai', 'Sơn', 'Hà', 'Phong', 'Thảo', 'Khoa', 'Yến'];
const ORGS = [
  ['Sở Khoa học và Công nghệ', 'Sở KH&CN'],
  ['Hiệp hội Doanh nghiệp nhỏ và vừa', 'Hiệp hội'],
  ['Viện Nghiên cứu Nông nghiệp', 'Viện'],
  ['Trung tâm Kiểm định Chất lượng', 'Trung tâm'],
  ['Tổng công ty Điện lực miền Trung', 'Tổng công ty'],
];
const POSTS = ['Giám đốc', 'Phó Giám đốc', 'Chủ tịch', 'Viện trưởng', 'Trưởng phòng'];
const TOPICS = ['chuyển đổi số', 'năng suất lao động', 'nước sạch nông thôn', 'xuất khẩu nông sản', 'đào tạo nghề'];
const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];

/** mulberry32: a small seeded generator, so dumps are the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function int(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export interface SyntheticArticle {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly content: string;
}

/** One article of roughly `targetBytes` (UTF-8). Interviews most of the time, a plain report otherwise. */
export function syntheticArticle(random: () => number, index: number, targetBytes: number): SyntheticArticle {
  const person = `${pick(random, FAMILY)} ${pick(random, MIDDLE)} ${pick(random, GIVEN)}`;
  const [orgName, orgShort] = pick(random, ORGS) as string[];
  const post = pick(random, POSTS);
  const topic = pick(random, TOPICS);
  const year = int(random, 2015, 2024);
  const month = int(random, 1, 12);
  const day = int(random, 1, 28);
  const hour = int(random, 6, 22);
  const minute = int(random, 0, 59);
  const percent = int(random, 3, 95);
  const money = `${int(random, 1, 9)},${int(random, 1, 9)} tỷ đồng`;
  const count = int(random, 2, 900);
  const title = `${post} ${orgShort}: Đẩy mạnh ${topic} trong năm ${year}`;
  const honorific = person.includes(' Thị ') ? 'bà' : 'ông';
  const lines: string[] = [
    title,
    `${pick(random, WEEKDAYS)}, ${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')} (GMT+7)`,
    `(Bài số ${index + 1}) Năm ${year}, ${orgName} đặt mục tiêu nâng tỷ lệ ${topic} lên ${percent}%. Phóng viên đã trò chuyện với ${honorific} ${person}, ${post} ${orgName}.`,
  ];
  const interview = random() < 0.8;
  // The closing lines, counted in the size from the start.
  const closing = [...(interview ? [`Xin cảm ơn ${honorific}!`] : []), `${pick(random, GIVEN)} ${pick(random, GIVEN)}`];
  let question = 0;
  // Rounds of lines are added until the article reaches its size; the last round is taken back when that leaves the
  // article nearer its size, so that sizes center on the target rather than overshoot it by half a round (~250 bytes).
  let bytes = Buffer.byteLength([...lines, ...closing].join('\n'));
  let lastRound = { lines: 0, bytes: 0 };
  while (bytes < targetBytes) {
    const before = { lines: lines.length, bytes };
    question += 1;
    if (interview) {
      lines.push(`Thưa ${honorific}, kết quả ${topic} của đơn vị trong quý ${int(random, 1, 4)} vừa qua ra sao?`);
      lines.push(
        `Trong ${int(random, 2, 11)} tháng đầu năm, chúng tôi đã hỗ trợ ${count + question} doanh nghiệp với tổng kinh phí khoảng ${money}. ` +
          `Ngày ${int(random, 1, 28)}/${int(random, 1, 12)} tới, ${orgShort} sẽ tổ chức hội thảo lần thứ ${question} để tổng kết.`,
      );
      lines.push(
        `Tỷ lệ doanh nghiệp hài lòng đạt ${int(random, 40, 99)}%, tăng hơn ${int(random, 2, 30)} điểm so với năm ${year - 1}. ` +
          `Đó là nỗ lực của hơn ${int(random, 10, 400)} cán bộ trong suốt ${int(random, 2, 30)} năm qua.`,
      );
    } else {
      lines.push(
        `Theo báo cáo của ${orgName}, đến cuối tháng ${int(random, 1, 12)}/${year} có ${count + question} hộ gia đình được hưởng lợi, ` +
          `vốn đầu tư đạt ${money}, tăng ${int(random, 1, 40)}% so với cùng kỳ.`,
      );
    }
    for (let line = before.lines; line < lines.length; line += 1) bytes += 1 + Buffer.byteLength(lines[line] as string);
    lastRound = { lines: lines.length - before.lines, bytes: bytes - before.bytes };
  }
  if (question > 1 && bytes - targetBytes > lastRound.bytes / 2) lines.length -= lastRound.lines;
  lines.push(...closing);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`;
  return { id: `synthetic-${index}`, title, date, content: lines.join('\n') };
}

/** A JSONL line for the article. */
export function syntheticLine(article: SyntheticArticle): string {
  return JSON.stringify({ id: article.id, title: article.title, publishedAt: article.date, content: article.content });
}

/** `count` lines; sizes spread uniformly over [minBytes, maxBytes]. */
export function* syntheticLines(count: number, seed: number, minBytes = 1000, maxBytes = 20_000): Generator<string> {
  const random = seededRandom(seed);
  for (let index = 0; index < count; index += 1) {
    yield syntheticLine(syntheticArticle(random, index, int(random, minBytes, maxBytes)));
  }
}
