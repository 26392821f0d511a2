/**
 * The verbs and function words that end a title or a unit's name in running text: "chủ trì" in
 * "Chủ tịch UBND thành phố Bắc Kạn chủ trì", "bàn" in "phòng Giáo dục và Đào tạo bàn giải pháp".
 * Lower case only: a capitalised word ("Giao thông" in "Sở Giao thông vận tải") belongs to a name.
 * Words that also occur inside names ("dự" in "dự án", "trình" in "công trình", "giao" in "giao
 * thông") are left out on purpose.
 */
const STOP_PHRASES = [
  'bàn',
  'báo cáo',
  'biểu dương',
  'bị',
  'các',
  'cảm ơn',
  'chỉ đạo',
  'cho',
  'chủ động',
  'chủ trì',
  'chúc mừng',
  'có',
  'của',
  'cùng',
  'cũng',
  'dẫn đầu',
  'điều hành',
  'đã',
  'đang',
  'đánh giá',
  'để',
  'đề nghị',
  'đến',
  'đồng thời',
  'đón',
  'được',
  'gặp',
  'ghi nhận',
  'giải trình',
  'gợi ý',
  'họp',
  'hướng dẫn',
  'khẳng định',
  'kết luận',
  'kiểm tra',
  'là',
  'làm',
  'làm việc',
  'lưu ý',
  'mong muốn',
  'một',
  'nắm',
  'nêu',
  'nói chung',
  'nói riêng',
  'nhấn mạnh',
  'nhằm',
  'những',
  'phát biểu',
  'phối hợp',
  'quán triệt',
  'sẽ',
  'tại',
  'tặng',
  'thay mặt',
  'thăm',
  'tham dự',
  'tham mưu',
  'theo',
  'thông qua',
  'thuộc',
  'thực hiện',
  'tiếp',
  'tổ chức',
  'trả lời',
  'trân trọng',
  'trao',
  'triển khai',
  'trong',
  'từ',
  'về',
  'với',
  'yêu cầu',
]

const STOP = new RegExp(`^(?:${STOP_PHRASES.join('|')})(?!\\p{L})`, 'u')

/** "và" joins two parts of a name ("Giáo dục và Đào tạo") but ends it before a lower-case word. */
const AND_THEN_LOWER_CASE = /^và \p{Ll}/u

/** True when the text (NFC, normalised) starts with a word that ends a title or a name. */
export const startsWithStopPhrase = (text: string): boolean =>
  STOP.test(text) || AND_THEN_LOWER_CASE.test(text)
