import { describe, expect, it } from 'vitest'

import {
  isCaption,
  splitCredit,
  toBodyBlock,
  withCreditsBelow,
  withoutRepeatedCaptions,
} from './splitCaptions'

describe('splitCredit', () => {
  it('should split off the photographer', () => {
    expect(splitCredit('Đại biểu dự hội nghị. Ảnh: Thành Tâm')).toEqual({
      text: 'Đại biểu dự hội nghị.',
      credit: 'Thành Tâm',
    })
    expect(splitCredit('Toàn cảnh hội nghị (Ảnh: Minh Hương)')).toEqual({
      text: 'Toàn cảnh hội nghị',
      credit: 'Minh Hương',
    })
    expect(splitCredit('Toàn cảnh hội nghị')).toEqual({ text: 'Toàn cảnh hội nghị' })
  })
})

describe('isCaption', () => {
  it('should accept the sample captions', () => {
    expect(
      isCaption(
        'Đồng chí Dương Hữu Bường-Tỉnh ủy viên, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Bắc Kạn chủ trì.',
        false,
      ),
    ).toBe(true)
    expect(
      isCaption(
        'Đại biểu dự họp tham gia góp ý nội dung dự thảo báo cáo kiểm điểm tập thể lãnh đạo UBND thành phố Bắc Kạn',
        false,
      ),
    ).toBe(true)
    expect(isCaption('Toàn cảnh hội nghị', false)).toBe(true)
    expect(
      isCaption(
        'Đồng chí Nguyễn Khắc Thận, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu tại hội nghị.',
        true,
      ),
    ).toBe(true)
  })

  it('should reject short sentences and anything long', () => {
    expect(isCaption('Hội nghị kết thúc lúc 17 giờ.', false)).toBe(false)
    expect(isCaption('Toàn cảnh hội nghị. Các đại biểu thảo luận', false)).toBe(false)
    expect(
      isCaption(
        'Dự hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ngành.',
        false,
      ),
    ).toBe(false)
    expect(isCaption(`${'một '.repeat(36)}chủ trì.`, false)).toBe(false)
    // A paragraph's link word or a speaker's "tôi" opens running text.
    expect(
      isCaption(
        'Trước đó, ngày 10/2, Ban Thường vụ Tỉnh ủy đã thành lập 4 đoàn giám sát do các đồng chí',
        false,
      ),
    ).toBe(false)
    expect(
      isCaption('Thay mặt lãnh đạo Chính phủ, tôi xin chào mừng quý vị đến dự hội nghị.', false),
    ).toBe(false)
  })

  it('should take a long caption naming an official with his titles', () => {
    expect(
      isCaption(
        'Đồng chí Trần Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì Hội nghị kiểm điểm tự phê bình và phê bình năm 2022',
        false,
      ),
    ).toBe(true)
  })
})

describe('toBodyBlock', () => {
  it('should take one sentence standing above the sapo for a caption, full stop or not', () => {
    const line = 'Bí thư Huyện ủy Trần Văn An cùng các đại biểu bấm nút khởi động hệ thống mới.'
    expect(toBodyBlock(line).kind).toBe('paragraph')
    expect(toBodyBlock(line, { aboveLead: true })).toStrictEqual({ kind: 'caption', text: line })
    expect(
      toBodyBlock('Sáng 3/6, hội nghị khai mạc. Các đại biểu thảo luận.', { aboveLead: true }).kind,
    ).toBe('paragraph')
  })

  it('should give a caption with its credit, or a paragraph', () => {
    expect(toBodyBlock('Đại biểu dự hội nghị. Ảnh: Thành Tâm')).toEqual({
      kind: 'caption',
      text: 'Đại biểu dự hội nghị.',
      credit: 'Thành Tâm',
    })
    expect(toBodyBlock('Toàn cảnh hội nghị')).toEqual({
      kind: 'caption',
      text: 'Toàn cảnh hội nghị',
    })
    expect(toBodyBlock('Hội nghị kết thúc lúc 17 giờ.')).toEqual({
      kind: 'paragraph',
      text: 'Hội nghị kết thúc lúc 17 giờ.',
    })
  })

  it('should leave out the star a portal marks a caption with, and keep a starred paragraph whole', () => {
    expect(toBodyBlock('* Ông Trần Văn An, Bí thư Huyện ủy chủ trì hội nghị. Ảnh: Thu Hà')).toEqual(
      {
        kind: 'caption',
        text: 'Ông Trần Văn An, Bí thư Huyện ủy chủ trì hội nghị.',
        credit: 'Thu Hà',
      },
    )
    const item = '* Về kinh tế, tổng thu ngân sách đạt 120 tỷ đồng, vượt 8 % kế hoạch.'
    expect(toBodyBlock(item)).toEqual({ kind: 'paragraph', text: item })
  })
})

