/** A connection URL fit for messages and logs: its password replaced by `***`. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    // Not a URL the WHATWG parser takes: still hide what stands between ':' and '@'.
    return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
  }
}
