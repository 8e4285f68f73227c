/**
 * A small stand-in for the GitHub REST API on 127.0.0.1: the issue-comment endpoints (list with Link-header pagination,
 * create, update) and GET pull request, keeping comments in memory and recording every request, with failures that a
 * test can queue (a 403 on writes, 5xx or rate-limit answers).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  authorization: string | null
  body: unknown
}

export interface StoredComment {
  id: number
  issueNumber: number
  body: string
  user: { login: string; type: string }
}

export interface QueuedFailure {
  /** Which requests fail: "GET", "POST", "PATCH" or any when absent. */
  method?: string
  status: number
  message?: string
  headers?: Record<string, string>
}

export interface FakeGitHub {
  url: string
  owner: string
  repo: string
  requests: RecordedRequest[]
  comments: StoredComment[]
  /** Head commit of each pull request, for GET /pulls/N. */
  pullRequestHeads: Map<number, string>
  /** Writes (POST, PATCH) answer 403 like a read-only token when true. */
  readOnly: boolean
  failures: QueuedFailure[]
  addComments(issueNumber: number, count: number, body?: (index: number) => string): void
  commentsOn(issueNumber: number): StoredComment[]
  close(): Promise<void>
}

function send(response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  response.end(JSON.stringify(value))
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  return text === '' ? null : JSON.parse(text)
}

export async function startFakeGitHub(owner = 'octo-org', repo = 'spsc'): Promise<FakeGitHub> {
  let nextId = 1000
  const state: Omit<FakeGitHub, 'url' | 'close'> & { url: string; close: () => Promise<void> } = {
    url: '',
    owner,
    repo,
    requests: [],
    comments: [],
    pullRequestHeads: new Map(),
    readOnly: false,
    failures: [],
    addComments(issueNumber, count, body = (index) => `comment ${index} from someone else`) {
      for (let index = 0; index < count; index++) {
        state.comments.push({ id: nextId++, issueNumber, body: body(index), user: { login: 'someone', type: 'User' } })
      }
    },
    commentsOn(issueNumber) {
      return state.comments.filter((comment) => comment.issueNumber === issueNumber)
    },
    close: async () => undefined
  }
  const asJson = (comment: StoredComment) => ({
    id: comment.id,
    body: comment.body,
    user: comment.user,
    html_url: `https://github.example/${owner}/${repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`
  })

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const method = request.method ?? 'GET'
    const body = await readBody(request)
    state.requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: request.headers.authorization ?? null,
      body
    })
    const failureIndex = state.failures.findIndex(
      (failure) => failure.method === undefined || failure.method === method
    )
    if (failureIndex >= 0) {
      const [failure] = state.failures.splice(failureIndex, 1)
      send(response, failure.status, { message: failure.message ?? `injected ${failure.status}` }, failure.headers)
      return
    }
    const prefix = `/repos/${owner}/${repo}`
    const list = url.pathname.match(new RegExp(`^${prefix}/issues/(\\d+)/comments$`))
    const single = url.pathname.match(new RegExp(`^${prefix}/issues/comments/(\\d+)$`))
    const pull = url.pathname.match(new RegExp(`^${prefix}/pulls/(\\d+)$`))
    if ((method === 'POST' || method === 'PATCH') && state.readOnly) {
      send(response, 403, { message: 'Resource not accessible by integration' })
      return
    }
    if (list !== null && method === 'GET') {
      const all = state.commentsOn(Number(list[1]))
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100)
      const page = Number(url.searchParams.get('page') ?? 1)
      const lastPage = Math.max(1, Math.ceil(all.length / perPage))
      const link = (to: number, rel: string) =>
        `<${state.url}${url.pathname}?per_page=${perPage}&page=${to}>; rel="${rel}"`
      const links = page < lastPage ? [link(page + 1, 'next'), link(lastPage, 'last')] : []
      send(
        response,
        200,
        all.slice((page - 1) * perPage, page * perPage).map(asJson),
        links.length > 0 ? { link: links.join(', ') } : {}
      )
      return
    }
    if (list !== null && method === 'POST') {
      const comment: StoredComment = {
        id: nextId++,
        issueNumber: Number(list[1]),
        body: (body as { body: string }).body,
        user: { login: 'github-actions[bot]', type: 'Bot' }
      }
      state.comments.push(comment)
      send(response, 201, asJson(comment))
      return
    }
    if (single !== null && method === 'PATCH') {
      const comment = state.comments.find((candidate) => candidate.id === Number(single[1]))
      if (comment === undefined) {
        send(response, 404, { message: 'Not Found' })
        return
      }
      comment.body = (body as { body: string }).body
      send(response, 200, asJson(comment))
      return
    }
    if (pull !== null && method === 'GET') {
      const head = state.pullRequestHeads.get(Number(pull[1]))
      if (head === undefined) send(response, 404, { message: 'Not Found' })
      else send(response, 200, { number: Number(pull[1]), head: { sha: head }, state: 'open' })
      return
    }
    send(response, 404, { message: `fake GitHub has no ${method} ${url.pathname}` })
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => send(response, 500, { message: String(error) }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  state.close = () =>
    new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
  return state
}
