// What the extension's webviews share: the nonce of their Content Security Policy (the timeline panel's script, the
// citizens' page's stylesheet, the assessment panel's style and script).

/** A nonce for a webview's Content Security Policy: 16 random bytes, base64 (Web Crypto: Node 20 and browsers). */
export function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** A page without its nonces (new ones each render): a webview is not given the same page again. */
export function withoutNonce(html: string): string {
  return html.replace(/nonce-[A-Za-z0-9+/=]+|nonce="[A-Za-z0-9+/=]+"/g, '');
}