describe('isCaption against subheadings', () => {
  it('should take a line about people or a meeting for a caption, a bare phrase for a heading', () => {
    expect(isCaption('Phiên tòa xét xử vụ án trộm cắp tài sản', false)).toBe(true)
    expect(isCaption('Đổi mới nội dung, hình thức sinh hoạt', false)).toBe(false)
    expect(isCaption('HỘI NGHỊ TIẾP XÚC CỬ TRI', false)).toBe(false)
    expect(isCaption('Ông Phạm Văn Tân tặng hoa chúc mừng các đại biểu.', false)).toBe(true)
  })

  it('should split a lower-case credit', () => {
    expect(splitCredit('Toàn cảnh hội nghị (ảnh: Thu Hà)')).toEqual({
      text: 'Toàn cảnh hội nghị',
      credit: 'Thu Hà',
    })
  })
})

describe('withoutRepeatedCaptions', () => {
  it('should keep one caption when the photo’s alt text repeats it just before', () => {
    const caption = {
      kind: 'caption',
      text: 'Bí thư Tỉnh ủy phát biểu khai mạc hội nghị khoá XI.',
      credit: 'Hữu Hiệp',
    } as const
    expect(
      withoutRepeatedCaptions([
        { kind: 'caption', text: 'Bí thư Tỉnh ủy phát biểu khai mạc hội nghị khóa XI.' },
        caption,
        { kind: 'paragraph', text: 'Đoạn một.' },
      ]),
    ).toStrictEqual([caption, { kind: 'paragraph', text: 'Đoạn một.' }])
  })

  it('should read the same line twice in a row as a photo’s alt text and its caption', () => {
    const line =
      'Nhà báo Trần Văn An (thứ hai từ trái sang), nguyên phóng viên Thông tấn xã Giải phóng, trong một chuyến sáng tác ảnh.'
    const twice = [line, line, 'Đoạn một.'].map((text) => toBodyBlock(text))
    expect(twice[0].kind).toBe('paragraph')
    expect(withoutRepeatedCaptions(twice)).toStrictEqual([
      { kind: 'caption', text: line },
      { kind: 'paragraph', text: 'Đoạn một.' },
    ])
  })

  it('should keep a banner or a sentence printed twice paragraphs', () => {
    for (const line of ['image advertisement', 'Hội nghị đã thông qua 12 nghị quyết quan trọng.']) {
      const twice = [line, line].map((text) => toBodyBlock(text))
      expect(withoutRepeatedCaptions(twice)).toStrictEqual(twice)
    }
  })
})

describe('toBodyBlock and the title printed again', () => {
  const title = 'Tình hình kinh tế - xã hội năm 2023 của xã Tân Lập'
  it('should take the title repeated in the body for the photo’s alt text, a caption', () => {
    expect(toBodyBlock(title, { title })).toStrictEqual({ kind: 'caption', text: title })
    expect(toBodyBlock(title).kind).toBe('paragraph')
  })

  it('should not take the page address’s words for the title', () => {
    expect(toBodyBlock('tinh hinh kinh te xa hoi nam 2023 cua xa tan lap', { title }).kind).toBe(
      'paragraph',
    )
  })
})

describe('isCaption on a numbered item', () => {
  it('should take an agenda’s numbered item for text, not a caption', () => {
    expect(
      isCaption('(4) Bầu Đoàn đại biểu Đảng bộ tỉnh dự Đại hội đại biểu toàn quốc.', false),
    ).toBe(false)
    expect(isCaption('2. Báo cáo kết quả hoạt động năm 2020 của tổ đại biểu.', false)).toBe(false)
  })
})

describe('isCaption on two captions in one line', () => {
  it('should take pieces that each end as a caption for one caption, and a list for text', () => {
    expect(
      isCaption('Đồng chí Trần Văn An phát biểu tại hội nghị; các đại biểu dự hội nghị.', false),
    ).toBe(true)
    expect(isCaption('Đại biểu thảo luận về thu ngân sách; giao thông; đất đai.', false)).toBe(
      false,
    )
  })
})

describe('isCaption on a signature', () => {
  it('should take a body’s name alone for a signature, not a caption', () => {
    expect(isCaption('HĐND huyện Yên Lập', false)).toBe(false)
    expect(isCaption('Toàn cảnh hội nghị', false)).toBe(true)
  })
})

