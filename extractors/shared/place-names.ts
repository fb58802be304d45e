// The names in the places gazetteer (extractors/shared/places.ts): countries and regions as Vietnamese writes
// them, Việt Nam's provinces and big cities with their usual short forms, cities abroad that news names.
export const COUNTRIES = [
  'Việt Nam', 'Nhật Bản', 'Nhật', 'Hàn Quốc', 'Triều Tiên', 'Bắc Triều Tiên', 'Trung Quốc', 'Đài Loan', 'Hồng Kông',
  'Ma Cao', 'Mông Cổ', 'Mỹ', 'Hoa Kỳ', 'Canada', 'Mexico', 'Cuba', 'Brazil', 'Argentina', 'Chile', 'Peru',
  'Colombia', 'Venezuela', 'Anh', 'Vương quốc Anh', 'Pháp', 'Đức', 'Nga', 'Liên bang Nga', 'Ý', 'Italy', 'Italia',
  'Tây Ban Nha', 'Bồ Đào Nha', 'Hà Lan', 'Bỉ', 'Luxembourg', 'Thụy Sĩ', 'Thụy Điển', 'Na Uy', 'Đan Mạch', 'Phần Lan',
  'Iceland', 'Ireland', 'Áo', 'Ba Lan', 'Séc', 'Cộng hòa Séc', 'Slovakia', 'Hungary', 'Romania', 'Bulgaria',
  'Ukraine', 'Belarus', 'Hy Lạp', 'Thổ Nhĩ Kỳ', 'Serbia', 'Croatia', 'Ấn Độ', 'Pakistan', 'Bangladesh', 'Sri Lanka',
  'Nepal', 'Bhutan', 'Thái Lan', 'Lào', 'Campuchia', 'Myanmar', 'Malaysia', 'Singapore', 'Indonesia', 'Philippines',
  'Brunei', 'Đông Timor', 'Timor-Leste', 'Úc', 'Australia', 'New Zealand', 'Fiji', 'Papua New Guinea', 'Ai Cập',
  'Nam Phi', 'Nigeria', 'Kenya', 'Ethiopia', 'Maroc', 'Algeria', 'Angola', 'Mozambique', 'Israel', 'Palestine',
  'Iran', 'Iraq', 'Syria', 'Jordan', 'Liban', 'Ả Rập Xê Út', 'Saudi Arabia', 'Qatar', 'Kuwait', 'Oman',
  'Các Tiểu vương quốc Ả Rập Thống nhất', 'Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Afghanistan',
  // Countries many foreign players of the V.League come from.
  'Senegal', 'Cameroon', 'Ghana', 'Bờ Biển Ngà', 'Mali', 'Tunisia', 'Congo', 'Uruguay', 'Paraguay', 'Ecuador',
  'Costa Rica', 'Jamaica', 'Haiti', 'Montenegro', 'Slovenia',
];

