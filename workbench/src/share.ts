// The page state in the URL fragment (never sent to a server): JSON, deflate-raw compressed, base64url.

/** What a shared link reproduces. */
export interface PageState {
  /** The built-in preset the editor started from. */
  readonly preset: string;
  /** The editor's text, when it differs from that preset's file. */
  readonly text?: string;
  /** The file name, when not `<preset>.yaml` (e.g. an opened `.json` file). */
  readonly file?: string;
  readonly caseType?: string;
  readonly received?: string;
  /** Time of receipt, `HH:MM` in UK time (optional). */
  readonly time?: string;
  /** Working days of an agreed extension (optional). */
  readonly extension?: string;
  /** Date the stage-1 response was sent (optional). */
  readonly response?: string;
  readonly reference?: string;
  readonly template?: string;
  /** The previews' language, when not English: `welsh` or `bilingual`. */
  readonly language?: string;
  /** Sample values of the previews, by placeholder name. */
  readonly values?: Readonly<Record<string, string>>;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream)).arrayBuffer();
  return new Uint8Array(out);
}

/** `s=<base64url of deflate-raw of JSON>` */
export async function encodeState(state: PageState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  return `s=${toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))}`;
}

/** The state in a fragment, or `undefined` when there is none or it cannot be read. */
export async function decodeState(fragment: string): Promise<PageState | undefined> {
  const m = /^#?s=([A-Za-z0-9_-]+)$/.exec(fragment);
  if (!m) return undefined;
  try {
    const json = new TextDecoder().decode(await pipe(fromBase64Url(m[1]!), new DecompressionStream('deflate-raw')));
    const value = JSON.parse(json) as unknown;
    if (!value || typeof value !== 'object' || typeof (value as PageState).preset !== 'string') return undefined;
    const s = value as Record<string, unknown>;
    const str = (k: string) => (typeof s[k] === 'string' ? s[k] : undefined);
    const values: Record<string, string> = {};
    if (s.values && typeof s.values === 'object') {
      for (const [k, v] of Object.entries(s.values as Record<string, unknown>)) if (typeof v === 'string') values[k] = v;
    }
    const state: Record<string, unknown> = { preset: s.preset, values };
    for (const k of ['text', 'file', 'caseType', 'received', 'time', 'extension', 'response', 'reference', 'template', 'language'])
      if (str(k) !== undefined) state[k] = str(k);
    return state as unknown as PageState;
  } catch {
    return undefined;
  }
}
