import { stemmer } from "stemmer";

/**
 * Words that carry no meaning for choosing a status code. "not", "no", "too", "many", "already" and
 * "after" stay: "not found", "too many", "already taken" are the whole point of some questions. The
 * last lines are the same kind of words in Spanish, Portuguese, French, German and Italian (folded),
 * so that a question written in them is not taken for text the search cannot read; words that are
 * also English words ("die", "per", "son", "dos", "eu", "comment", "pour", "est", "sans", "del") are
 * left out.
 */
const STOP_WORDS = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being
  below between both but by can could did do does doing don't down during each few for from further had
  has have having he her here hers herself him himself his how i i'm if in into is isn't it it's its
  itself just let's me more most my myself nor of off on once only or other ought our ours ourselves out
  over own same she should so some such than that that's the their theirs them themselves then there
  these they this those through to under until up very was we were what what's whats when where which
  while who whom why will with would you your yours yourself yourselves
  http https status code codes return returns returned returning respond responds response responses
  send sends sent use using used should shall must may might which what best right correct proper
  appropriate happens happen mean means meaning please tell explain explanation hey hi hello bot
  via also get gets getting got give gives given say says said want wants need needs like does
  i've we're we've you're they're it'd there's here's api rest fine okay yesterday today tonight tomorrow
  ago recently lately week weeks vs versus compare comparing comparison
  difference differences diff que qual quais quel quelle quels cual cuales como quando cuando quand
  wann wenn welche welcher welches warum porque pourquoi perche devolver devuelve devolvemos retornar
  retorna retornamos renvoyer renvoie renvoyons zuruckgeben zuruck restituire restituisce deberia
  deberiamos deveria deveriamos devrait devrions sollte sollten dovrebbe dovremmo los las les der des
  und oder avec ohne uma una une ein eine einen nel nella aux sind sont sao esta este esto isso isto
  cette wir nous nosotros noi ich yo pero aber mais tambien tambem aussi auch anche hoy hoje heute
  oggi actualmente atualmente actuellement aktuell attualmente ahora agora maintenant jetzt adesso
  ist`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that keep their meaning only next to the following word, kept for bigrams. */
const NEGATIONS = new Set([
  "not",
  "no",
  "never",
  "without",
  "cannot",
  "cant",
  "can't",
  "doesnt",
  "dont",
  "isnt",
]);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/**
 * The text lower-cased, without accents, quotes made straight. `lowered`, when the caller has it, is
 * the text's toLowerCase(): for plain ASCII that is most of the work, and it is not done twice.
 */
export function foldText(text: string, lowered?: string): string {
  // Most questions are plain ASCII, which needs no Unicode normalisation (the costly part).
  if (!hasNonAscii(text)) return (lowered ?? text.toLowerCase()).replace(/`/g, "'");
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[łıđßø]/g, (letter) => LETTERS_WITHOUT_A_MARK[letter] ?? letter);
}

/**
 * Letters that Unicode does not decompose into a base letter and a mark, as people write them without
 * it: Polish "właściwy", Turkish "hangı", Vietnamese "đúng", German "groß", Danish "ø".
 */
const LETTERS_WITHOUT_A_MARK: Readonly<Record<string, string>> = { ł: "l", ı: "i", đ: "d", ß: "ss", ø: "o" };

/** Whether a text has a character past ASCII: its folding may then differ from its lower case. */
export function hasNonAscii(text: string): boolean {
  return NON_ASCII.test(text);
}
const NON_ASCII = /[\u0080-\uffff]/;

