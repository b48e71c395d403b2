/**
 * The review server's guards. The text it shows comes from scans of documents anyone could
 * have written, and the server writes files: so the page runs no inline script (strict CSP),
 * every request must be addressed to this server by an address, not a name (a DNS-rebinding
 * page in another tab would come with its own name), and a write must come from a page this
 * server served (Origin) as JSON (which a plain HTML form cannot send).
 */
import { isIP } from 'node:net';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** Host header -> [hostname, port]; null when it is not `name[:port]` or `[v6][:port]`. */
function splitHost(host: string): [string, number | null] | null {
  const m = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(host);
  if (!m) return null;
  return [m[1]!.toLowerCase(), m[2] === undefined ? null : Number(m[2])];
}

export interface HostRules {
  /** The port the server listens on. */
  port: number;
  /** A host name the server was bound to by name (`--host review.local`), also accepted. */
  boundName?: string | undefined;
}

/**
 * Why the Host header is refused, or null when it names this server: an IP literal or
 * localhost (or the name it was bound to), with the server's port.
 */
export function hostProblem(host: string | undefined, rules: HostRules): string | null {
  if (!host) return 'no Host header';
  const parts = splitHost(host);
  if (!parts) return `malformed Host header ${JSON.stringify(host)}`;
  const [name, port] = parts;
  if ((port ?? 80) !== rules.port) return `Host ${JSON.stringify(host)} is not this server's port ${rules.port}`;
  const bare = name.startsWith('[') ? name.slice(1, -1) : name;
  const known = isIP(bare) !== 0 || name === 'localhost' || (rules.boundName !== undefined && name === rules.boundName.toLowerCase());
  return known ? null : `Host ${JSON.stringify(host)} is not an address of this server (DNS rebinding?)`;
}

export interface WriteRequest {
  host: string | undefined;
  origin: string | undefined;
  contentType: string | undefined;
  secFetchSite: string | undefined;
}

/** Why a write (POST) is refused, or null when it comes from this server's own page, as JSON. */
export function writeProblem(req: WriteRequest): string | null {
  if (!req.origin) return 'no Origin header: writes are accepted from the review page only';
  if (req.origin !== `http://${req.host}`) return `Origin ${JSON.stringify(req.origin)} is not this server (http://${req.host})`;
  if (req.secFetchSite !== undefined && req.secFetchSite !== 'same-origin') return `cross-site request (Sec-Fetch-Site: ${req.secFetchSite})`;
  if (!/^application\/json\s*(;|$)/i.test(req.contentType ?? '')) return 'the body must be JSON (Content-Type: application/json)';
  return null;
}