describe('isCaption and a paragraph’s opening phrase', () => {
  it('should take an adverbial phrase and a comma before a clause for running text', () => {
    expect(isCaption('Với tinh thần cầu thị và thẳng thắn, các đồng chí', false)).toBe(false)
    expect(isCaption('Để chuẩn bị tốt cho Đại hội, các chi bộ đã họp', false)).toBe(false)
    expect(isCaption('Với 100% đại biểu tán thành', false)).toBe(true)
  })
})

describe('isCaption and illustrations', () => {
  it('should take "Ảnh minh họa" for a caption', () => {
    expect(isCaption('Ảnh minh họa', false)).toBe(true)
    expect(isCaption('Ảnh minh hoạ.', false)).toBe(true)
  })
})

describe('splitCredit in more forms', () => {
  it('should read a credit after a dash or "Nguồn ảnh", without its full stop', () => {
    expect(splitCredit('Đại biểu dự hội nghị (Ảnh - Thu Hà)')).toEqual({
      text: 'Đại biểu dự hội nghị',
      credit: 'Thu Hà',
    })
    expect(splitCredit('Toàn cảnh hội nghị. Ảnh: Thu Hà.')).toEqual({
      text: 'Toàn cảnh hội nghị.',
      credit: 'Thu Hà',
    })
    expect(splitCredit('Quang cảnh kỳ họp. Nguồn ảnh: Minh Khôi')).toEqual({
      text: 'Quang cảnh kỳ họp.',
      credit: 'Minh Khôi',
    })
  })
})

describe('isCaption and a speaker’s long caption', () => {
  it('should take a speaker’s caption without a full stop up to a credited caption’s length', () => {
    const caption =
      'Đ/c Trần Văn An - Chi cục trưởng Chi cục Kiểm lâm vùng IV báo cáo kết quả triển khai thực hiện các nhiệm vụ chuyên môn năm 2023, phương hướng nhiệm vụ trọng tâm năm 2024'
    expect(isCaption(caption, false)).toBe(true)
    expect(isCaption(`${caption}.`, false)).toBe(false)
  })
})

describe('isCaption and media labels', () => {
  it('should not take a video’s or graphic’s label for a photo’s caption', () => {
    expect(isCaption('Clip Báo cáo sơ kết 6 tháng đầu năm 2024 ngành Nội vụ', false)).toBe(false)
    expect(isCaption('Video: Toàn cảnh hội nghị', false)).toBe(false)
    expect(isCaption('Toàn cảnh hội nghị', false)).toBe(true)
  })
})

describe('withCreditsBelow', () => {
  it('should give a caption the credit printed alone on the line below it', () => {
    expect(
      withCreditsBelow([
        { kind: 'caption', text: 'Đồng chí Trần Văn An phát biểu tại hội nghị' },
        { kind: 'paragraph', text: 'Ảnh: Thành Tâm' },
        { kind: 'paragraph', text: 'Hội nghị đã nghe báo cáo kết quả.' },
        { kind: 'paragraph', text: '(Ảnh: TL)' },
      ]),
    ).toStrictEqual([
      {
        kind: 'caption',
        text: 'Đồng chí Trần Văn An phát biểu tại hội nghị',
        credit: 'Thành Tâm',
      },
      { kind: 'paragraph', text: 'Hội nghị đã nghe báo cáo kết quả.' },
      { kind: 'paragraph', text: '(Ảnh: TL)' },
    ])
  })
})

describe('isCaption and a congress’s presidium', () => {
  it('should take the presidium or the secretariat named in a few words for a caption', () => {
    expect(isCaption('Đoàn Chủ tịch Đại hội.', false)).toBe(true)
    expect(isCaption('Đoàn Thư ký kỳ họp.', false)).toBe(true)
    expect(
      isCaption(
        'Đoàn Chủ tịch Đại hội điều hành phiên thảo luận về dự thảo báo cáo chính trị trình Đại hội.',
        false,
      ),
    ).toBe(false)
  })
})

describe('isCaption and abbreviations', () => {
  it('should not take an abbreviation’s dot for the end of a sentence', () => {
    expect(isCaption('Đồng chí Lê Văn Ba phát biểu tại hội nghị ở TP. Hồ Chí Minh', false)).toBe(
      true,
    )
    expect(isCaption('ThS. Nguyễn Văn An trình bày tham luận tại hội thảo', false)).toBe(true)
    expect(isCaption('Hội nghị kết thúc. Đồng chí Lê Văn Ba phát biểu', false)).toBe(false)
  })
})
