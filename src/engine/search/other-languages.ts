/*
 * The cues of features.ts, compare.ts and classes.ts as they are written in the other languages
 * people ask in, wholly or mixed with English (Portuguese, Spanish, French, German, Italian, Dutch,
 * Polish, Turkish, Indonesian, romanised Hindi, Vietnamese without its tones). The English cues read
 * "our api returns 500 when the card is declined, what should it send": the same question in
 * Portuguese ("ta retornando 500 ... qual status a gente deveria mandar?") had no cue that it asks
 * for a code, so the code written was explained as if it were the question.
 *
 * Every pattern reads folded text (foldText: lower case, accents removed) and pairs words, so that
 * an English word that looks like one of them ("was", "die", "e") is never enough.
 */

/** Asking which code to use: "qual status", "welcher Statuscode", "hangi kod", "kaunsa code". */
export const ASKS_FOR_CODE_ELSEWHERE = new RegExp(
  [
    // Portuguese and Spanish.
    String.raw`\b(?:qual|quais|cual|cuales|que) (?:(?:o|a|el|la|es|e|seria|sera|deveria ser|deberia ser) ){0,2}(?:status|codigo|codigos|code|estado|certo|correto|correcto|adecuado|apropiado|ideal|melhor|mejor|indicado)\b`,
    String.raw`\b(?:deveria|deveriamos|devia|deve|devemos|deberia|deberiamos|debe|debemos|debo|tenemos que|temos que) (?:(?:a gente|nos|nosotros|o servidor|el servidor|la api|a api) )?(?:retornar|devolver|mandar|responder|enviar|ser|usar)\b`,
    String.raw`\b(?:lo|o) (?:correcto|correto|certo|ideal) (?:seria|sera|es|e)\b|\bseria (?:lo|o) (?:correcto|correto|certo)\b|\bno seria mas correcto\b|\b(?:isso|isto|eso|esto) (?:ta|esta|es|e) (?:certo|correcto|correto|errado|bien|mal)\b`,
    // French.
    String.raw`\b(?:quel|quelle|quels|quelles) (?:(?:est|serait|sera) )?(?:(?:le|la|les) )?(?:code|codes|status|statut|bon|bonne|reponse|retour)\b|\b(?:laquelle|lequel)\b`,
    String.raw`\b(?:doit|doit-on|devrait|devrait-on|dois|devrais|devons|faut-il|faudrait) (?:(?:on|je|nous|il|le serveur|l'api) )?(?:renvoyer|retourner|repondre|envoyer|etre|utiliser)\b`,
    // German.
    String.raw`\bwelche[rsnm]? (?:(?:http )?(?:status|statuscode|code|fehlercode|antwort)|ist (?:richtig|korrekt|besser))\b|\bwas (?:ware|waere|ist) (?:hier )?(?:richtig|korrekt|besser|sinnvoll)\b|\b(?:sollte|sollten|soll|muss|musste|muesste) (?:(?:es|man|ich|wir|der server|die api) )?(?:(?:\w+) )?(?:zuruckgeben|zurueckgeben|zurueckliefern|liefern|senden|schicken|antworten|sein)\b`,
    // Italian.
    String.raw`\b(?:quale|che) (?:(?:e|sarebbe|sara) )?(?:(?:il|lo|la) )?(?:codice|codici|status|stato|risposta)\b|\bcosa (?:deve|devo|dobbiamo|dovrebbe|dovremmo|restituiamo|restituisco|rispondiamo|ritorniamo|mandiamo|facciamo)\b`,
    // Dutch.
    String.raw`\b(?:welke|wat) (?:(?:is|zou|moet) )?(?:(?:de|het) )?(?:status|statuscode|code|juiste)\b|\bwat moet (?:het|ik|we|de server|de api)\b|\bwat geven we\b|\bklopt dat\b`,
    // Polish.
    String.raw`\b(?:jaki|jakis|jakiego|jaka|ktory|ktora) (?:(?:jest|bylby|bedzie) )?(?:(?:lepszy|wlasciwy|poprawny|dobry) )?(?:status|kod|kodu|kod http)\b|\bco (?:zwracac|zwrocic|powinno|powinien|powinnismy|lepiej)\b`,
    // Turkish.
    String.raw`\bhangi (?:http )?(?:status|statu|kod|kodu|durum)\b|\b(?:ne|nasil) (?:donmeli|donmemiz|donmeliyiz|olmali|olmasi)\b|\b(?:dogru|uygun) (?:kod|status)\b`,
    // Indonesian.
    String.raw`\b(?:status|kode|code) (?:yang )?(?:apa|pas|benar|tepat|cocok|standar)\b|\b(?:harusnya|seharusnya|sebaiknya) (?:apa|return|pakai|kirim)\b|\bpakai kode apa\b`,
    // Romanised Hindi.
    String.raw`\b(?:kaunsa|konsa|kaun sa|kon sa) (?:code|status|http)\b|\bsahi (?:status|code|status code)\b|\bkya hoga\b|\b(?:aana|hona|dena|bhejna) chahiye\b`,
    // Vietnamese.
    String.raw`\b(?:tra|tra ve) (?:status|ma|code) (?:gi|nao)\b|\bnen tra\b|\bstatus gi\b|\bma nao\b|\bdung la gi\b`,
  ].join("|"),
);

