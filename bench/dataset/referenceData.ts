import type { Payload } from 'payload'

import type { Unit } from '@/payload-types'
import { placeholderPhoto } from '@/seed/placeholderMedia'

import type { Random } from './random'

/** The province, its city and districts, their party and people's committees and departments. */
const districts = [
  ['thành phố', 'Bắc Kạn'],
  ['huyện', 'Ba Bể'],
  ['huyện', 'Bạch Thông'],
  ['huyện', 'Chợ Đồn'],
  ['huyện', 'Chợ Mới'],
  ['huyện', 'Na Rì'],
  ['huyện', 'Ngân Sơn'],
  ['huyện', 'Pác Nặm'],
] as const
const communeNames = [
  'Sông Cầu',
  'Đức Xuân',
  'Nguyễn Thị Minh Khai',
  'Phùng Chí Kiên',
  'Xuất Hóa',
  'Huyền Tụng',
  'Dương Quang',
  'Nông Thượng',
  'Quảng Khê',
  'Hoàng Trĩ',
  'Cẩm Giàng',
  'Yên Thịnh',
  'Bằng Phúc',
  'Thanh Mai',
]
const departments = [
  'phòng Nội vụ',
  'phòng Tài chính – Kế hoạch',
  'phòng Quản lý đô thị',
  'phòng Văn hóa và Thông tin',
  'phòng Tài nguyên và Môi trường',
]
const familyNames = [
  'Nguyễn',
  'Hoàng',
  'Nông',
  'Triệu',
  'Lý',
  'Hà',
  'Ma',
  'Lục',
  'Đàm',
  'Dương',
  'Phạm',
  'Lương',
]
const middleNames = ['Văn', 'Thị', 'Hữu', 'Đức', 'Quang', 'Thanh', 'Minh', 'Xuân', 'Đình']
const givenNames = [
  'Bường',
  'Du',
  'Tâm',
  'Biển',
  'Hùng',
  'Hạnh',
  'Lâm',
  'Thúy',
  'Thuấn',
  'Khoa',
  'Hòa',
  'Đông',
  'Yến',
  'Quý',
  'Sơn',
]
const titles = [
  'Bí thư',
  'Phó Bí thư',
  'Chủ tịch',
  'Phó Chủ tịch',
  'Trưởng phòng',
  'Ủy viên Ban Thường vụ',
]
const categoryTree = {
  'Tin tức – Sự kiện': ['Chính trị', 'Kinh tế', 'Văn hóa – Xã hội'],
  'Xây dựng Đảng': ['Công tác cán bộ', 'Kiểm tra, giám sát'],
  'Hoạt động của lãnh đạo': ['Lãnh đạo tỉnh', 'Lãnh đạo thành phố', 'Lãnh đạo huyện'],
}

export type ReferenceData = Awaited<ReturnType<typeof referenceData>>

const personName = (random: Random) =>
  `${random.pick(familyNames)} ${random.pick(middleNames)} ${random.pick(givenNames)}`

/**
 * Everything an article links to, made once through the Local API (hooks fill slugs and names)
 * and found again when a data set grows.
 */
export const referenceData = async (payload: Payload, random: Random) => {
  const existing = await payload.find({ collection: 'categories', limit: 100, depth: 0 })
  if (!existing.totalDocs) await createReferenceData(payload, random)
  const all = async <S extends 'categories' | 'units' | 'officials' | 'users' | 'media'>(
    collection: S,
  ) =>
    (
      await payload.find({
        collection,
        limit: 10_000,
        depth: 0,
        pagination: false,
        sort: 'createdAt',
      })
    ).docs
  const categories = await all('categories')
  return {
    // Articles go in the leaves, as editors file them; the roots' pages show their sub-categories.
    categories: categories.filter((category) => category.parent).map((category) => category.id),
    units: (await all('units')) as Unit[],
    officials: (await all('officials')).map((official) => ({
      id: official.id,
      name: official.fullName,
      title: official.positions?.[0]?.title ?? '',
    })),
    reporters: (await all('users')).map((user) => ({
      id: user.id,
      penName: user.penName ?? user.fullName,
    })),
    photos: (await all('media')).map((photo) => photo.id),
  }
}

const createReferenceData = async (payload: Payload, random: Random) => {
  for (const [root, children] of Object.entries(categoryTree)) {
    const parent = await payload.create({ collection: 'categories', data: { name: root } })
    for (const name of children) {
      await payload.create({ collection: 'categories', data: { name, parent: parent.id } })
    }
  }
  const unit = (data: Omit<Unit, 'id' | 'updatedAt' | 'createdAt'>) =>
    payload.create({ collection: 'units', data })
  const province = await unit({ name: 'Tỉnh Bắc Kạn', kind: 'other', level: 'province' })
  const provincial = [
    await unit({
      name: 'Tỉnh ủy Bắc Kạn',
      kind: 'partyCommittee',
      level: 'province',
      parent: province.id,
    }),
    await unit({
      name: 'UBND tỉnh Bắc Kạn',
      kind: 'peoplesCommittee',
      level: 'province',
      parent: province.id,
    }),
  ]
  const officialUnits = [...provincial]
  for (const [kind, name] of districts) {
    const district = await unit({
      name: `${kind} ${name}`,
      kind: 'other',
      level: 'district',
      parent: province.id,
    })
    const committee = kind === 'thành phố' ? 'Thành ủy' : 'Huyện ủy'
    officialUnits.push(
      await unit({
        name: `${committee} ${name}`,
        kind: 'partyCommittee',
        level: 'district',
        parent: district.id,
      }),
      await unit({
        name: `UBND ${kind} ${name}`,
        kind: 'peoplesCommittee',
        level: 'district',
        parent: district.id,
      }),
    )
    for (const department of departments) {
      await unit({
        name: `${department} ${kind} ${name}`,
        kind: 'department',
        level: 'district',
        parent: district.id,
      })
    }
    for (const commune of random.some(communeNames, 10)) {
      const prefix = kind === 'thành phố' ? 'phường' : 'xã'
      await unit({
        name: `${prefix} ${commune} (${name})`,
        kind: 'communeOrWard',
        level: 'commune',
        parent: district.id,
      })
    }
  }
  for (let index = 0; index < 300; index += 1) {
    const at = random.pick(officialUnits)
    await payload.create({
      collection: 'officials',
      data: {
        fullName: personName(random),
        positions: [
          { title: `${random.pick(titles)} ${at.name}`, unit: at.id, from: '2020-10-01' },
        ],
      },
    })
  }
  for (let index = 0; index < 30; index += 1) {
    const fullName = personName(random)
    await payload.create({
      collection: 'users',
      data: {
        email: `phong-vien-${index}@bench.toasoan.example`,
        password: `bench-${index}-${random.next()}`,
        fullName,
        penName: fullName.split(' ').slice(-2).join(' '),
        roles: ['reporter'],
      },
    })
  }
  for (let index = 0; index < 60; index += 1) {
    const photo = await placeholderPhoto((index * 37) % 360)
    await payload.create({
      collection: 'media',
      data: {
        alt: `Ảnh hội nghị ${index + 1}`,
        caption: 'Quang cảnh hội nghị',
        credit: personName(random),
      },
      file: {
        data: photo,
        mimetype: 'image/jpeg',
        name: `bench-${index}.jpg`,
        size: photo.length,
      },
    })
  }
}
