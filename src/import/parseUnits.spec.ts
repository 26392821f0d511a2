import { describe, expect, it } from 'vitest'

import {
  findUnitMentions,
  isGroupOfBodies,
  uniqueUnitNames,
  withoutRepeatedUnits,
} from './parseUnits'
import { articlePlaces } from './places'

const city = articlePlaces(['Thành phố Bắc Kạn họp'], ['Thành phố Bắc Kạn họp'])
const nowhere = articlePlaces([], [])
const units = (line: string, places = city) =>
  findUnitMentions(line, places).map((unit) => unit.name)

describe('findUnitMentions', () => {
  it('should read bodies of a place and complete a bare level', () => {
    expect(units('Lãnh đạo UBND thành phố tổ chức tự kiểm điểm')).toEqual([
      'UBND thành phố Bắc Kạn',
    ])
    expect(units('hội nghị của Ủy ban nhân dân tỉnh kiểm điểm', nowhere)).toEqual(['UBND tỉnh'])
    expect(units('yêu cầu Văn phòng UBND tỉnh tiếp thu', nowhere)).toEqual(['Văn phòng UBND tỉnh'])
  })

  it('should skip generic communes and a bare Mặt trận Tổ quốc', () => {
    expect(units('UBND 08 xã, phường và UBND xã, phường, thôn, tổ; Đảng bộ xã, phường')).toEqual([])
    expect(units('cấp ủy, chính quyền, Mặt trận Tổ quốc, đoàn thể từ thành phố')).toEqual([])
  })

  it('should read party committees and map a Đảng bộ to its committee', () => {
    expect(units('Ban Chấp hành Đảng bộ thành phố Bắc Kạn họp mở rộng')).toEqual([
      'Thành ủy Bắc Kạn',
    ])
    expect(units('Năm 2020, Đảng bộ thành phố Bắc Kạn đã tập trung')).toEqual(['Thành ủy Bắc Kạn'])
    expect(units('Thường trực Tỉnh ủy làm việc')).toEqual(['Tỉnh ủy'])
    expect(
      units('kiến nghị với Ban Thường vụ Tỉnh ủy một số nội dung; tham mưu BTV Tỉnh ủy ban hành'),
    ).toEqual(['Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy'])
    expect(units('Ban Thường vụ, Ban Chấp hành Đảng bộ thành phố đã tập trung')).toEqual([
      'Thành ủy Bắc Kạn',
    ])
  })

  it('should not take "Tỉnh ủy viên" for a committee', () => {
    expect(units('là Tỉnh ủy viên')).toEqual([])
  })

  it('should read departments up to the verb, with the place printed after the name', () => {
    expect(units('đại diện lãnh đạo phòng Nội vụ thành phố thông qua')).toEqual([
      'phòng Nội vụ thành phố Bắc Kạn',
    ])
    expect(units('đại diện lãnh đạo phòng Nội vụ thông qua')).toEqual(['phòng Nội vụ'])
    expect(units('Chi cục Thuế huyện Ba Tri báo cáo', nowhere)).toEqual([
      'Chi cục Thuế huyện Ba Tri',
    ])
    expect(
      units(
        'Tại cuộc họp, phòng Quản lý đô thị, Ban Quản lý Dịch vụ công ích đô thị thành phố thông qua',
      ),
    ).toEqual(['phòng Quản lý đô thị', 'Ban Quản lý Dịch vụ công ích đô thị thành phố Bắc Kạn'])
    expect(units('Phòng Giáo dục và Đào tạo bàn giải pháp')).toEqual(['phòng Giáo dục và Đào tạo'])
    expect(units('các phòng, ban, ngành, đơn vị; an ninh quốc phòng')).toEqual([])
  })

  it('should split a list of wards', () => {
    expect(units('Còn lại 02 phường Sông Cầu và Nguyễn Thị Minh Khai đạt trên 70%.')).toEqual([
      'phường Sông Cầu',
      'phường Nguyễn Thị Minh Khai',
    ])
  })

  it('should give a sentence-opening Công an the article’s place, and nothing else', () => {
    expect(units('năm 2020. Công an chủ trì phối hợp với phòng Giáo dục và Đào tạo')).toEqual([
      'Công an thành phố Bắc Kạn',
      'phòng Giáo dục và Đào tạo',
    ])
    expect(units('12 công dân đạt tiêu chuẩn Công an. 90 công dân')).toEqual([])
    expect(units('Cơ quan Quân sự thành phố tiếp tục rà soát')).toEqual([
      'Cơ quan Quân sự thành phố Bắc Kạn',
    ])
  })

  it('should leave out units inside excluded spans', () => {
    const line =
      'đồng chí Nguyễn Khắc Thận, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị của UBND tỉnh'
    const titlesEnd = line.indexOf(' chủ trì')
    const mentions = findUnitMentions(line, nowhere, [{ start: 0, end: titlesEnd }])
    expect(mentions.map((unit) => [unit.name, unit.start])).toEqual([
      ['UBND tỉnh', line.lastIndexOf('UBND')],
    ])
  })
})

