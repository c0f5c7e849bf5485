/**
 * Colour arithmetic on `#rrggbb` strings, shared by the drawing, the draw.io styles and the PDF writers
 * (which need the channels as fractions): one parser, so every export reads a colour the same way.
 */

/** The red, green and blue channels of `#rrggbb`, each 0–255. */
export function channels(hex: string): [r: number, g: number, b: number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** A catalog colour mixed with white, `amount` of the colour kept: the faint fill of a zone. */
export function tint(hex: string, amount: number): string {
  return toHex(channels(hex).map((c) => Math.round(255 - (255 - c) * amount)));
}

/** A darker shade of a catalog colour, for text that must stay legible on white. */
export function darker(hex: string): string {
  return toHex(channels(hex).map((c) => Math.round(c * 0.72)));
}
