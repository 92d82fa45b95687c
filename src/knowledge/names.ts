/**
 * Folds a status name the way people type it: case, apostrophes, hyphens and punctuation do not
 * matter ("I'm a Teapot", "im a teapot", "Request-URI too long").
 */
export function normalizeName(name: string): string {
  // Plain ASCII (almost every name and question) needs no Unicode normalisation, and is folded in
  // one pass: the chain below allocates a string per step and a part per match, which for a whole
  // question (the sources intent folds one) is kilobytes of garbage per question.
  if (!/[\u0080-\uffff]/.test(name)) return normalizeAscii(name);
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Scratch for normalizeAscii: grown when a longer name comes, never shrunk. */
let scratch = new Uint8Array(256);
const latin1 = new TextDecoder("latin1");

/**
 * normalizeName for ASCII, without intermediate strings: lower-cased, apostrophes and backticks
 * dropped, every run of anything but letters and digits one space, none at either end.
 */
function normalizeAscii(name: string): string {
  if (scratch.length < name.length) scratch = new Uint8Array(name.length * 2);
  let length = 0;
  let gap = false;
  for (let i = 0; i < name.length; i++) {
    let code = name.charCodeAt(i);
    if (code === 39 || code === 96) continue; // ' and ` join what is around them ("im a teapot")
    if (code >= 65 && code <= 90) code += 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (gap && length > 0) scratch[length++] = 32;
      gap = false;
      scratch[length++] = code;
    } else gap = true;
  }
  return latin1.decode(scratch.subarray(0, length));
}

/** A stable id for origin text: "AWS Elastic Load Balancing" -> "aws-elastic-load-balancing". */
export function slug(text: string): string {
  return normalizeName(text).replace(/ /g, "-");
}
