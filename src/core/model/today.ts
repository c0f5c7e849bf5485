/**
 * Today's date as the format writes it (YYYY-MM-DD, local time: the date the user sees on their
 * calendar). The exporters stay deterministic: the app and the CLI read the clock here and pass the
 * date in, for the title block of a design without `meta.date`.
 */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
