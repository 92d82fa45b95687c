/**
 * Folds a status name the way people type it: case, apostrophes, hyphens and punctuation do not
 * matter ("I'm a Teapot", "im a teapot", "Request-URI too long").
 */
export function normalizeName(name: string): string {
  // Plain ASCII (almost every name and question) needs no Unicode normalisation.
  const ascii = !/[\u0080-\uffff]/.test(name);
  return (ascii ? name : name.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""))
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A stable id for origin text: "AWS Elastic Load Balancing" -> "aws-elastic-load-balancing". */
export function slug(text: string): string {
  return normalizeName(text).replace(/ /g, "-");
}
