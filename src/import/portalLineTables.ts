import { foldVietnamese } from './vietnameseText'

/**
 * What old portals print around an article, as data: the words of their date lines, view
 * counters and page chrome. classifyPortalLine reads a line against these tables; a new portal's
 * furniture is one more entry here, not one more rule.
 */

/** Labels before a publish date: "Cập nhật: 05/03/2021", "Ngày đăng bài: 02/11/2020". */
export const DATE_LABELS = [
  'cập nhật',
  'cập nhật lúc',
  'cập nhật ngày',
  'ngày cập nhật',
  'ngày đăng',
  'ngày đăng bài',
  'đăng ngày',
  'đăng lúc',
  'ngày xuất bản',
  'xuất bản',
  'thời gian đăng',
  'thời gian',
  'ngày',
  'lúc',
  'đăng',
  'gmt+7',
  'gmt +7',
  'gmt',
]

/** Labels before an author's name on a header line: "Tác giả: Thu Hà". */
export const AUTHOR_LABELS = [
  'tác giả',
  'bởi',
  'tác giả bài viết',
  'người thực hiện',
  'người viết',
  'đăng bởi',
  'người đăng',
  'bài',
  'tin',
]

/** Labels of a view counter: "Lượt xem: 1234", "1234 lượt xem", "Lượt đọc: 56". */
export const VIEW_LABELS = [
  'lượt xem',
  'số lượt xem',
  'lượt đọc',
  'số lần đọc',
  'số lần xem',
  'lượt truy cập',
  'đã xem',
  'xem',
  'views',
  'view count',
  'lượt người xem',
  'số lượt người xem',
  'số lượt truy cập',
  'số lượt đọc',
  'lượt người đọc',
  'lượt truy cập',
  'tổng số lượt xem',
  'tổng lượt xem',
]

/**
 * Headings over the page's list of other articles, folded: what follows them is that list, not
 * the article ("Các tin khác", then "Tin CÁC HUYỆN, THỊ, THÀNH ĐOÀN").
 */
export const RELATED_HEADINGS = [
  'các tin khác',
  'tin khác',
  'tin liên quan',
  'bài viết liên quan',
  'tin cùng chuyên mục',
  'các tin đã đưa',
]

/** A weekday as portals print it before a date. */
export const WEEKDAY_WORDS = String.raw`(?:Thứ [2-7]|Thứ (?:hai|ba|tư|năm|sáu|bảy)|Chủ nhật|T[2-7]|CN)`

/**
 * Whole lines of page chrome, folded and without closing punctuation: font-size buttons,
 * share and print links, app banners, placeholder texts left in templates, the boxes below.
 */
