/**
 * Event payloads shaped like the ones GitHub writes to GITHUB_EVENT_PATH (trimmed to the fields a workflow commonly
 * reads, with their real nesting and types).
 */

export const BASE_REPO = 'octo-org/spsc'
export const HEAD_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e'
export const BASE_SHA = '9049f1265b7d61be4a8904a9a27120d2064dab3b'

function repository(fullName: string, id: number) {
  const [owner, name] = fullName.split('/')
  return {
    id,
    name,
    full_name: fullName,
    private: false,
    owner: { login: owner, id: id + 1, type: 'Organization' },
    html_url: `https://github.com/${fullName}`,
    fork: fullName !== BASE_REPO,
    default_branch: 'main'
  }
}

export function pullRequestPayload(options: { number?: number; headRepo?: string | null; headSha?: string } = {}) {
  const number = options.number ?? 42
  const headRepo = options.headRepo === undefined ? BASE_REPO : options.headRepo
  const base = repository(BASE_REPO, 100)
  return {
    action: 'synchronize',
    number,
    pull_request: {
      id: 9000 + number,
      number,
      state: 'open',
      title: 'Pad the ring indices to 128 bytes',
      user: { login: 'contributor', id: 7, type: 'User' },
      html_url: `https://github.com/${BASE_REPO}/pull/${number}`,
      head: {
        label: `${headRepo?.split('/')[0] ?? 'ghost'}:padding`,
        ref: 'padding',
        sha: options.headSha ?? HEAD_SHA,
        repo: headRepo === null ? null : repository(headRepo, 200)
      },
      base: { label: 'octo-org:main', ref: 'main', sha: BASE_SHA, repo: base }
    },
    repository: base,
    sender: { login: 'contributor', id: 7, type: 'User' }
  }
}

export function workflowRunPayload(options: { headSha?: string; event?: string } = {}) {
  return {
    action: 'completed',
    workflow_run: {
      id: 555,
      name: 'numa measure',
      event: options.event ?? 'pull_request',
      status: 'completed',
      conclusion: 'success',
      head_sha: options.headSha ?? HEAD_SHA,
      head_branch: 'padding',
      head_repository: repository('someone/spsc', 200),
      pull_requests: []
    },
    repository: repository(BASE_REPO, 100),
    sender: { login: 'contributor', id: 7, type: 'User' }
  }
}
