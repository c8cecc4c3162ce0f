/**
 * Many texts of a long list made at once. Each text is added piece by piece; at the end the pieces
 * are joined into one string and each text is a slice of it. The joined string is flat and, for a
 * list of tens of thousands of rows, big enough to be allocated in the large-object space, which
 * the young-generation collector never copies; a slice is a small object that points into it and is
 * read as it is. A text made by concatenation instead is a chain of pieces that is copied into one
 * string (a runtime call) when first read, and then that copy, three to seven times the size of a
 * slice, is what the collector copies when the row survives.
 */
export class TextBatch {
  private readonly pieces: string[] = [];
  /** Where each text ends in the joined string (its start is the previous text's end). */
  private readonly ends: number[] = [];
  private length = 0;

  /** Appends `piece` to the text being built. */
  add(piece: string): void {
    this.pieces.push(piece);
    this.length += piece.length;
  }

  /** Ends the text being built (an empty one when nothing was added since the previous end). */
  end(): void {
    this.ends.push(this.length);
  }

  /** The texts, in the order they were ended. */
  texts(): string[] {
    const all = this.pieces.join('');
    return sliceTexts(all, this.ends);
  }
}

/** Pushed one by one: a packed array, as the other lists of texts the plans read. */
function sliceTexts(all: string, ends: readonly number[]): string[] {
  const texts: string[] = [];
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i]!;
    texts.push(end === start ? '' : all.slice(start, end));
    start = end;
  }
  return texts;
}
