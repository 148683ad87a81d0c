/** Links: absolute http(s) and mailto only. Relative, javascript:, data: and the rest are dropped. */
export function safeHref(url: string): string {
  return /^(https?:\/\/|mailto:)/i.test(url.trim()) ? url.trim() : '';
}

/** Images: https, or an inline raster `data:` image (never SVG, which can carry script). */
export function safeImageSrc(url: string): string {
  const u = url.trim();
  return /^https:\/\//i.test(u) || /^data:image\/(png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i.test(u)
    ? u
    : '';
}
