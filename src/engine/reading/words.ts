/*
 * The words around a number that tell a reader what the number is. These are facts about English and
 * about how software writes logs, never about a particular status code (those come from the catalog).
 */

function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

function alternation(list: string): string {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/_/g, "\\s+"))
    .join("|");
}

/**
 * Verbs of returning, sending, getting and answering: "returns 404", "we got a 502"; and the commonest
 * of them in the languages colleagues also write in ("retorna 500", "devuelve 404", "kommt 502").
 */
export const STATUS_VERBS = alternation(`
  return returns returned returning send sends sent sending get gets got gotten getting
  answer answers answered answering respond responds responded responding reply replies replied replying
  throw throws threw thrown throwing give gives gave given giving serve serves served serving
  hit hits hitting see sees saw seen seeing receive receives received receiving yield yields yielded
  emit emits emitted emitting raise raises raised raising produce produces produced producing
  fail fails failed failing error errors errored erroring die dies died dying crash crashes crashed
  reject rejects rejected rejecting deny denies denied denying block blocks blocked blocking
  abort aborts aborted halt halts halted redirect redirects redirected redirecting
  expect expects expected expecting want wants wanted say says said show shows showed shown showing
  display displays displayed log logs logged logging report reports reported reporting
  retry retries retried retrying alert alerts alerted alerting handle handles handled handling
  catch catches caught swallow swallows swallowed map maps mapped mapping convert converts converted
  translate translates translated rewrite rewrites rewrote trigger triggers triggered
  result results resulted kick kicks kicked spit spits use uses used using
  render renders rendered rendering cache caches cached caching need needs needed accept accepts
  accepted accepting allow allows allowed saying list lists listed listing document documents documented
  declare declares declared define defines defined
  retorna retornam retornou devuelve devuelven devolvió devolve devolvem devolveu regresa responde
  responden respondió recibo recibimos recebo recebemos renvoie renvoient retourne retournent reçoit
  recevons liefert liefern gibt geben bekommen bekomme bekommt kommt erhalten erhalte restituisce
  ritorna ricevo riceviamo
`);

/**
 * Words that may stand between such a verb and the code: particles, objects, determiners and the
 * adjectives people put before a code ("gave us a random 502", "comes back as 400s").
 */
export const VERB_FILLERS = alternation(`
  back out us me them you him her it everyone everybody clients users people
  with as in on into for a an the some just only still always now again also even all any
  another these those this that same real proper plain generic straight bare occasional random
  intermittent weird odd strange unexpected spurious sporadic constant endless new old http status
  code error errors response wrong right correct literal actual mostly either both nothing but
  forever constantly already immediately automatically silently sometimes randomly intermittently
  occasionally quickly instantly eventually suddenly
`);

/** Determiners and the like before a code used as a noun: "a 404", "the 502s", "any 500". */
export const DETERMINERS = alternation(`
  a an the that this these those any no every each same another our their its your my his her
  all more some occasional random intermittent lots_of tons_of bunch_of wave_of spike_of spikes_of
  spike_in spikes_in rise_in jump_in uptick_in increase_in number_of rate_of
`);

/** Words between a determiner and a number that make it a quantity: "the top 500", "another few". */
export const QUANTITY_WORDS = `(?:${alternation(`top first last next other additional extra remaining whole entire full
  total max maximum minimum min over under about around approximately approx roughly nearly almost
  only just another few several many more less fewer least most best worst`)})`;

/**
 * Words that may follow a code (when the code is read from context rather than format): anything
 * but a noun it counts ("502 open tickets", "the 401 bus"); a few prepositions and adverbs of other
 * languages too ("500 só em produção", "502 vom Loadbalancer").
 */
export const FOLLOWERS = wordSet(`
  on from for when whenever while because since after before until till unless if then than instead
  rather not but and or nor vs versus with without in at to into back here there now again already
  still sometimes often always never every even only just also too anyway immediately randomly
  intermittently constantly consistently occasionally today yesterday tonight lately recently so
  though although which that where as by during via like once either both yet lol tho btw
  is was are were be been being isn't wasn't aren't weren't gets got get happens happened happen comes
  came means meant mean shows showed appears appeared keeps kept goes went should would will can
  could must might may does did do has had have seems seem looks fires fired triggers triggered
  breaks becomes hits pops doesn't don't didn't won't can't shouldn't turns means makes causes
  tells indicates signals implies forces lets requires needs changes converts drops loses strips
  want wanted expected got received it them us imo imho tbh fwiw iirc afaik probably everytime
  só solo sólo nur seulement desde depuis seit quando cuando wenn quand em bei vom von para pour für
  once twice thrice two three four five within across through throughout
  error errors response responses status statuses page code codes redirect redirects loop loops
  storm storms spike spikes handler handling body instead right wrong correct better worse fine
  expected everywhere anymore forever ok okay please
  it's that's
`);

