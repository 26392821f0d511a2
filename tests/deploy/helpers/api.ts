export type ApiAnswer<T> = { status: number; json: T }

/** JSON over real HTTP to a running server's REST API, as a front end or the admin calls it. */
export const apiClient = (url: string) => {
  const call = async <T = Record<string, unknown>>(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    { token, body }: { token?: string; body?: unknown } = {},
  ): Promise<ApiAnswer<T>> => {
    const response = await fetch(`${url}/api${path}`, {
      method,
      headers: {
        ...(token ? { Authorization: `JWT ${token}` } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, json: (text ? JSON.parse(text) : null) as T }
  }
  return {
    call,
    /** The first account of a fresh database (an admin), logged in: its token. */
    firstAdmin: async (email: string, password: string): Promise<string> => {
      const answer = await call<{ token: string }>('POST', '/users/first-register', {
        body: { email, password, fullName: 'Quản trị viên' },
      })
      if (answer.status !== 200) throw new Error(`first-register: ${JSON.stringify(answer.json)}`)
      return answer.json.token
    },
    login: async (email: string, password: string): Promise<string> => {
      const answer = await call<{ token: string }>('POST', '/users/login', {
        body: { email, password },
      })
      if (answer.status !== 200) throw new Error(`login: ${JSON.stringify(answer.json)}`)
      return answer.json.token
    },
  }
}
