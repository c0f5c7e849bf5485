/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts with =, +, -, @, TAB or CR
 * may be run as a formula by Excel, LibreOffice or WPS when the file is opened. Such text cells get a
 * leading apostrophe, which spreadsheets show as plain text. Numbers are left as numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