describe('uniqueUnitNames', () => {
  it('should deduplicate by folded name', () => {
    expect(uniqueUnitNames(['UBND tỉnh', 'Tỉnh ủy', 'UBND TỈNH'])).toEqual(['UBND tỉnh', 'Tỉnh ủy'])
  })
})

describe('uniqueUnitNames', () => {
  it('should keep one record per body, whatever the spelling', () => {
    expect(
      uniqueUnitNames([
        'Ủy ban Mặt trận Tổ quốc xã Vũ Muộn',
        'UBMTTQ xã Vũ Muộn',
        'Ủy ban MTTQ xã Vũ Muộn',
        'UBND xã Vũ Muộn',
      ]),
    ).toStrictEqual(['Ủy ban Mặt trận Tổ quốc xã Vũ Muộn', 'UBND xã Vũ Muộn'])
  })
})

describe('findUnitMentions on other portals’ units', () => {
  it('should give each commune listed after a plural head its body', () => {
    expect(
      units('giám sát tại các đảng ủy phường Thủy Lương, phường Thủy Phương, xã Dương Hòa.'),
    ).toEqual(['Đảng ủy phường Thủy Lương', 'Đảng ủy phường Thủy Phương', 'Đảng ủy xã Dương Hòa'])
    expect(units('các Chi bộ thôn và phường Hòa Bình, xã An Phú')).toEqual([
      'phường Hòa Bình',
      'xã An Phú',
    ])
  })

  it('should read the bodies every place has, in either case', () => {
    expect(
      units('Tham dự có lãnh đạo Hội cựu Thanh niên xung phong tỉnh và Thanh tra huyện'),
    ).toEqual(['Hội cựu Thanh niên xung phong tỉnh', 'Thanh tra huyện'])
    expect(units('Ủy ban Kiểm tra Huyện ủy, Kho bạc Nhà nước huyện cùng dự')).toEqual([
      'Ủy ban Kiểm tra Huyện ủy',
      'Kho bạc Nhà nước huyện',
    ])
  })

  const none = articlePlaces([], [])
  const names = (line: string) => findUnitMentions(line, none).map((unit) => unit.name)

  it('should never glue a person into a unit', () => {
    expect(names('Phó Chủ tịch Thường trực HĐND tỉnh Lê Tiến Lâm dự')).toEqual([
      'Thường trực HĐND tỉnh',
    ])
    expect(names('Bí thư Tỉnh ủy Lê Đức Thọ phát biểu')).toEqual(['Tỉnh ủy'])
  })

  it("should read the Front's central committee, its organs and the national mass organisations", () => {
    expect(
      names(
        'Sáng 27/12, Ban Thường trực UBTƯ MTTQ Việt Nam tổ chức Hội nghị Đoàn Chủ tịch UBTƯ MTTQ Việt Nam',
      ),
    ).toEqual(['Ban Thường trực UBTƯ MTTQ Việt Nam', 'Đoàn Chủ tịch UBTƯ MTTQ Việt Nam'])
    expect(names('Trung ương Hội Nông dân Việt Nam tổ chức gặp mặt báo chí')).toEqual([
      'Trung ương Hội Nông dân Việt Nam',
    ])
    // A member of the committee holds a position in it: "Ủy viên UBTƯ MTTQ Việt Nam" is a title.
    expect(names('bầu bổ sung Ủy viên UBTƯ MTTQ Việt Nam')).toEqual([])
  })

  it("should read the courts' and procuracies' abbreviations, the supreme ones without a level", () => {
    expect(names('VKSND huyện Kông Chro phối hợp TAND huyện Kông Chro tổ chức phiên tòa')).toEqual([
      'VKSND huyện Kông Chro',
      'TAND huyện Kông Chro',
    ])
    expect(names('đại diện VKSND tối cao, VKSQS Trung ương và Viện KSND tỉnh Gia Lai')).toEqual([
      'VKSND tối cao',
      'VKSQS Trung ương',
      'Viện KSND tỉnh Gia Lai',
    ])
  })

  it('should read ministries and the central military bodies, not the Politburo', () => {
    expect(
      names('lãnh đạo Quân ủy Trung ương, Bộ Quốc phòng, Tổng cục Chính trị và Bộ Tư pháp dự'),
    ).toEqual(['Quân ủy Trung ương', 'Bộ Quốc phòng', 'Tổng cục Chính trị', 'Bộ Tư pháp'])
    expect(names('theo kết luận của Bộ Chính trị')).toEqual([])
  })

  it("should end a department's name before the verb after it and before a second department", () => {
    expect(names('cán bộ Ban Tuyên giáo dự hội nghị')).toEqual(['Ban Tuyên giáo'])
    expect(names('Sở Tài nguyên và Môi trường tổ chức')).toEqual(['Sở Tài nguyên và Môi trường'])
    expect(names('Tổng cục Chính trị và Bộ Tư pháp phối hợp')).toEqual([
      'Tổng cục Chính trị',
      'Bộ Tư pháp',
    ])
  })

  it("should read the Youth Union's committees of places, hospitals and rangers' posts", () => {
    expect(names('Huyện đoàn Mỹ Lộc phối hợp Tỉnh Đoàn Bình Thuận tổ chức')).toEqual([
      'Huyện đoàn Mỹ Lộc',
      'Tỉnh Đoàn Bình Thuận',
    ])
    expect(names('nhân dân xã đoàn kết, Huyện đoàn tổ chức')).toEqual(['Huyện đoàn'])
    expect(names('Bệnh viện Đa khoa huyện Mỹ Lộc, Hạt Kiểm lâm huyện Mỹ Lộc dự')).toEqual([
      'Bệnh viện Đa khoa huyện Mỹ Lộc',
      'Hạt Kiểm lâm huyện Mỹ Lộc',
    ])
  })

  it("should read a department's abbreviated fields joined by & or a hyphen as its name", () => {
    expect(names('Phòng GD&ĐT huyện Tam Nông tổ chức hội nghị')).toEqual([
      'phòng GD&ĐT huyện Tam Nông',
    ])
    expect(names('đại diện Sở TN&MT, Phòng LĐ-TB&XH thị xã')).toEqual([
      'Sở TN&MT',
      'phòng LĐ-TB&XH thị xã',
    ])
  })

  it('should read a bare level listed with another level as many places, no unit', () => {
    // No single procuracy: the group as printed (the corpus's rule for many bodies at one level).
    expect(names('lãnh đạo một số VKSND tỉnh, thành phố tham dự')).toEqual([
      'một số VKSND tỉnh, thành phố',
    ])
    expect(names('Chủ tịch UBND huyện, thị xã dự hội nghị')).toEqual([])
    expect(names('UBND huyện, Huyện ủy Mỹ Lộc dự hội nghị')).toEqual([
      'UBND huyện',
      'Huyện ủy Mỹ Lộc',
    ])
  })

  it('should share the place of a list joined by hyphens, its heads in either case', () => {
    expect(
      names(
        'người đứng đầu Hội đồng nhân dân-Ủy ban nhân dân-Ủy Ban mặt trận Tổ quốc Việt Nam xã Tân Lập đối thoại',
      ),
    ).toEqual(['HĐND xã Tân Lập', 'UBND xã Tân Lập', 'Ủy Ban mặt trận Tổ quốc Việt Nam xã Tân Lập'])
  })

  it('should share the place of a list of bodies and read new heads', () => {
    expect(
      names('Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Trường Sơn tổ chức gặp mặt'),
    ).toEqual([
      'Đảng ủy xã Trường Sơn',
      'HĐND xã Trường Sơn',
      'UBND xã Trường Sơn',
      'Ủy ban MTTQ Việt Nam xã Trường Sơn',
    ])
    expect(names('Văn phòng HĐND và UBND huyện Nam Đông tổ chức lễ')).toEqual([
      'Văn phòng HĐND và UBND huyện Nam Đông',
    ])
    expect(names('Tòa án nhân dân huyện thụ lý 49 vụ')).toEqual(['Tòa án nhân dân huyện'])
  })
})