/**
 * Words before a number that make it something else: a room, a line, a ticket, a port.
 * Checked against the word right before the number ("line 404", "room 401", "ticket 5031").
 */
export const NOT_A_CODE_BEFORE = wordSet(`
  room rooms floor suite apt apartment unit bus route flight train gate seat row rows line lines ln
  chapter section sec step steps item items issue issues pr prs ticket tickets incident inc
  bug story task job build run pipeline commit version ver release sprint week weeks day days year
  years port ports pid tid uid gid id ids user users account accounts order orders invoice customer
  node nodes shard partition slot replica worker pod thread process exit errno signal sig area zip
  postcode postal extension ext phone tel number count total limit offset size batch timeout ttl
  max min level lvl tier plan price cost score rank vol volume episode season model
  grade chmod umask kill sleep sleeping wait waited waiting width height
  weight lbs kg km mile miles bytes byte kb mb gb px pt em rem highway hwy interstate box
  building street st avenue ave road rd dial dial-in pin otp extension sku part rev revision
  epoch iteration round chapter verse exercise question q figure fig table tab slide slides
  length len threshold interval capacity index idx range budget quota backoff delay jitter
  type kind category variant mode state stage phase time latency duration elapsed
  desk desks locker lockers parking z-index zindex movie film
`);

/**
 * Words after a number that make it a quantity: "100 ms", "200 users", "500 lines of yaml".
 * Only plain nouns of counting and measuring; status-like nouns are in FOLLOWERS.
 */
export const UNITS_AFTER = wordSet(`
  ms msec millisecond milliseconds s sec secs second seconds min mins minute minutes h hr hrs hour
  hours day days week weeks month months year years b kb mb gb tb kib mib gib byte bytes bit bits k
  user users customer customers request requests req reqs rps qps item items record records row rows
  time times retry retries attempt attempts char chars character characters line lines px pixels
  percent pct people person persons signups signup visitor visitors page pages file files call calls
  connection connections thread threads order orders ticket tickets issue issues event events
  message messages notification notifications star stars license licenses seat seats endpoint
  endpoints test tests vulnerability vulnerabilities package packages dependency dependencies
  commit commits point points dollar dollars usd eur euros cents member members employee employees
  account accounts device devices server servers node nodes pod pods instance instances container
  containers job jobs task tasks step steps word words tokens session sessions entry entries
  result results hit hits view views click clicks download downloads upload uploads report reports
  more less fewer extra other others total times x
  prs story area
  km kms kilometers kilometres miles meters metres kg
  bin mil tys ribu hazaar hazar duizend tausend mila
  lira liras zloty zlotys zl reais rupees rupee rs yen pesos baht rupiah rp kr
`);

/** Numbers used as durations: "took 403s", "in 500s", "timeout is 300s". */
export const DURATION_BEFORE = new RegExp(
  `\\b(?:${alternation(`took take takes taking lasted lasts last waited wait waits sleep sleeps slept
   after within under over about around approx roughly nearly almost every ran runs
   timeout ttl elapsed duration latency`)})(?:\\s+(?:is|was|of|at|to|=|set\\s+to))?\\s+(?:about\\s+|around\\s+|~\\s*)?$`,
  "i",
);

/**
 * "from", "to" and "than" before a plural are a duration's only where time is spoken of ("up from
 * 210s", "from 30s to 300s"); else the plural is a code's ("back to 200s", "from 302s to 301s").
 */
export const RANGE_BEFORE = /\b(?:from|to|than)\s+(?:about\s+|around\s+|~\s*)?$/i;
export const TIME_NEARBY =
  /\d\s?(?:ms|s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?)\b|\b(?:latency|timeout|took|duration|elapsed|p\d\d|slow|slower|faster|longer|shorter|later|earlier|seconds?|minutes?)\b/i;

