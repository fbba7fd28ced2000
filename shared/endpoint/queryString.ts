/** `a=1&b=x%20y`, as URLSearchParams would write it (shared/ cannot name URLSearchParams). */
export function queryString(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([key, value]) => `${encode(key)}=${encode(value)}`)
    .join('&');
}

/** application/x-www-form-urlencoded: spaces as '+', and the few characters encodeURIComponent leaves. */
function encode(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()~]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/gu, '+');
}
