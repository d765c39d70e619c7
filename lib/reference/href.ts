/**
 * An external address as an `href` that HTML accepts. Source records keep their URL exactly as
 * published; some carry characters the URL standard lets through but HTML forbids in a path,
 * query or fragment (`[` `]` `|` `^` `{` `}` a space, a stray `%`). Those ASCII characters are
 * percent-encoded; everything else, non-ASCII letters included, is left as it is, so the link
 * still leads to the same page.
 */
const ALLOWED = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/
const HEX = /^[0-9A-Fa-f]{2}$/

function encodePart(part: string): string {
  const chars = [...part]
  return chars
    .map((ch, i) => {
      if (ch === '%') return HEX.test(chars.slice(i + 1, i + 3).join('')) ? ch : '%25'
      const code = ch.codePointAt(0) ?? 0
      if (code > 0x7e || ALLOWED.test(ch)) return ch
      return `%${code.toString(16).toUpperCase().padStart(2, '0')}`
    })
    .join('')
}

export function externalHref(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(.*)$/i.exec(url)
  if (!m) return url
  const [, origin = '', rest = ''] = m
  const hash = rest.indexOf('#')
  if (hash === -1) return origin + encodePart(rest)
  return `${origin}${encodePart(rest.slice(0, hash))}#${encodePart(rest.slice(hash + 1))}`
}
