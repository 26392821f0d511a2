/** The site's public address, as links the server prints should start: see .env.example. */
export const publicServerURL = (): string =>
  process.env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${process.env.PORT || 3000}`
