/**
 * A table whose XML is written by the minutes rather than by docx's object model. docx formats a table
 * cell through some twenty objects (cell, paragraph, run and their properties), each built, formatted
 * and written: ≈ 30 µs a cell, seconds for the minutes' long tables (2,000 ranked units, tens of
 * thousands of nominees). tableXml.ts writes the same XML, byte for byte, as strings
 * (test/minutes/tableXml.test.ts compares it with the table docx writes from its objects).
 *
 * How the XML gets through: docx's writer escapes the strings of the objects it formats, but writes a
 * value that is neither an object nor a string with String(value), as it is (the xml package's way
 * with numbers, which docx keeps). The table's content is such a value: a function whose toString
 * gives the XML. It is a `Table` (with no rows of its own), so the body's types stay docx's.
 */
import { Table } from 'docx';
import type { IXmlableObject } from 'docx';

/** What docx's writer writes as it is: a callable, not a string, whose text is the XML. */
function verbatim(xml: string): () => string {
  const text = (): string => xml;
  return Object.assign(text, { toString: text });
}

export class PrebuiltTable extends Table {
  private readonly content: string;

  /** `content`: the XML inside <w:tbl>, already escaped. */
  constructor(content: string) {
    super({ rows: [] });
    this.content = content;
  }

  override prepForXml(): IXmlableObject {
    return { 'w:tbl': verbatim(this.content) };
  }
}
