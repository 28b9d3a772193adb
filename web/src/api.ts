/** Typed calls to the HTTP API of src/contracts/api.ts. */
import type {
  AddClaimRequest,
  ClaimDetail,
  ClaimFilter,
  ClaimPage,
  DocumentDetail,
  FigureTimeline,
  IngestResponse,
  RelationView,
  ReviewEntry,
  ReviewRequest,
} from '../../src/contracts/api.js';
import type { Board, Verdict } from '../../src/contracts/board.js';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function failure(response: Response): Promise<ApiError> {
  let message = `${response.status} ${response.statusText}`;
  try {
    const body = (await response.json()) as { error?: string };
    if (body.error) message = body.error;
  } catch {
    // Not JSON: keep the status line.
  }
  return apiError(message, response.status);
}

/** A failed call; a 401 says how to give the token rather than the server's header advice. */
function apiError(message: string, status: number): ApiError {
  return new ApiError(status === 401 ? TOKEN_NEEDED : message, status);
}

export const TOKEN_NEEDED = 'This server needs its access token for changes: enter it under “Access token” at the top of the page and try again.';

const TOKEN_KEY = 'corroborate.token';

/** The access token for writes, kept for this tab only (sessionStorage, never localStorage or the URL). */
export const accessToken = {
  get: (): string => sessionStorage.getItem(TOKEN_KEY) ?? '',
  set(token: string): void {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  },
};

/** Headers every write (POST) sends: the bearer token when one was given. */
function writeHeaders(headers: Record<string, string>): Record<string, string> {
  const token = accessToken.get();
  return token ? { ...headers, authorization: `Bearer ${token}` } : headers;
}

async function request(path: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(path, init);
  if (!response.ok) throw await failure(response);
  return response;
}

async function getJson<T>(path: string): Promise<T> {
  return (await request(path, { headers: { accept: 'application/json' } })).json() as Promise<T>;
}

async function postJson<T>(path: string, body: unknown): Promise<T> {
  const response = await request(path, {
    method: 'POST',
    headers: writeHeaders({ 'content-type': 'application/json', accept: 'application/json' }),
    body: JSON.stringify(body),
  });
  return response.json() as Promise<T>;
}

export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

const id = encodeURIComponent;

export const api = {
  board: () => getJson<Board>('/api/board'),
  figure: (figureId: string) => getJson<FigureTimeline>(`/api/figures/${id(figureId)}`),
  claims: (filter: ClaimFilter) => getJson<ClaimPage>(`/api/claims${queryString({ ...filter })}`),
  claim: (claimId: string) => getJson<ClaimDetail>(`/api/claims/${id(claimId)}`),
  document: (docId: string) => getJson<DocumentDetail>(`/api/documents/${id(docId)}`),
  relations: (verdict?: Verdict) => getJson<RelationView[]>(`/api/relations${queryString({ verdict })}`),
  reviews: (claimId: string) => getJson<ReviewEntry[]>(`/api/reviews${queryString({ claim: claimId })}`),
  briefMarkdown: async () => (await request('/api/brief?format=md')).text(),
  addSource: (body: { url: string } | { text: string; title?: string; publisher?: string; published?: string; url?: string }) =>
    postJson<IngestResponse>('/api/sources', body),
  review: (claimId: string, body: ReviewRequest) => postJson<ReviewEntry>(`/api/claims/${id(claimId)}/review`, body),
  addClaim: (body: AddClaimRequest) => postJson<ReviewEntry>('/api/claims', body),
};

export const briefDownloadHref = '/api/brief?format=html&download=1';

/** Uploads a file as the raw request body, reporting upload progress (fetch cannot). */
export function uploadSource(file: File, onProgress: (fraction: number) => void): Promise<IngestResponse> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/sources');
    const headers = writeHeaders({
      'content-type': file.type || 'application/octet-stream',
      // Header values must be bytes: a name outside printable ASCII is sent percent-encoded.
      'x-filename': /^[\x20-\x7e]*$/.test(file.name) ? file.name : encodeURIComponent(file.name),
      accept: 'application/json',
    });
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // handled below
      }
      if (xhr.status >= 200 && xhr.status < 300 && body) resolve(body as IngestResponse);
      else reject(apiError((body as { error?: string } | null)?.error ?? `${xhr.status} ${xhr.statusText}`, xhr.status));
    });
    xhr.addEventListener('error', () => reject(new ApiError('network error', 0)));
    xhr.send(file);
  });
}
