export type AddressCheck = { ok: true; url: string } | { ok: false; message: string };

const EXAMPLE = 'like wss://sync.example.org or ws://127.0.0.1:4310';

/**
 * Pure: what the user typed as the server address, as a WebSocket URL, or why it cannot be one.
 * `pageProtocol` is the app's own (`https:` pages may only open `wss:`).
 */
export function checkServerAddress(input: string, pageProtocol: string): AddressCheck {
  const text = input.trim();
  if (!text) return { ok: false, message: `Enter the server address, ${EXAMPLE}.` };
  const secure = pageProtocol === 'https:';
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text)
    ? text
    : `${secure ? 'wss' : 'ws'}://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, message: `That is not a server address: enter one ${EXAMPLE}.` };
  }
  if (url.protocol === 'http:') url.protocol = 'ws:';
  if (url.protocol === 'https:') url.protocol = 'wss:';
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:')
    return { ok: false, message: `The address must start with wss:// or ws://, ${EXAMPLE}.` };
  if (url.username || url.password || url.search || url.hash)
    return {
      ok: false,
      message:
        'Put the token in the Token box, not in the address: addresses end up in logs and browser history.',
    };
  if (secure && url.protocol === 'ws:')
    return {
      ok: false,
      message:
        'This page is served over https, so the browser only allows a wss:// server address.',
    };
  return { ok: true, url: url.href.replace(/\/+$/, '') };
}