describe('findUnitMentions on groups of bodies', () => {
  it('should keep a council’s committees and one body in many places as printed', () => {
    expect(units('lãnh đạo các Ban HĐND huyện, Văn phòng HĐND và UBND huyện', nowhere)).toEqual([
      'các Ban HĐND huyện',
      'Văn phòng HĐND và UBND huyện',
    ])
    expect(units('Thường trực HĐND huyện, lãnh đạo hai Ban HĐND', nowhere)).toEqual([
      'Thường trực HĐND huyện',
      'hai Ban HĐND',
    ])
    expect(units('kiểm tra hoạt động của HĐND các xã, thị trấn', nowhere)).toEqual([
      'HĐND các xã, thị trấn',
    ])
  })
})

describe('findUnitMentions on communes named after people or numbered', () => {
  it('should keep a commune named after a person when no titles follow the name', () => {
    expect(units('Đảng ủy xã Đào Hữu Cảnh triển khai kế hoạch', nowhere)).toContain(
      'Đảng ủy xã Đào Hữu Cảnh',
    )
    expect(
      units('Bí thư Đảng ủy xã Trần Văn Nam, Chủ tịch UBND xã phát biểu', nowhere),
    ).not.toContain('Đảng ủy xã Trần Văn Nam')
  })

  it('should read a ward numbered in Roman figures and a ward committee’s standing board', () => {
    expect(units('UBND phường Hải Châu I tổ chức hội nghị', nowhere)).toContain(
      'UBND phường Hải Châu I',
    )
    expect(units('Ban Thường vụ Đảng ủy phường Mỹ Quý tổ chức hội nghị', nowhere)).toContain(
      'Ban Thường vụ Đảng ủy phường Mỹ Quý',
    )
  })
})

