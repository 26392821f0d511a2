/**
 * What tells a photo's caption from a paragraph's sentence, as tables. A caption names what the
 * photo shows: a scene ("Quang cảnh hội nghị"), or who is in it and what they do there ("Đồng
 * chí X phát biểu tại hội nghị", "Các đại biểu dự hội nghị"). A paragraph's sentence reports:
 * it says when, who attended, what was said, what has been or will be done.
 */

/** "\p{L}"-bounded alternatives: a whole word or phrase, never part of a longer word. */
const words = (phrases: readonly string[]) => `(?<!\\p{L})(?:${phrases.join('|')})(?!\\p{L})`

/**
 * What the people in a photo do, ending its caption ("… phát biểu tại hội nghị.", "… trao giấy
 * khen cho các tập thể.", "… ra mắt Đại hội."): the verb and what it bears on, no comma after it.
 */
export const CAPTION_ACTIONS = [
  'chủ trì',
  'đồng chủ trì',
  'phát biểu',
  'kết luận',
  'khai mạc',
  'bế mạc',
  'trình bày',
  'báo cáo',
  'tặng',
  'trao',
  'chúc mừng',
  'bắt tay',
  'chụp ảnh',
  'thăm',
  'kiểm tra',
  'tham quan',
  'thảo luận',
  'biểu quyết',
  'ra mắt',
  'dâng hương',
  'dâng hoa',
  'tuyên thệ',
  'quán triệt',
  'phát động',
  'tiếp xúc',
  'đối thoại',
  'giải trình',
  'trả lời',
  'chất vấn',
  'làm việc',
  'gặp mặt',
  'tham gia',
  'trao đổi',
  'bỏ phiếu',
  'ký kết',
  'công bố',
  'thăm hỏi',
  'động viên',
  'khảo sát',
  'chứng kiến',
  'tuyên dương',
  'khen thưởng',
  'biểu diễn',
  'cắt băng',
  'ký',
  'tiếp nhận',
  'bàn giao',
]

/** "… dự hội nghị.", "… tham dự lễ khai mạc.": attending the event the article reports. */
const ATTENDING = String.raw`(?:tham |đến )?dự (?:hội nghị|hội thảo|cuộc họp|họp|buổi|đại hội|kỳ họp|phiên|lễ)[^.,;]*`

/**
 * A photo of the whole scene, named as such, full stop or not ("Toàn cảnh hội nghị.", "Một góc
 * kỳ họp"); "Ảnh minh họa": the page says the photo only illustrates the text.
 */
const SCENES = [
  'Toàn cảnh',
  'Quang cảnh',
  'Cận cảnh',
  'Khung cảnh',
  'Một góc',
  'Ảnh minh họa',
  'Ảnh minh hoạ',
]
export const SCENE_OPENING = new RegExp(`^(?:${SCENES.join('|')})(?!\\p{L})`, 'iu')

/**
 * "… phát biểu tại hội nghị", "… chủ trì cuộc họp": a caption names the event by its kind, in
 * lower case and unnamed, where a heading names it ("… tại Hội nghị giao ban quý I").
 */
export const AT_THE_EVENT_ENDING =
  /(?<!\p{L})(?:tại|dự|chủ trì) (?:hội nghị|hội thảo|cuộc họp|buổi làm việc|buổi lễ|kỳ họp)\.?$/u

/**
 * Words that make the action a noun ("phiên thảo luận", "dự thảo báo cáo", "lễ khai mạc"):
 * the sentence names a proceeding, its people do nothing in the photo.
 */
const NOUN_MAKERS = [
  'phiên',
  'buổi',
  'bản',
  'dự thảo',
  'các',
  'những',
  'việc',
  'cuộc',
  'đợt',
  'lễ',
  'sự',
]

/** A caption that ends with what its people do, and its full stop. */
export const CAPTION_ENDING = new RegExp(
  `(?:(?<!${words(NOUN_MAKERS)} )${words(CAPTION_ACTIONS)}(?: [^.,;]*)?|(?<!\\p{L})${ATTENDING})\\.$`,
  'iu',
)

/**
 * Lines that are never a photo's caption, credit or not, each with the reason:
 * - who attended or chaired ("Dự hội nghị có …", "Cùng dự có …", "Tham dự Hội nghị, về phía
 *   tỉnh có …", "Chủ trì Hội nghị có …", "… có sự tham dự của …", "Về phía huyện có …",
 *   "Thành phần dự …"): an attendance list;
 * - a speech's salutation ("Thưa các đồng chí,");
 * - a numbered item ("(4) Bầu …", "2. …");
 * - a report's "Tại hội nghị …";
 * - a line running on after a comma;
 * - a paragraph's link word ("Trước đó, …", "Theo đó, …");
 * - a speaker's "tôi";
 * - a related article's link in brackets ("[Quyết tâm xây dựng …]");
 * - a photo viewer's button ("Phóng to");
 * - a byline's label ("Bài: Thu Hà - Ảnh: Minh Đức", "Bài và ảnh: Thu Hà" leaving "Bài và"):
 *   the byline as a caption is the one output an editor must never get.
 */