export const CHROME_LINES = [
  'a a',
  'a a a',
  'a- a a+',
  'a- a+',
  'a+ a-',
  'cỡ chữ',
  'xem với cỡ chữ',
  'kích thước chữ',
  'chia sẻ',
  'chia sẻ bài viết',
  'chia sẻ bài',
  'share',
  'tweet',
  'like',
  'email',
  'gửi email',
  'in',
  'in bài',
  'in bài viết',
  'bản in',
  'lưu bài',
  'lưu',
  'tags',
  'tag',
  'từ khóa',
  'đọc báo in',
  'tải ứng dụng',
  'truy cập nội dung luôn',
  'xuất bản thông tin',
  'chi tiết bài viết',
  'chi tiết bài viết tin tức',
  'your website title',
  'responsive image',
  'image',
  'trang chủ',
  'quay lại',
  'quay lên trên',
  'về đầu trang',
  'về trang trước',
  'tin cùng chuyên mục',
  'xem tin theo ngày',
  'tin liên quan',
  'bài viết liên quan',
  'tin khác',
  'các tin khác',
  'tin mới',
  'tin mới nhất',
  'tin đọc nhiều',
  'đọc nhiều',
  'bình luận',
  'gửi bình luận',
  'ý kiến bạn đọc',
  'ý kiến',
  'nghe đọc bài',
  'nghe bài viết',
  'đánh giá bài viết',
  'video',
  'ảnh',
  'zalo',
  'facebook',
  'google news',
  'tìm kiếm',
  'logo',
  'mặc định',
  'mặc định cỡ chữ',
  'cỡ chữ mặc định',
  'nghe',
  'nghe audio',
  'đọc bài',
  'tin tức',
  'tin tức sự kiện',
  'tin tức trong ngành',
  'tin hoạt động',
  'hoạt động',
  'thời sự',
  'chính trị',
  'xem thêm',
  'đóng',
  'mở rộng',
  'thu gọn',
  'menu',
  'xem nhiều nhất',
  'đọc nhiều nhất',
  'tin xem nhiều',
  'tin nổi bật',
  'viết bình luận',
  'các album đã đăng',
  'album ảnh',
  // Comment boxes, account links, reading tools and boxes of other articles.
  'góp ý',
  'góp ý kiến',
  'gửi góp ý',
  'ý kiến của bạn',
  'bình luận của bạn',
  'gửi phản hồi',
  'phản hồi',
  'đăng nhập',
  'đăng ký',
  'liên hệ',
  'sơ đồ trang',
  'sơ đồ site',
  'in trang',
  'gửi bài',
  'gửi cho bạn bè',
  'gửi bài viết',
  'phóng to',
  'thu nhỏ',
  'nghe đọc',
  'đọc bài viết',
  'tin ảnh',
  'tin video',
  'video đang hot',
  'tin nóng',
  'xem tiếp',
  'trở về',
  'trở lại',
  'bài viết khác',
  'các bài viết khác',
  'tin đã đưa',
  'các tin đã đưa',
  'tin bài khác',
  'tin bài liên quan',
  'chuyên mục',
  'gửi bạn bè',
  'gửi cho bạn',
  'nghe đọc tin',
  'nghe tin',
  'dừng',
  'tải về',
  'đính kèm',
  'tệp đính kèm',
  'file đính kèm',
  'văn bản liên quan',
  'bài viết',
  'tin bài',
  'in tin',
  'in tin bài',
  'lên đầu trang',
  'trở về đầu trang',
  'họ và tên',
  'họ tên',
  'mã xác nhận',
  'mã bảo mật',
  'gửi',
  'xem thêm',
  'tin mới hơn',
  'tin cũ hơn',
  'bài trước',
  'bài sau',
  'tin trước',
  'tin sau',
  'mới nhất',
  'xem nhiều',
  'video liên quan',
  'ảnh liên quan',
  'print',
  'font chữ',
  'phông chữ',
].map(foldVietnamese)

/** The networks and tools of a row of share buttons: "Facebook Twitter Zalo", "In | Email". */
export const SHARE_WORDS = [
  'facebook',
  'twitter',
  'zalo',
  'email',
  'e-mail',
  'gmail',
  'linkedin',
  'messenger',
  'tweet',
  'like',
  'share',
  'print',
  'in',
  'chia sẻ',
  'google',
  'copy link',
  'sao chép liên kết',
].map(foldVietnamese)

/**
 * How a site's name opens: "Cổng Thông tin điện tử huyện Phú Tân", "TRANG TTĐT XÃ TÂN AN". A line
 * that is such an opening and then only a place's or a body's name is the site's header or footer.
 */
export const SITE_NAME_OPENINGS = [
  'cổng thông tin điện tử',
  'trang thông tin điện tử',
  'cổng thông tin',
  'trang thông tin',
  'cổng ttđt',
  'trang ttđt',
  'cổng tttđt',
  'báo điện tử',
  'báo',
  'đài phát thanh và truyền hình',
  'đài phát thanh - truyền hình',
  'đài truyền thanh',
  'tạp chí điện tử',
  'trang web',
  'website',
]

/** "Theo Báo Sóc Trăng", "Nguồn: Trung tâm Văn hóa - Thông tin huyện": a source that names no one. */
export const SOURCE_LABELS = ['theo', 'nguồn', 'nguồn tin', 'nguồn bài']

/** How the name of a newspaper, a station or an office opens: a source, not a person. */
export const SOURCE_BODY_OPENINGS = [
  'báo',
  'đài',
  'cổng',
  'trang',
  'tạp chí',
  'trung tâm',
  'văn phòng',
  'sở',
  'ban',
  'phòng',
  'ủy ban',
  'ubnd',
  'hđnd',
  'ttxvn',
  'thông tấn xã',
  'vtv',
  'vov',
  'bộ',
  'huyện ủy',
  'tỉnh ủy',
  'thành ủy',
]