/** Lower-cased words (letters, digits, apostrophes, inner hyphens joined). */
export function words(text: string): string[] {
  return foldText(text).match(/[a-z0-9_]+(?:'[a-z]+)?/g) ?? [];
}

/** The words of `words()`, read one at a time by `everyWord` (which resets it before each use). */
const WORD = /[a-z0-9_]+(?:'[a-z]+)?/g;

/**
 * Whether every word of `words(text)` passes `test`, reading them one at a time and stopping at the
 * first that fails: a long question usually fails at its first word, and then its hundred words
 * are never cut out. `test` must not call everyWord (the pattern's position is shared).
 */
export function everyWord(text: string, test: (word: string) => boolean): boolean {
  const folded = foldText(text);
  WORD.lastIndex = 0;
  for (let found = WORD.exec(folded); found; found = WORD.exec(folded)) if (!test(found[0])) return false;
  return true;
}

const stemCache = new Map<string, string>();

export function stem(word: string): string {
  if (word.includes("_") || /^\d/.test(word)) return word;
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = stemmer(word.replace(/'s$/, "").replace(/'/g, ""));
    // The cache only ever holds vocabulary-sized input in steady state; cap it against abuse.
    if (stemCache.size < 50_000) stemCache.set(word, stemmed);
  }
  return stemmed;
}

/**
 * Rewrites every synonym phrase to its group's canonical term, longest phrases first, so that the
 * index and the questions share one vocabulary.
 */
export class SynonymRewriter {
  private readonly canonical = new Map<string, string>();
  /** For each word that starts a term, the most words any such term has (for longest match). */
  private readonly longestFrom = new Map<string, number>();

  constructor(groups: readonly (readonly string[])[]) {
    for (const group of groups) {
      const [head] = group;
      if (head === undefined) continue;
      const token = `${words(head).join("_").replace(/'/g, "")}_`;
      for (const term of group) {
        for (const key of inflections(words(term).join(" "))) {
          if (!key || this.canonical.has(key)) continue;
          this.canonical.set(key, token);
          const parts = key.split(" ");
          const first = parts[0] ?? "";
          this.longestFrom.set(first, Math.max(this.longestFrom.get(first) ?? 0, parts.length));
        }
      }
    }
  }

  rewrite(text: string): string {
    return this.rewriteWords(text).join(" ");
  }

  /**
   * The words of `rewrite(text)`, without joining them into text: they are exactly what `words()`
   * would split that text into again (every word is already folded and matches its pattern alone).
   */
  rewriteWords(text: string): string[] {
    // Each replacement is skipped when the character it needs is nowhere in the text (most
    // questions have no underscore, capital, link or slash): the text is then what it would return.
    let marked = text;
    // Underscores are ours (canonical terms); a user's snake_case is just words.
    if (marked.includes("_")) marked = marked.replace(/_/g, " ");
    // "GET /orders/42" names the method; "get" in prose is filler.
    if (/[GHO]/.test(marked))
      marked = marked.replace(/\b(GET|HEAD|OPTIONS)\b/g, (method) => ` ${method.toLowerCase()}_method_ `);
    if (marked.includes("/")) {
      marked = marked
        // A full link says nothing about the situation (codes in links are read as numbers).
        .replace(/\bhttps?:\/\/\S+/gi, " ")
        // A URL path stands for "a resource", whatever its segments say.
        .replace(/(^|\s)\/[^\s:,]*/g, " resource_path_ ");
    }
    const tokens = words(marked);
    const out: string[] = [];
    // Greedy longest match over words: linear in the text, whatever the number of terms.
    for (let i = 0; i < tokens.length; ) {
      const word = tokens[i] as string;
      const longest = Math.min(this.longestFrom.get(word) ?? 0, tokens.length - i);
      let matched = 0;
      for (let length = longest; length >= 1; length--) {
        const replacement = this.canonical.get(length === 1 ? word : tokens.slice(i, i + length).join(" "));
        if (replacement) {
          out.push(replacement);
          matched = length;
          break;
        }
      }
      if (matched) i += matched;
      else {
        out.push(word);
        i++;
      }
    }
    return out;
  }
}

/** A term and the plural and verb forms of its last word ("conflict" -> "conflicts", "conflicted"). */
function inflections(term: string): string[] {
  const match = term.match(/^(.*?)([a-z]+)$/);
  if (!match || (match[2] ?? "").length < 4 || /(?:ed|ing|s)$/.test(match[2] ?? "")) return [term];
  const [, head = "", last = ""] = match;
  const forms = /y$/.test(last)
    ? [`${last.slice(0, -1)}ies`, `${last.slice(0, -1)}ied`]
    : [`${last}s`, `${last}ed`, `${last}ing`];
  if (/e$/.test(last)) forms.push(`${last}d`, `${last.slice(0, -1)}ing`);
  return [term, ...forms.map((form) => head + form)];
}

/**
 * Search features of a text: stemmed content words, plus bigrams of neighbouring content words
 * (a negation word joins the next word) so that "not found" and "too large" weigh as phrases.
 */
export function features(rawWords: readonly string[]): string[] {
  const out: string[] = [];
  let previous: string | undefined;
  for (const word of rawWords) {
    const read = featureOf(word);
    if (read === NEGATION) {
      previous = "not";
      continue;
    }
    if (read === SKIPPED) continue;
    out.push(read);
    if (previous !== undefined) out.push(`${previous}+${read}`);
    previous = read;
  }
  return out;
}

/** What `featureOf` says of a negation word and of a word that is no feature (no stem contains NUL). */
const NEGATION = "\u0000negation";
const SKIPPED = "\u0000skipped";

const featureCache = new Map<string, string>();

/** A word's feature (its stem), or NEGATION, or SKIPPED: one map lookup per word once it has been seen. */
function featureOf(word: string): string {
  let read = featureCache.get(word);
  if (read === undefined) {
    // Numbers are read separately as codes; as search words they only add noise ("100 MB").
    if (NEGATIONS.has(word)) read = NEGATION;
    else if (isStopWord(word) || /^\d+$/.test(word)) read = SKIPPED;
    else read = stem(word);
    // Bounded like the stems' cache.
    if (featureCache.size < 50_000) featureCache.set(word, read);
  }
  return read;
}

/** What /\s/ matches (the whitespace String.prototype.split(/\s+/) and trim() cut at). */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Whether text.split(/\s+/) makes more than `limit` pieces (one more than its runs of whitespace),
 * counted without making them: a long question is not cut into a hundred strings to find it long.
 */
export function splitsIntoMoreThan(text: string, limit: number): boolean {
  let pieces = 1;
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    if (++pieces > limit) return true;
    while (i + 1 < text.length && isSpace(text.charCodeAt(i + 1))) i++;
  }
  return pieces > limit;
}

/**
 * Scratch for `distinct`: an open-addressed table (its size a power of two) of positions in the
 * list made (each plus one: 0 is an empty slot), and the slots filled, to empty them after.
 */
let distinctSlots = new Int32Array(1024);
let distinctFilled = new Int32Array(512);

/**
 * The strings of a list, each once, in the order first met: what [...new Set(list)] gives. A long
 * question's hundred-odd features made a set that grew by doubling, and an array from it: a tenth of
 * the bytes the question allocated. Here only the array is made; the table is kept and emptied.
 */
export function distinct(list: readonly string[]): string[] {
  // Half full at most, so that a probe meets an empty slot soon.
  if (distinctSlots.length < list.length * 2) {
    let size = distinctSlots.length;
    while (size < list.length * 2) size *= 2;
    distinctSlots = new Int32Array(size);
    distinctFilled = new Int32Array(size / 2);
  }
  const slots = distinctSlots;
  const filled = distinctFilled;
  const mask = slots.length - 1;
  const out: string[] = [];
  for (let k = 0; k < list.length; k++) {
    const item = list[k] as string;
    let slot = hashOf(item) & mask;
    for (;;) {
      const at = slots[slot] as number;
      if (at === 0) {
        filled[out.length] = slot;
        out.push(item);
        slots[slot] = out.length;
        break;
      }
      if (out[at - 1] === item) break;
      slot = (slot + 1) & mask;
    }
  }
  for (let k = 0; k < out.length; k++) slots[filled[k] as number] = 0;
  return out;
}

/**
 * Where `distinct` looks first: a mix of a string's length and three of its characters. Reading
 * every character made distinct slower than the set it replaced (a set reuses the hash V8 keeps in
 * each string); strings that share these are told apart by comparing them.
 */
function hashOf(text: string): number {
  const length = text.length;
  if (length === 0) return 0;
  return (
    Math.imul(length, 0x9e3779b1) ^
    Math.imul(text.charCodeAt(0), 0x85ebca6b) ^
    Math.imul(text.charCodeAt(length >> 1), 0xc2b2ae35) ^
    Math.imul(text.charCodeAt(length - 1), 0x27d4eb2f)
  );
}
