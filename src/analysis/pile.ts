/** How many entries each chunk of a pile holds. */
const CHUNK = 8192;

/**
 * A list grown chunk by chunk: growing never copies what it holds, so a
 * list of hundreds of thousands of entries leaves no discarded copies of
 * itself behind for the collector.
 */
export class Pile<T> {
  private readonly chunks: T[][] = [];
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(entry: T): void {
    const place = this.count % CHUNK;
    if (place === 0) this.chunks.push(new Array<T>(CHUNK));
    (this.chunks[this.chunks.length - 1] as T[])[place] = entry;
    this.count += 1;
  }

  at(index: number): T {
    return (this.chunks[Math.floor(index / CHUNK)] as T[])[index % CHUNK] as T;
  }
}

/** The same for numbers, kept outside the object heap. */
export class NumberPile {
  private readonly chunks: Float64Array[] = [];
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(value: number): void {
    const place = this.count % CHUNK;
    if (place === 0) this.chunks.push(new Float64Array(CHUNK));
    (this.chunks[this.chunks.length - 1] as Float64Array)[place] = value;
    this.count += 1;
  }

  at(index: number): number {
    return (
      (this.chunks[Math.floor(index / CHUNK)] as Float64Array)[index % CHUNK] ??
      0
    );
  }
}