describe('findUnitMentions on a department whose name lists its fields', () => {
  it('should read the fields listed with commas and "và" as one name', () => {
    expect(units('Sở Văn hóa, Thể thao và Du lịch tổ chức hội nghị', nowhere)).toEqual([
      'Sở Văn hóa, Thể thao và Du lịch',
    ])
    expect(units('phòng Lao động, Thương binh và Xã hội huyện báo cáo', nowhere)).toEqual([
      'phòng Lao động, Thương binh và Xã hội huyện',
    ])
  })
})

describe('findUnitMentions on a shared level with no name', () => {
  it('should give the last body of the list the place as well', () => {
    expect(
      units('lãnh đạo Đảng ủy và Ủy ban nhân dân phường đã có buổi tiếp xúc', nowhere),
    ).toEqual(['Đảng ủy phường', 'UBND phường'])
  })
})

describe('findUnitMentions and an abbreviation after the head', () => {
  it('should read the body past its abbreviation in brackets', () => {
    expect(
      units('Sáng ngày 5/3, Hội Liên hiệp Phụ nữ (LHPN) tỉnh tổ chức hội nghị', nowhere),
    ).toEqual(['Hội Liên hiệp Phụ nữ tỉnh'])
  })
})

describe('findUnitMentions and the appeal-level bodies', () => {
  it('should read a procuracy or court "cấp cao tại" a city', () => {
    expect(
      units('Viện kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh kiểm tra công tác', nowhere),
    ).toEqual(['Viện kiểm sát nhân dân cấp cao tại thành phố Hồ Chí Minh'])
  })
})

describe('findUnitMentions and a field in lower case', () => {
  it('should keep a lower-case field after "và" when the level follows', () => {
    expect(units('Phòng Tài nguyên và môi trường thị xã báo cáo', nowhere)).toEqual([
      'phòng Tài nguyên và môi trường thị xã',
    ])
    expect(units('phòng Tài chính và các đơn vị báo cáo', nowhere)).toEqual(['phòng Tài chính'])
  })
})

