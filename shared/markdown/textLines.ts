/**
 * A text's lines (split at '\n') found by offset, so that only the lines
 * looked at become strings: an import reads every line of 10,000 files, but
 * needs few of them on their own.
 */
export class TextLines {
  /** Where each line starts, and one past the end of the text (where a next line would start). */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
    this.starts.push(text.length + 1);
  }

  /** How many lines: one more than the line breaks, as `split('\n')` gives. */
  get count(): number {
    return this.starts.length - 1;
  }

  private start(index: number): number {
    return this.starts[index] as number;
  }

  /** Line `index`, without its line break. */
  line(index: number): string {
    return this.text.slice(this.start(index), this.start(index + 1) - 1);
  }

  startsWith(prefix: string, index: number): boolean {
    return this.text.startsWith(prefix, this.start(index));
  }

  isEmpty(index: number): boolean {
    return this.start(index + 1) - 1 === this.start(index);
  }

  /** Lines `from` to `to` (exclusive) joined by '\n', as one slice of the text; '' when there are none. */
  span(from: number, to: number): string {
    return from < to ? this.text.slice(this.start(from), this.start(to) - 1) : '';
  }
}
