/**
 * The words a web-search query looks for as typed, lower-cased: quoted phrases' words too,
 * excluded words (-word) and short ones (the OR operator among them) left out. A document's snippet is cut around the
 * first of them found in its body, so that highlighting parses a paragraph, not the article.
 */
export function searchedWords(q: string, most = 3): string[] {
  const words: string[] = [];
  for (const m of q.matchAll(/(^|\s)(-?)("[^"]*"?|\S+)/gu)) {
    if (m[2]) continue;
    for (const w of m[3]!.replace(/"/g, "").toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      if (w.length >= 3 && !words.includes(w)) words.push(w);
    }
  }
  return words.slice(0, most);
}
