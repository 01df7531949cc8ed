/**
 * The words an article writes in lower case, and the words it capitalises in mid-sentence,
 * found in one pass over the body. The words are kept as offsets into the body in an
 * open-addressing hash table rather than as strings in a Set: a megabyte holds some 150,000
 * words, and slicing each one out cost more than everything else the pass does.
 */
export interface BodyWords {
  /** `\b[a-z][a-z-]*`: every maximal run of ASCII lower-case letters and hyphens that starts a word. */
  lower: WordTable;
  /** `(?<=[a-z,] )\p{Lu}[\p{Ll}\p{Lu}]+`, lower-cased: a capitalised word after a lower-case word or a comma and one space. */
  midCapitals: WordTable;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

/** A set of substrings of one body, compared by their characters (ASCII case folded when `fold`). */
export class WordTable {
  private starts = new Int32Array(64).fill(-1);
  private lengths = new Int32Array(64);
  private hashes = new Int32Array(64);
  private count = 0;
  /** Words with characters outside ASCII, lower-cased as strings: rare enough not to need the table. */
  private readonly others = new Set<string>();

  constructor(
    private readonly body: string,
    private readonly fold: boolean,
  ) {}

  get size(): number {
    return this.count + this.others.size;
  }

  /** Adds body[start, end), all ASCII, whose hash `hashRange` computed. */
  add(start: number, end: number, hash: number): void {
    const mask = this.starts.length - 1;
    const length = end - start;
    for (let k = hash & mask; ; k = (k + 1) & mask) {
      const at = this.starts[k]!;
      if (at < 0) {
        this.starts[k] = start;
        this.lengths[k] = length;
        this.hashes[k] = hash;
        if (++this.count * 2 > mask) this.grow();
        return;
      }
      if (this.hashes[k] === hash && this.lengths[k] === length && this.sameRange(at, start, length)) return;
    }
  }

  addOther(word: string): void {
    this.others.add(word);
  }

  /** Whether the table holds `word`, which is in lower case. */
  has(word: string): boolean {
    if (this.others.size && this.others.has(word)) return true;
    let hash = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c > 127) return false;
      hash = Math.imul(hash ^ c, FNV_PRIME);
    }
    const mask = this.starts.length - 1;
    for (let k = hash & mask; ; k = (k + 1) & mask) {
      const at = this.starts[k]!;
      if (at < 0) return false;
      if (this.hashes[k] === hash && this.lengths[k] === word.length && this.sameAs(at, word)) return true;
    }
  }

  private sameRange(a: number, b: number, length: number): boolean {
    const body = this.body;
    for (let i = 0; i < length; i++) {
      const x = body.charCodeAt(a + i);
      const y = body.charCodeAt(b + i);
      if (x !== y && !(this.fold && (x | 32) === (y | 32))) return false;
    }
    return true;
  }

  private sameAs(at: number, word: string): boolean {
    const body = this.body;
    for (let i = 0; i < word.length; i++) {
      const x = body.charCodeAt(at + i);
      if ((this.fold ? x | 32 : x) !== word.charCodeAt(i)) return false;
    }
    return true;
  }

  private grow(): void {
    const { starts, lengths, hashes } = this;
    const size = starts.length * 2;
    this.starts = new Int32Array(size).fill(-1);
    this.lengths = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.count = 0;
    for (let k = 0; k < starts.length; k++) {
      if (starts[k]! >= 0) this.add(starts[k]!, starts[k]! + lengths[k]!, hashes[k]!);
    }
  }
}

/** FNV-1a over UTF-16 code units, ASCII case folded when `fold` (only letters are ever folded). */
export function hashRange(body: string, start: number, end: number, fold: boolean): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    const c = body.charCodeAt(i);
    hash = Math.imul(hash ^ (fold ? c | 32 : c), FNV_PRIME);
  }
  return hash;
}

/** One pass over the body for both tables. */
export function indexBodyWords(body: string): BodyWords {
  const lower = new WordTable(body, false);
  const midCapitals = new WordTable(body, true);
  const n = body.length;
  for (let i = 0; i < n; i++) {
    const c = body.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      // \b before a word character: the one before is no [A-Za-z0-9_] (the regex had no u flag).
      if (i > 0 && isAsciiWordChar(body.charCodeAt(i - 1))) continue;
      let hash = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
      let j = i + 1;
      for (; j < n; j++) {
        const d = body.charCodeAt(j);
        if (!((d >= 97 && d <= 122) || d === 45)) break;
        hash = Math.imul(hash ^ d, FNV_PRIME);
      }
      lower.add(i, j, hash);
      i = j - 1; // no word starts inside the run: its letters follow letters, and a hyphen starts none
    } else if (c === 32 && i > 0) {
      const before = body.charCodeAt(i - 1);
      if ((before >= 97 && before <= 122) || before === 44) midCapital(body, i + 1, midCapitals);
    }
  }
  return { lower, midCapitals };
}

/** `\p{Lu}[\p{Ll}\p{Lu}]+` at `p`, lower-cased into the table. */
function midCapital(body: string, p: number, table: WordTable): void {
  const n = body.length;
  if (p >= n) return;
  const first = body.charCodeAt(p);
  let ascii = first < 128;
  let q: number;
  if (first >= 65 && first <= 90) q = p + 1;
  else if (first < 128) return;
  else {
    const cp = body.codePointAt(p)!;
    if (letterCase(cp) !== UPPER) return;
    q = p + (cp > 0xffff ? 2 : 1);
  }
  const second = q;
  let hash = ascii ? Math.imul(FNV_OFFSET ^ (first | 32), FNV_PRIME) : 0;
  while (q < n) {
    const d = body.charCodeAt(q);
    if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90)) {
      if (ascii) hash = Math.imul(hash ^ (d | 32), FNV_PRIME);
      q++;
      continue;
    }
    if (d < 128) break;
    const cp = body.codePointAt(q)!;
    if (letterCase(cp) === NEITHER) break;
    ascii = false;
    q += cp > 0xffff ? 2 : 1;
  }
  if (q === second) return; // one letter only: the regex wants two
  if (ascii) table.add(p, q, hash);
  else table.addOther(body.slice(p, q).toLowerCase());
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

const UPPER = 1;
const LOWER = 2;
const NEITHER = 3;
const UPPER_LETTER = /^\p{Lu}$/u;
const LOWER_LETTER = /^\p{Ll}$/u;
/** Letter case of the Basic Multilingual Plane's code points, filled in as they are met (0: not yet). */
const bmpCase = new Uint8Array(0x10000);

function letterCase(cp: number): number {
  if (cp < 0x10000 && bmpCase[cp]) return bmpCase[cp]!;
  const ch = String.fromCodePoint(cp);
  const kind = UPPER_LETTER.test(ch) ? UPPER : LOWER_LETTER.test(ch) ? LOWER : NEITHER;
  if (cp < 0x10000) bmpCase[cp] = kind;
  return kind;
}