describe('findUnitMentions and the country’s bodies', () => {
  it('should read the National Assembly, the Government and the news agency without a level', () => {
    expect(units('Quốc hội tiến hành chất vấn tại Kỳ họp thứ Sáu', nowhere)).toEqual(['Quốc hội'])
    expect(units('Hội nghị cán bộ toàn ngành TTXVN năm 2015', nowhere)).toEqual(['TTXVN'])
    expect(units('Ủy ban Thường vụ Quốc hội họp phiên thứ 30', nowhere)).toEqual([
      'Ủy ban Thường vụ Quốc hội',
    ])
    expect(units('ông là Đại biểu Quốc hội khóa XV', nowhere)).toEqual([])
    expect(units('Thủ tướng Chính phủ chủ trì hội nghị đối thoại', nowhere)).toEqual([])
  })
})

describe('withoutRepeatedUnits and spellings', () => {
  it('should drop a group beside the same group spelt out with its level', () => {
    expect(withoutRepeatedUnits(['các Ban HĐND', 'các Ban Hội đồng nhân dân huyện'])).toEqual([
      'các Ban Hội đồng nhân dân huyện',
    ])
    expect(withoutRepeatedUnits(['UBND xã', 'UBND huyện'])).toEqual(['UBND xã', 'UBND huyện'])
  })
})

describe('findUnitMentions and a level printed again in a list', () => {
  it('should not repeat the level of a listed commune', () => {
    expect(units('Tham dự có lãnh đạo phường Tân An, Phường Hòa Bình.', nowhere)).toEqual([
      'phường Tân An',
      'phường Hòa Bình',
    ])
  })
})

describe('findUnitMentions and the places named after a group of bodies', () => {
  it('should give each place named after "các <level>" the group’s body', () => {
    const line =
      'Giám sát tại Ủy ban nhân dân các huyện Càng Long, Trà Cú và Châu Thành; Thường trực HĐND các huyện, thành phố dự.'
    expect(findUnitMentions(line, articlePlaces([], [line])).map((unit) => unit.name)).toEqual([
      'Ủy ban nhân dân huyện Càng Long',
      'Ủy ban nhân dân huyện Trà Cú',
      'Ủy ban nhân dân huyện Châu Thành',
      'Thường trực HĐND các huyện, thành phố',
    ])
  })
})

describe('uniqueUnitNames and standing committees', () => {
  it('should keep one record for a body and its standing committee, the first named', () => {
    expect(
      uniqueUnitNames(['HĐND các xã, thị trấn', 'Thường trực HĐND các xã, thị trấn', 'UBND xã']),
    ).toEqual(['HĐND các xã, thị trấn', 'UBND xã'])
    expect(uniqueUnitNames(['Thường trực HĐND huyện', 'HĐND huyện'])).toEqual([
      'Thường trực HĐND huyện',
    ])
  })
})