/** Chrome recognised by its form rather than its whole text (patterns on the folded line). */
export const CHROME_PATTERNS = [
  /** Font-size buttons after their label: "Cỡ chữ: A- A A+", "Xem với cỡ chữ A A". */
  /^(?:(?:xem (?:voi|theo) )?(?:co chu|kich thuoc chu|font chu|phong chu):? ?)?(?:a ?[+-]? ?){2,4}$/u,
  /** Tags and comment counters: "Tags: hội nghị, tổng kết", "Bình luận (0)", "0 bình luận". */
  /^(?:tags?|tu khoa) ?:/u,
  /** Reading tools by their label: "Cỡ chữ: Tương phản". */
  /^(?:co chu|kich thuoc chu|font chu|phong chu|do tuong phan|tuong phan) ?:/u,
  /^(?:binh luan|y kien ban doc|y kien|phan hoi) ?\(\d+\)$|^\d+ (?:binh luan|y kien)$/u,
  /** The player's counter and the site's contact lines in the footer. */
  /^luot nghe:? ?\d[\d.,]*$/u,
  /^(?:hotline|email|e-mail|dien thoai|fax|website)(?: ?[-–] ?fax)? ?: ?\S.{0,60}$/u,
  /** The site's footer: its licence, the office that runs it, who answers for its content. */
  /^so giay phep/u,
  /^(?:don vi quan ly|co quan chu quan|chiu trach nhiem(?: noi dung)?|truong ban bien tap) ?:/u,
  /^theo doi .{0,40}tren(?: ?google news)?$/u,
  /^(?:chia se|share|in bai|ban in)(?: |:)/u,
  /** The site's copyright line: "© 2023 Cổng thông tin …", "Bản quyền thuộc về …". */
  /^(?:©|\(c\)|ban quyen|copyright)/u,
  /** A source given as a web address: "Nguồn: baosoctrang.org.vn". */
  /^(?:nguon|theo):? (?:https?:\/\/)?[\w.-]+\.(?:vn|com|net|org)(?:\.vn)?(?:\/\S*)?$/u,
  /** Who posted it, when that is the site's account: "Người đăng: Quản trị viên". */
  /^(?:nguoi dang|dang boi|nguoi cap nhat):? .{1,30}$/u,
  /** The newsroom's phone numbers in the header: "HOTLINE: 0903… - ĐẶT MUA BÁO". */
  /^(?:hotline|duong day nong)(?: |:)/u,
  /** A template's missing value printed as the word "null". */
  /^null(?: |$)/u,
  /** A photo's alt text: "<the title> ảnh 1", "… - Hình 2", a file name "bi-thu-phat-bieu.jpg". */
  /^[^.!?]{10,} (?:- )?(?:anh|hinh) \d{1,2}$/u,
  /^[\w.-]+\.(?:jpe?g|png|gif|webp)$/u,
  /** A line of nothing but punctuation: "|", "•", "---". */
  /^[^\p{L}\p{N}]+$/u,
  /** "2 tháng 2 tuần trước": the time since publishing, not a date. */
  /^(?:\d+ (?:giay|phut|gio|ngay|tuan|thang|nam) ?)+truoc$/u,
  /** Breadcrumbs: "Trang chủ > Tin tức > Chính trị", "Trang chủ / Tin tức", "› Thời sự". */
  /^(?:[^>»›/]{1,30}(?: ?[>»›] ?| \/ )){1,6}[^>»›/]{1,40}$/u,
  /^[>»›/] ?[^>»›/]{1,40}$/u,
  /** A link to a related article: ">> Hội nghị đánh giá …", "► Xem thêm …". */
  /^(?:>>|►|▶) ?\S/u,
  /** Account and menu links in a row: "Đăng ký | Đăng nhập", "Giới thiệu | Liên hệ | Sơ đồ". */
  /^(?:[^\d|]{1,25}\|){1,8}[^\d|]{1,25}$/u,
]
