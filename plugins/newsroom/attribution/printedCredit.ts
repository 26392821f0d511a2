/** The name of the media field holding the printed credit. */
export const CREDIT = 'credit'

const creditWord = (mimeType: unknown) => {
  const type = String(mimeType ?? '')
  if (type.startsWith('audio/')) return 'Audio'
  if (type.startsWith('video/')) return 'Video'
  return 'Ảnh'
}

/** "Ảnh: Thành Tâm" (or "Audio: …"), empty without a credit. */
export const printedCredit = (data: Record<string, unknown>) =>
  data[CREDIT] ? `${creditWord(data.mimeType)}: ${data[CREDIT]}` : ''

/** "Đại biểu dự hội nghị. Ảnh: Thành Tâm" */
export const printedCaption = (data: Record<string, unknown>) => {
  const caption = String(data.caption ?? '').trim()
  const sentence = caption && !/[.!?…]$/.test(caption) ? `${caption}.` : caption
  return [sentence, printedCredit(data)].filter(Boolean).join(' ')
}