/** Asking for another code than the one written: "otro código", "anderer Code", "kuch aur". */
export const ASKS_FOR_ALTERNATIVE_ELSEWHERE =
  /\b(?:otro|outro|autre|anderer|anderen|andere|altro|inny|innego|baska|lain|khac) (?:bir )?(?:codigo|code|kod|kode|codice|status|statut|statuscode|ma)\b|\b(?:kode|code|status) lain\b|\b(?:spezielleren|spezifischeren|besseren|passenderen|richtigen) (?:code|status|statuscode)\b|\b(?:mais|mas|plus|piu|bardziej|lebih) (?:especifico|specifique|specifico|specyficzny|spesifik|adequado|adecuado|adapte|adatto|tepat)\b|\b(?:dovrebbe|deveria|deberia|devrait|sollte) essere altro\b|\bwas anderes\b|\bkuch aur\b|\bplutot\b|\bstatt dessen\b|\binvece\b|\ben lugar de\b|\bem vez de\b|\bau lieu de\b/;

/** What the server does now, written before a code: "ta retornando 500", "renvoie 403", "zwracamy 422". */
export const CURRENT_BEFORE_ELSEWHERE =
  /\b(?:retorna|retornando|retornamos|retornam|devolve|devolvemos|devuelve|devuelven|respondemos|responde|mandamos|manda|recebe|recebemos|recibimos|renvoie|renvoyons|renvoient|retourne|retournons|recoit|recevons|gibt|geben|liefert|liefern|bekommen|bekommt|restituisce|restituiamo|ritorna|ritorniamo|risponde|rispondiamo|riceviamo|geeft|geven|sturen|krijgen|krijgt|zwraca|zwracamy|zwracaja|dostajemy|(?:minh|ta|toi|chung toi|server|api|he thong) tra(?: ve)?|ja raha|aa raha|milta)\s+(?:(?:a|o|el|la|le|un|une|ein|einen|il|een|http|status|code|codigo|codice|kod|erro|error|errore|fout|blad)\s+){0,2}$/;

/** What the server does now, written after a code: "403 zurück", "500 donuyoruz", "200 aa raha hai". */
export const CURRENT_AFTER_ELSEWHERE =
  /^\s*(?:zuruck|zurueck|donuyoruz|donuyor|donduruyoruz|doner|veriyoruz|veriyor|aa raha|ja raha|de rahe|de diya|dete hai|aata hai|milta hai)\b/;

/** A code proposed, written after it: "403 korrekt?", "422 est correct", "401 o 403 lo correcto". */
export const PROPOSE_AFTER_ELSEWHERE =
  /^\s*(?:(?:ist|e|es|est|seria|sarebbe|is|jest) )?(?:korrekt|richtig|correcto|correcta|correto|correta|certo|certa|corretto|giusto|juste|correct|poprawny|poprawnie|dobrze|dogru mu|uygun mu|sahi hai|sahi|benar|dung khong)\b/;

/** Two codes set against each other: "diferença entre", "Unterschied", "arasindaki fark". */
export const AGAINST_ELSEWHERE =
  /\b(?:diferenca|diferencas|diferencia|diferencias|unterschied|unterschiede|differenza|differenze|verschil|roznica|roznice|fark|farki|perbedaan|beda|farq|khac nhau|khac biet|compara|comparar|comparer|vergleich|vergleichen|confronta|confrontare|vergelijk|vergelijken|porownaj|porownanie|karsilastir|karsilastirir|bandingkan)\b/;

/** "and" and "or" between two codes: "404 e 410", "400 ile 404", "401 oder 403". */
export const OPTION_WORDS_ELSEWHERE =
  "e|et|und|y|en|i|ile|dan|aur|va|oder|ou bien|ou|o|lub|albo|czy|veya|ya da|ya|atau|hay";

/** A whole class asked about: "em geral", "in generale", "allgemein", "la classe", "kya hote hai". */
export const CLASS_OVERVIEW_ELSEWHERE =
  /\b(?:em geral|en general|in generale|en gros|im allgemeinen|allgemein|in het algemeen|ogolnie|w ogole|genel olarak|secara umum|noi chung|generalmente|(?:toda|toute|die ganze|l'intera|la) (?:a |la |l')?(?:categoria|categorie|category|klasse|classe|famiglia|familia|famille|kategorie|kategoria)|(?:codes?|codigos|codici) [1-5]xx (?:kya hote|que son|o que sao|cosa sono|was sind)|kya hote hai)\b/;
