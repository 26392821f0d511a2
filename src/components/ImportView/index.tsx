export const ImportView = () => null