export const PROVINCES = [
  'An Giang', 'Bà Rịa – Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre',
  'Bình Định', 'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cần Thơ', 'Cao Bằng', 'Đà Nẵng', 'Đắk Lắk',
  'Đắc Lắc', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh',
  'Hải Dương', 'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu',
  'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ',
  'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh',
  'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Thừa Thiên – Huế', 'Thừa Thiên - Huế', 'Tiền Giang',
  'Hồ Chí Minh', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

export const CITIES = [
  'TP.HCM', 'TPHCM', 'TP HCM', 'TP. HCM', 'HCM', 'HCMC', 'Sài Gòn', 'Huế', 'Vũng Tàu', 'Nha Trang', 'Đà Lạt',
  'Hạ Long', 'Phú Quốc', 'Biên Hòa', 'Thủ Đức', 'Buôn Ma Thuột', 'Quy Nhơn', 'Hội An', 'Sa Pa', 'Móng Cái',
  // Provinces' (former) capitals that trade bodies and products are still named for (`Hội Nước mắm Phan Thiết`).
  'Phan Thiết', 'Phan Rang', 'Cao Lãnh', 'Mỹ Tho', 'Rạch Giá', 'Long Xuyên', 'Tam Kỳ', 'Đồng Hới', 'Tuy Hòa', 'Việt Trì',
  'Tokyo', 'Osaka', 'Seoul', 'Bắc Kinh', 'Thượng Hải', 'Quảng Châu', 'Thâm Quyến', 'Đài Bắc', 'Băng Cốc', 'Bangkok',
  'Viêng Chăn', 'Phnôm Pênh', 'Phnom Penh', 'Jakarta', 'Kuala Lumpur', 'Manila', 'Washington', 'New York',
  'London', 'Paris', 'Berlin', 'Moskva', 'Matxcơva', 'Brussels', 'Geneva', 'Genève', 'Sydney', 'Canberra',
];

export const REGIONS = [
  'châu Á', 'châu Âu', 'châu Phi', 'châu Mỹ', 'châu Úc', 'châu Đại Dương', 'châu Á – Thái Bình Dương',
  'châu Á - Thái Bình Dương', 'châu Á-Thái Bình Dương', 'Á – Âu', 'Á - Âu', 'Âu – Á', 'Đông Nam Á', 'Đông Á',
  'Nam Á', 'Trung Á', 'Tây Á', 'Bắc Á', 'Trung Đông', 'Bắc Phi', 'Nam Phi', 'Tây Phi', 'Đông Phi', 'Tây Âu',
  'Đông Âu', 'Bắc Âu', 'Nam Âu', 'Trung Âu', 'Bắc Mỹ', 'Nam Mỹ', 'Trung Mỹ', 'Mỹ Latinh', 'Mỹ La-tinh',
  'Thái Bình Dương', 'Đại Tây Dương', 'Ấn Độ Dương', 'Bắc Cực', 'Nam Cực', 'Biển Đông', 'Hoàng Sa', 'Trường Sa',
  'Đồng bằng sông Cửu Long', 'Đồng bằng sông Hồng', 'Tây Nguyên', 'Tây Bắc', 'Đông Bắc', 'Bắc Bộ', 'Trung Bộ',
  'Nam Bộ', 'Bắc Trung Bộ', 'Nam Trung Bộ', 'Đông Nam Bộ', 'Tây Nam Bộ', 'miền Bắc', 'miền Trung', 'miền Nam',
  'miền Tây', 'miền Đông', 'phía Bắc', 'phía Nam', 'phía Đông', 'phía Tây',
  'Mê Kông', 'Mekong', 'Tiểu vùng sông Mê Kông', 'Ấn Độ – Thái Bình Dương', 'Ấn Độ - Thái Bình Dương',
];

/**
 * Units named for people of history, written after their level (`phường Trần Hưng Đạo`, `huyện Trần Văn Thời`):
 * there the name is the unit's. Bare (`Trần Hưng Đạo đánh tan quân Nguyên`) it is still the person. Read by folded key
 * (places.ts).
 */
export const UNITS_NAMED_FOR_PEOPLE = [
  'Trần Văn Thời', 'Trần Hưng Đạo', 'Trần Quốc Toản', 'Trần Nhân Tông', 'Trần Quang Khải', 'Lê Đại Hành',
  'Lê Hồng Phong', 'Lê Thánh Tông', 'Lê Lợi', 'Lý Thái Tổ', 'Lý Thường Kiệt', 'Phạm Ngũ Lão', 'Phạm Hồng Thái',
  'Phan Chu Trinh', 'Phan Bội Châu', 'Phan Đình Phùng', 'Nguyễn Thái Bình', 'Nguyễn Cư Trinh', 'Nguyễn Thái Học',
  'Nguyễn Văn Cừ', 'Nguyễn Văn Trỗi', 'Nguyễn Trung Trực', 'Nguyễn Du', 'Nguyễn Trãi', 'Hoàng Văn Thụ',
  'Hoàng Hoa Thám', 'Quang Trung', 'Ngô Quyền', 'Võ Thị Sáu', 'Đinh Tiên Hoàng', 'Hai Bà Trưng', 'Bà Triệu',
  'Hồ Chí Minh', 'Tôn Đức Thắng', 'Đống Đa',
] as const;
