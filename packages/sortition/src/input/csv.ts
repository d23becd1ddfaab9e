/**
 * Minimal RFC 4180 CSV reader. Keeps the 1-based physical line number of every record so that
 * error messages can name the exact line of the file a volunteer or quota came from.
 */

export interface CsvRecord {
  /** 1-based line number (in the file) where the record starts. */
  line: number;
  fields: string[];
}

export interface CsvTable {
  file: string;
  header: string[];
  /** 1-based line of the header. */
  headerLine: number;
  records: CsvRecord[];
}

/** An input problem that names the file, line and (when known) field. Never a stack trace to users. */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly field: string | undefined;
  constructor(file: string, line: number | undefined, field: string | undefined, message: string) {
    const where = [file, line !== undefined ? `line ${line}` : undefined, field !== undefined ? `field "${field}"` : undefined]
      .filter((part) => part !== undefined)
      .join(", ");
    super(`${where}: ${message}`);
    this.name = "InputError";
    this.file = file;
    this.line = line;
    this.field = field;
  }
}

/** Split CSV text into records; quoted fields may contain commas, doubled quotes and newlines. */
export function parseCsvRecords(text: string, file = "<input>"): CsvRecord[] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // Excel writes a UTF-8 BOM
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let fieldStarted = false;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    // A blank line is not a record (files often end with one or more newlines).
    if (!(fields.length === 1 && fields[0] === "" && !fieldStarted)) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    fieldStarted = false;
  };
  while (i < text.length) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      if (ch === "\n") line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") {
      inQuotes = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (ch === ",") {
      fields.push(field);
      field = "";
      fieldStarted = true;
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRecord();
      if (ch === "\r" && text[i + 1] === "\n") i++;
      i++;
      line++;
      recordLine = line;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i++;
  }
  if (inQuotes) throw new InputError(file, recordLine, undefined, "unterminated quoted field");
  if (field !== "" || fields.length > 0 || fieldStarted) endRecord();
  return records;
}

/** Parse a CSV file with a header row; every record must have as many fields as the header. */
export function parseCsvTable(text: string, file: string): CsvTable {
  const records = parseCsvRecords(text, file);
  if (records.length === 0) throw new InputError(file, undefined, undefined, "the file is empty (no header row)");
  const [head, ...rest] = records;
  const header = head.fields.map((h) => h.trim());
  header.forEach((name, idx) => {
    if (name === "") throw new InputError(file, head.line, undefined, `column ${idx + 1} of the header has no name`);
    if (header.indexOf(name) !== idx) throw new InputError(file, head.line, name, "duplicate column name in the header");
  });
  for (const record of rest) {
    if (record.fields.length !== header.length) {
      throw new InputError(
        file,
        record.line,
        undefined,
        `expected ${header.length} fields (as in the header) but found ${record.fields.length}`,
      );
    }
  }
  return { file, header, headerLine: head.line, records: rest };
}

/** Parse a non-negative integer cell, naming the file/line/field on failure. */
export function parseCount(raw: string, file: string, line: number, field: string): number {
  const s = raw.trim();
  if (!/^\d+$/.test(s)) throw new InputError(file, line, field, `expected a non-negative whole number, found "${raw}"`);
  return Number(s);
}
