import { describe, expect, it } from 'vitest'

import { findOfficialMentions, mergeOfficials } from './parseOfficials'

const officials = (line: string) =>
  findOfficialMentions(line).map(({ name, titles, isChair }) => ({ name, titles, isChair }))

describe('findOfficialMentions', () => {
  it('should read a hyphen without spaces and see the chair', () => {
    expect(
      officials(
        'Đồng chí Dương Hữu Bường-Tỉnh ủy viên, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Bắc Kạn chủ trì; cùng dự có',
      ),
    ).toEqual([
      {
        name: 'Dương Hữu Bường',
        titles: ['Tỉnh ủy viên', 'Phó Bí thư Thành ủy', 'Chủ tịch UBND thành phố Bắc Kạn'],
        isChair: true,
      },
    ])
  })

  it('should read an en dash and strip the verb phrase', () => {
    expect(
      officials(
        'Phát biểu tại buổi làm việc, đồng chí Nguyễn Văn Du – Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh đã ghi nhận',
      ),
    ).toEqual([
      { name: 'Nguyễn Văn Du', titles: ['Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'], isChair: false },
    ])
  })

  it('should read a comma, and "trân trọng" and "phát biểu" as verbs', () => {
    expect(
      officials(
        'Phát biểu kết luận, đồng chí Nguyễn Khắc Thận, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh trân trọng cảm ơn',
      ),
    ).toEqual([
      {
        name: 'Nguyễn Khắc Thận',
        titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'],
        isChair: false,
      },
    ])
  })

  it('should give the span of the name and titles', () => {
    const line = 'Sáng nay, đồng chí Cù Ngọc Cường, Bí thư Thành ủy Bắc Kạn chủ trì hội nghị.'
    const [mention] = findOfficialMentions(line)
    expect(line.slice(mention.start, mention.end)).toBe(
      'đồng chí Cù Ngọc Cường, Bí thư Thành ủy Bắc Kạn',
    )
    expect(mention.isChair).toBe(true)
  })

  it('should see the chair named after "Chủ trì hội nghị," or "… có"', () => {
    expect(
      officials(
        'Chủ trì Hội nghị, Phó Chủ tịch UBND tỉnh Trần Văn Nam; đồng chủ trì, Giám đốc Sở Tài chính Lê Văn Bình.',
      ).map((mention) => mention.isChair),
    ).toStrictEqual([true, false])
    expect(
      officials('Chủ trì hội nghị có đồng chí Trần Văn Nam, Phó Chủ tịch UBND tỉnh.')[0].isChair,
    ).toBe(true)
    // A task given to a body is no chair: "Sở … chủ trì, phối hợp với …".
    expect(
      officials(
        'Giao Sở Tài chính chủ trì, phối hợp với đồng chí Trần Văn Nam, Phó Chủ tịch UBND tỉnh.',
      )[0].isChair,
    ).toBe(false)
  })

  it('should see "Tham dự và chủ trì hội nghị là Đ/c …" as the chair', () => {
    expect(
      officials(
        'Tham dự và chủ trì hội nghị là Đ/c Trần Văn Nam, Phó Bí thư Đảng ủy, Chủ tịch UBND phường cùng các đồng chí.',
      )[0],
    ).toMatchObject({ name: 'Trần Văn Nam', isChair: true })
  })

  it('should see "dưới sự chủ trì của đồng chí …" as the chair', () => {
    const [mention] = findOfficialMentions(
      'Dưới sự chủ trì của đồng chí Nguyễn Văn Du, Bí thư Tỉnh ủy, hội nghị',
    )
    expect(mention.isChair).toBe(true)
  })

  it('should not take a title or a name without titles for an official', () => {
    expect(officials('Đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh cũng nhấn mạnh')).toEqual([])
    expect(officials('các đồng chí Nguyễn Văn A, Trần Văn B cùng dự')).toEqual([])
    expect(officials('nội dung gợi ý kiểm điểm của đồng chí chủ trì liên quan')).toEqual([])
  })
})

describe('findOfficialMentions with an agency after the name', () => {
  it('should read past initials in brackets and keep the titles after them', () => {
    expect(officials('Đồng chí Lê Văn Sáu (TTXVN), Bí thư Huyện ủy phát biểu.')).toEqual([
      { name: 'Lê Văn Sáu', titles: ['Bí thư Huyện ủy'], isChair: false },
    ])
  })
})

