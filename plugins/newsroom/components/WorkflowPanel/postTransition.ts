/** POST /api/<collection>/<id>/transition: one move, guarded by the stage the user saw. */
export const postTransition = (
  url: string,
  body: { to: string; note?: string; assignee?: string; expectedStage: string },
): Promise<Response> =>
  fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
