import { bylineRoles, bylineRoleWords, type BylineRole, type PrintedLanguage } from './bylineRoles'

export type BylineCredit = { name: string; role: BylineRole }

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * The byline as the portal prints it under an article:
 * - one or more writers and nothing else: their names, "Triệu Biển";
 * - otherwise each person with their roles, people doing the same roles together:
 *   "Bài: Minh Hương – Ảnh: Thành Tâm", "Bài, ảnh: Triệu Biển".
 * Names keep the order of first appearance; roles follow the printed order (bài, ảnh, …).
 * In English the role words are English: "Text: Minh Hương – Translation: Thu Hà".
 */
export const formatByline = (credits: BylineCredit[], language: PrintedLanguage = 'vi'): string => {
  const word = (role: BylineRole) => bylineRoleWords[role].printed[language]
  const people: { name: string; roles: Set<BylineRole> }[] = []
  for (const { name, role } of credits) {
    const trimmed = name.trim()
    if (!trimmed) continue
    const person = people.find((candidate) => candidate.name === trimmed)
    if (person) person.roles.add(role)
    else people.push({ name: trimmed, roles: new Set([role]) })
  }
  if (people.every((person) => person.roles.size === 1 && person.roles.has('text'))) {
    return people.map((person) => person.name).join(', ')
  }

  const groups: { roles: string; names: string[] }[] = []
  for (const person of people) {
    const roles = bylineRoles
      .filter((role) => person.roles.has(role))
      .map((role, index) => (index === 0 ? word(role) : word(role).toLowerCase()))
      .join(', ')
    const group = groups.find((candidate) => candidate.roles === roles)
    if (group) group.names.push(person.name)
    else groups.push({ roles, names: [person.name] })
  }
  return groups.map((group) => `${capitalise(group.roles)}: ${group.names.join(', ')}`).join(' – ')
}
