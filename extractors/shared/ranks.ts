// The ranks of Vietnam's army and police, lower case: a rank opens an officer's name as a title does (`Thượng tá
// Hoàng Văn Tuấn`), so the people, interview and organizations stages read one where they read titles.

/** The generals', officers' and lieutenants' ranks, from the highest: `đại tướng` … `thiếu úy`. */
export const ARMY_AND_POLICE_RANKS: readonly string[] = [
  'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá', 'đại úy',
  'thượng úy', 'trung úy', 'thiếu úy',
];