/** Words before "status" or "code" that make it another kind of status: "order status 410". */
export const NOT_HTTP_STATUS_QUALIFIERS = wordSet(`
  order orders payment payments job jobs task tasks build builds ticket tickets account accounts
  user users exit exited process shipment delivery subscription internal enum db database row
  return reason result close closing closed promo promotion zip area postal country dial dial-in
  pin verification otp source qr bar barcode color colour
  invoice transaction booking reservation member
  sqlstate mysql oracle ora kerberos ldap smtp ftp sip grpc rpc websocket ws mqtt dns rcode errno
  exit_status exit_code signal wait app application business domain
`);

/**
 * A sentence that says its numbers are not HTTP's: "…, not http.", "no HTTP involved", "not an HTTP
 * status", an app's enum (but "https, not http" about a scheme is followed by more words or "s").
 * Only the format (a status line, "HTTP 404", an access log) still makes a status there.
 */
export const DENIES_HTTP =
  /\b(?:not|no|non-)\s*(?:an?\s+|the\s+|anything\s+)?http(?:\s+(?:status|statuses|code|codes|error|errors|response|involved|related|at\s+all)\b|\s*(?:[,.;:!?)]|$))|\bnothing\s+to\s+do\s+with\s+http\b|\benums?\b/i;

/** Access-log request methods. */
export const METHODS =
  "GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|CONNECT|TRACE|PROPFIND|PROPPATCH|MKCOL|COPY|MOVE|LOCK|UNLOCK";

/**
 * Web servers, proxies, load balancers, edges and hosts people name with a code ("nginx 499",
 * "an ALB 460", "cloudflare 522"). Lexical cues only: which codes each one uses is in data/.
 */
export const VENDORS = wordSet(`
  nginx apache httpd iis tomcat jetty caddy lighttpd gunicorn uwsgi uvicorn puma unicorn passenger
  haproxy envoy istio linkerd traefik kong varnish squid ingress ingress-nginx nlb alb elb lb
  cloudflare cf cloudfront akamai fastly vercel netlify heroku azure gcp gke aws
  apigateway apigee tyk zuul gateway proxy cdn waf edge arcgis esri shopify laravel linkedin twitter
  cpanel
`);

/** Functions and directives whose argument is a status code: res.status(409), abort(404). */
export const STATUS_FUNCTIONS = wordSet(`
  status sendstatus code abort throw halt http_response_code writehead writeheader send_resp
  put_status redirect response httpresponse jsonresponse streamingresponse plainresponse
  httpexception responsestatusexception webapplicationexception httperror error errorresponse
  setstatus set_status status_code statuscode withstatus respond respondwith reply
  errordocument error_page deny_status return
  json text html string make_response json_response html_response text_response errorhandler
  exception_handler
`);

/** Assertions that compare a status: expect(res.status).toBe(201). */
export const ASSERTIONS = wordSet(`
  tobe toequal tostrictequal tohavestatus equal equals eq assertequal assertequals assert_equal
  assertstatus assert_response assertresponsestatus shouldbe should_be expect should assertsame
  assert_eq assertthat isequalto is
`);

/**
 * Words that put a sentence in HTTP traffic: its parts (request, response, header, endpoint, route),
 * the software that sends and reads it (servers, proxies, clients, the vendors above) and what is done
 * about it (retries, throttling, auth, redirects). A number the words around it do not call a status
 * may still be one in such a sentence, if nothing says it is something else.
 */
export const HTTP_CONTEXT = new RegExp(
  `\\b(?:${alternation(`status statuses response responses request requests endpoint endpoints api apis
  service services website site app loadbalancer load-balancer balancer
  error errors url urls uri route routes routing header headers redirect redirects redirected redirecting webhook
  webhooks rest graphql server servers client clients upstream downstream browser browsers devtools cors
  preflight handler handlers middleware controller router curl postman insomnia httpie wget axios
  retry retries retried retrying retryable throttle throttled throttling ratelimit rate_limit
  rate_limited rate-limited backoff auth authn authz oauth spec openapi swagger
  healthcheck health_check probe ${[...VENDORS].join(" ")}`)})\\b|\\bhttps?(?![a-z])|\\b[1-5]xx\\b|(?:^|\\s)/[a-z]`,
  "i",
);

/** Header names (Retry-After, If-Match, X-Request-Id) are HTTP's too; they are written capitalised. */
export const HEADER_NAME = /\b(?:[A-Z][a-z]+-)+[A-Z][a-z]+\b|\b[Xx]-[A-Za-z]+-/;

/** Plural nouns of counting that follow a number bare of other evidence: "404 errors" is a count. */
export const COUNTED_AFTER =
  /^\s*(?:errors|responses|requests|codes|statuses|pages|hits|calls|failures|events|logs|lines)\b/i;