describe('mergeOfficials', () => {
  it('should keep the full form of a title printed again with initials', () => {
    expect(
      mergeOfficials([
        { name: 'Vũ Thị Hạnh', titles: ['Chủ tịch Hội LHPN huyện'] },
        { name: 'Vũ Thị Hạnh', titles: ['Chủ tịch Hội Liên hiệp phụ nữ huyện'] },
      ]),
    ).toEqual([{ name: 'Vũ Thị Hạnh', titles: ['Chủ tịch Hội Liên hiệp phụ nữ huyện'] }])
  })

  it('should keep one entry per folded name with titles in printed order', () => {
    expect(
      mergeOfficials([
        { name: 'Dương Hữu Bường', titles: ['Phó Bí thư Thành ủy'] },
        { name: 'Cù Ngọc Cường', titles: ['Bí thư Thành ủy Bắc Kạn'] },
        {
          name: 'Dương Hữu Bường',
          titles: ['Phó Bí thư Thành ủy', 'Chủ tịch UBND thành phố Bắc Kạn'],
        },
      ]),
    ).toEqual([
      {
        name: 'Dương Hữu Bường',
        titles: ['Phó Bí thư Thành ủy', 'Chủ tịch UBND thành phố Bắc Kạn'],
      },
      { name: 'Cù Ngọc Cường', titles: ['Bí thư Thành ủy Bắc Kạn'] },
    ])
  })
})

