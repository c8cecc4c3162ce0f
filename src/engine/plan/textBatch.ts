/**
 * Many texts of a long list made at once. Each text is added piece by piece; at the end the pieces
 * are joined into one string and each text is a slice of it. The joined string is flat and, for a
 * list of tens of thousands of rows, big enough to be allocated in the large-object space, which
 * the young-generation collector never copies; a slice is a small object that points into it and is
 * read as it is. A text made by concatenation instead is a chain of pieces that is copied into one
 * string (a runtime call) when first read, and then that copy, three to seven times the size of a
 * slice, is what the collector copies when the row survives.
 */
/** UTF-16 units joined at most at once (a chunk closes at the first text end past it): far below the engine's longest string. */
const CHUNK_UNITS = 1 << 24;

export class TextBatch {
  /** The texts of the chunks already joined. */
  private readonly done: string[] = [];
  private pieces: string[] = [];
  /** Where each text of the current chunk ends in its joined string (its start is the previous text's end). */
  private ends: number[] = [];
  private length = 0;

  constructor(private readonly chunkUnits: number = CHUNK_UNITS) {}

  /** Appends `piece` to the text being built. */
  add(piece: string): void {
    this.pieces.push(piece);
    this.length += piece.length;
  }

  /** Ends the text being built (an empty one when nothing was added since the previous end). */
  end(): void {
    this.ends.push(this.length);
    if (this.length >= this.chunkUnits) this.join();
  }

  /** The texts, in the order they were ended (pieces added after the last end are no text). */
  texts(): string[] {
    this.join();
    return this.done;
  }

  private join(): void {
    if (this.ends.length > 0) sliceTexts(this.pieces.join(''), this.ends, this.done);
    this.pieces = [];
    this.ends = [];
    this.length = 0;
  }
}

/** Pushed one by one: a packed array, as the other lists of texts the plans read. */
function sliceTexts(all: string, ends: readonly number[], out: string[]): void {
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i]!;
    out.push(end === start ? '' : all.slice(start, end));
    start = end;
  }
}