describe('findUnitMentions and more unit heads', () => {
  const namesOf = (line: string) =>
    findUnitMentions(line, articlePlaces([], [line])).map((unit) => unit.name)

  it('should read the offices of the council and committee spelt out', () => {
    expect(
      namesOf(
        'Dự có Văn phòng Hội đồng nhân dân tỉnh và Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Mỹ Lộc.',
      ),
    ).toEqual([
      'Văn phòng Hội đồng nhân dân tỉnh',
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Mỹ Lộc',
    ])
  })

  it('should read schools by their kind and not a commune named "Trường …"', () => {
    expect(
      namesOf('Tham dự có Trường THCS Lê Lợi, Trường Mầm non Hoa Sen và UBND xã Trường Phú.'),
    ).toEqual(['Trường THCS Lê Lợi', 'Trường Mầm non Hoa Sen', 'UBND xã Trường Phú'])
  })

  it('should read cooperatives and firms, never a commune in "Hợp tác xã"', () => {
    expect(
      namesOf('Cùng dự có Hợp tác xã Nông nghiệp Tân Phú và Công ty Cổ phần Cấp nước Mỹ Lộc.'),
    ).toEqual(['Hợp tác xã Nông nghiệp Tân Phú', 'Công ty Cổ phần Cấp nước Mỹ Lộc'])
  })

  it('should read border posts and commands, and the electricity and post offices', () => {
    expect(
      namesOf(
        'Dự có Đồn Biên phòng Sơn Hải, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Điện lực Mỹ Lộc và Bưu điện huyện.',
      ),
    ).toEqual([
      'Đồn Biên phòng Sơn Hải',
      'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
      'Điện lực Mỹ Lộc',
      'Bưu điện huyện',
    ])
  })

  it('should read the offices of programmes and registries, not the council’s office twice', () => {
    expect(
      namesOf('Dự có Văn phòng Điều phối nông thôn mới huyện và Văn phòng HĐND và UBND huyện.'),
    ).toEqual(['Văn phòng Điều phối nông thôn mới huyện', 'Văn phòng HĐND và UBND huyện'])
  })

  it('should read the commune’s forces and services in lower case only with their level, capitalised', () => {
    expect(
      namesOf(
        'Dự có công an xã, ban chỉ huy quân sự xã, hội nông dân xã và trạm y tế xã An Phú. Lực lượng công an đã phối hợp.',
      ),
    ).toEqual([
      'Công an xã An Phú',
      'Ban chỉ huy quân sự xã An Phú',
      'Hội nông dân xã An Phú',
      'Trạm y tế xã An Phú',
    ])
    expect(namesOf('Dự có BCH Quân sự xã, Đoàn TN xã và Hội ND xã An Phú.')).toEqual([
      'BCH Quân sự xã An Phú',
      'Đoàn TN xã An Phú',
      'Hội ND xã An Phú',
    ])
  })

  it('should read an office of many bodies as no unit, and of many places as a group', () => {
    const names = namesOf(
      'Dự có Phòng Tổ chức - Hành chính các Sở, Ban, ngành; Văn phòng HĐND và UBND các huyện; Phòng Nội vụ các huyện, thị xã và Sở Nội vụ.',
    )
    expect(names).toEqual(['phòng Nội vụ các huyện, thị xã', 'Sở Nội vụ'])
    expect(isGroupOfBodies(names[0])).toBe(true)
    const owned = namesOf('Tại điểm cầu có Phòng Nội vụ thuộc huyện, thị xã, thành phố.')
    expect(owned).toEqual(['phòng Nội vụ thuộc huyện, thị xã, thành phố'])
    expect(isGroupOfBodies(owned[0])).toBe(true)
    expect(isGroupOfBodies('phòng Nội vụ huyện')).toBe(false)
  })

  it('should cut a person’s name printed right after a department or a commune', () => {
    expect(
      namesOf(
        'Về phía huyện có Ban Dân vận Huyện ủy Nguyễn Văn An, Sở Y tế Trần Thị Lan và xã Tân An Lê Văn Bình.',
      ),
    ).toEqual(['Ban Dân vận Huyện ủy', 'Sở Y tế', 'xã Tân An'])
    expect(namesOf('Dự có phường Nguyễn Thị Minh Khai và Trường THCS Lê Quý Đôn.')).toEqual([
      'phường Nguyễn Thị Minh Khai',
      'Trường THCS Lê Quý Đôn',
    ])
  })

  it('should read "cấp ủy" listed with a place’s bodies as its party committee', () => {
    expect(
      namesOf(
        'Người đứng đầu cấp  ủy- Hội đồng nhân dân-Ủy ban nhân dân thị trấn Chợ Vàm đối thoại.',
      ),
    ).toEqual(['cấp ủy thị trấn Chợ Vàm', 'HĐND thị trấn Chợ Vàm', 'UBND thị trấn Chợ Vàm'])
    expect(namesOf('Lãnh đạo các cấp ủy, HĐND xã An Phú dự.')).toEqual(['HĐND xã An Phú'])
  })

  it('should keep many bodies of one kind at one level as printed, a group', () => {
    const names = namesOf(
      'Dự có VKSQS Trung ương, các VKSND cấp cao, một số VKSND tỉnh, thành phố, VKSQS cấp quân khu và các UBND cấp xã.',
    )
    expect(names).toEqual([
      'VKSQS Trung ương',
      'các VKSND cấp cao',
      'một số VKSND tỉnh, thành phố',
      'VKSQS cấp quân khu',
      'các UBND cấp xã',
    ])
    expect(names.slice(1).every(isGroupOfBodies)).toBe(true)
    expect(isGroupOfBodies('VKSQS Trung ương')).toBe(false)
  })

  it('should read the Front’s hamlet board only with its hamlet named', () => {
    expect(namesOf('Dự có Ban Công tác Mặt trận và nhân dân các khối phố.')).toEqual([])
    expect(namesOf('Dự có Ban Công tác Mặt trận thôn Tân Lập.')).toEqual([
      'Ban Công tác Mặt trận thôn Tân Lập',
    ])
  })

  it('should give each commune listed after "UBND các xã" its committee', () => {
    expect(namesOf('Làm việc với UBND các xã Tiên Cẩm, Tiên Lãnh và Tiên Hà.')).toEqual([
      'UBND xã Tiên Cẩm',
      'UBND xã Tiên Lãnh',
      'UBND xã Tiên Hà',
    ])
  })

  it('should end a name before a verb in lower case and before a person introduced', () => {
    expect(
      namesOf(
        'Lãnh đạo Bộ Ngoại giao thông tin chuyên đề; Công ty Minh Phát ông Trần Văn Bình trình bày.',
      ),
    ).toEqual(['Bộ Ngoại giao', 'Công ty Minh Phát'])
    expect(namesOf('Chi cục Kiểm lâm vùng IV phát động phong trào trồng cây.')).toEqual([
      'Chi cục Kiểm lâm vùng IV',
    ])
  })
})