export const NEVER_A_CAPTION: RegExp[] = [
  /^(?:Cùng |Đồng )?(?:(?:Tham|Đến|Tới|Về) )?(?:dự|chủ trì)(?!\p{L})[^.]{0,120}?(?<!\p{L})(?:có|gồm)(?!\p{L})/iu,
  /(?<!\p{L})(?:có|với) sự (?:tham dự|tham gia|góp mặt|có mặt|chứng kiến|hiện diện) của(?!\p{L})/iu,
  /^(?:Về phía|Phía|Đại diện) [^.]{0,60}?(?<!\p{L})(?:có|gồm)(?!\p{L})|^Thành phần (?:tham |đến )?dự(?!\p{L})/iu,
  /^Thưa(?!\p{L})/u,
  /^\(?\d{1,2}[).] /u,
  /^Tại (?:hội nghị|cuộc họp|buổi|kỳ họp|đại hội)(?!\p{L})/u,
  /,$/u,
  new RegExp(
    `^(?:${[
      'Trước đó',
      'Theo đó',
      'Ngoài ra',
      'Tuy nhiên',
      'Đồng thời',
      'Bên cạnh đó',
      'Sau đó',
      'Trong đó',
      'Qua đó',
      'Như vậy',
      'Vì vậy',
      'Do đó',
      'Mặt khác',
      'Với',
      'Từ đó',
    ].join('|')}),`,
    'u',
  ),
  /(?<!\p{L})tôi(?!\p{L})/u,
  /^\[.*\]$/u,
  /^(?:Phóng to|Thu nhỏ|Xem ảnh)$/iu,
  /^(?:Tin|Bài|Tin bài|Bài viết|Nội dung|Thực hiện)(?:\s*(?:,|và|\/|&)\s*(?:ảnh|bài|tin)?)?\s*(?::|$)/iu,
]

/**
 * What a paragraph's sentence says and a caption, which names what is in the photo, does not.
 * Only a line no credit marks as a caption is read for these:
 * - a time opening its sentence ("Sáng 12/1, …", "Ngày 15-7, …", "Chiều nay, …");
 * - the tense of a report ("đã", "sẽ", "đang", "vẫn", "cũng", "tiếp tục");
 * - what must be done and why ("cần", "nhằm");
 * - a chair in the passive ("… do đồng chí X chủ trì.", "dưới sự chủ trì của …");
 * - reported speech ("… nhấn mạnh, …", "… cho biết …", "… đề nghị …", "… yêu cầu …");
 * - a statement with "là" ("Thành công của Đại hội là …").
 */
export const RUNNING_TEXT_MARKS: RegExp[] = [
  /^(?:Vào )?(?:(?:Sáng|Chiều|Tối|Trưa|Đêm)(?: ngày)?|Ngày|Hôm) (?:nay|qua|\d{1,2}(?:[/.-]\d{1,2})*)[^,]{0,40},/iu,
  new RegExp(words(['đã', 'sẽ', 'đang', 'vẫn', 'cũng', 'tiếp tục']), 'u'),
  // not "phải", which in a caption says where someone stands ("bên phải", "từ trái sang phải")
  new RegExp(words(['cần', 'nhằm']), 'u'),
  /(?<!\p{L})(?:do [^,.;]+ chủ trì|dưới sự chủ trì của)(?!\p{L})/u,
  new RegExp(
    words([
      'nhấn mạnh',
      'cho biết',
      'khẳng định',
      'đề nghị',
      'yêu cầu',
      'lưu ý',
      'cho rằng',
      'chỉ rõ',
    ]),
    'u',
  ),
  new RegExp(words(['là']), 'u'),
]

/**
 * A subheading opens with what is to be done ("Phát huy vai trò của đại biểu dân cử", "Nâng cao
 * chất lượng kỳ họp", "Những kết quả nổi bật"); a caption opens with who or what is in the
 * photo. Read only on a line without a full stop or a credit.
 */
export const HEADING_OPENING = new RegExp(
  `^(?:${[
    'Phát huy',
    'Nâng cao',
    'Tăng cường',
    'Đẩy mạnh',
    'Tiếp tục',
    'Tạo',
    'Xây dựng',
    'Đổi mới',
    'Góp phần',
    'Quyết tâm',
    'Hướng tới',
    'Hướng đến',
    'Chú trọng',
    'Tập trung',
    'Giữ vững',
    'Thực hiện',
    'Triển khai',
    'Phấn đấu',
    'Nỗ lực',
    'Khơi dậy',
    'Bảo đảm',
    'Đảm bảo',
    'Kịp thời',
    'Cần',
    'Những',
    'Nhiều',
    'Còn',
    'Vì',
    'Để',
    'Khi',
    'Làm gì',
    'Sớm',
  ].join('|')})(?!\\p{L})`,
  'u',
)

export const isNeverACaption = (text: string): boolean =>
  NEVER_A_CAPTION.some((pattern) => pattern.test(text))

export const readsAsRunningText = (text: string): boolean =>
  RUNNING_TEXT_MARKS.some((pattern) => pattern.test(text))
