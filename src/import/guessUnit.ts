import { foldText } from '../lib/foldText'
import type { Unit } from '../payload-types'

type UnitKind = Unit['kind']
type UnitLevel = Unit['level']

const KINDS: [RegExp, UnitKind][] = [
  // The Youth Union's committee of a place ("Xã đoàn", "Huyện đoàn") before the place itself.
  [/^(tinh|thanh|huyen|thi|quan|xa|phuong) doan\b/, 'massOrganisation'],
  [/^(ubnd|uy ban nhan dan)\b/, 'peoplesCommittee'],
  [/^(hdnd|hoi dong nhan dan)\b/, 'peoplesCouncil'],
  [
    /^(tinh uy|thanh uy|huyen uy|thi uy|dang uy|dang bo|ban thuong vu|ban chap hanh)\b/,
    'partyCommittee',
  ],
  // Before the departments: "Ban Chỉ huy Quân sự" is a command, not a "Ban".
  [
    /^(cong an|co quan quan su|bo chi huy|ban chi huy|ban chqs|quan su|bo doi bien phong|don bien phong)\b/,
    'armedForces',
  ],
  [/^(phong|ban|so|van phong|trung tam|chi cuc|cuc|benh vien|hat)\b/, 'department'],
  [/^(phuong|xa|thi tran)\b/, 'communeOrWard'],
  [/^(mat tran|hoi|doan|lien doan)\b/, 'massOrganisation'],
]

/**
 * A unit named in legacy text gets a kind and level from the words it starts with, as an
 * editor would guess them; the import marks them for the editor to confirm.
 */
export const guessUnit = (name: string): { kind: UnitKind; level: UnitLevel } => {
  const folded = foldText(name)
  const kind = KINDS.find(([pattern]) => pattern.test(folded))?.[1] ?? 'other'
  // "UBND xã Tân Lập", "Xã đoàn Vĩnh Hanh": a commune's body is at the commune's level.
  const level: UnitLevel =
    kind === 'communeOrWard' || /\b(?:(?<!thi )xa|phuong|thi tran)\b/.test(folded)
      ? 'commune'
      : /\btinh\b/.test(folded) && !/\bthanh pho\b|\bhuyen\b/.test(folded)
        ? 'province'
        : 'district'
  return { kind, level }
}
