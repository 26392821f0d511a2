/**
 * Payload's SEO plugin in the newsroom's Vietnamese (its own mixes "kí tự" and "ký tự", calls the
 * title's tip a "mô tả meta" and starts a clause after a comma with a capital). Its English stays.
 */
export const seoStrings = {
  vi: {
    almostThere: 'Gần đạt',
    autoGenerate: 'Tự động tạo',
    bestPractices: 'hướng dẫn (tiếng Anh)',
    characterCount: '{{current}}/{{minLength}}–{{maxLength}} ký tự, ',
    charactersLeftOver: 'còn thêm được {{characters}} ký tự',
    charactersToGo: 'cần thêm {{characters}} ký tự',
    charactersTooMany: 'thừa {{characters}} ký tự',
    checksPassing: 'Đạt {{current}}/{{max}} tiêu chí',
    good: 'Tốt',
    imageAutoGenerationTip: '"Tự động tạo" lấy ảnh đại diện của bài.',
    lengthTipDescription: 'Nên dài {{minLength}}–{{maxLength}} ký tự. Cách viết mô tả tốt: xem ',
    lengthTipTitle: 'Nên dài {{minLength}}–{{maxLength}} ký tự. Cách đặt tiêu đề tốt: xem ',
    missing: 'Chưa có',
    noImage: 'Chưa có ảnh',
    preview: 'Xem trước',
    previewDescription: 'Kết quả thật có thể khác, tùy nội dung và công cụ tìm kiếm.',
    tooLong: 'Quá dài',
    tooShort: 'Quá ngắn',
  },
}