describe('findUnitMentions on the Front’s standing board', () => {
  it('should read "Ban Thường trực Ủy ban MTTQ" as one unit, not the committee', () => {
    expect(
      units('Sáng 5/1, Ban Thường trực Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị.', nowhere),
    ).toEqual(['Ban Thường trực Ủy ban MTTQ Việt Nam huyện'])
    expect(units('Ban Thường trực UBMTTQ xã Tân Lập và Ủy ban MTTQ huyện', nowhere)).toEqual([
      'Ban Thường trực UBMTTQ xã Tân Lập',
      'Ủy ban MTTQ huyện',
    ])
  })
})

describe('findUnitMentions on "TP", the city abbreviated', () => {
  it('should read "TP" before the city’s name after a body’s head as "thành phố"', () => {
    expect(units('Chiều 26/10, HĐND TP Hải Phòng tổ chức kỳ họp thứ 30.', nowhere)).toEqual([
      'HĐND thành phố Hải Phòng',
    ])
    expect(units('Chủ tịch UBND TP Cần Thơ Trần Văn Nam phát biểu', nowhere)).toEqual([
      'UBND thành phố Cần Thơ',
    ])
  })

  it('should not take a bare "TP" for a place', () => {
    expect(units('Kỳ họp HĐND TP khóa XVI', nowhere)).toEqual([])
  })
})

describe('findUnitMentions on a commune’s bodies listed bare', () => {
  const ward = articlePlaces(
    ['Hội nghị đối thoại với nhân dân', 'Sáng 3/5, UBND phường Tân An tổ chức hội nghị.'],
    ['Sáng 3/5, UBND phường Tân An tổ chức hội nghị.'],
  )
  const line =
    'Tham dự có đại diện UBMTTQVN, các đoàn thể, BCH quân sự, BCH công an, Trạm y tế, cán bộ chuyên môn phường và các tổ trưởng tổ dân phố.'

  it('should keep them as printed in an article about one commune', () => {
    expect(units(line, ward)).toEqual(['UBMTTQVN', 'BCH quân sự', 'BCH công an', 'Trạm y tế'])
  })

  it('should leave them out in an article about no commune', () => {
    expect(units(line, city)).toEqual([])
  })
})

describe('findUnitMentions on a sub-board', () => {
  it('should read "Tiểu ban …" with its name, as a department', () => {
    expect(
      units('Sáng 9/3, Tiểu ban Nhân sự Đại hội Đảng bộ tỉnh họp phiên thứ ba.', nowhere),
    ).toEqual(['Tiểu ban Nhân sự Đại hội Đảng bộ tỉnh'])
    expect(units('Thường trực Tiểu ban Văn kiện đã họp cho ý kiến vào dự thảo.', nowhere)).toEqual([
      'Tiểu ban Văn kiện',
    ])
  })
})
