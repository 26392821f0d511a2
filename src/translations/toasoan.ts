import type { NestedKeysStripped } from '@payloadcms/translations'

/**
 * The admin strings of toasoan's own components (invitations, branding, calendar), under one
 * `toasoan` key of Payload's custom translations: `t('toasoan:resendInvitation')`.
 */
export const toasoanTranslations = {
  vi: {
    toasoan: {
      invitationOnCreate:
        'Không cần nhập mật khẩu: khi lưu, người dùng nhận email mời đặt mật khẩu của mình (liên kết có hiệu lực 72 giờ).',
      resendInvitation: 'Gửi lại lời mời',
      invitationSent: 'Đã gửi lời mời tới {{email}}.',
      invitationFailed: 'Không gửi được lời mời: {{message}}',
      loginNewsroom: 'Đăng nhập vào hệ thống quản trị nội dung của {{name}}',
      calendar: 'Lịch xuất bản',
      calendarIntro:
        'Bài đã duyệt và đã lên lịch, theo ngày và giờ. Kéo một bài sang ô khác để đổi giờ xuất bản.',
      week: 'Tuần',
      month: 'Tháng',
      previous: 'Trước',
      next: 'Sau',
      today: 'Hôm nay',
      unscheduled: 'Đã duyệt, chưa có giờ xuất bản',
      approved: 'Đã duyệt',
      published: 'Đã xuất bản',
      rescheduled: 'Đã đổi giờ xuất bản: {{title}} → {{when}}',
      noArticles: 'Không có bài nào trong khoảng này.',
      comments: 'Bình luận biên tập',
      noComments: 'Chưa có bình luận nào.',
      commentsAfterSave: 'Lưu bài trước, rồi bình luận.',
      newComment: 'Bình luận mới',
      mention: 'Nhắc đến (người được nhắc nhận email)',
      mentioned: 'Nhắc đến',
      sendComment: 'Gửi bình luận',
      commentSent: 'Đã gửi bình luận.',
    },
  },
  en: {
    toasoan: {
      invitationOnCreate:
        'No password needed: on save, the person gets an email inviting them to choose their own (the link works for 72 hours).',
      resendInvitation: 'Resend invitation',
      invitationSent: 'Invitation sent to {{email}}.',
      invitationFailed: 'The invitation was not sent: {{message}}',
      loginNewsroom: 'Sign in to the content management system of {{name}}',
      calendar: 'Publishing calendar',
      calendarIntro:
        'Approved and scheduled articles by day and hour. Drag an article to another slot to change its publish time.',
      week: 'Week',
      month: 'Month',
      previous: 'Previous',
      next: 'Next',
      today: 'Today',
      unscheduled: 'Approved, no publish time yet',
      approved: 'Approved',
      published: 'Published',
      rescheduled: 'Publish time changed: {{title}} → {{when}}',
      noArticles: 'No articles in this range.',
      comments: 'Editorial comments',
      noComments: 'No comments yet.',
      commentsAfterSave: 'Save the article first, then comment.',
      newComment: 'New comment',
      mention: 'Mention (they get an email)',
      mentioned: 'Mentioned',
      sendComment: 'Send comment',
      commentSent: 'Comment sent.',
    },
  },
}

export type ToasoanTranslations = typeof toasoanTranslations.en
export type ToasoanTranslationKeys = NestedKeysStripped<ToasoanTranslations>