describe('findOfficialMentions with titles before the name', () => {
  it('should read titles before the name, the chair after it', () => {
    expect(
      officials('Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trần Văn An chủ trì hội nghị.'),
    ).toEqual([
      { name: 'Trần Văn An', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'], isChair: true },
    ])
    expect(officials('Kết luận, đồng chí Phó Chủ tịch UBND huyện Hoàng Thị Dung đề nghị')).toEqual([
      { name: 'Hoàng Thị Dung', titles: ['Phó Chủ tịch UBND huyện'], isChair: false },
    ])
  })

  it('should share the titles of a list and give the chair to the first co-chair', () => {
    expect(
      officials(
        'Chủ tịch HĐND tỉnh Lê Văn Hòa và các Phó Chủ tịch HĐND tỉnh Lê Thị Bích, Phạm Văn Cường đồng chủ trì.',
      ),
    ).toEqual([
      { name: 'Lê Văn Hòa', titles: ['Chủ tịch HĐND tỉnh'], isChair: true },
      { name: 'Lê Thị Bích', titles: ['Phó Chủ tịch HĐND tỉnh'], isChair: false },
      { name: 'Phạm Văn Cường', titles: ['Phó Chủ tịch HĐND tỉnh'], isChair: false },
    ])
  })

  it('should read abbreviations, lower-case committees and titles with no comma', () => {
    expect(officials('đồng chí Lường Văn Thái, UV BTV huyện ủy, Phó chủ tịch HĐND huyện')).toEqual([
      {
        name: 'Lường Văn Thái',
        titles: ['UV BTV huyện ủy', 'Phó chủ tịch HĐND huyện'],
        isChair: false,
      },
    ])
    expect(officials('Dự có Ngô Văn Em Tỉnh ủy viên, Bí thư Huyện ủy.')).toEqual([
      { name: 'Ngô Văn Em', titles: ['Tỉnh ủy viên', 'Bí thư Huyện ủy'], isChair: false },
    ])
  })

  it('should keep the titles of the next name off the one before it', () => {
    expect(
      officials('có đồng chí Lê Văn Bảo, Bí thư Huyện ủy, Chủ tịch UBND huyện Trần Văn Cao dự.'),
    ).toEqual([
      { name: 'Lê Văn Bảo', titles: ['Bí thư Huyện ủy'], isChair: false },
      { name: 'Trần Văn Cao', titles: ['Chủ tịch UBND huyện'], isChair: false },
    ])
  })
})

describe('findOfficialMentions with a city in capitals and an election', () => {
  it('should keep "Thành phố Hồ Chí Minh" in the title, never read it as a person', () => {
    expect(
      officials(
        'Đồng chí Nguyễn Văn Lưu Chi cục trưởng Chi cục Kiểm lâm Thành phố Hồ Chí Minh tiếp thu ý kiến.',
      ).map((mention) => [mention.name, mention.titles]),
    ).toStrictEqual([['Nguyễn Văn Lưu', ['Chi cục trưởng Chi cục Kiểm lâm Thành phố Hồ Chí Minh']]])
    expect(
      officials('Ông Trần Văn Nam, Giám đốc Sở Tư pháp TP Hồ Chí Minh phát biểu.').map(
        (mention) => mention.name,
      ),
    ).toStrictEqual(['Trần Văn Nam'])
  })

  it('should add the title a person is elected to in the sentence', () => {
    expect(
      officials(
        'ông Trần Hữu Nam - Phó Bí thư Thị ủy đắc cử chức vụ Chủ tịch UBND Thị xã với 32 phiếu',
      )[0].titles,
    ).toStrictEqual(['Phó Bí thư Thị ủy', 'Chủ tịch UBND Thị xã'])
  })

  it('should give a person introduced with no title the title elected to', () => {
    expect(
      officials('Kết quả, ông Lê Văn Hòa trúng cử chức vụ Chủ tịch HĐND Thị xã với số phiếu 33/34'),
    ).toStrictEqual([{ name: 'Lê Văn Hòa', titles: ['Chủ tịch HĐND Thị xã'], isChair: false }])
    expect(officials('Kết quả, Lê Văn Hòa trúng cử chức vụ Chủ tịch HĐND Thị xã')).toStrictEqual([])
  })
})

describe('findOfficialMentions and a place whose last word is a family name', () => {
  it('should read the person after a place ending in a family name', () => {
    expect(
      officials('Đồng chí Bí thư Tỉnh ủy Hải Dương Trần Văn An đề nghị các cấp ủy.'),
    ).toStrictEqual([{ name: 'Trần Văn An', titles: ['Bí thư Tỉnh ủy Hải Dương'], isChair: false }])
    expect(officials('Chủ tịch UBND tỉnh Bắc Ninh Lê Văn Bình phát biểu.')).toStrictEqual([
      { name: 'Lê Văn Bình', titles: ['Chủ tịch UBND tỉnh Bắc Ninh'], isChair: false },
    ])
  })

  it('should keep no rank among the titles and see the chair after it', () => {
    expect(
      officials(
        'Hội nghị diễn ra dưới sự chủ trì của Thiếu tướng Hoàng Văn Kha, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh.',
      ),
    ).toEqual([
      {
        name: 'Hoàng Văn Kha',
        titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Giám đốc Công an tỉnh'],
        isChair: true,
      },
    ])
  })

  it('should read a title after a rank, before the name', () => {
    expect(officials('Thượng tá Trưởng Công an huyện Lò Văn Piềng chủ trì.')).toEqual([
      { name: 'Lò Văn Piềng', titles: ['Trưởng Công an huyện'], isChair: true },
    ])
  })

  it('should read past a rank between the name and its titles', () => {
    expect(
      officials('Đồng chí Vi Văn Quyết, Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh'),
    ).toEqual([
      { name: 'Vi Văn Quyết', titles: ['Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh'], isChair: false },
    ])
  })

  it('should read titles before a degree and the name', () => {
    expect(officials('Giám đốc Sở Y tế, PGS.TS Đinh Thị Lan phát biểu.')).toEqual([
      { name: 'Đinh Thị Lan', titles: ['Giám đốc Sở Y tế'], isChair: false },
    ])
  })

  it('should end a title before a rank and the name printed after it', () => {
    expect(officials('Phó Giám đốc Công an tỉnh Đại tá Trần Quang Hải báo cáo.')).toEqual([
      { name: 'Trần Quang Hải', titles: ['Phó Giám đốc Công an tỉnh'], isChair: false },
    ])
  })

  it('should name no official by a rank alone', () => {
    expect(officials('Thăm hỏi Đại tá Nguyễn Văn Lợi tại nhà riêng.')).toEqual([])
  })

  it('should give the titles before a colon to every name listed after it', () => {
    expect(
      officials(
        'Tham dự có các đồng chí Phó Chủ tịch UBND tỉnh: Lê Thị Bảy, Phạm Văn Cường; lãnh đạo các sở.',
      ),
    ).toEqual([
      { name: 'Lê Thị Bảy', titles: ['Phó Chủ tịch UBND tỉnh'], isChair: false },
      { name: 'Phạm Văn Cường', titles: ['Phó Chủ tịch UBND tỉnh'], isChair: false },
    ])
  })

  it('should put the shared titles before each listed person’s own', () => {
    expect(
      officials(
        'Dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Chủ tịch UBND tỉnh Hà Văn Dũng, Trưởng Ban Tổ chức Tỉnh ủy Chu Thị Én.',
      ),
    ).toEqual([
      {
        name: 'Hà Văn Dũng',
        titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ tịch UBND tỉnh'],
        isChair: false,
      },
      {
        name: 'Chu Thị Én',
        titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Tổ chức Tỉnh ủy'],
        isChair: false,
      },
    ])
  })

  it('should read a title the person is elected to after a comma', () => {
    expect(
      officials(
        'Ông Lý Văn Sáu, Chánh Văn phòng Huyện ủy, được bầu giữ chức danh Phó Chủ tịch HĐND huyện.',
      ),
    ).toEqual([
      {
        name: 'Lý Văn Sáu',
        titles: ['Chánh Văn phòng Huyện ủy', 'Phó Chủ tịch HĐND huyện'],
        isChair: false,
      },
    ])
  })

  it('should see a chair who chairs with a group named after "cùng"', () => {
    expect(
      officials(
        'Chủ tịch UBND tỉnh Đàm Văn Giáp cùng các Phó Chủ tịch UBND tỉnh chủ trì hội nghị.',
      ),
    ).toEqual([{ name: 'Đàm Văn Giáp', titles: ['Chủ tịch UBND tỉnh'], isChair: true }])
  })

  it('should not see a chair in someone the clause says another chairs', () => {
    expect(
      officials(
        'Giám đốc Sở Nội vụ Đàm Văn Giáp cùng đoàn công tác làm việc với huyện do lãnh đạo huyện chủ trì.',
      ),
    ).toEqual([{ name: 'Đàm Văn Giáp', titles: ['Giám đốc Sở Nội vụ'], isChair: false }])
  })

  it('should see the chair after "Tham dự và chủ trì Hội nghị, có"', () => {
    expect(
      officials(
        'Tham dự và chủ trì Hội nghị, có đồng chí Lưu Văn Tám - Bí thư Tỉnh ủy; đồng chí Hồ Văn Chín - Phó Bí thư Tỉnh ủy.',
      ),
    ).toEqual([
      { name: 'Lưu Văn Tám', titles: ['Bí thư Tỉnh ủy'], isChair: true },
      { name: 'Hồ Văn Chín', titles: ['Phó Bí thư Tỉnh ủy'], isChair: false },
    ])
  })

  it('should keep a school of medicine in the title and the degrees out of it', () => {
    expect(
      officials('Phó Giáo sư, Tiến sĩ Trịnh Văn Lực, Hiệu trưởng Trường Đại học Y Dược phát biểu.'),
    ).toEqual([
      { name: 'Trịnh Văn Lực', titles: ['Hiệu trưởng Trường Đại học Y Dược'], isChair: false },
    ])
  })

  it('should read a five-syllable Ê Đê name after the titles', () => {
    expect(officials('Phó Chủ tịch UBND tỉnh Y Giang Gry Niê Knơng phát biểu.')).toEqual([
      { name: 'Y Giang Gry Niê Knơng', titles: ['Phó Chủ tịch UBND tỉnh'], isChair: false },
    ])
  })

  it('should read the title a vote gives, after "bầu ông X làm"', () => {
    expect(
      officials('Hội nghị đã bầu ông Mạc Văn Tư làm Chủ tịch UBND xã nhiệm kỳ 2021-2026.'),
    ).toEqual([{ name: 'Mạc Văn Tư', titles: ['Chủ tịch UBND xã'], isChair: false }])
  })

  it('should read a title re-elected to, and one elected to after "được tín nhiệm bầu"', () => {
    expect(officials('Đồng chí Mạc Văn Tư tái đắc cử Bí thư Đảng ủy xã.')).toEqual([
      { name: 'Mạc Văn Tư', titles: ['Bí thư Đảng ủy xã'], isChair: false },
    ])
    expect(officials('Bà Mạc Thị Năm được tín nhiệm bầu giữ chức Bí thư Huyện đoàn.')).toEqual([
      { name: 'Mạc Thị Năm', titles: ['Bí thư Huyện đoàn'], isChair: false },
    ])
  })

  it('should keep no role stated as a predicate, with no vote before the name', () => {
    expect(officials('Ông Mạc Văn Tư làm Trưởng đoàn.')).toEqual([])
  })

  it('should read a name in capitals after the titles before it', () => {
    expect(officials('Chủ tịch UBND tỉnh LÂM VĂN MẪN phát biểu.')).toEqual([
      { name: 'LÂM VĂN MẪN', titles: ['Chủ tịch UBND tỉnh'], isChair: false },
    ])
  })

  it('should take "Đ/c" for an introducer, before a family name not in the list', () => {
    expect(officials('Dưới sự chủ trì của Đ/c Pờ Dần Sinh, Phó Chủ tịch UBND huyện.')).toEqual([
      { name: 'Pờ Dần Sinh', titles: ['Phó Chủ tịch UBND huyện'], isChair: true },
    ])
  })
})
