/** A path is public when it, or a group or array holding it, is on the list. */
export const isPublicPath = (publicPaths: string[], path: string): boolean =>
  publicPaths.some((publicPath) => path === publicPath || path.startsWith(`${publicPath}.`))
