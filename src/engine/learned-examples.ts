// Written by bench/train.ts: the training questions the ranker compares questions with (the
// training split of bench/training/*.tsv). Do not edit by hand; retrain instead.
import type { Example } from "./search/examples.ts";

export const EXAMPLES: readonly Example[] = [
  { codes: [207], text: "ever run into a 207 in the wild?" },
  { codes: [425], text: "got a 425 just now, no idea why" },
  { codes: [511], text: "saw a 511 on the hotel wifi" },
  { codes: [304], text: "so many 304s in my network tab" },
  { codes: [203], text: "when would anyone use 203" },
  { codes: [409], text: "a 409 again, ugh" },
  { codes: [422], text: "just got a 422 from the payments api" },
  { codes: [431], text: "the browser shows 431 sometimes" },
  { codes: [408], text: "getting 408 on slow uploads" },
  { codes: [502], text: "three calls failed with 502 today" },
  { codes: [305], text: "ever seen a 305 used anywhere" },
  { codes: [429], text: "the load test spits out 429 after a minute" },
  { codes: [401], text: "clients see 401 after an hour" },
  { codes: [413], text: "seeing 413 on big uploads" },
  { codes: [100], text: "a 100 before the real response, why" },
  { codes: [102], text: "what even is 102" },
  { codes: [308], text: "is 308 safe for old browsers" },
  { codes: [503], text: "site down for a deploy" },
  { codes: [503], text: "server overloaded right now" },
  { codes: [401], text: "token expired" },
  { codes: [403], text: "not allowed to delete this" },
  { codes: [403], text: "admin only page" },
  { codes: [404], text: "no such user" },
  { codes: [410], text: "page was deleted for good" },
  { codes: [429], text: "too many requests" },
  { codes: [429], text: "slow down, you hit the limit" },
  { codes: [409], text: "email already taken" },
  { codes: [409], text: "edit conflict" },
  { codes: [400], text: "bad json" },
  { codes: [422], text: "invalid field value" },
  { codes: [413], text: "body too big" },
  { codes: [414], text: "url too long" },
  { codes: [415], text: "wrong content type" },
  { codes: [405], text: "method not allowed here" },
  { codes: [202], text: "accepted for processing" },
  { codes: [204], text: "nothing to return" },
  { codes: [301], text: "moved for good" },
  { codes: [302], text: "moved for now" },
  { codes: [304], text: "not changed since last time" },
  { codes: [504], text: "upstream timed out" },
  { codes: [502], text: "bad response from upstream" },
  { codes: [501], text: "not built yet" },
  {
    codes: [404],
    text: 'we return 200 with {"error":"not found"} in the body when a user id doesnt exist, and our retry lib plus the CDN both treat it as success and cache it for 10 min. what should GET /users/{id} actually return when there\'s no such user?',
  },
  {
    codes: [201],
    text: "POST /api/v3/orders answers 200 and echoes the new order, including its id 88213. The OpenAPI linter flags it and the SDK generator doesn't emit a Location helper. What's the proper status for a successful create?",
  },
  {
    codes: [405],
    text: "We respond 404 when someone sends DELETE to /api/v2/settings, which only supports GET and PUT. Integrators keep opening tickets saying the URL is wrong, but the URL is fine. Which code would tell them it's the method that's the problem?",
  },
  {
    codes: [409],
    text: 'signup with an email that already exist currently gives 500 because postgres throws unique violation 23505 and nobody catch it. what the client should get for "this email is already registered"?',
  },
  {
    codes: [415],
    text: "we return plain 400 when the Content-Type is text/xml on an endpoint that only accepts application/json. the partner team says 400 is too vague for their error handling. is there a more specific code?",
  },
  {
    codes: [202],
    text: "our export endpoint is returning 200 directly with empty body, and the CSV is made by a worker around 40 s later. clients are thinking the export was empty and they give up. what should be the first response?",
  },
  {
    codes: [429],
    text: "we do rate limiting at 100 req/min per api key and answer 503 when its exceeded. problem is our customers' circuit breakers trip and mark the whole service as down for 5 minutes. what should we send instead?",
  },
  {
    codes: [413],
    text: 'upload endpoint give 400 when the file is bigger than our 25 MB limit, and the web uploader show "bad request" so users think their file is corrupted. which code is really meant for this?',
  },
  {
    codes: [400],
    text: "GET /reports?from=2024-13-45 return now 200 with empty list, because the date parser silently fall back to null. QA open a bug that impossible date must be an error. which code we use?",
  },
  {
    codes: [428],
    text: "we dont require If-Match on PATCH and keep getting lost updates when two admins edit the same product (ids 5512 and 5513 last week). if we start requiring the header, what do we return when a client leaves it out?",
  },
  {
    codes: [308, 301],
    text: "the old /v1/users path has been answering 404 since we moved everything to /v2/users for good last month. partner integrations (some doing POST and PUT) broke overnight. what should /v1 respond with?",
  },
  {
    codes: [307],
    text: "We redirect POST /checkout to /checkout-v2 with a 302 during a migration, and browsers turn the request into a GET so the body is lost. Which temporary redirect keeps the method and the body?",
  },
  {
    codes: [303],
    text: "after the order form POST we return 200 with the confirmation html, and users who hit F5 submit the order again (12 duplicate orders yesterday). what should the POST respond with to do post/redirect/get properly?",
  },
  {
    codes: [406],
    text: "our search endpoint crash with 500 when client send Accept: application/xml, because we only have json serializer. what is correct response when we cannot produce the format they ask?",
  },
  {
    codes: [504],
    text: 'we return 200 {"status":"ok"} even when the payment provider call times out after 30s, because somebody wrapped it in a try/catch that swallows everything. our service is basically a gateway in front of them. what should we return when that upstream times out?',
  },
  {
    codes: [502],
    text: "Our little reverse proxy returns 500 whenever the upstream sends back garbage that isn't valid HTTP (we saw it when a backend on port 9001 was speaking gRPC by mistake). What code is meant for an invalid response from upstream?",
  },
  {
    codes: [416],
    text: "a Range: bytes=5000000-6000000 request on a 2 MB file gets 200 plus the full file from our file service. what should the server send when the requested range can't be satisfied at all?",
  },
  {
    codes: [410],
    text: "when account is erased after GDPR request we give 404 on its profile URL, but product want that clients know the resource is gone forever and remove it from their caches. there is a better code than 404?",
  },
  {
    codes: [422, 400],
    text: "The order endpoint returns 500 when the body is valid JSON but quantity is -3, so Sentry is full of noise. The shape of the payload is fine, it's the value that breaks our rules. What should a failed business validation like this return?",
  },
  {
    codes: [401],
    text: "Spring Security sends the html login page (a 200 after the redirect is followed) to our SPA's /api/* XHR calls when the session cookie is missing. The frontend then tries to JSON.parse html. What should unauthenticated API calls get instead?",
  },
  {
    codes: [404],
    text: 'GET /orders/7f3c2e1a-9b4d-4c1e-8a2f-1d2e3f4a5b6c returns 400 "invalid order" when the uuid is perfectly well-formed but there is simply no such order. customers think their client is broken. whats the right code?',
  },
  {
    codes: [414],
    text: "our search is a GET with filters in the query string, and when a power user builds a URL of ~12,000 chars the server answers a generic 400. is there a code made for an URL that is too long?",
  },
  {
    codes: [431],
    text: "Some customers have massive cookies from marketing tools (about 20 KB of headers in total) and we reply 400 to them. Which status is specifically meant for oversized request headers?",
  },
  {
    codes: [409],
    text: "when second request come with same Idempotency-Key and the first one is still processing, actually we throw exception and return 500. what is appropriate code for this in-flight duplicate?",
  },
  {
    codes: [403],
    text: "api key is valid, but the customer's plan doesn't include /analytics, and we return 401. their client then thinks the key is wrong and rotates it (3 times last week lol). what should it be?",
  },
  {
    codes: [404],
    text: 'GET /teams/77/members returns 200 with [] when team 77 doesnt even exist. the client cant tell "empty team" from "wrong team id". what should we send for the nonexistent team?',
  },
  {
    codes: [505],
    text: "Our embedded server returns 400 when a fuzzer sends a request line ending in HTTP/3.0, which we obviously don't speak over TCP. Is there a dedicated status for an unsupported HTTP version?",
  },
  {
    codes: [201],
    text: "PUT /docs/{slug} creates the document if it doesnt exist and replaces it if it does, and we answer 200 in both cases. should the create case be different?",
  },
  {
    codes: [200],
    text: "HEAD requests on our product pages get 405 because router only have GET registered, and the uptime monitor use HEAD. what a HEAD on existing resource should return?",
  },
  {
    codes: [422, 400],
    text: "We return 413 when a cart has more than 50 items, which is a business rule, not a body size issue (the request itself is ~2 KB). Is 413 right here, and if not, what?",
  },
  {
    codes: [400],
    text: "missing required query param page_size causes a NullPointerException and a 500 in our java service, about 900 of them per day from one partner. what should the client get?",
  },
  {
    codes: [415],
    text: "We only accept Content-Encoding: gzip on request bodies, and when someone sends a br-compressed body we return 400 because decoding fails. Is there a more accurate status for an unsupported content coding?",
  },
  {
    codes: [308],
    text: "our http->https redirect on api.example.com uses 301, and clients that POST to the http url end up sending a GET without body to https. which redirect code should we use instead?",
  },
  {
    codes: [504],
    text: "our custom Go proxy returns 502 when the backend takes longer than 60s to send headers. reading the RFC that sounds like the wrong code for a slow upstream, what's the right one?",
  },
  {
    codes: [401],
    text: 'The login endpoint returns 404 "user not found" when the email doesn\'t exist and 401 when the password is wrong, which leaks which emails are registered. What single code should both cases use?',
  },
  {
    codes: [501],
    text: "our server returns 404 for methods it doesnt know at all, like PROPFIND or a made up BREW method from the pentest. whats the standard code when the server doesn't support a method for any resource?",
  },
  {
    codes: [411],
    text: "we are requiring Content-Length on upload endpoint (no chunked) and we send 400 if it is missing. exist something more specific?",
  },
  {
    codes: [403, 404],
    text: "We return 401 when a logged-in user opens another tenant's invoice (/tenants/12/invoices/9931), so the frontend logs them out, which is wrong because their session is fine. What should we send?",
  },
  {
    codes: [402, 403],
    text: 'the trial expired 14 days ago and we answer every call with 404, which makes customers think we deleted their data. we want to say "you have to pay to continue". what\'s the code for that?',
  },
  {
    codes: [201],
    text: "We return 201 with a Location header for POST /projects, and the body too. A colleague says it should be plain 200 since we return the full object anyway. I think we're fine as is?",
  },
  {
    codes: [429],
    text: 'We send 429 with Retry-After: 60 when a tenant goes over 1000 requests/hour. The PM read somewhere that 403 is "more standard" for quotas. Should we keep 429?',
  },
  {
    codes: [409],
    text: "when two users try booking the same seat 14B and second insert lose the race, we return 409 with current seat status. is it right or exist something better?",
  },
  {
    codes: [415],
    text: 'We answer 415 for multipart/form-data sent to our JSON-only endpoint. A teammate wants to change it to 400 so "all client errors look the same". Should we keep 415?',
  },
  {
    codes: [202],
    text: "job kickoff returns 202 plus a status URL, jobs take 2-5 minutes. someone argued in review for 201 since a job resource gets created. is 202 still the better one?",
  },
  {
    codes: [503],
    text: "we return 503 with Retry-After: 7200 during the planned maintenance window (sundays 02:00-04:00 UTC). our SRE lead asked if thats the right code or if we should serve a 200 maintenance page instead. which?",
  },
  {
    codes: [304],
    text: 'Our mobile team says the 304 we return on a matching If-None-Match is "breaking" the app, because their HTTP wrapper treats anything that isn\'t 200 as an error. Is our server wrong here, or should they fix the wrapper?',
  },
  {
    codes: [405],
    text: "for not supported methods we return 405 with Allow: GET, HEAD header. my colleague tell the Allow header is noise and maybe 400 is more simple. 405 + Allow is right?",
  },
  {
    codes: [404],
    text: 'in our api we return 404 when the order id not exist, but my tech lead say we should return 200 with null because "the request worked". i think 404 is correct, no?',
  },
  {
    codes: [502],
    text: 'Our proxy returns 502 when the upstream closes the connection mid-response (we saw "upstream prematurely closed connection" ~200 times today on 10.0.7.3:8000). Is 502 correct for that?',
  },
  {
    codes: [504],
    text: 'nginx error.log: 2024/05/02 09:13:44 [error] 2231#2231: *88412 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 172.16.0.9, server: api.example.com, request: "POST /v2/reports HTTP/1.1", upstream: "http://10.1.2.3:9000/v2/reports". What status does the client get from nginx in this case?',
  },
  {
    codes: [502],
    text: 'we got many of these in the night: [error] 31#31: *1207 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.14, upstream: "http://127.0.0.1:3000/api/cart" — the node process was crashed (pid 4412 gone). what users have seen?',
  },
  {
    codes: [502],
    text: 'pod logs show "no live upstreams while connecting to upstream, upstream: http://backend_pool" after all 3 replicas hit max_fails=3 within fail_timeout=10s. which status does nginx hand the browser for that?',
  },
  {
    codes: [520],
    text: 'curl -sv https://shop.example.com/api/cart gives "< HTTP/2 520 | < server: cloudflare | < cf-ray: 7f9a1c2b3d4e5f60-FRA | < content-length: 0", and our origin at 203.0.113.7 shows the request arriving but the worker segfaulted before replying. what does 520 mean exactly?',
  },
  {
    codes: [522],
    text: 'cloudflare page is saying "Error 522 Connection timed out, Ray ID: 8a1b2c3d4e5f6071", but when i ssh in the origin (198.51.100.40:443) and curl localhost it answer in 40ms. what 522 is telling me?',
  },
  {
    codes: [460],
    text: 'ALB access log line: h2 2024-06-01T10:11:12.345678Z app/prod-alb/50dc6c495c0c9188 192.0.2.44:53122 - -1 -1 -1 460 - 112 0 "GET https://api.example.com:443/v1/feed HTTP/2.0" "Dart/3.1" — target is "-" and all processing times are -1. what is status 460?',
  },
  {
    codes: [463],
    text: 'in our ALB logs we have elb_status_code 463 for few requests of one partner, target_status_code is "-", and their X-Forwarded-For header contain like 35 IPs separated with comma. what means 463?',
  },
  {
    codes: [561],
    text: 'we have an authenticate-oidc rule on the ALB and users sometimes get an error page; the access log says elb_status_code 561, target "-", received_bytes 0, right when our IdP had an incident. what is 561?',
  },
  {
    codes: [503],
    text: 'envoy access log: [2024-07-01T12:00:00.000Z] "GET /api/profile HTTP/1.1" 503 UF upstream_reset_before_response_started{connection_failure} 0 91 1 - "10.0.0.5" "okhttp/4.12" "c0ffee-12" "profile:8080" "10.4.2.19:8080". my teammate thinks the app produced this. what status did the client really end up with, and from whom?',
  },
  {
    codes: [504],
    text: "our REST gateway (grpc-gateway v2) logs: rpc error: code = DeadlineExceeded desc = context deadline exceeded, after grpc-timeout 5000m on InventoryService/Reserve. What HTTP status does the REST caller receive for that?",
  },
  {
    codes: [503],
    text: 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.2.0.8:50051: connect: connection refused" — this goes through grpc-gateway to our mobile clients. which http code do they see?',
  },
  {
    codes: [403],
    text: 'backend answer "rpc error: code = PermissionDenied desc = user 5521 lacks role billing.admin" (grpc code 7). to which http status our REST facade should map it?',
  },
  {
    codes: [400],
    text: 'Got `code = FailedPrecondition desc = "order 5521 already shipped, cannot modify"` from the orders service. We use grpc-gateway\'s default error mapping. What HTTP status goes out to the client?',
  },
  {
    codes: [429],
    text: "logs are full with `rpc error: code = ResourceExhausted desc = quota exceeded: 500/500 requests per minute for project 88123`. what the http side should show to callers?",
  },
  {
    codes: [401],
    text: 'the REST proxy shows `code = Unauthenticated desc = missing metadata "authorization"` for about 3% of calls, all from build 4.18.2 of the app. what does the client receive over http?',
  },
  {
    codes: [501],
    text: "rpc error: code = Unimplemented desc = unknown method ListWidgetsV2 for service widgets.v1.WidgetService — old server version 1.4.0 is still deployed in eu-west-1. through the gateway, which HTTP status is that?",
  },
  {
    codes: [400],
    text: 'grpc OUT_OF_RANGE (11) "page_token offset 12000 beyond 11873 results" coming back from search. when we map that onto our REST API, what status is it?',
  },
  {
    codes: [500],
    text: 'DATA_LOSS, grpc code 15, from the blob service: "chunk 3/7 checksum mismatch for object 0x7f3a". if we translate that for our REST callers, what code is it?',
  },
  {
    codes: [415],
    text: "Spring log: o.s.w.s.m.s.DefaultHandlerExceptionResolver : Resolved [org.springframework.web.HttpMediaTypeNotSupportedException: Content type 'text/plain;charset=UTF-8' not supported] — which status does the client get from this?",
  },
  {
    codes: [405],
    text: "WARN 18231 --- [nio-8080-exec-7] .w.s.m.s.DefaultHandlerExceptionResolver : Resolved [org.springframework.web.HttpRequestMethodNotSupportedException: Request method 'PATCH' is not supported] — so what code went back to the caller?",
  },
  {
    codes: [406],
    text: "Resolved [org.springframework.web.HttpMediaTypeNotAcceptableException: Could not find acceptable representation] on GET /api/reports/2024-Q1 with Accept: text/csv. the client says they got an error code but didnt log which one. which is it?",
  },
  {
    codes: [400],
    text: "MissingServletRequestParameterException: Required request parameter 'tenantId' for method parameter type String is not present — thread http-nio-8443-exec-12, trace id 4bf92f3577b34da6. what status is correct for the client here?",
  },
  {
    codes: [413],
    text: "org.springframework.web.multipart.MaxUploadSizeExceededException: Maximum upload size exceeded; nested exception is ...the request was rejected because its size (31457280) exceeds the configured maximum (10485760). our handler make this into 500 — what the client should receive actually?",
  },
  {
    codes: [413],
    text: 'nginx: 2024/02/11 16:40:02 [error] 7#7: *5531 client intended to send too large body: 15728640 bytes, client: 198.51.100.23, server: upload.example.com, request: "POST /files HTTP/1.1". what does the uploader get back?',
  },
  {
    codes: [414],
    text: "[info] 12#12: *991 client sent too long URI while reading client request line, client: 203.0.113.50, server: api.example.com — the request was a GET carrying about 9000 chars of filter params. which status fits this?",
  },
  {
    codes: [431],
    text: 'log says "client sent too large request or too long header line while reading client request headers, client: 10.9.8.7" and that user\'s Cookie header is about 18 KB. going by the RFCs, what status should a server use for this?',
  },
  {
    codes: [502],
    text: "node BFF log: Error: socket hang up at connResetException (node:internal/errors:720:14) ... code: 'ECONNRESET' — upstream payments at 10.0.9.4:8443 during POST /charge, after 1200 ms. what should our BFF return to the mobile app?",
  },
  {
    codes: [504],
    text: "requests.exceptions.ReadTimeout: HTTPConnectionPool(host='inventory.internal', port=8081): Read timed out. (read timeout=5) — this is raised inside our python API gateway when proxying. what the caller must receive?",
  },
  {
    codes: [503],
    text: 'haproxy: Jul  3 10:21:44 lb1 haproxy[1822]: 192.0.2.10:51234 [03/Jul/2024:10:21:41.112] fe_api be_api/<NOSRV> 0/-1/-1/-1/3001 503 217 - - SC-- 12/12/0/0/3 0/0 "GET /api/items HTTP/1.1" — every server in be_api was marked DOWN. is that the right code for a load balancer with no backend left, or should it be different?',
  },
  {
    codes: [400],
    text: 'prometheus shows http_requests_total{code="500",route="/api/pay"} 1423 in the last hour, p99 2.3s. in the traces every one of them is a NumberFormatException because clients send card numbers like "4242 4242 42". what should those requests have returned?',
  },
  {
    codes: [429],
    text: "rate limiter log: WARN RateLimiter key=apikey_7f3a tokens=0/600 window=60s refill_in=17s path=/v1/search — at the moment this fall in the generic error handler. which response code it should be?",
  },
  {
    codes: [401],
    text: 'auth log: "jwt verification failed: token is expired by 3h12m5s (exp=1717171717, now=1717183242)" for user 88231 on GET /v1/me. what should the API respond with?',
  },
  {
    codes: [403],
    text: "debug log: auth ok sub=user_8812 scopes=[read:orders] required=write:orders endpoint=POST /v1/orders. token is valid, only it don't have the scope. which code?",
  },
  {
    codes: [409],
    text: 'Hibernate: "Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect) : [com.acme.Invoice#3321]" — expected version 7, db has 9, and the client sent the version inside the json body, no If-Match header. which status?',
  },
  {
    codes: [412],
    text: 'the request had If-Match: "v7" and our store says the current ETag of /documents/3321 is "v9" (last modified 2024-05-14T08:12:01Z). what status should that PUT get?',
  },
  {
    codes: [404],
    text: 'access log sample: "GET /users/99999 HTTP/1.1" 200 2 "-" "python-requests/2.31" — the 2 bytes are "[]" because user 99999 does not exist. what should it have been?',
  },
  {
    codes: [400],
    text: 'tomcat catalina.out: java.lang.IllegalArgumentException: Invalid character found in the request target [/api/search?q={"a":1} ]. The valid characters are defined in RFC 7230 and RFC 3986 — what status does tomcat send back for that?',
  },
  {
    codes: [440],
    text: "IIS log from our Exchange server: 2024-03-01 08:12:33 10.0.0.4 POST /owa/service.svc - 443 - 192.0.2.9 Mozilla/5.0 440 0 0 15 — what is a 440, i never saw it before?",
  },
  {
    codes: [449],
    text: "we see a lot of 449 in IIS logs for /Microsoft-Server-ActiveSync with sc-substatus 0 and time-taken 31 ms, from device ids like ANDROID12345. what 449 mean?",
  },
  {
    codes: [419],
    text: '[2024-04-02 11:22:33] production.ERROR: CSRF token mismatch. {"userId":4411,"exception":"[object] (Symfony\\\\Component\\\\HttpKernel\\\\Exception\\\\HttpException(code: 0): CSRF token mismatch. at /var/www/vendor/laravel/framework/src/Illuminate/Foundation/Exceptions/Handler.php:591)"} — what status does laravel send to the browser for this?',
  },
  {
    codes: [444],
    text: '45.155.205.233 - - [09/Jun/2024:03:14:07 +0000] "GET /.env HTTP/1.1" 444 0 "-" "zgrab/0.x" — there are thousands of these lines. what is 444, did the scanner receive anything?',
  },
  {
    codes: [495],
    text: 'nginx with ssl_verify_client on; access log has "GET /internal/metrics HTTP/1.1" 495 from 10.20.30.40 and that client\'s cert expired 2024-01-31. what does this code mean?',
  },
  {
    codes: [497],
    text: 'someone hit port 443 with plain http: "GET / HTTP/1.1" 497 in the log and the browser showed "The plain HTTP request was sent to HTTPS port". what is 497?',
  },
  {
    codes: [496],
    text: "in our mTLS setup nginx logs 496 for requests from 172.31.5.9 when curl is run without --cert. what does that code mean?",
  },
  {
    codes: [525],
    text: 'since we renewed origin cert yesterday we get "Error 525 SSL handshake failed" through cloudflare (zone is Full (strict), origin listen on 8443). what means 525?',
  },
  {
    codes: [526],
    text: "cloudflare gives Error 526 Invalid SSL certificate for api.example.com; the origin cert is self-signed with CN=localhost, valid until 2030. can you explain 526?",
  },
  {
    codes: [521],
    text: '"Error 521 Web server is down", ray 7b3c9d0e1f2a3b4c — turns out the origin 203.0.113.44 firewall only allows our office IP 198.51.100.7. what does 521 mean?',
  },
  {
    codes: [523],
    text: 'cloudflare 523 "Origin is unreachable" appeared right after we changed the A record to 10.0.0.12 (oops, a private ip). which error is 523 exactly?',
  },
  {
    codes: [504],
    text: "Apache error_log: [proxy_http:error] [pid 22871] (70007)The timeout specified has expired: [client 192.0.2.5:50122] AH01102: error reading status line from remote server 10.0.0.7:8009 — backend simply didn't answer in time. what's the correct status for the client in this situation?",
  },
  {
    codes: [503],
    text: 'heroku router: at=error code=H12 desc="Request timeout" method=POST path="/api/import" host=app.herokuapp.com request_id=7c1d0a fwd="203.0.113.9" dyno=web.1 connect=0ms service=30000ms status=503 bytes=0 — which status did the client actually receive?',
  },
  {
    codes: [503],
    text: 'istio sidecar response body: "upstream connect error or disconnect/reset before headers. reset reason: connection termination" on GET /api/v1/cart, took 3ms. which status does envoy send with that body?',
  },
  {
    codes: [503],
    text: 'varnish: "Error 503 Backend fetch failed | Guru Meditation: | XID: 98765432" on /products/1234 while the backend at 127.0.0.1:8080 was restarting. is that the right kind of error for the client to get here?',
  },
  {
    codes: [400, 422],
    text: 'openapi validator middleware says: request body has an error: doesn\'t match schema: Error at "/amount": number must be at least 0.01, Value: -5. what status should the API respond with?',
  },
  {
    codes: [403],
    text: 'Django log: Forbidden (CSRF cookie not set.): /api/v1/profile [14/Jun/2024 10:01:22] "POST /api/v1/profile HTTP/1.1" — which code does django send for that?',
  },
  {
    codes: [413],
    text: "express log: PayloadTooLargeError: request entity too large at readStream (/app/node_modules/raw-body/index.js:156:17) { expected: 1048577, length: 1048577, limit: 102400, type: 'entity.too.large' } — what does the client get?",
  },
  {
    codes: [422],
    text: 'FastAPI give this response body: {"detail":[{"loc":["body","age"],"msg":"value is not a valid integer","type":"type_error.integer"}]} — frontend say the status was not 400. which one fastapi is using by default for this?',
  },
  {
    codes: [502],
    text: 'lambda behind API gateway, execution log: "Execution failed due to configuration error: Malformed Lambda proxy response", request id 3f2a9c1e. which status does API Gateway return to the caller?',
  },
  {
    codes: [503],
    text: "S3 answers <Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message><RequestId>4442587FB7D0A2F9</RequestId></Error> on ~2% of PUTs at 5500 req/s per prefix. which HTTP status comes with SlowDown?",
  },
  {
    codes: [408],
    text: 'curl -i shows "HTTP/1.1 100 Continue" then nothing; server log: "client timed out sending body after 30000 ms, received 1.2 MB of 40 MB". what final status should the server send in that situation?',
  },
  {
    codes: [401],
    text: 'team is split on expired access tokens. anna says 403 "because they aren\'t allowed anymore", marco says 401 because the client has to authenticate again. which one?',
  },
  {
    codes: [403],
    text: 'Alex wants 404 when a viewer-role user tries to edit a doc, "to hide things"; Priya wants 403. But the user can already open and read that doc, so hiding it makes no sense to me. Which is correct?',
  },
  {
    codes: [400, 422],
    text: 'validation debate again: the body is valid json but "email" isn\'t an email address. half the team says 400, half says 422, and the thread is 80 messages long. which one?',
  },
  {
    codes: [204, 200],
    text: "For a successful DELETE that returns nothing, is it 200 or 204? Two reviewers disagree on my PR and I just want to merge before the 5pm freeze.",
  },
  {
    codes: [303],
    text: "After POST /payments we redirect the browser to /payments/991/receipt. The options on the table are 302, 303 and 307, and each has a fan in the team. Which one is right?",
  },
  {
    codes: [429],
    text: "per-user quota exceeded: the ops guy wants 503 so clients back off, the backend lead wants 429. what should it be?",
  },
  {
    codes: [504],
    text: 'when our upstream times out after 30s, is it 502 or 504? a colleague argues 502 because "the gateway got a bad result". i\'m not convinced',
  },
  {
    codes: [415],
    text: "client send XML body to endpoint which accept only JSON. i say 406, my colleague say 415. who of us has right?",
  },
  {
    codes: [406],
    text: 'client sends Accept: text/csv and we can only produce json. the team argues 415 vs 406, with someone also saying "just send json with 200". which is the correct code?',
  },
  {
    codes: [412],
    text: 'If-Match mismatch on PUT — 409 (conflict) or 412 (precondition failed)? our lead engineer insists on 409 because "it\'s a conflict of versions".',
  },
  {
    codes: [428],
    text: "If-Match is mandatory for our PATCH endpoints. for a request without the header, Tom wants 400 and Mei wants 428. which one is the proper one?",
  },
  {
    codes: [410],
    text: "We keep tombstones for deleted posts (id, deleted_at, deleted_by). Half the team says 404 is enough when someone requests a deleted post, the other half says 410. Which is better?",
  },
  {
    codes: [202],
    text: "async document conversion is kicked off by POST /conversions, work takes ~90s. Ravi says 201 because a job is created, Elena says 202 because the work is not done yet. which do we go with?",
  },
  {
    codes: [405],
    text: 'POST on a read-only resource like /api/currencies: part of team says 405, other part says 501 "because we don\'t implement it". which?',
  },
  {
    codes: [404, 400],
    text: "GET /users/not-a-uuid: some say 400 because the id is malformed, others 404 because there is simply no resource at that URL. which one?",
  },
  {
    codes: [413],
    text: "A 1.5 GB upload when our limit is 1 GB: my colleague returns 400 with a nice message, I want 413. Which one is right?",
  },
  {
    codes: [431],
    text: 'cookie header of 24 KB because of tracking junk. Kai says 413 "payload too large", Lena says 431. who wins?',
  },
  {
    codes: [408],
    text: "the client opens a connection and sends the body at 1 byte/second, so we kill it after 60s. Is it 408 or 504 we should send? ops and dev disagree",
  },
  {
    codes: [503],
    text: "maintenance mode is on for 20 minutes during db migration: intern propose 500, i would say 503. which one is right?",
  },
  {
    codes: [407],
    text: "corporate forward proxy that asks for credentials before forwarding anything. is it 401 or 407 it should send? we are writing it ourselves",
  },
  {
    codes: [451],
    text: "content blocked in one country due to a government order: 403 or 451? legal does not care, engineers do",
  },
  {
    codes: [423],
    text: "in our WebDAV server file is LOCKed by client A and client B try to PUT it. Niels say 409, Sofia say 423. what is correct?",
  },
  {
    codes: [507],
    text: "disk of server is full when WebDAV PUT arrive (only 12 MB free from 2 TB). 500, 507 or 413 — team can't agree. which it is?",
  },
  {
    codes: [200],
    text: 'search with zero matches: 404 or 200 with an empty results array? the frontend devs prefer 404 "so they can show a message".',
  },
  {
    codes: [404],
    text: 'GET /users/42 where 42 doesn\'t exist — a teammate wants 204 "since the request succeeded", I want 404. Which is it?',
  },
  {
    codes: [409, 422],
    text: "cancelling an order that already shipped: 400, 409 or 422? we have three opinions and one PR",
  },
  {
    codes: [401],
    text: 'wrong API key, not existing in our db at all — 401 or 403? my PM tell 403 because "they are forbidden".',
  },
  {
    codes: [403],
    text: "The API key is valid but the caller's IP 203.0.113.77 isn't on the customer's allowlist. Gabriel says 401, Mona says 403. Which one?",
  },
  {
    codes: [401, 400],
    text: 'malformed Authorization header — literally "Bearer" with no token after it. Is it 400 or 401? people quote RFC 6750 at each other',
  },
  {
    codes: [426],
    text: "the endpoint requires the client to switch to TLS/websocket first and the client just sent a plain request. 400 vs 426, which is correct?",
  },
  {
    codes: [403],
    text: "for scraper bots hammering /products, a colleague jokingly wants 418, another says 403. which should we actually ship?",
  },
  {
    codes: [425],
    text: "TLS 0-RTT early data carrying a non-idempotent POST /transfer: do we reject with 400 or 425? nobody on the team has seen 425 used",
  },
  {
    codes: [411],
    text: "body come without Content-Length and we dont support chunked uploads. one dev want 400, other want 411. which?",
  },
  {
    codes: [417],
    text: "unknown Expect header value (Expect: 102-processing): 400 or 417? both got arguments",
  },
  {
    codes: [405],
    text: 'method not supported on an existing path: Henrik says 404 "because there is no route for that method", I say 405. who is right?',
  },
  {
    codes: [501],
    text: "endpoint is in our OpenAPI spec but the handler isn't implemented yet. options floated: 500, 501, 404. which one?",
  },
  {
    codes: [429],
    text: "daily free-tier quota of 1000 calls used up, resets at midnight UTC. Some say 403 like Google used to, others 429. what do we return?",
  },
  {
    codes: [511],
    text: "hotel wifi captive portal is intercepting requests before user accept the terms: 401 or 511? we are the ones who build the portal",
  },
  {
    codes: [503],
    text: "all targets behind our LB are unhealthy — should the LB answer 502 or 503? we have an argument going in #infra",
  },
  {
    codes: [503],
    text: 'the DB connection pool is exhausted for a few seconds during spikes (50/50 in use). 500 or 503? one says "it\'s a bug", other says "temporary overload"',
  },
  {
    codes: [200],
    text: 'conditional GET where If-None-Match does NOT match the current etag: a junior says 304 anyway "because the header was sent". 304 or 200?',
  },
  {
    codes: [304],
    text: "GET with If-None-Match that matches the current etag: is it 304 or 412? we read the RFC twice and still argue",
  },
  {
    codes: [412],
    text: "PUT with If-None-Match: * (create-only semantics) but the resource already exists. 409 or 412?",
  },
  {
    codes: [499],
    text: "in nginx logs when client give up waiting — the code we see there is 408 or 499? two people on call remember different",
  },
  {
    codes: [206],
    text: "the server supports ranges and gets Range: bytes=0-499. one colleague says 200 with those bytes is fine, another says 206. which?",
  },
  {
    codes: [200],
    text: 'login POST that returns a session token: 200 or 201? the argument for 201 is that "a session is created".',
  },
  {
    codes: [409],
    text: 'PUT on a report while its status is "processing" (a job owns it for ~5 min), edits not allowed during that. options: 400, 409, 423. which is most appropriate for a normal JSON API?',
  },
  {
    codes: [401],
    text: 'api key was revoked yesterday and client continue using it. 401 or 403? my lead say 403 because "we know who they are"',
  },
  {
    codes: [404],
    text: "request to a tenant subdomain that doesn't exist (acme123.api.example.com). 404, 400 or 421 were all suggested. which one?",
  },
  {
    codes: [409],
    text: "POST /users with an id in the body that already exists: 400 or 409? we already do 409 elsewhere but someone wants 400",
  },
  {
    codes: [429],
    text: "rate limiting the login endpoint per IP after 5 failed attempts in 15 minutes: 401 or 429 for the 6th attempt?",
  },
  {
    codes: [400],
    text: "body is not even valid json (trailing comma at position 57). my colleague says 422, me 400. which one?",
  },
  {
    codes: [503],
    text: 'our health endpoint when redis is down and the service can\'t work: Bo says 200 with {"status":"degraded"}, Ana says 503 so the LB pulls the instance. which?',
  },
  {
    codes: [401],
    text: "Spring Security with no entry point configured answers 403 to requests that carry no credentials at all (Http403ForbiddenEntryPoint). Is that standard, and if I override it what should unauthenticated calls get?",
  },
  {
    codes: [401],
    text: "ASP.NET Core cookie auth redirects our /api calls to /Account/Login?ReturnUrl=%2Fapi%2Forders with a 302 when the user isn't logged in. is that ok for an API, and what should I return if I override OnRedirectToLogin?",
  },
  {
    codes: [405],
    text: 'express answers 404 "Cannot POST /api/users/5" when the route exists but only for GET and DELETE. is that correct HTTP, and what should it be if I add a catch-all handler for this?',
  },
  {
    codes: [401],
    text: 'DRF with SessionAuthentication is returning 403 "Authentication credentials were not provided." for anonymous requests. this is really the standard code? which would be the proper one?',
  },
  {
    codes: [400, 422],
    text: "FastAPI gives 422 for any request validation error, even a query param like limit=abc. Our API guidelines want consistency with the other services. Is 422 standard, and what should I return if I override the RequestValidationError handler?",
  },
  {
    codes: [404],
    text: 'AWS API Gateway returns 403 {"message":"Missing Authentication Token"} when you call a path that doesn\'t exist, even with a valid key. is that standard? what should an unknown route return?',
  },
  {
    codes: [504],
    text: "API Gateway REST give 504 after its 29 s integration timeout. it is the standard code for that or gateway should return other thing?",
  },
  {
    codes: [415],
    text: "Flask 2.3+ returns 415 from request.get_json() when the Content-Type isn't application/json, while older versions gave 400. which one is the standard behaviour?",
  },
  {
    codes: [405],
    text: "in Go 1.21 we use the old ServeMux and just call http.NotFound when the path matches but the method is wrong. if we fix it, what should we send instead of 404?",
  },
  {
    codes: [413],
    text: 'http.MaxBytesReader in Go makes the body read fail and our handler writes 400 by default. Is there a better status for "your body exceeded the limit" (ours is 5 MB)?',
  },
  {
    codes: [403],
    text: 'laravel return 419 "Page Expired" when CSRF token is missing or old. 419 is official code? if i override for our JSON API, what it should be?',
  },
  {
    codes: [422, 400],
    text: "Laravel validation failures come back as 422 with an errors object. Is that standard, or should we change it to something else for our public API?",
  },
  {
    codes: [400, 422],
    text: "Spring's MethodArgumentNotValidException from @Valid gets 400 by default. a couple of colleagues want 422 instead. Is 400 standard, and what should it be?",
  },
  {
    codes: [503],
    text: "ingress-nginx give 503 when Service have zero ready endpoints (we saw ~40s of it during a rollout). this is standard code for such situation?",
  },
  {
    codes: [504],
    text: "HAProxy send 504 when `timeout server 30s` fire. is standard or a proxy should use other code?",
  },
  {
    codes: [400],
    text: "express.json() throws a SyntaxError on bad JSON and the default error handler sends 400. Is that right, or should it be 422 like some people say?",
  },
  {
    codes: [431],
    text: "Node's http server replies 431 when headers exceed --max-http-header-size (16 KB default). Is that standard, or should I map it to 400 or 413?",
  },
  {
    codes: [408],
    text: "since Node 18 the server send 408 when requestTimeout (300 s) pass before full request arrived. is this standard? what other it could be?",
  },
  {
    codes: [431],
    text: "Tomcat returns 400 when the request headers exceed maxHttpHeaderSize (8 KB). If we override it with a custom error page, what is the correct status?",
  },
  {
    codes: [409],
    text: "Spring turns ObjectOptimisticLockingFailureException into a 500 by default when two people edit the same entity. what should I map it to? (we don't use ETags yet)",
  },
  {
    codes: [409],
    text: "DataIntegrityViolationException on a duplicate unique key (uk_users_email) ends up as a 500 in our spring app. what should it be mapped to?",
  },
  {
    codes: [404],
    text: "S3 returns 403 AccessDenied for a key that doesn't exist when the caller lacks s3:ListBucket. In our own API in front of S3, what should a missing object return?",
  },
  {
    codes: [429],
    text: "S3 uses 503 SlowDown to throttle clients. If we design our own API, should we copy that or return something else when a client is simply going too fast?",
  },
  {
    codes: [503],
    text: "Cloud Run return 429 when it reach max instances and can not take more requests. is standard? what would be more correct if i build the platform?",
  },
  {
    codes: [429],
    text: "nginx limit_req rejects with 503 by default (limit_req_status). Is that standard for rate limiting, and what should I set it to?",
  },
  {
    codes: [429],
    text: "limit_conn in nginx also rejects with 503 by default. What should limit_conn_status be for a per-client connection limit of 20?",
  },
  {
    codes: [401],
    text: 'kong key-auth return 401 "No API key found in request" when apikey header is missing. this is the standard code?',
  },
  {
    codes: [308, 301],
    text: 'nginx by default shows a 400 page "The plain HTTP request was sent to HTTPS port". If I override it with error_page 497, what should I send the client instead?',
  },
  {
    codes: [405],
    text: "nginx return 405 Not Allowed for POST on static file under /assets. it is standard or some nginx quirk?",
  },
  {
    codes: [502, 503],
    text: "Caddy's reverse_proxy returns 502 when dialing the upstream fails (dial tcp 127.0.0.1:9000: connect: connection refused). is that standard?",
  },
  {
    codes: [504],
    text: "Heroku's router returns 503 with H12 when a dyno takes more than 30 s to respond. If we were building that router ourselves, what status would be more precise?",
  },
  {
    codes: [413],
    text: "IIS request filtering returns 404.13 when Content-Length exceeds maxAllowedContentLength (30000000 by default). that seems weird — what's the standard code for it?",
  },
  {
    codes: [414],
    text: "IIS gives 404.15 when the query string exceeds maxQueryString (2048). What should it be per the standard?",
  },
  {
    codes: [502, 503],
    text: "php-fpm die and nginx show 502 Bad Gateway. is it standard or nginx should say 503 there?",
  },
  {
    codes: [401],
    text: "Symfony security redirects anonymous users to /login with a 302 even for XHR JSON calls. what should API calls get instead?",
  },
  {
    codes: [415],
    text: "Phoenix's Plug.Parsers raises UnsupportedMediaTypeError, which becomes 415. is that standard for an unknown body content type?",
  },
  {
    codes: [504],
    text: "Zuul with a Hystrix timeout of 1000ms returns 500 to the client when the downstream command times out. What should a gateway return there?",
  },
  {
    codes: [200],
    text: "NestJS returns 201 by default for every @Post() handler, including /auth/login which just returns a token. Is 201 standard there, and what should I set with @HttpCode?",
  },
  {
    codes: [303],
    text: "express res.redirect('/done') after a form POST sends 302 by default. Is that the standard choice for post/redirect/get, or what should I use?",
  },
  {
    codes: [429],
    text: "DRF throttling returns 429 plus Retry-After: 37. is that standard or should I customize it?",
  },
  {
    codes: [413],
    text: "Django raises RequestDataTooBig when DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB) is exceeded and answers 400. Is that the standard code, and what should I return if I override it?",
  },
  {
    codes: [503],
    text: "ALB is returning 503 when target group has no registered targets at all. this is standard?",
  },
  {
    codes: [404],
    text: "CloudFront in front of S3 with OAC returns 403 for objects that don't exist. For our users, what code should a missing file really get?",
  },
  {
    codes: [308],
    text: "Django's CommonMiddleware APPEND_SLASH redirects with 301 and can't do it for POST (raises RuntimeError in DEBUG). Which redirect code would preserve a POST body if we wrote our own?",
  },
  {
    codes: [409],
    text: "the Kubernetes API server returns 409 AlreadyExists when you create a pod that already exists. is that standard?",
  },
  {
    codes: [404],
    text: 'traefik give 404 "404 page not found" when no router match the Host header. is standard, or must be 421?',
  },
  {
    codes: [416],
    text: "go http.FileServer return 416 for Range after EOF (bytes=900-, file is 512 bytes). standard, yes?",
  },
  {
    codes: [504],
    text: "Akamai returns 503 for origin timeouts (Reference #97.3e1f2117.1718000000.2c4d). If a CDN followed the RFC strictly, what should it return for an origin timeout?",
  },
  {
    codes: [406],
    text: "Spring WebFlux returns 406 when the produces attribute doesn't match the Accept header. is that standard?",
  },
  {
    codes: [400],
    text: "Spring returns 400 for MissingRequestHeaderException when our required X-Request-Id header is missing. is that standard?",
  },
  {
    codes: [422, 400],
    text: "PR #1234 switches all our validation errors from 400 to 422. the author's argument is that the JSON parses fine and only `quantity: -3` is wrong, so 422 is more precise. I kind of think clients only look at \"is it 4xx\" anyway. who's right here?",
  },
  {
    codes: [400],
    text: 'body is literally `{"name": "bob",}` with a trailing comma and our framework answers 422 Unprocessable Entity. that feels wrong to me, it\'s not even valid json. what should a plain syntax error get?',
  },
  {
    codes: [400, 422],
    text: "We have a discussion in the team: the field `email` is missing completely in the request body. Is this now a 400 because the request is incomplete, or a 422? Spring gives 400 by default and I am not sure if we should change it for all the controllers.",
  },
  {
    codes: [400],
    text: "hola, quick one, the client sends Content-Type application/json but the body is actually XML (some old integration). our parser explodes and we return 500 lol. what it should be actually?",
  },
  {
    codes: [422, 400],
    text: "sir one doubt, user is sending start_date after end_date in the report filter. this is business validation na, so 422 is correct or 400 only? my lead is saying 400 for all validation, no exceptions",
  },
  {
    codes: [400],
    text: "sorry english not good. request header `X-Request-Id` is not uuid format, we return 422. reviewer said problem in header should be 400 not 422 because it is not the body entity. which is better?",
  },
  {
    codes: [400, 422],
    text: 'reviewing a PR where an unknown enum value `status: "archivd"` (typo on the client side) gets a 500 because jackson throws InvalidFormatException and nobody catches it. obviously not 500. but 400 or 422?',
  },
  {
    codes: [401],
    text: 'author says 403 when the Authorization header is missing entirely, because "you are forbidden without a token". I\'m arguing 401. we use bearer tokens only, no cookies, no sessions. settle this please before I lose my mind on this PR',
  },
  {
    codes: [401],
    text: "token expired 5 minutes ago and our gateway returns 403, so the frontend don't know it must refresh the token. I think must be 401 with WWW-Authenticate header, right? or 403 is also acceptable here?",
  },
  {
    codes: [401],
    text: 'Postmortem excerpt: "From 14:02 to 14:40 UTC, all requests made with rotated API keys received HTTP 500 because the key lookup threw KeyNotFoundError." Action item says to return the correct status for an unknown or revoked API key. Which one is that?',
  },
  {
    codes: [403],
    text: "the user is logged in, token is ok, but his account was suspended by an admin. frontend team want 401 so they can logout him automatically with the interceptor. backend think 403. qual é o certo?",
  },
  {
    codes: [401],
    text: "OAuth /token endpoint, the client authenticates with HTTP Basic and the client_secret is wrong. We send 400 with error=invalid_client. Someone quoted RFC 6749 section 5.2 at me in review saying that's wrong. What should it be?",
  },
  {
    codes: [400],
    text: 'OAuth /token with grant_type=refresh_token, the refresh token is expired or revoked so we answer error=invalid_grant. teammate wants 401 because "it\'s an auth thing". what does the spec actually say for invalid_grant?',
  },
  {
    codes: [401, 400],
    text: "sorry for basic question. our login API when password is wrong, now we return 200 with {success:false}. I want to change it, but 400 or 401? colleague says 401 is only for WWW-Authenticate challenge so cannot use for login form.",
  },
  {
    codes: [403],
    text: "mTLS setup: the client cert is valid and chains to our internal CA, but its CN isn't in the allowlist for this particular service. 401, 403, or one of the nginx-specific ones?",
  },
  {
    codes: [403],
    text: 'hi, our csrf token check fails on a POST form. laravel shows "419 page expired" but in our express app we want to do the same behaviour with a standard code. what is the normal code for csrf fail?',
  },
  {
    codes: [419],
    text: "what does 419 mean? got a lot of these in our laravel logs since the deploy: `POST /checkout 419 12ms` and users say the form just reloads",
  },
  {
    codes: [404],
    text: "author says 404, I say 403 because the resource exists but belongs to another tenant. multi-tenant SaaS, the IDs are sequential integers so /projects/1001, /projects/1002 etc. thoughts?",
  },
  {
    codes: [403],
    text: 'For document sharing: the link is known to the user (he got it by email from a colleague) but he is not in the share list. We want to show a "request access" button like Google Docs. 403 or 404 here, given the user anyway knows the document exists?',
  },
  {
    codes: [404],
    text: "security review flagged that GET /invoices/{uuid} returns 403 for other customers' invoices and 404 for ones that don't exist, which leaks existence. the fix is to return ___ for both?",
  },
  {
    codes: [404],
    text: "tenemos un endpoint /admin que devuelve 403 a usuarios normales. security team wants it to look like it does not exist at all for them. so 404? is that common practice or weird?",
  },
  {
    codes: [404, 403],
    text: "code review nit: in OrderService.java line 404 we throw ForbiddenException when order.userId != currentUser. should that be a NotFound instead? order ids are random UUIDs so nobody can guess them anyway.",
  },
  {
    codes: [410],
    text: "we sunset API v1 on March 1 and now every /v1/* call falls through to our catch-all route, which returns 404. should sunsetted versions return something more specific?",
  },
  {
    codes: [200],
    text: 'product page for an item that\'s out of stock temporarily — the SEO guy wants us to return 410 so Google drops it faster. it will be back in stock in 2 weeks and the page still shows price and a "notify me" button. hmm??',
  },
  {
    codes: [410],
    text: "short link service, links expire after 30 days. after expiry we return 404 now. should be 410? the expiration is permanent, user cannot renew the same link",
  },
  {
    codes: [404],
    text: 'GDPR deletion: we hard delete the rows and keep no tombstone, so we literally can\'t tell "never existed" from "deleted". colleague still wants 410 for deleted users. can we even do that? what do we return?',
  },
  {
    codes: [409, 422],
    text: "POST /users with an email that already exists. we return 400 right now. one colleague says 409, another says 422. what is the most common and defensible?",
  },
  {
    codes: [422, 409],
    text: 'Design doc fragment: "POST /payments when the Idempotency-Key was already used with a different request body → ?" Need to fill in the status.',
  },
  {
    codes: [409],
    text: "idempotency question: the first request with key abc123 is still processing when the retry with the same key arrives (client has 3 retries with a 30s timeout). what do we answer to the second request while the first is in flight?",
  },
  {
    codes: [409, 422],
    text: "cancel order endpoint, but the order is already shipped, não dá pra cancelar. 409 conflict or 422 or 400? the request itself is valid, just the state of the order don't allow it",
  },
  {
    codes: [412],
    text: "DELETE with If-Unmodified-Since: Tue, 02 Jan 2024 10:00:00 GMT, and the resource was modified after that date. what status do we reply?",
  },
  {
    codes: [304],
    text: 'GET with `If-None-Match: "abc"` and the current etag is also "abc". I assumed 304 but our CDN answers 412 Precondition Failed. is the CDN buggy? what should it be?',
  },
  {
    codes: [412],
    text: "PUT with `If-None-Match: *` because the client wants create-only semantics, but the resource already exists. 409?",
  },
  {
    codes: [429],
    text: "per-API-key quota of 1000 req/min gets exceeded and we send 503 with Retry-After: 60. a client dev says their SDK treats 503 as an outage and pages their on-call. should it be something else?",
  },
  {
    codes: [503],
    text: "whole cluster is shedding load because the primary DB is pegged at 100% CPU. we're thinking of returning 429 to everyone with a Retry-After. is 429 right when it's not any specific client's fault?",
  },
  {
    codes: [503],
    text: "maintenance window tonight 2am-4am JST, all APIs will be down. which code should all API return during that time? and need Retry-After header or not?",
  },
  {
    codes: [400, 422],
    text: "GraphQL query cost limit exceeded (complexity 1200, max 1000). someone proposed 429 but it's not about rate, a single query is just too expensive and will always be rejected no matter when you send it",
  },
  {
    codes: [429],
    text: "concurrent connection limit per user is 5 SSE streams. when the 6th one is opened, what do we reply? thinking 429",
  },
  {
    codes: [504],
    text: 'Postmortem draft: "we returned 500 for 3 hours because the upstream timed out". the payments provider was taking >30s and our gateway just bubbled up a generic error. what should the gateway have returned?',
  },
  {
    codes: [504],
    text: 'nginx error.log: `upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.3.4, server: api, request: "GET /report HTTP/1.1"` — what status did the client get for that one?',
  },
  {
    codes: [502],
    text: "after the app container restart we see `connect() failed (111: Connection refused) while connecting to upstream` in nginx. which code the client is seeing in this case, please?",
  },
  {
    codes: [502],
    text: "`upstream prematurely closed connection while reading response header from upstream` — on-call colleague ask me if this is 504 because it happen during slow requests. it is?",
  },
  {
    codes: [504],
    text: "we have ALB in front of ECS. the target take 65 seconds to answer but the ALB idle timeout is 60s. the client receive 504 or 502? je suis un peu confus avec les deux",
  },
  {
    codes: [502],
    text: "ALB access logs show elb_status_code=502 target_status_code=- for a bunch of requests exactly when we deploy. is this the keep-alive race where the target closes the connection before the ALB does? and is 502 the correct code for it?",
  },
  {
    codes: [502],
    text: 'API Gateway + Lambda: the client gets `{"message": "Internal server error"}` and the Lambda logs show we returned the body as an object instead of a string. what status does API Gateway send for a malformed proxy response?',
  },
  {
    codes: [504],
    text: "api gateway has 29 sec integration timeout, our lambda runs like 40 sec for the big reports. client get which error code? we want to show proper message in UI",
  },
  {
    codes: [503],
    text: "HAProxy log show `sC--` termination state and status 503, all backend servers marked DOWN by health check. 503 is correct code here or haproxy is wrong?",
  },
  {
    codes: [503, 500],
    text: "el pool de conexiones está agotado: `HikariPool-1 - Connection is not available, request timed out after 30000ms`. we map that to 500 or 503?",
  },
  {
    codes: [502, 500],
    text: "our service calls payment provider, provider return 500 to us. we also return 500 to our client. my team lead says must be 502 because error is from upstream. who is correct?",
  },
  {
    codes: [503],
    text: 'kubernetes ingress-nginx give 503 "Service Temporarily Unavailable" when service have zero ready endpoints during rollout. this is expected code or we misconfigured something?',
  },
  {
    codes: [504],
    text: "our gRPC backend returns DEADLINE_EXCEEDED and grpc-gateway turns it into some HTTP code. which one is it supposed to be?",
  },
  {
    codes: [503],
    text: "grpc status 14 UNAVAILABLE keeps showing up in our logs, and I'm translating these to HTTP for the REST facade by hand. which code?",
  },
  {
    codes: [400],
    text: 'gRPC service return FAILED_PRECONDITION (code 9). in REST gateway I expect 412 because the name says "precondition". but I see other code. is it a bug in the gateway?',
  },
  {
    codes: [522],
    text: 'Cloudflare shows "Error 522 Connection timed out" for our origin listening on port 8080. what does 522 mean exactly, and is it our firewall?',
  },
  {
    codes: [524],
    text: "cloudflare 524 is coming on our export endpoint, it takes around 120s to make the zip. what this code is telling exactly?",
  },
  {
    codes: [525],
    text: "Cloudflare 525 SSL handshake failed, juste après qu'on a passé l'origine en TLS 1.3 only. ça veut dire quoi exactement?",
  },
  {
    codes: [200, 503],
    text: 'healthcheck endpoint question: redis is down but the app can still serve most reads from postgres. should /health return 503 or 200 with "degraded" in the body? the LB uses it to pull nodes out.',
  },
  {
    codes: [200],
    text: "In our BFF we aggregate 4 microservices. One of them (recommendations) times out after 2s, the other 3 are ok. We return 504 for the whole page now. Is this right or better to return the partial data?",
  },
  {
    codes: [503, 502],
    text: 'Postmortem INC-5023: "A bad config push made the auth sidecar fail for 47 minutes because it could not reach the policy server; it returned 500 for all requests." Reviewer asks what the sidecar should return to callers in that situation.',
  },
  {
    codes: [502],
    text: "nosso servidor Node ficou sem memória, OOMKilled (exit code 137), and the nginx in front returned what to the clients? the error log says upstream prematurely closed connection",
  },
  {
    codes: [502],
    text: "Upstream returned a response with two conflicting Content-Length headers. our reverse proxy should return what to the client?",
  },
  {
    codes: [499],
    text: 'what does nginx 499 mean in our access logs? `10.2.1.9 - - "POST /api/search HTTP/1.1" 499 0 "-" "okhttp/4.9"` — spike started when we hit ~200 concurrent users',
  },
  {
    codes: [499],
    text: "our app log says status 499 but the mobile client team say they never cancel anything. they have 10s timeout in okhttp. so 499 means client timeout? or server did something?",
  },
  {
    codes: [499],
    text: "client cancels the call and grpc-gateway gets CANCELLED from the backend. which http status does that become?",
  },
  {
    codes: [408],
    text: "client is sending body very slowly, like 1 byte per 10 sec (slowloris style). server should close with which code? 408?",
  },
  {
    codes: [408],
    text: "Keep-alive connection idle for 75s, server closes it. Someone says Apache sends a status before closing in that case. Is 408 right when the server gave up waiting for the client to send its request?",
  },
  {
    codes: [504],
    text: "client-side timeout fires at 30s in our java service while calling another internal service. we return 504 to our own caller in that case. is that right? nobody actually returned a response to us",
  },
  {
    codes: [504],
    text: "nginx 504 or 502 when a php-fpm worker takes longer than fastcgi_read_timeout 60s?",
  },
  {
    codes: [502],
    text: "`connect() to unix:/run/php/php8.1-fpm.sock failed (2: No such file or directory) while connecting to upstream` — what does the browser get?",
  },
  {
    codes: [503],
    text: "elasticsearch cluster is red, search endpoint cannot serve anything. 500 or 503 we return? rest of API working fine",
  },
  {
    codes: [502],
    text: "third party geocoding API gave us HTML maintenance page instead of JSON. we crashed while parsing and returned 500. what we should have returned to our caller?",
  },
  {
    codes: [504],
    text: "Feign client threw `RetryableException: Read timed out executing GET http://inventory-service/stock` after 3 retries. Our ControllerAdvice maps everything to 500. What is better?",
  },
  {
    codes: [503],
    text: "circuit breaker is open for payment service so we fail fast without calling it. which status to return to the user: 503 or 500?",
  },
  {
    codes: [503],
    text: "our API is behind Cloudflare and during deploys we drain nodes. should the draining node return 503 with Retry-After: 30, or something else so the LB retries on another node?",
  },
  {
    codes: [503],
    text: 'our Heroku app logs show `at=error code=H12 desc="Request timeout"` after 30s. what HTTP status did the client actually receive?',
  },
  {
    codes: [503],
    text: "Heroku `H10 App crashed` in the router logs. what status does heroku's router send to the client for that?",
  },
  {
    codes: [502],
    text: "nosso serviço node chama outro serviço pelo hostname e o DNS falha (ENOTFOUND). we return 500. reviewer says it's a gateway error. which code is right?",
  },
  {
    codes: [502],
    text: "upstream's TLS certificate was expired this morning, so our proxy cannot finish the handshake. what should proxy return to clients in this situation?",
  },
  {
    codes: [503],
    text: "ALB in front of an empty target group (we deregistered everything by mistake during the migration). what does the ALB send back to clients, and is that the code we should expect?",
  },
  {
    codes: [502],
    text: "nginx says `no live upstreams while connecting to upstream` for all requests after the health checks failed. what do the clients see?",
  },
  {
    codes: [503],
    text: "Istio sidecar returns 503 with `response_flags=UO` when our circuit breaker max pending requests is exceeded. is that the right code for overflow?",
  },
  {
    codes: [201],
    text: "POST /users creates the user synchronously and we return 200 with the new user in the body. reviewer wants 201 + Location header. worth changing or bikeshedding?",
  },
  {
    codes: [202],
    text: "POST /exports kicks off a job that takes ~5 min. we return 201 with the job id. shouldn't that be something else since the export isn't actually done?",
  },
  {
    codes: [204],
    text: "DELETE /items/42 — we return 200 with an empty body. mon collègue dit 204 is more correct. c'est vraiment important ou pas?",
  },
  {
    codes: [404, 204],
    text: "DELETE on an item that is already deleted (the second call, an idempotent retry after a network blip). 404 or 204? team is split 50/50",
  },
  {
    codes: [200],
    text: "PUT /settings actualiza y devolvemos el objeto actualizado en el body. 200 or 204 in that case?",
  },
  {
    codes: [201],
    text: "PUT /files/report.pdf where the file doesn't exist yet, so the PUT creates it. we send 200 like every other PUT. fine?",
  },
  {
    codes: [202, 200],
    text: "webhook receiver for stripe events, we are only putting the event in queue and processing later in worker. so 202 we should return? stripe only checks 2xx i think",
  },
  {
    codes: [200],
    text: 'POST /search with a complex filter in body, returns results. My colleague returns 201 because "it is a POST". I think this is wrong because nothing is created. What is correct?',
  },
  {
    codes: [200],
    text: "GET /users?name=zzz matches nothing so we return 404. the frontend team hates it because their error toast pops up. what's the correct code?",
  },
  {
    codes: [200],
    text: "GET /users/9/orders — user 9 is exist but has no orders yet. 204 No Content or 200 with empty []? which one is more correct",
  },
  {
    codes: [207, 200],
    text: "batch endpoint POST /messages:batch, 100 messages, 97 is success and 3 fail validation. what status for whole response? 200 with per-item result array, or 207 is better?",
  },
  {
    codes: [204, 200],
    text: "CORS preflight OPTIONS: we return 200 with an empty body. someone changed it to 204 in PR #882. any browser issue either way, and which is more correct?",
  },
  {
    codes: [204, 200],
    text: "POST /login sets an httpOnly cookie and returns nothing in the body. so 204? or should it be 200 with the user info?",
  },
  {
    codes: [303, 200],
    text: "Async job status endpoint: job finished and the result is available at /exports/55/file. what should GET /jobs/55 return now? 200 with a link in the body or a 303 to the file?",
  },
  {
    codes: [201, 200],
    text: "POST /orders but an order with this client_order_id already exists (same body, it's just a retry from the client). we return 409 now and the client thinks it failed. what is better?",
  },
  {
    codes: [205, 204],
    text: "is 205 Reset Content ever used in practice? we have a form that posts via fetch and the designer wants the form cleared after submit. the proposal is 205 instead of 204",
  },
  {
    codes: [308],
    text: "http to https redirect on our API domain, we use 301. but a client that POSTs to http:// loses the body after the redirect. qual código usar então?",
  },
  {
    codes: [303, 302],
    text: "OAuth authorization server redirects back to the client with ?code=... — the spec examples use 302. can we use 303 instead? the redirect happens right after the user submits the consent form with POST",
  },
  {
    codes: [301, 308],
    text: "we rename domain old.example.com → new.example.com forever, website only, only GET pages. 301 or 308 better for SEO?",
  },
  {
    codes: [302, 307],
    text: "presigned download: GET /files/9 in our API should send client to S3 presigned URL, valid 5 min. use 302, 303 or 307?",
  },
  {
    codes: [307],
    text: "temporary failover redirect of POST /checkout to a backup region, and the body must be preserved because it has the cart. which redirect code?",
  },
  {
    codes: [307],
    text: 'is 302 considered "safe" for method preservation? our java client re-POSTs after a 302 but `curl -L` switches to GET. what should we return if we want the POST re-sent to the new URL temporarily?',
  },
  {
    codes: [302, 307],
    text: "language redirect: / → /en/ based on Accept-Language. SEO folks say never use 301 for that. which one then?",
  },
  {
    codes: [303, 302],
    text: "after logout we redirect user to the home page. logout is POST. 302 is enough or it must be 303?",
  },
  {
    codes: [302, 307],
    text: "GET /latest-release should always forward to whatever the newest tarball is, e.g. /releases/1.4.2.tar.gz today and 1.4.3 next week. which redirect?",
  },
  {
    codes: [303],
    text: "the 3DS flow from our payment provider returns to our /callback via POST, and then we redirect the browser to /order/done. 303 right?",
  },
  {
    codes: [304],
    text: 'Client sends `If-None-Match: W/"42"` and the resource ETag is W/"42". We return 200 with the full body every single time. What should we send instead?',
  },
  {
    codes: [304],
    text: "we add Last-Modified header, browser sends If-Modified-Since, and resource not changed since. we must return 304 with the body or without? and is 304 really the right one?",
  },
  {
    codes: [304],
    text: "304 responses from our API get logged as errors by a client SDK because it checks `status >= 300`. the SDK author wants us to return 200 instead for conditional GETs. should we?",
  },
  {
    codes: [200],
    text: "our CDN returning 304 for API json but the content actually changed, etag is same because we compute etag from id only. after we fix the etag, what code should come when content is changed?",
  },
  {
    codes: [405],
    text: "PATCH /users/5 — no soportamos PATCH en este recurso, solo GET y PUT. currently the router gives 404 because no route match. what should be?",
  },
  {
    codes: [405],
    text: "TRACE está deshabilitado por seguridad en nuestro apache. what status it must return for TRACE requests? se puede 405?",
  },
  {
    codes: [405, 501],
    text: "DELETE /accounts/me is planned but not built yet. the route exists and returns 501 Not Implemented. reviewer says 501 is for servers that don't know the method at all. what's best?",
  },
  {
    codes: [405],
    text: "our 405 responses don't include an Allow header. is that a spec violation, and is 405 even the right code when the route exists but only for GET?",
  },
  {
    codes: [415],
    text: "client is posting XML with Content-Type: application/xml and we are accepting only JSON. we are answering 406. ok or not?",
  },
  {
    codes: [406, 200],
    text: "Client sends Accept: text/csv on GET /reports but we only produce JSON. Return 406, or just give JSON with 200 and let them deal with it?",
  },
  {
    codes: [415],
    text: "PATCH comes with Content-Type: application/json instead of application/merge-patch+json and we reject it. which code?",
  },
  {
    codes: [400],
    text: "multipart upload where the Content-Type header is missing the boundary parameter. 415 or 400?",
  },
  {
    codes: [415],
    text: "request have `Content-Encoding: gzip` but our server can not decompress gzip request body. which code to return?",
  },
  {
    codes: [406],
    text: "client sends `Accept: application/vnd.acme.v9+json` and we only have v1..v3 of the media type. what status?",
  },
  {
    codes: [414],
    text: "endpoint de busca recebe filtros na query string and some saved searches make 9KB URLs. the server returns 400. should be 414?",
  },
  {
    codes: [431],
    text: "user have many cookies from all the subdomains and nginx return `400 Bad Request: Request Header Or Cookie Too Large`. what is the correct code that should be returned in this case?",
  },
  {
    codes: [413],
    text: "Expect: 100-continue on a 2GB PUT and we already know from Content-Length it's over our per-request limit of 1GB. do we send 100 first or reject directly? with which code?",
  },
  {
    codes: [431],
    text: "JWT in the Authorization header is 12KB because of too many roles in the claims. the proxy rejects the request. what is the proper status code for that?",
  },
  {
    codes: [507, 403],
    text: "upload limit is by total account storage: user has a 10GB quota, 9.9GB used, uploads a 500MB file. 413 seems wrong since the single request isn't too big. what then?",
  },
  {
    codes: [402],
    text: "card declined when user subscribes, stripe gave us card_declined. our API returns which code to our frontend? 402 like stripe does?",
  },
  {
    codes: [402, 403],
    text: "customer invoice overdue 30 days so we block their API access until they pay. team proposes 402. correct or should it be 403?",
  },
  {
    codes: [429, 402],
    text: "usage-based plan: customer hit their monthly 10k-call cap for the billing period (not a per-minute limit, they have to upgrade or wait for next month). 429 or 402?",
  },
  {
    codes: [451],
    text: "We have to block one specific article for visitors from Germany due to a court order. Geo-block with which status?",
  },
  { codes: [451], text: "DMCA takedown for one user upload. now we return 404. it should be 451 or 410?" },
  {
    codes: [451, 403],
    text: "compliance: we must block accounts from a sanctioned region. 403 or 451 for their requests?",
  },
  {
    codes: [423],
    text: "WebDAV client (MS Word) tries to PUT a document that another user has LOCKed. our server returns 409. what does Office expect?",
  },
  {
    codes: [409, 423],
    text: 'We use 423 Locked for "record is currently being edited by another user" in our CRM REST API. Colleague says 423 is only for WebDAV and we should use 409. Opinions?',
  },
  {
    codes: [425],
    text: 'TLS 1.3 0-RTT is enabled on our edge and a POST /transfer arrived in early data. Cloudflare docs mention a code meaning "retry after the handshake". which one is that?',
  },
  {
    codes: [425],
    text: "what is 425 Too Early? we saw it in the logs after enabling early data in nginx (ssl_early_data on)",
  },
  { codes: [507], text: "WebDAV PUT fails because disk on server is full. 500 or 507 is correct?" },
  {
    codes: [511],
    text: 'Hotel wifi: every HTTP request gets a 511 until you log in on the portal, and our app shows it as "server error". what is 511 supposed to mean?',
  },
  {
    codes: [511, 302],
    text: "we build captive portal for café wifi. before the user accept terms, what status our gateway should return for http requests? 302 to portal page or something special?",
  },
  {
    codes: [418],
    text: "April fools PR: return 418 for `/coffee` on our internal tooling API. is 418 even a real registered code, will proxies choke on it?",
  },
  {
    codes: [403],
    text: "our WAF started returning 418 for blocked bots (someone's joke from years ago). what should a WAF block actually be?",
  },
  {
    codes: [416],
    text: "Range: bytes=5000000- on a 4MB file. we return 200 with the whole file. what should it be?",
  },
  {
    codes: [206],
    text: "video player sends Range: bytes=0-1023, we return 200 and the full mp4, the player can't seek. which status do we need?",
  },
  {
    codes: [200],
    text: "If-Range with a stale ETag plus a Range header, and the file changed since. 206 or 200?",
  },
  {
    codes: [100],
    text: "curl -v shows `< HTTP/1.1 100 Continue` and then `< HTTP/1.1 201 Created`. client dev thinks the 100 is an error. what is the 100 there?",
  },
  {
    codes: [417],
    text: "client send `Expect: 200-ok` (some custom thing), our server don't understand this expectation. what to answer?",
  },
  {
    codes: [400, 404],
    text: 'PR description: "Return 400 instead of 404 when the path param is not a valid UUID (/orders/abc)." reasonable?',
  },
  {
    codes: [404],
    text: "reviewer suggests 204 instead of 404 for GET /orders/{id} when there's no such order, \"because it's not an error\". thoughts?",
  },
  {
    codes: [404],
    text: 'our API returning 200 with {"error": "not found"} body for everything. new lead say fix it. for a missing user what is correct?',
  },
  {
    codes: [400, 422],
    text: "we return 500 when the client sends page_size=10000 and the query blows up memory. max page_size is documented as 200. what should it have been?",
  },
  {
    codes: [504],
    text: "timeout dans notre code: client calls GET /report, we call an internal service with 10s timeout, it times out, we return 500. mon collègue dit 504. c'est mieux?",
  },
  {
    codes: [404, 403],
    text: "feature is behind flag and flag is off for this tenant — return 404 (pretend not exist) or 403? which is more common?",
  },
  {
    codes: [200, 202],
    text: "POST /reset-password for an email that doesn't exist. to avoid account enumeration we should return... 404? 200?",
  },
  {
    codes: [409, 422],
    text: "We return 422 when the user tries to add an item to a cart that's already checked out. Reviewer: \"state conflicts are 409\". Who's right?",
  },
  {
    codes: [401],
    text: "token introspection endpoint called without any client credentials (the resource server forgot to authenticate itself). what status?",
  },
  { codes: [422, 400], text: "user tries to follow themselves on our social API. 400, 422 or 409?" },
  {
    codes: [400, 422],
    text: 'PUT /users/5 with body `{"id": 6, ...}` — mismatch between path and body. 400? 409? 422?',
  },
  {
    codes: [400],
    text: "JSON body is 2MB of nested arrays 10k levels deep and our parser rejects it for depth. we're under the size limit. 400 or 413?",
  },
  {
    codes: [401],
    text: "usuário tenta acessar /admin mas não está logado. for browser we redirect to /login with 302. but for API clients (Accept: application/json) what is better?",
  },
  {
    codes: [401],
    text: "SPA calls /api/me with an expired session cookie, and Spring Security redirects to the login page with 302, so fetch follows it and gets HTML with 200. what should the API return instead?",
  },
  {
    codes: [400, 422],
    text: "SOAP service returns HTTP 500 with a SOAP Fault for a plain validation error (that's what SOAP 1.1 does I think). We're wrapping it in a REST facade — what should the REST side return for that validation fault?",
  },
  {
    codes: [400],
    text: "we receive HTTP/1.1 requests without Host header from some IoT device. is this an error? what must server respond?",
  },
  {
    codes: [505],
    text: "an old embedded device sends a request line with `HTTP/2.0` in plaintext to our HTTP/1.1 server and we don't support whatever that is. which code for an unsupported protocol version?",
  },
  {
    codes: [464],
    text: "ALB logs are showing 464 for some requests from one partner only. what is meaning of this?",
  },
  {
    codes: [463],
    text: "ALB 463 — we added another proxy layer in front and now some requests fail with 463. what's 463?",
  },
  { codes: [496], text: "nginx mTLS setup, logs show 496 for some mobile clients. what's that one exactly?" },
  {
    codes: [497],
    text: "someone hit our https port 443 with plain http and nginx logged a 497. explain pls",
  },
  { codes: [440], text: "IIS log has sc-status 440 on our old OWA server. qué es eso?" },
  { codes: [449], text: 'IIS 449 "Retry With" in Exchange ActiveSync logs. meaning?' },
  {
    codes: [403],
    text: 'Cloudflare "Error 1020: Access denied" on one of our customers\' requests. what HTTP status is that really and should we worry?',
  },
  {
    codes: [526],
    text: "Cloudflare 526 invalid SSL certificate after we moved the origin to a self-signed cert with Full (strict). what is 526?",
  },
  {
    codes: [523],
    text: "cloudflare 523 origin is unreachable — we changed the origin IP yesterday. what does 523 mean?",
  },
  {
    codes: [509],
    text: "Our load test with 500 VUs shows 509 from the shared hosting provider. not in any RFC. what is 509?",
  },
  {
    codes: [599],
    text: 'Some client library returns 599 "network connect timeout" in our metrics. Is that a real status the server sent?',
  },
  {
    codes: [401, 403],
    text: "Request needs a step-up: user logged in with password only and tries to change the payout bank account, which requires MFA within the last 5 min. 401 or 403?",
  },
  {
    codes: [400],
    text: "per RFC 6750, Authorization header is malformed — `Bearer` with two tokens separated by a space. is that invalid_token with 401 or something else?",
  },
  {
    codes: [403],
    text: "blocked IP range tries to hit our API (abuse team banned it). what status? 403? 401? just drop?",
  },
  {
    codes: [403],
    text: "usuário ainda não verificou o email e tenta criar um projeto. we return 401 now. seems wrong since he is logged in?",
  },
  {
    codes: [400, 410],
    text: 'password reset token is expired (1 hour TTL). currently 400 with "invalid token". should it be 410 or 401?',
  },
  {
    codes: [415, 422],
    text: "file upload endpoint expects images, user uploads a .exe inside multipart/form-data. The request's Content-Type (multipart) is fine, only the part is wrong. 415 or 422?",
  },
  {
    codes: [400],
    text: "POST /orders with an empty body (Content-Length: 0) when a JSON body is required. what status?",
  },
  { codes: [404], text: "GET /v9/users mais on a seulement /v1 et /v2 dans le path. 404? 400?" },
  {
    codes: [400],
    text: "?sort=favourite_color — that field isn't sortable. 400 or just ignore and return 200?",
  },
  {
    codes: [303],
    text: "RFC 9110 says something about a POST whose result would be equivalent to an existing resource, like POST /tags with a name that already exists and we'd rather point the client at it. which redirect is that?",
  },
  {
    codes: [300],
    text: "the document /docs/readme exists as PDF, HTML and EPUB and we want the client to choose instead of picking for them. is there a status for that?",
  },
  {
    codes: [426],
    text: 'server only speaks TLS / HTTP/2 on this port and the client uses cleartext HTTP/1.1 with an Upgrade header. which status says "you need to upgrade"?',
  },
  {
    codes: [421],
    text: "HTTP/2 connection coalescing issue: the browser reuses a connection to a.example.com for b.example.com because the wildcard cert covers both, but the server for b is somewhere else. what status should server A send?",
  },
  {
    codes: [403],
    text: "Django CSRF verification failed on a POST from our own SPA. django returns some code — is it the right one or should we override to 401?",
  },
  { codes: [409, 200], text: "POST /teams/7/members with a user who is already a member. 409? 200? 422?" },
  {
    codes: [403, 400],
    text: "Our API requires HTTPS and someone calls the http:// URL with an API key in the header. should we redirect with 301/308, or reject? and with which code?",
  },
  {
    codes: [503],
    text: "kubernetes readiness probe: the pod is still warming caches. what should /ready return so k8s doesn't send traffic yet?",
  },
  {
    codes: [403],
    text: "service mesh mTLS: the calling service's SPIFFE identity isn't authorized by the AuthorizationPolicy. Istio returns something — what's correct for that denial?",
  },
  { codes: [409], text: "grpc ALREADY_EXISTS from CreateUser, the REST gateway maps it to which status?" },
  {
    codes: [429],
    text: "grpc RESOURCE_EXISTED no sorry RESOURCE_EXHAUSTED (8) from the quota service. what does grpc-gateway turn that into?",
  },
  {
    codes: [401],
    text: "our grpc service returns UNAUTHENTICATED when the metadata has no token. what http code do REST clients see through grpc-gateway?",
  },
  {
    codes: [403],
    text: "grpc PERMISSION_DENIED → http? the team wants to special-case it to 404 for hiding but let's first know the default mapping",
  },
  {
    codes: [501],
    text: "gRPC UNIMPLEMENTED for a method we haven't deployed to this region. what's the HTTP equivalent via the gateway?",
  },
  {
    codes: [521],
    text: '@Status Bot we rebooted the origin VM (patch tuesday, kernel 6.5.0-41) and forgot the ufw rule came back on, so 443 on the origin refuses everything that isn\'t from the office. Cloudflare sits in front, proxied orange cloud. Users get the cloudflare "web server is down" page. what code is that exactly, need it for the postmortem timeline',
  },
  {
    codes: [522],
    text: "hey, infra q. moved our origin to a new hetzner box yesterday, updated the A record in cloudflare to 95.217.x.x. the host firewall only allowlists the old cloudflare IP ranges list from 2019 so SYNs from some colos just get dropped, no RST. users in some regions get a cloudflare error after ~15s. which 5xx does cloudflare show for that one?",
  },
  {
    codes: [524],
    text: "postmortem draft for INC-2231: report export endpoint went from p99 40s to ~130s after the analytics db was moved to a smaller instance (db.r6g.large). Cloudflare in front, origin eventually answers 200 after 2 min but the user never sees it. what status did cloudflare give the client? want to put the right number in the summary, not the 200 from our access log",
  },
  {
    codes: [525],
    text: "cert rotation went wrong on the origin: cert-manager renewed the LE cert but nginx on the origin now only offers TLS 1.3 with a cipher config someone copy pasted, and handshake from Cloudflare fails. SSL mode is Full. dashboard shows 100% errors on api.example.io from 09:12. what code does cloudflare return to users in that case?",
  },
  {
    codes: [526],
    text: 'incident in #infra: our origin cert expired at 00:00 UTC (nobody got the renewal email :sweat_smile:). Cloudflare is set to Full (strict). TLS to origin still completes but cert validation fails. edge returns an error page with "Invalid SSL certificate". what\'s the status number we should alert on in the cloudflare analytics?',
  },
  {
    codes: [523],
    text: 'after we migrated DNS for the origin hostname origin-lb.internal.example.com to a new provider, the CNAME target stopped resolving to a routable address for a few minutes (the new LB was in a private subnet, 10.20.x.x). Cloudflare showed "origin is unreachable". which code was that? we saw 3.4k of them in 6 minutes',
  },
  {
    codes: [403],
    text: 'WAF rollout: we enabled the Cloudflare managed ruleset in block mode at 10:30 and now mobile app uploads with base64 in json get "Sorry, you have been blocked" with error 1020. support ticket count 47. what status does the app see in this case? the ios team wants to map it to a specific message',
  },
  {
    codes: [429],
    text: 'after the marketing email went out (2.1M recipients) our cloudflare rate limiting rule "login-burst" (100 req / 10s per IP) started firing for corporate NAT users. customers behind one office IP can\'t log in. which code does the client get from that rule by default?',
  },
  {
    codes: [500],
    text: 'quick q, cloudflare worker throws "Worker threw exception" error code 1101 right after our deploy that touched the KV binding name. clients get the cloudflare error page. the 1101 is the cloudflare error, but what\'s the HTTP status code sent with it? ios app logs only the status',
  },
  {
    codes: [304],
    text: "after the cache purge at 16:00 origin load spiked (cpu 92%). but most requests in the edge logs from returning browsers are If-None-Match with matching etag. which status should the origin/edge give for those so we don't resend the 2MB bundle? trying to figure out why bandwidth stayed flat",
  },
  {
    codes: [525],
    text: "@Status Bot origin nginx lost its SNI config after the ansible run so it serves the default self-signed cert only on a different server block that doesn't speak TLS 1.2. cloudflare (mode Full) can't complete the handshake at all, not a validation problem. error page text \"SSL handshake failed\". what's the code",
  },
  {
    codes: [522],
    text: "we scaled the origin ASG from 2 to 12 during the sale but the new instances were in a subnet whose NACL blocks inbound from Cloudflare. roughly 80% of edge connections hung until timeout. p50 latency on cf analytics looked like 15s+ then error. which cf code matches that?",
  },
  {
    codes: [524],
    text: 'someone in #infra says cloudflare killed our long-polling endpoint after "100 seconds" since the enterprise timeout change was not applied to the new zone. origin eventually returned 200 after 118s. customer sees cloudflare timeout page. what code is it, 504 or the cf one?',
  },
  {
    codes: [521],
    text: 'incident at 03:40: the origin haproxy crashed (segfault in lua script, haproxy 2.8.3) and nothing is listening on 443, connections are refused immediately. cloudflare proxied. status page says "web server down". which status do we report to the partner who only logs codes?',
  },
  {
    codes: [527],
    text: "ancient setup alert: one legacy zone still uses Railgun (yes, I know it's deprecated) and the railgun listener on the origin died after the docker restart. cloudflare shows an error between cloudflare and the railgun server. which code is that one?",
  },
  {
    codes: [503],
    text: "ALB incident: deploy of orders-svc v2.14 changed the health check path to /healthz but the app still serves /health. all targets in tg-orders-prod went unhealthy within 90s... wait no, they went unhealthy and then the ASG refresh deregistered them all, target group has 0 registered targets. what does the ALB return to clients now?",
  },
  {
    codes: [460],
    text: "looking at ALB access logs during the mobile outage, loads of lines like `elb_status_code=460 target_status_code=-` on /sync. mobile app has a 10s client timeout and the backend was slow (p95 18s) after the redis failover. which status is the ALB logging for those? is that what the client saw?",
  },
  {
    codes: [463],
    text: "weird ALB error after we added a second proxy layer (our own envoy -> ALB -> envoy -> app). some requests return an error and the access log shows elb_status_code 463. turns out the X-Forwarded-For chain on retries loops and grows to 40+ addresses. what's the code for that exactly and what does it mean here?",
  },
  {
    codes: [502],
    text: 'Lambda behind ALB: new deploy of the lambda returns `{ "statusCode": "200", "body": {...} }` with body as an object instead of a string. ALB access log says `502 -` and error_reason LambdaInvalidResponse. which status did the client get?',
  },
  {
    codes: [413],
    text: 'ALB + lambda target: since the mobile team started sending photos inline (base64, ~1.8MB), uploads fail instantly, lambda not even invoked, no cloudwatch log. ALB error_reason "LambdaRequestTooLarge"? we saw it in access logs. what code is returned to the client?',
  },
  {
    codes: [504],
    text: 'NLB in front of our grpc-web proxy, then envoy to the service. after moving the service to graviton nodes, requests that take > 15s fail. envoy access log: `"POST /billing.v1.Invoices/Generate HTTP/1.1" 504 UT 0 24 15001`. route timeout is 15s. what status does the browser client see?',
  },
  {
    codes: [503],
    text: "NLB + ingress-nginx on EKS. after the cluster autoscaler removed 3 nodes, the Service for payments had 0 ready endpoints for 2 minutes (pods pending, image pull slow). ingress-nginx error page during that window, what's the status code it returns when the upstream has no endpoints?",
  },
  {
    codes: [502],
    text: 'GCP external HTTPS LB, backend service on GKE NEGs. after the node pool upgrade, LB logs show `statusDetails: "backend_connection_closed_before_data_sent_to_client"` for ~3% of requests, keepalive mismatch (app timeout 5s vs LB 600s). what code did clients get in those rows?',
  },
  {
    codes: [502],
    text: 'GCP LB backend timeout is the default 30s. the search backend now takes 45s for heavy queries since the index rebuild. LB logs: `statusDetails: "backend_timeout"`. I expected 504 but a colleague says google does something else here. what status is the client actually getting from the GCP LB?',
  },
  {
    codes: [503],
    text: 'GCP LB: after the terraform change to the backend service health check (port 8080 -> 8443 by mistake) all backends marked unhealthy. logs show `statusDetails: "failed_to_pick_backend"`. which status code? the plan output showed it as an in-place update so nobody looked twice. 100% of traffic on the eu backend for 7 minutes.',
  },
  {
    codes: [403],
    text: "cloud armor policy pushed at 11:02 with a deny rule on a geo expression (origin.region_code == 'BR') and default action deny(403). brazil customers broken. what status do they get? someone asked if it's 451 since it's geographic, but we just need to know what LB sends.",
  },
  {
    codes: [502],
    text: "App Gateway v2 request timeout is 20s on the backend setting. the report api sometimes takes 35s after the sql index rebuild failed. users report an error page from Microsoft-Azure-Application-Gateway/v2. what code do they see when the backend doesn't answer in time?",
  },
  {
    codes: [403],
    text: 'azure app gateway WAF_v2 in prevention mode, OWASP CRS 3.2. since this morning\'s frontend deploy the new rich text editor posts html and requests die with a "403 Forbidden Microsoft-Azure-Application-Gateway/v2" page. rule 941160 matched. is 403 just the waf default or should we expect something else from AGW?',
  },
  {
    codes: [200],
    text: "NLB health checks flapping after we enabled proxy protocol v2 on the target group but not in nginx. I'm confused what the healthy case should even return: the HTTP health check on /ready should give which code so NLB marks the target healthy (default matcher)? I think it accepts 200-399 for ALB but NLB http check?",
  },
  {
    codes: [460],
    text: "ALB dashboards show a new code spiking at exactly 09:00 when the batch job clients start. They use a python requests timeout=(3, 5) and the /export endpoint takes 12s. ALB logs show request_processing_time -1 and elb_status_code set to something in the 46x range. which one is it?",
  },
  {
    codes: [400],
    text: "our ALB started rejecting requests from one partner with a header containing a raw 0x0 byte after they updated their SDK. ALB access log `elb_status_code=400 target_status_code=-` with no target ip. no lambda, no waf. what did the partner get and is it our app?",
  },
  {
    codes: [401],
    text: "ALB with cognito auth action on the dashboard listener, action configured with OnUnauthenticatedRequest=deny for the /api/* path. since the cognito pool migration, ajax calls without a session cookie fail. which status does ALB return when on-unauthenticated is deny?",
  },
  {
    codes: [500],
    text: 'ALB authenticate-oidc: the IdP token endpoint was unreachable because the new NAT gateway route was missing in the ALB subnets? no, ALB talks directly... anyway, access log shows error_reason "AuthTokenEpConnectFailed". which elb_status_code pairs with that one? we saw 3 distinct codes that day',
  },
  {
    codes: [503],
    text: 'ingress-nginx on GKE, after the helm upgrade of the `search` chart the Service selector became `app.kubernetes.io/name: search-api` but pods are labelled `app: search-api`. endpoints empty. controller log: `Service "prod/search" does not have any active Endpoint`. what status do users get from nginx?',
  },
  {
    codes: [413],
    text: "support tickets since 13:00: users can't upload videos over 1MB. we moved the upload service from an old nginx VM to ingress-nginx and forgot `nginx.ingress.kubernetes.io/proxy-body-size`. controller log: `client intended to send too large body: 4382911 bytes`. what status did the browser get?",
  },
  {
    codes: [502],
    text: 'ingress-nginx error log right after the rollout: `connect() failed (111: Connection refused) while connecting to upstream, upstream: "http://10.4.2.19:8080/api/v1/items"`. old pods terminated before endpoints were updated, no preStop sleep. which status code did these requests get?',
  },
  {
    codes: [499],
    text: 'ingress-nginx access log during the incident has thousands of `499 0 "-" "okhttp/4.11.0"` lines on /feed. android app timeout is 10s, backend p99 went to 14s after the redis cluster lost a shard. what does that status mean and who generated it?',
  },
  {
    codes: [400],
    text: 'after the SSO change our auth cookie grew to ~9KB (groups claim embedded). behind ingress-nginx users randomly get a page "400 Bad Request - Request Header Or Cookie Too Large". what status code does the browser receive in this case? the nginx internal code is something else i think',
  },
  {
    codes: [494],
    text: 'same cookie incident as above: in our custom nginx config we want an `error_page` directive to catch specifically the "request header too large" case and serve a friendly page explaining to clear cookies. which nginx-specific code do we put in `error_page` for that?',
  },
  {
    codes: [495],
    text: 'we enforce mTLS on partner.example.com via nginx `ssl_verify_client on`. after the partner rotated their client cert to one signed by their new intermediate CA (which we don\'t have in ssl_client_certificate), they get "400 The SSL certificate error". which nginx internal code is behind that?',
  },
  {
    codes: [496],
    text: "nginx mTLS endpoint, partner's new integration service doesn't send a client cert at all (their http client config lost the keystore during the java 21 migration). page says \"400 No required SSL certificate was sent\". what's the nginx-specific status we should grep for in the error_page mapping?",
  },
  {
    codes: [444],
    text: 'we added `return 444;` for requests with Host not matching our server_names to kill scanner traffic. now the uptime robot monitor (which used the IP directly) shows "connection closed without response". what code would nginx log for these in access.log?',
  },
  {
    codes: [502],
    text: "nginx -> php-fpm. after the php 8.3 upgrade the fpm socket path changed to /run/php/php8.3-fpm.sock but nginx still points to php8.1. error log `connect() to unix:/run/php/php8.1-fpm.sock failed (2: No such file or directory)`. which status do visitors see?",
  },
  {
    codes: [504],
    text: "nginx -> php-fpm, `upstream timed out (110: Connection timed out) while reading response header from upstream` on /wp-admin/admin-ajax.php after the woo plugin update. fastcgi_read_timeout 60. what code? fpm slow log shows the plugin calling an external license server that now takes 70s+. shop is a woocommerce site, customers see a plain nginx page.",
  },
  {
    codes: [502],
    text: "nginx in front of a go service: after the deploy the go service panics on a nil map for requests with the new header X-Tenant, nginx error log `upstream prematurely closed connection while reading response header from upstream`. what status code does nginx send then?",
  },
  {
    codes: [429],
    text: "ok so after the scraping incident we set `limit_req_status` in nginx for the api zone. which status should it actually be for rate limited API clients so that the SDK backs off with Retry-After properly?",
  },
  {
    codes: [408],
    text: "nginx error log on the upload endpoint after the mobile network change in Indonesia: `client timed out (110: Connection timed out) while reading client request body`. client_body_timeout is 60s. what code does nginx return/log for that?",
  },
  {
    codes: [414],
    text: "after the frontend release the search page builds a GET with all filters in the query string (some users have 400 tags selected), URL ~12KB. nginx in front says Request-URI Too Large. what's the status code? thinking of moving to POST /search",
  },
  {
    codes: [405],
    text: 'nginx serving the SPA static bundle, and the new form posts to `/contact` which has no location proxying it, so it hits the static files root. nginx returns "Not Allowed". which code is that?',
  },
  {
    codes: [411],
    text: 'legacy IIS 7 backend behind our new Envoy edge. since the migration, POSTs arrive chunked (Transfer-Encoding: chunked) because envoy doesn\'t buffer, and the old server says "Length Required". which status is that? and is it envoy or IIS generating it?',
  },
  {
    codes: [308],
    text: "we flipped `ssl-redirect: true` on ingress-nginx for legacy.example.com and the old android app (api 19) chokes on the redirect for its POSTs. what code does ingress-nginx use for the http->https redirect by default (no http-redirect-code set in the configmap)? need it for the incident notes",
  },
  {
    codes: [307],
    text: "follow up on the ssl-redirect incident: for the cutover week we only want a temporary redirect from the old api host to the new one, plain nginx `return 302` currently and the android POSTs arrive as GET with empty body on the other side. which code should the return use so method and body are kept but it is not cached as permanent?",
  },
  {
    codes: [502],
    text: 'Apache httpd 2.4 reverse proxy with mod_proxy_http to tomcat. after tomcat restart with a new connector config (AJP disabled), apache logs `AH01102: error reading status line from remote server localhost:8009`. users see a "Proxy Error" page. what\'s the status there?',
  },
  {
    codes: [503],
    text: "Apache mod_proxy_balancer, all balancer members went into error state after tomcat deploy took 4 min to start. apache error log `AH00940: HTTP: disabled connection for (tomcat1)` and `AH01114: HTTP: failed to make connection to backend`. retry=60. what status do users see while the workers are in error state?",
  },
  {
    codes: [503],
    text: "istio 1.20 incident: after enabling STRICT mTLS PeerAuthentication in namespace payments, calls from the legacy namespace (no sidecar) fail. the client gets `upstream connect error or disconnect/reset before headers. reset reason: connection termination`. what status code comes with that envoy message?",
  },
  {
    codes: [503],
    text: 'envoy access log from the istio-ingressgateway after the DestinationRule change: `"GET /api/v2/users HTTP/1.1" 503 UH no_healthy_upstream - "-" 0 19 0 -`. outlierDetection ejected all 4 pods after the 5xx burst. what does the client get?',
  },
  {
    codes: [504],
    text: 'VirtualService has `timeout: 3s` on the route to inventory, added in last week\'s change. since the db migration inventory takes 4-5s. envoy log `504 UT response_timeout`. users see "upstream request timeout". what status, and is it the app or the sidecar?',
  },
  {
    codes: [403],
    text: 'after we pushed an AuthorizationPolicy with action DENY for `notPrincipals: [cluster.local/ns/frontend/sa/web]`, the cron job in ns batch now fails with body "RBAC: access denied". which status code does envoy send with that body?',
  },
  {
    codes: [404],
    text: 'envoy access log at the edge gateway after the hostname migration: `"GET /v1/orders HTTP/2" 404 NR route_not_found`. the Gateway resource lists api.example.com but clients still call api-v1.example.com. what code and who returns it?',
  },
  {
    codes: [429],
    text: "envoy global rate limit service enabled for the public api (descriptor per api key, 600/min). big customer's batch job at 02:00 hit it. envoy log flag `RL`. which status code do they get?",
  },
  {
    codes: [503],
    text: "istio circuit breaker: connectionPool http1MaxPendingRequests: 1, maxRequestsPerConnection: 1 set by someone testing in prod :upside_down_face:. under load envoy returns errors immediately, flag `UO` (upstream overflow). what code is that? rollback of the DestinationRule is in progress via argo, ETA 5 min. need the code for the status page update.",
  },
  {
    codes: [403],
    text: "envoy ext_authz filter pointing at OPA. after the OPA bundle update, OPA denies everything for /admin. envoy logs flag `UAEX`. what status does the client get by default from ext_authz deny?",
  },
  {
    codes: [403],
    text: "envoy ext_authz: the authz service (opa sidecar) crashed (OOMKilled), failure_mode_allow is false and nobody set status_on_error. what status does envoy return to the client when the authz server itself is unreachable? i would have guessed 500 or 503 but the dashboard looks identical to the deny incident",
  },
  {
    codes: [503],
    text: 'Traefik v2 in front of docker swarm services. after the swarm node drain the `api` service had no running tasks for ~40s. traefik returned an error, access log `"GET /api/health HTTP/1.1" 503 ... "api@docker"`. what is the code users got and why not 502?',
  },
  {
    codes: [404],
    text: 'traefik v3 upgrade: the router rule syntax changed (`HostRegexp` matcher now takes a regex instead of `{subdomain:[a-z]+}` style) and our wildcard router silently stopped matching. every tenant subdomain returns "404 page not found" plain text. what status do users get, and is it the app?',
  },
  {
    codes: [413],
    text: "traefik Buffering middleware with maxRequestBodyBytes: 2000000 got attached to all routes by a global middleware change. now the csv import (5MB) fails instantly. which status does traefik send back? the middleware is defined in the dynamic file provider, someone put it in the entrypoint defaults. partners started complaining around 16:20.",
  },
  {
    codes: [403],
    text: 'traefik IPAllowList middleware (renamed from IPWhiteList in v3) on the admin router. after we moved office internet providers our new public IP isn\'t in sourceRange. admins get "Forbidden". what code?',
  },
  {
    codes: [503],
    text: 'HAProxy 2.6, during the DB failover all api servers failed their `option httpchk GET /health` and were marked DOWN. clients received "503 Service Unavailable - No server is available to handle this request." log line termination state `SC--`. confirming the code for the report',
  },
  {
    codes: [504],
    text: 'HAProxy log line: `api_front api_back/api3 0/0/1/-1/30002 504 194 - - sH-- 812/812/80/20/0 0/0 "GET /reports/annual HTTP/1.1"`. timeout server is 30s. what status did the client get, and who\'s at fault?',
  },
  {
    codes: [408],
    text: "HAProxy log during the mobile carrier issue: `api_front api_front/<NOSRV> -1/-1/-1/-1/10001 408 212 - - cR-- ...`. timeout http-request 10s. lots of these from one ASN. which code is that and does it mean our backend was slow?",
  },
  {
    codes: [403],
    text: "HAProxy `http-request deny if { path_beg /internal }` without deny_status, added as quick fix to hide the debug endpoints after a pentest. what status does haproxy send by default for a plain http-request deny?",
  },
  {
    codes: [400],
    text: "HAProxy 2.8 started rejecting requests from an old IoT firmware after upgrade; log shows `<BADREQ>` and termination flags `PR--`, the firmware sends a header name with a space in it. what status did the devices get?",
  },
  {
    codes: [503],
    text: "consul-connect envoy sidecars: after the consul upgrade the intention for web -> billing was missing during the ACL migration. web gets `upstream connect error or disconnect/reset before headers. reset reason: connection failure` from its local sidecar. status code?",
  },
  {
    codes: [503],
    text: 'linkerd 2.14: after the linkerd-identity issuer cert expired (oops, 1 year), proxies can\'t get certs and meshed calls fail fast. service A logs show the HTTP response from its outbound proxy, body empty, l5d-proxy-error header "service in fail-fast". which code?',
  },
  {
    codes: [401],
    text: 'Kong 3.4 incident: we migrated key-auth plugin config with deck and the `key_names` changed from `apikey` to `x-api-key`. all mobile clients send `apikey` header, kong answers `{"message":"No API key found in request"}`. which status is that?',
  },
  {
    codes: [429],
    text: 'kong rate-limiting plugin (policy: redis) after the redis failover fell back to local policy per node, so limits were effectively per node. then we fixed it and customers hit `{"message":"API rate limit exceeded"}`. what status does Kong return with that message?',
  },
  {
    codes: [403],
    text: 'kong ACL plugin on /admin-api, allow: [ops]. after the consumer group reorg the ops engineers\' consumers lost the group. kong returns `{"message":"You cannot consume this service"}`. what code? they can authenticate fine with their keys, it is the group check that fails. trying to decide whether to tell them "auth broken" or "permission broken".',
  },
  {
    codes: [502],
    text: "kong error log `upstream prematurely closed connection while reading response header from upstream` and client body `An invalid response was received from the upstream server`, started after the upstream switched to http2 only (h2c). which code?",
  },
  {
    codes: [504],
    text: "kong service read_timeout 60000 ms, the upstream legacy soap service takes 70s since the mainframe batch window moved. client gets `The upstream server is timing out`. status? the kong error log has `upstream timed out (110: Connection timed out) while reading response header from upstream`.",
  },
  {
    codes: [413],
    text: "Kong request-size-limiting plugin with allowed_payload_size 8 (MB) got applied globally instead of per route. bulk import endpoint (50MB files) now fails with `Request size limit exceeded`. what code? we caught it because the importer team pinged us, no alert fired. rolling back the deck file now.",
  },
  {
    codes: [403],
    text: 'AWS API Gateway REST api: after the stage redeploy, calls to `POST /v2/orders` return `{"message":"Missing Authentication Token"}` even though we use IAM auth correctly. turns out the resource /v2/orders wasn\'t in the new deployment. what status do clients get for that?',
  },
  {
    codes: [504],
    text: 'API Gateway + Lambda proxy integration, the report lambda now takes 35s after the dependency upgrade. clients get `{"message": "Endpoint request timed out"}`. the 29s integration limit. what status code?',
  },
  {
    codes: [429],
    text: 'API Gateway usage plan throttle set to 100 rps burst 200 for the partner key. after the partner\'s migration weekend they replayed their backlog and got `{"message":"Too Many Requests"}`. status code?',
  },
  {
    codes: [403],
    text: 'API gateway lambda authorizer returns a policy with Effect: Deny for tokens from the old tenant after the tenant cutover. clients get `{"Message":"User is not authorized to access this resource with an explicit deny"}`. which status code?',
  },
  {
    codes: [500],
    text: 'API gateway lambda authorizer itself crashes (import error after layer update). client gets `{"message": null}` and execution logs say "Execution failed due to configuration error: Authorizer error". what status comes back to clients in that case?',
  },
  {
    codes: [413],
    text: "API gateway REST api, mobile team started sending full-res images in a single request body (~14MB) after the camera feature launch. requests fail at the gateway without invoking the lambda. which code?",
  },
  {
    codes: [403],
    text: 'API gateway private REST api: after the VPC endpoint was recreated (new vpce id) the resource policy still allows only the old aws:SourceVpce. internal callers get `{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke..."}`. status?',
  },
  {
    codes: [429],
    text: "Apigee: spike arrest policy `<Rate>30ps</Rate>` was deployed to prod proxy revision 17 together with the CORS fix. mobile app bursts at startup (8 parallel calls) and gets `policies.ratelimit.SpikeArrestViolation`. which status does apigee return by default for that fault?",
  },
  {
    codes: [401],
    text: "Apigee VerifyAPIKey policy, after the developer app was revoked by mistake during cleanup. fault `oauth.v2.InvalidApiKeyForGivenResource`... no wait it's `keymanagement.service.invalid_client-app_not_approved`. what status code do the callers receive from that fault? about 60 partners affected until we re-approved the app at 14:35.",
  },
  {
    codes: [504],
    text: "apigee proxy to an on-prem target through the new interconnect. target takes 58s sometimes, apigee io.timeout.millis default 55s. error `messaging.adaptors.http.flow.GatewayTimeout`. status code received by the client? the on-prem side logs show they DID finish with 200 at 58s, but apigee had already given up on them.",
  },
  {
    codes: [502],
    text: "apigee target returns a response with a bad Content-Length after the backend team changed their gzip middleware, apigee fault `messaging.adaptors.http.flow.UnexpectedEOFAtTarget`. which status do clients see? the backend logs say 200 for all of them, but partners see errors.",
  },
  {
    codes: [503],
    text: "apigee target server is behind a firewall rule change, connection refused. error `messaging.adaptors.http.flow.ServiceUnavailable` in the trace. what code is that fault mapped to? the network team added a deny rule for the apigee egress NAT range during their cleanup on friday evening, nobody noticed until monday traffic.",
  },
  {
    codes: [404],
    text: 'apigee returns `{"fault":{"faultstring":"Unable to identify proxy for host: api-eu.example.com and url: \\/v1\\/customers","detail":{"errorcode":"messaging.adaptors.http.flow.ApplicationNotFound"}}}` after the env group hostname change. which status? the DNS for api-eu already points at apigee, it is the env group hostnames list that was overwritten by terraform.',
  },
  {
    codes: [400],
    text: 'API gateway REST api with a request validator set to "Validate body" on POST /shipments. the schema update in yesterday\'s deploy made `weight` an integer and the warehouse scanners still send "12.5kg" as a string. they get `{"message": "Invalid request body"}` and the lambda is never called. which status do the scanners see?',
  },
  {
    codes: [503],
    text: 'heroku router log during the incident: `at=error code=H12 desc="Request timeout" method=POST path="/api/exports" host=app.example.com dyno=web.3 connect=0ms service=30000ms status=503`. ok I see status there but the customer insists they got a 504 from us. which one did they really get from heroku?',
  },
  {
    codes: [499],
    text: 'heroku router: `at=error code=H27 desc="Client Request Interrupted" method=GET path="/stream"`. these started spiking after we moved the frontend to a new CDN with a shorter timeout. what status does heroku record for H27?',
  },
  {
    codes: [503],
    text: 'heroku: scaled web dynos to 0 by accident during the cost review script (`heroku ps:scale web=0` in a loop over apps :skull:). router `code=H14 desc="No web processes running"`. which code did users receive?',
  },
  {
    codes: [504],
    text: 'Cloud Run service with request timeout 300s. the ML inference endpoint now takes 6+ min for large batches after the model update. logs: "The request has been terminated because it has reached the maximum request timeout." what status does the caller get?',
  },
  {
    codes: [429],
    text: 'Cloud Run: max-instances set to 5 during cost cutting. at peak the instances are all busy (concurrency 1 because of the legacy lib) and Cloud Run logs "The request was aborted because there was no available instance." which status do clients see?',
  },
  {
    codes: [403],
    text: 'Cloud Run: a terraform apply removed the `allUsers` roles/run.invoker binding from the public marketing-api service (someone refactored the iam module). browsers and the mobile app now get an html page "Error: Forbidden Your client does not have permission to get URL / from this server." which status do they get?',
  },
  {
    codes: [504],
    text: "Vercel incident: serverless function /api/generate hits the 10s max duration on the hobby plan after we switched model providers. page shows `FUNCTION_INVOCATION_TIMEOUT`. what status does vercel return for that error code?",
  },
  {
    codes: [413],
    text: "vercel function receives multipart uploads and after the mobile team raised the image quality it fails with `FUNCTION_PAYLOAD_TOO_LARGE` (body > 4.5MB). which http status? we are moving to direct uploads to blob storage, but for the incident notes I need the status users got during the afternoon.",
  },
  {
    codes: [500],
    text: "vercel runtime logs `Error: Cannot find module 'sharp'` after the node 20 runtime switch. users get the error page with `FUNCTION_INVOCATION_FAILED`. status code for that? the native binary wasn't bundled for the new arch. roughly 12% of image requests failed between 11:00 and 11:40.",
  },
  {
    codes: [508],
    text: "vercel middleware rewrote /app to /app (a bad regex in the rewrite rule we added for i18n) and vercel returned `INFINITE_LOOP_DETECTED`. what http status code does vercel send with that?",
  },
  {
    codes: [402],
    text: "preview deployments on our team vercel account suddenly show `DEPLOYMENT_DISABLED` after the billing card expired and the team was downgraded. monitoring only records the status code. which one is it?",
  },
  {
    codes: [502],
    text: 'Lambda function URL: after the Rust runtime upgrade the function returns an invalid response payload (binary body without isBase64Encoded). clients get "Internal Server Error" text? cloudwatch for the URL shows errors. what code does the function URL return when the function\'s response is malformed?',
  },
  {
    codes: [429],
    text: 'Lambda reserved concurrency set to 10 on the webhook handler (someone\'s attempt to protect the DB). stripe webhooks through the function URL now fail during bursts with `TooManyRequestsException` "Rate Exceeded". what status does the sender get?',
  },
  {
    codes: [502],
    text: 'Lambda behind API gateway REST api (proxy integration). after the layer with our shared utils was removed in the cleanup PR the function fails at init with `Runtime.ImportModuleError`, every invocation errors. clients get `{"message": "Internal server error"}` which made the mobile devs think it is a 500. what status code is it really?',
  },
  {
    codes: [500],
    text: 'azure app service incident after the .NET 8 migration: a required app setting was missing from the slot swap, and the page users see says "HTTP Error 500.30 - ASP.NET Core app failed to start" from the ANCM. which status code does that response actually carry (ignoring the .30 substatus)? need it for the sla report',
  },
  {
    codes: [502],
    text: 'IIS ARR reverse proxy in front of node, node process died after the npm audit fix upgrade. IIS returns "502.3 - Bad Gateway: The operation timed out"? no, it\'s 502.3 with "connection was terminated". what status does the browser see (not the substatus)?',
  },
  {
    codes: [440],
    text: 'our old Exchange OWA behind IIS started returning a status for sessions after the kerberos config change, users get kicked back to login right away, fiddler shows IIS status 440 "Login Time-out". is 440 a real code? what do we tell the helpdesk',
  },
  {
    codes: [449],
    text: "legacy IIS app behind the new Front Door. an ActiveSync client fails and fiddler shows `HTTP/1.1 449 Retry With`. after the Exchange CU update. what is this status? the iOS mail app retried a few times and then gave up. no errors in our app logs, so it seems to come from the exchange stack. is it official?",
  },
  {
    codes: [404],
    text: 'Netlify: after the repo restructure the publish directory changed from `dist` to `build` but the netlify.toml still says dist, so the deploy published an empty site. netlify shows "Page not found - Looks like you\'ve followed a broken link". what status?',
  },
  {
    codes: [301],
    text: 'firebase hosting: during the domain migration we added a redirect in firebase.json `{"source": "/blog/**", "destination": "https://blog.example.com/:splat"}` without a `type`. SEO person asks what code google sees now. which redirect status does hosting use when type is omitted?',
  },
  {
    codes: [502],
    text: 'CloudFront -> custom origin (ALB). after the cert rotation on the ALB, the new cert only covers `*.prod.example.com` but the origin domain in the distribution is `origin.example.com`. CloudFront error page "The request could not be satisfied. CloudFront wasn\'t able to connect to the origin." which status code is that?',
  },
  {
    codes: [403],
    text: "S3 origin behind CloudFront with OAC. after the bucket was recreated by terraform the bucket policy lost the cloudfront service principal statement. users get XML `<Code>AccessDenied</Code>` through cloudfront. what code reaches the browser?",
  },
  {
    codes: [403],
    text: 'CloudFront geo restriction (block list) added for sanctioned countries by the compliance ticket. a customer traveling in one of those countries gets "The request could not be satisfied. The Amazon CloudFront distribution is configured to block access from your country." what code is sent? legal asked if it should be 451',
  },
  {
    codes: [503],
    text: "lambda@edge on viewer-request hit the regional concurrency limit during the flash sale, cloudfront logs `x-edge-detailed-result-type: LambdaLimitExceeded`. what status do the viewers get? it rewrites URLs for the a/b test and the concurrency quota was never raised after we copied the function to the new distribution. error rate peaked at 18%.",
  },
  {
    codes: [502],
    text: "lambda@edge origin-response function returned a response with a header CloudFront doesn't allow to be modified (Transfer-Encoding) after the security headers refactor. cloudfront logs `LambdaValidationError`. which status? the function passed our unit tests since those do not validate the header blacklist. rolled back to version 37.",
  },
  {
    codes: [404],
    text: "SPA on S3 + CloudFront with OAC. deep links like /settings/profile return an XML error after we moved from s3 website endpoint to the REST endpoint. the bucket has s3:ListBucket granted to cloudfront, so it's not AccessDenied anymore. which status does the user get on a deep link?",
  },
  {
    codes: [503],
    text: 'Fastly service config v87 activated with a backend pointing to the old origin hostname that no longer has a healthy healthcheck. page: "Error 503 No healthy backends". status? the previous version v86 pointed to the new origin, so someone must have cloned from an older draft. which status do users get?',
  },
  {
    codes: [503],
    text: 'fastly VCL error after origin cert expired at 02:00: "Error 503 certificate has expired". the client then gets what status from fastly? (yes the cert is on origin, not fastly)',
  },
  {
    codes: [403],
    text: 'Akamai incident: after the Kona WAF policy update the checkout POSTs from some customers got "Access Denied - You don\'t have permission to access ... on this server. Reference #18.6f2d3b17.1715002211.2a7c11f". what status code comes with that akamai page?',
  },
  {
    codes: [403],
    text: 'Azure Front Door WAF policy in Prevention mode after enabling Microsoft_DefaultRuleSet 2.1. the graphql endpoint bodies trigger SQLi rules. users get the WAF block page. default status? the graphql query strings contain words like "select" and "union" in field names. we will add exclusions, but need the code for the client team.',
  },
  {
    codes: [301],
    text: 'S3 incident during region migration: the data team\'s script still uses `s3.amazonaws.com` path style for a bucket that now lives in eu-central-1 and gets `<Code>PermanentRedirect</Code>` "The bucket you are attempting to access must be addressed using the specified endpoint". which status code is that?',
  },
  {
    codes: [503],
    text: "S3 heavy writes to a single prefix from the new ingestion job, the SDK retries logs `SlowDown: Please reduce your request rate.` with statusCode ... and then the job failed. which status does S3 send with SlowDown?",
  },
  {
    codes: [403],
    text: "S3 presigned URLs started failing at 09:00 after the IAM role used to sign them was rotated and the session token expired. browser gets XML `<Code>AccessDenied</Code><Message>Request has expired</Message>`. what code is that?",
  },
  {
    codes: [400],
    text: "S3 calls from the batch job fail with `ExpiredToken: The provided token has expired` after we changed the assume-role duration to 15 min but the job runs 40 min. what status code does S3 return with ExpiredToken?",
  },
  {
    codes: [403],
    text: "node clocks drifted 20 minutes after the NTP config was removed in the base AMI update. S3 requests fail with `RequestTimeTooSkewed`. what status is that? (we fixed chrony, just need the code for the postmortem)",
  },
  {
    codes: [206],
    text: "CDN incident review: our video player sends `Range: bytes=0-1048575` and after the Fastly config change the origin started ignoring Range. what status should the origin/CDN return when it serves the requested byte range correctly? comparing to the 200s in the logs",
  },
  {
    codes: [416],
    text: "after the video transcode job truncated some files (disk full during the job), the player asks for `Range: bytes=50000000-` on files that are now 12MB. CDN passes through the origin's answer. which status does the origin return for a range beyond the end?",
  },
  {
    codes: [421],
    text: "after cert rotation we use one wildcard cert *.example.com for both api.example.com and admin.example.com but they point to different nginx servers. chrome reuses the HTTP/2 connection (coalescing) and admin requests land on the api server which doesn't know that host. which status should the api server return so the browser retries on a new connection?",
  },
  {
    codes: [410],
    text: 'k8s operator incident: after the etcd compaction our controller\'s watch fails with `too old resource version: 184512 (190233)`. the apiserver sends a status in the watch stream. which HTTP code corresponds to that "Expired" status?',
  },
  {
    codes: [409],
    text: 'argo cd sync failing after the CRD upgrade: `Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again`. what status code does the kube-apiserver return for that?',
  },
  {
    codes: [422],
    text: 'helm upgrade failed in the pipeline: `Deployment.apps "api" is invalid: spec.template.spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit`. the apiserver returned which status for that Invalid error?',
  },
  {
    codes: [403],
    text: 'after the RBAC cleanup PR, the external-dns deployment logs `services is forbidden: User "system:serviceaccount:kube-system:external-dns" cannot list resource "services" in API group "" at the cluster scope`. what status did the apiserver return?',
  },
  {
    codes: [401],
    text: "the ci runner's kubeconfig token expired after we rotated the service account signing key (cluster upgrade). kubectl says `error: You must be logged in to the server (Unauthorized)`. which code is behind that?",
  },
  {
    codes: [404],
    text: 'kubectl after the CRD was deleted by the operator uninstall: `error: the server doesn\'t have a resource type "certificates"`. our script uses the raw REST call. which status does the apiserver return for GET on the missing resource path?',
  },
  {
    codes: [429],
    text: "docker hub incident: CI runners share one NAT IP and all pulls fail with `toomanyrequests: You have reached your pull rate limit`. what status does the registry return? 120 pipelines red this morning, we are moving to the ECR pull-through cache but for now what code is the registry returning?",
  },
  {
    codes: [401],
    text: "image pull in the new EKS cluster: `failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized`... our ECR pull-through cache creds secret was not copied. what status does ECR/registry give for the token fetch when the creds are missing? just confirming the number in the event",
  },
  {
    codes: [404],
    text: 'argo rollout stuck, event: `Failed to pull image "registry.example.com/api:v2.31.0": manifest unknown`. the CI tagged v2.31 not v2.31.0. what status does the registry return for the manifest GET? the pod sits in ImagePullBackOff, kubelet retrying. canary at 0%, so no user impact, just blocked deploys.',
  },
  {
    codes: [423],
    text: 'nextcloud desktop sync errors after the storage migration: `Server replied "423 Locked" to "PUT ..."`. stale file locks in redis after the redis was restored from a snapshot. what does that code mean and is it the right one for this?',
  },
  {
    codes: [503],
    text: "vault got sealed after the node restart (auto-unseal KMS key permission removed by the IAM cleanup). apps calling vault get `Error making API request ... Code: 503. Errors: * Vault is sealed`. confirming which status vault uses when sealed",
  },
  {
    codes: [429],
    text: "elasticsearch bulk indexing during the backfill: `es_rejected_execution_exception: rejected execution of coordinating operation` and the client shows status code... write queue was at 10000, bulk size was 5000 docs with 8 parallel workers. which status does ES use for that rejection?",
  },
  {
    codes: [503],
    text: "elasticsearch cluster went red after losing 2 data nodes (spot interruption). search requests return `search_phase_execution_exception: all shards failed`. what status code does ES send for that? replicas were 0 on the logs indices (cost saving), so two nodes gone means primaries gone. kibana is useless right now.",
  },
  {
    codes: [403],
    text: "github api calls from our release bot failing during the big monorepo migration: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again`. status code? i expected 429 but we log something else",
  },
  {
    codes: [422],
    text: 'github webhook redelivery failed after we changed the payload url to the new ingress; the github UI shows our endpoint responded but the create-PR call in the handler got `Validation Failed` "A pull request already exists for org:branch". which code does github return for validation failed?',
  },
  {
    codes: [429],
    text: 'postmortem action item from the credential stuffing incident: our login endpoint will now enforce 5 attempts per account per 15 min in the app itself (not the WAF). what status should the app return for the 6th attempt? currently it returns 401 with "invalid password" which leaks nothing but also doesn\'t tell clients to back off',
  },
  {
    codes: [409],
    text: "incident: the order service double-charged 212 customers after the ALB retried POSTs on 502 (target reset). we are adding Idempotency-Key. when a second request with the same key arrives while the first is still processing, what should we return?",
  },
  {
    codes: [422],
    text: 'after the incident with malformed addresses from the partner integration (zip "ABCDE" for US) we\'re adding validation in the shipping api. the JSON parses fine, the fields are just semantically invalid. which status should we return? the partner previously got 500 from us',
  },
  {
    codes: [400],
    text: 'during the incident the mobile app v5.2 sent truncated JSON bodies (`{"items":[{"sku":"A1"`) because of a bug in the gzip interceptor. our express app returned 500 from the JSON parse error handler. what\'s the correct status for a body that doesn\'t parse?',
  },
  {
    codes: [415],
    text: "since the api gateway migration, requests reach our spring service with `Content-Type: text/plain` (the new gateway rewrote it) and spring rejects them with `HttpMediaTypeNotSupportedException`. what status code does spring return for that?",
  },
  {
    codes: [406],
    text: "after we removed the xml converter from the spring boot app (cleanup PR), an old partner that sends `Accept: application/xml` only gets an error. spring logs `HttpMediaTypeNotAcceptableException`. which status goes back?",
  },
  {
    codes: [405],
    text: "the new envoy route sends DELETE /v1/sessions to the legacy rails app which only defines `post '/v1/sessions/logout'`... no wait, rails would 404. it's a spring controller with only @PostMapping on /v1/sessions, spring logs `Request method 'DELETE' is not supported`. status?",
  },
  {
    codes: [401],
    text: "jwt signing key rotation incident: the auth service rotated the key at 10:00 but the api pods cached the old JWKS for 24h, so valid new tokens fail signature verification. what status should the api return for a token it can't verify?",
  },
  {
    codes: [403],
    text: 'after the permission model migration, support agents can log in fine but get denied on /admin/refunds because the new role mapping dropped "refunds:write". token is valid. what\'s the correct status for that? the frontend shows "session expired" for it, which is wrong',
  },
  {
    codes: [403],
    text: 'django app behind the new ALB: after the domain move to app.example.com forms fail with "CSRF verification failed. Request aborted." because CSRF_TRUSTED_ORIGINS lacks the https origin. what status does django return for that?',
  },
  {
    codes: [400],
    text: "django after the domain migration: every request to the new hostname returns \"Bad Request (400)\" and logs `Invalid HTTP_HOST header: 'app.example.com'. You may need to add 'app.example.com' to ALLOWED_HOSTS.` what's the status the LB health checks see? (they use the host header too)",
  },
  {
    codes: [413],
    text: "express api behind the new ingress: after the body-parser upgrade, requests with JSON bodies over 100kb fail with `PayloadTooLargeError: request entity too large`. which status does body-parser send? we never set a limit explicitly, the old version of our wrapper set 5mb. customers with large carts cannot check out.",
  },
  {
    codes: [431],
    text: "node 18 upgrade incident: the api started rejecting requests with big cookies (analytics + sso ~ 20KB headers), node's default max header size is 16KB. clients get an empty response with a status. what status does node's http server use for that?",
  },
  {
    codes: [500],
    text: "spring boot app after the hibernate 6 upgrade throws `org.hibernate.LazyInitializationException` on GET /orders/{id}. the error handler returns the default error json. what status do users see for an unhandled exception?",
  },
  {
    codes: [404],
    text: "after the api versioning change (v1 routes removed in the deploy), old mobile clients calling /v1/profile get an error. we didn't add a redirect. what does the app return for routes that no longer exist? product asks if it should be 410 instead — for now what do they get by default from express",
  },
  {
    codes: [410],
    text: 'follow-up from the v1 removal incident: we\'re deliberately shutting down /v1 forever next quarter and want the old mobile clients to show an "update your app" screen. which status should the v1 endpoints return once they are intentionally retired for good?',
  },
  {
    codes: [426],
    text: "after the TLS terminating proxy change, some internal tools still talk HTTP/1.0 to the new service, which requires the websocket upgrade on /stream. what status should the service return to tell the client it must switch protocols, with an Upgrade header?",
  },
  {
    codes: [101],
    text: 'websocket incident review: behind the new ingress the /ws handshake now succeeds again after adding the Upgrade/Connection headers annotations. what status should a successful websocket handshake return? the dashboard shows these as "1xx" and someone thought they were errors',
  },
  {
    codes: [202],
    text: 'after the report timeout incident (ALB 504s at 60s), we\'re moving report generation to a background job. POST /reports will enqueue and return immediately with a Location to poll. which status is right for "accepted, not done yet"?',
  },
  {
    codes: [201],
    text: "postmortem cleanup: the new shipments endpoint returns 200 with the created resource. during the incident review someone noted that clients retry on non-201. what should a POST that creates a shipment return?",
  },
  {
    codes: [204],
    text: "after the cache invalidation incident, the DELETE /cache/keys/{id} endpoint returns 200 with an empty body and the go client chokes on `unexpected end of JSON input`. what status should it return for success with no body?",
  },
  {
    codes: [412],
    text: "incident: two ops people edited the same feature-flag config in the admin UI and the last write clobbered the kill switch. we now require If-Match with the ETag. when the ETag doesn't match the current version, what status should PUT return?",
  },
  {
    codes: [428],
    text: 'follow-up to the feature flag clobber: we want to reject PUTs that arrive WITHOUT any If-Match header at all, to force clients to use optimistic locking. which code for "you must send a precondition"?',
  },
  {
    codes: [417],
    text: "since we swapped the internal uploader from python requests to curl (in the batch container), uploads > 1024 bytes to the old lighttpd backend fail. curl sends `Expect: 100-continue` and the lighttpd 1.4 box answers with an error instead of continuing. which status is lighttpd sending there?",
  },
  {
    codes: [100],
    text: "follow-up to the upload incident: if the backend does support `Expect: 100-continue`, what interim status should it send before the client streams the 800MB body? want to make sure the new envoy layer passes it through",
  },
  {
    codes: [425],
    text: "we enabled 0-RTT (early data) on the edge nginx after the TLS 1.3 rollout, and now the payments team is worried about replayed POSTs. nginx passes `Early-Data: 1` to upstream. what status should the payment service return to make the client retry after the handshake completes?",
  },
  {
    codes: [451],
    text: "after the court order in DE our legal team asked us to block one specific article for German IPs. we added a Cloudflare rule matching ip.geoip.country eq \"DE\" for that path. which status should the block response use so it's clear it's a legal removal?",
  },
  {
    codes: [501],
    text: "incident: the new CDN forwards `PURGE` requests to our origin when someone misconfigured the purge API endpoint. the origin (a small go server) has no idea what PURGE is. what's the proper status for an unrecognized method the server doesn't implement at all?",
  },
  {
    codes: [505],
    text: "old embedded devices (firmware from 2014) send `GET / HTTP/0.9`-ish requests... no, they send `HTTP/2.0` in a plain text request line after the vendor's broken update. our gunicorn behind haproxy rejects them. which status means the http version isn't supported?",
  },
  {
    codes: [511],
    text: "our kiosks in the hotel lobbies stopped syncing after the hotel swapped wifi vendors: every request from the kiosk gets intercepted and answered by the captive portal with a login page instead of our API. which status should a well behaved captive portal return so the kiosk software knows it's the network asking for auth?",
  },
  {
    codes: [407],
    text: "batch jobs in the on-prem DC started failing at 08:00 after the corporate squid proxy password rotated and the job's proxy creds weren't updated. curl -v shows the proxy answering with `Proxy-Authenticate: Basic realm=\"corp\"`. what status does the proxy return?",
  },
  {
    codes: [103],
    text: "after the CDN migration to cloudflare we enabled Early Hints. the web team sees in chrome devtools an interim response with `Link: </app.css>; rel=preload` before the 200. which status code is that interim response?",
  },
  {
    codes: [303],
    text: 'after the payment provider outage we changed the checkout flow: POST /checkout now redirects to /orders/123 (GET) when done, so refresh doesn\'t resubmit. which redirect status is correct for "see the result at this other URL with GET"?',
  },
  {
    codes: [401],
    text: "oauth2-proxy in front of the internal API (not the browser UI): after the cookie-secret rotation, API calls from scripts with the old cookie no longer redirect but fail, since we set `--api-route=/api`. which status does oauth2-proxy return for unauthenticated requests on api routes?",
  },
  {
    codes: [401],
    text: "nginx auth_request to our auth service. after the auth service deploy, it returns 401 for expired sessions and nginx passes that on. sometimes it returns 500 during the redis blip and nginx... what does nginx return to the client when the auth_request subrequest gets a 401?",
  },
  {
    codes: [500],
    text: "nginx auth_request: during the redis blip the auth subrequest service returned 502 (its own upstream failed). nginx doc says other codes from the subrequest are treated as an error. which status does the client get from nginx in that case?",
  },
  {
    codes: [508],
    text: "WebDAV incident: the backup tool did a PROPFIND Depth: infinity on a share where someone created a symlink loop during the migration (/data/a -> /data). the server aborted with a status meaning it found a loop. which code is that?",
  },
  {
    codes: [200],
    text: "health check incident: the k8s readiness probe on /ready started failing after the framework upgrade because /ready now returns 204 and... wait, kubelet treats 200-399 as success so 204 is fine. the real problem is the ALB matcher set to exactly one code. what code does the ALB health check matcher expect by default?",
  },
  {
    codes: [499],
    text: "grpc gateway logs during the incident show many `CANCELLED` statuses on the StreamOrders rpc after the mobile app release shortened the deadline... no, the client cancelled explicitly when users navigated away. what http status does grpc-gateway map CANCELLED to?",
  },
  {
    codes: [504],
    text: "grpc service incident: `rpc error: code = DeadlineExceeded desc = context deadline exceeded` from the inventory grpc service after the db index drop. through grpc-gateway, what HTTP code does the REST client get?",
  },
  {
    codes: [503],
    text: "after the service mesh upgrade the grpc calls fail with `code = Unavailable desc = upstream connect error or disconnect/reset before headers`. the REST clients go through grpc-gateway. which HTTP code do they see?",
  },
  {
    codes: [429],
    text: "grpc `code = ResourceExhausted desc = quota exceeded for tenant acme` after the quota service migration set all tenant quotas to the free tier. grpc-gateway maps that to which HTTP status?",
  },
  {
    codes: [501],
    text: "after rolling back the proto change, clients on the new SDK call `OrderService/BulkCancel` which no longer exists on the server. grpc returns `code = Unimplemented desc = unknown method BulkCancel`. what does grpc-gateway turn that into?",
  },
  {
    codes: [400],
    text: "grpc `FailedPrecondition: order already shipped` returned by the orders service during the incident when the warehouse replayed events. grpc-gateway users see which HTTP code? (I know some people argue 409/412, I want what gateway does)",
  },
  {
    codes: [409],
    text: "grpc `code = AlreadyExists desc = subscription exists for customer` during the backfill replay after the kafka offset reset. what http status via grpc-gateway? the REST partners only see the http side and want to know how to handle it in their retry logic.",
  },
  {
    codes: [426],
    text: 'istio rollout in the legacy namespace: our old nginx (proxy_pass without `proxy_http_version 1.1`) sends HTTP/1.0 to the sidecar of the new service, and every call fails with "Upgrade Required". which status code is envoy returning there?',
  },
  {
    codes: [301],
    text: "cloudflare SSL mode got set to Flexible by the terraform provider upgrade (default changed), and the origin nginx has `return 301 https://$host$request_uri;` for port 80. browsers now show ERR_TOO_MANY_REDIRECTS. which status is bouncing back and forth in the loop?",
  },
  {
    codes: [404],
    text: 'DNS change at 15:10: the weighted route53 record for api.example.com now sends 50% to the old ALB, whose listener default action is the fixed-response we left after decommissioning (`fixed-response 404 "not here"`). half the clients get what status?',
  },
  {
    codes: [404],
    text: "after the bucket cleanup, www.example.com (CNAME to the S3 website endpoint) shows `Code: NoSuchBucket Message: The specified bucket does not exist`. someone deleted the bucket that served the static landing page. what status do the visitors get?",
  },
  {
    codes: [503],
    text: "spring boot actuator: after the redis cluster outage `/actuator/health/readiness` went DOWN on all pods, kubernetes pulled them from the service, and ingress started erroring. what status does the actuator health endpoint itself return when status is DOWN?",
  },
  {
    codes: [503],
    text: "SEO incident: during Saturday's 3h maintenance nginx served the maintenance.html with a 200 because of `error_page 502 =200 /maintenance.html`. google indexed the maintenance text on 40k pages. what status should the maintenance page be served with?",
  },
  {
    codes: [422],
    text: 'rails app after the session store migration to redis: every form submission fails with `ActionController::InvalidAuthenticityToken` and users see "The change you wanted was rejected". what status code does rails return for that by default?',
  },
  {
    codes: [422],
    text: 'fastapi service after the pydantic v2 upgrade: clients that send `"quantity": "3"` (string) still work but ones sending `null` now fail with a `detail: [{type: "int_type", loc: ["body","quantity"]...}]` body. which status does fastapi use for request validation errors?',
  },
  {
    codes: [400],
    text: "asp.net core mvc app behind the new Front Door: after the data protection keys were not persisted (new pods every deploy), antiforgery validation fails on every POST. `Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException`. what status code does asp.net core return with [ValidateAntiForgeryToken]?",
  },
  {
    codes: [400],
    text: 'flask app behind the new ALB: after SECRET_KEY was rotated in the secrets manager, logged in users submitting forms get "Bad Request The CSRF token is invalid." (flask-wtf). which code is that?',
  },
  {
    codes: [429],
    text: "express behind the new ALB: express-rate-limit (100/15min per IP) but `app.set('trust proxy', ...)` wasn't set, so every request's req.ip is the ALB node IP. within minutes EVERY user is limited. what status is being returned?",
  },
  {
    codes: [403],
    text: "ingress-nginx `whitelist-source-range: 203.0.113.0/24` on the admin ingress. after we moved from the classic ELB to an NLB with externalTrafficPolicy Cluster, the source IP is the node IP and admins from the office are denied. what status does ingress-nginx return?",
  },
  {
    codes: [500],
    text: "ingress-nginx `auth-url` points to the sso service, which got scaled to 0 by the keda scaledobject misconfig over the weekend. every request behind auth failed. ingress-nginx error log `auth request unexpected status: 503`. what does the client get?",
  },
  {
    codes: [400],
    text: 'ingress-nginx without the `backend-protocol: HTTPS` annotation, proxying plaintext to a go service that only serves TLS on 8443 after the hardening PR. the go server answers "Client sent an HTTP request to an HTTPS server." which status is that?',
  },
  {
    codes: [502],
    text: 'opposite problem in another namespace: someone added `nginx.ingress.kubernetes.io/backend-protocol: "HTTPS"` to a service that speaks plain http on 8080. nginx error log `SSL_do_handshake() failed (SSL: error:0A00010B:SSL routines::wrong version number) while SSL handshaking to upstream`. what status do users get?',
  },
  {
    codes: [431],
    text: "jetty 11 service after the same SSO header bloat: jetty logs `HttpParser: Header is too large 8193>8192` and answers the client. which status does jetty use for that case? users hitting that service see nothing but the mobile client logs the status.",
  },
  {
    codes: [431],
    text: "envoy edge after the cookie bloat from the A/B testing vendor: requests carrying ~70KB of headers get rejected before routing, our `max_request_headers_kb` is 60. access log shows response flag DPE? not sure. what code does envoy send back when request headers exceed the limit?",
  },
  {
    codes: [403],
    text: 'azure blob storage: the SAS tokens we generate for downloads have `se=` one hour ahead, but since the last frontend change the client caches the links for 24h. users clicking old links get `AuthenticationFailed` "Signature not valid in the specified time frame". which status does blob storage send with that?',
  },
  {
    codes: [503],
    text: "azure storage account hit the ingress limits during the nightly export (we moved 6 jobs to the same account). SDK logs `ServerBusy: Ingress is over the account limit.` with status? want to tune the retry policy",
  },
  {
    codes: [400],
    text: "dynamodb throttling during the backfill: `ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded`. i assumed 429 for the alert rule but the SDK shows a different http status. which one does dynamodb use?",
  },
  {
    codes: [429],
    text: "cosmos db after the container was moved to a shared throughput database: `Request rate is large. More Request Units may be needed`, the SDK retries with x-ms-retry-after-ms. which status code is that in cosmos?",
  },
  {
    codes: [449],
    text: 'cosmos db sdk diagnostic logs during the concurrent upsert storm show a status we don\'t recognize, substatus 0, described as a transient concurrency conflict and "retry with"... the SDK retried automatically. which code is that?',
  },
  {
    codes: [529],
    text: 'our llm feature degraded this afternoon, the anthropic api responses had `{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`. the retry middleware only retries 429/503. what status code came with overloaded_error? we saw about 3% of calls fail between 14:10 and 14:50 and they were not retried at all.',
  },
  {
    codes: [413],
    text: "cloudflare free plan zone: after we moved video uploads to go through the proxied hostname (instead of the direct-to-s3 presigned URL), uploads above 100MB fail at the edge immediately. which status code does cloudflare return for that?",
  },
  {
    codes: [429],
    text: 'cloudflare "Error 1015 You are being rate limited" on our docs site after the bot fight mode change + new rate limiting rule for /search. a big customer\'s internal crawler is blocked. what status code does the 1015 page carry?',
  },
  {
    codes: [403],
    text: 'partner reports cloudflare "Error 1010 The owner of this website has banned your access based on your browser\'s signature" after we enabled Browser Integrity Check via the new zone settings module. their java client has no user agent. what status comes with 1010?',
  },
  {
    codes: [400],
    text: 'keycloak incident: after the realm export/import to the new cluster, refresh tokens issued before the migration fail at the token endpoint with `{"error":"invalid_grant","error_description":"Invalid refresh token"}`. which HTTP status does the oauth token endpoint use for invalid_grant?',
  },
  {
    codes: [401],
    text: 'same keycloak migration: the confidential client secret was regenerated on import, so our backend gets `{"error":"unauthorized_client"}`... actually `invalid_client` "Invalid client or Invalid client credentials" from the token endpoint. what status is that per oauth2?',
  },
  {
    codes: [429],
    text: "okta rate limit incident: our SCIM sync job after the HR import hammered /api/v1/users and okta responded with `X-Rate-Limit-Remaining: 0` and errorCode E0000047. which status code does okta send? the sync job ran 6 parallel workers with no backoff. HR got half the accounts provisioned.",
  },
  {
    codes: [429],
    text: "loki ingestion after the log level was accidentally set to debug in prod for the checkout service: promtail logs `server returned HTTP status ... Ingestion rate limit exceeded for user fake (limit: 4194304 bytes/sec)` and keeps retrying with backoff. the number got cut off in my paste. which status does loki send for the ingestion rate limit?",
  },
  {
    codes: [400],
    text: "mimir remote write after the prometheus HA pair both wrote without the ha_tracker: logs full of `err-mimir-sample-out-of-order` and `sample timestamp out of order`. prometheus doesn't retry these. which status does mimir send for out-of-order samples?",
  },
  {
    codes: [502],
    text: "grafana dashboards broken during the prometheus pvc migration, the old panels that go through the datasource proxy (`/api/datasources/proxy/1/api/v1/query_range`) fail and grafana logs `dial tcp 10.96.3.4:9090: connect: connection refused`. what status does grafana's data proxy return to the browser when it can't reach the datasource?",
  },
  {
    codes: [403],
    text: "npm publish in the release pipeline failed after the retry step ran twice: `npm ERR! 403 403 Forbidden - PUT https://registry.npmjs.org/@acme%2fsdk - You cannot publish over the previously published versions: 4.2.1.` ok npm says it, but is that the right code for a duplicate version or should the registry use 409?",
  },
  {
    codes: [400],
    text: "pypi upload failed in CI after the tag was pushed twice: `HTTPError: 400 Bad Request from https://upload.pypi.org/legacy/ File already exists`. for our internal artifact server we're copying pypi behaviour. what status does pypi use for that? (I know 409 might be nicer)",
  },
  {
    codes: [429],
    text: "slack api: our incident bot (ironic) got rate limited posting updates to 40 channels during the outage, `ratelimited` error and a Retry-After: 30 header. which http status does slack send for that?",
  },
  {
    codes: [500],
    text: 'during the incident our node api returned 200 with `{"error": "internal"}` bodies for unhandled exceptions because of the legacy error middleware, so the ALB 5xx alarm never fired. what status SHOULD an unhandled server error return so monitoring catches it?',
  },
  {
    codes: [503],
    text: "our api depends on the fraud service; during its outage we now fail fast with a circuit breaker (resilience4j open state). what should our API return to its own clients while the breaker is open, so they back off and retry later?",
  },
  {
    codes: [502],
    text: "our api gateway (custom go proxy) forwards to the billing service, which returned an invalid response (truncated chunked body, then RST) after its deploy. what status should the custom gateway return to the client in that situation?",
  },
  {
    codes: [504],
    text: "our custom go reverse proxy has a 10s context timeout to the inventory service. after the inventory db slowdown it hits that timeout. httputil.ReverseProxy's default ErrorHandler returns 502 for any error. what status should we return specifically for the upstream timeout case?",
  },
  {
    codes: [409],
    text: "terraform apply in the incident fix PR failed: `Error: creating S3 Bucket (acme-logs-prod): BucketAlreadyOwnedByYou`... no wait it was `BucketAlreadyExists` since the name was taken in another account after we deleted it. what http status does s3 return for BucketAlreadyExists?",
  },
  {
    codes: [409],
    text: 'kong admin api during the deck sync retry after the incident: `{"message":"UNIQUE violation detected on \'{name=\\"payments-route\\"}\'","name":"unique constraint violation","code":5}`. what status does the kong admin api return for that unique violation?',
  },
  {
    codes: [404],
    text: "GitHub Pages docs site broke after we changed the CNAME in cloudflare to a new org's pages domain; visitors get \"There isn't a GitHub Pages site here.\" which status code does that page come with?",
  },
  {
    codes: [403],
    text: "AWS ALB with WAF web ACL attached, the new rate-based rule (2000 req per 5 min per IP) uses the default Block action. after the product launch a customer's office gets blocked. what status code does the block action return by default?",
  },
  {
    codes: [502],
    text: 'envoy access log on the ingress gateway right after the node scale-in: `"GET /api/cart HTTP/2" 503 UC upstream_reset_before_response_started{connection_termination}`... sorry that\'s a 503. the question: the *app* we have in front of envoy is a go proxy that turns any upstream reset into its own error. what should the go proxy return for an upstream connection reset before headers?',
  },
  {
    codes: [200],
    text: 'monitoring false positive: pingdom checks `https://www.example.com/` and alerted "down" after the redirect change, because it now gets a 301 to /en/ and pingdom doesn\'t follow redirects. what status should the final landing page return for pingdom to be happy once we point it at /en/?',
  },
  {
    codes: [421],
    text: "envoy logs `421 Misdirected Request` after the gateway cert rotation merged two SNI filter chains into one wildcard cert. clients with a connection open for shop.example.com send :authority blog.example.com. is that the right code here and who sends it?",
  },
  {
    codes: [526],
    text: 'cloudflare Full (strict) zone, we moved the origin to a new k8s cluster where cert-manager issued a cert from the staging letsencrypt environment by mistake (untrusted "Fake LE Intermediate"). handshake works but cloudflare shows "Invalid SSL certificate". status?',
  },
  {
    codes: [522],
    text: "cloudflare tunnel? no, classic proxied setup. after the origin ISP had packet loss (~40%) this morning, cloudflare logs showed connections to origin timing out during the TCP handshake in FRA and AMS. users saw which cloudflare code?",
  },
  {
    codes: [520],
    text: 'after enabling HTTP/2 to origin in cloudflare (the new "HTTP/2 to Origin" toggle), our old varnish 4 origin resets the streams immediately and returns nothing useful. users see cloudflare\'s "unknown error" page. what code?',
  },
  {
    codes: [463],
    text: "ALB postmortem: a misbehaving partner proxy chain appended X-Forwarded-For on every hop of a redirect loop so the header ended up with 31 IPs, and the ALB rejected them. which elb status code is logged for too many XFF entries?",
  },
  {
    codes: [500],
    text: "heroku-like internal PaaS: the app started returning errors after the Python 3.12 bump, traceback `ModuleNotFoundError: No module named 'distutils'` on every request (lazy import in the payment lib). the app framework catches it and returns its default error page. what status code is that page?",
  },
  {
    codes: [409],
    text: "after the incident where two deploys ran in parallel, our deploy API now takes a lock per service. when someone triggers a deploy while another is in progress for the same service, what status should the API return?",
  },
  {
    codes: [423],
    text: 'alternative proposal from the same deploy-lock discussion: someone wants to return the WebDAV-style "locked" status since the resource (service) is literally locked by another deploy. which code would that be?',
  },
  {
    codes: [502],
    text: '`2024/03/12 10:14:02 [error] 31#31: *1234 connect() failed (111: Connection refused) while connecting to upstream, client: 10.2.3.4, server: api.example.com, request: "GET /v1/users HTTP/1.1", upstream: "http://127.0.0.1:8000/v1/users", host: "api.example.com"` what does the user get?',
  },
  {
    codes: [504],
    text: '`2024/03/12 11:02:17 [error] 27#27: *88812 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 172.16.4.9, server: _, request: "POST /report HTTP/1.1", upstream: "http://10.0.4.12:3000/report"` status for the client?',
  },
  {
    codes: [502],
    text: '`[error] 8#8: *4431 upstream prematurely closed connection while reading response header from upstream, client: 192.168.1.20, server: app.local, request: "POST /upload HTTP/1.1", upstream: "http://unix:/run/gunicorn.sock:/upload"` which status?',
  },
  {
    codes: [502],
    text: '`2024/03/12 09:00:01 [error] 30#30: *77 no live upstreams while connecting to upstream, client: 10.1.1.1, request: "GET / HTTP/1.1", upstream: "http://backend/"` what does the browser see?',
  },
  {
    codes: [403],
    text: '`[error] 11#11: *203 directory index of "/srv/app/public/" is forbidden, client: 10.0.0.3, server: localhost, request: "GET / HTTP/1.1"` status?',
  },
  {
    codes: [403],
    text: '`[error] 6#6: *440 open() "/srv/static/index.html" failed (13: Permission denied), client: 10.0.0.9, request: "GET / HTTP/1.1"` which code do users see?',
  },
  {
    codes: [500],
    text: '`[error] 5#5: *62 rewrite or internal redirection cycle while internally redirecting to "/index.html", client: 10.0.0.4, request: "GET /app/settings HTTP/1.1"` status?',
  },
  {
    codes: [502],
    text: '`[error] 33#33: *1505 upstream sent too big header while reading response header from upstream, client: 10.3.3.3, request: "GET /auth/callback?code=404 HTTP/1.1", upstream: "http://10.0.1.8:4000/auth/callback?code=404"` what code?',
  },
  {
    codes: [502],
    text: '`[error] 19#19: *210 SSL_do_handshake() failed (SSL: error:0A000086:SSL routines::certificate verify failed) while SSL handshaking to upstream, client: 10.0.0.2, request: "GET /api HTTP/1.1", upstream: "https://10.0.5.5:8443/api"` what status?',
  },
  {
    codes: [500],
    text: '`[error] 21#21: *66 auth request unexpected status: 302 while sending to client, client: 10.0.0.8, request: "GET /admin HTTP/1.1"` what does the client get?',
  },
  {
    codes: [502],
    text: '`[error] 14#14: *900 api.internal could not be resolved (3: Host not found), client: 10.0.0.5, request: "GET /v2/ping HTTP/1.1"` which status?',
  },
  {
    codes: [408],
    text: "`[info] 16#16: *1200 client timed out (110: Connection timed out) while reading client request headers, client: 198.51.100.4, server: 0.0.0.0:80` which code ends up in the access log?",
  },
  {
    codes: [504],
    text: '`[error] 22#22: *3004 upstream timed out (110: Connection timed out) while connecting to upstream, client: 10.0.9.9, request: "GET /slow HTTP/1.1", upstream: "http://10.0.7.7:9000/slow"` what code?',
  },
  {
    codes: [404],
    text: '`[error] 13#13: *91 FastCGI sent in stderr: "Primary script unknown" while reading response header from upstream, client: 10.0.0.6, request: "GET /index2.php HTTP/1.1"` what does the browser get?',
  },
  {
    codes: [403],
    text: '`[error] 25#25: *4102 access forbidden by rule, client: 203.0.113.9, server: admin.example.com, request: "GET /admin HTTP/1.1"` what status is that?',
  },
  {
    codes: [401],
    text: '`[error] 3#3: *71 no user/password was provided for basic authentication, client: 10.0.0.12, server: metrics, request: "GET /metrics HTTP/1.1"` code?',
  },
  {
    codes: [499],
    text: "`[info] 28#28: *60021 epoll_wait() reported that client prematurely closed connection, so upstream connection is closed too while sending request to upstream, client: 10.8.0.2` what gets logged in access log?",
  },
  {
    codes: [413],
    text: '`172.16.0.4 - - [12/Mar/2024:10:00:01 +0000] "POST /api/upload HTTP/1.1" 413 585 "-" "python-requests/2.31.0"` what happened here?',
  },
  {
    codes: [499],
    text: '`10.0.0.9 - - [12/Mar/2024:10:02:44 +0000] "GET /search?q=shoes HTTP/1.1" 499 0 "-" "Mozilla/5.0" rt=30.001 uct="0.000" urt="30.000"` what\'s this status?',
  },
  {
    codes: [444],
    text: '`45.9.148.3 - - [12/Mar/2024:03:12:09 +0000] "GET /wp-admin/setup.php HTTP/1.1" 444 0 "-" "zgrab/0.x"` what code is this?',
  },
  {
    codes: [200],
    text: '`10.0.0.2 - - [12/Mar/2024:10:05:00 +0000] "POST /graphql HTTP/2.0" 200 1543 "-" "apollo-ios" rt=0.502` the app shows graphql errors but what did nginx return?',
  },
  {
    codes: [400],
    text: '`185.220.101.4 - - [12/Mar/2024:04:00:00 +0000] "\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xfc\\x03\\x03" 400 157 "-" "-"` what status is this junk?',
  },
  {
    codes: [502],
    text: '`10.244.1.1 - - [12/Mar/2024:10:08:00 +0000] "GET /api/health HTTP/1.1" 502 157 "-" "kube-probe/1.28" rt=0.001 upstream_status=-` what does the probe get?',
  },
  {
    codes: [504],
    text: '`10.0.0.5 - - [12/Mar/2024:10:09:13 +0000] "GET /api/export HTTP/1.1" 504 167 "-" "axios/1.6.7" rt=60.002 urt=60.001` status?',
  },
  {
    codes: [408],
    text: '`10.0.0.77 - - [12/Mar/2024:10:10:10 +0000] "PUT /v2/blob HTTP/1.1" 408 0 "-" "aws-cli/2.15" rt=60.000` what does this code mean?',
  },
  {
    codes: [503],
    text: '`10.244.0.1 - - [12/Mar/2024:11:22:33 +0000] "GET /api/users/42 HTTP/1.1" 503 190 "-" "curl/8.4.0" 83 0.000 [default-api-svc-80] [] - - - - 1b2c3d4e5f` ingress-nginx, what status?',
  },
  {
    codes: [504],
    text: '`https 2024-03-12T10:00:00.123456Z app/prod-alb/50dc6c495c0c9188 203.0.113.5:51234 10.0.1.12:8080 0.000 -1 -1 504 - 812 250 "POST https://api.example.com:443/v1/reports HTTP/1.1" "axios/1.6.7"` ALB log, what did the client get?',
  },
  {
    codes: [502],
    text: '`http 2024-03-12T10:01:00.000000Z app/prod-alb/50dc6c495c0c9188 198.51.100.2:40112 10.0.1.13:8080 0.001 -1 -1 502 - 300 272 "GET http://api.example.com:80/v1/ping HTTP/1.1" "curl/8.4.0"` what status is it?',
  },
  {
    codes: [503],
    text: '`https 2024-03-12T10:02:00.000000Z app/prod-alb/50dc6c495c0c9188 198.51.100.3:40113 - -1 -1 -1 503 - 120 326 "GET https://api.example.com:443/ HTTP/1.1" "Mozilla/5.0"` ALB, no target ip. status?',
  },
  {
    codes: [460],
    text: '`h2 2024-03-12T10:03:00.000000Z app/prod-alb/50dc6c495c0c9188 203.0.113.9:60001 10.0.1.12:8080 0.000 -1 -1 460 - 1200 0 "GET https://api.example.com:443/api/export HTTP/2.0" "okhttp/4.12.0"` what is this code?',
  },
  {
    codes: [463],
    text: '`https 2024-03-12T10:04:00.000000Z app/prod-alb/50dc6c495c0c9188 10.9.9.9:443 - -1 -1 -1 463 - 2048 0 "GET https://api.example.com:443/ HTTP/1.1" "-"` ALB status?',
  },
  {
    codes: [500],
    text: '`https 2024-03-12T10:05:00.000000Z app/prod-alb/50dc6c495c0c9188 203.0.113.5:51240 10.0.1.12:8080 0.000 0.045 0.000 500 500 512 310 "POST https://api.example.com:443/v1/orders HTTP/1.1" "axios/1.6.7"` which code did the user see?',
  },
  {
    codes: [561],
    text: '`https 2024-03-12T10:07:00.000000Z app/sso-alb/aa11bb22cc33dd44 203.0.113.77:50505 - -1 -1 -1 561 - 900 400 "GET https://intranet.example.com:443/oauth2/idpresponse?code=abc HTTP/1.1" "Mozilla/5.0"` what\'s that code?',
  },
  {
    codes: [200],
    text: '`https 2024-03-12T10:08:00.000000Z app/prod-alb/50dc6c495c0c9188 203.0.113.5:51242 10.0.1.12:8080 0.000 0.003 0.000 200 200 210 98 "GET https://api.example.com:443/health?simulate=503 HTTP/1.1" "ELB-HealthChecker/2.0"` did the check fail?',
  },
  {
    codes: [400],
    text: '`http 2024-03-12T10:09:00.000000Z app/prod-alb/50dc6c495c0c9188 185.1.2.3:55555 - -1 -1 -1 400 - 0 272 "- http://prod-alb-123.eu-west-1.elb.amazonaws.com:80- -" "-"` what\'s this line?',
  },
  {
    codes: [464],
    text: '`h2 2024-03-12T10:10:00.000000Z app/grpc-alb/ff00ee11dd22cc33 203.0.113.12:44321 - -1 -1 -1 464 - 150 0 "POST https://grpc.example.com:443/svc.Orders/Create HTTP/2.0" "grpc-go/1.60"` ALB code?',
  },
  {
    codes: [503],
    text: '`[2024-03-12T10:00:00.000Z] "GET /api/v1/cart HTTP/1.1" 503 UF,URX 0 91 30 - "10.0.0.1" "okhttp/4.9.0" "c0ffee-1234" "cart:8080" "10.0.3.4:8080"` envoy access log, what status?',
  },
  {
    codes: [504],
    text: '`[2024-03-12T10:00:01.000Z] "POST /checkout HTTP/2" 504 UT 1024 24 15000 - "10.0.0.2" "Mozilla/5.0" "abcd-5678" "checkout:80" "10.0.3.9:8080"` what does the client get?',
  },
  {
    codes: [503],
    text: '`[2024-03-12T10:00:02.000Z] "GET /inventory HTTP/1.1" 503 UO 0 81 0 - "-" "curl/8.4.0" "ef01" "inventory:8080" "-"` envoy, status?',
  },
  {
    codes: [404],
    text: '`[2024-03-12T10:00:04.000Z] "GET /v3/legacy HTTP/1.1" 404 NR route_not_found 0 0 0 - "-" "python-requests/2.31.0" "bb03" "api.example.com" "-"` what status?',
  },
  {
    codes: [403],
    text: '`[2024-03-12T10:00:05.000Z] "DELETE /admin/users/7 HTTP/1.1" 403 - rbac_access_denied_matched_policy[none] 0 19 0 - "-" "curl/8.4.0" "cc04" "admin:8080" "-"` istio sidecar, what status?',
  },
  {
    codes: [401],
    text: '`[2024-03-12T10:00:06.000Z] "GET /api/me HTTP/2" 401 - jwt_authn_access_denied{Jwt_is_missing} 0 14 0 - "-" "axios/1.6.7" "dd05" "api:8080" "-"` what code did the client get?',
  },
  {
    codes: [429],
    text: '`[2024-03-12T10:00:07.000Z] "GET /search HTTP/1.1" 429 RL 0 18 1 - "-" "okhttp/4.12.0" "ee06" "search:8080" "-"` envoy, status?',
  },
  {
    codes: [503],
    text: "`upstream connect error or disconnect/reset before headers. retried and the latest reset reason: remote connection failure, transport failure reason: delayed connect error: 111` istio response body, which status?",
  },
  {
    codes: [504],
    text: "`upstream request timeout` that's the whole body from our istio gateway. what status came with it?",
  },
  {
    codes: [431],
    text: '`[2024-03-12T10:00:08.000Z] "GET /api HTTP/1.1" 431 DPE 0 0 0 - "-" "Mozilla/5.0" "ff07" "api:8080" "-"` envoy with a huge cookie header, what code?',
  },
  {
    codes: [503],
    text: '`[2024-03-12T10:00:09.000Z] "POST /orders HTTP/1.1" 503 URX 512 91 3004 - "-" "okhttp/4.12.0" "ab08" "orders:8080" "10.0.6.6:8080"` status after retries?',
  },
  {
    codes: [503],
    text: '`haproxy[2034]: 10.0.0.1:51234 [12/Mar/2024:10:00:00.123] fe_https~ be_api/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- 1/1/0/0/0 0/0 "GET /api HTTP/1.1"` what does the client get?',
  },
  {
    codes: [504],
    text: '`haproxy[2034]: 10.0.0.2:51235 [12/Mar/2024:10:00:01.456] fe_https~ be_api/api1 0/0/0/-1/30001 504 194 - - sH-- 3/3/1/1/0 0/0 "GET /report HTTP/1.1"` status?',
  },
  {
    codes: [502],
    text: '`haproxy[2034]: 10.0.0.3:51236 [12/Mar/2024:10:00:02.789] fe_https~ be_api/api2 0/0/1/-1/2 502 209 - - SH-- 2/2/0/0/0 0/0 "POST /upload HTTP/1.1"` which code?',
  },
  {
    codes: [408],
    text: '`haproxy[2034]: 10.0.0.4:51237 [12/Mar/2024:10:00:03.000] fe_http fe_http/<NOSRV> -1/-1/-1/-1/5001 408 212 - - cR-- 1/1/0/0/0 0/0 "<BADREQ>"` what is this status?',
  },
  {
    codes: [200],
    text: '`haproxy[2034]: 10.0.0.5:51238 [12/Mar/2024:10:00:04.000] fe_https~ be_api/api1 0/0/0/12/12 200 1432 - - ---- 1/1/0/0/0 0/0 "GET /v1/users?limit=404 HTTP/1.1"` did this request fail?',
  },
  {
    codes: [403],
    text: '`haproxy[2034]: 203.0.113.4:40000 [12/Mar/2024:10:00:05.000] fe_https~ fe_https~/<NOSRV> 0/-1/-1/-1/0 403 192 - - PR-- 1/1/0/0/0 0/0 "GET /admin HTTP/1.1"` code?',
  },
  {
    codes: [429],
    text: '`haproxy[2034]: 203.0.113.5:40001 [12/Mar/2024:10:00:06.000] fe_https~ fe_https~/<NOSRV> 0/-1/-1/-1/0 429 204 - - PR-- 9/9/0/0/0 0/0 "POST /login HTTP/1.1"` which status did the client get?',
  },
  {
    codes: [405],
    text: "`> DELETE /v1/users/7 HTTP/1.1 > Host: api.example.com < HTTP/1.1 405 Method Not Allowed < Allow: GET, HEAD, PUT` curl -v output, what's the status?",
  },
  {
    codes: [413],
    text: "`> PUT /upload HTTP/1.1 > Content-Length: 734003200 > Expect: 100-continue < HTTP/1.1 100 Continue < HTTP/1.1 413 Payload Too Large` which is the final status?",
  },
  {
    codes: [301],
    text: "`< HTTP/1.1 301 Moved Permanently < Server: nginx/1.25.3 < Location: https://api.example.com/v1/users/` what did curl get?",
  },
  {
    codes: [404],
    text: "`curl: (22) The requested URL returned error: 404` from `curl -f` in our CI script, what's the status?",
  },
  {
    codes: [413],
    text: "`AxiosError: Request failed with status code 413 at settle (/app/node_modules/axios/lib/core/settle.js:19:12) at IncomingMessage.handleStreamEnd (/app/node_modules/axios/lib/adapters/http.js:599:11)` what status?",
  },
  {
    codes: [400],
    text: '`{"statusCode":400,"code":"FST_ERR_VALIDATION","error":"Bad Request","message":"body must have required property \'email\'"}` fastify, status?',
  },
  {
    codes: [502],
    text: "`UnhandledPromiseRejectionWarning: AxiosError: Request failed with status code 502 (pid 4512)` what status?",
  },
  {
    codes: [413],
    text: "`PayloadTooLargeError: request entity too large at readStream (/app/node_modules/raw-body/index.js:163:17) { expected: 1048576, length: 1048576, limit: 102400, type: 'entity.too.large' }` express, which status does it send?",
  },
  {
    codes: [400],
    text: "`SyntaxError: Unexpected token } in JSON at position 44 at JSON.parse (<anonymous>) at parse (/app/node_modules/body-parser/lib/types/json.js:89:19)` what status should express send for this?",
  },
  {
    codes: [429],
    text: "`requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.github.com/repos/acme/app/issues?page=3` what status?",
  },
  {
    codes: [503],
    text: "`urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='api.partner.io', port=443): Max retries exceeded with url: /v2/sync (Caused by ResponseError('too many 503 error responses'))` what status was it?",
  },
  {
    codes: [422],
    text: "`httpx.HTTPStatusError: Client error '422 Unprocessable Entity' for url 'http://localhost:8000/items'` status?",
  },
  {
    codes: [500],
    text: "`requests.exceptions.HTTPError: 500 Server Error: Internal Server Error for url: http://svc:8080/api/v1/run?retries=3` which code?",
  },
  {
    codes: [403],
    text: "`urllib.error.HTTPError: HTTP Error 403: Forbidden` from a python script scraping a site with default user agent. what status?",
  },
  {
    codes: [405],
    text: "`org.springframework.web.HttpRequestMethodNotSupportedException: Request method 'PUT' is not supported` what does spring return?",
  },
  {
    codes: [415],
    text: "`org.springframework.web.HttpMediaTypeNotSupportedException: Content-Type 'text/plain;charset=UTF-8' is not supported` status?",
  },
  {
    codes: [406],
    text: "`org.springframework.web.HttpMediaTypeNotAcceptableException: No acceptable representation` which code?",
  },
  {
    codes: [400],
    text: "`org.springframework.web.bind.MethodArgumentNotValidException: Validation failed for argument [0] in public ResponseEntity<OrderDto> OrderController.create(CreateOrder) with 2 errors` what does spring boot return by default?",
  },
  {
    codes: [400],
    text: "`org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: Unexpected character ('}' (code 125)): was expecting double-quote to start field name` status?",
  },
  {
    codes: [403],
    text: "`org.springframework.security.access.AccessDeniedException: Access is denied` for a logged-in user without ROLE_ADMIN. which code?",
  },
  {
    codes: [404],
    text: "`org.springframework.web.client.HttpClientErrorException$NotFound: 404 : [no body]` what status did the downstream send?",
  },
  {
    codes: [409],
    text: '`org.springframework.web.server.ResponseStatusException: 409 CONFLICT "Email already registered"` what status goes out?',
  },
  {
    codes: [409, 412],
    text: "`org.springframework.orm.ObjectOptimisticLockingFailureException: Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect)` what should we map it to?",
  },
  {
    codes: [500],
    text: '`java.lang.NullPointerException: Cannot invoke "Customer.getId()" because "c" is null at com.acme.OrderService.create(OrderService.java:404)` what status does the client get?',
  },
  {
    codes: [404],
    text: "`org.springframework.web.servlet.resource.NoResourceFoundException: No static resource api/v2/foo.` spring 6.1, status?",
  },
  {
    codes: [400],
    text: "`org.springframework.web.bind.MissingServletRequestParameterException: Required request parameter 'id' for method parameter type Long is not present` code?",
  },
  {
    codes: [401],
    text: "`feign.FeignException$Unauthorized: [401 Unauthorized] during [GET] to [http://auth/users/me] [AuthClient#me()]: []` what did the auth service return?",
  },
  {
    codes: [400],
    text: "`django.core.exceptions.DisallowedHost: Invalid HTTP_HOST header: '10.0.0.12:8000'. You may need to add '10.0.0.12' to ALLOWED_HOSTS.` what does django respond?",
  },
  { codes: [403], text: "`Forbidden (CSRF cookie not set.): /api/login/` django log, status?" },
  {
    codes: [500],
    text: '`Traceback (most recent call last): File "/app/orders/views.py", line 401, in create amount = data["amount"] KeyError: \'amount\'` what status did the user get?',
  },
  {
    codes: [400],
    text: "`django.core.exceptions.RequestDataTooBig: Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE.` what does django actually send back?",
  },
  {
    codes: [429],
    text: '`{"detail":"Request was throttled. Expected available in 58 seconds."}` DRF, status?',
  },
  {
    codes: [415],
    text: '`{"detail":"Unsupported media type \\"text/plain\\" in request."}` from DRF, status?',
  },
  {
    codes: [500],
    text: '`Internal Server Error: /api/checkout/ django.db.utils.OperationalError: could not connect to server: Connection refused Is the server running on host "db" and accepting TCP/IP connections on port 5432?` what did the client get?',
  },
  {
    codes: [400],
    text: "`ActionController::ParameterMissing (param is missing or the value is empty: user)` which status does rails send?",
  },
  {
    codes: [422],
    text: "`Can't verify CSRF token authenticity. ActionController::InvalidAuthenticityToken` rails default status?",
  },
  { codes: [404], text: '`ActionController::RoutingError (No route matches [GET] "/wp-login.php")` status?' },
  {
    codes: [422],
    text: "`Completed 422 Unprocessable Entity in 38ms (Views: 0.4ms | ActiveRecord: 4.1ms | Allocations: 5012)` what status was that?",
  },
  {
    codes: [409],
    text: "`ActiveRecord::StaleObjectError (Attempted to update a stale object: Order.)` rails default status?",
  },
  {
    codes: [302],
    text: "`Redirected to http://app.example.com/login Completed 302 Found in 12ms (ActiveRecord: 0.0ms | Allocations: 801)` status?",
  },
  {
    codes: [400],
    text: "`ActionDispatch::Http::Parameters::ParseError (859: unexpected token at '{\"name\": }')` rails, status?",
  },
  {
    codes: [419],
    text: "`Illuminate\\Session\\TokenMismatchException: CSRF token mismatch.` laravel, what status does the browser get?",
  },
  {
    codes: [405],
    text: "`Symfony\\Component\\HttpKernel\\Exception\\MethodNotAllowedHttpException: The GET method is not supported for route api/orders. Supported methods: POST.` status?",
  },
  {
    codes: [422],
    text: "`Illuminate\\Validation\\ValidationException: The email field is required.` laravel json request, which status?",
  },
  {
    codes: [401],
    text: "`Illuminate\\Auth\\AuthenticationException: Unauthenticated.` for an api request with Accept: application/json, status?",
  },
  {
    codes: [429],
    text: '`{"time":"2024-03-12T10:00:00Z","level":"WARN","status":429,"latency":"404ms","route":"/api/search","remote":"10.0.0.1:50312"}` what is the status here?',
  },
  {
    codes: [503],
    text: '`{"severity":"ERROR","httpRequest":{"requestMethod":"GET","requestUrl":"/api/v1/items","status":503,"responseSize":"401","latency":"0.500s"}}` cloud run log, which code?',
  },
  {
    codes: [204],
    text: '`{"level":"info","method":"DELETE","path":"/sessions/500","status":204,"bytes":0,"duration":"3ms"}` did the delete work, what code?',
  },
  {
    codes: [500],
    text: '`{"level":"error","err":"dial tcp 10.0.0.9:5432: connect: connection refused","status":500,"path":"/orders","line":88}` what status went to the client?',
  },
  {
    codes: [451],
    text: '`{"event":"http_request","status_code":451,"country":"XX","path":"/news/8812","bytes":1024}` what does this status mean?',
  },
  {
    codes: [412],
    text: '`{"level":"warn","msg":"precondition failed","status":412,"if_match":"\\"v7\\"","current_etag":"\\"v8\\"","path":"/docs/31"}` which code is that?',
  },
  {
    codes: [404],
    text: '`[GIN] 2024/03/12 - 10:00:00 | 404 |      12.3µs |     10.0.0.1 | GET      "/api/v1/users/500"` gin log, what status?',
  },
  {
    codes: [422],
    text: '`INFO:     10.0.0.1:51234 - "POST /items HTTP/1.1" 422 Unprocessable Entity` uvicorn log, what code?',
  },
  {
    codes: [503],
    text: "`Warning  Unhealthy  12s (x5 over 52s)  kubelet  Readiness probe failed: HTTP probe failed with statuscode: 503` what status is the app returning?",
  },
  {
    codes: [502],
    text: '`10.0.0.1 - - [12/Mar/2024:10:00:00 +0000] "GET /api HTTP/1.1" 502 11 "-" "-" 4521 "api@kubernetescrd" "http://10.42.0.17:8080" 3ms` traefik access log, what status?',
  },
  { codes: [403], text: "hitting service through istio gateway body is `RBAC: access denied`" },
  {
    codes: [401],
    text: "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy: Failed to deploy artifacts: Could not transfer artifact com.acme:api:jar:1.0.3 from/to nexus-releases: status code: 401, reason phrase: Unauthorized (401)",
  },
  {
    codes: [401],
    text: '`[error] 12#12: *5 user "deploy" was not found in "/etc/nginx/.htpasswd", client: 10.8.0.6, server: staging.example.com, request: "GET / HTTP/1.1"`',
  },
  {
    codes: [403],
    text: '`HTTP/2 403 | x-ratelimit-limit: 60 | x-ratelimit-remaining: 0 | x-ratelimit-reset: 1709550000 | {"message":"API rate limit exceeded for 203.0.113.5."}` github',
  },
  { codes: [406], text: 'DRF returns `{"detail":"Could not satisfy the request Accept header."}`' },
  { codes: [504], text: '`{"message": "Endpoint request timed out"}` from api gateway after 29s' },
  {
    codes: [300],
    text: 'apache MultiViews on, `curl -i https://docs.example.com/manual/intro` returns `HTTP/1.1 300 Multiple Choices | Alternates: {"intro.html.en" 1 {type text/html} {language en}}, {"intro.html.fr" 1 {type text/html} {language fr}}`',
  },
  {
    codes: [422],
    text: 'github api: `{"message":"Validation Failed","errors":[{"resource":"Issue","code":"missing_field","field":"title"}],"documentation_url":"https://docs.github.com/rest/issues/issues#create-an-issue"}`',
  },
  {
    codes: [401],
    text: '`{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}`',
  },
  {
    codes: [429],
    text: "`toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit`",
  },
  {
    codes: [412],
    text: "`An error occurred (PreconditionFailed) when calling the PutObject operation: At least one of the pre-conditions you specified did not hold`",
  },
  {
    codes: [404],
    text: "traefik just says `404 page not found` for my new service, router is defined in docker labels",
  },
  {
    codes: [409],
    text: "requests.exceptions.HTTPError: 409 Client Error: Conflict for url: https://api.example.com/v2/teams/acme/members",
  },
  {
    codes: [405],
    text: "`curl -I https://api.example.com/v1/users | HTTP/1.1 405 Method Not Allowed | Allow: GET, POST | Content-Length: 0`",
  },
  { codes: [419], text: 'laravel "419 | PAGE EXPIRED" after the login form sat open overnight' },
  {
    codes: [429],
    text: 'DRF response `{"detail":"Request was throttled. Expected available in 37 seconds."}`',
  },
  {
    codes: [411],
    text: "curl -X POST to google without body: \"411. That's an error. POST requests require a Content-length header. That's all we know.\"",
  },
  {
    codes: [503],
    text: 'fastly: "Error 503 first byte timeout first byte timeout Guru Mediation: Details: cache-fra-eddf8230045-FRA 1709550000 3891920011"',
  },
  {
    codes: [504],
    text: 'ALB access log, target_status_code is a dash: `https 2024-03-04T10:01:00.000000Z app/prod-alb/50dc6c 198.51.100.3:51234 10.0.3.8:80 0.001 -1 -1 504 - 1204 202 "POST https://api.example.com:443/v1/import HTTP/1.1"`',
  },
  {
    codes: [206],
    text: '10.0.4.4 - - [04/Mar/2024:13:37:00 +0000] "GET /videos/intro.mp4 HTTP/1.1" 206 1048576 "-" "AppleCoreMedia/1.0.0.21E230 (iPhone; U; CPU OS 17_3 like Mac OS X)"',
  },
  { codes: [525], text: '"SSL handshake failed Error code 525" after switching cloudflare to Full (strict)' },
  {
    codes: [503],
    text: '`grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with: status = StatusCode.UNAVAILABLE details = "failed to connect to all addresses; last error: UNKNOWN: ipv4:10.0.0.12:50051: Failed to connect to remote host: Connection refused"`',
  },
  {
    codes: [502],
    text: 'cloudfront error page: "502 ERROR The request could not be satisfied. CloudFront wasn\'t able to connect to the origin. Generated by cloudfront (CloudFront) Request ID: 3kX9aQ_pZ1v7..."',
  },
  {
    codes: [504],
    text: "grafana panel from datadog: `http.status_code:504  count 1,284  avg latency 30.0s  p99 30.1s` spikes every night at 02:00",
  },
  {
    codes: [502],
    text: 'h2 2024-03-04T10:00:00.123456Z app/prod-alb/50dc6c495c0c9188 203.0.113.9:46532 10.0.2.17:8080 0.000 -1 -1 502 - 734 272 "GET https://api.example.com:443/v1/items HTTP/2.0" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2',
  },
  {
    codes: [500],
    text: '`level=error ts=2024-03-04T10:00:01Z caller=handler.go:88 method=POST path=/v1/payments status=500 duration=1.204s err="pq: deadlock detected"`',
  },
  {
    codes: [451],
    text: 'curl -i from a russian vpn exit: `HTTP/2 451 | link: <https://blocked.example.org/notice/88>; rel="blocked-by"`',
  },
  {
    codes: [405],
    text: "WARN 1 --- [nio-8080-exec-3] .w.s.m.s.DefaultHandlerExceptionResolver : Resolved [org.springframework.web.HttpRequestMethodNotSupportedException: Request method 'GET' is not supported]",
  },
  {
    codes: [406],
    text: "`ActionController::UnknownFormat (OrdersController#index is missing a template for this request format and variant.)`",
  },
  {
    codes: [503],
    text: "after rollout the ingress returns `<html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center></body></html>` and pods are 0/1 ready",
  },
  {
    codes: [502],
    text: 'SSL_do_handshake() failed (SSL: error:0A00010B:SSL routines::wrong version number) while SSL handshaking to upstream, client: 10.9.0.2, upstream: "https://10.9.0.40:8080/"',
  },
  { codes: [405], text: '`{"detail":"Method \\"PATCH\\" not allowed."}` from django rest framework' },
  {
    codes: [405],
    text: 'merge via api returns `{"message":"Pull Request is not mergeable","documentation_url":"https://docs.github.com/rest/pulls/pulls#merge-a-pull-request"}`',
  },
  {
    codes: [429],
    text: 'Cloudflare "Error 1015 You are being rate limited. The owner of this website has banned you temporarily from accessing this website."',
  },
  {
    codes: [425],
    text: "0-RTT testing: `HTTP/1.1 425 Too Early` back from our nginx with ssl_early_data on",
  },
  { codes: [303], text: "form post then `HTTP/1.1 303 See Other | Location: /orders/1021/confirmation`" },
  {
    codes: [504],
    text: '2024/03/04 11:02:17 [error] 2211#2211: *48213 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.3.14, server: api.example.com, request: "POST /v1/reports HTTP/1.1", upstream: "http://10.0.5.21:8080/v1/reports", host: "api.example.com"',
  },
  {
    codes: [400],
    text: "`Resolved [org.springframework.web.bind.MethodArgumentNotValidException: Validation failed for argument [0] in public ResponseEntity<OrderDto> OrderController.create(CreateOrderRequest): [Field error in object 'createOrderRequest' on field 'quantity': rejected value [0]]`",
  },
  {
    codes: [408],
    text: '`haproxy[77]: 10.5.5.5:40000 [04/Mar/2024:11:10:10.000] fe_http fe_http/<NOSRV> -1/-1/-1/-1/5001 408 212 - - cR-- 5/5/0/0/0 0/0 "<BADREQ>"`',
  },
  {
    codes: [504],
    text: "[proxy_http:error] [pid 3390] (70007)The timeout specified has expired: [client 10.1.1.1:40112] AH01102: error reading status line from remote server backend.internal:8080",
  },
  {
    codes: [403],
    text: '`{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","status":403,"detail":"Your current balance is 30, but that costs 50.","instance":"/account/12345/msgs/abc"}`',
  },
  {
    codes: [409],
    text: "`Code: AlreadyExists Message: user with email ana@example.com already exists` from grpcurl",
  },
  { codes: [429], text: "`Illuminate\\Http\\Exceptions\\ThrottleRequestsException: Too Many Attempts.`" },
  {
    codes: [500],
    text: "old perl app: `[cgi:error] [pid 5521] [client 10.0.0.9:60010] End of script output before headers: index.cgi`",
  },
  { codes: [401], text: "istio RequestAuthentication, calls come back with `Jwt is expired` in body" },
  {
    codes: [504],
    text: '`[2024-03-04T10:05:12.004Z] "GET /reports/annual HTTP/2" 504 UT response_timeout - "-" 0 24 15001 - "10.0.8.2" "python-requests/2.31.0" "c0ffee12-3456" "reports.prod" "10.0.7.31:8080"`',
  },
  {
    codes: [440],
    text: "outlook web access users get bounced with status 440 in the IIS logs, what is that",
  },
  {
    codes: [202],
    text: "`curl -i -X POST https://api.example.com/v1/exports | HTTP/1.1 202 Accepted | Location: /v1/jobs/8812 | Retry-After: 10`",
  },
  {
    codes: [403],
    text: "laptop clock was off: `An error occurred (RequestTimeTooSkewed) when calling the ListObjectsV2 operation: The difference between the request time and the current time is too large.`",
  },
  {
    codes: [304],
    text: '192.168.1.33 - - [04/Mar/2024:09:00:03 +0100] "GET /static/app.3f9a1c.js HTTP/2.0" 304 0 "https://shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"',
  },
  {
    codes: [413],
    text: "Postman says `Status: 413 Payload Too Large  Time: 2.41 s  Size: 389 B` when i attach the 30mb pdf",
  },
  {
    codes: [502],
    text: 'after adding a big jwt cookie we get this: `upstream sent too big header while reading response header from upstream, client: 10.0.0.8, server: app.local, request: "GET /dashboard HTTP/2.0"`',
  },
  {
    codes: [403],
    text: 'haproxy[4312]: 198.51.100.22:60001 [04/Mar/2024:11:00:00.000] fe_public fe_public/<NOSRV> 0/-1/-1/-1/0 403 192 - - PR-- 1/1/0/0/0 0/0 "GET /wp-admin/ HTTP/1.1"',
  },
  {
    codes: [402],
    text: 'shopify api response `HTTP/1.1 402 Payment Required | {"errors":"Unavailable Shop"}`',
  },
  {
    codes: [409],
    text: "`POST https://api.example.com/v1/orders 409 (Conflict)` in console after double click on pay",
  },
  {
    codes: [403],
    text: 'api gateway returns `{"message":"Missing Authentication Token"}` when I call /prod/users/',
  },
  { codes: [403], text: "django log: `Forbidden (CSRF cookie not set.): /api/login/`" },
  {
    codes: [503],
    text: '[2024-03-04T10:00:00.512Z] "POST /checkout HTTP/1.1" 503 UF upstream_reset_before_response_started{connection_failure} - "-" 412 91 10003 - "10.2.0.14" "okhttp/4.11.0" "8f2a1c2e-7b1d-4f0e-9c3a-2d5e6f7a8b9c" "checkout.svc" "10.2.3.44:8080"',
  },
  {
    codes: [496, 400],
    text: "`[info] 44#44: *3 client sent no required SSL certificate while reading client request headers` - what status does nginx use for this",
  },
  {
    codes: [503],
    text: "`grpc-status: 14 | grpc-message: upstream connect error` in the trailers, what http code is that",
  },
  {
    codes: [502],
    text: "urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='api.partner.io', port=443): Max retries exceeded with url: /v1/sync (Caused by ResponseError('too many 502 error responses'))",
  },
  {
    codes: [504],
    text: 'haproxy[991]: 10.0.0.3:41220 [04/Mar/2024:10:15:22.801] fe_http be_api/api2 0/0/1/-1/30002 504 194 - - sH-- 88/86/12/6/0 0/0 "POST /api/export HTTP/1.1"',
  },
  { codes: [401], text: "io.grpc.StatusRuntimeException: UNAUTHENTICATED: invalid or missing bearer token" },
  {
    codes: [499],
    text: "io.grpc.StatusRuntimeException: CANCELLED: Cancelled by client with StreamObserver.onError()",
  },
  {
    codes: [409],
    text: '`{"error":{"type":"version_conflict_engine_exception","reason":"[doc-8812]: version conflict, required seqNo [41], primary term [1]. current document has seqNo [42] and primary term [1]"}}`',
  },
  {
    codes: [307],
    text: "chrome devtools shows `Status Code: 307 Internal Redirect | Non-Authoritative-Reason: HSTS` for http://mysite.dev",
  },
  {
    codes: [401],
    text: "prometheus target page: `server returned HTTP status 401 Unauthorized` for the node exporter behind basic auth",
  },
  {
    codes: [494, 431],
    text: 'browser shows "400 Bad Request - Request Header Or Cookie Too Large" with nginx at the bottom. whats the proper code for that',
  },
  {
    codes: [429],
    text: "openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota'}}",
  },
  {
    codes: [403],
    text: '`Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:ci:deployer" cannot list resource "pods" in API group "" in the namespace "prod"`',
  },
  {
    codes: [417],
    text: "curl -v upload `> Expect: 100-continue | < HTTP/1.1 417 Expectation Failed | < Content-Length: 0`",
  },
  {
    codes: [429],
    text: 'elasticsearch bulk: `{"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation [coordinating_and_primary_bytes=0, replica_bytes=0, all_bytes=0, coordinating_operation_bytes=52428800, max_coordinating_and_primary_bytes=53687091]"}`',
  },
  {
    codes: [414],
    text: '`Microsoft.AspNetCore.Server.Kestrel[17] Connection id "0HN1KQ7F3D2AB" bad request data: "Request line too long."` what status is that',
  },
  {
    codes: [502],
    text: '*58812 recv() failed (104: Connection reset by peer) while reading response header from upstream, client: 10.4.0.3, server: api, request: "PUT /v1/items/44 HTTP/1.1", upstream: "http://10.4.1.19:9000/v1/items/44"',
  },
  {
    codes: [403],
    text: '`"GET /admin HTTP/1.1" 403 UAEX ext_authz_denied - "-" 0 0 3 - "-" "Mozilla/5.0" "9a9a" "admin.svc" "-"`',
  },
  {
    codes: [204],
    text: "`curl -i -X DELETE https://api.example.com/v1/sessions/current | HTTP/1.1 204 No Content | Date: Mon, 04 Mar 2024 10:00:00 GMT`",
  },
  {
    codes: [502],
    text: 'gcp lb log: `httpRequest.status: 502 jsonPayload.statusDetails: "backend_timeout" latency: "30.004s"`',
  },
  {
    codes: [401],
    text: 'spring security: `{"error":"Unauthorized","message":"Full authentication is required to access this resource","path":"/api/me"}`',
  },
  { codes: [418], text: "lol our api gateway returned `HTTP/1.1 418 I'm a teapot` to the pentest scanner" },
  {
    codes: [511],
    text: "hotel wifi, every curl returns `HTTP/1.1 511 Network Authentication Required | Location: http://portal.hotelwifi.net/login`",
  },
  {
    codes: [406],
    text: 'customer says form submit fails, apache log: `ModSecurity: Access denied with code 406 (phase 2). Pattern match "(?:union\\\\s+select)" at ARGS:comment. [id "959073"]`',
  },
  {
    codes: [444],
    text: 'seeing tons of these, is it us? `45.148.10.81 - - [02/Mar/2024:03:44:10 +0000] "GET /.env HTTP/1.1" 444 0 "-" "Go-http-client/1.1"`',
  },
  {
    codes: [404],
    text: '`"GET /v3/unknown/thing HTTP/1.1" 404 NR route_not_found - "-" 0 0 0 - "-" "curl/7.88.1" "a1b2" "gateway.local" "-"`',
  },
  {
    codes: [502],
    text: 'envoy `"POST /v1/charge HTTP/1.1" 502 URX via_upstream - "-" 733 87 3012 1004 "-" "axios/1.6.7" "5e9d" "payments" "10.12.0.9:3000"` which status did the caller get',
  },
  { codes: [523], text: "`Error 523 Origin is unreachable` on our staging domain via cloudflare" },
  {
    codes: [463],
    text: 'h2 2024-03-04T10:03:00Z app/alb/50dc6c 10.0.0.1:1234 - -1 -1 -1 463 - 1290 0 "GET https://api.example.com:443/ HTTP/2.0" "-"',
  },
  {
    codes: [426],
    text: "`curl -i http://localhost:8080/ws | HTTP/1.1 426 Upgrade Required | Content-Type: text/plain | Upgrade Required`",
  },
  {
    codes: [409],
    text: 'stripe webhook retry job: "There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): ord-55812"',
  },
  {
    codes: [401],
    text: "UnauthorizedError: jwt expired at /app/node_modules/express-jwt/dist/index.js:133:38",
  },
  {
    codes: [301],
    text: "`An error occurred (PermanentRedirect) when calling the ListObjects operation: The bucket you are attempting to access must be addressed using the specified endpoint.`",
  },
  { codes: [404], text: 'ActionController::RoutingError (No route matches [GET] "/apple-touch-icon.png"):' },
  {
    codes: [413],
    text: "PayloadTooLargeError: request entity too large at readStream (/app/node_modules/raw-body/index.js:156:17)",
  },
  { codes: [407], text: "behind corporate proxy: `curl: (56) CONNECT tunnel failed, response 407`" },
  {
    codes: [301],
    text: "curl -I http://example.com `HTTP/1.1 301 Moved Permanently | Server: nginx/1.24.0 | Location: https://example.com/ | Content-Length: 169`",
  },
  {
    codes: [500],
    text: "[core:error] [pid 2210] [client 10.0.0.5:51324] AH00124: Request exceeded the limit of 10 internal redirects due to probable configuration error. Use 'LimitInternalRecursion' to increase the limit if necessary.",
  },
  { codes: [503], text: "kubelet event: `Readiness probe failed: HTTP probe failed with statuscode: 503`" },
  {
    codes: [404],
    text: "certbot: `Challenge failed for domain shop.example.com | http-01 challenge for shop.example.com | Invalid response from http://shop.example.com/.well-known/acme-challenge/Xk3d9: 404`",
  },
  {
    codes: [502],
    text: '@Status Bot nginx keeps logging `*3391 no live upstreams while connecting to upstream, client: 10.1.4.9, server: shop.internal, request: "GET /cart HTTP/1.1", upstream: "http://backend_pool/cart"` what status do users see',
  },
  { codes: [401], text: "Failed to load resource: the server responded with a status of 401 (Unauthorized)" },
  {
    codes: [400],
    text: "express log: `SyntaxError: Unexpected token } in JSON at position 42 at JSON.parse (<anonymous>) at parse (/app/node_modules/body-parser/lib/types/json.js:92:19)` what status goes back",
  },
  {
    codes: [503],
    text: '`level=warn msg="upstream error" service=billing status=503 latency_ms=2048 bytes=512 pid=4121 req_id=7f3a9c`',
  },
  {
    codes: [422],
    text: "rails: `ActionController::InvalidAuthenticityToken (Can't verify CSRF token authenticity.)` what do we return",
  },
  {
    codes: [201],
    text: "http POST :8000/api/users name=ana `HTTP/1.1 201 Created | Location: /api/users/77 | Content-Type: application/json`",
  },
  { codes: [404], text: "express just returns `Cannot POST /api/v1/login` html page, what status is that" },
  {
    codes: [404],
    text: 'feign.FeignException$NotFound: [404] during [GET] to [http://user-service/users/4471] [UserClient#getUser(Long)]: [{"message":"user not found"}]',
  },
  {
    codes: [501],
    text: "`< grpc-status: 12 | < grpc-message: Method not found: inventory.v1.Stock/Reserve`",
  },
  {
    codes: [404],
    text: "stripe.error.InvalidRequestError: Request req_8sKq2Lm1aZ: No such customer: 'cus_PqR7sT1uVw'",
  },
  {
    codes: [401],
    text: '"HTTP Error 401.2 - Unauthorized You are not authorized to view this page due to invalid authentication headers."',
  },
  { codes: [404], text: 'symfony: `No route found for "GET http://localhost:8000/api/prodcuts"`' },
  {
    codes: [503],
    text: "apache reverse proxy, backend container was restarting: `[proxy:error] [pid 811] (111)Connection refused: AH00957: http: attempt to connect to 127.0.0.1:8080 (127.0.0.1:8080) failed` `AH00959: ap_proxy_connect_backend disabling worker for (127.0.0.1:8080) for 60s` what did users get?",
  },
  {
    codes: [416],
    text: '`curl -i -H "Range: bytes=60000000-" https://dl.example.com/backup.tar.gz | HTTP/1.1 416 Range Not Satisfiable | Content-Range: bytes */52428800`',
  },
  {
    codes: [530],
    text: '"Error 1016 Ray ID: 8601aa... Origin DNS error" via cloudflare, what http code is this',
  },
  {
    codes: [497, 400],
    text: "quick q `client sent plain HTTP request to HTTPS port while reading client request headers, client: 10.2.2.2, server: secure.example.com` which code is that in nginx",
  },
  {
    codes: [301],
    text: '203.0.113.77 - - [05/Mar/2024:14:22:01 +0000] "GET /old-pricing HTTP/1.1" 301 239 "-" "Mozilla/5.0 (X11; Linux x86_64)"',
  },
  {
    codes: [404],
    text: '"HTTP Status 404 – Not Found Type Status Report Message /myapp/api/users Description The origin server did not find a current representation" - Apache Tomcat/10.1.18',
  },
  {
    codes: [521],
    text: 'site behind cloudflare shows "Web server is down Error code 521" right after we changed the firewall',
  },
  {
    codes: [500],
    text: "`rpc error: code = DataLoss desc = unrecoverable data loss or corruption in segment 0042`",
  },
  {
    codes: [410],
    text: "okhttp log `<-- 410 https://api.example.com/v1/devices/push-token (87ms, 0-byte body)`",
  },
  {
    codes: [400],
    text: '`[info] 22#22: *90113 client sent invalid method while reading client request line, client: 162.142.125.9, server: _, request: "\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xFC\\x03\\x03"`',
  },
  {
    codes: [502],
    text: 'what does the client actually get here? `[error] 913#913: *7 connect() failed (111: Connection refused) while connecting to upstream, client: 172.18.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:3000/", host: "localhost:8080"`',
  },
  { codes: [526], text: "cloudflare Invalid SSL certificate Error code 526, origin uses a self-signed cert" },
  {
    codes: [503],
    text: 'we never set limit_req_status, what code does the client see for this? `[error] 18#18: *9921 limiting requests, excess: 10.340 by zone "perip", client: 45.33.12.8, server: api.example.com, request: "POST /login HTTP/1.1"`',
  },
  {
    codes: [302],
    text: 'haproxy log for the http->https redirect: `fe_http fe_http/<NOSRV> 0/-1/-1/-1/0 302 126 - - LR-- 2/2/0/0/0 0/0 "GET /pricing HTTP/1.1"`',
  },
  {
    codes: [504],
    text: "io.grpc.StatusRuntimeException: DEADLINE_EXCEEDED: deadline exceeded after 4.999312s. [closed=[], open=[[remote_addr=inventory/10.0.4.12:50051]]]",
  },
  {
    codes: [403],
    text: "`ForbiddenError: invalid csrf token at csrf (/srv/app/node_modules/csurf/index.js:112:19)`",
  },
  {
    codes: [429],
    text: 'curl -v output: `< HTTP/2 429 | < content-type: application/json | < retry-after: 30 | < x-ratelimit-remaining: 0 | {"error":"slow down"}`',
  },
  {
    codes: [413],
    text: "spring boot 3 upload: `org.springframework.web.multipart.MaxUploadSizeExceededException: Maximum upload size exceeded`",
  },
  { codes: [403], text: "GitHub Actions: `gh: Resource not accessible by integration (HTTP 403)`" },
  { codes: [505], text: "weird old device: `curl --http0.9 ... | HTTP/1.1 505 HTTP Version Not Supported`" },
  {
    codes: [507],
    text: 'nextcloud desktop client: "Server replied 507 Insufficient Storage to PUT https://cloud.example.com/remote.php/dav/files/ana/video.mov"',
  },
  {
    codes: [403],
    text: 'rails 7 dev behind ngrok: "Blocked hosts: 4f2a-81-2-69-1.ngrok-free.app To allow requests to these hosts, make sure they are valid hostnames"',
  },
  {
    codes: [409],
    text: '`org.springframework.web.server.ResponseStatusException: 409 CONFLICT "email already registered"`',
  },
  {
    codes: [409],
    text: 'our repo layer throws `ERROR: duplicate key value violates unique constraint "users_email_key" DETAIL: Key (email)=(ana@example.com) already exists.` on signup - what should the endpoint return?',
  },
  { codes: [404], text: "curl to the ingress IP just says `default backend - 404`" },
  {
    codes: [410],
    text: "`curl -i https://api.example.com/v1/legacy/feeds | HTTP/1.1 410 Gone | Sunset: Sat, 01 Jun 2024 00:00:00 GMT`",
  },
  {
    codes: [500],
    text: "PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/vendor/laravel/framework/src/Illuminate/Support/Collection.php on line 1210",
  },
  {
    codes: [103],
    text: "curl -v shows `< HTTP/1.1 103 Early Hints | < Link: </app.css>; rel=preload; as=style` and then later a 200, what is the first one",
  },
  {
    codes: [520],
    text: 'cloudflare "Web server is returning an unknown error Error code 520 Ray ID: 85f2a1c3e9d04b12"',
  },
  {
    codes: [413],
    text: 'nginx error.log: client intended to send too large body: 10485761 bytes, client: 81.2.69.160, server: files.example.com, request: "POST /upload HTTP/1.1"',
  },
  {
    codes: [421],
    text: "`[ssl:error] [pid 77] AH02032: Hostname api.example.com provided via SNI and hostname www.example.com provided via HTTP have no compatible SSL setup` what does the client receive",
  },
  {
    codes: [412],
    text: 'curl -i -X PUT -H \'If-Match: "v41"\' ... `HTTP/1.1 412 Precondition Failed | ETag: "v42"`',
  },
  {
    codes: [504],
    text: '[error] 29#29: *6612 upstream timed out (110: Connection timed out) while connecting to upstream, client: 10.0.0.21, server: _, request: "GET /healthz HTTP/1.1", upstream: "http://10.0.9.99:8081/healthz"',
  },
  { codes: [413], text: "vercel function: `413: FUNCTION_PAYLOAD_TOO_LARGE` when posting a 6mb image" },
  {
    codes: [101],
    text: "curl -v to websocket endpoint: `< HTTP/1.1 101 Switching Protocols | < Upgrade: websocket | < Connection: Upgrade | < Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=`",
  },
  { codes: [400], text: "`io.grpc.StatusRuntimeException: INVALID_ARGUMENT: quantity must be > 0`" },
  {
    codes: [423],
    text: 'go service log `level=error msg="partner call failed" err="unexpected status: 423 Locked" partner=docsign attempt=3`',
  },
  {
    codes: [404],
    text: 'nginx + php-fpm shows "File not found." and the log has `FastCGI sent in stderr: "Primary script unknown" while reading response header from upstream` what status is that',
  },
  {
    codes: [403],
    text: "cloudfront std log: `2024-03-04 09:12:44 FRA56-P4 412 198.51.100.23 GET d3abc123.cloudfront.net /fonts/inter.woff2 403 https://app.example.com/ Mozilla/5.0 - - Error 2kXq9== app.example.com https 233 0.002`",
  },
  {
    codes: [501],
    text: "maven build on old jdk: `Could not transfer artifact org.apache:parent:pom:21 from/to central (http://repo.maven.apache.org/maven2): transfer failed, status code: 501, reason phrase: HTTPS Required (501)`",
  },
  {
    codes: [499],
    text: '`at=info code=H27 desc="Client Request Interrupted" method=POST path="/upload" host=x.herokuapp.com dyno=web.2 connect=0ms service=4121ms status=499 bytes=0`',
  },
  {
    codes: [503],
    text: 'Mar  4 10:00:01 lb1 haproxy[2211]: 203.0.113.5:51514 [04/Mar/2024:10:00:01.042] https~ be_app/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- 12/12/0/0/0 0/0 "GET /health HTTP/1.1"',
  },
  {
    codes: [500],
    text: 'IIS: "HTTP Error 500.19 - Internal Server Error The requested page cannot be accessed because the related configuration data for the page is invalid. Error Code 0x8007000d"',
  },
  {
    codes: [409],
    text: '`{"message":"Head branch was modified. Review and try the merge again.","documentation_url":"https://docs.github.com/rest/pulls/pulls#merge-a-pull-request"}`',
  },
  {
    codes: [414],
    text: 'nginx error.log `client sent too long URI while reading client request line, client: 10.0.0.77, server: search.example.com, request: "GET /search?filters=eyJjYXRlZ29yeSI6...` what code does the client get',
  },
  {
    codes: [429],
    text: "org.springframework.web.client.HttpClientErrorException$TooManyRequests: 429 Too Many Requests: [no body]",
  },
  {
    codes: [500],
    text: "`AxiosError: Request failed with status code 500 code: 'ERR_BAD_RESPONSE'` at settle (node_modules/axios/lib/core/settle.js:19:12)",
  },
  { codes: [527], text: 'old cloudflare railgun setup showing "Error 527 Railgun Listener to origin error"' },
  {
    codes: [429],
    text: 'kubectl drain: `error when evicting pods/"db-0" -n "data" (will retry after 5s): Cannot evict pod as it would violate the pod\'s disruption budget.`',
  },
  {
    codes: [429],
    text: "ERROR: Code: ResourceExhausted Message: grpc: received message larger than max (5242880 vs. 4194304)",
  },
  {
    codes: [400],
    text: 'oauth token endpoint gives `{"error":"invalid_request","error_description":"Missing parameter: code_verifier"}`',
  },
  {
    codes: [431],
    text: "`org.eclipse.jetty.http.BadMessageException: 431: Request Header Fields Too Large`",
  },
  {
    codes: [504],
    text: '"504 Gateway Timeout ERROR The request could not be satisfied. We can\'t connect to the server for this app or website at this time. There might be too much traffic or a configuration error." from cloudfront, origin is an ec2 doing pdf rendering',
  },
  {
    codes: [422],
    text: 'what http code is behind this kubectl error `The Deployment "api" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0`',
  },
  {
    codes: [204],
    text: "ts=2024-03-04T10:00:00Z method=DELETE path=/v1/carts/88 status=204 dur=12ms user=5521",
  },
  {
    codes: [413],
    text: 'gitlab runner: `ERROR: Uploading artifacts as "archive" to coordinator... too large archive  id=48213 responseStatus=413 Request Entity Too Large status=413 token=glcbt-64`',
  },
  {
    codes: [308],
    text: "`$ curl -I https://docs.example.com/guide | HTTP/2 308 | location: /guide/ | server: Vercel`",
  },
  {
    codes: [503],
    text: "vault: `Error making API request. URL: GET https://vault.internal:8200/v1/secret/data/app Code: 503. Errors: * Vault is sealed`",
  },
  {
    codes: [500],
    text: "`rpc error: code = Unknown desc = panic in handler: runtime error: index out of range [3] with length 3`",
  },
  {
    codes: [428],
    text: '`HTTP/1.1 428 Precondition Required | Content-Type: application/problem+json | {"title":"If-Match header is required for updates"}`',
  },
  {
    codes: [406],
    text: "Resolved [org.springframework.web.HttpMediaTypeNotAcceptableException: No acceptable representation]",
  },
  {
    codes: [401],
    text: "`stripe.error.AuthenticationError: Invalid API Key provided: sk_live_****************3kQa`",
  },
  { codes: [403], text: "`curl: (22) The requested URL returned error: 403` in our deploy script" },
  {
    codes: [415],
    text: "`Resolved [org.springframework.web.HttpMediaTypeNotSupportedException: Content-Type 'text/plain;charset=UTF-8' is not supported]`",
  },
  {
    codes: [502],
    text: 'caddy log `{"level":"error","ts":1709550000.12,"logger":"http.log.error","msg":"dial tcp 127.0.0.1:3000: connect: connection refused","request":{"method":"GET","uri":"/"},"duration":0.0012,"status":502}`',
  },
  { codes: [404], text: 'Error from server (NotFound): pods "web-7d9f8b6c5-x2k4q" not found' },
  {
    codes: [500],
    text: '`Error from server (InternalError): Internal error occurred: failed calling webhook "validate.kyverno.svc": failed to call webhook: Post "https://kyverno-svc.kyverno.svc:443/validate?timeout=10s": context deadline exceeded`',
  },
  {
    codes: [415],
    text: 'httpie --form to a json api: `HTTP/1.1 415 Unsupported Media Type | {"detail":"Unsupported media type \\"application/x-www-form-urlencoded\\" in request."}`',
  },
  { codes: [464], text: "grpc through ALB, log shows elb code 464 and target dash" },
  {
    codes: [400],
    text: 'envoy access log line `"- - HTTP/1.1" 400 DPE http1.codec_error:HPE_INVALID_METHOD - "-" 0 11 0 - "-" "-" "-" "-" "-"`',
  },
  {
    codes: [422],
    text: 'laravel api: `{"message":"The email field is required.","errors":{"email":["The email field is required."]}}`',
  },
  {
    codes: [403],
    text: '`h2 2024-03-04T10:07:00Z app/alb/50dc6c 198.51.100.77:55501 - -1 -1 -1 403 - 1433 228 "POST https://api.example.com:443/login HTTP/2.0" ... "waf,forward" "-" "-" "-" "-"`',
  },
  {
    codes: [403],
    text: "`npm ERR! code E403 npm ERR! 403 403 Forbidden - PUT https://registry.npmjs.org/@acme%2fcore - You cannot publish over the previously published versions: 2.3.1.`",
  },
  {
    codes: [508],
    text: "vercel: `508: INFINITE_LOOP_DETECTED Code: INFINITE_LOOP_DETECTED ID: fra1::abcd1-1709550000000-2f3e4d`",
  },
  {
    codes: [401],
    text: "`error: You must be logged in to the server (Unauthorized)` kubectl after token rotation",
  },
  {
    codes: [422],
    text: "AxiosError: Request failed with status code 422 | code: 'ERR_BAD_REQUEST' | response.data: { errors: { email: ['has already been taken'] } }",
  },
  {
    codes: [502],
    text: "php site down after upgrade :sweat_smile: `connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream`",
  },
  {
    codes: [400],
    text: 'tomcat: `java.lang.IllegalArgumentException: Invalid character found in the request target [/api/search?q={"a":1} ]. The valid characters are defined in RFC 7230 and RFC 3986` what does the browser get',
  },
  {
    codes: [500],
    text: 'we use auth_request and see `auth request unexpected status: 502 while sending to client, client: 10.0.1.2, server: api, request: "GET /private HTTP/1.1"` - what does nginx return to the caller then?',
  },
  {
    codes: [504],
    text: '`10.244.0.1 - - [04/Mar/2024:12:03:11 +0000] "GET /api/orders HTTP/1.1" 504 160 "-" "okhttp/4.12.0" 512 60.002 [shop-api-8080] [] 10.244.2.17:8080 0 60.001 504 a7e81b2c4d`',
  },
  {
    codes: [403],
    text: 'hey, fresh nginx install shows this in the log `directory index of "/var/www/html/" is forbidden, client: 127.0.0.1` what is the browser getting',
  },
  { codes: [423], text: "webdav LOCK then PUT from another client: `HTTP/1.1 423 Locked`" },
  {
    codes: [422],
    text: 'uvicorn: `INFO:     127.0.0.1:52344 - "POST /items HTTP/1.1" 422 Unprocessable Entity`',
  },
  { codes: [524], text: 'cloudflare "A timeout occurred Error code 524" on our report export, takes ~2min' },
  {
    codes: [400],
    text: "rpc error: code = FailedPrecondition desc = cannot ship order: payment not captured",
  },
  {
    codes: [421],
    text: "`curl -v https://b.example.com | * Connection #0 to host a.example.com left intact... | < HTTP/2 421 | misdirected request` we share a wildcard cert between two nginx vhosts",
  },
  {
    codes: [404],
    text: "`botocore.errorfactory.NoSuchKey: An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.`",
  },
  {
    codes: [529],
    text: "anthropic.InternalServerError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}",
  },
  {
    codes: [404],
    text: "`grpcurl -d '{\"id\":8812}' orders:443 orders.v1.Orders/Get | ERROR: Code: NotFound Message: order 8812 not found`",
  },
  {
    codes: [403],
    text: "[Mon Mar 04 10:12:33.118204 2024] [authz_core:error] [pid 4121:tid 140233] [client 198.51.100.14:50122] AH01630: client denied by server configuration: /var/www/html/admin",
  },
  { codes: [501], text: "`ERROR: Code: Unimplemented Message: unknown service payments.v2.Refunds`" },
  { codes: [401], text: "`Completed 401 Unauthorized in 3ms (ActiveRecord: 0.0ms | Allocations: 412)`" },
  {
    codes: [400],
    text: "s3 multipart not used: `An error occurred (EntityTooLarge) when calling the PutObject operation: Your proposed upload exceeds the maximum allowed size` what http status is that",
  },
  {
    codes: [502],
    text: '192.168.10.44 - - [14/Mar/2024:09:12:33 +0000] "GET /api/v2/orders?page=3 HTTP/1.1" 502 157 "-" "okhttp/4.12.0"',
  },
  {
    codes: [413],
    text: 'what happen here? 10.0.3.17 - - [02/Feb/2024:23:01:07 +0100] "POST /upload/avatar HTTP/1.1" 413 585 "https://app.example.com/settings" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"',
  },
  {
    codes: [404],
    text: '66.249.66.1 - - [11/Jan/2024:04:44:12 +0000] "GET /robots.txt HTTP/1.1" 404 153 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"',
  },
  {
    codes: [504],
    text: 'reports endpoint dies after exactly one minute: 172.31.4.9 - - [21/Apr/2024:17:20:55 +0000] "GET /reports/export?year=2023 HTTP/1.1" 504 167 "-" "python-requests/2.31.0" rt=60.001 uct="0.001" uht="-" urt="60.001"',
  },
  {
    codes: [499],
    text: 'we have thousands of these since the deploy, who is sending 499?? 203.0.113.8 - - [05/May/2024:12:00:01 +0000] "POST /graphql HTTP/2.0" 499 0 "https://shop.example.com/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)" 30.442',
  },
  {
    codes: [200],
    text: '10.8.0.2 - - [09/Jun/2024:08:15:40 +0000] "GET /api/cart HTTP/1.1" 200 5123 "-" "Dalvik/2.1.0" request_time=0.004 upstream_response_time=0.004 upstream_addr=127.0.0.1:9000 pid=3117',
  },
  {
    codes: [403],
    text: '45.155.205.233 - - [17/Jul/2024:03:02:11 +0000] "GET /wp-admin/setup-config.php HTTP/1.1" 403 548 "-" "Mozilla/5.0 zgrab/0.x"',
  },
  {
    codes: [301],
    text: 'is this bad for seo? 66.249.79.12 - - [03/Aug/2024:10:00:00 +0000] "GET /old-blog/2019/hello-world HTTP/1.1" 301 169 "-" "Googlebot/2.1"',
  },
  {
    codes: [304],
    text: '127.0.0.1 - - [12/Sep/2024:14:22:09 +0200] "GET /static/js/app.4f3a9c.js HTTP/1.1" 304 0 "https://intranet.local/" "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"',
  },
  {
    codes: [405],
    text: '194.26.29.10 - - [01/Oct/2024:00:00:07 +0000] "PROPFIND / HTTP/1.1" 405 157 "-" "-"',
  },
  {
    codes: [400],
    text: 'getting garbage like this in access.log on port 80: 185.224.128.17 - - [22/Oct/2024:06:31:02 +0000] "\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xFC\\x03\\x03\\x8A" 400 157 "-" "-"',
  },
  {
    codes: [444],
    text: 'what is 444, it is not in any rfc? 91.92.241.5 - - [04/Nov/2024:11:47:29 +0000] "GET /.git/config HTTP/1.1" 444 0 "-" "curl/7.88.1"',
  },
  {
    codes: [429],
    text: '10.10.1.4 - alice [18/Nov/2024:16:05:12 +0000] "POST /api/login HTTP/1.1" 429 66 "-" "axios/1.6.8" (we set limit_req_status 429 in the server block)',
  },
  {
    codes: [503],
    text: 'access log 10.0.0.21 - - [25/Nov/2024:13:00:59 +0000] "POST /api/search HTTP/1.1" 503 197 "-" "Go-http-client/2.0" and in error.log at same second: limiting requests, excess: 5.320 by zone "search", client: 10.0.0.21',
  },
  {
    codes: [502],
    text: '{"ts":"2024-06-02T07:44:10Z","status":502,"upstream_status":"502, 502","upstream_addr":"10.0.1.5:8080, 10.0.1.6:8080","request_time":0.012,"uri":"/api/payments"}',
  },
  {
    codes: [500],
    text: '10.0.4.5 - - [13/Dec/2024:09:09:09 +0000] "POST /api/checkout HTTP/1.1" 500 74 "-" "Mozilla/5.0" upstream_status=500 upstream_response_time=0.231',
  },
  {
    codes: [101],
    text: '172.16.0.30 - - [02/Jan/2025:18:44:03 +0000] "GET /socket.io/?EIO=4&transport=websocket HTTP/1.1" 101 412 "-" "Mozilla/5.0" 184.220',
  },
  {
    codes: [204],
    text: 'preflight is ok or not? 10.0.0.77 - - [07/Jan/2025:12:31:44 +0000] "OPTIONS /api/items HTTP/1.1" 204 0 "https://app.example.com/" "Mozilla/5.0"',
  },
  {
    codes: [416],
    text: '5.6.7.8 - - [19/Jan/2025:02:12:12 +0000] "GET /downloads/ubuntu-24.04.iso HTTP/1.1" 416 206 "-" "Wget/1.21.4"',
  },
  {
    codes: [414],
    text: '10.1.1.1 - - [20/Jan/2025:10:00:00 +0000] "GET /search?q=aaaaaaaaaaaaaaaaaaaaaaaaaaaa...(9000 more chars) HTTP/1.1" 414 193 "-" "python-httpx/0.27.0"',
  },
  { codes: [408], text: '10.1.1.9 - - [21/Jan/2025:04:20:17 +0000] "-" 408 0 "-" "-"' },
  {
    codes: [401],
    text: 'prometheus scrape keeps failing: 10.42.0.15 - - [22/Jan/2025:08:00:15 +0000] "GET /metrics HTTP/1.1" 401 179 "-" "Prometheus/2.45.0"',
  },
  {
    codes: [401],
    text: 'log_format is $remote_addr [$time_local] "$request" $status $body_bytes_sent $request_time $upstream_response_time and line is 10.0.0.3 [24/Jan/2025:11:11:11 +0000] "GET /api/v1/profile HTTP/1.1" 401 43 0.002 0.002',
  },
  {
    codes: [200],
    text: 'which number is the status here, there are so many: 10.0.0.3:49912 - - [26/Jan/2025:09:30:00 +0000] "GET /feed HTTP/1.1" 200 8812 "-" "curl/8.5.0" 0.499 0.498',
  },
  {
    codes: [201],
    text: '10.20.0.9 - - [28/Jan/2025:17:02:44 +0000] "POST /api/orders HTTP/1.1" 201 512 "-" "Mozilla/5.0" 0.087',
  },
  {
    codes: [200],
    text: '3145728 bytes in the log, is that an error size? 10.0.7.7 - - [29/Jan/2025:08:00:00 +0000] "GET /download/report.pdf HTTP/1.1" 200 3145728 "-" "Mozilla/5.0" 12.008',
  },
  {
    codes: [202],
    text: '10.20.0.11 - - [30/Jan/2025:10:10:10 +0000] "POST /api/exports HTTP/1.1" 202 64 "-" "Java-http-client/17.0.9"',
  },
  {
    codes: [502],
    text: 'users see what with this? 2024/04/02 11:00:41 [error] 17#17: *90321 no live upstreams while connecting to upstream, client: 10.1.0.9, server: shop.example.com, request: "POST /checkout HTTP/1.1", upstream: "http://backend_pool/checkout", host: "shop.example.com"',
  },
  {
    codes: [413],
    text: '2024/04/03 08:20:19 [error] 1204#1204: *5519 client intended to send too large body: 10485761 bytes, client: 192.168.1.20, server: files.local, request: "POST /upload HTTP/1.1", host: "files.local"',
  },
  {
    codes: [502],
    text: '2024/04/05 22:47:55 [error] 88#88: *1201 upstream prematurely closed connection while reading response header from upstream, client: 10.0.0.14, server: _, request: "GET /api/stats HTTP/1.1", upstream: "http://unix:/run/gunicorn.sock:/api/stats", host: "stats.internal"',
  },
  {
    codes: [503],
    text: '2024/04/09 13:13:13 [error] 45#45: *7781 limiting requests, excess: 20.560 by zone "api_limit", client: 198.51.100.23, server: api.example.com, request: "GET /v2/prices HTTP/1.1", host: "api.example.com" -- we never set limit_req_status, so what does the client get',
  },
  {
    codes: [503],
    text: '2024/04/09 13:14:00 [error] 45#45: *7790 limiting connections by zone "perip", client: 198.51.100.23, server: dl.example.com, request: "GET /big.zip HTTP/1.1", host: "dl.example.com"',
  },
  {
    codes: [502],
    text: '2024/04/11 10:10:10 [error] 9#9: *334 upstream sent too big header while reading response header from upstream, client: 10.0.5.5, server: sso.example.com, request: "GET /oauth2/callback?code=abc HTTP/1.1", upstream: "http://10.0.5.20:4180/oauth2/callback?code=abc", host: "sso.example.com"',
  },
  {
    codes: [502],
    text: 'after i changed the fpm pool user: [crit] 2010#2010: *1 connect() to unix:/var/run/php-fpm/www.sock failed (13: Permission denied) while connecting to upstream, client: 10.0.0.2, server: wiki, request: "GET / HTTP/1.1"',
  },
  {
    codes: [502],
    text: "only happens under load: 2024/05/01 19:30:12 [error] 733#733: *450021 connect() to unix:/run/php/php-fpm.sock failed (11: Resource temporarily unavailable) while connecting to upstream, client: 66.77.88.99, server: www.example.org",
  },
  {
    codes: [404],
    text: '2024/05/02 09:00:01 [error] 15#15: *12 FastCGI sent in stderr: "Primary script unknown" while reading response header from upstream, client: 172.17.0.1, server: _, request: "GET /info.php HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "localhost:8080"',
  },
  {
    codes: [404],
    text: '2024/05/03 12:12:12 [error] 29#29: *1 open() "/usr/share/nginx/html/favicon.ico" failed (2: No such file or directory), client: 172.17.0.1, server: localhost, request: "GET /favicon.ico HTTP/1.1", referrer: "http://localhost/"',
  },
  {
    codes: [403],
    text: '2024/05/04 16:40:00 [error] 3301#3301: *211 directory index of "/var/www/site/uploads/" is forbidden, client: 85.10.20.30, server: site.example, request: "GET /uploads/ HTTP/1.1"',
  },
  {
    codes: [403],
    text: '2024/05/05 05:05:05 [error] 3301#3301: *219 access forbidden by rule, client: 45.9.20.11, server: site.example, request: "GET /admin/ HTTP/1.1", host: "site.example"',
  },
  {
    codes: [500],
    text: 'react spa on nginx broke after my try_files change: 2024/05/06 14:03:27 [error] 22#22: *9 rewrite or internal redirection cycle while internally redirecting to "/index.html", client: 10.0.0.8, server: app, request: "GET /dashboard HTTP/1.1"',
  },
  {
    codes: [504],
    text: '2024/05/07 03:33:33 [error] 12#12: *4410 upstream timed out (110: Connection timed out) while connecting to upstream, client: 10.9.8.7, server: api, request: "GET /v1/ping HTTP/1.1", upstream: "http://10.20.30.40:8443/v1/ping"',
  },
  {
    codes: [502],
    text: '2024/05/08 18:18:18 [error] 7#7: *901 recv() failed (104: Connection reset by peer) while reading response header from upstream, client: 10.0.0.4, server: _, request: "POST /api/import HTTP/1.1", upstream: "http://172.20.0.6:5000/api/import"',
  },
  {
    codes: [502],
    text: '2024/05/10 00:00:03 [error] 30#30: *88 upstream SSL certificate verify error: (10:certificate has expired) while SSL handshaking to upstream, client: 10.0.0.9, server: gw, request: "GET /billing HTTP/1.1", upstream: "https://billing.internal:8443/billing"',
  },
  {
    codes: [401],
    text: '2024/05/11 11:21:31 [error] 5#5: *3 user "deploy": password mismatch, client: 10.0.0.50, server: ops, request: "GET /private/ HTTP/1.1", host: "ops.internal"',
  },
  {
    codes: [401],
    text: '2024/05/11 11:21:29 [error] 5#5: *2 no user/password was provided for basic authentication, client: 10.0.0.50, server: ops, request: "GET /private/ HTTP/1.1"',
  },
  {
    codes: [500],
    text: '2024/05/12 08:08:08 [error] 19#19: *301 auth request unexpected status: 502 while sending to client, client: 10.0.1.1, server: portal, request: "GET /app/ HTTP/1.1", host: "portal.example.com"',
  },
  {
    codes: [400],
    text: '2024/05/13 10:01:02 [info] 44#44: *61 client sent plain HTTP request to HTTPS port while reading client request headers, client: 10.0.0.12, server: secure.example.com, request: "GET / HTTP/1.1", host: "secure.example.com:443"',
  },
  {
    codes: [400],
    text: "mTLS partner can not connect: [info] 44#44: *75 client SSL certificate verify error: (18:self-signed certificate) while reading client request headers, client: 198.18.0.4, server: mtls.example.com",
  },
  {
    codes: [502],
    text: '2024/05/17 17:17:17 [error] 11#11: *5 no resolver defined to resolve orders.default.svc.cluster.local, client: 10.244.0.1, server: edge, request: "GET /orders HTTP/1.1"',
  },
  {
    codes: [502],
    text: '2024/05/18 06:50:40 [error] 11#11: *8 orders-api could not be resolved (3: Host not found), client: 10.244.0.1, server: edge, request: "GET /orders HTTP/1.1"',
  },
  {
    codes: [408],
    text: "2024/05/20 12:00:31 [info] 66#66: *4091 client timed out (110: Connection timed out) while reading client request headers, client: 100.64.2.9, server: 0.0.0.0:80",
  },
  {
    codes: [414],
    text: "2024/05/21 13:37:00 [info] 66#66: *4120 client sent too long URI while reading client request line, client: 100.64.2.10, server: api",
  },
  {
    codes: [400],
    text: "cookie became huge after the sso change: [info] 66#66: *4130 client sent too large request or too long header line while reading client request headers, client: 100.64.2.11, server: app",
  },
  {
    codes: [502],
    text: '2024/05/23 15:45:09 [error] 21#21: *300 upstream sent "Content-Length" and "Transfer-Encoding" headers at the same time while reading response header from upstream, client: 10.0.0.71, server: legacy, upstream: "http://10.0.9.9:8081/report"',
  },
  {
    codes: [400],
    text: '2024/05/24 10:10:10 [info] 21#21: *305 client sent invalid "Content-Length" header while reading client request headers, client: 10.0.0.72, server: api',
  },
  {
    codes: [400],
    text: '2024/05/25 09:00:09 [info] 21#21: *306 client sent HTTP/1.1 request without "Host" header while reading client request headers, client: 10.0.0.73, server: api, request: "GET / HTTP/1.1"',
  },
  {
    codes: [403],
    text: "[Tue Mar 12 10:22:31.123456 2024] [authz_core:error] [pid 4021:tid 140113254307584] [client 10.1.2.3:55012] AH01630: client denied by server configuration: /var/www/html/admin",
  },
  {
    codes: [500],
    text: "[Wed Mar 13 08:00:12.000101 2024] [core:error] [pid 1209:tid 139871] [client 127.0.0.1:40122] AH00124: Request exceeded the limit of 10 internal redirects due to probable configuration error. Use 'LimitInternalRecursion' to increase the limit if necessary. Use 'LogLevel debug' to get a backtrace.",
  },
  {
    codes: [404],
    text: "[Thu Mar 14 17:21:09.445102 2024] [proxy_fcgi:error] [pid 2020:tid 140001] [client 1.2.3.4:50012] AH01071: Got error 'Primary script unknown'",
  },
  {
    codes: [503],
    text: "[Fri Mar 15 09:12:33.771 2024] [proxy:error] [pid 33:tid 1400] (111)Connection refused: AH00957: HTTP: attempt to connect to 127.0.0.1:8080 (127.0.0.1) failed [Fri Mar 15 09:12:33.771 2024] [proxy_http:error] [pid 33:tid 1400] [client 10.0.0.1:61220] AH01114: HTTP: failed to make connection to backend: 127.0.0.1",
  },
  {
    codes: [504],
    text: "[proxy_fcgi:error] [pid 7711:tid 1399] (70007)The timeout specified has expired: [client 172.16.1.1:60012] AH01075: Error dispatching request to : (polling), referer: https://crm.example.com/reports",
  },
  {
    codes: [403],
    text: "[autoindex:error] [pid 902] [client 10.0.0.3:41110] AH01276: Cannot serve directory /var/www/html/files/: No matching DirectoryIndex (index.html,index.php) found, and server-generated directory index forbidden by Options directive",
  },
  {
    codes: [401],
    text: '[auth_basic:error] [pid 1500] [client 10.9.9.9:51000] AH01617: user alice: authentication failure for "/secure": Password Mismatch',
  },
  {
    codes: [403],
    text: "[core:crit] [pid 2210] (13)Permission denied: [client 10.0.0.4:52100] AH00529: /var/www/html/.htaccess pcfg_openfile: unable to check htaccess file, ensure it is readable and that '/var/www/html/' is executable",
  },
  {
    codes: [500],
    text: "[cgid:error] [pid 3000:tid 140] [client 10.0.0.7:50100] End of script output before headers: report.cgi",
  },
  {
    codes: [404],
    text: '10.0.0.5 - - [12/Mar/2024:10:22:31 +0000] "GET /phpmyadmin/index.php HTTP/1.1" 404 196 "-" "Mozilla/5.0 zgrab/0.x"',
  },
  {
    codes: [403],
    text: '[security2:error] [pid 6110:tid 1400] [client 203.0.113.9:51133] ModSecurity: Access denied with code 403 (phase 2). Matched phrase "union select" at ARGS:id. [file "/etc/modsecurity/crs/rules/REQUEST-942-APPLICATION-ATTACK-SQLI.conf"] [line "45"] [id "942100"] [msg "SQL Injection Attack Detected via libinjection"]',
  },
  {
    codes: [414],
    text: "[core:error] [pid 4100] [client 10.0.0.8:49800] AH00566: request failed: URI too long (longer than 8190)",
  },
  {
    codes: [400],
    text: "[core:error] [pid 4100] [client 10.0.0.8:49801] AH00561: Size of a request header field exceeds server limit: Cookie:_ga=GA1.2.1234567890.1700000000; session=eyJhbGciOi...",
  },
  {
    codes: [503],
    text: "[proxy:error] [pid 120:tid 141] AH00940: HTTP: disabled connection for (backend.internal), all requests to this vhost now fail",
  },
  {
    codes: [406],
    text: "[negotiation:error] [pid 5050] [client 10.0.0.11:43211] AH00687: Negotiation: discovered file(s) matching request: /var/www/html/about (None could be negotiated).",
  },
  {
    codes: [500],
    text: "[php:error] [pid 2888] [client 10.0.0.12:50111] PHP Fatal error:  Uncaught Error: Call to undefined function mysql_connect() in /var/www/html/db.php:12\\nStack trace:\\n#0 /var/www/html/index.php(4): require()\\n#1 {main}\\n  thrown in /var/www/html/db.php on line 12",
  },
  {
    codes: [502],
    text: "Proxy Error The proxy server received an invalid response from an upstream server. The proxy server could not handle the request GET /app/. Reason: Error reading from remote server Apache/2.4.57 (Debian) Server at portal.example.com Port 443",
  },
  {
    codes: [403],
    text: "Forbidden You don't have permission to access this resource. Apache/2.4.41 (Ubuntu) Server at 192.168.1.50 Port 80",
  },
  {
    codes: [413],
    text: "Request Entity Too Large The requested resource /upload.php does not allow request data with POST requests, or the amount of data provided in the request exceeds the capacity limit.",
  },
  {
    codes: [504],
    text: "Gateway Timeout The gateway did not receive a timely response from the upstream server or application. Apache/2.4.52 (Ubuntu) Server at erp.local Port 80",
  },
  {
    codes: [503],
    text: '[2024-03-14T09:12:33.123Z] "GET /api/v1/items HTTP/1.1" 503 UF 0 91 1002 - "10.0.0.1" "curl/8.4.0" "c8b2e1b0-5a1c-4f9e-9a61-0c6b8f2e7d11" "items.default.svc.cluster.local:8080" "10.244.1.12:8080"',
  },
  {
    codes: [503],
    text: '[2024-03-14T09:13:01.004Z] "POST /orders HTTP/2" 503 UH no_healthy_upstream - "-" 0 19 0 - "-" "grpc-node-js/1.9.14" "3f2a9d" "orders:8080" "-" outbound|8080||orders.shop.svc.cluster.local - 10.96.12.4:8080 10.244.3.7:44120 - default',
  },
  {
    codes: [504],
    text: 'istio sidecar log, request hangs 15s: [2024-03-14T09:15:00.000Z] "GET /report HTTP/1.1" 504 UT response_timeout - "-" 0 24 15001 - "-" "Java/17.0.9" "a1b2c3" "report.analytics:80" "10.244.2.20:8080" outbound|80||report.analytics.svc.cluster.local 10.244.1.5:51234 10.96.0.44:80 10.244.1.5:40112 - default',
  },
  {
    codes: [503],
    text: '[2024-03-14T09:16:45.210Z] "GET /inventory HTTP/1.1" 503 URX,UF upstream_reset_before_response_started{remote_connection_failure} - "-" 0 190 3011 - "-" "okhttp/4.11.0" "bb12" "inventory:8080" "10.244.5.3:8080"',
  },
  {
    codes: [404],
    text: '[2024-03-14T09:17:10.777Z] "GET /api/v3/widgets HTTP/1.1" 404 NR route_not_found - "-" 0 0 0 - "10.0.0.2" "curl/8.4.0" "cc34" "gateway.example.com" "-"',
  },
  {
    codes: [503],
    text: '[2024-03-14T09:18:22.001Z] "POST /upload HTTP/1.1" 503 UC upstream_reset_before_response_started{connection_termination} - "-" 1048576 95 63 - "-" "python-requests/2.31.0" "dd56" "files:8000" "10.244.4.9:8000"',
  },
  {
    codes: [499],
    text: '[2024-03-14T09:19:33.100Z] "GET /search?q=shoes HTTP/1.1" 0 DC downstream_remote_disconnect - "-" 0 0 4999 - "-" "Mozilla/5.0" "ee78" "search:80" "10.244.6.2:8080" -- is this the same thing as nginx 499?',
  },
  {
    codes: [200],
    text: '[2024-03-14T09:20:00.000Z] "GET /events/stream HTTP/1.1" 200 DC downstream_remote_disconnect - "-" 0 48213 600123 2 "-" "Mozilla/5.0" "ff90" "events:8080" "10.244.6.9:8080"',
  },
  {
    codes: [429],
    text: '[2024-03-14T09:21:11.500Z] "GET /api/quotes HTTP/1.1" 429 RL local_rate_limited - "-" 0 18 0 - "10.0.0.3" "k6/0.50.0" "0a1b" "quotes:80" "-"',
  },
  {
    codes: [403],
    text: 'ext_authz in front: [2024-03-14T09:22:22.220Z] "GET /admin/users HTTP/1.1" 403 UAEX ext_authz_denied - "-" 0 0 4 - "10.0.0.4" "Mozilla/5.0" "1c2d" "admin.example.com" "-"',
  },
  {
    codes: [408],
    text: '[2024-03-14T09:24:40.040Z] "GET /slow HTTP/1.1" 408 SI stream_idle_timeout - "-" 0 14 300001 - "-" "curl/8.4.0" "5a6b" "slow:80" "10.244.7.7:8080"',
  },
  {
    codes: [502],
    text: '[2024-03-14T09:26:01.606Z] "GET /legacy HTTP/1.1" 502 UPE upstream_reset_before_response_started{protocol_error} - "-" 0 87 12 - "-" "curl/8.4.0" "7c8d" "legacy:8080" "10.244.8.8:8080"',
  },
  {
    codes: [503],
    text: "browser just shows: upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111",
  },
  { codes: [503], text: 'curl to the istio ingress gateway returns only the text "no healthy upstream"' },
  {
    codes: [403],
    text: "response body is RBAC: access denied (we added an istio AuthorizationPolicy yesterday)",
  },
  { codes: [401], text: 'envoy jwt_authn filter replies "Jwt is missing", which status is that' },
  { codes: [401], text: "Jwt is expired -- from the envoy gateway" },
  { codes: [429], text: "body text local_rate_limited and header x-envoy-ratelimited: true" },
  {
    codes: [503],
    text: "upstream connect error or disconnect/reset before headers. retried and the latest reset reason: remote connection failure, transport failure reason: TLS_error:|268435581:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED:TLS_error_end",
  },
  {
    codes: [503],
    text: '{"start_time":"2024-03-14T09:30:00.000Z","method":"GET","path":"/ghost","protocol":"HTTP/1.1","response_code":503,"response_flags":"NC","response_code_details":"cluster_not_found","upstream_cluster":"-","duration":0,"bytes_sent":19}',
  },
  {
    codes: [503],
    text: '[2024-03-14T09:31:00.000Z] "GET /ratings HTTP/1.1" 503 FI fault_filter_abort - "-" 0 18 0 - "-" "istio-chaos" "9e0f" "ratings:9080" "-"',
  },
  {
    codes: [200],
    text: '[2024-03-14T09:32:00.000Z] "GET /details HTTP/1.1" 200 DI via_upstream - "-" 0 178 7004 3 "-" "Mozilla/5.0" "1a2b" "details:9080" "10.244.2.2:9080"',
  },
  {
    codes: [431],
    text: 'envoy access log "GET / HTTP/1.1" 431 - http1.headers_too_large, the cookie header is like 70KB',
  },
  {
    codes: [413],
    text: 'envoy buffer filter: [2024-03-14T09:34:00.000Z] "PUT /blob HTTP/1.1" 413 - request_payload_too_large - "-" 0 17 5 - "-" "aws-cli/2.15.30" "3c4d" "blob:80" "-"',
  },
  {
    codes: [503],
    text: 'haproxy[2201]: 10.0.0.6:40122 [14/Mar/2024:09:13:00.001] fe_http be_app/app1 0/0/-1/-1/5001 503 217 - - sC-- 45/45/3/0/3 0/0 "GET / HTTP/1.1"',
  },
  {
    codes: [503],
    text: 'all servers down? haproxy[2201]: 10.0.0.8:40140 [14/Mar/2024:09:13:06.000] fe_http be_app/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- 12/12/0/0/0 0/0 "GET /health HTTP/1.1"',
  },
  {
    codes: [200],
    text: 'haproxy[3300]: 192.0.2.10:55000 [14/Mar/2024:09:14:00.000] fe_https~ be_dl/dl1 0/0/0/2/60003 200 10485760 - - cD-- 10/10/1/1/0 0/0 "GET /files/big.tar.gz HTTP/1.1"',
  },
  {
    codes: [200],
    text: 'haproxy[3300]: 192.0.2.11:55001 [14/Mar/2024:09:14:10.000] fe_https~ be_web/web3 0/0/0/15/2210 200 81920 - - CD-- 10/10/1/1/0 0/0 "GET /app.js HTTP/2.0"',
  },
  {
    codes: [400],
    text: 'haproxy[3300]: 198.51.100.78:40001 [14/Mar/2024:09:15:01.000] fe_http fe_http/<NOSRV> -1/-1/-1/-1/0 400 187 - - PR-- 5/5/0/0/0 0/0 "<BADREQ>"',
  },
  {
    codes: [408],
    text: 'haproxy[3300]: 198.51.100.79:40002 [14/Mar/2024:09:15:02.000] fe_http fe_http/<NOSRV> -1/-1/-1/-1/5001 408 212 - - cR-- 5/5/0/0/0 0/0 "<BADREQ>"',
  },
  {
    codes: [502],
    text: 'haproxy[3300]: 10.1.1.1:50000 [14/Mar/2024:09:16:00.000] fe_api be_api/api1 0/0/0/-1/12 502 209 - - SH-- 30/30/5/2/0 0/0 "GET /v1/crash HTTP/1.1"',
  },
  {
    codes: [502],
    text: 'haproxy[3300]: 10.1.1.2:50001 [14/Mar/2024:09:16:05.000] fe_api be_api/api2 0/0/0/8/8 502 209 - - PH-- 30/30/5/2/0 0/0 "GET /v1/weird-headers HTTP/1.1"',
  },
  {
    codes: [503],
    text: 'haproxy[3300]: 10.1.1.3:50002 [14/Mar/2024:09:16:10.000] fe_api be_api/<NOSRV> 0/10000/-1/-1/10000 503 217 - - sQ-- 900/900/850/0/0 0/850 "GET /v1/items HTTP/1.1"',
  },
  {
    codes: [429],
    text: 'haproxy[3300]: 10.1.1.5:50004 [14/Mar/2024:09:17:30.000] fe_api fe_api/<NOSRV> 0/-1/-1/-1/0 429 117 - - PR-- 50/50/0/0/0 0/0 "POST /v1/sms HTTP/1.1"',
  },
  {
    codes: [200],
    text: 'haproxy[3300]: 10.1.1.6:50005 [14/Mar/2024:09:18:00.000] fe_api be_api/api3 0/0/1/20/3012 200 40960 - - SD-- 30/30/5/2/0 0/0 "GET /v1/export HTTP/1.1"',
  },
  {
    codes: [504],
    text: "504 Gateway Time-out The server didn't respond in time. (this is the default haproxy page)",
  },
  {
    codes: [502],
    text: "haproxy answers: 502 Bad Gateway The server returned an invalid or incomplete response.",
  },
  {
    codes: [408],
    text: 'we get "408 Request Time-out Your browser didn\'t send a complete request in time." from our LB when uploading on slow hotel wifi',
  },
  { codes: [504], text: "what means the sH-- in my haproxy log, the status column says 504 and Tr is -1" },
  {
    codes: [502],
    text: '10.0.0.9 - - [14/Mar/2024:09:12:33 +0000] "GET /api/items HTTP/1.1" 502 11 "-" "curl/8.4.0" 4521 "api@docker" "http://172.18.0.5:8000" 3ms',
  },
  {
    codes: [504],
    text: '{"ClientAddr":"10.0.0.10:51344","DownstreamStatus":504,"OriginStatus":0,"Duration":30000873211,"RequestMethod":"GET","RequestPath":"/reports","RouterName":"web@docker","ServiceURL":"http://10.0.0.4:80","level":"info","msg":"","time":"2024-03-14T09:13:00Z"}',
  },
  {
    codes: [502],
    text: 'time="2024-03-14T09:14:00Z" level=debug msg="\'502 Bad Gateway\' caused by: dial tcp 172.18.0.7:3000: connect: connection refused"',
  },
  {
    codes: [404],
    text: 'traefik gives "404 page not found" for my new container even though labels are set',
  },
  {
    codes: [500],
    text: "level=debug msg=\"'500 Internal Server Error' caused by: tls: failed to verify certificate: x509: certificate signed by unknown authority\"",
  },
  {
    codes: [503],
    text: 'traefik returns "Service Unavailable" once every healthcheck of the service is failing',
  },
  {
    codes: [403],
    text: '{"DownstreamStatus":403,"OriginStatus":0,"Middlewares":"office-only@file","RequestPath":"/admin"} and office-only is an ipAllowList',
  },
  {
    codes: [413],
    text: '{"DownstreamStatus":413,"Middlewares":"limit-body@file","RequestMethod":"POST","RequestContentSize":52428800,"RequestPath":"/import"}',
  },
  {
    codes: [504],
    text: 'https 2024-03-14T09:12:33.123456Z app/prod-alb/50dc6c495c0c9188 203.0.113.12:53412 10.0.1.25:8080 0.000 -1 -1 504 - 734 279 "GET https://api.example.com:443/v1/report HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api/73e2d6bc24d8a067 "Root=1-65f2c0a1-3a1b2c3d4e5f6a7b8c9d0e1f" "api.example.com" "arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012" 0 2024-03-14T09:11:33.120000Z "forward" "-" "-" "10.0.1.25:8080" "-" "-" "-"',
  },
  {
    codes: [502],
    text: 'elb_status_code 502 but target_status_code is dash and app has no log at all: https 2024-03-14T10:01:00.551Z app/prod-alb/50dc6c495c0c9188 198.51.100.7:40211 10.0.1.31:3000 0.001 -1 -1 502 - 512 277 "POST https://api.example.com:443/v1/orders HTTP/1.1" "okhttp/4.12.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/orders/abc123 "Root=1-65f2c0b2-9a8b7c6d5e4f3a2b1c0d9e8f" "api.example.com" "-" 1 2024-03-14T10:01:00.540Z "forward" "-" "-" "10.0.1.31:3000" "-" "-" "-"',
  },
  {
    codes: [460],
    text: 'https 2024-03-14T10:06:00.000Z app/prod-alb/50dc6c495c0c9188 203.0.113.99:60001 10.0.1.25:8080 0.000 29.870 -1 460 - 880 0 "POST https://api.example.com:443/v1/import HTTP/1.1" "python-requests/2.31.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api/73e2d6bc24d8a067 "Root=1-65f2c0d4-1b2c3d4e5f6a7b8c9d0e1f2a" "api.example.com" "-" 0 2024-03-14T10:05:30.120Z "forward" "-" "-" "10.0.1.25:8080" "-" "-" "-"',
  },
  {
    codes: [463],
    text: 'http 2024-03-14T10:07:00.000Z app/prod-alb/50dc6c495c0c9188 10.0.0.1:12345 - -1 -1 -1 463 - 2100 0 "GET http://api.example.com:80/ HTTP/1.1" "-" - - - "Root=1-65f2c0e5-2c3d4e5f6a7b8c9d0e1f2a3b" "-" "-" 0 2024-03-14T10:07:00.000Z "-" "-" "-" "-" "-" "-" "-" (X-Forwarded-For had 31 addresses)',
  },
  {
    codes: [561],
    text: 'https 2024-03-14T10:09:00.000Z app/portal-alb/0a0b0c0d 203.0.113.5:50500 - -1 -1 -1 561 - 410 380 "GET https://portal.example.com:443/oauth2/idpresponse?code=xyz&state=abc HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 - "Root=1-65f2c107-4e5f6a7b8c9d0e1f2a3b4c5d" "portal.example.com" "-" 1 2024-03-14T10:09:00.000Z "authenticate" "-" "-" "-" "-" "-" "-"',
  },
  {
    codes: [413],
    text: 'lambda behind ALB, log has error_reason "LambdaRequestTooLarge" and elb_status_code 413, body was 1.4MB',
  },
  {
    codes: [403],
    text: 'https 2024-03-14T10:12:00.000Z app/prod-alb/50dc6c495c0c9188 45.9.20.11:60000 - -1 -1 -1 403 - 600 240 "POST https://api.example.com:443/login HTTP/1.1" "sqlmap/1.7" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 - "Root=1-65f2c13a-7b8c9d0e1f2a3b4c5d6e7f8a" "api.example.com" "-" 0 2024-03-14T10:12:00.000Z "waf" "-" "-" "-" "-" "-" "-"',
  },
  {
    codes: [404],
    text: 'https 2024-03-14T10:14:00.000Z app/prod-alb/50dc6c495c0c9188 203.0.113.8:41001 - -1 -1 -1 404 - 95 150 "GET https://api.example.com:443/unknown HTTP/1.1" "curl/8.4.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 - "Root=1-65f2c15c-9d0e1f2a3b4c5d6e7f8a9b0c" "api.example.com" "-" 50000 2024-03-14T10:14:00.000Z "fixed-response" "-" "-" "-" "-" "-" "-"',
  },
  {
    codes: [200],
    text: 'https 2024-03-14T10:15:00.000Z app/prod-alb/50dc6c495c0c9188 203.0.113.9:42000 10.0.1.25:8080 0.000 0.042 0.000 200 200 410 1532 "GET https://api.example.com:443/v1/items?limit=20 HTTP/1.1" "okhttp/4.12.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api/73e2d6bc24d8a067 "Root=1-65f2c16d-0e1f2a3b4c5d6e7f8a9b0c1d" "api.example.com" "-" 0 2024-03-14T10:15:00.000Z "forward" "-" "-" "10.0.1.25:8080" "200" "-" "-"',
  },
  {
    codes: [500],
    text: 'is ALB failing or my app? https 2024-03-14T10:16:00.000Z app/prod-alb/50dc6c495c0c9188 203.0.113.9:42001 10.0.1.26:8080 0.000 0.318 0.000 500 500 512 98 "POST https://api.example.com:443/v1/pay HTTP/1.1" "okhttp/4.12.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api/73e2d6bc24d8a067 "Root=1-65f2c17e" "api.example.com" "-" 0 2024-03-14T10:16:00.000Z "forward" "-" "-" "10.0.1.26:8080" "500" "-" "-"',
  },
  {
    codes: [400],
    text: 'http 2024-03-14T10:17:00.000Z app/prod-alb/50dc6c495c0c9188 198.51.100.66:39000 - -1 -1 -1 400 - 380 272 "POST http://api.example.com:80/v1/items HTTP/1.1" "smuggler/1.0" - - - "-" "-" "-" 0 2024-03-14T10:17:00.000Z "-" "-" "-" "-" "-" "Severe" "BothTEClPresent"',
  },
  {
    codes: [403],
    text: 'curl https://abc123xyz.execute-api.eu-west-1.amazonaws.com/prod/userz gives {"message":"Missing Authentication Token"}',
  },
  { codes: [504], text: '{"message": "Endpoint request timed out"} after ~29 seconds' },
  {
    codes: [502],
    text: "execution log: Endpoint response body before transformations: null Execution failed due to configuration error: Malformed Lambda proxy response Method completed with status: 502",
  },
  { codes: [429], text: '{"message":"Limit Exceeded"} -- the usage plan quota is 10000 per month' },
  { codes: [400], text: '{"message": "Invalid request body"} (we turned on a request validator)' },
  { codes: [404], text: 'http api gateway returns {"message":"Not Found"} for the route i forgot to add' },
  {
    codes: [502],
    text: "Lambda execution failed with status 200 due to customer function error: Task timed out after 6.01 seconds. Lambda request id: 5f2c9a1e-7b3d-4c1a-9e2f-0d8b7a6c5e4f",
  },
  {
    codes: [500],
    text: "Execution failed due to configuration error: Invalid permissions on Lambda function",
  },
  { codes: [500], text: 'x-amzn-ErrorType: AuthorizerConfigurationException and body {"message":null}' },
  { codes: [413], text: '{"message":"Request Too Long"}' },
  {
    codes: [403],
    text: '{"message":"Signature expired: 20240314T091233Z is now earlier than 20240314T091733Z (20240314T092233Z - 5 min.)"}',
  },
  { codes: [500], text: 'http api + lambda that throws an exception -> {"message":"Internal Server Error"}' },
  {
    codes: [502],
    text: "502 ERROR The request could not be satisfied. CloudFront wasn't able to connect to the origin. We can't connect to the server for this app or website at this time. Generated by cloudfront (CloudFront) Request ID: 2Xy8y3sdL0QZ5BRtU9gN1j4s7bA==",
  },
  {
    codes: [504],
    text: "504 ERROR The request could not be satisfied. CloudFront attempted to establish a connection with the origin, but either the attempt failed or the origin closed the connection.",
  },
  {
    codes: [403],
    text: "403 ERROR The request could not be satisfied. Bad request. We can't connect to the server for this app or website at this time. There might be too much traffic or a configuration error.",
  },
  {
    codes: [403],
    text: "403 ERROR This distribution is not configured to allow the HTTP request method that was used for this request. The distribution supports only cachable requests.",
  },
  {
    codes: [502],
    text: "cloudfront standard log (tabs replaced by spaces): 2024-03-14 09:12:33 FRA56-P1 0 203.0.113.9 GET d111111abcdef8.cloudfront.net /api/status 502 - curl/8.4.0 - - Error Xq1aB2cD3eF4== api.example.com https 142 0.003 - TLSv1.3 TLS_AES_128_GCM_SHA256 Error HTTP/2.0 - - 51234 0.003 OriginDnsError text/html 1033 - -",
  },
  {
    codes: [503],
    text: "503 ERROR The request could not be satisfied. The Lambda function associated with the CloudFront distribution is invalid or doesn't have the required permissions.",
  },
  {
    codes: [403],
    text: '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>X2Y3Z4A5B6</RequestId><HostId>abc=</HostId></Error> (cloudfront in front of a private s3 bucket)',
  },
  {
    codes: [404],
    text: "x-cache: Error from cloudfront and body <Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>img/logo.png</Key></Error>",
  },
  {
    codes: [520],
    text: "Error 520 Ray ID: 86f2c1a3b9d41f2e 2024-03-14 09:12:33 UTC Web server is returning an unknown error",
  },
  {
    codes: [522],
    text: "Error 522 Ray ID: 86f2c1a3b9d41f30 Connection timed out. What happened? The initial connection between Cloudflare's network and the origin web server timed out.",
  },
  {
    codes: [524],
    text: "Error 524 A timeout occurred. The origin web server timed out responding to this request. (our report export takes about 3 minutes)",
  },
  { codes: [525], text: "Error 525 SSL handshake failed" },
  { codes: [527], text: "Error 527 Railgun Listener to origin error" },
  {
    codes: [429],
    text: "Error 1015 You are being rate limited. The owner of this website (example.com) has banned you temporarily from accessing this website.",
  },
  {
    codes: [530],
    text: "Error 1033 Cloudflare Tunnel error. The host (app.example.com) is configured as a Cloudflare Tunnel, and Cloudflare is currently unable to resolve it.",
  },
  {
    codes: [403],
    text: "Error 1009 Access denied. The owner of this website has banned the country or region your IP address is in from accessing this website.",
  },
  {
    codes: [413],
    text: "ingress-nginx gives 413 Request Entity Too Large <hr><center>nginx</center> when uploading a 5MB file, no annotations set",
  },
  {
    codes: [403],
    text: 'controller log: 2024/03/14 09:14:00 [error] 512#512: *991 access forbidden by rule, client: 203.0.113.50, server: admin.example.com, request: "GET / HTTP/2.0", host: "admin.example.com" (we use whitelist-source-range)',
  },
  {
    codes: [500],
    text: '2024/03/14 09:15:00 [error] 512#512: *1002 auth request unexpected status: 503 while sending to client, client: 10.0.0.5, server: app.example.com, request: "GET /dashboard HTTP/2.0" (auth-url points to oauth2-proxy)',
  },
  {
    codes: [401],
    text: 'ingress with auth-url and no auth-signin, oauth2-proxy says no session, access log line "GET /dashboard HTTP/2.0" 401 172',
  },
  {
    codes: [503],
    text: '2024/03/14 09:16:00 [error] 512#512: *1100 limiting requests, excess: 10.900 by zone "0e9d7c2b8f_shop_web_rps", client: 198.51.100.8, server: shop.example.com, request: "GET / HTTP/1.1"',
  },
  {
    codes: [308],
    text: "curl -I http://app.example.com gives HTTP/1.1 308 Permanent Redirect Location: https://app.example.com (ingress-nginx)",
  },
  {
    codes: [504],
    text: '10.0.0.1 - - [14/Mar/2024:09:17:00 +0000] "POST /graphql HTTP/1.1" 504 160 "-" "Apollo/1.0" 1200 60.001 [api-graphql-4000] [] 10.244.2.9:4000 0 60.000 504 8f9e0a1b2c3d',
  },
  {
    codes: [502],
    text: "after adding oidc the ingress returns errors and controller log says upstream sent too big header while reading response header from upstream",
  },
  {
    codes: [499],
    text: '10.0.0.1 - - [14/Mar/2024:09:18:00 +0000] "GET /api/feed HTTP/2.0" 499 0 "-" "okhttp/4.12.0" 45 12.004 [api-feed-80] [] 10.244.3.3:8080 0 12.003 - 2b1c3d4e5f6a',
  },
  {
    codes: [400],
    text: "django.security.DisallowedHost: Invalid HTTP_HOST header: '10.0.3.44'. You may need to add '10.0.3.44' to ALLOWED_HOSTS. -- this is from the ALB health check",
  },
  { codes: [403], text: "Forbidden (CSRF cookie not set.): /accounts/login/" },
  {
    codes: [403],
    text: "WARNING django.security.csrf Forbidden (Origin checking failed - https://app.example.com does not match any trusted origins.): /api/session/",
  },
  {
    codes: [404],
    text: '[14/Mar/2024 09:12:33] "GET /favicon.ico HTTP/1.1" 404 2301 and before it WARNING Not Found: /favicon.ico',
  },
  {
    codes: [400],
    text: "django.core.exceptions.RequestDataTooBig: Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE.",
  },
  { codes: [405], text: "WARNING django.request Method Not Allowed (POST): /api/reports/" },
  { codes: [404], text: "django.http.response.Http404: No Invoice matches the given query." },
  {
    codes: [403],
    text: 'CSRF verification failed. Request aborted. You are seeing this message because this HTTPS site requires a "Referer header" to be sent by your web browser',
  },
  {
    codes: [400],
    text: "django.core.exceptions.SuspiciousFileOperation: Detected path traversal attempt in '../../etc/passwd'",
  },
  { codes: [401, 403], text: '{"detail":"Authentication credentials were not provided."}' },
  {
    codes: [401],
    text: 'DRF with only TokenAuthentication in DEFAULT_AUTHENTICATION_CLASSES, no header sent: {"detail":"Authentication credentials were not provided."}',
  },
  { codes: [401], text: '{"detail":"Invalid token."}' },
  { codes: [403], text: '{"detail":"You do not have permission to perform this action."}' },
  { codes: [405], text: '{"detail":"Method \\"DELETE\\" not allowed."}' },
  { codes: [429], text: '{"detail":"Request was throttled. Expected available in 37 seconds."}' },
  { codes: [415], text: '{"detail":"Unsupported media type \\"text/plain\\" in request."}' },
  {
    codes: [400],
    text: '{"email":["This field is required."],"password":["Ensure this field has at least 8 characters."]}',
  },
  {
    codes: [400],
    text: '{"detail":"JSON parse error - Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"}',
  },
  { codes: [406], text: '{"detail":"Could not satisfy the request Accept header."}' },
  {
    codes: [401],
    text: '{"detail":"Given token not valid for any token type","code":"token_not_valid","messages":[{"token_class":"AccessToken","token_type":"access","message":"Token is invalid or expired"}]}',
  },
  {
    codes: [400],
    text: '{"non_field_errors":["Unable to log in with provided credentials."]} from POST /api-token-auth/',
  },
  { codes: [404], text: '{"detail":"Not found."}' },
  {
    codes: [422],
    text: '{"detail":[{"type":"missing","loc":["body","email"],"msg":"Field required","input":{"name":"bob"},"url":"https://errors.pydantic.dev/2.6/v/missing"}]}',
  },
  { codes: [422], text: 'INFO:     172.17.0.1:51234 - "POST /items HTTP/1.1" 422 Unprocessable Entity' },
  { codes: [405], text: '{"detail":"Method Not Allowed"} from my fastapi app' },
  { codes: [403], text: '{"detail":"Not authenticated"} from an HTTPBearer dependency, fastapi 0.104' },
  { codes: [400], text: "WARNING:  Invalid HTTP request received." },
  {
    codes: [500],
    text: "ERROR:    Exception in ASGI application Traceback (most recent call last): File \"/app/main.py\", line 41, in get_user return db.query(User).get(user_id).to_dict() AttributeError: 'NoneType' object has no attribute 'to_dict'",
  },
  {
    codes: [500],
    text: "fastapi.exceptions.ResponseValidationError: 1 validation errors: {'type': 'int_parsing', 'loc': ('response', 'id'), 'msg': 'Input should be a valid integer, unable to parse string as an integer', 'input': 'abc'}",
  },
  {
    codes: [409],
    text: 'raise HTTPException(status_code=409, detail="Email already registered") -- what does the client see',
  },
  { codes: [404], text: '{"detail":"Not Found"}' },
  {
    codes: [400],
    text: "werkzeug.exceptions.BadRequestKeyError: 400 Bad Request: The browser (or proxy) sent a request that this server could not understand. KeyError: 'username'",
  },
  { codes: [405], text: "405 Method Not Allowed: The method is not allowed for the requested URL." },
  { codes: [500], text: '127.0.0.1 - - [12/Mar/2024 10:22:01] "GET /api/users/7 HTTP/1.1" 500 -' },
  { codes: [400], text: "flask_wtf.csrf.CSRFError: 400 Bad Request: The CSRF token is missing." },
  {
    codes: [415],
    text: "415 Unsupported Media Type: Did not attempt to load JSON data because the request Content-Type was not 'application/json'.",
  },
  { codes: [308], text: '127.0.0.1 - - [12/Mar/2024 10:30:00] "GET /blog HTTP/1.1" 308 -' },
  {
    codes: [429],
    text: "flask-limiter: ratelimit 5 per 1 minute (10.0.0.9) exceeded at endpoint: auth.login",
  },
  {
    codes: [404],
    text: "Not Found The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.",
  },
  {
    codes: [404],
    text: '{"timestamp":"2024-03-14T09:12:33.123+00:00","status":404,"error":"Not Found","path":"/api/v1/user"}',
  },
  {
    codes: [405],
    text: "WARN 1 --- [nio-8080-exec-3] .w.s.m.s.DefaultHandlerExceptionResolver : Resolved [org.springframework.web.HttpRequestMethodNotSupportedException: Request method 'POST' is not supported]",
  },
  {
    codes: [415],
    text: "Resolved [org.springframework.web.HttpMediaTypeNotSupportedException: Content-Type 'text/plain;charset=UTF-8' is not supported]",
  },
  {
    codes: [400],
    text: "Resolved [org.springframework.web.bind.MissingServletRequestParameterException: Required request parameter 'id' for method parameter type Long is not present]",
  },
  {
    codes: [406],
    text: "Resolved [org.springframework.web.HttpMediaTypeNotAcceptableException: No acceptable representation]",
  },
  {
    codes: [403],
    text: '{"timestamp":"2024-03-14T09:20:00.000+00:00","status":403,"error":"Forbidden","path":"/admin/reports"}',
  },
  { codes: [401], text: "spring security: Full authentication is required to access this resource" },
  {
    codes: [401],
    text: "o.s.s.a.dao.DaoAuthenticationProvider : Failed to authenticate since password does not match stored value, response body says Bad credentials",
  },
  {
    codes: [403],
    text: "o.s.security.web.csrf.CsrfFilter : Invalid CSRF token found for http://localhost:8080/api/login",
  },
  {
    codes: [500],
    text: 'ERROR 1 --- [nio-8080-exec-7] o.a.c.c.C.[.[.[/].[dispatcherServlet] : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.NullPointerException: Cannot invoke "com.acme.Order.getId()" because "order" is null] with root cause java.lang.NullPointerException at com.acme.OrderService.place(OrderService.java:88) at com.acme.OrderController.create(OrderController.java:41)',
  },
  {
    codes: [400],
    text: "Resolved [org.springframework.web.method.annotation.MethodArgumentTypeMismatchException: Failed to convert value of type 'java.lang.String' to required type 'java.lang.Long'; For input string: \"abc\"]",
  },
  {
    codes: [400],
    text: "o.apache.coyote.http11.Http11Processor : Error parsing HTTP request header Note: further occurrences of HTTP request parsing errors will be logged at DEBUG level. java.lang.IllegalArgumentException: Invalid character found in method name [0x160x030x010x020x000x010x000x010xfc0x030x03...]. HTTP method names must be tokens",
  },
  {
    codes: [400],
    text: 'java.lang.IllegalArgumentException: Invalid character found in the request target [/api/search?q={"a":1} ]. The valid characters are defined in RFC 7230 and RFC 3986',
  },
  {
    codes: [503],
    text: "org.springframework.web.reactive.function.client.WebClientResponseException$ServiceUnavailable: 503 Service Unavailable from GET http://inventory-service/api/stock/42",
  },
  {
    codes: [429],
    text: "org.springframework.web.client.HttpClientErrorException$TooManyRequests: 429 Too Many Requests: [no body]",
  },
  {
    codes: [502],
    text: "feign.FeignException$BadGateway: [502 Bad Gateway] during [GET] to [http://pricing/api/prices/7] [PricingClient#getPrice(Long)]: [<html><body><h1>502 Bad Gateway</h1></body></html>]",
  },
  {
    codes: [409],
    text: 'org.springframework.web.server.ResponseStatusException: 409 CONFLICT "email already used"',
  },
  {
    codes: [503],
    text: '/actuator/health returns {"status":"DOWN","components":{"db":{"status":"DOWN","details":{"error":"org.springframework.jdbc.CannotGetJdbcConnectionException"}}}} what http code does the LB see',
  },
  {
    codes: [503],
    text: 'spring cloud gateway: NotFoundException: 503 SERVICE_UNAVAILABLE "Unable to find instance for orders-service"',
  },
  {
    codes: [401],
    text: "java.io.IOException: Server returned HTTP response code: 401 for URL: https://repo.example.com/artifactory/libs-release/com/acme/core/1.2.0/core-1.2.0.pom",
  },
  {
    codes: [403],
    text: "[ERROR] Failed to execute goal on project api: Could not transfer artifact com.acme:core:pom:1.2.0 from/to internal (https://nexus.example.com/repository/maven-releases/): status code: 403, reason phrase: Forbidden (403)",
  },
  {
    codes: [422],
    text: 'Started POST "/users" for 10.0.0.5 at 2024-03-14 09:12:33 +0000 Processing by UsersController#create as JSON Completed 422 Unprocessable Entity in 45ms (Views: 0.4ms | ActiveRecord: 3.1ms | Allocations: 5123)',
  },
  {
    codes: [422],
    text: "ActionController::InvalidAuthenticityToken (Can't verify CSRF token authenticity.):",
  },
  {
    codes: [404],
    text: "ActiveRecord::RecordNotFound (Couldn't find User with 'id'=42): app/controllers/users_controller.rb:63:in `set_user'",
  },
  { codes: [404], text: 'ActionController::RoutingError (No route matches [GET] "/wp-login.php"):' },
  {
    codes: [400],
    text: "ActionController::ParameterMissing (param is missing or the value is empty: user): app/controllers/users_controller.rb:71:in `user_params'",
  },
  {
    codes: [406],
    text: "ActionController::UnknownFormat (UsersController#show is missing a template for this request format and variant.)",
  },
  {
    codes: [403],
    text: "[ActionDispatch::HostAuthorization::DefaultResponseApp] Blocked hosts: staging.example.com",
  },
  {
    codes: [500],
    text: "Completed 500 Internal Server Error in 12ms (ActiveRecord: 1.2ms | Allocations: 3301) NoMethodError (undefined method `name' for nil:NilClass): app/views/orders/show.html.erb:5",
  },
  {
    codes: [401],
    text: "Filter chain halted as :authenticate_user! rendered or redirected Completed 401 Unauthorized in 3ms (ActiveRecord: 0.0ms | Allocations: 410)",
  },
  {
    codes: [302],
    text: "Redirected to https://shop.example.com/orders/991 Completed 302 Found in 88ms (ActiveRecord: 20.3ms | Allocations: 14020)",
  },
  {
    codes: [409],
    text: "ActiveRecord::StaleObjectError (Attempted to update a stale object: Order.): not rescued anywhere",
  },
  {
    codes: [422],
    text: "ActiveRecord::RecordInvalid (Validation failed: Email has already been taken) raised by save! in the controller, no rescue_from",
  },
  { codes: [429], text: "Rack::Attack throttled request: login/ip 203.0.113.9" },
  {
    codes: [500],
    text: "ActiveRecord::ConnectionTimeoutError (could not obtain a connection from the pool within 5.000 seconds (waited 5.001 seconds); all pooled connections were in use):",
  },
  {
    codes: [400],
    text: "ActionDispatch::Http::Parameters::ParseError (Error occurred while parsing request parameters):",
  },
  { codes: [419], text: '{"message":"CSRF token mismatch."}' },
  { codes: [419], text: "419 | Page Expired" },
  {
    codes: [422],
    text: '{"message":"The email field is required.","errors":{"email":["The email field is required."]}}',
  },
  {
    codes: [404],
    text: 'production.ERROR: The route api/userz could not be found. {"exception":"[object] (Symfony\\\\Component\\\\HttpKernel\\\\Exception\\\\NotFoundHttpException(code: 0): The route api/userz could not be found. at /var/www/vendor/laravel/framework/src/Illuminate/Routing/AbstractRouteCollection.php:45)',
  },
  { codes: [401], text: '{"message":"Unauthenticated."} from a laravel sanctum api route' },
  { codes: [429], text: "Illuminate\\Http\\Exceptions\\ThrottleRequestsException: Too Many Attempts." },
  { codes: [404], text: "No query results for model [App\\Models\\Order] 9981" },
  {
    codes: [500],
    text: "production.ERROR: SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `users` where `id` = 1 limit 1)",
  },
  {
    codes: [413],
    text: "Illuminate\\Http\\Exceptions\\PostTooLargeException in ValidatePostSize.php line 24",
  },
  { codes: [403], text: "Illuminate\\Routing\\Exceptions\\InvalidSignatureException: Invalid signature." },
  {
    codes: [500],
    text: "PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/app/Services/Export.php on line 212",
  },
  {
    codes: [431],
    text: 'Microsoft.AspNetCore.Server.Kestrel: Connection id "0HMVFE4LT6NBT" bad request data: "Request headers too long."',
  },
  {
    codes: [401],
    text: "info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[1] Failed to validate the token. Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException: IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '14/03/2024 08:00:00', Current time (UTC): '14/03/2024 09:12:33'.",
  },
  {
    codes: [403],
    text: "info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[13] AuthenticationScheme: Bearer was forbidden.",
  },
  {
    codes: [400],
    text: '{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more validation errors occurred.","status":400,"errors":{"Email":["The Email field is required."]},"traceId":"00-84c1fd4063c38d9f3900d06e56542d48-85d1d4a1b2c3d4e5-00"}',
  },
  {
    codes: [500],
    text: "fail: Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware[1] An unhandled exception has occurred while executing the request. System.InvalidOperationException: Sequence contains no elements at System.Linq.ThrowHelper.ThrowNoElementsException() at Api.Controllers.OrdersController.Get(Int32 id) in /src/Api/Controllers/OrdersController.cs:line 37",
  },
  { codes: [500], text: "IIS shows HTTP Error 500.30 - ASP.NET Core app failed to start" },
  {
    codes: [404],
    text: "HTTP Error 404.13 - Not Found The request filtering module is configured to deny a request that exceeds the request content length.",
  },
  { codes: [503], text: "HTTP Error 503. The service is unavailable. (the iis app pool is stopped)" },
  {
    codes: [408],
    text: 'Microsoft.AspNetCore.Server.Kestrel: Connection id "0HMVFE4LT6NBU" bad request data: "Reading the request body timed out due to data arriving too slowly. See MinRequestBodyDataRate."',
  },
  {
    codes: [400],
    text: "warn: Microsoft.AspNetCore.HostFiltering.HostFilteringMiddleware[1] The host 'evil.example' does not match an allowed host.",
  },
  {
    codes: [503],
    text: "asp.net core rate limiter middleware rejected the request, we never set RejectionStatusCode, what does the client get",
  },
  {
    codes: [415],
    text: '{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.16","title":"Unsupported Media Type","status":415,"traceId":"00-9f1e2d3c4b5a69788796a5b4c3d2e1f0-1a2b3c4d5e6f7a8b-00"}',
  },
  {
    codes: [413],
    text: "PayloadTooLargeError: request entity too large at readStream (/app/node_modules/raw-body/index.js:163:17) at getRawBody (/app/node_modules/raw-body/index.js:116:12) at read (/app/node_modules/body-parser/lib/read.js:79:3) at jsonParser (/app/node_modules/body-parser/lib/types/json.js:138:5)",
  },
  {
    codes: [400],
    text: "SyntaxError: Unexpected token } in JSON at position 42 at JSON.parse (<anonymous>) at parse (/app/node_modules/body-parser/lib/types/json.js:92:19) at /app/node_modules/body-parser/lib/read.js:128:18",
  },
  {
    codes: [415],
    text: 'UnsupportedMediaTypeError: unsupported charset "UTF-16" at /app/node_modules/body-parser/lib/read.js:83:18',
  },
  {
    codes: [404],
    text: '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Error</title></head><body><pre>Cannot GET /api/userz</pre></body></html>',
  },
  { codes: [429], text: 'express-rate-limit answers "Too many requests, please try again later."' },
  {
    codes: [404],
    text: "Error: ENOENT: no such file or directory, stat '/app/dist/index.html' thrown from res.sendFile in express",
  },
  {
    codes: [400],
    text: "URIError: Failed to decode param '%E0%A4%A' at decodeURIComponent (<anonymous>) at decode_param (/app/node_modules/express/lib/router/layer.js:172:12)",
  },
  { codes: [200], text: "morgan dev output: GET /health 200 3.127 ms - 15" },
  {
    codes: [401],
    text: '::ffff:10.0.0.2 - - [14/Mar/2024:09:12:33 +0000] "POST /api/login HTTP/1.1" 401 27 "-" "PostmanRuntime/7.36.3"',
  },
  {
    codes: [401],
    text: '{"level":30,"time":1710407553123,"pid":19,"hostname":"api-7d9f8c","req":{"id":12,"method":"GET","url":"/api/me"},"res":{"statusCode":401},"responseTime":4,"msg":"request completed"}',
  },
  { codes: [404], text: '{"statusCode":404,"message":"Cannot GET /users/abc/profile","error":"Not Found"}' },
  { codes: [401], text: '{"message":"Unauthorized","statusCode":401}' },
  { codes: [403], text: '{"statusCode":403,"message":"Forbidden resource","error":"Forbidden"}' },
  {
    codes: [400],
    text: '{"statusCode":400,"message":["email must be an email","password must be longer than or equal to 8 characters"],"error":"Bad Request"}',
  },
  { codes: [429], text: "ThrottlerException: Too Many Requests" },
  {
    codes: [400],
    text: '{"statusCode":400,"message":"Validation failed (numeric string is expected)","error":"Bad Request"}',
  },
  {
    codes: [409],
    text: "throw new ConflictException('username taken') inside nest service, what the client gets",
  },
  { codes: [422], text: "UnprocessableEntityException thrown in a nest controller" },
  { codes: [418], text: "nestjs ImATeapotException which status lol" },
  { codes: [504], text: "GatewayTimeoutException from nest when the downstream call hangs" },
  {
    codes: [502],
    text: "2024/03/14 09:12:33 http: panic serving 10.1.2.3:40122: runtime error: invalid memory address or nil pointer dereference goroutine 1234 [running]: net/http.(*conn).serve.func1() /usr/local/go/src/net/http/server.go:1898 +0xbe main.(*Handler).GetUser(...) /app/handler.go:57 -- the service is behind nginx",
  },
  {
    codes: [405],
    text: 'Method Not Allowed -- go 1.22 ServeMux, i registered "POST /items" and called it with GET',
  },
  { codes: [400], text: "400 Bad Request: missing required Host header" },
  { codes: [431], text: "431 Request Header Fields Too Large" },
  { codes: [400], text: "Client sent an HTTP request to an HTTPS server." },
  {
    codes: [502],
    text: "2024/03/14 09:13:00 http: proxy error: dial tcp 10.0.3.4:8080: connect: connection refused (this is httputil.ReverseProxy)",
  },
  {
    codes: [404],
    text: '[GIN] 2024/03/14 - 09:14:31 | 404 |       2.1µs |      10.0.0.8 | GET      "/api/v2/users"',
  },
  {
    codes: [500],
    text: '[GIN] 2024/03/14 - 09:14:32 | 500 |  1.203401s |      10.0.0.8 | POST     "/api/v2/orders" Error #01: pq: duplicate key value violates unique constraint "orders_pkey"',
  },
  {
    codes: [405],
    text: '{"time":"2024-03-14T09:15:00Z","id":"","remote_ip":"10.0.0.9","host":"api:8080","method":"DELETE","uri":"/items/5","status":405,"error":"code=405, message=Method Not Allowed","latency":21000,"bytes_in":0,"bytes_out":33}',
  },
  {
    codes: [503],
    text: "http.TimeoutHandler returned <html><head><title>Timeout</title></head><body><h1>Timeout</h1></body></html>",
  },
  {
    codes: [201],
    text: "http: superfluous response.WriteHeader call from main.handler (main.go:42) -- the first call was w.WriteHeader(201)",
  },
  {
    codes: [200],
    text: 'chi logger: "GET http://localhost:8080/healthz HTTP/1.1" from 127.0.0.1:53422 - 200 2B in 41.2µs',
  },
  {
    codes: [502],
    text: "AxiosError: Request failed with status code 502 at settle (/app/node_modules/axios/lib/core/settle.js:19:12) at IncomingMessage.handleStreamEnd (/app/node_modules/axios/lib/adapters/http.js:589:11)",
  },
  {
    codes: [404],
    text: "AxiosError: Request failed with status code 404 { code: 'ERR_BAD_REQUEST', response: { status: 404, statusText: 'Not Found', headers: {...} } }",
  },
  { codes: [401], text: "after the token refresh error.response.status is still 401 in axios interceptor" },
  {
    codes: [500],
    text: "requests.exceptions.HTTPError: 500 Server Error: Internal Server Error for url: http://billing:8000/invoice",
  },
  {
    codes: [503],
    text: "requests.exceptions.RetryError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v1/items (Caused by ResponseError('too many 503 error responses'))",
  },
  { codes: [429], text: "const res = await fetch(url); console.log(res.ok, res.status) prints false 429" },
  {
    codes: [409],
    text: "Response{protocol=h2, code=409, message=, url=https://api.example.com/v2/carts/77/checkout}",
  },
  {
    codes: [301],
    text: "$ curl -sI https://example.com/old HTTP/2 301 location: https://example.com/new content-type: text/html; charset=UTF-8",
  },
  { codes: [405], text: "< HTTP/1.1 405 Method Not Allowed < Allow: GET, HEAD < Content-Length: 0" },
  {
    codes: [413],
    text: "> Expect: 100-continue < HTTP/1.1 100 Continue < HTTP/1.1 413 Payload Too Large < Connection: close -- what is the final result",
  },
  {
    codes: [101],
    text: "< HTTP/1.1 101 Switching Protocols < Upgrade: websocket < Connection: Upgrade < Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=",
  },
  { codes: [304], text: '< HTTP/2 304 < etag: "5d8c72a5edda8" < cache-control: max-age=0' },
  {
    codes: [502],
    text: "WebSocket connection to 'wss://app.example.com/ws' failed: Error during WebSocket handshake: Unexpected response code: 502",
  },
  { codes: [200], text: "Error during WebSocket handshake: Unexpected response code: 200" },
  {
    codes: [401],
    text: "chrome console: Failed to load resource: the server responded with a status of 401 ()",
  },
  {
    codes: [404],
    text: "pip: ERROR: HTTP error 404 while getting https://files.pythonhosted.org/packages/ab/cd/acme_internal-1.0.tar.gz",
  },
  {
    codes: [429],
    text: "docker pull: Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading",
  },
  {
    codes: [404],
    text: "npm ERR! 404 Not Found - GET https://registry.npmjs.org/@acme%2finternal-lib - Not found",
  },
  {
    codes: [404],
    text: 'Error: looks like "https://charts.example.com" is not a valid chart repository or cannot be reached: failed to fetch https://charts.example.com/index.yaml : 404 Not Found',
  },
  {
    codes: [429],
    text: "promtail: error sending batch, will retry: server returned HTTP status 429 Too Many Requests (429): Ingestion rate limit exceeded for user fake",
  },
  {
    codes: [403],
    text: "botocore.exceptions.ClientError: An error occurred (403) when calling the HeadObject operation: Forbidden",
  },
  {
    codes: [503],
    text: "botocore.exceptions.ClientError: An error occurred (SlowDown) when calling the PutObject operation (reached max retries: 4): Please reduce your request rate.",
  },
  {
    codes: [400],
    text: "botocore.errorfactory.ProvisionedThroughputExceededException: An error occurred (ProvisionedThroughputExceededException) when calling the PutItem operation: The level of configured provisioned throughput for the table was exceeded.",
  },
  {
    codes: [206],
    text: "level=info ts=2024-03-14T09:12:33.123Z caller=server.go:114 method=GET path=/api/v1/items status=206 bytes=1048576 duration=12.4ms pid=3011",
  },
  {
    codes: [429],
    text: '{"level":"warn","ts":1710407553.123,"msg":"request completed","http.method":"POST","http.path":"/v1/sms","http.status_code":429,"retry_after":30,"client_ip":"198.51.100.4"}',
  },
  {
    codes: [207],
    text: '{"@timestamp":"2024-03-14T09:14:00.000Z","service":"webdav","method":"PROPFIND","url":"/remote.php/dav/files/alice/","resp_status":207,"resp_bytes":4821}',
  },
  {
    codes: [451],
    text: '{"event":"http_request","status":451,"path":"/video/8812","country":"XX","reason":"legal takedown"}',
  },
  { codes: [423], text: "method=PUT path=/api/docs/7 status=423 lock_owner=bob duration=3ms" },
  {
    codes: [502],
    text: '{"severity":"ERROR","httpRequest":{"requestMethod":"GET","requestUrl":"https://app.example.com/api","status":502,"latency":"0.002s","remoteIp":"10.128.0.5"},"jsonPayload":{"statusDetails":"failed_to_connect_to_backend"}}',
  },
  {
    codes: [502],
    text: '{"level":"error","ts":1710407700.1,"logger":"http.log.error","msg":"dial tcp 127.0.0.1:9000: connect: connection refused","request":{"remote_ip":"10.0.0.2","remote_port":"51234","method":"GET","host":"app.local","uri":"/"},"duration":0.0012,"status":502}',
  },
  { codes: [503], text: "Liveness probe failed: HTTP probe failed with statuscode: 503" },
  { codes: [500], text: "Readiness probe failed: HTTP probe failed with statuscode: 500" },
  {
    codes: [200],
    text: 'msg="slow request" path=/api/search status=200 duration=8.22s pid=2211 port=8080 bytes=88123',
  },
  {
    codes: [402],
    text: '{"level":"error","msg":"payment provider rejected","provider_status":402,"order_id":50321,"amount_cents":1999}',
  },
  {
    codes: [303],
    text: '{"timestamp":"2024-03-14T09:16:00Z","level":"INFO","logger":"access","status":303,"location":"/orders/100","method":"POST","path":"/orders"}',
  },
  { codes: [418], text: '{"msg":"served","status":418,"path":"/coffee","pid":4242,"port":8418}' },
  { codes: [425], text: "http_status=425 tls_early_data=1 path=/api/pay" },
  {
    codes: [307],
    text: 'time="2024-03-14T09:17:00Z" level=info msg=access status=307 location=https://api.example.com/v2/items method=POST',
  },
  {
    codes: [507],
    text: '{"ts":"2024-03-14T09:18:00Z","status":507,"path":"/upload","err":"quota exceeded for user 12","free_bytes":0}',
  },
  { codes: [401], text: "error: You must be logged in to the server (Unauthorized)" },
  { codes: [404], text: 'Error from server (NotFound): deployments.apps "api" not found' },
  { codes: [409], text: 'Error from server (AlreadyExists): namespaces "staging" already exists' },
  {
    codes: [500],
    text: 'Error from server (InternalError): Internal error occurred: failed calling webhook "validate.nginx.ingress.kubernetes.io": failed to call webhook: Post "https://ingress-nginx-controller-admission.ingress-nginx.svc:443/networking/v1/ingresses?timeout=10s": x509: certificate signed by unknown authority',
  },
  {
    codes: [403, 429],
    text: '{"message":"API rate limit exceeded for 203.0.113.5. (But here\'s the good news: Authenticated requests get a higher rate limit.)","documentation_url":"https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"}',
  },
  {
    codes: [402],
    text: '{"error":{"code":"card_declined","decline_code":"insufficient_funds","message":"Your card has insufficient funds.","type":"card_error"}} from stripe',
  },
  {
    codes: [404],
    text: '{"error":{"root_cause":[{"type":"index_not_found_exception","reason":"no such index [logs-2024.03.14]","index":"logs-2024.03.14"}],"type":"index_not_found_exception","reason":"no such index [logs-2024.03.14]"},"status":404}',
  },
  {
    codes: [429],
    text: '{"error":{"type":"cluster_block_exception","reason":"index [logs] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];"},"status":429}',
  },
  {
    codes: [403],
    text: '{"error":{"code":403,"message":"Permission \'storage.objects.get\' denied on resource (or it may not exist).","status":"PERMISSION_DENIED"}}',
  },
  {
    codes: [429],
    text: '{"error":{"code":429,"message":"Quota exceeded for quota metric \'Read requests\' and limit \'Read requests per minute per user\'","status":"RESOURCE_EXHAUSTED"}}',
  },
  {
    codes: [503],
    text: "Error checking seal status: Error making API request. URL: GET https://vault.internal:8200/v1/sys/seal-status Code: 503. Errors: * Vault is sealed",
  },
  {
    codes: [503],
    text: "Error 503 Backend fetch failed Backend fetch failed Guru Meditation: XID: 32770 Varnish cache server",
  },
  {
    codes: [407],
    text: "squid access.log: 1710407553.123    12 10.0.0.44 TCP_DENIED/407 3900 GET http://example.com/ - HIER_NONE/- text/html",
  },
  {
    codes: [409],
    text: "Error: error creating S3 Bucket (acme-logs): BucketAlreadyExists: The requested bucket name is not available. status code: 409, request id: 8A9B0C1D2E3F",
  },
  {
    codes: [404],
    text: 'grpc-gateway returns {"code":5,"message":"order 42 not found","details":[]} -- what http status does the REST client get',
  },
  {
    codes: [400],
    text: 'REST call through grpc-gateway, body {"code":3,"message":"invalid email address","details":[]}',
  },
  {
    codes: [401],
    text: 'grpc-gateway json {"code":16,"message":"token expired","details":[]} which http code',
  },
  {
    codes: [403],
    text: '{"code":7,"message":"missing scope orders:write","details":[]} from our grpc-gateway proxy',
  },
  {
    codes: [503],
    text: 'grpc-gateway: {"code":14,"message":"connection error: desc = \\"transport: Error while dialing: dial tcp 10.0.0.5:50051: connect: connection refused\\"","details":[]}',
  },
  {
    codes: [504],
    text: 'our REST gateway in front of grpc returns {"code":4,"message":"context deadline exceeded","details":[]}',
  },
  {
    codes: [429],
    text: 'grpc-gateway maps RESOURCE_EXHAUSTED to what http status? body {"code":8,"message":"quota exceeded"}',
  },
  { codes: [409], text: '{"code":6,"message":"user already exists","details":[]} (grpc-gateway)' },
  {
    codes: [501],
    text: 'grpc-gateway answered {"code":12,"message":"unknown method ListWidgets for service acme.v1.WidgetService","details":[]}',
  },
  {
    codes: [499],
    text: 'grpc-gateway access log shows code 1 CANCELLED "context canceled", what http status is logged',
  },
  {
    codes: [409],
    text: 'grpc-gateway {"code":10,"message":"aborted: concurrent modification of cart 77","details":[]}',
  },
  { codes: [400], text: '{"code":11,"message":"page_token out of range","details":[]} from grpc-gateway' },
  { codes: [500], text: 'grpc-gateway json error {"code":2,"message":"unknown error","details":[]}' },
  {
    codes: [403],
    text: "envoy grpc_json_transcoder, backend returned PERMISSION_DENIED, what status does the REST caller see",
  },
  {
    codes: [200],
    text: 'envoy access log shows "POST /acme.v1.Orders/Create HTTP/2" 200 with grpc-status 14 in trailers -- why is http 200??',
  },
  { codes: [418], text: "what mean 418 status, my colleague put it in code as a joke" },
  { codes: [201], text: "the api create an order, which status is correct to send back?" },
  { codes: [401], text: "user is not logged in and he call /me endpoint, what i return" },
  { codes: [403], text: "user is logged in but he is not admin and call the admin endpoint, what code" },
  {
    codes: [410],
    text: "resource was deleted forever and will never come back, 404 or is there something better?",
  },
  { codes: [429], text: "too many requests from one user in one minute, which status i should answer" },
  { codes: [503], text: "we do planned maintenance tonight, which status for the api during the window" },
  { codes: [502], text: "what does 502 mean exactly, who is guilty, proxy or app?" },
  { codes: [504], text: "pls explain me 504" },
  { codes: [415], text: "client send xml but we accept only json, what code" },
  { codes: [406], text: "client ask Accept: application/xml but we only can produce json" },
  { codes: [412], text: "the update fail because the version in If-Match is old, which status?" },
  { codes: [428], text: "how to force clients to send If-Match header, exist a status code for that?" },
  { codes: [414], text: "url is too long, what status the server give" },
  { codes: [431], text: "our cookies grow too much and server reject, which code is that supposed to be" },
  { codes: [206], text: "server return only a part of the file because of Range header, what code is that" },
  { codes: [308], text: "i need permanent redirect but the POST must stay POST, not become GET" },
  {
    codes: [303],
    text: "after form POST i want the browser to go to a GET page (post/redirect/get), which redirect code",
  },
  { codes: [304], text: "what is 304 and why my browser get it so much in devtools" },
  { codes: [402], text: "is 402 used by anybody in real life?" },
  { codes: [451], text: "content blocked by a court order in one country, what status is right" },
  { codes: [501], text: "my feature is not implemented yet on server side, what to return" },
  { codes: [505], text: "what does 505 mean? never saw it" },
  { codes: [100], text: "client send Expect: 100-continue, what the server answer first" },
  { codes: [101], text: "which status is for websocket upgrade" },
  { codes: [103], text: "what is this 103 early hints, cloudflare talk about it" },
  {
    codes: [421],
    text: "what mean 421 misdirected request, we see it after we enabled http2 with several certs",
  },
  { codes: [423], text: "423 locked meaning?" },
  { codes: [424], text: "i see 424 failed dependency in a batch api, what it mean" },
  { codes: [425], text: "425 too early, what is that for" },
  { codes: [426], text: "what is 426 upgrade required" },
  { codes: [511], text: "hotel wifi gives me 511 before login page, what is it" },
  { codes: [499], text: "what is 499 in nginx logs, it is not standard no?" },
  { codes: [460], text: "aws alb log has status 460, what mean?" },
  { codes: [520], text: "cloudflare 520 what does it means exactly" },
  { codes: [507], text: "507 insufficient storage, when is it used?" },
  { codes: [508], text: "508 loop detected, is it only for webdav?" },
  { codes: [407], text: "our corporate proxy give 407, what should i do" },
  { codes: [408], text: "408 request timeout, who sends it the server or the client?" },
  { codes: [411], text: "411 length required what mean" },
  { codes: [417], text: "417 expectation failed, we never sent Expect header??" },
  { codes: [503], text: "what status for health check endpoint when app is unhealthy so LB removes it" },
  { codes: [402], text: "payment failed because card was declined, which code do payment apis use" },
  { codes: [410], text: "api version v1 deprecated and removed totally, what to return for old calls" },
  { codes: [200], text: "search return no results, it is 404 or 200 with empty list?" },
  { codes: [400], text: "json in request is broken and cannot parse, what code" },
  { codes: [415, 422], text: "upload of .exe files not allowed, what status i give" },
  { codes: [100], text: "what means 100 continue" },
  { codes: [102], text: "102 processing, is this still used?" },
  { codes: [429], text: "cloudflare error 1015, what http code the browser actually receive?" },
  { codes: [504], text: "what status the client gets when api gateway lambda integration timeout happens" },
  { codes: [401], text: "after logout the old token still being sent, which code to reply" },
  { codes: [400], text: "spring boot, what status comes when @Valid fails on request body" },
  { codes: [403], text: "django csrf failure gives which code" },
  { codes: [419], text: "laravel shows 419, what is it? it is not in the rfc" },
  { codes: [422], text: "rails what status when InvalidAuthenticityToken" },
  { codes: [404], text: "express: default status when no route match" },
  { codes: [200], text: "go net/http: what code is sent if i never call WriteHeader" },
  { codes: [201], text: "nestjs: what is the default status for a @Post() handler" },
  { codes: [500], text: "nestjs: if i throw new Error() and not HttpException, client get which status" },
  { codes: [403], text: "asp.net core, user logged in but policy requirement fails, which code" },
  { codes: [200], text: "flask view returns only a dict without status, what code it is" },
  { codes: [201], text: "DRF CreateAPIView success, what status by default" },
  { codes: [200], text: "head request on existing resource should return which status" },
  { codes: [204, 200], text: "cors preflight OPTIONS should answer with what status" },
  { codes: [200], text: "graphql server return errors array, which http status is normal for that" },
  { codes: [403, 429], text: "github api rate limit, which code it return?" },
  { codes: [502], text: "upstream service returned garbage response that proxy cannot parse" },
  { codes: [403], text: "user email is not verified yet so he cannot login, what code" },
  { codes: [401], text: "jwt is expired, 401 or 403?" },
  { codes: [403], text: "api key is valid but customer plan doesnt include this endpoint" },
  { codes: [308], text: "what is 308" },
  { codes: [409], text: "409 conflict mean what exactly" },
  { codes: [200, 204], text: "PUT updated existing resource, return 200 or 204?" },
  { codes: [404], text: "i can use 404 when the route exist but the id not found in db?" },
  { codes: [401], text: "jwt signature is invalid, what code" },
  { codes: [403], text: "client ip not in allowlist, which status to send" },
  { codes: [301], text: "page moved forever to new url, for normal website pages" },
  { codes: [205], text: "205 reset content, when is it used" },
  { codes: [305], text: "305 use proxy is deprecated?" },
  { codes: [306], text: "is there a 306 status code?" },
  { codes: [429], text: "what means 429 and how long i must wait" },
  {
    codes: [402, 403],
    text: "tenant is suspended because they didn't pay the invoice, what code for their api calls",
  },
  { codes: [500], text: "sorry my english, what is code 500 mean" },
  { codes: [200], text: "hello, code 200 mean everything is ok yes?" },
  { codes: [201], text: "what is code 201" },
  { codes: [404], text: "the meaning of 404 pls" },
  { codes: [400], text: "status 400 bad request mean what" },
  { codes: [503], text: "what is 503 service unavailable and what is Retry-After" },
  { codes: [418], text: 'what is the status for "i am a teapot"' },
  { codes: [410], text: "what is 410 gone" },
  { codes: [415], text: "code 415 what i did wrong in postman" },
  { codes: [405], text: "405 on my POST but GET works, why" },
  { codes: [511], text: "what is 511 network authentication required" },
  { codes: [202], text: "when i must use 202 accepted and not 200" },
  { codes: [505], text: "what code means the server don't support the http version" },
  { codes: [416], text: "what 416 mean for video streaming" },
  { codes: [302], text: "what is 302 found" },
  { codes: [431], text: "what is status 431" },
  { codes: [499], text: "is 499 a real http code or nginx only?" },
  { codes: [521], text: "cloudflare 521 what means, the server is running i checked" },
  {
    codes: [503],
    text: 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.0.0.5:50051: connect: connection refused"',
  },
  {
    codes: [504],
    text: 'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with: status = StatusCode.DEADLINE_EXCEEDED details = "Deadline Exceeded">',
  },
  {
    codes: [429],
    text: "io.grpc.StatusRuntimeException: RESOURCE_EXHAUSTED: grpc: received message larger than max (5242880 vs. 4194304)",
  },
  {
    codes: [500],
    text: "Error: 13 INTERNAL: Received RST_STREAM with code 2 triggered by internal client error",
  },
  {
    codes: [400],
    text: 'nestjs with the global ValidationPipe, whitelist + forbidNonWhitelisted turned on. client sends an extra "isAdmin": true in the body and gets "property isAdmin should not exist". we never set errorHttpStatusCode. what comes back out of the box?',
  },
  {
    codes: [400],
    text: 'spring boot 3.2, @Valid on the @RequestBody, dto has @NotBlank on name. posting name="" i see MethodArgumentNotValidException in the logs. we have no @ControllerAdvice at all. what status does the client actually get',
  },
  {
    codes: [400],
    text: "rails 7 api only app. `params.require(:order).permit(...)` and the mobile client posts without the order root key -> ActionController::ParameterMissing (param is missing or the value is empty: order). in production what does rails render for that one?",
  },
  {
    codes: [422],
    text: "we call `Order.create!(order_params)` in a rails controller and never rescue anything. when a validation fails ActiveRecord::RecordInvalid just bubbles up. i assumed the user gets a 500 page in prod but a colleague says rails maps that exception to something else. who is right?",
  },
  {
    codes: [422],
    text: "laravel 10, api route, `$request->validate([...])` fails. request has Accept: application/json. what code does laravel answer with? the mobile dev mentions he smoetimes sees a 302 which confuses me even more",
  },
  {
    codes: [400],
    text: 'drf ModelSerializer, is_valid(raise_exception=True) fails beacuse the sku field has a UniqueValidator and the sku is taken. body is {"sku":["product with this sku already exists."]}. honestly i\'d like 409 but what does drf send by default?',
  },
  {
    codes: [400],
    text: "django on k8s and the logs are spammed with `Invalid HTTP_HOST header: '10.2.3.4:8000'. You may need to add '10.2.3.4' to ALLOWED_HOSTS.` — kube probes hit the pod ip directly. what status are the probes receiving from django?",
  },
  {
    codes: [400],
    text: 'we have flask with flask-wtf CSRFProtect. an ajax POST without the X-CSRFToken header comes back with "The CSRF token is missing." qa filed a ticket saynig it should be 403 instead of what it is now. what is flask-wtf returning by default?',
  },
  {
    codes: [403],
    text: "spring security 6, default config. hitting POST /api/notes from postman without any csrf token, i get an empty body. whats the status i should expect in the response?",
  },
  {
    codes: [419],
    text: 'laravel blade form, user leaves the tab open overnight, submits in the morning -> big "Page Expired" screen. devtools shows a status code i never seen before. which one is it and is it even a standard code?',
  },
  {
    codes: [422],
    text: "rails 7.1, protect_from_forgery with: :exception. a form post with a stale authenticity token raises ActionController::InvalidAuthenticityToken. what http code does the user get in production mode?",
  },
  {
    codes: [403],
    text: "phoenix 1.7 app, someone posts to /users/log_in from an old cached page and we get Plug.CSRFProtection.InvalidCSRFTokenError in the logs. what status does plug map that exception to",
  },
  {
    codes: [400],
    text: "asp.net core mvc with the global AutoValidateAntiforgeryToken filter. when the token is missnig on a POST the response has an empty body. which status is it? need to know for the waf exclusion rules",
  },
  {
    codes: [403],
    text: "our iot gateways authenticate with mTLS plus a device token header. token is valid, but device isn't provisioned for tenant X and calls /tenants/X/telemetry. 401 or 403 here?",
  },
  {
    codes: [401],
    text: "mobile backend: access token is expired (jwt exp is in the past). currently we send 403 and the app never refreshes because it only triggers refresh on 401. which one is actually correct per spec?",
  },
  {
    codes: [403],
    text: "code review drama. our api returns 401 when the user is logged in fine but is not an admin. reviewer flagged it. who is right here",
  },
  {
    codes: [401],
    text: 'fastapi HTTPBearer depnedency, no Authorization header sent at all, and our version answers 403 {"detail":"Not authenticated"}. forget what the lib does — semantically what should a request with no credentials get?',
  },
  {
    codes: [403],
    text: 'drf, only SessionAuthentication configured. anonymous curl to a view with IsAuthenticated gets "Authentication credentials were not provided." what status code does drf send in this exact setup?',
  },
  {
    codes: [401],
    text: "same drf project, now i put TokenAuthentication first in DEFAULT_AUTHENTICATION_CLASSES. anonymous request to the IsAuthenticated view. what status now?",
  },
  {
    codes: [401],
    text: "we have a spring boot app with formLogin for the admin ui and rest endpoints under /api. unauthenticated fetch() to /api/me currently gets bounced to the login page and axios ends up with html and a 200. for a json api what should the unauthenticated response be instead?",
  },
  {
    codes: [401],
    text: 'REST api gateway with a custom TOKEN authorizer in node, we do `throw new Error(\'Unauthorized\')` when the jwt is bad. client gets {"message":"Unauthorized"}. status?',
  },
  {
    codes: [401],
    text: 'apigw v2 http api with the built in jwt authorizer against cognito. token audience mismatch -> response header www-authenticate: Bearer error="invalid_token" error_description="the token does not have a valid audience". which status comes with that?',
  },
  {
    codes: [403],
    text: "istio 1.20, AuthorizationPolicy with action DENY on /admin/* for everything not from the ops namespace. calls from the frontend ns get the body `RBAC: access denied`. which code is it?",
  },
  {
    codes: [401],
    text: 'RequestAuthentication pointing at keycloak jwks. expired token -> plain text body "Jwt is expired". what status does the sidecar return?',
  },
  {
    codes: [403],
    text: 'resource server question. token is valid, scope claim is "read:orders" but the endpoint needs "write:orders". rfc 6750 has an error for this, what http status goes with it?',
  },
  {
    codes: [400],
    text: 'our oauth server: refresh token was revoked, client posts grant_type=refresh_token and we answer {"error":"invalid_grant"}. we currently use 401 but the sdk then thinks the client credentials are wrong. what does rfc 6749 want?',
  },
  {
    codes: [401],
    text: 'token endpoint, confidential client authenticates via http basic and the client secret is wrong. {"error":"invalid_client"}. 400 or 401?',
  },
  {
    codes: [400],
    text: 'implementing rfc 8628 device flow. while the user hasn\'t approved yet the polling request gets error=authorization_pending. what http status should the token endpoint send with that? feels wrong to send an error status for a normal "keep waiting"',
  },
  {
    codes: [200],
    text: "token introspection endopint (rfc 7662). the token being introspected is expired. should we return 401? or maybe 404 since the token isnt there anymore?",
  },
  {
    codes: [561],
    text: "ALB listener rule with authenticate-oidc against okta. every now and then users land on a plain page with status 561. what is 561 and where does it come from??",
  },
  {
    codes: [407],
    text: "corporate network, our python cli uses requests through the company squid. users report `ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 407 Proxy Authentication Required'))`. is that status from our api or from their proxy?",
  },
  {
    codes: [407],
    text: "node service behind a corp proxy, axios with HTTPS_PROXY set. response is 407 with header Proxy-Authenticate: NTLM. is our server rejecting the call or what does that status mean",
  },
  {
    codes: [402],
    text: "stripe api gave us error type card_error, code card_declined. our logs show its not a 400, what http status does stripe use for declined cards?",
  },
  {
    codes: [402],
    text: "metered billing api (ai credits). the customer's prepaid balance is 0 and they call /v1/generate. we want to block until they top up. what code do people normally use for that?",
  },
  {
    codes: [404],
    text: "express 4 app, someone calls GET /api/v2/users but we only ever shipped v1. response body is html `Cannot GET /api/v2/users`. what's the status on that?",
  },
  {
    codes: [405],
    text: 'gin router, we only registered POST /login. GET /login gives "404 page not found". shouldnt that be a different code when the path exists but the verb is wrong? is there a setting for it',
  },
  {
    codes: [404],
    text: "after upgrading to spring boot 3.2 every unknown url logs `NoResourceFoundException: No static resource api/foo.` at warn and our alerting goes crazy. what status does the claler get for those?",
  },
  {
    codes: [404],
    text: "laravel route model binding: GET /api/invoices/99999 and that invoice doesnt exist. what does laravel answer by default for an api request?",
  },
  {
    codes: [404],
    text: "rails, `Product.find(params[:id])` with a bogus id. in dev i see the big red error page with ActiveRecord::RecordNotFound, but what does a user get in production?",
  },
  {
    codes: [404],
    text: 'i set docs_url=None in fastapi and now /docs returns {"detail":"Not Found"}. just to confirm which code thats sent with?',
  },
  {
    codes: [404],
    text: "axum 0.7, Router with no fallback configured. request to /healthz (we only have /health) comes back with an empty body. status?",
  },
  {
    codes: [404],
    text: "k8s with ingress-nginx. if i curl the load balancer ip directly i get `default backend - 404`. which component is answering and with what?",
  },
  {
    codes: [404],
    text: 'envoy access log: `[2024-03-01T10:00:00.000Z] "GET /v3/catalog HTTP/1.1" 404 NR 0 0 0 - "10.0.0.7"` — is this 404 coming from the upstream service? what does NR stand for',
  },
  {
    codes: [404],
    text: "s3 GetObject on a key that doesnt exist returns AccessDenied (403) instead of NoSuchKey. role only has s3:GetObject. what would s3 return if i also grant s3:ListBucket on the bucket?",
  },
  {
    codes: [404, 204],
    text: "idempotent delete question — DELETE /carts/abc called a second time, cart already gone. do you send 404 or 204 on the repeat?",
  },
  {
    codes: [410],
    text: "we sunset api v1 on march 1st. after that, calls to /v1/* should return something that clearly says this is permanently dead, not a generic not found. which code?",
  },
  {
    codes: [410],
    text: "marketing has expired campaign landing pages and the seo guy wants google to drop them from the index asap. we currently 302 them to the homepage. better option?",
  },
  {
    codes: [410],
    text: "file sharing feature: share links are valid for 7 days. after expiry what status should the download url return? right now we throw 403 which makes support think its a permissions bug",
  },
  {
    codes: [409],
    text: "jpa @Version optimistic locking. two admins edit the same product, the second save throws ObjectOptimisticLockingFailureException. there's no If-Match involved, its just the version field in the json. what should we map that exception to?",
  },
  {
    codes: [409],
    text: 'kubectl apply fails with `Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again`. what http status is that from the apiserver under the hood?',
  },
  {
    codes: [409],
    text: "terraform creating an s3 bucket fails with BucketAlreadyOwnedByYou. what http status does s3 use for that error code",
  },
  {
    codes: [409],
    text: "order state machine: client tries to cancel an order that already shipped. the request itself is fine, its just the current state that doesnt allow it. 400? 409? 422?",
  },
  {
    codes: [422],
    text: "implementing the ietf idempotency-key header draft. a client reuses the same key but with a different request body. what status does the draft suggest for that?",
  },
  {
    codes: [409],
    text: "same idempotency-key topic: second request with the same key arrives while the first one is still being processed. what should the second one get?",
  },
  {
    codes: [409],
    text: "grpc-gateway in front of our go service. the grpc handler returns codes.AlreadyExists when the username is taken. what http code does the gateway translate that to?",
  },
  {
    codes: [409],
    text: "our grpc method returns codes.Aborted on a transaction conflict (spanner retry). what http status does grpc-gateway produce for Aborted?",
  },
  {
    codes: [409],
    text: 'couchdb returns 409 "Document update conflict" when i PUT with a stale _rev. why is that a 409 and not a 412? which is the right one for that situation?',
  },
  {
    codes: [409],
    text: "elasticsearch, index request with op_type=create and the doc id already exists -> version_conflict_engine_exception. what status code does ES send?",
  },
  {
    codes: [409],
    text: "phoenix + ecto, Repo.update! with optimistic_lock raises Ecto.StaleEntryError and we don't handle it. with phoenix_ecto installed what status ends up going to the client",
  },
  {
    codes: [409],
    text: "ef core DbUpdateConcurrencyException bubbling up from SaveChangesAsync when two warehouse clerks update the same stock row (rowversion column). we want to return something meaningful instead of the generic 500, which status?",
  },
  {
    codes: [409],
    text: "postgres unique violation (23505) on insert of a duplicate coupon code currently leaks out as a 500 from our node api. what should it be mapped to?",
  },
  {
    codes: [405],
    text: 'fastapi with a plain GET route /items. client does POST /items and gets {"detail":"Method Not Allowed"}. which status goes with that body?',
  },
  {
    codes: [405],
    text: "django view decorated with @require_POST, browser opens the url with GET. blank page. which status does django return?",
  },
  {
    codes: [405],
    text: "plain nginx static site. someone POSTs a contact form to /index.html and gets `405 Not Allowed` with nginx in the footer. is that nginx itself? what code",
  },
  {
    codes: [405],
    text: 'laravel api: "The GET method is not supported for route api/users. Supported methods: POST." which code does that exception render as?',
  },
  {
    codes: [405],
    text: "apollo server 4, someone sends a mutation via GET with the query in the querystring. what status does apollo respond with?",
  },
  {
    codes: [412],
    text: 'PUT /documents/7 with If-Match: "v3" but the current etag on the server is "v4". my teammate says 409, i say something else. what\'s correct here?',
  },
  {
    codes: [428],
    text: "we want to force clients to send If-Match on every PATCH so nobody overwrites someone elses chagnes (lost update problem). if a client just omits the header, what do we send back?",
  },
  {
    codes: [412],
    text: "s3 PutObject with If-None-Match: * (the new conditional writes feature) and the ojbect already exists. which status does s3 return?",
  },
  {
    codes: [412],
    text: "weird one: GET /reports/q3 with If-Unmodified-Since set to last week, resource was modified yesterday. what's the spec'd response for a GET in that case?",
  },
  {
    codes: [412],
    text: 'azure blob: uploading with an If-Match etag and getting ConditionNotMet. "The condition specified using HTTP conditional header(s) is not met." what code is that',
  },
  {
    codes: [428],
    text: 'doing an api design review for our document service and i want to reference the rfc 6585 code that means "this server requires the request to be conditional" (so clients must send If-Match). i forget the number and google gives me the 412 page. which one is it?',
  },
  {
    codes: [413],
    text: "uploading a 5MB avatar through nginx, error log says `client intended to send too large body: 5242880 bytes`. browser just shows an error page. which code is nginx sending?",
  },
  {
    codes: [413],
    text: 'express app using express.json() with default options. posting a 300kb json body → "PayloadTooLargeError: request entity too large". status?',
  },
  {
    codes: [413],
    text: "flask with app.config['MAX_CONTENT_LENGTH'] = 16 * 1024 * 1024, someone uploads a 40mb pdf. what does werkzeug return?",
  },
  {
    codes: [413],
    text: 'laravel 10 backend for a field-service app. technicians upload inspection videos from the phone and for big ones laravel throws Illuminate\\Http\\Exceptions\\PostTooLargeException before the controller runs (post_max_size is 64M). the app shows "unknown error". what status is the client actually getting from that exception?',
  },
  {
    codes: [413],
    text: "kestrel default MaxRequestBodySize is ~30MB. we upload 50MB and the request dies. which status does kestrel answer with?",
  },
  {
    codes: [413],
    text: "rest api gateway, client posts a base64 image that ends up ~12MB json. what response does api gateway give?",
  },
  {
    codes: [413],
    text: "ALB in front of a lambda target. requests with >1MB body fail before lambda is even invoked. what code is the ALB returning for that?",
  },
  {
    codes: [413],
    text: 'axum Json extractor and our clients upload 3MB payloads. they get an error with "length limit exceeded" in the body. which status is that?',
  },
  {
    codes: [413],
    text: "ingress-nginx, helm chart upload to chartmuseum through ingress fails. body is an html page from nginx. we never set proxy-body-size annotation. what status are we hitting?",
  },
  {
    codes: [413],
    text: "fastify 4 service that ingests telemetry bundles from our edge boxes. default bodyLimit, and bundles over 1MiB fail with FST_ERR_CTP_BODY_TOO_LARGE in the logs. the edge agent only logs the numeric status. which http code does fastify map that error to?",
  },
  {
    codes: [413],
    text: "spring boot multipart, default max-file-size is 1MB and a user uploads a 4MB scan. we get MaxUploadSizeExceededException in the log. if i write a handler for it which status is semantically correct?",
  },
  {
    codes: [414],
    text: "asp.net core app, someone sends a request line of 10kb (huge querystring) and kestrel rejects it before routing. which code does kestrel send?",
  },
  {
    codes: [431],
    text: "cookie bloat problem. chrome sends like 18kb of cookies to our node 20 server (behind nothing, direct) and gets an error straight from node without hitting express. which status?",
  },
  {
    codes: [431],
    text: "go net/http server with MaxHeaderBytes = 1<<14. a client sends a jwt + cookies exceeding that. what does the go server write back?",
  },
  {
    codes: [431],
    text: "internal hr portal on kestrel (no iis, no nginx). after we switched to azure ad, the auth cookie got enormous and some users can't load the app anymore, kestrel logs MaxRequestHeadersTotalSize exceeded. status code they get?",
  },
  {
    codes: [400],
    text: 'nginx returns "400 Bad Request — Request Header Or Cookie Too Large". what status code does the browser actually receive there?',
  },
  {
    codes: [494],
    text: "i see 494 mentioned in some nginx error_page snippets online. what is 494 supposed to mean, never saw it in a brwoser",
  },
  {
    codes: [415],
    text: "spring boot POST with Content-Type: text/plain to an endpoint that has @RequestBody MyDto. HttpMediaTypeNotSupportedException \"Content type 'text/plain;charset=UTF-8' not supported\". status?",
  },
  {
    codes: [415],
    text: "axum handler with Json<CreateUser> extractor. client forgets the Content-Type header entirely. what does axum reject the request with?",
  },
  {
    codes: [400],
    text: 'axum Json<CreateUser>, content-type is set correctly but the body is `{"name": "bob",}` (trailing comma). which status code does the rejection use?',
  },
  {
    codes: [422],
    text: 'axum Json extractor again, json is syntactically fine but `age` is a string instead of u32. the rejection text says "Failed to deserialize the JSON body into the target type". status code?',
  },
  {
    codes: [415],
    text: "flask 2.3, route calls request.get_json(), client sends application/x-www-form-urlencoded. used to just get None, now it errors. what code does flask give now?",
  },
  {
    codes: [415],
    text: 'drf endpoint for lab results, parser_classes = [JSONParser] only. a partner lab sends multipart/form-data and gets detail: "Unsupported media type \\"multipart/form-data; boundary=...\\" in request." they\'re asking us which status they got since their logs only say "error". which one?',
  },
  {
    codes: [415],
    text: "[ApiController] in asp.net core, client posts application/xml to an action with [FromBody] Dto and no xml formatter registered. what does it return?",
  },
  {
    codes: [415],
    text: "our webhook receiver only accepts application/json and one partner sends application/x-www-form-urlencoded payloads. we want to reject with a clear code. which one?",
  },
  {
    codes: [415],
    text: "client sends a request body with Content-Encoding: br, our server only knows how to decode gzip. which status per rfc 9110?",
  },
  {
    codes: [406],
    text: "one of our b2b customers has an old erp that always sends Accept: application/xml. our spring boot api only produces json, so spring throws HttpMediaTypeNotAcceptableException before the controller. what code does the erp receive?",
  },
  {
    codes: [406],
    text: "rails 7 app, orders controller has respond_to with only format.json. a crawler requests /orders/1.html and sentry shows ActionController::UnknownFormat. not a big deal but what status is rendered in production for that?",
  },
  {
    codes: [404],
    text: "drf api for our inventory system, renderers are JSONRenderer + BrowsableAPIRenderer. an itnegrator tried ?format=xml because they saw it in some tutorial, expecting a 406. what does drf actually answer with when the format query param matches no renderer?",
  },
  {
    codes: [406],
    text: "versioning by media type: Accept: application/vnd.acme.v3+json but v3 doesnt exist (we have v1 and v2). what status should we reply with if we decide to reject instead of falling back?",
  },
  {
    codes: [408],
    text: 'going through ALB access logs for our ticketing api during a concert sale. a chunk of lines have elb_status_code 408, target_status_code "-" and very small received_bytes. the targets never saw them. what makes the ALB emit that one?',
  },
  {
    codes: [408],
    text: "axum with tower_http TimeoutLayer set to 30s. hadnler takes 40s because of a slow db. what does the client get? i kind of expected 504",
  },
  {
    codes: [408],
    text: "fastify with requestTimeout: 10000 configured. client uploads slowly over a bad 3g link and doesnt finish in 10s. what status does fastify send?",
  },
  {
    codes: [408],
    text: 'kestrel MinRequestBodyDataRate violation, log says "Reading the request body timed out due to data arriving too slowly". which status is that?',
  },
  {
    codes: [408],
    text: "node 18+ http server, a client keeps a request open but never finishes sending it. after server.requestTimeout kicks in, what status is written?",
  },
  {
    codes: [429],
    text: 'nestjs backend for a quiz game, global ThrottlerGuard at 10 req/min per ip to stop answer brute forcing. the 11th request comes back with "ThrottlerException: Too Many Requests". which status code is that?',
  },
  {
    codes: [429],
    text: "using express-rate-limit with default options on our login route. what status does it send once a client is over the limit?",
  },
  {
    codes: [429],
    text: 'our users in a mobile game sometimes see cloudflare "error 1015 you are being rate limited". what http status goes with that page?',
  },
  {
    codes: [503],
    text: "nginx limit_req zone=api burst=20 nodelay. excess requests get rejected but the status is not 429 like we expected. what is nginx's default status for limit_req rejections?",
  },
  {
    codes: [429],
    text: "follow up to the nginx limit_req thing, what should we set limit_req_status to so clients and sdks understand they're being throttled?",
  },
  {
    codes: [503],
    text: "aspnet core 8 AddRateLimiter with a fixed window policy. rejected requests come back as 503 not 429. is 503 really the framework default there?",
  },
  {
    codes: [429],
    text: "apigw usage plan with throttling 100 rps burst 200. when a client exceeds it, what does api gateway return?",
  },
  {
    codes: [429],
    text: 'laravel api for a recipe app, throttle:60,1 on the api middleware group. a script kiddie hammering the search gets "Too Many Attempts." what status does laravel attach?',
  },
  {
    codes: [420],
    text: 'old twitter v1 streaming api clients used to get a weird code "Enhance Your Calm" when reconnecting too fast. which number was that?',
  },
  {
    codes: [429],
    text: "our public api: a tenant has used up their monthly quota (not per second rate, the monthly contract limit). do we still use 429 for that?",
  },
  {
    codes: [429],
    text: "go microservices: our quota service returns grpc codes.ResourceExhausted when a tenant exceeds their plan, and the public api is grpc-gateway on top. which http code comes out the other side?",
  },
  {
    codes: [429],
    text: "traefik v3 in front of our public docs search, RateLimit middleware average=50 burst=100 per source ip. what status do the blocked requests get from traefik?",
  },
  {
    codes: [429],
    text: 'openai api returns "You exceeded your current quota, please check your plan and billing details" with type insufficient_quota. which http status comes with that message?',
  },
  {
    codes: [403, 429],
    text: "github api: we hit the secondary rate limit while creating lots of issues in a migration script. which status do we get? docs are kinda vague",
  },
  {
    codes: [529],
    text: 'sometimes the anthropic api gives us `{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}` — the status isnt a normal one. which code is it?',
  },
  {
    codes: [504],
    text: "express 4: async route handler awaits a db call that rejects, we dont have try/catch or express-async-errors. the request just hangs until nginx gives up. what status ends up on the client?",
  },
  {
    codes: [500],
    text: "express 4, a sync route handler throws `new Error('boom')`, no custom error middleware. what does the default finalhandler respond with?",
  },
  {
    codes: [500],
    text: 'nestjs service throws a plain TypeError (cannot read properties of undefined). body is {"statusCode":...,"message":"Internal server error"}. which status?',
  },
  {
    codes: [500],
    text: "spring boot rest controller throws a NullPointerException, no advice, default /error handling. what does the json error body say for status?",
  },
  {
    codes: [500],
    text: 'django 4.2, DEBUG=False in prod. a view for the shipping label page does settings_dict["carrier"] and raises KeyError for a new carrier. what code do the users get?',
  },
  {
    codes: [500],
    text: 'fastapi service that computes loan amortization. a bug raises ZeroDivisionError when the term is 0 and we have no exception handlers registered. body is plain text "Internal Server Error". which status code?',
  },
  {
    codes: [500],
    text: "go gin service (gin.Default() so logger + recovery are on). one handler writes to a nil map under a rare branch and panics. what does the recovery middleware respond with?",
  },
  {
    codes: [500],
    text: "koa app, middleware throws an error without a status property and we have no error handler. what status does koa send?",
  },
  {
    codes: [500],
    text: 'apigw http api with lambda integration (payload v2). lambda trhows an unhandled exception. response is {"message":"Internal Server Error"}. code?',
  },
  {
    codes: [500],
    text: "our backend found an unexpected null deep inside the pricing service. a dev wants to return 400 so that it doesn't page on-call. what should it really be?",
  },
  {
    codes: [500],
    text: 'apache on shared hosting, after editing .htaccess every page shows "Internal Server Error — The server encountered an internal error or misconfiguration". error log: "Invalid command \'RewriteEngine\', perhaps misspelled or defined by a module not included". which code is that?',
  },
  {
    codes: [500],
    text: "ingress-nginx with nginx.ingress.kubernetes.io/auth-url pointing at our auth service. when the auth service pod is down, users get an error from ingress, not 401. which status is it?",
  },
  {
    codes: [500],
    text: 'laravel shop in production with APP_DEBUG=false. a controller has an undefined variable in a rarely used branch and customers see the generic "Server Error" page. status of that page?',
  },
  {
    codes: [500],
    text: "asp.net core 8 minimal api for appointment reminders. handler throws InvalidOperationException and in production we never added UseExceptionHandler. what status comes back?",
  },
  {
    codes: [500],
    text: "flask app, a view raises a ValueError that we never catch, debug off. what does the user get?",
  },
  {
    codes: [500],
    text: "our grpc server returns codes.Internal and codes.Unknown for different failures, behind grpc-gateway. what status do those become over http?",
  },
  {
    codes: [500],
    text: "elixir/phoenix api for a logistics dashboard. a context function has no clause matching some odd input and raises FunctionClauseError from the controller. in prod, what status does the user get?",
  },
  {
    codes: [501],
    text: "plain old http: client sends a PROPFIND to our simple rest api that knows nothing about webdav. what's the right response for a method the server doesn't recognize at all?",
  },
  {
    codes: [501],
    text: "feature flagged endpoint: the route exists in our openapi spec but the backend for it isn't built yet. some people use 501 for this, is that legit or should it be 404?",
  },
  {
    codes: [501],
    text: "we rolled out a new rpc in the proto but the backend service isn't updated yet, so it returns UNIMPLEMENTED. grpc-gateway sits in front for the web clients. what http code do they see?",
  },
  {
    codes: [501],
    text: 'ALB returns 501 for some weird client. access logs say the request had "Transfer-Encoding: gzip, chunked" i think. why 501?',
  },
  {
    codes: [502],
    text: 'nginx error log: `connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.4.9, server: api.shop.local, upstream: "http://127.0.0.1:8080/cart"`. users see an error page, which code is it?',
  },
  {
    codes: [502],
    text: "nginx: `upstream prematurely closed connection while reading response header from upstream`. happens when gunicorn worker gets killed on timeout. what status does the user get?",
  },
  {
    codes: [502],
    text: "nginx in front of a spring app that sets a massive Set-Cookie header. error log says `upstream sent too big header while reading response header from upstream`. status for the client?",
  },
  {
    codes: [502],
    text: "during a deploy, nginx logs `no live upstreams while connecting to upstream` for a few seconds. what code are clients getting during that window?",
  },
  {
    codes: [502],
    text: 'node express behind an aws ALB. random errors under low traffic, ALB logs show elb_status_code for these but target_status_code is "-". node keepAliveTimeout is the default 5s, ALB idle timeout 60s. which code are we seeing?',
  },
  {
    codes: [502],
    text: 'ALB with a lambda target, lambda returns {"statusCode": "200", "body": {...}} where body is an object not a string. ALB rejects it. which status?',
  },
  {
    codes: [502],
    text: 'traefik in docker swarm, container is up but app listens on 127.0.0.1 instead of 0.0.0.0. traefik returns "Bad Gateway". code?',
  },
  {
    codes: [502],
    text: "caddy reverse_proxy to localhost:3000, the node app is not running. log says `dial tcp 127.0.0.1:3000: connect: connection refused`. what does the brwoser get?",
  },
  {
    codes: [502],
    text: 'gcp external https load balancer in front of a gke service. requests that take >30s fail and logs show statusDetails: "backend_timeout". we expected 504 but what does the gcp lb atcually return?',
  },
  {
    codes: [502],
    text: "azure application gateway, all backend pool members show unhealthy in backend health. users get an error page from app gateway. which status?",
  },
  {
    codes: [502],
    text: "go httputil.ReverseProxy, backend is down, log shows `http: proxy error: dial tcp 10.1.2.3:9000: connect: connection refused`. what does the default ErrorHandler send?",
  },
  {
    codes: [502],
    text: "wordpress on nginx + php-fpm. `connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory)`. users see what?",
  },
  {
    codes: [502],
    text: "haproxy log line shows termination state `SH--` and the server sent half a response then died. which status did haproxy give the client?",
  },
  {
    codes: [503],
    text: 'envoy sidecar, access log `"POST /payments HTTP/1.1" 503 UF upstream_reset_before_response_started{connection_failure}`. does that mean the payment service returned 503?',
  },
  {
    codes: [503],
    text: 'envoy front proxy for our iot fleet api. after a bad deploy all endpoints failed active health checks, clients get body "no healthy upstream" and the access log flag is UH. which code does the client see?',
  },
  {
    codes: [503],
    text: 'after enabilng STRICT mTLS in istio, calls to one legacy service (no sidecar) fail with "upstream connect error or disconnect/reset before headers. reset reason: connection termination". status code?',
  },
  {
    codes: [503],
    text: "k8s staging: someone typo'd the selector label on the Service (app: web vs app: webb), so it has zero endpoints. ingress-nginx still routes the host to it. what does ingress-nginx return?",
  },
  {
    codes: [503],
    text: "haproxy backend server refuses the TCP connection (app crashed), haproxy retries 3 times and gives up, termination flags `SC--`. what status did the client get? nginx would say 502 here iirc",
  },
  {
    codes: [503],
    text: 'traefik dashboard shows the service with 0 healthy servers after health check fails, clients get "no available server". which code?',
  },
  {
    codes: [503],
    text: 'varnish guru meditation page "Error 503 Backend fetch failed". does varnish use this same code for timeouts too or only for refused connections?',
  },
  {
    codes: [503],
    text: "autoscaling mishap last night: the ASG scaled to 0 and the ALB target group ended up with zero registered targets. what status did the ALB hand out to everyone?",
  },
  {
    codes: [503],
    text: 'old classic ELB, during traffic spikes we see "back-end server is at capacity" and SurgeQueueLength maxed out. status for clients?',
  },
  {
    codes: [503],
    text: "our clickstream pipeline writes tiny objects to s3 under the same prefix, thousands per second. boto3 retries are full of `SlowDown: Please reduce your request rate.`. which http code is that?",
  },
  {
    codes: [503],
    text: 'laravel marketplace, we ran `php artisan down` for a migration. every page shows "Service Unavailable". what code does laravel return in maintenance mode?',
  },
  {
    codes: [503],
    text: "we're doing a planned 2h db migration with the api offline. what should the api return during the window so clients back off properly?",
  },
  {
    codes: [503],
    text: 'heroku logs `at=error code=H12 desc="Request timeout" method=POST path="/reports" status=...`. which status does the heroku router send for H12?',
  },
  {
    codes: [503],
    text: "heroku H10 App crashed — our dyno keeps crashing on boot. users see the heroku error page with what status?",
  },
  {
    codes: [503],
    text: 'apache mod_proxy (ProxyPass /api http://localhost:8081/), tomcat is down. apache error log says "AH00957: HTTP: attempt to connect to 127.0.0.1:8081 failed". what does apache show users?',
  },
  {
    codes: [503],
    text: "fastify app during graceful shutdown, new requests arriving after fastify.close() was called. what does fastify respond with by default?",
  },
  {
    codes: [503],
    text: 'go service wraps the report handler with http.TimeoutHandler(h, 5*time.Second, "timeout"). large reports take ~8s. what status does the client get from TimeoutHandler when it fires?',
  },
  {
    codes: [503],
    text: 'windows server, IIS app pool stopped after too many rapid failures (rapid fail protection). users see "Service Unavailable" from http.sys. code?',
  },
  {
    codes: [503],
    text: "envoy sidecar in front of our payments service, circuit breaker max_pending_requests=100. during the black friday spike access logs show flag UO. what status goes to the callers?",
  },
  {
    codes: [504],
    text: "ALB logs, target_processing_time -1, elb_status_code for requests where our java target took longer than the 60s idle timeout. what code is it?",
  },
  {
    codes: [504],
    text: 'rest api gateway in front of a lambda that builds a tax report. the lambda takes ~35s, client gets {"message": "Endpoint request timed out"}. status of that response?',
  },
  {
    codes: [504],
    text: "cloudfront distribution for our e-learning api, origin response timeout left at 30s. the certificate generation endpoint takes 45s. what code does cloudfront give the viewer?",
  },
  {
    codes: [504],
    text: "haproxy in front of a legacy perl app, `timeout server 30s`. the slow search endpoint sometimes takes 40s and the log shows termination state `sH--`. status code in that log line?",
  },
  {
    codes: [504],
    text: 'envoy route config has timeout: 15s for the /recommendations cluster. when the ml service is slow the access log shows "upstream request timeout" with flag UT. what code?',
  },
  {
    codes: [504],
    text: "traefik serversTransport has responseHeaderTimeout: 10s because of a misbehaving backend. now a legit endpoint that takes 20s to send headers fails. what status comes back?",
  },
  {
    codes: [504],
    text: "go-chi middleware.Timeout(10 * time.Second), the handler respects ctx and returns after ctx.Done(). what status does chi's timeout middleware write?",
  },
  {
    codes: [504],
    text: "ingress-nginx with default annotations, proxy-read-timeout is 60s. our bi exprot endpoint takes 90s before it writes anything. what do users get?",
  },
  {
    codes: [520],
    text: 'cloudflare error page "Web server is returning an unknown error", ray id etc. origin logs show the request arrived and node crashed mid response (socket reset). which cloudflare code is that?',
  },
  {
    codes: [520],
    text: 'our origin started sending enormous response headers (giant csp plus a few dozen set-cookie lines from a marketing plugin), way past what cloudflare accepts. cloudflare users now get a generic "unknown error" page. what is the code number?',
  },
  {
    codes: [523],
    text: 'cloudflare proxied record, origin ip changed after a migration but nobody updated the A record, the old ip now routes nowhere. users see "Origin is unreachable". code?',
  },
  {
    codes: [524],
    text: 'our csv export endpoint takes about 2.5 min to respond, behind cloudflare free plan. users get "A timeout occurred" page. what code?',
  },
  {
    codes: [525],
    text: 'cloudflare ssl mode Full, origin nginx has no ssl listener configured correctly (only port 80 really works, 443 closes the handshake). users see "SSL handshake failed". code?',
  },
  {
    codes: [526],
    text: 'switched cloudflare to Full (strict) and now the site shows "Invalid SSL certificate". origin uses a self signed cert. which code?',
  },
  {
    codes: [530],
    text: 'cloudflare tunnel (cloudflared) crashed on our k8s node. visitors get an error page "Error 1033 Argo Tunnel error". what http status accompanies that?',
  },
  {
    codes: [499],
    text: "mobile app has a 10s client timeout and our nginx logs show 499 exactly at 10s for the slow checkout endpoint. is nginx sendnig that to the app?",
  },
  {
    codes: [499],
    text: "grpc-gateway v2: a client cancels the request (context cacneled) and the gateway logs an http status. which status does it map codes.Canceled to?",
  },
  {
    codes: [444],
    text: "in our nginx config someone wrote `return 444;` for requests without a Host header. curl says `curl: (52) Empty reply from server`. what is 444?",
  },
  {
    codes: [444],
    text: "we want to drop requests from obvious scanner bots (hitting /wp-login.php on our django site) without sending anything back at all. nginx has a special code for that, which one?",
  },
  {
    codes: [496],
    text: 'nginx ssl server with `ssl_verify_client on`. a client connects without presenting any cert and gets "400 No required SSL certificate was sent". what\'s the internal nginx code i can target in error_page for that case?',
  },
  {
    codes: [495],
    text: 'nginx mTLS, client presents a cert signed by the wrong CA, page says "The SSL certificate error". which nonstandard code does nginx use internally for this?',
  },
  {
    codes: [497],
    text: 'someone types http://api.example.com:443/ and nginx answers "The plain HTTP request was sent to HTTPS port". i want to redirect these with error_page. which code do i catch?',
  },
  {
    codes: [460],
    text: "reviewnig ALB access logs for our ride app and there's a bunch of elb_status_code 460. never heard of that code, not in the rfc. what does it mean?",
  },
  {
    codes: [463],
    text: "ALB 463 errors appearing after we added another proxy layer in front. x-forwarded-for header now has a long chain of ips. what's 463?",
  },
  {
    codes: [464],
    text: "we created a target group with protocol version gRPC and a browser hits the ALB with plain http/1.1. the ALB returns 464. what does that mean",
  },
  {
    codes: [509],
    text: 'classic cPanel shared hosting, the site shows "Bandwidth Limit Exceeded" for the rest of the month. what status code is that?',
  },
  {
    codes: [498],
    text: "esri arcgis rest api returns error code 498 when our token expires. is that an http status? what is it?",
  },
  {
    codes: [999],
    text: "scraping linkedin public profiles for a research project (yeah i know) and getting status 999. what does that mean",
  },
  {
    codes: [218],
    text: 'apache httpd config has `ProxyErrorOverride On` and someone mentioned a joke status "this is fine" from apache. which number?',
  },
  {
    codes: [449],
    text: "reading some old microsoft IIS / exchange activesync documentation and there's a status 449 \"Retry With\". we're building a compatible server. what's 449 for?",
  },
  {
    codes: [200],
    text: "GET /products?category=shoes&color=purple returns no matches. one of our devs returns 404 for empty search results. what should a search with zero hits return?",
  },
  {
    codes: [200],
    text: "graphql server (apollo server 4), a resolver throws because the downstream inventory service is down. the response has data: {product: null} and an errors array. what http status does apollo use for that?",
  },
  {
    codes: [200],
    text: "POST /search with a complex filter body (we use POST because the filter is huge). nothing is created serevr side. 200 or 201?",
  },
  {
    codes: [200],
    text: "for our smart home app, PUT /users/42/preferences replaces the prefs and we return the full updated object in the body so the app can re-render. status?",
  },
  {
    codes: [200],
    text: "slack events api url_verification — slack sends a challenge and we need to echo it back. what status does slack expect?",
  },
  {
    codes: [200],
    text: "caddy v2 with a Caddyfile for a.example.com only. request to b.example.com (same ip) gets a blank response and no error. what status is caddy returning? looks like success??",
  },
  {
    codes: [200, 204],
    text: "kubernetes liveness probe, our /live endpoint. what status should it return when healthy? dev wants 204, does k8s care?",
  },
  {
    codes: [200],
    text: "a webhook receiver for shopify. we verify hmac, store the payload and want to ack. shopify docs mention a specific code?",
  },
  {
    codes: [201],
    text: "POST /orders creates an order synchronously and returns it. we also set Location: /orders/981. what status goes with that?",
  },
  {
    codes: [201],
    text: "nestjs booking service for a yoga studio. @Post('bookings') handler, we never added @HttpCode. the frontend dev asks what status a successful booking returns by default. what does nest use for post?",
  },
  {
    codes: [201],
    text: "drf ModelViewSet for patient intake forms. create() succeeds and the iOS dev's code checks `status == 200` which fails. what status does CreateModelMixin actually return?",
  },
  {
    codes: [201],
    text: "PUT /files/report.pdf where report.pdf did not exist before, server creates it at exactly that url. 200 or 201?",
  },
  {
    codes: [201],
    text: "iot provisioning flow. a factory station calls POST /devices/register, we create the device record and return the device credentials and the new device url. 200 or 201?",
  },
  {
    codes: [201],
    text: "rails scaffold-style api controller, `render json: @post, status: ???, location: @post` after a successful save. what do rails generators use there",
  },
  {
    codes: [202],
    text: "we have POST /exports that kicks off a csv export that can take 10 minutes. response contains a job id and status url. what code?",
  },
  {
    codes: [202],
    text: "stripe webhook endpoint: we push the event to sqs and return immediately without processing. does stripe need 200 specifically or is 202 fine?",
  },
  {
    codes: [202],
    text: "bulk import api: client uploads 50k rows, we validate the envelope and queue the rows for processing. which status for the upload response?",
  },
  {
    codes: [202],
    text: "our notifications service checks `if resp.status_code == 200` after calling sendgrid's v3 mail send and logs every email as failed even though they arrive. sendgrid returns a different 2xx when the mail is queued. which one?",
  },
  {
    codes: [202],
    text: "DELETE /buckets/logs-2019 in our storage product starts an async purge of millions of objects. what status for the delete call?",
  },
  {
    codes: [204],
    text: "forum backend: DELETE /comments/88 succeeds, the mobile app just removes it from the list locally, we have nothing useful to send back. which status?",
  },
  {
    codes: [204],
    text: "writing a custom cors middleware for our go api because the lib we used is unmaintained. for the preflight OPTIONS response (no body, just the access-control headers), which status is the most common choice?",
  },
  {
    codes: [204],
    text: "koa api for a todo app. after deleting the item the route sets `ctx.body = null` and doesn't touch ctx.status. the client sees no body. what status does koa send automatically?",
  },
  {
    codes: [204],
    text: "drf ModelViewSet for warehouse locations. destroy() succeeds and the angular client expects json which isn't there. what status does drf send for a successful destroy?",
  },
  {
    codes: [204],
    text: "our own analytics (we dropped google analytics) has a beacon endpoint hit by navigator.sendBeacon on page unload. it only records the event, no body needed in the response. what status should we return?",
  },
  {
    codes: [204],
    text: "android connectivity check hits /generate_204 style endpoint. we're building our own for a kiosk app. what status should the check url return when the internet works?",
  },
  {
    codes: [204],
    text: "rails app, an update action ends with `head :no_content`. a new teammate from the python world asks what number that symbol maps to. which?",
  },
  {
    codes: [204],
    text: 'kanban app api: PATCH /tasks/5 with {"done": true}. we don\'t send a body back because the client already has the state (optimistic ui). status?',
  },
  {
    codes: [205],
    text: 'html form "add another item": after POST the server wants the broswer to clear the form for the next entry but stay on the page. there\'s a 2xx code for exactly this, which?',
  },
  {
    codes: [206],
    text: "video player requests Range: bytes=1048576-2097151 for an mp4 stored on our server. what status should a correct response have?",
  },
  {
    codes: [206],
    text: "resumable downloads in our desktop app, download breaks at 60%, we resume with a Range header and the server responds with just the rest. status code?",
  },
  {
    codes: [207],
    text: "building a small webdav server for our document management system. PROPFIND on a folder returns an xml multistatus with one <d:response> per file. what status code for the overall response?",
  },
  {
    codes: [207],
    text: "batch endpoint: POST /batch with 20 operations, some succeed, some fail with their own status. someone suggested the webdav code for this, which is it?",
  },
  {
    codes: [208],
    text: "webdav binding extension, a PROPFIND with Depth: infinity where members were already enumerated earlier in the response. what status goes in the inner propstat for the duplicates?",
  },
  {
    codes: [203],
    text: "transparent proxy in our corporate net compresses images and moidfies the payload from origin. which status is meant to signal that the response was modified by a proxy?",
  },
  {
    codes: [226],
    text: "rfc 3229 delta encoding, server sends an instance-manipulation result (a diff) instead of the full body. what status?",
  },
  {
    codes: [100],
    text: "curl -v on a big upload shows `> Expect: 100-continue` and then a `< HTTP/1.1 ...` line before the real response. which interim status is that?",
  },
  {
    codes: [100],
    text: "writing a custom http/1.1 server for an embedded device. client sends Expect: 100-continue before a 2mb firmware upload. if i want the client to go ahead and send the body, what inteirm response do i write?",
  },
  {
    codes: [417],
    text: "legacy .net framework HttpWebRequest client sends Expect: 100-continue on every POST and our old squid proxy rejects it. which status does squid send?",
  },
  {
    codes: [417],
    text: "our api gateway does not support the Expect header at all (some client sends Expect: something-custom). spec-wise what status do we send?",
  },
  {
    codes: [101],
    text: "browser devtools shows the websocket upgrade request to wss://game.example.com/ws with status 101. is that an error or normal?",
  },
  {
    codes: [101],
    text: "implementing a websocket server by hand in c. after validating Sec-WebSocket-Key, what status line do i send back?",
  },
  {
    codes: [426],
    text: 'someone hits our `ws` node websocket server with a plain browser GET (no uprgade headers). the response says "Upgrade Required". which code?',
  },
  {
    codes: [426],
    text: "we want to refuse plain http/1.0 requests on an endpoint and tell the client to switch to tls / a newer protocol with an Upgrade header. which status?",
  },
  {
    codes: [103],
    text: "perf work on our node storefront: node 18 has res.writeEarlyHints() and we want to preload the css and fonts before the ssr finishes. what status does that send before the real repsonse?",
  },
  {
    codes: [301],
    text: "we moved the whole site from shop-old.com to shop.com forever. seo people want the strongest signal. for GET pages which redriect code?",
  },
  {
    codes: [301],
    text: "django api, APPEND_SLASH=True (default). our mobile client calls /api/orders without the trailing slash and gets redirected to /api/orders/. which status does CommonMiddleware use for that redirect?",
  },
  {
    codes: [301],
    text: 'aws cli hitting an s3 bucket in eu-central-1 using a us-east-1 endpoint (path style), error PermanentRedirect "The bucket you are attempting to access must be addressed using the specified endpoint". http code?',
  },
  {
    codes: [301],
    text: "nginx server block on port 80 doing `return ??? https://$host$request_uri;` — most tutorials put a numebr there. which is the classic one?",
  },
  {
    codes: [302],
    text: "express app for a small saas, middleware does `res.redirect('/login')` when the session is missing, no status argument. what code does express use by default?",
  },
  {
    codes: [302],
    text: "flask admin tool for our warehouse team. after a successful login we do `return redirect(url_for('dashboard'))` and the qa guy asks why the network tab shows a redirect code he didn't expect. default status of that redirect?",
  },
  {
    codes: [302],
    text: "rails: after signing out we call `redirect_to root_path` without any status option. which code does rails send?",
  },
  {
    codes: [302],
    text: "laravel web (not api) form validation fails, browser gets sent back to the form with errros in session. what status is that response?",
  },
  {
    codes: [303],
    text: "classic post/redirect/get: after the checkout form POST succeeds we want the browser to GET /orders/55/confirmation. which redirect code is semantically exact for this?",
  },
  {
    codes: [303],
    text: "async job api: client polls GET /jobs/123, job is done, we want to point the client at the result resource /reports/987. which redirect fits best?",
  },
  {
    codes: [304],
    text: "our static js bundles are served with etags. browser sends If-None-Match and nginx replies with no body. status?",
  },
  {
    codes: [304],
    text: "api gateway caching in our django app: we compute an etag for GET /catalog and the client sends it back in If-None-Match. what should we respond when unchanged?",
  },
  {
    codes: [304],
    text: "our sync agent downloads config budnles from s3 with an If-Modified-Since header set to the last sync time. if nothing changed since then, what does s3 return?",
  },
  {
    codes: [304],
    text: "cdn revalidation: fastly sends a conditional request to our origin with If-None-Match, origin says nothing changed. which status should origin return?",
  },
  {
    codes: [307],
    text: "we want a temporary redirect for POST /v1/upload to another host during a storage migration, and the client MUST repost the same body there. which code?",
  },
  {
    codes: [307],
    text: 'chrome devtools shows "307 Internal Redirect" when i type http://mybank.example. our server never sends 307. where does it come from?',
  },
  {
    codes: [307],
    text: "our terraform creates a new s3 bucket in ap-southeast-2 and the first few requests from the app (using the global endpoint) get TemporaryRedirect. what code is that?",
  },
  {
    codes: [307],
    text: "next.js marketing site, in next.config.js redirects() we set permanent: false for a seasonal sale page. which status does next send for that?",
  },
  {
    codes: [308],
    text: "ingress-nginx with ssl-redirect enabled, http requests get redirected to https. which code does ingress-nginx use by default for that?",
  },
  {
    codes: [308],
    text: "flask route defined as /items/ and a client requests /items. werkzeug redirects to the slash version. in current werkzeug versions which status is that redirect?",
  },
  {
    codes: [308],
    text: "next.js site migration, we added redirects with permanent: true for the old blog paths. seo person says they expected 301 but sees something else in the network tab. what status is it?",
  },
  {
    codes: [300],
    text: "content negotiation endpoint where a document exists in 4 lnaguages and we want the client to pick one, listing them. which 3xx is meant for that?",
  },
  {
    codes: [305],
    text: 'found an old api doc that says "respond with 305 to make the client go through the proxy in Location". is that still a thing? which code is that',
  },
  {
    codes: [416],
    text: "our video-on-demand origin. a buggy smart tv player requests Range: bytes=5000000-5000999 on a 2MB trailer file. what should the origin answer?",
  },
  {
    codes: [416],
    text: 's3 GetObject with a range starting past the object size -> InvalidRange "The requested range is not satisfiable". status code?',
  },
  {
    codes: [418],
    text: "some node package returns 418 to requests it considers bots. is 418 actually a registered code? what does it mean",
  },
  {
    codes: [421],
    text: "http/2 connection coalescing bug: chrome reuses a connection for admin.example.com that was opened for www.example.com (wildcard cert, same ip) but nginx has different ssl configs per vhost. what status should the server send so the browser retries on a fresh connection?",
  },
  {
    codes: [421],
    text: 'apache log: "Misdirected Request: The client needs a new connection for this request as the requested host name does not match the Server Name Indication (SNI) in use for this connection." which code is that?',
  },
  {
    codes: [423],
    text: "document editor backend: doc is checked out / locked for editing by another user, someone tries to save. a colleague suggests the webdav lock code, which one is it?",
  },
  {
    codes: [424],
    text: "webdav PROPPATCH with 3 property changes, one fails, so the others aren't applied. what status goes on the other properties in the 207 body?",
  },
  {
    codes: [424],
    text: 'batch api: step 3 of a dependent chain fails because step 2 failed before it. someone said there is a dedicated code for "failed because of a prior failed request". which?',
  },
  {
    codes: [425],
    text: "we enabled tls 1.3 0-RTT (ssl_early_data on) on nginx. for non idempotent requests that arrive as early data, what should the backend return so the client retries after the handshake?",
  },
  {
    codes: [451],
    text: "a news site blocks EU visitors (didn't want to deal with gdpr) — what status is meant for legal reasons blocking?",
  },
  {
    codes: [451],
    text: "our fintech app must block users from sanctioned countries by law. should the api return 403 or is there something more specific?",
  },
  {
    codes: [451],
    text: "court ordered takedown of a user's post on our forum, we want the url to indicate legal removal. which status code?",
  },
  {
    codes: [411],
    text: "client POSTs without Content-Length and without chunked transfer encoding, our server refuses to read the body. which status?",
  },
  {
    codes: [411],
    text: 's3 PutObject through a custom http client that doesn\'t send Content-Length → MissingContentLength "You must provide the Content-Length HTTP header." status?',
  },
  {
    codes: [505],
    text: 'some monitoring tool sends requests with "HTTP/3.0" in the request line over tcp to our nginx. what status does a server send when it doesn\'t support the major http version?',
  },
  {
    codes: [505],
    text: "ALB returns 505 for a few clients. seems they start HTTP/1 and then send an http/2 preface. what is 505 again?",
  },
  {
    codes: [506],
    text: "apache mod_negotiation config with a variant that itself is configured to negotiate — circular. what status gets returned?",
  },
  {
    codes: [507],
    text: 'users on our self-hosted nextcloud get "Insufficient Storage" from the desktop sync client on upload. which http status is behind that message?',
  },
  {
    codes: [508],
    text: "webdav server with bindings support. a client sends PROPFIND Depth: infinity on a tree that has a bind loop and the server detects it. status?",
  },
  {
    codes: [508],
    text: "our proxy chain detected a forwarding loop (request came back through itself via Via headers). someone said webdav has a code for loops, which one?",
  },
  {
    codes: [510],
    text: "reading about the (historic) rfc 2774 extension framework. server requires a mandatory extension the client didn't declare in the request. what status was defined for that?",
  },
  {
    codes: [511],
    text: "airport wifi returns 511 for our app's api calls before the user accepts the terms. what does 511 mean?",
  },
  {
    codes: [511],
    text: "corporate guest netwrok returns some status + html login for every https request until you authenticate in the portal. which registered code is meant for that?",
  },
  {
    codes: [404],
    text: 'hi team, quick sanity check pls. we run a telehealth app and the patient portal calls GET /api/appointments/{id}. if the appointment exists but belongs to another patient we currently return 403 with {"error":"not_your_appointment"}. security review says this is an enumeration risk since ids are sequential ints. what should we return instead so attacker cant tell difference?',
  },
  {
    codes: [504],
    text: 'so i\'m seeing this in our nginx error.log every few minutes: `2024/05/02 09:13:44 [error] 2211#2211: *98812 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 172.31.5.9, server: _, request: "POST /api/v1/claims/submit HTTP/1.1", upstream: "http://10.0.1.22:8000/api/v1/claims/submit"`. the django app behind it calls a slow insurance partner. what code is the mobile app getting from this?',
  },
  {
    codes: [409, 422],
    text: 'Hello, i am backend dev in small e-commerce company. When customer add to cart product that is out of stock, we return 404 because product "not found in stock". My lead say this is wrong. Please which is correct code for this case? The product exist, only quantity is 0.',
  },
  {
    codes: [202],
    text: 'we have a kafka-fed ingestion api for sensor data. devices POST batches of readings; we validate schema sync and push to kafka, the actual write to timescale happens later in a consumer. currently returns 200 {"ok":true}. a colleague says thats lying because nothing is persisted yet. what should it be?',
  },
  {
    codes: [502],
    text: 'ok weird one. our spring boot service behind an ALB started returning 502s after we bumped the tomcat connection-timeout down to 5s for "performance". ALB idle timeout is still 60s. logs on the app side show nothing at all for the failed requests. which component is producing the status and what code is it?',
  },
  {
    codes: [206],
    text: "anyone know why `curl -I https://files.example.net/big.iso` gives me HTTP/2 200 but `curl -r 0-99 https://files.example.net/big.iso -o /dev/null -w '%{http_code}'` prints something else? we serve through cloudfront + s3. what code should the ranged one be?",
  },
  {
    codes: [503],
    text: "we built a gaming matchmaking api and when the region queue is full we return 429 to players. but its not really them sending too many requests, its server capacity. product asks whether thats the right code. thoughts?",
  },
  {
    codes: [422, 400],
    text: 'in our internal tools (admin panel for support agents) a junior dev returns 500 when an agent submits a refund amount bigger than the original charge. like `if amount > charge.amount: raise Exception("too much")`. what should that be?',
  },
  {
    codes: [400],
    text: "fintech: we got a partner callback with a webhook signature that doesnt verify (HMAC mismatch). stripe docs example returns something specific when construct_event throws SignatureVerificationError. what status do they use in the sample?",
  },
  {
    codes: [301],
    text: "our python worker calls a partner api with httpx and logs show `httpx.HTTPStatusError: Redirect response '301 Moved Permanently' for url 'http://partner.example/api/v2/rates'`. requests lib never had this problem. what is httpx doing differently, what status are we actually receiving?",
  },
  {
    codes: [307, 308],
    text: "POST-ing json to an old endpoint through python requests, server answers 302 to the new url and then our request shows up on the other side as a GET with no body and fails with 405. which status should the server have used so requests keeps the POST?",
  },
  {
    codes: [403],
    text: "we run a b2b api with per customer ip allowlist. request comes from an ip not on the list, credentials are valid. team wants to return 401. i think that's wrong because re-authenticating won't help. agree? what should it be",
  },
  {
    codes: [400],
    text: "question about graphql. apollo server 4 returns some 4xx when the query has a syntax error, e.g. `query { user(id: 1) { name }` (missing brace). our old express-graphql server returned 200 for that. what does apollo 4 send now?",
  },
  {
    codes: [202, 200],
    text: 'hey, i\'m on the data platform team. we expose an internal rest api in front of spark jobs. when a job is still running and someone calls GET /jobs/77/result we return 404 which confuses everyone bc the job exists. ideas? what status would you put on a "result not ready yet" poll?',
  },
  {
    codes: [503],
    text: 'saw this in our istio-proxy logs: `"GET /inventory/sku/123 HTTP/1.1" 503 URX via_upstream - "-" 0 ...` our inventory service retried a few times. did the 503 come from envoy itself or from the app?',
  },
  {
    codes: [499],
    text: "we get constant 499s in nginx for our /events long-poll endpoint (clients disconnect after 30s by design). boss wants zero errors on the dashboard. is 499 an error that the server caused? what is it exactly?",
  },
  {
    codes: [400, 426],
    text: 'mobile backend. users on old app versions (<3.2) must update because the api contract changed. we want a status that tells the app "you must upgrade" so it shows the store link. 426 was suggested, is that appropriate or should we just use 400 with an error code?',
  },
  {
    codes: [402],
    text: 'we have an e-commerce checkout. payment provider returns "insufficient funds". the card declined. our frnotend maps error statuses to messages. what status should OUR api return to the frontend for a declined card? stripe uses something specific',
  },
  {
    codes: [404],
    text: 'nestjs app, fine for months, after adding a global prefix \'api\' the old urls without /api return {"message":"Cannot GET /orders","error":"Not Found","statusCode":404}. is that 404 coming from nest or from nginx in front? and is 404 what i\'d expect?',
  },
  {
    codes: [201],
    text: 'i\'ve got a "202 Accepted" returned for a payment initiation and the client team says it should be 201 since a payment resource is created immediately with status=pending and a Location. who is right?',
  },
  {
    codes: [416],
    text: "our iot firmware download endpoint supports resume. a device asks for Range: bytes=900000- but the firmware file is only 800000 bytes (old version). what do we send?",
  },
  {
    codes: [403],
    text: 'we front an s3 bucket with cloudfront + OAC. after a deploy some users got "AccessDenied" xml for /app/settings (its a SPA route, no such object). what status is cloudfront passing through from s3 here?',
  },
  {
    codes: [521],
    text: 'pls help, wordpress behind cloudflare. everything was working. today cloudflare says "Error 521 Web server is down". host says server is up. what does 521 actually mean?',
  },
  {
    codes: [400],
    text: 'my team lead insists that a missing required query param (?date=) should return 404 "because the resource for that date cannot be found". i think it\'s a client error of another kind. which code is appropriate',
  },
  {
    codes: [400],
    text: 'hi! quick q. in spring webflux, when the request body can\'t be decoded (malformed json), we get ServerWebInputException "Failed to read HTTP message". what status does webflux respond with?',
  },
  {
    codes: [415],
    text: "quick one, we're using ktor with ContentNegotiation (kotlinx json). cleint posts with Content-Type: text/plain. call.receive<Order>() throws. what status does ktor map that to?",
  },
  {
    codes: [401],
    text: "our retrofit client sees `Response{protocol=h2, code=401, message=, url=...}` and then okhttp's Authenticator gets invoked. what does the 401 need to contain for that to be spec-compliant? asking about the code mainly, is 401 even right for an expired refresh-able token?",
  },
  {
    codes: [400],
    text: "yo, fastify question: POST /webhooks with header content-type: application/json but empty body (stripe cli test thing). fastify blows up with FST_ERR_CTP_EMPTY_JSON_BODY \"Body cannot be empty when content-type is set to 'application/json'\". status it sends??",
  },
  {
    codes: [400],
    text: 'fastify route has a json schema for the body, required: ["userId"]. sedning {} gives `{"statusCode":???,"code":"FST_ERR_VALIDATION","error":"Bad Request","message":"body must have required property \'userId\'"}`. whats the number',
  },
  {
    codes: [404],
    text: 'fastify 4, our frontend calls a route that doesn\'t exist and gets {"message":"Route GET:/v1/foo not found","error":"Not Found","statusCode":...}. i cut off the number in the screenshot, which is it?',
  },
  {
    codes: [404],
    text: "koa app for an internal tool, middleware chain runs through but by mistake nobody sets ctx.body or ctx.status for a path. what status does koa end up sending?",
  },
  {
    codes: [413],
    text: "koa api with koa-bodyparser, jsonLimit '1mb'. a client sends a 2mb json, the error bubbling up has a status property set by raw-body. which code is it?",
  },
  {
    codes: [415],
    text: 'express: client sends a body with Content-Encoding: deflate-raw or something weird. body-parser says `unsupported content encoding "xyz"`. which code?',
  },
  {
    codes: [403],
    text: "express + csurf (yeah derpecated, legacy app). missing token -> err.code === 'EBADCSRFTOKEN'. what status is attached to that error by default?",
  },
  {
    codes: [403],
    text: 'nesjts, my custom RolesGuard canActivate returns false for non-managers. client gets {"statusCode":..,"message":"Forbidden resource","error":"Forbidden"}. the code is...?',
  },
  {
    codes: [401],
    text: 'nest with passport AuthGuard(\'jwt\') on the /me endpoint. request without any bearer header returns {"message":"Unauthorized","statusCode":...}. number?',
  },
  {
    codes: [400],
    text: "nestjs: @Get(':id') uses ParseIntPipe, and a bot requests /users/abc. response message \"Validation failed (numeric string is expected)\". which status?",
  },
  {
    codes: [200],
    text: "nest PUT handler without @HttpCode. what does nest send on success, 200 or 201? (i know POST is special)",
  },
  {
    codes: [403],
    text: "django, a view checks the clinic membership and does `raise PermissionDenied` when the user isnt in the clinic. what status does django's handler send?",
  },
  {
    codes: [400],
    text: 'django file upload view, we `raise SuspiciousOperation("weird filename")` for filenames with path traversal. what do users get in production?',
  },
  {
    codes: [302],
    text: "django checkout flow, the payment view ends with `return redirect('checkout-success')`. we're auditing redirects for a pen test report. what's the default status of that shortcut?",
  },
  {
    codes: [400],
    text: 'drf APIView, request.data parse fails because the json is malformed: {"detail":"JSON parse error - Expecting \',\' delimiter: line 1 column 20 (char 19)"}. status?',
  },
  {
    codes: [404],
    text: 'drf endpoint for our smart meters, we `raise NotFound("device not registered")` when the serial is unknown. code?',
  },
  {
    codes: [404],
    text: 'drf generic RetrieveAPIView with lookup_field = "uuid" for shipments. non-existing uuid. what does get_object() produce?',
  },
  {
    codes: [405],
    text: 'drf, a client does PUT on a ListCreateAPIView endpoint (/api/tags/) and gets detail: Method "PUT" not allowed. what status is that?',
  },
  {
    codes: [400],
    text: 'starlette TrustedHostMiddleware with allowed_hosts=["api.example.com"]. our gcp lb health check sends Host: 1.2.3.4 and gets "Invalid host header". status?',
  },
  {
    codes: [400],
    text: "flask: request.get_json() and the body is `{'a': 1}` (single quotes, invalid json), content type is json. what status does werkzeug raise?",
  },
  {
    codes: [401],
    text: "flask abort(401) vs flask-login's login_required for an ajax call — with no login_view set, what does login_required return?",
  },
  {
    codes: [429],
    text: 'flask-limiter on our login endpoint, response is "429 Too Many Requests: 5 per 1 minute". just confirming thats the standard code for this and not a flask-specific one?',
  },
  {
    codes: [400],
    text: "spring mvc endpoint GET /stock?storeId=.. with @RequestParam(required = true) Long storeId. request without storeId -> MissingServletRequestParameterException. what does the client get?",
  },
  {
    codes: [400],
    text: "spring: controller method has @PathVariable UUID id and a client calls /orders/123 → MethodArgumentTypeMismatchException. status?",
  },
  {
    codes: [405],
    text: "spring boot: DELETE on an endpoint that only has @GetMapping -> \"Request method 'DELETE' is not supported\". status?",
  },
  {
    codes: [409],
    text: 'spring controller for a room booking system throws `new ResponseStatusException(HttpStatus.CONFLICT, "slot taken")`. just confirm the number for me',
  },
  {
    codes: [403],
    text: "spring boot backoffice, method security with @PreAuthorize(\"hasRole('ADMIN')\") on the refund service. a logged-in support agent (not admin) triggers it and we get AccessDeniedException. status?",
  },
  {
    codes: [404],
    text: 'rails logs are full of ActionController::RoutingError (No route matches [GET] "/wp-admin") from scanners. what does the bot get back?',
  },
  {
    codes: [403],
    text: 'rails 7 behind an internal ALB, HostAuthorization blocked a request: "Blocked hosts: internal-lb-123.elb.amazonaws.com". health checks fail. what status does that middleware send?',
  },
  {
    codes: [400],
    text: "rails, a client sends malformed json to an api endpoint and we see ActionDispatch::Http::Parameters::ParseError. status in prod?",
  },
  {
    codes: [422],
    text: "rails 7 + turbo. form validation errors: if i `render :new` without a status turbo doesn't show errors. which status should i pass?",
  },
  {
    codes: [401],
    text: 'laravel sanctum api for a mobile wallet. api call without a token returns {"message":"Unauthenticated."}. what code?',
  },
  {
    codes: [403],
    text: 'laravel community forum. a PostPolicy deneis deleting another user\'s post, and the json response says "This action is unauthorized." status code?',
  },
  {
    codes: [404],
    text: "laravel, we use firstOrFail() to look up a coupon by code from an api route. no match. response?",
  },
  {
    codes: [401],
    text: "asp.net core web api, controller with [Authorize], jwt bearer scheme. request without any token. status?",
  },
  {
    codes: [403],
    text: 'asp.net core, [Authorize(Roles="Admin")] on the payouts controller, the user has a valid token but only role User. status?',
  },
  {
    codes: [302],
    text: "asp.net core mvc with cookie auth, anonymous user opens /account/settings in the browser. whats the status of the first response?",
  },
  {
    codes: [405],
    text: 'asp.net core minimal api, only MapPost("/items") is defined, and a client sends GET /items. what status with endpoint routing?',
  },
  {
    codes: [404],
    text: "asp.net core web api, route template /api/orders/{id:int} and a client calls /api/orders/abc. the route constraint doesn't match. status?",
  },
  {
    codes: [400],
    text: 'gin: c.BindJSON(&req) fails because a field with binding:"required" is missing. what status does gin write automatically (vs ShouldBindJSON)?',
  },
  {
    codes: [400],
    text: 'go net/http, request without Host header over HTTP/1.1 (some crappy embedded client). server replies "missing required Host header". code?',
  },
  {
    codes: [413],
    text: 'go echo service for receipt scanning, middleware.BodyLimit("2M") on the upload group. a phone sends a 5MB photo and the app only shows the status code. which one?',
  },
  {
    codes: [404],
    text: "phoenix api: Repo.get!(Order, id) in a controller raises Ecto.NoResultsError for a missing order. in prod, what does the client get?",
  },
  {
    codes: [413],
    text: "phoenix: Plug.Parsers.RequestTooLargeError on a multipart upload bigger than the :length option in the endpoint. code?",
  },
  {
    codes: [400],
    text: "phoenix: Ecto.Query.CastError because someone called /posts/not-a-uuid and the id is a binary_id. with phoenix_ecto what's the status?",
  },
  {
    codes: [404],
    text: "ktor server for an internal inventory tool, StatusPages not installed yet. a request to a route that doesn't exist. what does ktor send?",
  },
  {
    codes: [401],
    text: "ktor with Authentication plugin (jwt), token validation fails because validate {} returns null (user disabled). what's sent back?",
  },
  {
    codes: [429],
    text: "ktor backend for a public transit app. we installed the RateLimit plugin on the public endpoints and a scraper exhausts the limit. what status does ktor return?",
  },
  {
    codes: [400],
    text: "rust axum service for a game leaderboard, handler takes Path<u32> for the player id. someone requests /players/abc. what status does the rejection have?",
  },
  {
    codes: [405],
    text: 'rust axum api, route("/items", get(list)) is the only route for that path, and a client sends POST /items by mistake. what comes back?',
  },
  {
    codes: [403],
    text: "presigned s3 url we gave to a customer last week, they try it now and get <Code>AccessDenied</Code><Message>Request has expired</Message>. which http status is on that response?",
  },
  {
    codes: [403],
    text: 'boto3 upload fails with RequestTimeTooSkewed "The difference between the request time and the current time is too large." on an edge device with a dead rtc battery. what status does s3 return for that?',
  },
  {
    codes: [400],
    text: 's3 returned <Code>RequestTimeout</Code> "Your socket connection to the server was not read from or written to within the timeout period" on a slow multipart part upload from our factory floor pc. which status code? i assumed 408',
  },
  {
    codes: [409],
    text: "cleanup script for old ci artifact buckets. s3 DeleteBucket on a bucket that still has objects fails with BucketNotEmpty. status code?",
  },
  {
    codes: [403],
    text: "compliance archive team: aws sdk GetObject on a glacier deep archive object without restoring it first fails with InvalidObjectState. status code?",
  },
  {
    codes: [500],
    text: 's3 "InternalError: We encountered an internal error. Please try again." during a big migration — what status, and should we retry?',
  },
  {
    codes: [400],
    text: "dynamodb ProvisionedThroughputExceededException shows up in our lambda logs during the morning batch. what's the underlying http status from the dynamodb api?",
  },
  {
    codes: [400],
    text: "dynamodb ConditionalCheckFailedException on PutItem with attribute_not_exists(pk) — it's how we do unique usernames. what http status does the dynamo api itself use for that?",
  },
  {
    codes: [403],
    text: "cloudfront + custom domain: we added the CNAME in dns but forgot to add it as alternate domain name on the distribution. requests fail with a cloudfront error page. status?",
  },
  {
    codes: [503],
    text: "cloudfront with a lambda@edge viewer-request function that throws an unhandled exception on some weird cookie. viewers get a cloudfront error page and the distribution metrics show LambdaExecutionError. which status do the viewers get for execution errors (not validation errors)?",
  },
  {
    codes: [403],
    text: "aws waf on our ALB blocks a request matching the sql injection managed rule. we didn't configure a custom response. default block action response code?",
  },
  {
    codes: [403],
    text: 'rest api gateway with api key required on the method, a partner forgets the x-api-key header and gets {"message":"Forbidden"}. code?',
  },
  {
    codes: [400],
    text: 'api gateway REST, request validator on the body model, client sends missing required prop -> {"message": "Invalid request body"}. status?',
  },
  {
    codes: [429],
    text: 'api gateway usage plan with a monthly quota of 100k requests. a partner exhausts it and gets {"message":"Limit Exceeded"}. which code is that?',
  },
  {
    codes: [404],
    text: 'http api (apigw v2): route not defined for GET /v2/status, response is {"message":"Not Found"}. status?',
  },
  {
    codes: [429],
    text: 'gcp cloud run service at max-instances and all instances busy. some requests get "Rejected by the request concurrency limits" or similar. status?',
  },
  {
    codes: [429],
    text: "gcp cloud armor, we add a rate_based_ban rule for our login api. exceed action has a deny(...) with a status you choose, opitons include 403, 404, 429, 502. which one is the right pick for a rate based ban so clients understand?",
  },
  {
    codes: [412],
    text: "google cloud storage: our uploader uses ifGenerationMatch=0 so it never overwrites. object already exists. status?",
  },
  {
    codes: [403],
    text: 'akamai serves "Access Denied — You dont have permission to access ... on this server. Reference #18.xxxx". what status code is that?',
  },
  {
    codes: [404],
    text: "axios throws `AxiosError: Request failed with status code 404` but i can open the url in the browser fine. which status is the server returning to axios?",
  },
  {
    codes: [418],
    text: "python requests, `r.raise_for_status()` raises `requests.exceptions.HTTPError: 418 Client Error: I'm a teapot` when our scraper hits a partner site. what status did we get lol, is that real?",
  },
  {
    codes: [504],
    text: "httpx.ReadTimeout in our python bff when calling the internal pricing service (it just hangs). the bff then has to answer the mobile app. which status should the bff return for a dependency that timed out?",
  },
  {
    codes: [502],
    text: "undici fetch in node 20 throws `TypeError: fetch failed` with cause `ECONNREFUSED`. what status does our gateway (that uses this) return to the end user ideally?",
  },
  {
    codes: [202],
    text: 'github webhook deliveries show "We couldn\'t deliver this payload: timed out" after 10 seconds. what should our endpoint return to github quickly to stop this?',
  },
  {
    codes: [200],
    text: "legacy paypal IPN listener in our php shop. the doc says reply with an empty something to acknowledge the notification. which status code?",
  },
  {
    codes: [409],
    text: "sry if dumb q. building a parking garage iot thing, gates call POST /entries when a car arrives. if the garage is full what do i return, we thought 507 insufficient storage lol (not serious... or?)",
  },
  {
    codes: [409, 422],
    text: "hey! in our loyalty program api, customer tries to redeem 5000 points but only has 3200. 402 seems cute but is it right? what do u recommend",
  },
  {
    codes: [409],
    text: 'we do 1:1 video consults. the doctor\'s calendar slot got booked by another patient 2 seconds earlier. the POST /bookings from patient B must fail. should i use 410 since the slot is "gone"?',
  },
  {
    codes: [400, 422],
    text: "guys whats the right code when a user tries to register with a password that doesnt meet the policy (too short, no digits)? we use 409 currently dont ask",
  },
  {
    codes: [401],
    text: "we are a bank, PSD2 api. TPP calls /accounts with a consent id that expired yesterday. 401, 403 or something else?",
  },
  {
    codes: [403, 409],
    text: "our internal deploy tool: user tries to deploy to prod during a change freeze. request is valid and user has permission normally. is 403 the right call or 409 or 423??",
  },
  {
    codes: [422, 410],
    text: 'e-commerce: coupon code exists but is expired. 404? 410? 422? pls help, frontend wants to show "coupon expired"',
  },
  {
    codes: [400],
    text: "Hi, i am working in logistics company. We have API for tracking numbers. If tracking number format is invalid (should be 12 chars) we return 404 because we cannot find it. Is this okay or better different code?",
  },
  {
    codes: [409],
    text: "gaming backend: player sends a move in a turn based game but its not their turn. its valid json, valid move format. what status?",
  },
  {
    codes: [410],
    text: "our feature toggles api — GET /flags/{key} for a key that was archived. it existed, now it's intentionally retired and won't come back. code?",
  },
  {
    codes: [204],
    text: "should DELETE /users/me return 200 with a goodbye message or 204? mobile team doesnt care, i just want the cleanest",
  },
  {
    codes: [404],
    text: 'we return 200 with {"success": false, "error": "user not found"} everywhere. new cto says stop it. for a GET /users/{id} that doesn\'t exist what\'s the proper code',
  },
  {
    codes: [202],
    text: "building a kyc verification flow: user uploads an id photo, we send to a vendor that takes ~2 min. the upload endpoint should respond with what?",
  },
  {
    codes: [204, 200],
    text: "internal api for our warehouse robots. robot requests a pick task but there are no tasks right now. 404? 204? 200 with null?",
  },
  {
    codes: [409],
    text: "in a B2B invoicing api, customer POSTs an invoice with a duplicate invoice_number (must be unique per vendor). 400 or 409 or 422 — pick one pls i need to close this PR",
  },
  {
    codes: [409],
    text: "our cron-triggered data export endpoint should reject requests when another export is already running for the same account. code?",
  },
  {
    codes: [410, 400],
    text: 'we have a "magic link" login. link already used once. user clicks again. what status for GET /magic/{token}? currently 500 because of an exception lol',
  },
  {
    codes: [403],
    text: 'hospital api: read access to a patient record requires a "break the glass" justification header for snesitive records. user is authenticated + has role, but didn\'t supply the justification. what status do folks use?',
  },
  {
    codes: [200, 409],
    text: "we expose an endpoint to change the subscription plan. user tries to downgrade to the plan they're already on. do we error or just 200? if error which code",
  },
  {
    codes: [404],
    text: 'our api has "soft deleted" resources that can be restored within 30 days. GET on a soft deleted one should return? its not permanently gone yet',
  },
  {
    codes: [200, 409],
    text: "REST question. we have an endpoint POST /reports/{id}/approve. if the report is already approved, the second call — error 409 or just 200 (idempotent)?",
  },
  {
    codes: [503],
    text: "webhook consumer for a shipping partner. our postgres primary is failing over (30-60s). during that window we want the partner to retry deliveries later rather than drop them, they honour Retry-After. which status do we send?",
  },
  {
    codes: [422, 400],
    text: "an IoT thermostat sends temperature readings with tmiestamps 3 days in the future (clock drift). we want to reject. 400 or 422?",
  },
  {
    codes: [409],
    text: "cli tool for our internal k8s platform. user runs `platform create ns foo` and namespace foo already exists (owned by another team). status from our api?",
  },
  {
    codes: [403],
    text: "we serve firmware images and want to block downloads for devices flagged as stolen. device is authenticated. what do we return for those?",
  },
  {
    codes: [400, 410],
    text: "password reset: the user submits a reset token that's well-formed but expired (after 1h). what's the nicest code?",
  },
  {
    codes: [400],
    text: "should i use 409 when the request json can't be parsed? someone wrote it that way in our node service years ago",
  },
  {
    codes: [503],
    text: "our legacy php api returns 200 with an html error page when the db is down. monitoring never alerts. what should it be returning in that case?",
  },
  {
    codes: [401],
    text: 'we send 403 for expired sessions in our web app and the spa then shows "you don\'t have permission" which confuses users. which code should we send so the spa knows to re-login?',
  },
  {
    codes: [502],
    text: "colleague wants to return 400 when the upstream payment gateway is down, \"because the request can't be done\". i want 5xx. which exact one? we're acting as a proxy-ish servcie",
  },
  {
    codes: [400],
    text: 'someone returns 500 for every validation error in our go microservice because "the server couldn\'t handle it". what should validation errors be?',
  },
  {
    codes: [200],
    text: "is 204 ok for a GET that returns a list when the list is empty? i've seen people do this",
  },
  {
    codes: [200],
    text: "we return 201 on a PUT that only updated an existing row (someone copy-pasted from the create handler). is that wrong? what should it be?",
  },
  {
    codes: [403, 402],
    text: "our saas api returns 503 when a customer's account is suspended for non-payment — seems off to me since the service is up. what's better?",
  },
  {
    codes: [401, 403],
    text: "our api returns 401 when the api key is valid but the key is for the sandbox env and they're calling prod. hmm?",
  },
  {
    codes: [403],
    text: 'dev wants to use 418 for "feature disabled by admin" as a joke. what should it be for real?',
  },
  {
    codes: [400, 422],
    text: "someone on my team uses 406 when the request body fails validation. that's not what 406 is for right? what should it be",
  },
  {
    codes: [200],
    text: "our load balancer health check fails because the app returns 301 from / to /login. alb treats only 200 as healthy by default. what should the health endpoint return?",
  },
  {
    codes: [500, 503],
    text: "we respond 504 when OUR OWN sql query takes too long (no upstream involved, db is ours). a friend says 504 is only for proxies/gateways. what would you use?",
  },
  {
    codes: [200],
    text: "for a deprecated endpoint that still works but will be removed, we started returning 410 already. clients broke. what should the status be while it's deprecated-but-working?",
  },
  {
    codes: [403],
    text: "my colleague returns 405 when a user doesnt have permission to do a DELETE. method is allowed for admins. right code?",
  },
  {
    codes: [400],
    text: "in our api, when a pagination cursor is invalid or tampered with (base64 garbage) we return 404. is 400 better?",
  },
  {
    codes: [201],
    text: 'a consultant told us to use 202 for all POST requests "to be async-ready". we create things synchronously though. right call?',
  },
  {
    codes: [429],
    text: "why would anyone return 429 when a user enters wrong 2fa code 5 times in a row? isnt 401 better? which is more standard for lockouts due to attempts?",
  },
  {
    codes: [400],
    text: "our api returns 500 when the client sends a date in the wrong format because Date.parse throws. what's the correct code?",
  },
  {
    codes: [502],
    text: "using 502 in our monolith when a downstream SOAP service returns a fault with malformed xml we cant parse. fair?",
  },
  {
    codes: [403],
    text: "envoy ext_authz filter configured against our opa sidecar. when opa pod restarts, requests fail immediately with an empty body. failure_mode_allow is false, status_on_error not set. what status do users get?",
  },
  {
    codes: [404],
    text: "IIS 10 hosting our asp.net app, uploads over 30MB fail and the IIS log shows `sc-status 404 sc-substatus 13`. why a 404 for upload size, and what status actually goes over the wire?",
  },
  {
    codes: [500],
    text: "IIS log shows 500 with substatus 30 right after deploy (ANCM In-Process Start Failure). what's the status clients see?",
  },
  {
    codes: [502],
    text: "gunicorn log `[CRITICAL] WORKER TIMEOUT (pid:1234)` for a long pdf render, and then nginx in front says? what status do users see",
  },
  {
    codes: [502],
    text: "uwsgi with harakiri=30, a django request takes 45s and the worker is killed. nginx uwsgi_pass in front. users get what code?",
  },
  {
    codes: [502],
    text: "php-fpm slow log shows our magento script hit request_terminate_timeout and was killed mid request. what status does nginx give the user?",
  },
  {
    codes: [503],
    text: "envoy on a hot path returns `upstream connect error or disconnect/reset before headers. reset reason: overflow` during load tests. code?",
  },
  {
    codes: [503],
    text: "istio ingress gateway while one of our pods is restarting: `upstream connect error or disconnect/reset before headers. retried and the latest reset reason: remote connection failure, transport failure reason: delayed connect error: 111`. what code do the callers see?",
  },
  {
    codes: [504],
    text: "istio virtualservice with `timeout: 5s` and the reviews service takes 7s. what does the calling pod get from its sidecar?",
  },
  {
    codes: [504],
    text: 'k8s pod log: `GET /healthz 200` but ingress-nginx logs `[error] ... upstream timed out (110: Operation timed out) while connecting to upstream`. mind the "while connecting". what status goes to the client?',
  },
  {
    codes: [503],
    text: "haproxy 2.8 logs: `fe_http be_api/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- ...`. what does <NOSRV> mean here? the status is clear but confirm it",
  },
  {
    codes: [502],
    text: "aws alb logs for our php app: target_status_code is - and the error_reason field says TargetConnectionErrorCode for some lines. what elb_status_code goes with those?",
  },
  {
    codes: [503],
    text: 'ALB access log `http 2024-06-01T10:00:00Z app/my-alb/... 10.0.0.5:51512 - -1 -1 -1 503 - 120 348 "GET http://... HTTP/1.1"` — target is "-". what\'s the likely reason for a 503 with no target?',
  },
  {
    codes: [520],
    text: "cloudflare worker `fetch(request)` to origin, and the origin responds with an empty reply (closes tcp immediately after receiving headers). what does the eyeball user see from cloudflare?",
  },
  {
    codes: [502],
    text: 'gcp https lb log: jsonPayload.statusDetails: "failed_to_pick_backend", backends were all unhealthy during the incident. what httpRequest.status did clients get?',
  },
  {
    codes: [404],
    text: 'kong gateway: our frontend gets `{"message":"no Route matched with those values"}` after we renamed a service. status code?',
  },
  {
    codes: [401],
    text: 'kong with key-auth plugin, no apikey header: `{"message":"No API key found in request"}`. what status does kong return?',
  },
  {
    codes: [429],
    text: 'kong rate-limiting plugin on the partner api, 1000/min per consumer. one partner\'s batch job gets `{"message":"API rate limit exceeded"}`. code?',
  },
  {
    codes: [502],
    text: 'kong returns `{"message":"An invalid response was received from the upstream server"}` when our java upstream crashes mid response. status?',
  },
  {
    codes: [504],
    text: "kong in front of our slow report service (read_timeout 60s). long reports come back with `The upstream server is timing out`. what's the number?",
  },
  {
    codes: [403],
    text: 'openresty/nginx returns "403 Forbidden" when listing a directory without index.html and autoindex off. just confirm that nginx uses 403 there, not 404',
  },
  {
    codes: [401],
    text: 'staging site protected with nginx `auth_basic "restricted";` and the browser pops up the login dialog. what status triggers that popup?',
  },
  {
    codes: [401],
    text: "nginx auth_request to an oauth2-proxy for our internal dashboards, the auth subrequest returns 401. what does nginx send to the client?",
  },
  {
    codes: [302],
    text: "oauth2-proxy in front of grafana: unauthenticated borwser request to /dashboards gets redirected to the oidc provider. what status is the redirect?",
  },
  {
    codes: [503],
    text: "caddy reverse_proxy with three upstreams for our blog, all marked unhealthy by active health checks. caddy's response code?",
  },
  {
    codes: [413],
    text: "caddy `request_body { max_size 10MB }` on the upload route and someone uploads 20MB. status?",
  },
  {
    codes: [413],
    text: "apache `LimitRequestBody 1048576` in the vhost for our old cgi form, someone posts 5MB. what does apache return?",
  },
  {
    codes: [400],
    text: 'apache error log "AH00566: request failed: error reading the headers" / "Size of a request header field exceeds server limit." what status does apache send for header field too long?',
  },
  {
    codes: [403],
    text: "apache mod_security (owasp crs) blocks a request on our wordpress, anomaly score exceeded. default status?",
  },
  {
    codes: [403],
    text: 'varnish `return (synth(405, "Method not allowed"))` for PURGE from untrusted ip — is 405 the right choice or should it be 403?',
  },
  {
    codes: [403],
    text: "haproxy `http-request deny if { path_beg /internal }` with no deny_status. what status does haproxy send by default?",
  },
  {
    codes: [429],
    text: "haproxy stick table rate limit: `http-request deny deny_status ??? if { sc_http_req_rate(0) gt 100 }`. whats the appropriate status to put there?",
  },
  {
    codes: [403],
    text: "traefik ForwardAuth middleware, our auth service returns 403 for a user without access. does traefik forward that 403 to the client?",
  },
  {
    codes: [502],
    text: "traefik: backend closes the connection without response (EOF). log \"'500 Internal Server Error' caused by: EOF\"? or something else. what does traefik return to clients for a backend EOF?",
  },
  {
    codes: [101],
    text: 'node ws server behind ingress-nginx, websocket connections fail: cleint gets a 400 "Bad Request" from the backend and i see no Upgrade header reaching the app. ingress is fine, what code would a successful upgrade show?',
  },
  {
    codes: [400],
    text: 'socket.io client logs "Unexpected response code: 400" when connecting to our websocket via cloud load balancer. sticky sessions are off and polling transport hits a different pod. what\'s the code in question?',
  },
  {
    codes: [422],
    text: 'fastapi + pydantic v2. our mobile app posts {"lat": "north", "lon": 13.4} to /checkins. the response is {"detail":[{"type":"float_parsing","loc":["body","lat"],"msg":"Input should be a valid number, unable to parse string as a number","input":"north"}]}. ios dev\'s error handler only catches 400s. what code is fastapi really sending so i can tell him?',
  },
  {
    codes: [422],
    text: 'fastapi: request body totally missing on a POST that declares a pydantic model (client bug sends no body). response has "type":"missing","loc":["body"]. status?',
  },
  {
    codes: [422],
    text: "fastapi, a required header declared with Header(...) isn't sent, x-tenant-id missing. error says field required. code?",
  },
  {
    codes: [422],
    text: "rails 7 api: `@user.save` returns false, we do `render json: @user.errors, status: :unprocessable_entity`. which number is that symbol? (rails 7.1 also calls it unprocessable_content i think)",
  },
  {
    codes: [422],
    text: "phoenix json api generated with mix phx.gen.json. when the changeset is invalid the FallbackController renders the ChangesetJSON error view with which status?",
  },
  {
    codes: [422],
    text: "nestjs: we configured new ValidationPipe({ errorHttpStatusCode: HttpStatus.UNPROCESSABLE_ENTITY }) to match our other services. what number do clients get now on validation failure?",
  },
  {
    codes: [422],
    text: 'github api: creating a repo with a name that already exists in the org returns {"message":"Repository creation failed.","errors":[{"resource":"Repository","code":"custom","field":"name","message":"name already exists on this account"}]}. what status does github use for that?',
  },
  {
    codes: [422],
    text: 'github rest api, POST /repos/{o}/{r}/pulls where head and base are the same branch. error "No commits between main and main". which status?',
  },
  {
    codes: [422],
    text: 'shopify admin api returns {"errors":{"title":["can\'t be blank"]}} when our sync job creates a product without title. status code?',
  },
  {
    codes: [422],
    text: "we want our marketplace api to reject a listing where end_date < start_date. the json is syntactically ok and all types are correct. what would you return?",
  },
  {
    codes: [401],
    text: "oauth2: client_credentials token works, but our api gets the token in the query string ?access_token= and we disallow that. per rfc 6750 if we don't accept that method, treat as no token. what status?",
  },
  {
    codes: [401],
    text: "security test on our api: jwt signature invalid because the tester tampered with the payload to make role=admin. 400? 401? 403?",
  },
  {
    codes: [401],
    text: "smart tv app uses device code login, but on our api side the access token has been revoked because the user logged out on the website. tv calls /me. status?",
  },
  {
    codes: [401],
    text: 'basic auth on our prometheus pushgateway, ci job sends the wrong password. what status should come back with WWW-Authenticate: Basic realm="push"?',
  },
  {
    codes: [401],
    text: "hmac-signed requests between our services (x-signature header). signature header missing entirely vs signature wrong — same status for both? which?",
  },
  {
    codes: [429],
    text: "we limit password reset emails to 3 per hour per account. 4th request in the hour, what code? we dont want to leak if account exists but whatever",
  },
  {
    codes: [429],
    text: "websocket chat: users spamming messages over http fallback endpoint POST /messages, 20 per 10s limit. code + what header should we add?",
  },
  {
    codes: [429],
    text: "sftp-to-http gateway for a bank: client makes 1000 list calls per minute and our upstream bank api gives us 429s back. what should OUR gateway return to the client?",
  },
  {
    codes: [201],
    text: "we added an endpoint POST /users/{id}/avatars that stores a new avatar version and returns its url. 200 or 201?",
  },
  {
    codes: [201],
    text: "PUT /api/config/feature-x — if the config key didn't exist we create it, otherwise update. for the create branch what's the right code?",
  },
  {
    codes: [201],
    text: "git lfs batch api... no, simpler: our artifact registry `PUT /v2/<name>/blobs/uploads/<uuid>?digest=...` completes a docker blob upload. what status does the docker registry api spec expect on completion?",
  },
  {
    codes: [202],
    text: "writing a docker registry api v2 compatible server. POST /v2/<name>/blobs/uploads/ to start an upload session. which status should be returned?",
  },
  {
    codes: [204],
    text: "DELETE /api/v1/devices/abc/keys/3 revokes a device key, nothing to return. which status do most style guides recommend?",
  },
  {
    codes: [204],
    text: "PUT /v1/settings/notifications saves user prefs, the client already has the full state. code if we return no body?",
  },
  {
    codes: [204, 200],
    text: "OPTIONS /api/items (not preflight, just a client asking what methods are allowed). we return Allow header only. status?",
  },
  {
    codes: [410],
    text: "we dropped the /reports/legacy-xls export feature entirely. clients still call it. we want them to know this is intentional and permanent. code?",
  },
  {
    codes: [410],
    text: 'mobile app config endpoint for app version 1.x was removed from the backend. the 1.x apps should show "please update". server team proposes 410 for that endpoint. reasonable?',
  },
  {
    codes: [410],
    text: "a DELETEd user's avatar url on our cdn. we know it existed and is permanently removed. 404 vs 410? we want caches to drop it",
  },
  {
    codes: [412],
    text: "kubernetes... no, etcd style compare-and-swap over our http api: client sends If-Match with the expected revision, mismatch. status?",
  },
  {
    codes: [412],
    text: "webdav MOVE with Overwrite: F and the destination already exists. what does rfc 4918 say the status is?",
  },
  {
    codes: [409],
    text: 'github contents api: PUT /repos/o/r/contents/file.txt with a sha thats outdated. response "file.txt does not match <sha>". what status does github use?',
  },
  {
    codes: [303],
    text: "our sso callback: after the idp posts the saml assertion to /saml/acs we redirect the browser to the app home. which redirect code fits after processing a POST like that?",
  },
  {
    codes: [301],
    text: "we moved our docs site from docs.acme.io to acme.io/docs for good. nginx config, which return code for the GET redirects?",
  },
  {
    codes: [301],
    text: "load balancer redirect rule http->https on aws ALB. it offers HTTP_301 and HTTP_302. which should we choose for a permanent https redirect?",
  },
  {
    codes: [302],
    text: 'spring mvc, a controller method returns `"redirect:/orders"` after saving. what status does spring mvc send by default?',
  },
  {
    codes: [302],
    text: "gin `c.Redirect(http.StatusFound, \"/login\")` — one of our devs says this should be 303 for after-POST. what's StatusFound's number anyway?",
  },
  {
    codes: [307],
    text: "during a blue/green cutover we briefly want api.example.com/v2/* POSTs to go to api-green.example.com with the same method and body. not permanent. which code?",
  },
  {
    codes: [307],
    text: "HSTS preload + chrome, internal redirect appears in the network tab when visiting http://. which code number does chrome show?",
  },
  {
    codes: [308],
    text: "vercel project with trailingSlash: false. a request to /about/ gets redirected. which status does vercel/next use for that redirect?",
  },
  {
    codes: [206],
    text: "hls video segments via our cdn, players send Range requests for byte ranges of .ts files. origin returns the range. expected status?",
  },
  {
    codes: [206],
    text: "our pdf viewer fetches two chunks at once with Range: bytes=0-99,500-599 and the server replies with a multipart/byteranges body. what status goes on that response?",
  },
  {
    codes: [206],
    text: "our podcast host: apple podcasts requires byte-range support. their valdiator sent Range: bytes=0-1 and we returned 200 with the whole file. which status would they want?",
  },
  {
    codes: [206],
    text: "parquet reader reads only the footer of files in s3. GetObject with Range: bytes=0-1023 on a 1MB object. what status comes back?",
  },
  {
    codes: [207],
    text: "writing a small rclone-like client against nextcloud webdav. a PROPFIND on a folder succeeds and lists many files. which status does nextcloud return for that multi-resource listing?",
  },
  {
    codes: [416],
    text: "weird bot in our nginx logs sends Range: bytes=-0 (a suffix range of zero bytes) on static files. what does nginx respond with?",
  },
  {
    codes: [408],
    text: 'google chrome "preconnect" opens tcp+tls but never sends a request; after keepalive timeout apache logs a 408 with "-" request. why does apache log 408 for those?',
  },
  {
    codes: [451],
    text: "our app store needs to block a specific app in russia due to a government order. which status when serving the app page there?",
  },
  {
    codes: [451],
    text: 'github shows "Unavailable for legal reasons" on a repo after a dmca. what code does github return?',
  },
  {
    codes: [423],
    text: "our cms: editor A has the article open and locked for 10 min. editor B tries to PUT changes. we follow webdav-ish semantics. code?",
  },
  {
    codes: [423],
    text: "account lockout in a webdav-based file server — the resource itself is locked, not the user. LOCK request on an already exclusively locked file returns?",
  },
  {
    codes: [428],
    text: "we want clients to always send If-Unmodified-Since or If-Match on DELETE of billing profiles so nothing gets deleted based on stale UI. client didnt send either. code?",
  },
  {
    codes: [431],
    text: "tomcat returns 400 when the request header is bigger than maxHttpHeaderSize (8kb). what status would be more precise for that?",
  },
  {
    codes: [426],
    text: "our grpc-web proxy only accepts http/2 upgrade via h2c. an old http/1.1 client without upgrade support hits an endpoint that requires the upgrade. code?",
  },
  {
    codes: [426],
    text: "our server responds 426 with `Upgrade: TLS/1.2, HTTP/1.1` on port 80. what does 426 mean exactly?",
  },
  {
    codes: [402],
    text: 'paywalled news api: subscription lapsed, article endpoint. which code do paywall apis sometimes use even though its "reserved"?',
  },
  {
    codes: [407],
    text: 'users on the factory network cant reach our saas; the squid proxy there responds with Proxy-Authenticate: Basic realm="corp". what status code comes with that header?',
  },
  {
    codes: [100],
    text: "our upload client sends Expect: 100-continue and waits. our go server (net/http) handles it automatically? what does it send when the handler starts reading the body?",
  },
  {
    codes: [103],
    text: "103 early hints support: our rails app uses `send_early_hints`. what status line goes out first?",
  },
  {
    codes: [522],
    text: 'cloudflare in front of a heroku-ish origin, error page says "Connection timed out" for some regions only. is that 522 or 524? origin never completed the tcp handshake in those regions (routing issue at their isp)',
  },
  {
    codes: [524],
    text: "cloudflare 524 on our GET /admin/reports/yearly which runs a 3 min sql query. just confirm what 524 represents?",
  },
  {
    codes: [526],
    text: "cloudflare full (strict) mode, and our origin's let's encrypt cert expired two days ago because certbot cron died. what cloudfalre error code do users see?",
  },
  {
    codes: [525],
    text: "cloudflare -> origin on 443 in Full mode. our old appliance origin only offers some ancient cipher suites and the tls handshake with cloudflare fails every time. what cloudflare code do visitors get?",
  },
  {
    codes: [522],
    text: "after a security hardening, the origin firewall silently drops (not rejects) packets from cloudflare ip ranges. users see which cloudflare error?",
  },
  {
    codes: [523],
    text: 'our colo provider had a bgp issue and the origin\'s ip block was unreachable from the internet for 20 min. cloudflare showed "Origin is unreachable". which cloudflare status is that, and how is it different from a plain timeout?',
  },
  {
    codes: [460],
    text: "ALB logs show a bunch of 460s right after we shortened our mobile app's http timeout to 5s. what is the ALB telling us?",
  },
  {
    codes: [463],
    text: "behind ALB we have an envoy, and before the ALB there's cloudflare + an internal proxy chain appending x-forwarded-for each hop. some requests fail with 463. cause?",
  },
  {
    codes: [497],
    text: "nginx error_page 497 https://$host$request_uri; — what does 497 mean there, and why 497 instead of 400?",
  },
  {
    codes: [497],
    text: "haproxy frontend on 443 with ssl, someone sends plain http. haproxy closes with an error. nginx would use a special code for this case, which one?",
  },
  {
    codes: [200],
    text: "Hello everyone, in our company we are making API for the hotels booking. When hotel have no free rooms in the dates, we return error 404 now. My senior say it is not correct because the hotel exist. What code you recommend? The reqeust is normal search, GET /hotels/5/availability?from=..&to=..",
  },
  {
    codes: [504],
    text: "Hi, sorry my english. Our java service get `java.net.SocketTimeoutException: Read timed out` when call partner bank. We are like proxy for the client. Which status we should give to the client? We give 500 now.",
  },
  {
    codes: [409],
    text: "hola, we have a nodejs api for a pharmacy. when prescription id is valid but the prescription is already dispensed, and client try to dispense again. 400 or 409? gracias",
  },
  {
    codes: [403, 400],
    text: "Bonjour, we use Symfony (not in your list maybe) but question is general: the user send a form with CSRF token invalid. Which status code is the most correct for this? symfony gives us 400 hmm",
  },
  {
    codes: [413],
    text: 'our devops say nginx gives "413 Request Entity Too Large" for uploads of scans in our clinic software. but we configured laravel upload_max_filesize 50M. which layer is returning this 413 most likely?',
  },
  {
    codes: [503],
    text: 'guten tag. our iot devices send measurements every minute. sometimes the server is deploying and returns error. which error code is correct to tell device "try again in 30 sec"?',
  },
  {
    codes: [502],
    text: "pls explain why my aws lambda behind api gateway gives 502 only sometimes?? lambda logs show it returned {statusCode: 200, body: JSON.stringify(data)} but on some path it returns `undefined` (we forgot return). which status does apigw send for those?",
  },
  {
    codes: [403],
    text: "we run a gaming leaderboard and a player submits a score with a signature from an old season key. the signature is valid but for the wrong season. 401 or 403?",
  },
  {
    codes: [409, 503],
    text: "we make a crypto exchange api. when the user places a limit order but the market is halted (trading paused by compliance). what status? request is valid",
  },
  {
    codes: [409],
    text: "in our ride sharing app, driver tries to accept a ride that another driver already accepted 1 second before. 409 right? or 410 gone?",
  },
  {
    codes: [500],
    text: "We are using the chi router. When the panic happens in handler, middleware.Recoverer catches it. What status the client receive?",
  },
  {
    codes: [503, 502],
    text: "hey, our erp integration posts invoices to an sap gateway through our api. sap gateway returns 503 due to maintenance. our api currently returns 500. better code to propagate?",
  },
  {
    codes: [200],
    text: "sensor network: our edge gateway buffers data and replays after outages, sending readings with a client-generated id. if a reading id was already ingested we... reject with 409? or accept silently? which status lets the gateway move on without retrying?",
  },
  {
    codes: [200],
    text: 'we use graphql (hasura). a permission error comes back as {"errors":[{"extensions":{"code":"access-denied"}}]}. what http status does hasura use for that response?',
  },
  {
    codes: [202, 200],
    text: 'for a "forgot password" endpoint, should we return 404 if the email isnt registered? security team says no. what then?',
  },
  {
    codes: [401],
    text: "our checkout started failing after a secrets rotation: stripe api says invalid api key `sk_test_...` (typo in the new value). what status does stripe return for that?",
  },
  {
    codes: [403],
    text: "stripe api: the key is valid but restricted and lacks the permission for payouts. status?",
  },
  {
    codes: [404],
    text: "stripe api: retrieving a customer id that doesn't exist \"No such customer: 'cus_123'\". code?",
  },
  {
    codes: [409],
    text: "stripe: two requests using the same idempotency key hit concurrently. the second one gets an error about a concurrent request. which status?",
  },
  {
    codes: [429],
    text: "bulk inovice import hammering stripe, and some calls fail with error type `rate_limit`. which status does stripe use for it?",
  },
  {
    codes: [400],
    text: "twilio api, sending an sms to an invalid phone number \"The 'To' number +1555 is not a valid phone number.\" what http status does twilio return?",
  },
  {
    codes: [404],
    text: "github api: creating an issue with a token that has no access to the repo returns 404 instead of 403. expected?",
  },
  {
    codes: [403, 429],
    text: "github api: `X-RateLimit-Remaining: 0` and the primary rate limit is exceeded, the response status is...? docs say 403 or 429",
  },
  {
    codes: [200],
    text: 'slack web api returns HTTP 200 with {"ok":false,"error":"channel_not_found"}. what http status does slack use for api errors in general?',
  },
  {
    codes: [502],
    text: 'ok so bit of a saga. we have a react native app -> cloudfront -> ALB -> ecs (node 20 + fastify). since friday ~0.3% of requests fail. ALB logs show elb_status_code 502, target_status_code "-", and the failing requests always happen on connections that were idle a while. fastify is default config so keepAliveTimeout is node\'s 72s? no wait node default is 5s. ALB idle timeout 60s. i think this is the classic race where node closes the socket just as ALB reuses it. which status does this race manifest as on the client side?',
  },
  {
    codes: [403, 402],
    text: 'context: we run a b2b saas for dental clinics. each clinic has its own subdomain. when a clinic\'s subscription is cancelled we keep the data 90 days then delete. during those 90 days any api call from their staff should be refused but we want the frontend to show "your subscription ended, contact billing". currently we throw 401 which logs everyone out in a loop because the app thinks the token is bad. what should we return?',
  },
  {
    codes: [303],
    text: 'long story short, we have a data pipeline where airlfow triggers a spark job through our internal api POST /jobs. the api validates and puts it in a queue, returns a job id. later the client polls GET /jobs/{id}. when finished, GET /jobs/{id} should lead the client to the output at /datasets/{dsid}. our architect wants a redirect there for the finished case. which redirect code is the textbook answer for "here\'s the result, go GET it"?',
  },
  {
    codes: [504],
    text: "we're migrating a monolith to microservices behind kong. the orders service is slow on month-end closing, taking 70s sometimes. kong's upstream read_timeout is 60000. the ops folks see lots of errors in kong logs at month end and the erp client receives something. what status is the erp client most likely getting?",
  },
  {
    codes: [500],
    text: 'our healthcare api is behind an aws api gateway REST api with a lambda authorizer. the authorizer lambda itself times out occasionally (it calls a slow ldap). client gets {"message": null} or similar and the status is weird, not 401 or 403. what is api gateway returning when the authorizer fails/times out?',
  },
  {
    codes: [503],
    text: 'we have a multiplayer game server fleet behind agones + an http matchmaker. when a player requests a match in a region with zero available game servers, the matchmaker currently returns 404 "no servers". the client team says it should be retryable and 404 isn\'t. which code would make the client back off and retry later?',
  },
  {
    codes: [404, 409],
    text: 'a weird one from our fintech reconciliation job. it downloads statements from a partner sftp-over-https api. the partner returns HTTP 200 with a body that says "ERROR: statement not yet generated" for statements before 6am. we want our own api (which wraps it for the frontend) to return something better. the statement will exist later. 404? 409? 425?',
  },
  {
    codes: [425],
    text: "we recently added an http/3 endpoint via cloudflare. ios clients that use 0-rtt replay sometimes send a POST /transfer as early data. our backend checks the Early-Data: 1 header that cloudflare adds. what should the backend respond to make the client retry after the full handshake?",
  },
  {
    codes: [409],
    text: "we are an iot platform and each device has a shadow document. device updates shadow with version=12 but server has version=14 (someone updated from the web console). aws iot uses a specific http-ish code for version conflicts on shadow updates. which?",
  },
  {
    codes: [401, 400],
    text: 'our mobile banking app sends a request signed with a timestamp. server rejects requests where timestamp is >5 minutes off (anti replay). we currently return 408 "request timeout" for stale timestamps which confuses the mobile team because their http client retries 408 automatically. what\'s a better code?',
  },
  {
    codes: [422],
    text: "we run a file conversion service (docx -> pdf). if libreoffice crashes on a corrupted docx we return 500. but the file is the problem, not the server. what should we return for an uploaded file that's valid docx-mimetype but unparseable content?",
  },
  {
    codes: [503],
    text: "in our k8s cluster we use linkerd. when a service has no ready endpoints, the calling service receives an error from the linkerd proxy. i see `l5d-proxy-error: service in fail-fast` header. which status?",
  },
  {
    codes: [504],
    text: 'setup: browser -> akamai -> nginx -> spring boot. users report random "504 Gateway Time-out" pages with the akamai branding (Reference #...). nginx logs show the request completed with 200 in 125s. who timed out and what code is it?',
  },
  {
    codes: [429],
    text: "we started sending `Retry-After: 120` with a 301 for some reason (copy paste). clients ignore it. which statuses actually use Retry-After meaningfully? i'm thinking mainly about the throttling one",
  },
  {
    codes: [500],
    text: 'our wordpress site started returning blank pages with status 500 after updating a plugin, but also sometimes with "There has been a critical error on this website." what status does wordpress use for that fatal error page?',
  },
  {
    codes: [502],
    text: "ok need a sanity check before i open a PR. our claims processing service (insurance, python/fastapi) calls an external fraud scoring vendor over https. the vendor is flaky: sometimes the tcp connect just fails (ConnectError), sometimes they answer with an html 500 page from their load balancer, sometimes they take 40s and we give up at 10s. right now we catch everything and raise HTTPException(500). our api is consumed by the claims portal and by partner brokers who have retry logic that only retries on 502/503/504. for the case where the vendor sends back that garbage html 500 page, what should OUR endpoint return to the broker?",
  },
  {
    codes: [502],
    text: "long post sorry. we're a small team running a multiplayer trivia game. stack: godot client -> cloudflare -> hetzner box running caddy -> node (socket.io + rest). yesterday evening players got kicked and the rest calls returned errors. caddy logs show `dial tcp 127.0.0.1:3001: connect: connection refused` for about 4 min while pm2 restarted node after an OOM. cloudflare itself was fine, it got an answer from caddy. what status did the players' rest calls actually get back from caddy in that window?",
  },
  {
    codes: [409],
    text: "hi, we're building a clinic appointment system (django + drf, postgres). patients can reschedule via PATCH /appointments/{id}. we use a `version` integer in the payload to detect concurrent edits from the front desk and the patient app; if the version in the request doesnt match the db, we reject. there are no etag / If-Match headers involved at all, just the field in the json body. product wants \"someone else changed this appointment, please reload\" shown. drf has no built in exception for this so we'll write one. which status would you give it?",
  },
  {
    codes: [403],
    text: 'this is driving me nuts. react spa on s3+cloudfront, api on api gateway (REST) + lambda (node). locally everything works. in prod, every call from the spa to POST /api/orders fails and chrome console says "has been blocked by CORS policy: Response to preflight request doesn\'t pass access control check: It does not have HTTP ok status." we dont have an OPTIONS method defined on the resource in api gatweay, only POST. what status is the preflight getting from api gateway that makes chrome complain?',
  },
  {
    codes: [403],
    text: 'we\'re designing the public api for a b2b logistics platform and arguing about auth errors. flows: (a) no Authorization header, (b) token present but signature invalid, (c) token valid but expired, (d) token valid but the customer account is suspended, (e) token valid but missing the shipments:write scope. i think a/b/c are one code and d/e are another. my colleague wants 401 for everything "to keep it simple for clients". for case (e) specifically, which status does rfc 6750 prescribe?',
  },
  {
    codes: [503],
    text: "background: our internal platform team runs envoy as the edge proxy for ~40 microservices. since monday one team's service (kotlin, ktor) shows intermittent failures only through the edge; direct pod-to-pod calls are fine. edge access logs show response_code 503, response_flags UC, and the body \"upstream connect error or disconnect/reset before headers. reset reason: connection termination\". ktor's idle connection timeout is shorter than envoy's upstream idle_timeout so i think envoy reuses connections ktor already closed. which status are the clients seeing for these failures?",
  },
  {
    codes: [502],
    text: 'we have a pretty big mobile gaming backend on gke. game clients call the matchmaking service through a gcp external https load balancer -> gke ingress (neg) -> pods. during last weekend\'s event we had a deploy with a broken readiness probe, so all pods were unready for about 6 minutes. the lb logs show statusDetails "failed_to_pick_backend". i assumed clients would see 503 like with nginx-ingress, but support tickets say otherwise. what code did the gcp lb return in that window?',
  },
  {
    codes: [201],
    text: "our fintech has a payments api that is idempotent via an Idempotency-Key header (we copied stripe). flow: first request POST /payments with key K creates the payment and returns 201 with the payment json. network blip on the client, the client retries the exact same request with the same key K and same body 3 seconds later. we look up K, find the stored response. what status should the retry get — the original stored one, or something like 409/200?",
  },
  {
    codes: [401],
    text: 'hey team 👋 our express api uses jwt in the `Authorization` header. when the token is expired we currently return 403 with `{"msg":"token expired"}`. the mobile guys say their refresh-token logic never triggers because it only listens for one specific code. what should an expired token return?',
  },
  {
    codes: [403],
    text: "in nestjs i have a RolesGuard, the user is logged in fine but has role `viewer` and calls `DELETE /projects/12`. the guard throws ForbiddenException. is that the correct code or should it be 401? 🤔",
  },
  {
    codes: [401],
    text: 'django rest framework gives us `{"detail": "Authentication credentials were not provided."}` with a 403 because SessionAuthentication is first in the list. our api clients all use bearer tokens tho. what is the semantically correct code for that exact situation?',
  },
  {
    codes: [404],
    text: "in our rails app we are multi-tenant. user from tenant A requests `/invoices/991` which belongs to tenant B. we really don't want to leak that invoice 991 even exists. which status should we send?",
  },
  {
    codes: [403],
    text: "laravel sanctum question: user is authenticated but email not verified yet, and the route has the `verified` middleware. right now our custom handler sends 409. what's the proper code for 'you are logged in but must verify your email first'?",
  },
  {
    codes: [403],
    text: 'asp.net core: `[Authorize(Policy = "AdminOnly")]` and a normal user hits it with a valid cookie. for MVC it redirects to /Account/AccessDenied, but for our api controllers we want a plain status code. which one?',
  },
  {
    codes: [401],
    text: "go net/http service, we do basic auth. if the `Authorization: Basic` header has the wrong password i return 403 and the browser doesnt show the login popup. what code makes the browser prompt the user again (plus the header)?",
  },
  {
    codes: [401],
    text: "hola! tenemos un endpoint en koa. when the session cookie is expired or missing we redirect 302 to /login even for the json api 🙃. frontend fetch follows the redirect and gets the login html with 200. what should the api return instead?",
  },
  {
    codes: [401],
    text: "fastify + @fastify/jwt. the token signature is invalid, someone tampered with the payload. `401` or `400`? my colleague says 400 because the request is 'malformed'.",
  },
  {
    codes: [403],
    text: "phoenix app. the user is authenticated but their account is suspended by moderators, and they try to post a comment. i'm thinking 403, teammate says 423 Locked. who's right?",
  },
  {
    codes: [403],
    text: "api gateway + lambda authorizer. when the authorizer returns a Deny policy for a valid token (user lacks permission), what status does api gateway send to the client? we need it for the docs.",
  },
  {
    codes: [401],
    text: "OkHttp on android: the server returns 401 but without any `WWW-Authenticate` header. backend says the header is optional. is 401 still the right code when no token was sent, or should it be something else because of the missing header?",
  },
  {
    codes: [403],
    text: "brazilian dev here 🇧🇷 tudo bem? in our spring boot api, the user has a valid token but the scope is only `read:orders` and he calls `POST /orders`. what status for insufficient scope? i think RFC 6750 says something about it.",
  },
  {
    codes: [401],
    text: 'following up on RFC 6750: what\'s the status that goes with `error="invalid_token"`? like when the token is expired, revoked or malformed.',
  },
  {
    codes: [401],
    text: "envoy ext_authz returns denied and our clients always see 403. but in many cases the authz service denied because the user wasn't logged in at all (no cookie). which code should ext_authz return in the unauthenticated case?",
  },
  {
    codes: [403, 402],
    text: "our flask api has plans. a user on the `free` plan tries the export feature which is only for `pro`. is that 403 or 402? we'd like the client to show an 'upgrade your plan' dialog.",
  },
  {
    codes: [401],
    text: "traefik forwardAuth middleware calls our auth service. the auth service returns a status when the session cookie is missing and traefik passes it through. what should auth svc return for 'no session cookie'?",
  },
  {
    codes: [401],
    text: 'asp.net core with JWT bearer. i see this header in a response: `WWW-Authenticate: Bearer error="invalid_token", error_description="The token expired at \'03/12/2024 10:00:00\'"`. which status code is this header attached to?',
  },
  {
    codes: [401],
    text: "we use django + simplejwt. when the refresh token is blacklisted and the client tries to refresh, we answer 400. should it be something else? the client must go back to the login screen.",
  },
  {
    codes: [429],
    text: "we use express-rate-limit and it sends 429 by default. PM wants to change it to 503 because '429 looks like the client did something wrong'. should we change it? the limit is per api key, 100 req/min.",
  },
  {
    codes: [429],
    text: "nginx `limit_req zone=api burst=20 nodelay;` — by default rejected requests get 503. what should i set `limit_req_status` to for a public api?",
  },
  {
    codes: [429],
    text: "Spring Boot + bucket4j for throttling, 50 requests per 10 seconds per user. when a user is throttled, what status do we send? i also want to add a header telling them when to come back.",
  },
  {
    codes: [429],
    text: 'api gateway usage plan throttling. clients get `{"message":"Too Many Requests"}`. what status code is that?',
  },
  {
    codes: [429],
    text: "cloudflare rate limiting rule blocks a scraper on our login page. what status does cloudflare send by default for rate limiting rules? we want our own app limiter to be consistent with it.",
  },
  {
    codes: [429],
    text: "apollo server graphql. each client has a query cost budget per minute, and when they exceed it we currently put it into `errors[]` with HTTP 200. if we set a proper transport status for 'budget per minute exhausted', what would it be?",
  },
  {
    codes: [429],
    text: "laravel `throttle:60,1` middleware — what status does it return when exceeded? we want to document it in our openapi spec.",
  },
  {
    codes: [429],
    text: "fastapi + slowapi. one user sent 3000 requests in a minute and we block them for a while. returning 403 for the ban is ok or is there a better code? the block lifts automatically after the window.",
  },
  {
    codes: [429],
    text: "haproxy stick-table rate limit: `http-request deny if abuse`. the default deny returns 403. which status should i put in `deny_status` for rate limiting?",
  },
  {
    codes: [429],
    text: 'ingress-nginx annotation `nginx.ingress.kubernetes.io/limit-rps: "5"` — clients get 503 right now when they exceed it. which status should it be? i know there\'s a configmap key to change it.',
  },
  {
    codes: [429, 409],
    text: "each account can run max 3 export jobs at the same time in our django app. the 4th concurrent `POST /exports` — 429 or 409? it's not really about request rate, it's a concurrency cap.",
  },
  {
    codes: [503],
    text: "Retrofit on android: the server sends 503 with `Retry-After: 3600` during our planned maintenance. is that the right code for maintenance or should backend use 500?",
  },
  {
    codes: [429, 402],
    text: "our saas has a monthly quota per customer (10k calls/month on the free plan). when they run out we currently return 403. they can buy more credits. which code is better?",
  },
  {
    codes: [422, 400],
    text: "we currently send 500 when validation fails in our express app (joi throws and nobody catches it lol). what should it be? e.g. the email field contains `not-an-email`.",
  },
  {
    codes: [422, 400],
    text: "fastapi returns 422 for pydantic validation errors out of the box. my lead wants 400 everywhere. is 422 wrong? the body is valid json, just the field values are off.",
  },
  {
    codes: [400, 422],
    text: 'DRF serializer `is_valid(raise_exception=True)` gives 400. the client sent `{"age": -5}`. can you just confirm that 400 is fine for that?',
  },
  {
    codes: [400],
    text: 'the JSON body itself is broken — missing closing brace, `{"name": "bob"` — and express body-parser throws a SyntaxError. we respond 500. 400 or 422?',
  },
  {
    codes: [422, 400],
    text: "spring boot: `@Valid` on the request dto, field `quantity` must be > 0, the user sends 0. spring's default returns 400. what would an api designer choose here?",
  },
  {
    codes: [400, 422],
    text: "gin binding error: `Key: 'User.Email' Error:Field validation for 'Email' failed on the 'required' tag`. we respond 500 right now. what is right?",
  },
  {
    codes: [400],
    text: "query param `?limit=abc` where limit must be an int. koa app with a small custom validator. 400 right?",
  },
  {
    codes: [422, 400],
    text: "rails api: `ActiveRecord::RecordInvalid: Validation failed: Title can't be blank`. should the controller respond 422 or 400? the scaffolds seem to use one of them.",
  },
  {
    codes: [422, 400],
    text: "the frontend sends a date like `2024-02-30` which doesn't exist. the json syntax is ok, only the value is invalid. asp.net core model binding says 400. is there a more correct one?",
  },
  {
    codes: [400],
    text: "weird one: the client sends `Content-Type: application/json` but the body is actually XML `<order>...</order>`. spring throws HttpMessageNotReadableException. which status?",
  },
  {
    codes: [400, 422],
    text: "our api has a strict schema. a client sends an unknown field `colour` (we only know `color`) and we reject it. 400 or 422? nestjs with `forbidNonWhitelisted: true`.",
  },
  {
    codes: [200],
    text: "graphql query with a syntax error (missing closing brace), and the client only accepts the legacy `application/json` response type, not graphql-response+json. what does the graphql-over-http spec say the status should be?",
  },
  {
    codes: [400],
    text: "required header `X-Tenant-Id` is missing in the request. nestjs, every endpoint needs it. status?",
  },
  {
    codes: [422, 400],
    text: "we validate that `start_date` < `end_date`. a client sends them reversed. fastify. 400, 422 or 409?",
  },
  {
    codes: [400],
    text: "user sends `page=-1` to our pagination endpoint in flask. should we reject it? which code?",
  },
  {
    codes: [422, 400],
    text: "file upload endpoint expects a csv. the user uploads a csv with the correct content-type but the columns are wrong (no `sku` column). 415? 422? 400?",
  },
  {
    codes: [400, 422],
    text: 'a json body has a field with the wrong type, `"price": "ten"` instead of a number. NestJS ValidationPipe returns 400. fine?',
  },
  {
    codes: [409, 422],
    text: "signup endpoint: the email already exists in the db. express returns 400 `{error:'email taken'}`. what would be more specific?",
  },
  {
    codes: [409, 422],
    text: "`POST /teams` with a slug that already exists → unique constraint violation (postgres `23505`). rails app. we leak a 500 currently 😬. which code should it be?",
  },
  {
    codes: [428],
    text: "we want to FORCE clients to send If-Match on PATCH so nobody overwrites blindly. if a client omits the header, what status we must give back? in german we would say 'Vorbedingung fehlt' lol",
  },
  {
    codes: [409],
    text: "two people try to book the same seat in same moment, second one is losing the race (row lock in postgres). fastapi backend. what http code the loser should get, is it ok or not to send 500?",
  },
  {
    codes: [201],
    text: "`PUT /users/42` works as create-or-replace in our api. the resource did not exist before, so we created it. 200 or 201?",
  },
  {
    codes: [412],
    text: "conditional PUT with `If-None-Match: *` — meaning 'only create if it doesn't exist yet'. but the resource already exists. what should the server return?",
  },
  {
    codes: [412],
    text: "our S3-like storage api: a DELETE comes with `If-Unmodified-Since` older than the object's Last-Modified. what status?",
  },
  {
    codes: [409],
    text: "git-like api in go. a client pushes a commit but the branch moved in the meantime (non-fast-forward). we reject it with...?",
  },
  {
    codes: [409, 422],
    text: "user tries to add an item to the cart, but the item just went out of stock. which http status would you use in a spring api? not a server error obviously.",
  },
  {
    codes: [409],
    text: "same idempotency key sent twice concurrently, the first request is still being processed when the second arrives. what does the second one get?",
  },
  {
    codes: [201],
    text: "retry with same idempotency key and same body, and the original returned 201 Created. what status do we return on the replay?",
  },
  {
    codes: [422],
    text: "ietf idempotency-key header draft: which code is specified for 'key reused with a different payload'? just the number pls.",
  },
  {
    codes: [400],
    text: "fastify plugin for idempotency. the key format is invalid (we require a uuid v4, the client sends `abc`). what code?",
  },
  {
    codes: [304],
    text: 'the browser sends `If-None-Match: "abc123"` and our etag is still abc123. express does this automatically i think. which status goes back, and does it have a body?',
  },
  {
    codes: [304],
    text: "our CDN (cloudfront) logs show tons of 304 for `/static/app.js`. is that bad? what does 304 mean, in one line.",
  },
  {
    codes: [304],
    text: "nginx serving static files, the request has `If-Modified-Since` newer than the file mtime. what does nginx answer?",
  },
  {
    codes: [412],
    text: 'a PUT with `If-None-Match: "abc"` and the current etag is exactly "abc". what\'s returned for this non-GET request?',
  },
  { codes: [304], text: "HEAD request with `If-None-Match` matching the current etag. what status?" },
  {
    codes: [304],
    text: "spring ShallowEtagHeaderFilter: the client gets 200 every time even though the content is the same, and the browser sends If-None-Match with a `W/` prefix. what status SHOULD it get when it matches?",
  },
  {
    codes: [413],
    text: "express + multer gives a `LIMIT_FILE_SIZE` error and we return 500. the file limit is 5MB and the user uploaded 12MB. what code should it be?",
  },
  {
    codes: [413],
    text: "spring boot `MaxUploadSizeExceededException` maps to 500 in our app because of our global exception handler. what should we map it to?",
  },
  {
    codes: [414],
    text: "our `GET /search` has filters in the query string, and with 500 ids in `?ids=` the URL becomes like 12k chars. tomcat rejects it. what's the dedicated status for that?",
  },
  {
    codes: [414],
    text: "what's the proper status when the URL is longer than our limit (8192 bytes)? go net/http server with a custom check.",
  },
  {
    codes: [415],
    text: "we only accept `multipart/form-data` for uploads and someone sends `application/octet-stream`. nestjs. 400 or 415?",
  },
  {
    codes: [415],
    text: "the client sends `Content-Encoding: br` on the request body and we don't support brotli for request bodies. which status?",
  },
  {
    codes: [406],
    text: "client sends `Accept: application/xml` but we only do json. asp.net core with `ReturnHttpNotAcceptable = true`. what status?",
  },
  {
    codes: [406],
    text: "rails `respond_to` with only `format.json`, and a browser requests `/reports/5.csv`, so rails raises `ActionController::UnknownFormat`. what status should that produce?",
  },
  {
    codes: [405],
    text: "our route is only `GET /orders/:id`. somebody sends `DELETE /orders/5` and express returns 404 by default. what's the correct status, and what header must go with it?",
  },
  {
    codes: [405],
    text: "django view decorated with `@require_POST` gets hit with a GET from some crawler. which status does / should it return?",
  },
  {
    codes: [405],
    text: "`PUT /v1/collection` — the collection resource doesn't support replace at all, only POST to add items. the method is known in our app, just not allowed here. 405 or 501?",
  },
  {
    codes: [501],
    text: "our server doesn't recognize the custom method `PURGE` at all (no handler anywhere in the app). which status is right per RFC 9110?",
  },
  {
    codes: [431],
    text: "users with huge cookies (like 20 cookies from marketing tools) get `400 Bad Request - Request Header Or Cookie Too Large` from nginx. what's the 'proper' code from RFC 6585 for headers too large?",
  },
  {
    codes: [415],
    text: "we accept images only as png/jpeg. an iphone user uploads a .heic with `Content-Type: image/heic`. what code?",
  },
  {
    codes: [415],
    text: "express route accepts only `application/json` with utf-8. a client sends `application/json; charset=latin1` and we don't support latin1 at all. status?",
  },
  {
    codes: [413],
    text: "request with `Expect: 100-continue` and `Content-Length` of 2GB, our upload limit is 100MB. what should the server reply instead of 100 Continue?",
  },
  {
    codes: [417],
    text: "a client sends `Expect: something-weird` header, and our server doesn't support that expectation. status?",
  },
  {
    codes: [431],
    text: "haproxy: the request headers exceed `tune.bufsize`, and the client gets a generic 400. what would the precise semantic status be for too large request header fields?",
  },
  {
    codes: [413],
    text: "browser gets 413 from ingress-nginx when uploading a 50MB file. is 413 the code i should expect? and which annotation do i need (proxy-body-size?).",
  },
  {
    codes: [410, 404],
    text: "we removed the v1 API completely last month (announced 1 year ago). clients still call `/v1/users`. return 404 or 410?",
  },
  {
    codes: [410, 404],
    text: "should i return 404 for a deleted account or 410? we hard delete but we keep tombstones so we know for sure it existed.",
  },
  {
    codes: [308],
    text: "we renamed `POST /api/v2/order` to `POST /api/v2/orders` permanently. old clients still POST to the old path. which redirect keeps the POST method and body?",
  },
  {
    codes: [303],
    text: "after a form submit (`POST /checkout`) we want to send the browser to the /thank-you page with a GET. laravel's `redirect()` uses 302. what's the semantically correct code?",
  },
  {
    codes: [307],
    text: "temporary redirect for a POST endpoint during a migration, must keep method + body, definitely not permanent. which code?",
  },
  {
    codes: [308],
    text: "http → https redirect on nginx for an API. if i use 301 some clients turn POST into GET and lose the body. what should i use?",
  },
  {
    codes: [301],
    text: "django `HttpResponsePermanentRedirect` — which status does it send? we want to make sure our redirects are cached by browsers.",
  },
  {
    codes: [302],
    text: 'spring mvc controller returns `"redirect:/dashboard"`. what status code does that produce by default?',
  },
  {
    codes: [302],
    text: "express `res.redirect('/foo')` with no status argument. what's the default status it sends? i'm writing tests for it.",
  },
  {
    codes: [303],
    text: "rails 7 + turbo: after `DELETE /posts/1` we `redirect_to posts_path` and the browser sends DELETE to /posts 😱. which status should that redirect use?",
  },
  {
    codes: [301],
    text: "cloudfront distribution with viewer protocol policy 'Redirect HTTP to HTTPS'. what status does cloudfront send for that redirect?",
  },
  {
    codes: [301],
    text: "aws alb listener rule: redirect HTTP:80 to HTTPS:443. the options are HTTP_301 and HTTP_302. which should i pick for a permanent move?",
  },
  {
    codes: [308],
    text: "the api moved to a new domain `api.newco.io` for good. clients do PUT and DELETE too, not only GET. which redirect code?",
  },
  {
    codes: [200],
    text: "we deprecated `GET /v1/reports` but it keeps working until june. should it return something other than 200 now? like 299 😅 or is there a deprecation status?",
  },
  {
    codes: [410],
    text: "oye, the sunset date passed for api v2 and the endpoint is turned off for good. how can i make it return the correct code now, which one?",
  },
  {
    codes: [410, 404],
    text: "a user deletes their post and later someone opens the link. we soft delete (row still there with `deleted_at`). what status for the public?",
  },
  {
    codes: [404],
    text: "`GET /users/123` where user 123 never existed. sanity check, 404 right? (yes i'm paranoid)",
  },
  {
    codes: [200],
    text: "after a successful login POST, our angular app expects JSON with the user object. backend currently sends a 302 to /home. what should the API return instead?",
  },
  {
    codes: [302],
    text: "apache `.htaccess` has `Redirect /old /new` and no status given. what's the default status apache uses for it?",
  },
  {
    codes: [308],
    text: "ingress-nginx `ssl-redirect` — which status does it use by default? we noticed POST webhooks still arrive with their body after the redirect.",
  },
  {
    codes: [307],
    text: "the resource is available at a different URI temporarily and the client must NOT change the method. pick between 302 and 307 pls.",
  },
  {
    codes: [202],
    text: "`POST /reports` kicks off a 10 minute celery job. we return 200 with the job id. better status? django.",
  },
  {
    codes: [303],
    text: "after the job finishes, `GET /jobs/77` — should it redirect to `/reports/77` or return 200 with status done? we want clients to auto-navigate to the result. which code would do that?",
  },
  {
    codes: [201],
    text: "`POST /users` creates a user in spring boot, currently 200 is returned. how to return the correct code? what is it and which header should go with it?",
  },
  {
    codes: [204, 200],
    text: "`DELETE /sessions/current` (logout) succeeds, there is nothing to return. express. code?",
  },
  { codes: [204, 200], text: "`PUT /settings` updates fine and we don't return a body. status?" },
  {
    codes: [202],
    text: "our DELETE is accepted but the actual deletion happens async in a queue (takes several minutes). code?",
  },
  {
    codes: [201],
    text: "`POST /uploads` in our go service creates an upload session and returns its URL in the Location header. the session exists right away. 201 or 202?",
  },
  {
    codes: [204],
    text: "fastapi: `@app.delete(\"/items/{id}\", status_code=...)` — i return a dict and uvicorn complains `Response content longer than Content-Length`. what status is meant for 'success, no body'?",
  },
  {
    codes: [202],
    text: 'our bulk import endpoint accepts 10k rows, validates the format synchronously, but inserts async in the background. what should we return? > currently: 200 OK {"imported": 0}',
  },
  {
    codes: [207],
    text: "batch endpoint where some items succeeded and some failed (like 8 of 10). WebDAV has a multi-status code, right? what's the number?",
  },
  {
    codes: [200, 202],
    text: "long-polling `GET /jobs/9/status`, the job is still running. 200 with `{state:'running'}` or 202?",
  },
  { codes: [200], text: "`PATCH /profile` succeeds and we return the updated profile json. 200 or 204?" },
  {
    codes: [201],
    text: "axios in react: `POST /comments` returns 201 and our code checks `res.status === 200` so it shows an error toast lol. which status does a correct create return?",
  },
  {
    codes: [201],
    text: "nestjs question. what's the default status code of an `@Post()` handler if we didn't set `@HttpCode`?",
  },
  {
    codes: [204, 200],
    text: 'Phoenix controller does `send_resp(conn, 204, "")` after delete. ok? or should DELETE return 200 with the deleted item?',
  },
  {
    codes: [200],
    text: "the job failed after we returned 202. later `GET /jobs/5` — what status for the job resource itself? it exists, the job just failed.",
  },
  {
    codes: [416],
    text: "client asks `Range: bytes=5000000-` but the file is only 1MB. status? we use koa-send, it returns 500 now lol",
  },
  {
    codes: [206],
    text: "resumable downloads with python `requests`. the server ignores our Range header and sends the full body. what status would the server send if it honored the range?",
  },
  {
    codes: [206],
    text: "nginx serving mp4 files and we see 206 everywhere in the access log. is something broken?",
  },
  {
    codes: [200],
    text: "`If-Range` with an old etag + `Range: bytes=100-200`, and the file changed since. what status?",
  },
  {
    codes: [416],
    text: "S3 returns an `InvalidRange` error for our range request. which http status is that?",
  },
  {
    codes: [206],
    text: "go `http.ServeContent` with a Range header for a valid range. what does it return?",
  },
  {
    codes: [504],
    text: "node upstream takes 90s to answer, nginx `proxy_read_timeout` is 60s. what status does the client get?",
  },
  {
    codes: [504],
    text: "api gateway calls a lambda that takes longer than the 29s integration timeout. what does the client see?",
  },
  {
    codes: [504],
    text: "ALB idle timeout is 60s and the target takes 75s to respond. what does the ALB return?",
  },
  {
    codes: [503],
    text: "envoy returns `upstream connect error or disconnect/reset before headers. reset reason: connection failure` in the body. which status usually comes with it?",
  },
  {
    codes: [502],
    text: "our spring service calls a downstream payments provider, and the provider returns garbage html instead of json. what should OUR service return to its client?",
  },
  {
    codes: [504],
    text: "our spring service calls a payments provider with a 10s http client timeout. if the provider doesn't answer in time, what should our api return to its own caller?",
  },
  {
    codes: [408],
    text: "a client opened a connection and sent headers, but the body trickles in super slowly and the server gives up waiting. which status?",
  },
  {
    codes: [499],
    text: "in nginx access logs we see lots of 499 on `/api/search`, avg request time 30s. what does 499 mean?",
  },
  {
    codes: [503],
    text: "the db is down and our fastapi app can't serve anything. what should the health endpoint return? please do the needful and tell the exact code only 🙏",
  },
  {
    codes: [500],
    text: "unhandled exception in a laravel controller (null pointer basically). which code goes out?",
  },
  {
    codes: [503],
    text: "k8s readiness probe hits `/ready`. we want the pod removed from rotation while it warms its cache. what code should /ready return during warmup?",
  },
  {
    codes: [503],
    text: "our circuit breaker is open for a downstream dependency. the endpoint that needs that dependency should return...?",
  },
  {
    codes: [502],
    text: "gunicorn's worker timeout kills the worker mid-request, nginx is in front. what does the client see?",
  },
  {
    codes: [503],
    text: "haproxy shows `<NOSRV>` in the logs, all backends DOWN. which code does the user see?",
  },
  {
    codes: [503],
    text: "apache mod_proxy logs `AH01114: HTTP: failed to make connection to backend`. what does the client get from apache?",
  },
  { codes: [503], text: "traefik: there are no healthy servers for the service anymore. status?" },
  {
    codes: [503],
    text: "service goes into maintenance for an hour tonight. is 503 with `Retry-After: 600` correct, or is there a special 'maintenance' code?",
  },
  {
    codes: [503],
    text: "our fastapi gateway calls an internal grpc service that returns `UNAVAILABLE`. which http code should we map it to?",
  },
  {
    codes: [504],
    text: "our fastapi gateway calls an internal grpc service and sometimes gets `DEADLINE_EXCEEDED`. which http code should we map that to?",
  },
  {
    codes: [499],
    text: "our go reverse proxy logs `context canceled` because the client went away before we answered. what's the nginx-style code people use for 'client closed request' in their logs?",
  },
  {
    codes: [200],
    text: "our ALB health check path returns a 301 redirect to /login so the target is marked unhealthy. what code does the ALB default success matcher expect?",
  },
  {
    codes: [200],
    text: 'is it ok for `/healthz` to return 200 with body `{"status":"degraded"}` when the cache is down but the db is ok? we still want traffic to flow.',
  },
  {
    codes: [503],
    text: "500 or 503 for a dependency being down? e.g. redis is unreachable and we can't read sessions for a few minutes.",
  },
  {
    codes: [402],
    text: "our saas api: trial ended and customer has not entered card till now. all calls should fail until they pay. which status? we have heard there's one 'reserved for future use' only.",
  },
  {
    codes: [451],
    text: "github-like service gets a DMCA takedown for a repo. what status should the repo page return?",
  },
  {
    codes: [451],
    text: "a court order in germany requires blocking one specific article for german IPs. which code?",
  },
  {
    codes: [423],
    text: "webdav server: a file is locked by another user editing it in word. a PUT comes in from someone else. status?",
  },
  {
    codes: [409, 423],
    text: "we have a 'record locked while under review' feature (not webdav, just a flag in the db). editors try to change the record during review. 423 or 409?",
  },
  {
    codes: [425],
    text: "cloudflare passes the `Early-Data: 1` header to our origin. what should the origin reply for a payment POST that arrived as early data, so the client retries after the handshake?",
  },
  {
    codes: [507],
    text: "a user's storage quota on our webdav file hosting is full and the PUT fails. which status?",
  },
  {
    codes: [501],
    text: "an endpoint exists in our openapi spec as a placeholder but is not built yet. what should it return for now?",
  },
  {
    codes: [505],
    text: "our tiny custom http server receives a request line with `HTTP/3.0` over plain tcp and it only speaks HTTP/1.x. which status for an unsupported protocol version?",
  },
  {
    codes: [100],
    text: "client sends `Expect: 100-continue` before uploading 500MB. if the server is fine with the headers, what interim status does it send before the body?",
  },
  {
    codes: [103],
    text: "we want the browser to start loading css/fonts before our slow SSR finishes. there's an interim status with Link headers for that, cloudflare supports it. which one?",
  },
  {
    codes: [508],
    text: "our proxy chain has a bug and requests pass through the same proxy twice in a loop. webdav has a code for infinite loops, which?",
  },
  {
    codes: [421],
    text: "HTTP/2 connection coalescing sent a request for `b.example.com` to a server that only has a cert for `a.example.com`. what status should the server send?",
  },
  {
    codes: [511],
    text: "'Network Authentication Required' — like the hotel wifi captive portal intercepting requests. which code?",
  },
  {
    codes: [411],
    text: "a client uploads with chunked transfer encoding to our endpoint that requires Content-Length. what status?",
  },
  {
    codes: [407],
    text: "our corporate forward proxy requires `Proxy-Authorization` and the client didn't send it. status?",
  },
  {
    codes: [200],
    text: "bonjour, a client sends a `Range` header to our endpoint which doesn't support ranges at all. actually we just send the full body. what status it should have?",
  },
  {
    codes: [444],
    text: "in our nginx we have `if ($http_user_agent ~* badbot) { return 444; }`. what code is this and what does it do to the connection?",
  },
  {
    codes: [495],
    text: "nginx error page says `400 Bad Request: The SSL certificate error` in our mTLS setup. which internal nginx code is that before it becomes 400?",
  },
  {
    codes: [496],
    text: "`400 No required SSL certificate was sent` from nginx with `ssl_verify_client on`. what's the nginx-specific code?",
  },
  {
    codes: [497],
    text: "`400 The plain HTTP request was sent to HTTPS port` — nginx. which nginx-specific code does that correspond to?",
  },
  {
    codes: [494],
    text: "we saw `Request Header Or Cookie Too Large` from nginx. what's the internal nginx code before it is turned into 400?",
  },
  {
    codes: [521],
    text: "cloudflare error 521 on our site since the last deploy, origin is on hetzner 😭. what does 521 mean??",
  },
  {
    codes: [524],
    text: "getting `Error 524 A timeout occurred` from cloudflare for long exports (~110s). what's that code about?",
  },
  {
    codes: [525],
    text: "cloudflare 525 SSL handshake failed. origin cert is from let's encrypt, ssl mode is Full (strict). what is 525?",
  },
  {
    codes: [526],
    text: "cloudflare shows 526 invalid SSL certificate. we have a self-signed cert on origin with Full (strict). code meaning?",
  },
  {
    codes: [520],
    text: "cloudflare `Error 520: Web server is returning an unknown error`. our origin is envoy. what is 520 exactly?",
  },
  {
    codes: [523],
    text: "cloudflare 523 origin is unreachable — DNS points to a private IP by mistake. which code is that?",
  },
  { codes: [527], text: "old internal docs mention cloudflare 527 railgun error. what's that one?" },
  {
    codes: [460],
    text: "AWS ALB access logs show `460` for a bunch of requests on `/api/export`. what's 460?",
  },
  {
    codes: [561],
    text: "ALB with an OIDC authenticate action, users get 561 after login at the IdP. what does 561 mean?",
  },
  {
    codes: [419],
    text: "our laravel SPA makes an axios POST and gets 419. what is that code generally about? csrf?",
  },
  { codes: [449], text: "IIS 449 Retry With — what is that? saw it with exchange activesync clients." },
  {
    codes: [403],
    text: "users see the cloudflare 1020 access denied page. what HTTP status does the browser actually get with it?",
  },
  {
    codes: [429],
    text: "our monitoring hits cloudflare error 1015 'you are being rate limited'. what's the http status underneath?",
  },
  {
    codes: [404],
    text: "ingress-nginx shows `default backend - 404` when hitting the LB IP directly. what status is that?",
  },
  {
    codes: [403],
    text: 'AWS api gateway: `{"message":"Missing Authentication Token"}` when calling a path that doesn\'t exist. which status does api gateway send for this?',
  },
  { codes: [504], text: 'api gateway: `{"message":"Endpoint request timed out"}`. which status code?' },
  {
    codes: [502],
    text: 'api gateway `{"message": "Internal server error"}` with lambda proxy integration, because our lambda returned a malformed response (no statusCode). what status?',
  },
  {
    codes: [504],
    text: "CloudFront `504 ERROR: The request could not be satisfied` — the origin response timeout is 30s. code?",
  },
  {
    codes: [404],
    text: "CloudFront with an S3 origin + OAC. when the object is missing we get 403 instead of 404 (no ListBucket permission). what status would be the 'correct' one for a missing object?",
  },
  {
    codes: [404],
    text: "the frontend gets 200 with `{error: 'not found'}` from our php backend when a product id doesn't exist. what should the status be?",
  },
  { codes: [200], text: "`GET /users/5/orders` and the user has no orders. 204 or 200 with `[]`?" },
  {
    codes: [200],
    text: "pagination: `?page=500` but there are only 12 pages. express. 404 or 200 with an empty list?",
  },
  {
    codes: [500, 503],
    text: 'our legacy api always returns 200 and puts `{"code": 500, "msg": "db error"}` inside. the mobile team wants real statuses. for a db failure, what should it be?',
  },
  {
    codes: [404],
    text: "soap services return 500 for every fault, and our new REST wrapper copies that. for a SOAP fault like 'customer not found', what should the REST wrapper return?",
  },
  {
    codes: [503],
    text: "`GET /health` returns 200 but the body says `{ok:false}`. the load balancer thinks it's healthy. what should it return when not ok?",
  },
  { codes: [404], text: "`GET /me/avatar` and the user never uploaded an avatar. what's the right status?" },
  {
    codes: [404, 204],
    text: "DELETE of a resource that's already deleted (we want idempotency). 204 or 404?",
  },
  {
    codes: [200],
    text: "`HEAD /files/abc` returns 200 but no body — my junior thinks it's broken. is that correct?",
  },
  {
    codes: [200],
    text: "our autocomplete endpoint returns 404 when there are no suggestions, and the browser console is full of red errors. what should it be?",
  },
  {
    codes: [404],
    text: "feature flag is off for this tenant, and endpoint `POST /ai/summarize` should behave like it doesn't exist. status?",
  },
  {
    codes: [204, 200],
    text: "CORS preflight OPTIONS succeeds — which status should our fastify server answer the preflight with? we do 200 now, some lib does 204.",
  },
  {
    codes: [401],
    text: "graphql mutation fails because the user is not logged in. apollo returns 200 with `errors[].extensions.code = UNAUTHENTICATED`. if we wanted a transport-level status, what would it be?",
  },
  {
    codes: [415],
    text: 'json:api: the request has `Content-Type: application/vnd.api+json; ext="https://unknown.ext"` and we don\'t support that extension. status?',
  },
  {
    codes: [403],
    text: "i'm reading RFC 9457 about problem+json. in the classic 'out of credit' example, what is the HTTP status of the response?",
  },
  {
    codes: [410],
    text: "our webhook receiver keeps getting events for an account we deleted and we never want them again. some providers disable the endpoint on one specific code. which?",
  },
  {
    codes: [503],
    text: "a REST endpoint is behind a kill switch during an incident and we want clients to retry later. 503 + Retry-After or 404?",
  },
  {
    codes: [412],
    text: "tus: the `Tus-Resumable` version sent by the client is not supported by our server. which status per the spec?",
  },
  {
    codes: [403],
    text: "Question for the API folks. In our Django REST Framework project a logged-in user opens `/api/v2/projects/8812/billing` for a project they are a member of, but they don't have the billing-admin role. DRF's permission class returns 403 right now. A colleague wants to change it to 404 \"so we don't leak that the project exists\", but the user can literally see the project in the sidebar. Which one is correct here?",
  },
  {
    codes: [401],
    text: "bonjour, I work on a Spring Boot service and when the request has no Authorization header at all, spring security give us 403 instead of 401 (I think because we disabled httpBasic in the config). The front team say it is not normal and their redirect to login don't trigger. What should be the correct status when there is no credentials at all in the request?",
  },
  {
    codes: [407],
    text: "Corporate network fun: our nightly Python job uses `requests` to call a vendor API from inside the datacenter and it dies with `ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 407 Proxy Authentication Required'))`. The vendor swears their API is up and our key is fine. What does that 407 actually mean and whose auth is it asking for?",
  },
  {
    codes: [404],
    text: "so we have a multi-tenant SaaS (FastAPI + postgres row level security). user from tenant A does GET /tenants/B/invoices/4411 by changing the url. today we return 403. the security review says a 403 confirms that tenant B exists and has invoice 4411, and they want us to stop leaking that. what should we return instead?",
  },
  {
    codes: [403],
    text: 'our AWS API Gateway has a Lambda authorizer. when the token is garbage it returns 401 `{"message":"Unauthorized"}`, but when the authorizer returns a Deny policy we get `User is not authorized to access this resource`. The client dev keeps asking me which status means "your token is fine but you can\'t do this action". which one is that?',
  },
  {
    codes: [401],
    text: 'Hi, small doubt. Is 401 correct if the API key is valid format-wise but it is revoked? We are keeping the key row in db with `revoked_at` set, so technically we know which customer it belongs to. My teammate is saying 403 only because "we know who they are". We are using Go net/http + our own middleware, version 1.22. Please advise.',
  },
  {
    codes: [403],
    text: "hi team 👋 one doubt. User is logging in with the correct password but he has not verified his email yet, endpoint is POST /auth/session. Right now it is throwing 500 (unhandled `EmailNotVerified` exception at line 212, my bad). I am thinking 401 but it feels wrong because the creds are correct only. What is the right code?",
  },
  {
    codes: [419],
    text: 'Oi gente! In Laravel when the CSRF token expire we get this strange 419 "Page Expired" on the form posts. My PM is asking me if this is a real HTTP status or some Laravel invention, and what it means exactly. Session lifetime is 120 min in config/session.php if it matters.',
  },
  {
    codes: [401],
    text: "We've got an internal admin panel behind oauth2-proxy in k8s. Users not in the allowed Google group get a 403 page, users without a session get a 302 to the Google login. A teammate says the `/api/*` routes (not the HTML pages) should not redirect at all when there's no session, because fetch() just follows the 302 and gets an HTML login page with 200. What should the api paths return instead of the redirect?",
  },
  {
    codes: [401],
    text: 'Ich habe eine Frage about ASP.NET Core: our API uses `[Authorize(Roles = "Admin")]` and when a normal user calls it we get 403, that is fine. But when the auth cookie is missing the framework makes a 302 to /Account/Login. For a pure JSON API used by an Angular app, what should be the status when the cookie is missing?',
  },
  {
    codes: [403, 402],
    text: 'The customer API key is valid but his plan does not include the /exports endpoint (his trial ended 14 days ago, billing is by Stripe). Product want a distinct signal so the frontend can show a banner "upgrade your plan" instead of a generic error. Is that 403, or is it finally the moment to use the 402?',
  },
  {
    codes: [401],
    text: "OkHttp's `Authenticator` callback is only invoked on 401 right? our backend team is returning 403 for expired access tokens and the Android refresh logic never fires, so people get logged out every 15 min. before i go argue with them in #backend, what should an expired access token return?",
  },
  {
    codes: [401],
    text: 'hey, our Flask app returns 401 with just a json body `{"error":"unauthorized"}` and the security scanner (Burp) flagged "401 without WWW-Authenticate". We\'re a bearer token API. Is 401 the right status for a missing bearer token at all, or should we switch to something that doesn\'t need the header?',
  },
  {
    codes: [403],
    text: "Team debate: a user with valid session try to DELETE the comment of another user (id 99812). Rails 7 app with Pundit. Pundit raises `Pundit::NotAuthorizedError` and someone wrote a `rescue_from` which renders 401. I think this is wrong because the user IS authenticated. Am I right, what it should be?",
  },
  {
    codes: [401],
    text: 'bro our nginx has `auth_basic "metrics";` on /metrics and Prometheus keeps logging `server returned HTTP status 401 Unauthorized` for the scrape target on :9113. is that prometheus\' password wrong or nginx misconfigured? what does the 401 mean here exactly',
  },
  {
    codes: [401],
    text: "Olá pessoal! Em nossa API (Spring Boot), quando o JWT tem assinatura inválida estamos retornando 400 Bad Request. sorry, in English: when the JWT signature is invalid we return 400 because the parsing step fails in our filter. My colleague says it should be 401. Who is right?",
  },
  {
    codes: [496],
    text: 'mTLS question: our ingress-nginx requires client certs for /partner/*. If the client sends no cert at all we see a 400 "No required SSL certificate was sent" page, but the access log line shows `496` as the status. what is 496 exactly? never seen that in any RFC',
  },
  {
    codes: [403],
    text: "hola! we have an endpoint that should only work from inside the service mesh. When an external client calls it through the public ALB we want to reject it. Which status, 401 or 403? The client cannot do anything to fix it, no credentials will ever help.",
  },
  {
    codes: [401],
    text: "after rotating the signing key in Auth0 a bunch of our FastAPI services started rejecting tokens with `jwt.exceptions.InvalidSignatureError`. we return 401 and the clients retry the same token 3 times then give up. Question isn't about the rotation itself, it's: is 401 right, or should it be 403 since the token is present but bad?",
  },
  {
    codes: [403],
    text: "user's session cookie is still valid but their org admin disabled the account 10 min ago. our Go API (chi router) currently returns 401, so the frontend kicks them to login, then login succeeds?! and we loop forever. which status for a disabled account?",
  },
  {
    codes: [403],
    text: 'For our S3-compatible file service we emulate presigned URLs. Expired links on real AWS return 403 `Request has expired`. A colleague wants 410 Gone for expired links in our implementation because "the link is gone". The object itself still exists. What\'s the most correct status for an expired signed URL?',
  },
  {
    codes: [400],
    text: "our spec: POST /oauth/token with `grant_type=refresh_token` currently returns 401 `invalid_grant` when the refresh token is expired or revoked. I read somewhere the OAuth RFC says something specific for the token endpoint. what status should invalid_grant be?",
  },
  {
    codes: [403],
    text: "I'm getting 403 from our GCP Cloud Run service when calling it from another service, even though I pass `Authorization: Bearer $(gcloud auth print-access-token)`. Someone said Cloud Run needs an identity token with the right audience, not an access token. Anyway, what does Cloud Run's 403 actually tell me?",
  },
  {
    codes: [403],
    text: "Necesito un sanity check. Our public API has OAuth scopes. The token has `read:orders` but the app is calling POST /orders which needs `write:orders`. RFC 6750 speaks about an `insufficient_scope` error code. Which HTTP status goes together with insufficient_scope?",
  },
  {
    codes: [400, 422],
    text: "My PR returns 422 when the `email` field fails validation in our signup endpoint (Express + zod). Reviewer says \"just use 400 for all validation errors, 422 is a WebDAV thing\". Who's right? I don't even care which, I just want to merge before 5pm 😩",
  },
  {
    codes: [422, 400],
    text: 'FastAPI returns 422 by default when pydantic validation fails, e.g. `{"detail":[{"loc":["body","quantity"],"msg":"value is not a valid integer","type":"type_error.integer"}]}`. Our company API guidelines say validation errors are 400. Should we override the exception handler to return 400, or is 422 fine to keep?',
  },
  {
    codes: [422, 400],
    text: 'hey, we have POST /transfers with body `{"from":"acc_1","to":"acc_1","amount":50}` — same source and destination. JSON is valid, schema is valid, but the business rule says you can\'t transfer to yourself. 400, 409 or 422?',
  },
  {
    codes: [400],
    text: 'Qual código quando falta um query param obrigatório? GET /search without `q`. Our Django view does `request.GET["q"]` and raises `MultiValueDictKeyError` -> 500 kkkk. I am fixing it now, I just want the right code before opening the PR.',
  },
  {
    codes: [422, 400],
    text: "Rails API here. `ActiveRecord::RecordInvalid` -> we render `status: :unprocessable_entity`. The new guy from a Java shop says 422 is nonstandard and asks to switch everything to 400. As far as I know 422 is in RFC 9110 now? What should we use for model validation errors?",
  },
  {
    codes: [400],
    text: "Salut! In our API the client sends header `X-Request-Id: abc` but we expect a UUID. Is it ok to reject the request with 400, or is it better to ignore the header and generate our own? We are on Quarkus 3 and the id goes to our tracing.",
  },
  {
    codes: [422, 400],
    text: "Uploading a CSV to /imports: the file is parsed ok, but row 87 has unknown country code `XX` and row 112 a negative price. We want to refuse the whole import and give back the list of bad rows. Which status should have this response? (sorry for my english, I am from Lyon)",
  },
  {
    codes: [400],
    text: "哈喽, our Go service receives protobuf body but the client sent garbage bytes, error is `proto: cannot parse invalid wire-format data`. what status we should return, 400 or 500? currently it's 500 because we just `return err` to the middleware.",
  },
  {
    codes: [410, 404],
    text: 'We soft-delete users (deleted_at column). GET /users/551 for a soft-deleted user returns 404 now. Product asks if 410 Gone would be more "correct" since we know it existed. Is it worth changing? clients are our own React app and 2 partners.',
  },
  {
    codes: [410],
    text: "Unser SEO-Mensch asks: we removed ~3000 old product pages permanently last month, should they give 404 or 410? Googlebot is still crawling them every day. The site is Next.js on Vercel, we can set the status in the middleware.",
  },
  {
    codes: [404, 400],
    text: "GET /orders/abc-not-a-uuid — the id isn't even a valid UUID. Should it be 400 since the path param is malformed, or 404 since there's no such resource? Spring's `@PathVariable UUID id` conversion fails and we get 400 by default. Team is split 3 vs 3.",
  },
  {
    codes: [410],
    text: "Our API v1 is being sunset on June 30. After that date, what should /v1/* return? someone said 410, someone said 301 to v2, someone said 404. The v2 request/response shapes are different so a redirect would break clients anyway.",
  },
  {
    codes: [404],
    text: "A list endpoint GET /customers/42/orders where the customer 42 does not exist at all. We give 200 with empty array or a 404? For customers that exist but have no orders we give `[]`. Gracias de antemano.",
  },
  {
    codes: [404],
    text: "when the route itself doesn't exist (typo in path) express returns 404 `Cannot GET /api/v1/usres`. is that the right code, or should an unknown route be 400 since the client sent a bad request?",
  },
  {
    codes: [410],
    text: "Sehr geehrte Kollegen, we have a short-link service. When a link has expired (TTL 30 days) we return 404, and when the owner deleted it we also return 404. Would it be better to distinguish the cases? What code should the expired link give?",
  },
  {
    codes: [404],
    text: '`kubectl get widgets foo` on our CRD is returning `Error from server (NotFound): widgets.acme.io "foo" not found`. I am writing a raw client with curl against the API server on :6443. What is the underlying HTTP status that the API server sends for NotFound? 麻烦了',
  },
  {
    codes: [404],
    text: "Our image service backed by S3 is returning 403 AccessDenied when the key does not exist, because the bucket policy is not granting s3:ListBucket. Clients are thinking it is a permission issue and raising tickets. What should a missing image really return ideally?",
  },
  {
    codes: [409],
    text: 'Signup: POST /users with an email that already exists. We return 400 `email taken`. My lead prefers 409. Security folks say that enables account enumeration and want a 202 "check your email" for everything. Ignoring enumeration for a sec, what\'s the correct status for a duplicate?',
  },
  {
    codes: [409],
    text: 'Wir benutzen optimistic locking with a `@Version` column in JPA. When `ObjectOptimisticLockingFailureException` comes we return 500. The client sends `"version": 7` in the JSON body, not an If-Match header. Which status should a stale version be?',
  },
  {
    codes: [412],
    text: "Our PUT /documents/{id} requires `If-Match: \"etag\"`. If the etag doesn't match the current one we return 409 Conflict. Reviewer says that's wrong for a conditional request. Which status is correct when If-Match fails?",
  },
  {
    codes: [409, 422],
    text: "olá, temos uma state machine de pedidos: PENDING -> PAID -> SHIPPED. Someone calls POST /orders/7781/cancel when the order is already SHIPPED. We return 400 now. It's better 409, or 422?",
  },
  {
    codes: [409],
    text: "Concurrency issue: two workers try to claim the same job via `POST /jobs/123/claim`, the second one loses the race. Loser gets... what? 409? 423? We're on FastAPI + postgres `SELECT ... FOR UPDATE SKIP LOCKED`.",
  },
  {
    codes: [412],
    text: "eh, we upload a file to a path that might already exist, using `PUT /files/reports/q3.pdf` with `If-None-Match: *`. Storage says the file exists. What's the response, 409 or 412?",
  },
  {
    codes: [409],
    text: 'Quick Q for the Spring folks: we get `DataIntegrityViolationException` on the unique constraint (org_id, name) and our ControllerAdvice maps it to 500. I want to change it to 409, Kamil says 400 because "client sent bad data". thoughts?',
  },
  {
    codes: [409],
    text: "Deleting a folder which still has files inside, we refuse it. What is the code? I am thinking 409 but there is also 412, 423 and 424 floating in my head from the WebDAV RFC, I am confused now.",
  },
  {
    codes: [423],
    text: "Windows Explorer as a WebDAV client tries to write a file that another user has LOCKed. What should our custom DAV server respond with? we're on Go golang.org/x/net/webdav but overriding the handler.",
  },
  {
    codes: [409],
    text: "pour notre API de réservation de salles: deux utilisateurs réservent la salle B-204 pour 14h en même temps, le deuxième doit échouer. Sorry, in english: booking the same slot twice, the second request must fail. What code, 409 or 422?",
  },
  {
    codes: [412],
    text: "Azure Cosmos DB is giving us 412 when the `_etag` is not matching on a replace. What does this 412 mean exactly for our retry logic, and should our own API give the same status to the callers? Merci d'avance.",
  },
  {
    codes: [412],
    text: 'In our API we support `If-Unmodified-Since` on DELETE. If the resource was modified after that date, what should we return? Current code returns 409 with `{"error":"stale"}`.',
  },
  {
    codes: [429],
    text: "Our public API has per-key limits (1000 req/min). When exceeded we return 503 with `Retry-After: 60`. A customer complained that their alerting pages their on-call on every 5xx. Should this be something else? We use Kong's rate-limiting plugin.",
  },
  {
    codes: [429, 403],
    text: "Monthly quota finished (plan allows 50k calls/month, the customer used 50,012). It is not a per-second limit — they just cannot call until the 1st or until upgrading. 429 or 403 or 402? en mi empresa cada equipo hace algo distinto.",
  },
  {
    codes: [429],
    text: 'AWS API Gateway usage plans throttle us with `{"message":"Too Many Requests"}` and our lambda never even sees the request. What status is that and is it the gateway or lambda concurrency?',
  },
  {
    codes: [429],
    text: "nginx `limit_req zone=api burst=20 nodelay;` gives 503 by default when limited, which is triggering our 5xx alarms at 3am 😴. Which code should we put in `limit_req_status` ji?",
  },
  {
    codes: [503],
    text: "Hola, we are planning a maintenance on Saturday 02:00-04:00 UTC, the whole API will be down. What should the maintenance page return so the clients and the search engines treat it as temporary and don't drop us?",
  },
  {
    codes: [503],
    text: "Sidekiq enqueue endpoint: when the redis queue length > 100k we reject new jobs to protect the system. It's not per-client, it's global backpressure. What should the caller get?",
  },
  {
    codes: [429],
    text: 'Cloudflare rate limiting rule we configured returns 429 by default, but there\'s an option for a custom response code. Someone wants 403 so bots "give up". Is there any reason not to keep 429 for real clients?',
  },
  {
    codes: [413],
    text: 'users uploading videos bigger than 1MB are getting `413 Request Entity Too Large` from nginx before it even reaches our Node app. I know the fix is `client_max_body_size`, but the PM is asking what this status officially means and if it is "our fault" or the user\'s fault. What is 413 meaning?',
  },
  {
    codes: [414],
    text: "Our search endpoint takes filters in the query string and some customers build URLs of ~12k chars, which the ALB rejects. If we enforce our own limit of 8k chars on the URL, what status should we return when it's exceeded?",
  },
  {
    codes: [431],
    text: 'we have a chrome extension that puts a huge cookie, and now some users are getting `400 Bad Request - Request Header Or Cookie Too Large` from nginx. What is the proper status for "headers too big"? nginx says 400 but I heard there is a dedicated one, nahi?',
  },
  {
    codes: [400, 413],
    text: 'Batch endpoint POST /events/batch accepts max 500 events. Someone sent 2000 (payload only 300KB, well under our 5MB size limit). Is 413 appropriate for "too many items" or is 413 only about bytes?',
  },
  {
    codes: [413],
    text: "Spring Boot multipart upload fails with `MaxUploadSizeExceededException: Maximum upload size exceeded; the request was rejected because its size (15728640) exceeds the configured maximum (10485760)` and the client gets a 500. What should it be?",
  },
  {
    codes: [413],
    text: "hey, k8s ingress-nginx gives us 413 on a 3MB JSON POST. Our FastAPI app has no body limit. Is the 413 coming from the ingress, and what does the code mean?",
  },
  {
    codes: [431],
    text: "Envoy sometimes returns 431 on our gRPC-web traffic from the browser. We have `max_request_headers_kb: 60` set on the HCM. What's 431?",
  },
  {
    codes: [415],
    text: 'Client sends `Content-Type: text/plain` with a JSON body to our Express endpoint, `express.json()` ignores it and req.body is `{}`. We then return 400 "name required" which confuses everyone. Better to reject with a different status up front?',
  },
  {
    codes: [406, 200],
    text: "Our API speaks only JSON. A client is sending `Accept: application/xml`. We should return 406, or just ignore the header and send JSON with 200? Spring is doing 406 automatically and the team of the client is not happy.",
  },
  {
    codes: [415],
    text: 'Django REST returns `415 Unsupported Media Type: "application/x-www-form-urlencoded"` when the mobile app posts the login form. We only have JSONParser configured. What does 415 mean here, is it complaining about the request format or the response format?',
  },
  {
    codes: [415],
    text: "ASP.NET Core returns 415 when I POST to a `[FromBody]` action without a Content-Type header. I'm not even sending a body, it's POST /jobs/{id}/start. What does that 415 mean exactly?",
  },
  {
    codes: [415],
    text: "Client sends request body with `Content-Encoding: br`, but our Go server only knows to decompress gzip. Con qué status deberíamos responder? what status we reply?",
  },
  {
    codes: [415],
    text: "quick pls: axios sends `Content-Type: application/json;charset=UTF-8` and our strict Java gateway rejects the charset param with 415. who's wrong, and what does 415 signify?",
  },
  {
    codes: [405],
    text: "our API is not allowing DELETE on /accounts/{id} (accounts are closed via POST /accounts/{id}/close). Right now DELETE gives 404 because no route is matching. It should be something else? and I need to send an Allow header also?",
  },
  {
    codes: [501],
    text: "Someone sent a `PROPFIND` to our REST API and Go's ServeMux returned 405. Should a method the server doesn't recognise at all be 405 or 501?",
  },
  {
    codes: [405],
    text: "Estamos exponiendo un mirror read-only of our API in the DR region; all the writes should be refused there. You would return 405 for POST/PUT/DELETE on the mirror, or 403, or 503?",
  },
  {
    codes: [204, 200],
    text: "CORS preflight OPTIONS requests to our NestJS API get 404 because the cors middleware isn't registered on that router. Once we fix it, what status should a successful preflight return?",
  },
  {
    codes: [501],
    text: "API stub for an endpoint that's in the spec but not built yet (POST /reports/scheduled). The PM wants it to exist in the gateway so it shows up in docs. Return 501? 404? 503?",
  },
  {
    codes: [405],
    text: 'Jenkins webhook hits our service with GET instead of POST and our Rails route returns `ActionController::RoutingError (No route matches [GET] "/hooks/jenkins")` as 404. Would a different status be more accurate here since the path exists for POST?',
  },
  {
    codes: [303],
    text: 'After a POST /checkout form submit we want to redirect the browser to the order confirmation page with a GET. 302 is working but I read that 302 is "ambiguous". Which is the proper one? 我们用的是 Flask.',
  },
  {
    codes: [307],
    text: "Temporary redirect of one API during a migration (~2 weeks), PUT requests must stay PUT with the body. 302 or 307? Qual é o certo?",
  },
  {
    codes: [308],
    text: "Python `requests` is turning our POST into a GET after the load balancer redirects http->https (AWS ALB redirect action, HTTP_301). The server then returns 405 on GET. What should the permanent http->https redirect code be so the POST survives?",
  },
  {
    codes: [302, 303],
    text: "OAuth callback: after the login form POST succeeds, our auth server redirects the browser back to the app with `?code=...`. We use 302 because the RFC 6749 examples do. Is that fine or should it be 303?",
  },
  {
    codes: [401],
    text: "Angular SPA calling our API with fetch gets a 302 to the SSO login page when the session expires; fetch follows it and gets HTML with 200 and `JSON.parse` blows up. What should the API respond with instead of the 302?",
  },
  {
    codes: [307],
    text: "my fetch() in the browser shows an `opaqueredirect` when I use `redirect: 'manual'`, and the server sent 307 with a Location. what does 307 mean and why does the POST get re-sent with the body when I use follow?",
  },
  {
    codes: [301],
    text: "Bonjour, on a renommé un slug d'article: /blog/ancien-titre -> /blog/nouveau-titre. Pour le SEO, quel code de redirection? (the WordPress plugin proposes 301, 302, 307, 410 and 451 in a dropdown, I'm a bit lost)",
  },
  {
    codes: [302, 307],
    text: "pls settle this: our URL shortener uses 301 so links get cached by browsers forever, but marketing wants click analytics on every single click. Which status should the short links use?",
  },
  {
    codes: [304],
    text: "Our CDN hit ratio is very bad. The origin (Express with `etag: true`) gives 200 with the full body even when the browser sends `If-None-Match` with the exact same etag. What it should return when the etag is matching?",
  },
  {
    codes: [304],
    text: "Seeing a ton of 304s in our nginx access logs (like 40% of requests) for `/static/app.3f9a.js`. Is that bad? what does 304 mean there?",
  },
  {
    codes: [412],
    text: "If a client sends `If-None-Match` on a PUT (not a GET) and the etag matches the current representation, what's returned? I read somewhere it's not 304 in that case.",
  },
  {
    codes: [304],
    text: "Can a 304 response have body? Our Go handler does `w.WriteHeader(304)` and after it writes JSON, and OkHttp logs a warning about it. What is 304 actually supposed to contain? 好奇",
  },
  {
    codes: [304],
    text: "Our API sets `Last-Modified`. The client sends `If-Modified-Since: Tue, 01 Oct 2024 10:00:00 GMT` and the resource has not changed since. What status, a 200 with no body or something else?",
  },
  {
    codes: [206],
    text: "Video player is sending `Range: bytes=0-` and our Node stream server replies 200 with full 800MB file, and Safari refuses to play it. Which status we should return for range requests? je suis un peu perdu.",
  },
  {
    codes: [416],
    text: "Resumable download: client is asking `Range: bytes=5000000-` but the file is only 4MB now (it got replaced last night). What status should be there?",
  },
  {
    codes: [206],
    text: "What does 206 Partial Content mean in our S3 server access logs? We never explicitly request ranges, but the AWS SDK (boto3 1.34) seems to do multipart downloads.",
  },
  {
    codes: [200],
    text: "Our FastAPI `StreamingResponse` ignores the Range header and always returns 200 with the whole file. Is that technically allowed, or must a server support partial responses?",
  },
  {
    codes: [200, 206],
    text: "pagination via `Range: items=0-24` like the old Dojo stores... someone is proposing it in our API design review. Is that appropriate for paginated JSON, or should a page just be a normal response?",
  },
  {
    codes: [416],
    text: "Envoy returns 416 on some requests to our media service after we enabled the cache filter. What does 416 mean?",
  },
  {
    codes: [200],
    text: "multipart byteranges: a client asks for `Range: bytes=0-99,200-299`. Our server can only do single ranges. Is it OK to just ignore the Range header, and what status would that be?",
  },
  {
    codes: [202],
    text: "POST /reports/generate kicks off a job that takes ~4 minutes. Right now we hold the connection open and the ALB kills it at the 60s idle timeout -> 504. We're going to make it async. What should the POST return immediately?",
  },
  {
    codes: [202],
    text: "Our email-sending endpoint just enqueues a message to SQS and returns 200. A colleague insists another code is more correct because nothing has been sent yet. Does it matter? clients are internal.",
  },
  {
    codes: [202],
    text: "DELETE /clusters/prod-eu-3 triggers a teardown that takes 20 minutes. What should DELETE return: 200, 202, 204? Wir sind uns im Team nicht einig.",
  },
  {
    codes: [200, 202],
    text: 'Webhook receiver: we get a Stripe webhook, put it in a queue, and process it later. Return 200 or 202 to Stripe? Stripe docs just say "any 2xx".',
  },
  {
    codes: [200, 202],
    text: "polling endpoint GET /jobs/{id} while the job is still running — should it return 202 every time until done, or 200 with `status: running` in the body?",
  },
  {
    codes: [202],
    text: "Estamos usando Azure Durable Functions, and the HTTP starter returns 202 Accepted with `Location` and `Retry-After` headers. The frontend dev thinks 202 means error because it's not 200 lol. What does 202 mean?",
  },
  {
    codes: [201],
    text: "POST /projects creates a project. We are returning 200 with the project JSON. The reviewer is asking for 201 + a Location header. This is bikeshedding or actually more correct? 🇮🇳 team wants to close the sprint today.",
  },
  {
    codes: [201],
    text: "PUT /users/42/avatar creates the avatar if missing, replaces it if present. Which status in each case? I specifically want to know the one for when it didn't exist before.",
  },
  {
    codes: [201],
    text: "In Spring, `ResponseEntity.created(uri).body(dto)` — what status code it is, and the Location need to be absolute or relative is ok? desculpa a pergunta boba.",
  },
  {
    codes: [207, 200],
    text: "Our bulk create POST /users/bulk with 50 users where 48 succeed and 2 fail validation. 201? 207? 400? we're on Go, responses carry per-item results.",
  },
  {
    codes: [201],
    text: "Django view after creating a comment does `return JsonResponse(data, status=201)`. The frontend dev's axios code checks `if (res.status === 200)` and treats 201 as a failure 🤦. What does 201 mean and is it on them to fix?",
  },
  {
    codes: [204],
    text: 'DELETE /sessions/current on logout — return 200 with `{"ok":true}` or return nothing? our iOS client crashes parsing an empty body lol, but I\'d still like to do it properly.',
  },
  {
    codes: [200],
    text: "Our PUT /settings gives 204 No Content, but the frontend wants the updated object back in the response. If we return a body, which status it should be? 谢谢大家",
  },
  {
    codes: [200],
    text: 'Is it ok to return 204 for a GET search that has no results? seems like "no content" matches "nothing found", right? the list endpoint is /api/v3/tickets?assignee=me',
  },
  {
    codes: [204],
    text: "Express: `res.status(204).json({deleted: true})` — the client never sees the body. Why? what does 204 allow?",
  },
  {
    codes: [204],
    text: "API Gateway HTTP API + Lambda: our lambda returns `{statusCode: 204, body: ''}` but we see something else in the client. What's the correct code for \"action done, nothing to return\"?",
  },
  {
    codes: [502],
    text: "k8s ingress-nginx logs `upstream prematurely closed connection while reading response header from upstream` and clients get 502. Our pod is a gunicorn Flask app with 2 workers. what does 502 mean here, is it nginx or the app?",
  },
  {
    codes: [504],
    text: "The ALB is returning 504 exactly after 60s on our /export endpoint. The target is an ECS task with Spring Boot. What means this 504 and where I should increase the timeout?",
  },
  {
    codes: [503],
    text: "HAProxy shows `<NOSRV>` in the logs and the clients get 503. All the backends are marked DOWN by the health check on port 8081. Was bedeutet 503 in diesem Fall?",
  },
  {
    codes: [502],
    text: "Our Node app behind an AWS ALB gives random 502s a few times per hour. I read it's about keepAliveTimeout (Node default 5s) being lower than the ALB idle timeout (60s). What exactly does a 502 from the ALB indicate?",
  },
  {
    codes: [503],
    text: "Envoy says `upstream connect error or disconnect/reset before headers. reset reason: connection failure` with status 503. Why 503 and not 502? what does envoy mean by this 503?",
  },
  {
    codes: [504, 502],
    text: "When our app is calling a 3rd party (payment provider) and it times out after 30s, what should OUR API return to our own client? 500? 502? 504? Kindly suggest.",
  },
  {
    codes: [504],
    text: "Istio sidecar returns 504 `upstream request timeout` after 15s, even though our service's own timeout is 60s. Is the 504 from the sidecar or our app, and what does it mean?",
  },
  {
    codes: [502],
    text: 'What "Bad Gateway" means in simple words? My manager saw `502 Bad Gateway nginx/1.24.0` on the status page and asks if our server is down. Je dois lui expliquer avant 16h.',
  },
  {
    codes: [500],
    text: "Our Django app raises an unhandled exception and gunicorn returns 500; nginx passes it through. Sometimes the gunicorn worker timeout (30s) kills the worker and nginx gives 502 instead. Trying to explain to support: what's a 500 really?",
  },
  {
    codes: [502],
    text: 'API Gateway REST API with Lambda proxy integration returns `{"message": "Internal server error"}` with 502 when my lambda returns a malformed response (forgot to JSON.stringify the body). What is this 502?',
  },
  {
    codes: [504],
    text: 'API Gateway has a hard 29s integration timeout. Our lambda runs 35s and the client gets `{"message": "Endpoint request timed out"}`. What status is that and what does it mean?',
  },
  {
    codes: [502, 503],
    text: "ok so our Go service is a proxy to an internal ML inference server. When the inference server is down (connection refused on :9000) what should our service return: 500, 502, 503?",
  },
  {
    codes: [503, 500],
    text: "In Spring Boot we return 500 for everything not mapped. Now a downstream DB pool exhaustion (`HikariPool-1 - Connection is not available, request timed out after 30000ms`) — should that stay 500, or be 503?",
  },
  {
    codes: [502],
    text: "Rolling deploy on k8s: during pod termination some requests get 502 from the ingress. We added a preStop sleep 10 already. From an API contract perspective, what does that 502 mean and is it safe for clients to retry?",
  },
  {
    codes: [503],
    text: 'Our Heroku app shows `at=error code=H12 desc="Request timeout"` after 30s and the client gets an error page. What status does Heroku return for H12 and what does it mean?',
  },
  {
    codes: [503],
    text: "Hi all, we are getting from Azure Front Door a 503 with `OriginTimeout` in the diagnostic logs, origin is an App Service in West Europe. The origin response timeout is 60s and our report takes 90s. What means this 503 exactly?",
  },
  {
    codes: [502],
    text: "we're writing a tiny reverse proxy in Go with `httputil.ReverseProxy`. When the backend returns an invalid HTTP response (garbage bytes), the default ErrorHandler sends 502. Is that the correct status per the RFC?",
  },
  {
    codes: [503, 500],
    text: "If our Express app is catching an error from `pg` because Postgres is down (`ECONNREFUSED 10.0.3.7:5432`), the API should return 500 or 503 to the client? 两个都见过",
  },
  {
    codes: [504],
    text: "HAProxy `timeout server 30s` fires and the client gets `504 Gateway Time-out`. What does the 504 mean here exactly, is it the client being slow?",
  },
  {
    codes: [503],
    text: 'Cloud Run returns 503 "The request failed because the instance failed the readiness check" during cold starts (concurrency=80, min instances 0). Is 503 a "please retry" code?',
  },
  {
    codes: [422, 400],
    text: "Our API returns 500 when a user uploads a corrupted PNG and the image library panics. Clearly our bug for not catching it, but what should the status be once we catch it properly?",
  },
  {
    codes: [499],
    text: "Our mobile clients have a 10s timeout, backend p99 is 12s, so we see lots of 499 in nginx. Is that 499 our server's fault or the client's? what does it mean",
  },
  {
    codes: [499],
    text: "We want our Go service to log a status when the client disconnects mid-request (`ctx.Err() == context.Canceled`). What code do people use for that in metrics? we currently log 500 and it pollutes our error rate.",
  },
  {
    codes: [460],
    text: "ALB access logs show `elb_status_code=460` for a few hundred requests per day, target_status_code is `-`. what is 460? never seen that one",
  },
  {
    codes: [521],
    text: "Cloudflare is showing `Error 521: Web server is down` for api.acme.dev. The origin is a DigitalOcean droplet, nginx is running and `curl localhost` works fine. Que significa 521?",
  },
  {
    codes: [522],
    text: 'Getting Cloudflare 522 "Connection timed out" randomly. Our origin firewall only allows Cloudflare IPs (list updated in 2022...). What does 522 mean?',
  },
  {
    codes: [520],
    text: "CF `Error 520: Web server is returning an unknown error`, and our origin logs show nothing at all. what's 520?",
  },
  {
    codes: [524],
    text: "Cloudflare gives a 524 after ~100 seconds on our long report endpoint. Enterprise could raise the limit but we're on Pro. What's 524 exactly?",
  },
  {
    codes: [526],
    text: "Full (strict) SSL mode on Cloudflare and we get 526. We're using a self-signed cert on the origin because \"it's behind CF anyway\". what does 526 mean",
  },
  {
    codes: [525],
    text: 'CF 525 "SSL handshake failed" after we switched our origin nginx to `ssl_protocols TLSv1.3;` only. What is 525 exactly?',
  },
  {
    codes: [530],
    text: "Our external monitor says 530 with a Cloudflare 1016 error page. The DNS record for the origin was deleted yesterday by terraform. what's 530?",
  },
  {
    codes: [451],
    text: "someone mentioned 451 on a podcast and said it's a Fahrenheit reference. What does it actually mean in HTTP?",
  },
  {
    codes: [103],
    text: 'What\'s the 103 status I see in Chrome devtools for our homepage? Cloudflare enabled "Early Hints" in the dashboard and now the product owner asks if something is broken.',
  },
  {
    codes: [403, 404],
    text: "lol a teammate committed `return res.status(418).send('nope')` for /admin when accessed from outside the VPN. code review says change it. Aside from the joke, what should a blocked admin path really return?",
  },
  {
    codes: [418],
    text: "Is 418 I'm a teapot a real status? Saw it on Google's /teapot page and our intern wants to use it as an easter egg when someone hits /coffee. what does it mean officially?",
  },
  {
    codes: [100],
    text: "What is `100 Continue`? curl is printing `< HTTP/1.1 100 Continue` before the actual 200 when I upload a 2MB file with `-d @file`. Something is wrong with our server? 第一次见",
  },
  {
    codes: [101],
    text: "our websocket endpoint upgrade shows 101 in the network tab and then frames flow. but through the corporate proxy we get a 400. What's the normal status for a successful websocket upgrade?",
  },
  {
    codes: [417],
    text: "Java 11 HttpClient with `expectContinue(true)` gets 417 from our old IIS 8 server when uploading. what's 417?",
  },
  {
    codes: [410],
    text: 'We send webhooks to customer endpoints. If the customer replies with 410, we\'ve heard some providers auto-disable the subscription. Is 410 the right signal for a receiver to say "stop sending to this URL"?',
  },
  {
    codes: [401, 403],
    text: "Our webhook receiver validates the HMAC signature (`X-Signature: sha256=...`). When it mismatches, what should we return to the sender? 400, 401, 403? Ich tendiere zu 401.",
  },
  {
    codes: [200],
    text: "Webhook receiver question: we received an event type we don't handle (`invoice.voided`). Should we return a success so Stripe stops retrying, or 400? which exact code?",
  },
  {
    codes: [408],
    text: "Our webhook sender design doc: retry on 5xx and 429, don't retry on 4xx. Is 408 a 4xx we should also retry? what does 408 even mean?",
  },
  {
    codes: [200],
    text: "Slack slash command needs a reply within 3000ms, otherwise the user sees `operation_timeout`. Our Flask handler takes longer, so we ack immediately and post later via response_url. What status should the immediate ack be?",
  },
  {
    codes: [308, 307],
    text: "Twilio posts to our webhook URL and our LB redirects http to https with 301, and Twilio doesn't follow it as POST. If we must keep a redirect there, which code keeps POST as POST?",
  },
  {
    codes: [401, 200],
    text: "Apollo Server returns HTTP 200 even when `errors` contains `UNAUTHENTICATED`. Our API gateway metrics show 0% errors lol. Should GraphQL return 401 at the HTTP level when the token is missing?",
  },
  {
    codes: [400],
    text: "GraphQL query with a syntax error (missing closing brace). With `Accept: application/graphql-response+json`, what status does the GraphQL-over-HTTP spec say the server should use?",
  },
  {
    codes: [200],
    text: "Our GraphQL mutation partially succeeds — one field resolves, another throws. The response has both `data` and `errors`. Should the HTTP status be 200, 207 or 500?",
  },
  {
    codes: [405],
    text: "Using Hasura behind our gateway. A client sends a GET with a mutation in the query string and it errors. Per the graphql-over-http spec, what HTTP status should a server return for a mutation over GET?",
  },
  {
    codes: [400],
    text: "Question about graphql-yoga: a query that fails validation (field `userz` doesn't exist on Query) returns 200 with the legacy `application/json` and 400 with the new media type. Which one is right going forward?",
  },
  {
    codes: [409],
    text: "Implementing Idempotency-Key for POST /payments. If a second request with the same key arrives while the first one is still processing, what do we give back? Stripe gives something, I don't remember what.",
  },
  {
    codes: [422],
    text: "Same Idempotency-Key, but a different request body (amount 100 vs 200). The IETF httpapi draft says something specific for that case. What status?",
  },
  {
    codes: [400, 428],
    text: "If a client forgets the Idempotency-Key header on an endpoint where we require it, what status? 400 or 428?",
  },
  {
    codes: [400],
    text: 'grpc-gateway translating `status.Error(codes.FailedPrecondition, "account frozen")` — what HTTP status does the REST client get? I expected 412 but the client logs show something else.',
  },
  {
    codes: [503],
    text: "Envoy grpc-json transcoder: our service returns `UNAVAILABLE: connection refused` to the proxy. What HTTP status will the REST caller see?",
  },
  {
    codes: [429],
    text: "We get `RESOURCE_EXHAUSTED` (code 8) from a gRPC backend when its quota is hit. What's the HTTP equivalent the gateway returns to REST clients?",
  },
  {
    codes: [501],
    text: 'Rust tonic server returns `Status::unimplemented("not yet")`. With grpc-gateway in front, what HTTP status does the browser get?',
  },
  {
    codes: [500],
    text: "The grpc-status trailer says 13 while the HTTP status line says 200 (it's gRPC over h2, always 200). If we transcode to REST, what HTTP code does INTERNAL become?",
  },
  {
    codes: [400],
    text: "grpc `OUT_OF_RANGE` when paginating past the end of a list. What code do REST clients see via grpc-gateway? someone on the team said 416.",
  },
  {
    codes: [409],
    text: "Status code 10 ABORTED from Spanner transaction conflicts in our gRPC service, exposed through grpc-gateway. Which HTTP code?",
  },
  {
    codes: [404],
    text: "Our Python grpcio server does `context.abort(grpc.StatusCode.NOT_FOUND, 'sku 7781 missing')` and the REST client goes through the Envoy transcoder. What HTTP code should they see?",
  },
  {
    codes: [400],
    text: "gRPC `INVALID_ARGUMENT` -> which HTTP code through the gateway? and should I ever remap it to 422 in our custom error handler?",
  },
  {
    codes: [422],
    text: "Laravel is returning 422 for FormRequest validation failures out of the box. The gateway of our Java team translates unknown codes like 422 into 500. What does 422 mean, and is it standard or not?",
  },
  {
    codes: [403],
    text: "Rails `ActionController::InvalidAuthenticityToken` gives 422 on form posts when the CSRF token is missing. Django uses 403 for CSRF failures. Which is the right code for a CSRF failure?",
  },
  {
    codes: [503],
    text: 'Go `http.Error(w, "...", http.StatusServiceUnavailable)` when our circuit breaker to redis is open. Mon collègue dit que circuit breaker open should be 500. Which status makes sense?',
  },
  {
    codes: [409],
    text: "ASP.NET Core: `return Conflict();` vs `return UnprocessableEntity();` for a duplicate SKU on product create — which one should I use?",
  },
  {
    codes: [429],
    text: "Someone in our NestJS codebase did `throw new HttpException('chill', 420)` for rate limiting, copying old Twitter's \"Enhance Your Calm\". What should we use instead of 420?",
  },
  {
    codes: [413],
    text: "Express error handler does `res.status(err.status || 500)`. body-parser throws `PayloadTooLargeError` with a status set. Which status will the client get, and is it the right one?",
  },
  {
    codes: [401],
    text: "FastAPI's `APIKeyHeader` returned 403 when the `X-API-Key` header is missing (older versions, we're on 0.95). For a missing API key, what's actually correct?",
  },
  {
    codes: [403, 404],
    text: "Spring Security gives 401 for anonymous and 403 for authenticated-but-denied, makes sense. But for `@PreAuthorize` on a method where the object belongs to another user (they can't see it in any UI), should it be 403 or 404?",
  },
  {
    codes: [500],
    text: "A NullPointerException in our Kotlin service leaks out as a 500 with a stacktrace. Fixing the leak, but is 500 still the right code for genuinely unexpected bugs?",
  },
  {
    codes: [500],
    text: 'A colleague wants to return 200 with `{"status":"error","code":500}` for all errors because "the HTTP call itself succeeded". Our clients are a React app + 3 partner integrations. What should a server bug actually return at HTTP level? Ayuda por favor, llevamos 2 días discutiendo.',
  },
  {
    codes: [500],
    text: 'Our monolith returns 503 for every uncaught exception because someone thought "unavailable" sounded nicer. It breaks our LB (it marks the targets unhealthy). What should an uncaught exception return?',
  },
  {
    codes: [401, 400],
    text: "after deploying the new auth middleware (express-jwt 8) every request whose `Authorization` header has a double space gets `UnauthorizedError: Format is Authorization: Bearer [token]` and a 401. Is 401 right for a malformed header, or should it be 400 since the request is syntactically broken?",
  },
  {
    codes: [403],
    text: "Hallo zusammen, internal service-to-service calls without the `X-Service-Token` get 401 from us, that is clear. But calls with a valid token from a service that is not allowed to call this endpoint (payments-svc calling hr-svc, big no) — what do we give back?",
  },
  {
    codes: [408],
    text: "Getting 408 Request Timeout from our old Apache (mod_reqtimeout) when clients upload slowly on 3G in rural areas. What does 408 mean — is it our server being slow or the client?",
  },
  {
    codes: [403],
    text: 'Our API is behind Akamai and some users in Brazil get an "Access Denied - Reference #18.2f3a..." page with 403. The origin never sees the request in its logs. What does this 403 mean?',
  },
  {
    codes: [404, 403],
    text: 'what code for "this feature is disabled by a feature flag for your account"? It\'s not really a permission. today we return 404 to hide it, my tech lead says 403 is more honest. thoughts?',
  },
  {
    codes: [504],
    text: "Spring Cloud Gateway returns 504 after `spring.cloud.gateway.httpclient.response-timeout=5s`, downstream inventory-service takes 7s under load. what is the meaning of that 504 in this setup?",
  },
  {
    codes: [503],
    text: 'Our gunicorn sync workers (4 of them) are all busy, nginx queues, then returns 504 after proxy_read_timeout 60s. Someone proposed failing fast with 503 when the queue is full. Is 503 the right code for "we\'re saturated"?',
  },
  {
    codes: [202, 200],
    text: 'POST /password-reset with an email that doesn\'t exist in the db. To prevent enumeration, what do we return? currently 404 `{"error":"user not found"}` which the pentesters hated.',
  },
  {
    codes: [400, 404],
    text: "REST design debate: GET /reports/2024-13 (month 13). The route matches, the param is invalid. 400 or 404? je pense 400 mais mon collègue dit 404.",
  },
  {
    codes: [415, 400],
    text: "Uploading a file with `.exe` extension to our document store, we reject executables. Is it 415 because the media type isn't allowed, or a plain 400 like other validation rules?",
  },
  {
    codes: [405],
    text: "CloudFront in front of our API returns 403 `This distribution is not configured to allow the HTTP request method that was used for this request` when the client sends DELETE. If our origin had answered it instead, what's the semantically correct status for a method the endpoint doesn't support?",
  },
  {
    codes: [404],
    text: 'Our API returns 200 `{"error":"not found"}` for missing items (legacy PHP 5.6 app, 2013 vintage 😬). We\'re migrating to Laravel 10. For missing records what should it be?',
  },
  {
    codes: [409, 422],
    text: "Feature: user tries to add an 11th item to a wishlist that allows max 10. What status? 400? 403? 409? 422? the request itself is perfectly valid, it's the current state that blocks it.",
  },
  {
    codes: [204],
    text: "Server-sent events endpoint `/stream` with `text/event-stream`. The browser's EventSource reconnects forever whenever the stream ends. Which status can the server return to tell EventSource to stop reconnecting for good?",
  },
  {
    codes: [409],
    text: "Our k8s controller's Update call gets 409 `the object has been modified; please apply your changes to the latest version and try again`. What does 409 signify here?",
  },
  {
    codes: [503],
    text: "Spring Boot actuator /actuator/health returns 503 when the DB component is DOWN, and the k8s liveness probe keeps killing the pod. What does 503 indicate there, is it the expected status for DOWN?",
  },
  {
    codes: [207],
    text: "What is 207 Multi-Status? our SharePoint integration returns it for PROPFIND and our XML parser chokes on the body.",
  },
  {
    codes: [300],
    text: "Our API-to-API call returns `HTTP/1.1 300 Multiple Choices` from a weird legacy content server with a list of URLs in the body. never seen it in 8 years. What's 300?",
  },
  {
    codes: [202],
    text: "we use `Prefer: respond-async` on POST /exports. If the server honors the preference, what status should come back?",
  },
  {
    codes: [508],
    text: "Vercel edge middleware returns 508 `INFINITE_LOOP_DETECTED` after our middleware rewrites a path to itself. What is 508?",
  },
  {
    codes: [444],
    text: "Our nginx config has `return 444;` for known bad bots. The security audit asks what status that is since clients see no response at all. explain 444?",
  },
  {
    codes: [495],
    text: "nginx with `ssl_verify_client on`: clients presenting an expired cert get an error page and the log shows 495. what does 495 mean?",
  },
  {
    codes: [463],
    text: "ALB access logs show `463` for requests with a huge X-Forwarded-For chain (~35 IPs, some broken proxy loop upstream). what's 463?",
  },
  {
    codes: [561],
    text: "ALB logs show `elb_status_code 561` on the listener rule where we use Cognito authentication. What's 561?",
  },
  {
    codes: [440],
    text: "IIS logs on our Exchange OWA show 440 Login Time-out for some users every morning. What is 440?",
  },
  {
    codes: [400, 422],
    text: "PATCH /users/12 contains a field that is read-only (`created_at`). Should we reject or silently ignore? If we reject, what code?",
  },
  {
    codes: [425],
    text: "What does 425 Too Early mean? The Cloudflare 0-RTT docs mention it and one of our payment POSTs got one yesterday at 14:32.",
  },
  {
    codes: [201],
    text: "Android client retries POST /orders on 500 and creates duplicates. The backend returns 500 when the Kafka publish fails AFTER the DB commit. What should the status be when the order was actually created but the event publish failed?",
  },
  {
    codes: [403],
    text: "We return 401 when the API key is valid but the request IP isn't in the key's allowed CIDR list (10.0.0.0/8). Is that correct?",
  },
  {
    codes: [403],
    text: 'After OAuth consent the user clicks "Deny". Our callback receives `error=access_denied`. Should our BFF API return 403 or 401 to the SPA?',
  },
  {
    codes: [413],
    text: "hey @Status Bot quick q. our express 4.18 api sits behind nginx on port 8080 and the upload endpoint `/api/v2/imports` takes a json array of ~12k rows. when someone posts a 3.4mb file we get `PayloadTooLargeError: request entity too large` in the logs with `limit: 102400`. my teammate swears express returns 400 for that by default and our frontend only checks for 400 so the user sees nothing. what status does body-parser actually send back when the json limit is hit? before we bump the limit to 10mb i want the frontend handling to be right",
  },
  {
    codes: [201],
    text: "hi guys, one doubt: so in our nestjs service (v10) we have `@Post('orders/:id/cancel')` that just flips a flag and returns `{ ok: true }`. QA filed ticket #4821 saying the endpoint answers with a \"created\" kind of status and the mobile client treats that as 'new order created' and shows a toast lol. i didnt set any @HttpCode decorator anywhere. is nest really returning that by default for every @Post handler or is something in our interceptor chain doing it? trying to understand before i touch 40 controllers thanks a lot in advance.",
  },
  {
    codes: [415],
    text: 'fastify 4 question. a partner sends `Content-Type: text/csv` to our POST /ingest route, we only have the default json parser registered. the request dies before reaching the handler, log shows `FST_ERR_CTP_INVALID_MEDIA_TYPE` with reqId req-7f3a. partner is asking which http status they got because their side only logs "non 2xx" and a timestamp. what does fastify send back for that by default? we run 3 replicas on port 3001 if that matters',
  },
  {
    codes: [404],
    text: "weird koa thing: we have a middleware that does `await next()` and then some logging, and the handler for /health/deep forgot to set ctx.body (it just assigns a local variable, bug from PR 312). the client gets a response that isnt 200 and im confused because nothing threw and there's no error in the logs. what status does koa send when no middleware sets a body or a status? my colleague says 204 but i think it's something else entirely",
  },
  {
    codes: [403],
    text: "salut, django 4.2 + react spa on a different subdomain (app.example.io vs api.example.io). the login POST works in postman but from the browser we are getting `Forbidden (CSRF cookie not set.): /api/auth/login/` in the runserver output. my coworker thinks django answers 401 because its auth related and wants to add a 401 interceptor in axios to retry. what code is actually returned to the browser in that case? xie xie :slightly_smiling_face:",
  },
  {
    codes: [403],
    text: "DRF question, we use only SessionAuthentication + IsAuthenticated on a viewset. when the session expires the api gives back some status and the frontend dev expected 401 so it can redirect to /login, but the redirect never triggers. i read somewhere the WWW-Authenticate header influences this. what does DRF return for an unauthenticated request when SessionAuthentication is the first (and only) authentication class? we're on drf 3.14",
  },
  {
    codes: [422],
    text: "fastapi + pydantic v2, endpoint `POST /v1/quotes` with a body model where `amount: condecimal(gt=0)`. mobile app sends amount -5 and gets a big json back with `detail: [{type: 'greater_than', loc: ['body','amount'], ...}]`. the android dev says the status is 400 in his logs but I suspect a Retrofit interceptor is rewriting things. what does fastapi return out of the box for request validation errors, before we add any custom exception handler?",
  },
  {
    codes: [308],
    text: "hello everybody, flask app, route defined as `@app.route('/reports/', methods=['POST'])` and the client (a go cron job running every 15 min) posts to `/reports` without the slash. it follows a redirect and the POST body still arrives intact, which surprised me since i thought redirects turned POST into GET. curl -v shows a redirect code i didnt expect. what werkzeug use for the automatic trailing-slash redirect nowadays? thanks in advance!!",
  },
  {
    codes: [422],
    text: "rails 7.1 monolith, some users on safari get logged out and then the next form submit blows up with `ActionController::InvalidAuthenticityToken (Can't verify CSRF token authenticity.)`. in production what status does rails render for that exception by default? our datadog monitor is keyed on 403 and shows zero hits for the last 7 days, so im guessing it's some other code",
  },
  {
    codes: [419],
    text: '大家好, question: laravel 10 blade app, after the session lifetime (120 min) users submit the checkout form and get a "Page Expired" page. our waf team sees a status in the access logs they dont recognize and asked me if its a real http code or a laravel invention. which code is that, and it is in any RFC? about 300 of these per day',
  },
  {
    codes: [503],
    text: "we added `builder.Services.AddRateLimiter` with a fixed window of 100 req / 10s on our .NET 8 api. load test with k6 (500 vus, 5 min) shows a bunch of failures but they are not 429 like i assumed, the k6 summary lists a 5xx. did i misconfigure something or is that the default rejection status code of the asp.net core rate limiting middleware?",
  },
  {
    codes: [405],
    text: 'go 1.22 ServeMux with the new patterns: `mux.HandleFunc("GET /api/items/{id}", getItem)`. someone sends DELETE /api/items/42 and gets... what exactly? before 1.22 we had to check r.Method manually and we just returned 404 lol. does the stdlib mux now answer something specific for the wrong method, and does it set the Allow header too?',
  },
  {
    codes: [404],
    text: 'ciao, gin v1.9, route registered as `r.POST("/webhooks/stripe", h)`. the stripe dashboard "send test webhook" works fine, but someone on the team curl\'d it with GET and got a status that confused them, they expected 405 method not allowed. is gin returning 405 by default for a wrong method or not? we never touched any engine settings, just gin.Default()',
  },
  {
    codes: [403],
    text: "elixir/phoenix 1.7 liveview app, form posts from a cached page after a deploy raise `Plug.CSRFProtection.InvalidCSRFTokenError`. in prod the user only sees a generic error page. which http status does phoenix/plug map that exception to? mi colega dice que es 400 pero no estoy seguro, y necesito saberlo para el dashboard de grafana",
  },
  {
    codes: [504],
    text: "nginx in front of a node app on 127.0.0.1:3000. the report generation takes about 75s and `proxy_read_timeout` is left at the default 60s. error.log: `upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.2.3.4, server: reports.internal`. what code does the browser get in this case? product thinks it's a 500 from our app",
  },
  {
    codes: [503],
    text: "hi team, small doubt: we turned on `limit_req zone=api burst=20 nodelay;` in nginx 1.24 for the public api. the rejected requests show up in the access log with a status that makes our pagerduty fire because it is a 5xx. i had assumed nginx would use 429. what's nginx's default status for limit_req rejections? (we'll change it afterwards, just want to understand why the alert fired at 03:12)",
  },
  {
    codes: [504],
    text: "haproxy 2.8 with `timeout server 30s`, backend is a java service that sometimes takes 45s on big exports. the log line has termination flags `sH--` and Tw/Tc/Tr of 0/1/30002 for `GET /export?id=9912`. my manager asks whether haproxy should be sending a 502 here or something else, semantically. what's the right code when haproxy gives up waiting for the server response?",
  },
  {
    codes: [404],
    text: 'hello everybody, traefik v2 on docker swarm. new service labelled with `traefik.http.routers.billing.rule=Host(billing.internal)` but there\'s a typo in the host label (billling). hitting billing.internal gives a plain text "page not found". colleague thinks the container is crashing and restarted it 4 times. what traefik answer when no router matches the request at all? xie xie :slightly_smiling_face:',
  },
  {
    codes: [460],
    text: "ALB access logs show a bunch of entries with elb_status_code 460 and target_status_code `-`, target_processing_time -1, all on POST /api/upload from mobile clients on slow 3g networks. what does that code mean? is our target rejecting them or is it something else? about 2% of uploads the ALB idle timeout is 60s and the upload size is usually around 8MB, if that helps.",
  },
  {
    codes: [403],
    text: 'hi team, small doubt: API Gateway REST api (not http api), stage `prod`, resources /orders and /orders/{id}. calling /order (typo, no s) returns `{"message":"Missing Authentication Token"}`. we dont even have any auth on that api lol. frontend guy thinks it must be a 401 since the message says authentication. what status it is really?',
  },
  {
    codes: [403],
    text: "cloudfront in front of a private s3 bucket with OAC. we deleted the file `/assets/v3/logo-dark.svg` and now requests return AccessDenied XML instead of a not found. customer wants to know what code browsers are seeing. the bucket policy only grants s3:GetObject to the distribution, nothing else, no ListBucket cache TTL is 86400 in case that changes anything.",
  },
  {
    codes: [522],
    text: "hi guys, one doubt: site behind cloudflare, origin is a hetzner vm, firewall (ufw) only allows 22 and 443 from our office ip. after migrating to a new vm yesterday, users get the cloudflare error page saying the connection timed out between cloudflare and the host. which cloudflare error code is this, so i can search their docs?",
  },
  {
    codes: [524],
    text: "cloudflare proxied domain, origin responds but our csv export takes ~140s to generate. after about 100 s cloudflare shows its own error page, while origin logs show the request completing fine with 200 at 138s. what code is the user actually seeing from cloudflare? export is 80MB btw i know we should make it async but for now just need the code.",
  },
  {
    codes: [526],
    text: "we switched the ssl mode to Full (strict) on cloudflare and the origin still has a self-signed cert that expired in march. what error does cloudflare return to visitors now? team lead thinks it's 525 but that sounds like a handshake thing to me, the handshake itself works cert was generated with openssl years ago by someone who left.",
  },
  {
    codes: [503],
    text: 'hallo, kurze frage: heroku router log: `at=error code=H12 desc="Request timeout" method=POST path="/api/sync" dyno=web.2 connect=0ms service=30000ms`. the request takes around 34s because of a slow third-party api. what status the client get when heroku kills the request at 30s? it is 504 like every other proxy or does heroku do its own thing?',
  },
  {
    codes: [503],
    text: "k8s with ingress-nginx controller 1.9, the deployment `search-api` has its readiness probe failing (a db migration is running), so the service has 0 ready endpoints. users hitting search.example.com get an nginx error page. which status is that? colleague says 502 because the backend is broken pods are on port 8080 and the ingress class is nginx, nothing fancy in the annotations.",
  },
  {
    codes: [303],
    text: 'node 20 fetch (undici) against our api: POST /v1/login returns a redirect to /dashboard. we want the classic "result of your POST is over there, go GET it" semantics, so every client (browsers, undici, python requests) switches to GET on purpose instead of by historic accident. which redirect code should the server use?',
  },
  {
    codes: [402],
    text: "hey, sorry to disturb, python `stripe` lib, `stripe.PaymentIntent.confirm` raises a CardError `Your card was declined.` with decline_code insufficient_funds. what http status is stripe sending for card errors? our retry logic retries on everything >= 400 except 401/403 and we are hammering them with the same declined card like 6 times want to stop retrying on whatever that code is. merci d'avance",
  },
  {
    codes: [404],
    text: "github rest api, token from a github app installation, `GET /repos/acme/internal-tools/contents/README.md` returns `Not Found` even though the repo definitely exists. my teammate says github should say 403 if we lack access. what does github actually return for private repos you're not allowed to see? the app has contents:read permission, installation id 4412901, and other repos work fine with the same token.",
  },
  {
    codes: [429],
    text: "our slack bot posts to chat.postMessage in a loop for 600 channels on monday mornings. after about 50 messages we start getting errors. i know the slack api normally returns 200 with ok:false for errors, but here something seems different. which status do they send when you're rate limited (and with what header)?",
  },
  {
    codes: [400],
    text: 'bom dia pessoal, implementing our own oauth2 authorization server with spring authorization server. when a refresh token has been revoked and the client posts grant_type=refresh_token, we respond with `{"error":"invalid_grant"}`. what http status should go with that per RFC 6749? teammate says 401 because its "auth", i am thinking thats wrong the client authenticated fine with client_secret_basic.',
  },
  {
    codes: [407],
    text: 'android app with OkHttp 4.12 running on a customer\'s corporate wifi. requests fail and the interceptor logs a response coming from the proxy (squid 4), not from our server, headers include `Proxy-Authenticate: Basic realm="corp"`. which status would that be? we need to show a special "your network needs login" message',
  },
  {
    codes: [204],
    text: "hello everybody, retrofit + moshi, DELETE /api/v1/favorites/{id} returns no body at all and `response.body()` is null, our code crashes with an NPE on line 88. backend dev says that's the correct status for a successful delete with no content. which one would that be, and it is normal that there is no body?",
  },
  {
    codes: [100],
    text: "curl uploading a 2GB file to our go service with `-T`, and curl -v shows `Expect: 100-continue` then it waits ~1s before sending the body. our custom proxy doesn't handle that header. what interim response is the server supposed to send before the client starts sending the body? the service listens on 8081 and uses plain net/http.",
  },
  {
    codes: [101],
    text: "our homegrown reverse proxy in go answers the websocket upgrade request with a 200 and the browser closes the socket immediately with no message. devtools shows the request went through. what status should a successful websocket handshake return instead? we're on http/1.1 everywhere, port 9443 and we see it on both chrome 124 and firefox, so it's not a browser quirk.",
  },
  {
    codes: [202],
    text: 'hi all, need one clarification: our fastapi endpoint POST /v2/exports kicks off a celery task that takes 2-15 minutes, and we return the task id `exp_8831` plus a url to poll (/v2/exports/exp_8831/status). currently we return 201 because "something was created". teammate argues it should be something else since the export file don\'t exist yet and may even fail later. which code fits best for the initial response? thanks a lot in advance.',
  },
  {
    codes: [203],
    text: 'bit of an odd one. we run a transforming proxy for in-store kiosks, it takes the upstream product api responses (which are 200 OK), strips tracking fields, rewrites image urls to a local cache on port 8088 and sometimes shortens descriptions to 140 chars. a colleague said there is a dedicated status to tell clients "this payload was modified by an intermediary, not the origin\'s exact answer". which one would that be, if we wanted to be pedantic about it?',
  },
  {
    codes: [206],
    text: "video player on safari keeps failing for our mp4s served by a small express app using a hand-written route (not express.static). safari sends `Range: bytes=0-1` first and we ignore the range and return the whole 48MB file with 200. apparently safari hates that. what status should a correct response to a satisfiable range request have, along with Content-Range? gracias!!",
  },
  {
    codes: [207],
    text: "batch endpoint POST /bulk/users with 200 items in a single request: 180 succeed, 12 fail validation, 8 conflict with existing emails. each item gets its own status in the response array. what should the top-level status be? currently we return 400 if anything fails, which makes the client think nothing was saved. someone suggested the webdav one that means multiple statuses inside the body, is that acceptable for a json api?",
  },
  {
    codes: [300],
    text: 'our document service has /docs/contract-2024 available in english, german and french, and we explicitly do NOT want server-driven negotiation on Accept-Language (legal wants the user to choose consciously). idea is to return a small list of the variant links and let the client pick one. is there a status code meant for "there are several representations, choose one"?',
  },
  {
    codes: [302],
    text: "django view does `return redirect('dashboard')` right after a successful login POST, we never pass permanent=True anywhere. a security scanner report (finding #17) complains about the redirect type and i honestly dont know what status django uses by default for that shortcut. which one is it? we're on django 4.2 with gunicorn, 4 workers, nothing custom in middleware besides whitenoise.",
  },
  {
    codes: [307],
    text: "ciao, fastapi endpoint does `return RedirectResponse(url='/v2/new-location')` without passing status_code. our old python requests client does a POST to it, gets redirected and the body is resent, which actually surprised the team. what status starlette's RedirectResponse use by default? our sdk team is debating whether to rely on this in 3 other services, so i would like to be sure what starlette sends when you don't pass anything, not what the docs examples show. fastapi 0.110 btw.",
  },
  {
    codes: [308],
    text: "our public API moved from /v1/payments to /v2/payments permanently (the v1 path will only ever redirect). clients do POST and PUT with json bodies and we absolutely must keep the method and body on the redirect, no silent conversion to GET. sdk versions 1.x to 3.x in the wild. which redirect status is the right one here?",
  },
  {
    codes: [401],
    text: 'hola a todos, nestjs api with passport-jwt, the token is expired (exp was 1712345678, 15 minute lifetime), and currently our custom guard returns 403 Forbidden with message "token expired". the frontend refresh logic only triggers on a different code. which status should an expired access token produce, really? we have ~12k active sessions and a refresh endpoint at /auth/refresh, axios interceptor waits for one specific status. please help :pray:',
  },
  {
    codes: [403],
    text: "spring security resource server: the token is perfectly valid and signed, but the scope is only `read:orders`, and the user calls DELETE /orders/77. right now we return 401 and the client keeps trying to refresh the token in a loop, 20 times per second, which is hilarious. what's the correct status for a valid token that lacks the needed scope?",
  },
  {
    codes: [404],
    text: 'multi tenant saas. tenant A requests /api/invoices/inv_993 that belongs to tenant B. the junior dev returns 403 "not your invoice". our security review says we should not leak that the id exists in someone else\'s account at all. what status should we return for cross-tenant access like that? ids are sequential-ish so enumeration is a real risk.',
  },
  {
    codes: [405],
    text: "bom dia pessoal, DRF ModelViewSet with `http_method_names = ['get', 'post', 'head']` and someone sends a PATCH to /api/tags/12/. what DRF respond with out of the box? trying to decide if we need a custom exception handler for our api docs or if the default is already sensible we are on drf 3.15, django 5.",
  },
  {
    codes: [406],
    text: "mobile client sends `Accept: application/xml` (legacy, dont ask) but the spring boot controller only produces json. the log shows `HttpMediaTypeNotAcceptableException: No acceptable representation`. what status does the client get from spring in that case? our api gateway maps everything non-2xx to 502 anyway but i want to know the original",
  },
  {
    codes: [408],
    text: "haproxy 2.6 with `timeout http-request 10s`. some iot devices (firmware 2.1.7) open a connection and dribble the request headers very slowly, slowloris-style, and haproxy closes them after 10 seconds. what status does haproxy send/log when the client doesn't finish the request in time? there are about 3000 devices, most behave, maybe 40 of them are broken like this.",
  },
  {
    codes: [411],
    text: "old embedded C http client on our parking meters sends POST with chunked encoding disabled AND no content-length header (firmware bug). our server needs the length up front because it streams to disk with a preallocated buffer. what's the correct status to reject requests missing the length? there are ~900 meters in the field and a firmware update takes months.",
  },
  {
    codes: [412],
    text: 'PUT /documents/55 with `If-Match: "v17"` but the current etag on the server is "v19" because someone else saved twice in the meantime. what should we return? currently our laravel controller returns 409 and a colleague says that\'s fine but I remember there is something more specific for failed conditional headers thanks a lot in advance.',
  },
  {
    codes: [414],
    text: "GET /search with a huge query string: we pass 12KB worth of filter ids in the url. nginx answers before the request ever reaches our app, we have `large_client_header_buffers 4 8k` in the config. what status does nginx send in that case? and yes we will move to POST search, but i need to explain the current error first",
  },
  {
    codes: [416],
    text: "s3 GetObject with `Range: bytes=5000000-6000000` on an object that is only 4MB in size (our chunked downloader computed the offsets wrong, bug in the part size). what status does s3 return for that request? our downloader treats everything except 200/206 as retryable and loops forever file is exactly 4,194,304 bytes and the part size is 1MB.",
  },
  {
    codes: [417],
    text: "small api server, we do not support any Expect extensions except 100-continue. a client library sends `Expect: 202-accepted-please` (i have no idea why, some weird sdk). what's the right status to reject an expectation that the server can't meet? the sdk is some generated java client version 0.9.3, server is a tiny rust service on port 7000, and i would like to be spec-correct before i open an issue with the sdk maintainers. please revert asap.",
  },
  {
    codes: [418],
    text: "for the internal hackathon the team wants a /brew endpoint that refuses to brew coffee, as the classic joke. which status code is the famous teapot one from the april fools rfc, and is it actually safe to use (some proxy won't choke on it)? it's only for the internal demo on friday, not production.",
  },
  {
    codes: [421],
    text: "http/2 connection coalescing problem: we have a wildcard cert *.example.com and two hostnames resolving to the same IP but served by different nginx server blocks with different backends. chrome reuses the connection opened for www for api.example.com, and the server isn't configured to answer that authority on that connection. what status should the server send so the client retries on a new connection?",
  },
  {
    codes: [423],
    text: "salut, we built a document editing api with check-out/check-in semantics like webdav. when a file is checked out by another user (lock owner user_8812, lock expires in 30 min) and someone tries PUT, what's the right status? 409 feels too generic, 403 feels wrong because they do have permission we may add a Lock-Token header later. please help :pray:",
  },
  {
    codes: [425],
    text: "we enabled 0-RTT on cloudflare and our origin now receives requests with the header `Early-Data: 1`. we want to reject non-idempotent ones (POST /payments) that arrived in early data so the client retries after the handshake completes. which status is meant for that? origin is a django app on port 8000 behind cloudflare.",
  },
  {
    codes: [426],
    text: 'our legacy endpoint on port 80 is being switched so that it only speaks a newer protocol, and clients must switch protocols (we send an Upgrade header telling them which one) before we process anything. what status tells the client "you must upgrade protocol to continue"? the clients are mostly internal tools, around 60 of them. xie xie :slightly_smiling_face:',
  },
  {
    codes: [428],
    text: 'we want to force all clients to send If-Match on PUT /profiles/{id} to avoid lost updates, because two admin tools keep overwriting each other. if the header is missing entirely, what do we return? 412 seems wrong because no precondition was actually evaluated we use etags like W/"abc123" generated from updated_at.',
  },
  {
    codes: [429],
    text: "our public api has a limit of 1000 requests per hour per api key (stored in redis with a sliding window). what status + headers should we send when a key exceeds that? we currently return 403 \"quota exceeded\" and customers complain their sdks don't back off we're on fastapi with a redis on port 6379.",
  },
  {
    codes: [431],
    text: "node 18 http server, a customer has like 20KB of cookies because of some marketing tags on the same domain, and node's default max header size is 16KB. before even reaching express the request is rejected. what status node itself send back in that case? we see it in the ALB logs as a target response thanks in advance!!",
  },
  {
    codes: [451],
    text: "we received a court order in germany and need to block access to 3 specific articles for users located in DE (geoip based). what's the correct status for content blocked for legal reasons? legal also asks whether we must include something in the response pointing to the authority traffic from DE is ~8% of total.",
  },
  {
    codes: [501],
    text: "hey, sorry to disturb, a pentest tool sends requests with made-up methods like `FOOBAR /api/x` and `PROPFIND` to our custom server, which only knows GET/POST/PUT/DELETE anywhere. what's the right status when the server doesn't recognize the request method at all (not just this resource)? it's a kotlin ktor service on 8080 and the pentest report lists these as medium findings because we return 500 for them right now, which is obviously not correct. what should it be? thanks in advance!!",
  },
  {
    codes: [502],
    text: "nginx -> gunicorn over a unix socket. a gunicorn worker gets OOM-killed mid-request (rss hits 2GB on a big pdf), nginx logs `upstream prematurely closed connection while reading response header from upstream`. what does the user get from nginx there? happens maybe 5 times per hour, the pdfs are 300+ pages. curious because our status page counts it as a 500.",
  },
  {
    codes: [505],
    text: "some ancient scanner sends `GET / HTTP/3.0` as a text request line over plain tcp to our server (lol). what status should the server send back for a protocol version it doesn't support in the request line? it's a small custom c++ server we wrote years ago on port 8000, it only speaks http/1.1 and currently replies 400 to this, which my colleague says is fine but i wonder if there is a more precise code for it.",
  },
  {
    codes: [508],
    text: 'we implement webdav bindings (RFC 5842) in our document management system and a customer made a folder structure where a binding points back to its own parent. PROPFIND with `Depth: infinity` now recurses forever, we cut it at 10000 nodes and return 500. i am thinking there is a proper status for "the server detected an infinite loop while processing", which one is it? we would like to be standard compliant for the audit in june xie xie :slightly_smiling_face:',
  },
  {
    codes: [511],
    text: 'our mobile app breaks in hotel wifi: the captive portal intercepts our api calls to api.example.com and replies with an html login page and a 200, so our json parser crashes with `Unexpected token <` at position 0. if we were the ones writing a well-behaved captive portal (we also ship wifi boxes for cafes), which status should it return so clients can detect "you need to authenticate to the network first"?',
  },
  {
    codes: [499],
    text: "nginx access log full of 499 on /api/search, maybe 3% of requests. the search takes around 8s for big tenants and our react frontend aborts the fetch after 5s with AbortController. what exactly is that code, is it something nginx made up? my manager thinks our backend is throwing errors and wants me to fix the backend, but i think it's something else",
  },
  {
    codes: [444],
    text: "大家好, question: someone put this in our nginx default server block: `server { listen 80 default_server; return 444; }` to drop requests that come without a known host header (scanners hitting the ip directly). what does 444 actually do and what will the client see? is it a real http status the client receives, or what? trying to document the config before i leave",
  },
  {
    codes: [494],
    text: 'nginx question: i read that nginx has an internal, non-standard code for "request header too large" that you can use in `error_page` to customize the page that otherwise says "400 Bad Request - Request Header Or Cookie Too Large". our users hit it because of a huge SSO cookie (about 9KB). which number is that internal code so i can write an error_page for it?',
  },
  {
    codes: [496],
    text: 'nginx mtls again: partner forgets to send any client certificate at all (their java keystore was empty after a deploy) while `ssl_verify_client on` is set. nginx shows "400 Bad Request No required SSL certificate was sent". which internal nginx code do i use in error_page to catch exactly that "no certificate" case? please help :pray:',
  },
  {
    codes: [497],
    text: "classic trick question from my lead: on an nginx server block with `listen 443 ssl`, somebody types http://example.com:443 in the browser, so plain http arrives on the ssl port. there's a nginx-specific code you can catch with error_page to redirect them to https. which code is it? we want `error_page XXX =301 https://$host$request_uri;`",
  },
  {
    codes: [521],
    text: 'hola a todos, our ops did `systemctl stop nginx` on the origin for a kernel upgrade and forgot the maintenance page, so cloudflare gets connection refused on 443. users see a cloudflare page saying "web server is down". which code does cloudflare show there? i need it for the postmortem timeline (downtime 14:02 to 14:19)',
  },
  {
    codes: [523],
    text: "after moving DNS we left an A record pointing at 203.0.113.50, an address we no longer own and that is not routable anymore. cloudflare proxied traffic now fails with a page saying the origin is unreachable. which cloudflare code is that? colleague says 522 but i think that one is for timeouts, and here there isn't even a route",
  },
  {
    codes: [525],
    text: 'cloudflare with ssl mode "Full", origin nginx was reconfigured and now only accepts TLS 1.3 with a weird cipher list, and cloudflare cannot complete the TLS handshake with it at all. visitors see an error page mentioning SSL handshake failed. which cloudflare code is it? i want to filter logpush for it, we had 12k hits since 9am',
  },
  {
    codes: [530],
    text: 'ciao, we use cloudflare tunnel (cloudflared) to expose an internal grafana, and the cloudflared process on the vm crashed after an apt upgrade. users now get a cloudflare page with "Error 1033 Argo Tunnel error". which http status does cloudflare put on that response? the 1033 is not an http code obviously thanks in advance!!',
  },
  {
    codes: [561],
    text: "AWS ALB listener rule with `authenticate-oidc` action in front of grafana, IdP is keycloak. keycloak was down for 20 minutes during an upgrade and the ALB couldn't talk to the token endpoint, users got a plain error page and the ALB logs show a code starting with 5 i've never seen before (not 502/503/504). which ALB code is it for \"authentication error with the IdP\"?",
  },
  {
    codes: [440],
    text: "old IIS 8 app (sharepoint-ish intranet) logs show a bunch of 440 responses after users idle for 30 min, and the new load balancer team asks if it's an error we should alert on. what does 440 mean on IIS / microsoft stack, is it standard? we get around 700 of them per day, and the LB dashboards show them as 4xx errors.",
  },
  {
    codes: [504],
    text: "envoy as edge proxy with a route timeout of 15s (`timeout: 15s` on the route). the upstream graphql service sometimes needs 20s for big queries. the clients receive the body `upstream request timeout` and the envoy access log has response flag UT. which status does envoy send there? we have 4 clusters and it's happening in all of them.",
  },
  {
    codes: [403],
    text: 'customer in brazil reports "Access Denied - You don\'t have permission to access http://www.example.com/ on this server. Reference #18.4f2d3e17.1716893021.1a2b3c" when opening our site. we are behind akamai with their WAF (kona). what http status is the customer getting with that akamai reference page? the reference number changes every time, she tried from 2 browsers, and our own origin logs show nothing at all for her ip.',
  },
  {
    codes: [503],
    text: 'fastly in front of our rails app, during a slow db incident users got a fastly error page "Error 503 first byte timeout" after 15 seconds (between_bytes_timeout is 10s, first_byte_timeout 15s). my boss asks why fastly didn\'t say 504 gateway timeout like our aws stuff does. what status does fastly actually use for first byte timeouts?',
  },
  {
    codes: [504],
    text: "nextjs app on vercel, an api route `/api/generate-pdf` calls an external service that sometimes takes 25s, and we are on the hobby plan with a 10s function limit. the browser shows `FUNCTION_INVOCATION_TIMEOUT` with an id like `cdg1::abcd-1716890000`. what http status does vercel return for that? region is cdg1 and its around 1 in 20 calls. gracias!!",
  },
  {
    codes: [413],
    text: 'vercel serverless function receives image uploads as base64 json, a user tried uploading a 6MB photo and got `FUNCTION_PAYLOAD_TOO_LARGE` (request body limit is 4.5MB on vercel functions). which http status does vercel send back with that error? our frontend shows "unknown error" because it only handles 400 and 500 max upload in our form is 10MB.',
  },
  {
    codes: [499],
    text: 'heroku router log shows `code=H27 desc="Client Request Interrupted"` for some requests to /api/upload, mostly from mobile users in trains. which http status does heroku record for H27? in the metrics dashboard it\'s counted separately and not under 5xx, so i am curious we have like 150 per day and the app runs on 2 standard-2x dynos, port from $PORT as usual.',
  },
  {
    codes: [429],
    text: 'api gateway http api with a default route throttling of 50 rps and burst of 100. during our product hunt launch clients got `{"message":"Too Many Requests"}`. what status is that from api gateway? and does it send Retry-After? (i think not, but want to confirm what status at least) launch day was crazy, sorry for my english.',
  },
  {
    codes: [403],
    text: 'api gateway rest api with a lambda TOKEN authorizer. when the authorizer returns a policy with Effect: Deny for the method arn, what status does the client receive? and separately we noticed that when the lambda throws "Unauthorized" as an error it gives a different code. i only care about the explicit Deny policy case now',
  },
  {
    codes: [502],
    text: "api gateway lambda proxy integration, our node lambda returns `{ statusCode: 200, body: { ok: true } }` - body is an object, not a stringified json, and api gateway logs `Execution failed due to configuration error: Malformed Lambda proxy response`. what does the client get? the lambda itself reports success in cloudwatch",
  },
  {
    codes: [502],
    text: "hi all, need one clarification: ALB with a lambda target, the python handler raises an unhandled `KeyError: 'body'` when the request has no body. the lambda invocation fails and the ALB logs show error_reason `LambdaUnhandled`. what status the ALB return to the client in that case? we have 3 lambdas behind the same ALB danke!",
  },
  {
    codes: [502],
    text: "cloudfront distribution with a custom origin (our ec2 nginx). we rotated the origin cert and the new one doesn't include the origin domain name in the SAN, so cloudfront can't establish tls to origin. users get \"The request could not be satisfied. CloudFront wasn't able to connect to the origin.\" what's the status?",
  },
  {
    codes: [403],
    text: "we configured cloudfront geographic restrictions with an allowlist of EU countries only, because of licensing (contract #2024-117). a user in canada sees an error page. what status does cloudfront return for geo-blocked requests by default? we want to show a custom error page mapped to it the custom error page is in s3 under /errors/. please revert asap.",
  },
  {
    codes: [301],
    text: "using a plain http client (not the aws sdk) against s3 with the us-east-1 global endpoint for a bucket that lives in eu-central-1. the response has `<Code>PermanentRedirect</Code>` and an Endpoint element in the xml. which http status is that? our client treats all 3xx as follow-location but there's no Location header",
  },
  {
    codes: [412],
    text: 'salut, s3 now supports conditional writes. we do PutObject with `If-None-Match: *` to implement a simple lock (key `locks/job-4471`). when the object already exists, what status s3 return? we want to distinguish "lock taken" from other errors in our python code we use boto3 1.34 and the bucket is in us-east-1, versioning off. thanks a lot in advance.',
  },
  {
    codes: [422],
    text: 'github rest api, creating an issue with a label name that has 60 chars and an assignee that is not a collaborator. github responds `{"message":"Validation Failed","errors":[{"resource":"Issue","code":"invalid","field":"assignees"}]}`. what status does github use for validation failed? our octokit wrapper maps it wrongly to 400 repo is private, token has issues:write scope, the same call works without the assignee.',
  },
  {
    codes: [405],
    text: 'we call the github merge endpoint PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge from our release bot, and when the PR has merge conflicts github answers with message "Pull Request is not mergeable". which status does github use for that case? i need to catch it separately from "head branch was modified" the bot merges about 30 PRs per day.',
  },
  {
    codes: [304],
    text: "our dashboard polls github's GET /repos/{o}/{r}/commits every 60 seconds for 40 repos and we burn through the rate limit. someone said to send If-None-Match with the etag from the previous response so unchanged results don't count against the limit. what status will github return when nothing changed? we use plain requests in python, no octokit. merci d'avance",
  },
  {
    codes: [401],
    text: 'stripe api call from our laravel backend fails after someone rotated the secret key in the dashboard and forgot to update the env var `STRIPE_SECRET`. the error says "Invalid API Key provided: sk_live_****abcd". what http status does stripe return for an invalid key? our monitoring groups by status we process ~2000 charges per day.',
  },
  {
    codes: [409],
    text: 'we send two concurrent requests to stripe with the same Idempotency-Key (double click on "pay", both reach our server within 20ms). the second one fails with an idempotency_error saying there\'s another request in progress with the same key. which http status does stripe use for that concurrent case? we use stripe-php 13, idempotency key = order uuid.',
  },
  {
    codes: [200],
    text: "hi guys, one doubt: slack events api subscription for our bot: slack keeps retrying events 3 times (X-Slack-Retry-Num: 1, 2, 3) and our handler processes them multiple times. we currently return 201 after storing the event in postgres. someone said slack wants a specific status within 3 seconds or it retries. which status should we respond with to acknowledge an event?",
  },
  {
    codes: [400],
    text: "hola a todos, spring mvc endpoint `GET /reports?from=2024-01-01&to=...` with `@RequestParam LocalDate to` (required by default). partner forgot the `to` param and the log shows `MissingServletRequestParameterException: Required request parameter 'to' for method parameter type LocalDate is not present`. what status spring return for that by default, before any custom handler? we have ~40 endpoints like this one",
  },
  {
    codes: [302],
    text: "spring security 6 with `formLogin()` default config, the angular app calls GET /api/me with no session cookie (after a server restart, sessions are in memory). instead of an error, the xhr gets an html login page and angular crashes parsing it. what status did spring send to the browser before the html? i think it's a redirect of some kind, which one by default?",
  },
  {
    codes: [403],
    text: "spring boot 3 + spring security, we have a REST api used by a react app on another origin, session cookie auth. every POST /api/comments fails, log has `Invalid CSRF token found for http://localhost:8080/api/comments`. GETs work fine. what status is the react app getting? colleague says 401 so he adds a re-login, but i doubt",
  },
  {
    codes: [500],
    text: 'our spring boot app throws a NullPointerException in a service for some edge case (customer id 88123 has no address), and there is no @ExceptionHandler for it. the client receive the "Whitelabel Error Page" json with `"error": "Internal Server Error"`. just to confirm what status is sent there, the frontend team think its 400 because the input was "bad" merci d\'avance',
  },
  {
    codes: [404],
    text: "rails 7 api-only app, `Order.find(params[:id])` with an id that doesn't exist raises `ActiveRecord::RecordNotFound`. in development we see the big error page but in production what status does rails return to the client for this exception without any rescue_from? we have `config.consider_all_requests_local = false` in production.rb our api clients (ios + android) have a generic handler and we want to know what they see. we run on puma with 5 threads, ruby 3.2.",
  },
  {
    codes: [400],
    text: 'rails controller uses `params.require(:user).permit(:name, :email)` and the mobile client sends `{ "name": "x" }` without wrapping it in user (no wrap_parameters because content type was text/plain). log: `ActionController::ParameterMissing (param is missing or the value is empty: user)`. what status does rails respond with in production? this happen like 40 times a day from one old app version (2.3.1). my colleague think it\'s a 500 because it\'s an exception.',
  },
  {
    codes: [406],
    text: "大家好, question: rails controller with `respond_to do |format| format.html; format.json end` and a client requests /invoices/12.pdf (someone shared a bad link). log shows `ActionController::UnknownFormat`. what the client get in production by default? our error tracker is flooding with this, like 900 events today puma logs show it right after the request line.",
  },
  {
    codes: [429],
    text: "we use rack-attack in our rails app with `throttle('req/ip', limit: 300, period: 5.minutes)`. when an ip is throttled, what status does rack-attack send by default (we didn't customize throttled_responder)? old blog posts say it was different in older versions, we are on rack-attack 6.7 ips are behind cloudflare so we use CF-Connecting-IP, in case relevant, and redis cache store on 6379.",
  },
  {
    codes: [422],
    text: "ciao, laravel 10 api route with `$request->validate(['email' => 'required|email'])`. the vue frontend sends `Accept: application/json` and an invalid email. laravel returns json with `message` and `errors`. what's the status code for that by default? junior dev in my team wants to change it to 400 because \"that's what the other apis do\" xie xie :slightly_smiling_face:",
  },
  {
    codes: [503],
    text: 'we put our laravel app in maintenance mode with `php artisan down --secret="xyz"` during a migration of the orders table (about 50 million rows, took 40 min). what status do visitors without the secret get? the uptime robot sent alerts so i want to explain it in the incident channel',
  },
  {
    codes: [401],
    text: "laravel sanctum api, route group with `auth:sanctum` middleware. mobile app calls GET /api/user with an expired token and Accept: application/json. what does laravel return by default, the unauthenticated exception? and does it redirect to login like for web routes? we only care for the api case the token ttl is 60 minutes, we use sanctum 3.",
  },
  {
    codes: [400],
    text: 'asp.net core 8 web api with `[ApiController]`, the DTO has `[Required] public string Name` and `[Range(1, 100)] public int Quantity`. client sends quantity 500. we get a ProblemDetails response automatically with "One or more validation errors occurred." which status is it by default? we didn\'t set SuppressModelStateInvalidFilter and the angular team wants to know the status to map in their interceptor.',
  },
  {
    codes: [302],
    text: "asp.net core mvc app using cookie authentication, the same project also exposes /api/orders with [Authorize]. when the fetch() from another service calls /api/orders without cookie, it does not get an error json, it gets redirected to /Account/Login?ReturnUrl=%2Fapi%2Forders. what status is the first response by default? i know we can override OnRedirectToLogin",
  },
  {
    codes: [413],
    text: "kestrel on .NET 8, clients upload csv files to /api/import and anything above ~28.6MB fails. the log says `Microsoft.AspNetCore.Server.Kestrel.Core.BadHttpRequestException: Request body too large. The max request body size is 30000000 bytes.` what status kestrel return for that by default? we want to raise it to 100MB via KestrelServerOptions but first the frontend team needs the status code to show a proper message, they currently show 'server error' for everything. gracias!!",
  },
  {
    codes: [500],
    text: 'we host asp.net core 6 on IIS with the ASP.NET Core Module (in-process). after deploy, a missing appsettings key makes the app crash at startup and the browser shows "HTTP Error 500.30 - ASP.NET Core app failed to start". what is the actual http status the client gets there, is the .30 part of the status?',
  },
  {
    codes: [400],
    text: "django production, DEBUG=False, we added a new domain api2.example.com but forgot to put it into ALLOWED_HOSTS. the log has `Invalid HTTP_HOST header: 'api2.example.com'. You may need to add 'api2.example.com' to ALLOWED_HOSTS.` what status does django return to the client for that? our ALB health checks also hit it it's gunicorn on port 8000 behind the ALB, django 4.2.",
  },
  {
    codes: [400],
    text: "django app receive a big POST form (the admin bulk edit with ~3000 fields) and it fails with `TooManyFieldsSent: The number of GET/POST parameters exceeded settings.DATA_UPLOAD_MAX_NUMBER_FIELDS.` default limit is 1000. which status does django send back for this one? we will raise the setting for the admin only, but the ops person asked me which code appears in the nginx logs for these, and i could not answer. django 4.1, python 3.11. please revert asap.",
  },
  {
    codes: [301],
    text: "django with `APPEND_SLASH = True` (default) and CommonMiddleware. a GET to /api/products (no slash) when the url pattern is `products/`. the browser is redirected to /api/products/. what status does django use for the APPEND_SLASH redirect? our monitoring shows tons of 3xx and i want to know which exactly django 5.0, and we are thinking to switch off APPEND_SLASH for the api.",
  },
  {
    codes: [429],
    text: "DRF with `DEFAULT_THROTTLE_RATES = {'anon': '100/day', 'user': '1000/day'}`. an anonymous scraper hits us 5000 times before lunch. what does drf return once the throttle kicks in, and does it include a Retry-After? i assume it's handled by the Throttled exception we're on drf 3.14 and we put the scraper ip (45.x.x.x) in a blocklist after, but want to understand the default behaviour first for our api docs.",
  },
  {
    codes: [201],
    text: "大家好, question: DRF `ModelViewSet.create()` with a serializer, no overrides at all. the ios dev says the status for a successful POST /api/notes/ is 200 in his test, the android dev says something else. which one does drf actually return by default for create? want to settle this before lunch python 3.12, drf 3.15. thanks a lot in advance.",
  },
  {
    codes: [413],
    text: "flask with `app.config['MAX_CONTENT_LENGTH'] = 16 * 1024 * 1024`, and a user upload a 40MB zip to /upload. the view never gets called. what status does flask/werkzeug return automatically for that? we want to catch it with an errorhandler to show a nice message nginx in front has client_max_body_size 100m so it's not nginx rejecting it.",
  },
  {
    codes: [401],
    text: 'fastapi app with `OAuth2PasswordBearer(tokenUrl="token")` as a dependency. when the client calls GET /users/me without any Authorization header at all, what fastapi respond with by default? and does it add WWW-Authenticate: Bearer? we didn\'t write any custom code this is fastapi 0.109 and the frontend team want to know which status to intercept for redirecting to login page. the token lifetime is 30 minutes. kindly advise.',
  },
  {
    codes: [405],
    text: "fastapi router has only `@router.get(\"/items/{item_id}\")`, and a client sends PUT /items/5. what does fastapi/starlette return? we thought it would be 404 since no route handles PUT but we see something else in uvicorn access log we are on fastapi 0.111, uvicorn with 4 workers on port 8000, and our api guideline document needs the exact status for 'route exists but wrong verb' because qa is writing tests.",
  },
  {
    codes: [404],
    text: "express 4 app with only `app.get('/api/users', ...)` defined and a client requests GET /api/user (typo). the client gets an html page saying `Cannot GET /api/user`. what status is that by default? we want our json 404 handler but first understand default express 4.19, no other middleware besides helmet and cors. i've seen people say it's 200 with an error page but that seems wrong.",
  },
  {
    codes: [400],
    text: 'express with `app.use(express.json())`, a client sends `{"name": "bob",}` (trailing comma) with content-type application/json. the SyntaxError `Unexpected token } in JSON at position 15` reaches our error middleware with `err.status` set. what status does body-parser assign to malformed json? express 4.18, body-parser 1.20. i want to return a nice json error with the same status.',
  },
  {
    codes: [429],
    text: "nestjs with `@nestjs/throttler`, ThrottlerModule.forRoot([{ ttl: 60000, limit: 10 }]). when the limit is hit, the client receive \"ThrottlerException: Too Many Requests\". what status code goes with it? we use nestjs 10 with the throttler v5 and the limit is per ip. our mobile app shows a generic error for every non-2xx and now product wants a special message 'slow down please' only for this case, so i need the exact code nest returns when the throttler guard blocks a request. thanks in advance!!",
  },
  {
    codes: [403],
    text: "nestjs custom `RolesGuard` implements CanActivate and returns false when the user doesn't have role admin. we didn't throw any exception ourselves. what status does nest send when canActivate returns false? the frontend expects 401 to redirect but im not sure thats right we use nest 10 with passport for authentication separately.",
  },
  {
    codes: [200],
    text: "bom dia pessoal, fastify route `fastify.post('/notes', async (req, reply) => { await db.insert(...); return { id } })` without calling reply.code(). what status the client receive? the PM wants 201 for creations and thinks fastify does that automatically like nest fastify 4, node 20. we have about 25 POST routes like this one.",
  },
  {
    codes: [204],
    text: "koa 2 handler for DELETE /sessions/current does `ctx.body = null` after destroying the session. client gets an empty response. what status does koa set when you assign null to body? i never set ctx.status explicitly koa 2.15, router from @koa/router. our monitoring marks the response as success but the frontend team asked which exact code, since they check for 200 strictly.",
  },
  {
    codes: [200],
    text: 'go net/http handler that only does some work and returns without ever calling w.WriteHeader or w.Write (the logic branch for "already processed" was forgotten). what status does the client see? i expected some error but the client logs look like a success this is go 1.21, plain net/http with no framework, behind an nginx on port 8080.',
  },
  {
    codes: [304],
    text: 'go `http.FileServer(http.Dir("./public"))` serving static js bundles. the browser sends `If-Modified-Since: Tue, 28 May 2024 10:00:00 GMT` and the file mtime is older. what does the go file server return? we don\'t set any cache headers ourselves go 1.22, files in ./public are around 2MB each, the frontend is a vite build and we deploy maybe 3 times per week. thanks in advance!!',
  },
  {
    codes: [301],
    text: 'go stdlib ServeMux with `mux.Handle("/docs/", docsHandler)`. a request for /docs (without trailing slash) is redirected to /docs/ automatically. which redirect code does the ServeMux use for that? our API clients (POST /docs) are confused because their body gets lost go 1.21 (not 1.22 yet), no router library, nginx in front on port 80.',
  },
  {
    codes: [409],
    text: 'our order service has a state machine: created -> paid -> shipped -> delivered. customer support tool calls POST /orders/ord_5521/cancel on an order that is already shipped (shipped 2 days ago, tracking DHL 00340434). currently we return 400 "invalid state". my team lead prefer 422 and i like something else, because the request itself is perfectly fine, it\'s the current state of the resource that conflicts. which code would you pick for an invalid state transition like this?',
  },
  {
    codes: [415],
    text: 'partner integration sends us XML (`Content-Type: application/xml`) to POST /v1/shipments, but we only accept json. we currently answer 400 with "could not parse body", and partner spends days debugging their xml. which status tells them clearly "i don\'t accept this media type at all"? the endpoint is on our kotlin spring service on port 8443',
  },
  {
    codes: [404],
    text: 'GET /api/products/sku-99881 where the sku simply doesn\'t exist in the catalog (never existed). our php backend returns 200 with `{"error": "not found", "data": null}` and the frontend has to parse the body to know. i\'d like to fix that. what status should an endpoint return when the requested item does not exist?',
  },
  {
    codes: [201],
    text: 'POST /api/projects creates a project and returns the full json with the new id prj_0091. the api review checklist says "creation endpoints must return the correct status and a Location header pointing to the new resource". currently we return 200. which status should it be? it\'s an express app, node 20, deployed on 3 pods.',
  },
  {
    codes: [204],
    text: 'PUT /api/settings/notifications replaces the whole settings object and we don\'t return anything because the client already has the state it sent. currently our flask view returns `("", 200)`. is there a better status for "success, nothing to send back"? we have ~20 endpoints like this, the mobile team is fine with any 2xx',
  },
  {
    codes: [200],
    text: 'hola a todos, search endpoint GET /api/search?q=zzzqqx returns no results. junior dev returns 404 "no results found" and the frontend shows an error toast "not found" instead of the empty state illustration. what status should a search with zero hits return, i say its not an error at all? the search is elasticsearch 8 on port 9200 behind a small node api.',
  },
  {
    codes: [202],
    text: "we receive webhooks from 12 different partners and we just push them into SQS and process later (processing can take 1-5 min). what status should the webhook receiver respond with right after enqueueing? currently 201 but nothing is created yet, only queued. volume is like 40k webhooks per day. partners are stripe, shopify and some smaller ones.",
  },
  {
    codes: [429],
    text: "bom dia pessoal, mobile app with a quota of 50 AI image generations per user per day. when the user reaches the 51st, what do we return? product wants 402 because they want people to upgrade, backend wants 403, i think its more of a rate thing since it resets daily at midnight. which status fits best here? merci d'avance",
  },
  {
    codes: [503],
    text: "our primary postgres went down for 4 minutes during a failover (patroni switchover) and every api request failed with `could not connect to server: Connection refused` from psycopg. our api returned 500 for all of them. should a dependency outage like that be reported as something else, so clients know to retry?",
  },
  {
    codes: [504],
    text: "hallo, kurze frage: our checkout service calls the bank's payment gateway with a client timeout of 20s. when the bank don't respond in time, our service currently returns 500 \"payment error\" to the frontend. we are acting as a gateway here basically. what status should we return to make clear the upstream didn't answer in time? gracias!!",
  },
  {
    codes: [402],
    text: 'saas product with a free trial of 14 days. after the trial expired, the api should refuse calls until the customer adds a credit card. colleague says 403 forbidden, product says "there\'s literally a code for payment required". what would you pick for "your subscription lapsed, pay to continue"? about 300 customers are in trial right now.',
  },
  {
    codes: [403],
    text: "our internal admin api only accepts calls from the office vpn ip range 10.20.0.0/16, we check the X-Forwarded-For in middleware. requests from outside that range currently get 404 (to hide the api). security team wants a more honest status. what's correct for \"you're not allowed from this network\"? the api runs on port 9090 behind traefik.",
  },
  {
    codes: [401],
    text: "login endpoint POST /auth/login with a wrong password for an existing email. our nodejs backend currently returns 403 \"invalid credentials\". an external auditor wrote in the pentest report that the status is semantically wrong. what's the right status for failed login credentials? we dont want to leak if email exists, same code for both merci d'avance",
  },
  {
    codes: [405],
    text: "DELETE /api/audit-logs/991 - audit logs are read-only by design, nobody can ever delete them, not even admins. the resource exists and GET works. currently we return 403. my colleague says there's a better status since it's about the method not being supported on this resource at all, with an Allow header. which one?",
  },
  {
    codes: [413],
    text: 'we let users upload profile pictures via POST /me/avatar, our own limit is 5MB (checked in the handler, not in nginx). someone uploads a 24MB RAW photo. what status should our handler return? right now it\'s 400 "file too big" the avatar is resized later to 512x512 anyway, so anything above 5MB is just waste for us. the api is a laravel app.',
  },
  {
    codes: [409],
    text: "hi team, small doubt: our REST api uses a `version` field in the json body for optimistic locking (not etags, because the frontend team didn't want headers). PUT /tasks/88 with version 4 while the db has version 6. what status should we return for this conflict? we are not using If-Match so 412 seems not applicable please revert asap.",
  },
  {
    codes: [303],
    text: "classic server-rendered php app: user submits the contact form (POST /contact), we save the message and then want to send the browser to /contact/thanks so that refresh doesn't resubmit the form (post-redirect-get). which redirect status is the semantically correct one for PRG? php 8.2 with no framework, apache 2.4 on port 80.",
  },
  {
    codes: [307],
    text: "good morning team, we're doing a rolling maintenance of our EU api cluster and want to temporarily redirect all requests, including POST and PUT with bodies, to the US cluster for the next 2 hours. must keep the method and body, and clients shouldn't cache the redirect. which status? the US cluster has the same data thanks to replication lag of only ~2 seconds, traffic is around 800 rps. please revert asap.",
  },
  {
    codes: [302],
    text: "our oauth authorization server: after the user approves consent, we send the browser back to the client's redirect_uri with `?code=abc&state=xyz`. which redirect status is most commonly used for that, and is what the spec examples show? we're writing it with node and the oidc-provider lib is not an option for us, company policy. my coworker wants 301 but that would be cached by browsers i think.",
  },
  {
    codes: [401],
    text: 'oauth token endpoint, the client authenticates with http basic (client_id:client_secret) but the secret is wrong. we return `{"error":"invalid_client"}`. per RFC 6749 section 5.2, what status should go with invalid_client when the client used the Authorization header? right now our implementation returns 400 for all errors of the token endpoint, including this one, and a client library (spring security oauth2 client) complains. auth server is written in go.',
  },
  {
    codes: [401],
    text: "resource server gets a bearer token that was revoked 10 minutes ago (user logged out of all devices). per RFC 6750 we respond with `WWW-Authenticate: Bearer error=\"invalid_token\"`. which http status goes with invalid_token? tokens are opaque and we check them via introspection on port 9001, the resource server is a fastapi service. colleague says 403 is better because the token 'exists'. please revert asap.",
  },
  {
    codes: [400],
    text: 'we implement the oauth device authorization grant (RFC 8628) for our smart tv app. the tv polls the token endpoint every 5 seconds and the user hasn\'t approved yet, so we return `{"error": "authorization_pending"}`. which http status should that have? polling interval is 5s and device code expires in 900 seconds. my colleague thinks it should be 202 because the process is still running but the rfc refer to a section of the oauth base spec, and i\'m confused.',
  },
  {
    codes: [504],
    text: "we use grpc-gateway in front of our grpc services. the inventory service returns DEADLINE_EXCEEDED because the downstream call to the warehouse system took longer than the 3s deadline. what http status will the gateway map that to? we want the same mapping in our envoy dashboards grpc-gateway v2, default error handler, nothing customized.",
  },
  {
    codes: [400],
    text: "hey, sorry to disturb, grpc-gateway setup, our account service returns FAILED_PRECONDITION when a user tries to close an account that still has a positive balance (balance 12.50 EUR). what http code does grpc-gateway produce for FAILED_PRECONDITION? i expected 412 honestly we use grpc-gateway v2 with the default runtime.HTTPStatusFromCode. the frontend team want to show a message 'please empty your balance first' only on the right status.",
  },
  {
    codes: [429],
    text: "grpc service returns RESOURCE_EXHAUSTED when the per-tenant quota in our token bucket is empty. through grpc-gateway what http status do the REST clients see? our SDK retry logic is keyed on http status default mapping, grpc-gateway v2.19, nothing custom. our quota is 100 requests per minute per tenant. sdk is in typescript.",
  },
  {
    codes: [503],
    text: "grpc UNAVAILABLE comes back from our search service during a rolling restart (pods restarting one by one, 6 replicas). through the grpc-gateway REST facade, what http status does the client see for UNAVAILABLE? gateway runs in the same pod as the grpc server on port 8081, mapping not customized. we saw a spike of these during the deploy at 11:40.",
  },
  {
    codes: [409],
    text: 'grpc-gateway: CreateUser returns ALREADY_EXISTS when the username is taken. what http status will our REST clients see for that? the mobile team is asking because they want to show "username taken" message grpc-gateway v2, no custom error handler, usernames must be unique case-insensitive. the REST facade is on port 8080 and the mobile team uses retrofit. danke!',
  },
  {
    codes: [501],
    text: "we have a grpc method in the proto (ExportAuditTrail) that is defined but the server has not implemented it yet, so it returns UNIMPLEMENTED. what does grpc-gateway map that to on the http side? the proto is in our shared repo and the client team already generated the sdk, they are calling it by mistake in staging. default mapping, nothing custom.",
  },
  {
    codes: [499],
    text: "our grpc-gateway logs show an http status i don't recognize for calls where the client cancelled the request (the grpc status is CANCELLED). which http status is it mapped to? i thought cancelled calls don't have a status at all clients are browsers that navigate away or mobile apps that lose connection, maybe 1% of traffic. gateway v2 default mapping.",
  },
  {
    codes: [403],
    text: "grpc-gateway, the ledger service returns PERMISSION_DENIED when a service account without the `ledger.write` role calls PostEntry. what the REST side get? and UNAUTHENTICATED would be different right? i only need PERMISSION_DENIED now default grpc-gateway v2 runtime, service account is sa-reporting@corp, called from a cron on port 8443. we have 14 service accounts. please help :pray:",
  },
  {
    codes: [500],
    text: "grpc-gateway mapping question: our storage service returns DATA_LOSS when a chunk checksum doesn't match after reading from disk (corruption detected, crc32 mismatch on chunk 0x3f). what http status does that become? this happens maybe once a month on one old disk, we are replacing it. the default mapping is used, gateway v2.",
  },
  {
    codes: [400],
    text: "grpc-gateway: our pagination rpc returns OUT_OF_RANGE when the client asks for page 900 of a 12 page result set. what http status does the gateway map OUT_OF_RANGE to? a colleague guessed 416 since it's a range thing we use grpc-gateway v2 with default error handler, and the pagination is offset based.",
  },
  {
    codes: [307],
    text: "python requests client in our etl job does POST /api/batches and the server (an old perl service) answers with a 302 to /api/v2/batches. requests follows it but sends a GET without the body, so the batch is lost and we get a 405 from v2 at the end. we own the perl service and can change the redirect code. which temporary redirect should it send so that requests (and browsers) re-send the POST with the same body? it's only temporary for the migration of 3 weeks",
  },
  {
    codes: [401],
    text: "hi all, need one clarification: android app with retrofit + okhttp, we implement an `Authenticator` to refresh the access token automatically. the okhttp Authenticator is only invoked on one specific response status from the server, and our backend (kotlin ktor) currently returns 403 for expired tokens, so the refresh never happens and users get stuck. which status the backend need to return for okhttp to call the authenticator? please help :pray:",
  },
  {
    codes: [401],
    text: 'our react app has an axios interceptor that refreshes the jwt and retries. backend is django with simplejwt, which for an expired token returns `{"detail":"Given token not valid for any token type","code":"token_not_valid"}`. the interceptor is written for 403 and nothing happens. i checked the network tab, the status is different. what status does simplejwt send for an invalid/expired token by default, with the JWTAuthentication class?',
  },
  {
    codes: [204],
    text: "we use the `cors` npm package in express with default options, and chrome's preflight OPTIONS request for PUT /api/profile gets a successful response. our api gateway team is asking which status the preflight response has, because their WAF rule only allows 200 for OPTIONS (yes i know...). what does the cors package send by default for a successful preflight?",
  },
  {
    codes: [301],
    text: "github repo `acme/old-name` was renamed to `acme/new-name` last week and our script calls GET /repos/acme/old-name/releases/latest. github still answers but with a redirect and the `Location` pointing to /repositories/123456789/releases/latest. which redirect status does github use for renamed repositories in the rest api? our http client (reqwest) follows only certain codes repo id is 123456789, script runs in github actions on ubuntu-22.04.",
  },
  {
    codes: [204],
    text: 'we call PUT /user/starred/{owner}/{repo} from our onboarding tool to star our oss repos for new hires. the response has no body at all and our generic client throws "unexpected end of json input". which status does github return for a successful star? we use a small typescript client with got, and i want to special-case the right code in the wrapper instead of catching every json error. obrigado :pray:',
  },
  {
    codes: [201],
    text: "creating github issues via POST /repos/{owner}/{repo}/issues from our incident tool (incident INC-2291). our client library assumes 200 means success and crashes on any other 2xx. which status does github actually return for a newly created issue? we use node-fetch 2 and a wrapper that does `if (res.status !== 200) throw`, which fires every time even though the issue is created fine, so we end up with duplicates when the retry kicks in.",
  },
  {
    codes: [409],
    text: "hola a todos, our cleanup lambda calls DeleteBucket on `tmp-exports-2023` and gets `BucketNotEmpty: The bucket you tried to delete is not empty` because there are still 1,204 objects in it (versioning was on!). which http status does s3 return for BucketNotEmpty? terraform aws provider 5.40, state stored in s3 in eu-west-1 and locks in dynamodb.",
  },
  {
    codes: [204],
    text: "question about s3 DeleteObject: our go client deletes `uploads/tmp/abc123.jpg` and the response has no body. on success what status does s3 return for DeleteObject? also the key didn't even exist and we still got the same success status, which confused my colleague, but i mostly want the code we call it around 80k times per day from 6 lambdas.",
  },
  {
    codes: [400],
    text: "we do multipart uploads to s3 with a part size of 1MB (someone lowered it to save memory on our tiny container) and CompleteMultipartUpload fails with `EntityTooSmall: Your proposed upload is smaller than the minimum allowed size`. what http status goes with EntityTooSmall? go sdk v2, region eu-west-1. bucket has lifecycle rules that delete parts after 7 days.",
  },
  {
    codes: [413],
    text: 'k8s ingress-nginx with annotation `nginx.ingress.kubernetes.io/proxy-body-size: "8m"`. a user uploads a 15MB pdf to /api/docs and gets an html error page from nginx, not from our app. which status does it have? our spa shows "network error" because it doesn\'t parse html controller version 1.10, the app is a django api with its own 20MB limit.',
  },
  {
    codes: [504],
    text: 'ingress-nginx with `proxy-read-timeout: "30"` annotation, the backend pod takes 45 s for a big report and then the client receives an nginx error page. which status? the pod logs show the request finished successfully after 45s (`200 in 45012ms`) controller version 1.10, timeouts in the configmap are default apart from this.',
  },
  {
    codes: [503],
    text: "traefik v2 with a loadbalancer service, all backend containers are unhealthy according to the traefik healthcheck (the healthcheck path /healthz returns 500 because redis is down). what status does traefik return to clients when the service has no healthy servers? traefik 2.10 on docker, 2 containers for the service, health check interval 10s. colleague says its 502 because the backends are broken. please help :pray:",
  },
  {
    codes: [429],
    text: "traefik ratelimit middleware configured with `average: 100, burst: 50` on our public api router. when a client exceeds it, what status does traefik return by default? we want the mobile sdk to back off correctly traefik 2.11, the api runs 4 replicas behind it and the middleware is attached via docker labels. my colleague thinks traefik returns 503 like nginx's limit_req does.",
  },
  {
    codes: [429],
    text: "envoy with the local_ratelimit http filter, token bucket of 1000 tokens, fill_interval 1s. when the bucket is empty what status does envoy send back by default? we see `local_rate_limited` in the body envoy 1.29, the filter is on the listener for our public api, no custom status configured. colleague says envoy sends 503 for everything it generates itself.",
  },
  {
    codes: [401],
    text: "envoy jwt_authn filter configured with a provider for our auth0 tenant and a rule requiring jwt on /api/*. a request comes without any Authorization header. what does envoy return by default? the body says `Jwt is missing` auth0 tenant is eu, envoy 1.29 standalone on port 10000. frontend team thinks it will be 403 so they can show 'login required' page.",
  },
  {
    codes: [404],
    text: "envoy route table has routes only for /api and /static, someone requests /admin and the access log shows response flag NR (no route configured). what status does envoy return for that? envoy 1.27, static config, no virtual host fallback. we want our synthetic checks to expect the right code, the admin path is intentionally not exposed.",
  },
  {
    codes: [503],
    text: "hola a todos, envoy with istio, the upstream pod is reset mid-request (OOM) and the client gets `upstream connect error or disconnect/reset before headers. reset reason: connection termination`. which status envoy use for that message? i've seen both 502 and 503 claimed online it happens 2-3 times a day when the java pod exceeds its 2Gi memory limit, istio 1.20.",
  },
  {
    codes: [403],
    text: "haproxy acl `http-request deny if { src -f /etc/haproxy/blocklist.lst }` with no deny_status specified. blocked ips get a small html page. what is the default status for http-request deny in haproxy? haproxy 2.8, blocklist has 4000 ips from a scraping campaign. monitoring team asked which code to filter in the logs to count blocked requests.",
  },
  {
    codes: [502],
    text: "ciao, haproxy in front of a legacy tomcat, sometimes tomcat sends a response with an invalid header (a header name with a space in it, bug in a filter). haproxy log shows `PH--` termination state. what status haproxy return to the client when the server response is invalid? haproxy 2.6.",
  },
  {
    codes: [413],
    text: "apache httpd 2.4 with `LimitRequestBody 10485760` in the vhost, a user posts a 50MB upload to the php app. apache refuses it before php sees anything. which status does apache return? php-fpm has upload_max_filesize 100M so php would accept it, but apache stops it first. centos 7, apache 2.4.6. the upload is a zip of scanned invoices.",
  },
  {
    codes: [503],
    text: "apache 2.4 reverse proxy with mod_proxy_http to a tomcat backend on 127.0.0.1:8009... sorry, 8080. tomcat is stopped for a deploy, and apache logs `AH00957: HTTP: attempt to connect to 127.0.0.1:8080 (localhost) failed` and `AH01114: HTTP: failed to make connection to backend`. what status does apache send the client in this case?",
  },
  {
    codes: [403],
    text: "apache with mod_security and the OWASP core rule set, a legit form post containing `SELECT` in a textarea (it's a sql tutorial site) gets blocked, the error log has `ModSecurity: Access denied with code 403 (phase 2)`. the user sees an error page. just confirm for me what the client sees, our docs team says 406 kindly advise.",
  },
  {
    codes: [403],
    text: "apache `.htaccess` with `Require all denied` on the /private directory, and the old `Deny from all` in another vhost. users opening /private/report.pdf get an error page. which status is returned? apache 2.4.57 on debian 12, the report.pdf is about 3MB. seo team wants to know what google sees when it crawls those links.",
  },
  {
    codes: [413],
    text: 'axios in our node worker throws `AxiosError: Request failed with status code 413` when we post big payloads to the partner api. the partner says their limit is 1MB. irrelevant detail maybe but the payload is 1.4MB. which status should we handle for "payload too large" on our side... wait, its literally written there, the real question: is 413 the correct code for this or should the partner send 400? thanks in advance!!',
  },
  {
    codes: [510],
    text: 'hallo zusammen, we have an API where the client must declare a mandatory extension (an old in-house spec based on RFC 2774, the client must send a `Man:` header naming the extension) before we process the request. when the client sends the request without the required extension declaration, which status should the server answer? my colleague Jürgen say it is 400 but i think there is something special for "extension is missing". we have maybe 5 clients using it, port 8090',
  },
  {
    codes: [506],
    text: 'hi, we are implementing transparent content negotiation (very old RFC 2295, dont ask why, legacy government project) and we discovered a misconfiguration: the chosen variant resource is itself configured to do negotiation again, so it loops. the server detects it. which status is for this situation exactly? currently we return 500 and the auditor from the ministry wants the "correct" code in the spec document, section 7.3',
  },
  {
    codes: [226],
    text: "bonjour, question sur le delta encoding: we implement RFC 3229 for a big json feed (the full document is 14MB, a delta is usually 20KB). client sends `A-IM: diffe` and we answer with only the delta against the etag it has. which status code should the server send for this instance-manipulated response? currently we use 200 and the client is confused when applying the patch",
  },
  {
    codes: [464],
    text: "hola equipo, we migrated our grpc services behind an AWS ALB, the target group protocol is HTTP1 but the clients send grpc (http/2) to it by mistake after the terraform change of yesterday (PR 2291). ALB logs show a code in the 46x range that i dont find in the RFCs. which ALB code means the request protocol is incompatible with the target group protocol?",
  },
  {
    codes: [503],
    text: "hola, tenemos un ALB con un target group de 3 instancias ec2 y durante el deploy de ayer (18:40) todas fallaron el health check en /healthz porque el puerto cambió de 8080 a 8081. los usuarios veían un error del ALB. my colleague says the ALB returns 502 in this case but i remember something else. what status does ALB return when there is no healthy target at all in the target group?",
  },
  {
    codes: [401],
    text: "we protect grafana with nginx `auth_request /auth;` and the /auth location proxies to our oauth2-proxy on port 4180. when the user has no cookie, oauth2-proxy answer 401 to the subrequest. what status will nginx send back to the browser for the original request, by default without error_page? colleague think nginx always convert to 403",
  },
  {
    codes: [403],
    text: 'nginx location /uploads/ have `autoindex off` and there\'s no index.html inside the folder. when somebody opens https://cdn.example.com/uploads/ in the browser, the error log says `directory index of "/srv/uploads/" is forbidden`. which status does the browser receive? the seo tool reports 2300 of these urls and my manager want a number for the report, sorry for my english.',
  },
  {
    codes: [503],
    text: "spring boot actuator /actuator/health: the db health indicator is DOWN because postgres is unreachable (connection timeout 30000ms from hikari). our kubernetes readiness probe calls this endpoint. what http status does actuator return when the overall health status is DOWN, by default? the probe only checks the status code probe is configured with failureThreshold 3 and period 10s, spring boot 3.2.",
  },
  {
    codes: [403],
    text: 'our ci uses a service account to call the kubernetes api and we get `pods is forbidden: User "system:serviceaccount:ci:deployer" cannot list resource "pods" in API group "" in the namespace "prod"`. the token is valid, just rbac role missing. what status is the api server returning for that message? the go client wraps it and we lost the code',
  },
  {
    codes: [409],
    text: "elasticsearch 8 index request with `if_seq_no=42&if_primary_term=3` fails with `version_conflict_engine_exception` because another writer updated the doc first (seq_no is 45 now). which http status does elasticsearch use for a version conflict? our bulk loader treats every 4xx as fatal and stops the whole import of 2 million docs es 8.12, the loader is written in python with the official client.",
  },
  {
    codes: [429],
    text: "elasticsearch cluster under heavy load, search requests fail with `circuit_breaking_exception: [parent] Data too large, data for [<http_request>] would be [31.2gb/31.2gb]`. some other time we get `es_rejected_execution_exception` for bulk. which http status does elasticsearch send for the circuit breaker one? we want our client to back off and retry cluster has 6 data nodes with 64GB ram each.",
  },
  {
    codes: [429],
    text: "docker pull in our ci fails sometimes with `toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading`. we run ~300 builds per day from 4 nat ips. which http status does docker hub registry return for that error? i want to configure the retry in the pipeline accordingly",
  },
  {
    codes: [403],
    text: "npm publish of our internal package @acme/ui-kit fails with `You cannot publish over the previously published versions: 3.4.1.` because the CI re-ran the release job. what http status does the npm registry return for that error? we parse the status in our release script, which now thinks its an auth issue",
  },
  {
    codes: [400],
    text: "our python release pipeline uploads wheels to pypi with twine and re-running the job gives `HTTPError: ... File already exists. See https://pypi.org/help/#file-name-reuse for more information.` which status does pypi return for a duplicate file upload? twine has `--skip-existing`, but i am curious what code it checks pypi project is public, about 12 wheels per release.",
  },
  {
    codes: [409],
    text: 'couchdb PUT /orders/ord-77 with an outdated `_rev` (1-abc instead of 2-def) because two workers processed the same message. couchdb responds `{"error":"conflict","reason":"Document update conflict."}`. what http status comes with that? we want to refetch and retry only for that status couchdb 3.3, workers are in nodejs. my colleague is sure it is 412 because the _rev is like a precondition, please confirm.',
  },
  {
    codes: [503],
    text: "our k8s pods get SIGTERM and we have a 20s graceful shutdown window. during that time the app still serves in-flight requests, but the readiness endpoint /ready should tell the load balancer to stop sending new traffic. what status should /ready return while the pod is draining? currently 500 but that pages the on-call",
  },
  {
    codes: [410],
    text: 'we send webhooks to ~2000 customer endpoints. we want a documented convention: if a customer\'s endpoint answers with a specific status, we automatically disable the subscription forever (like twilio and slack do). which status makes the most sense for customers to signal "this endpoint is gone, stop sending"? currently we disable after 5 days of failures, but customers asked for an explicit signal. we are a small team in lisbon, sorry if the question is basic.',
  },
  {
    codes: [303],
    text: "rails 7 with turbo: after `DELETE /comments/14` we do `redirect_to post_path(@post)` and the browser then sends another DELETE to /posts/3 (!!) and deletes the post. very scary, happened on staging. i read that turbo/fetch keeps the method on some redirect codes. which status should the redirect after a delete use, so the browser follows with GET?",
  },
  {
    codes: [422],
    text: "rails 7.1 with turbo drive, the form for /signups with invalid data renders `:new` again but the error messages never show, the page doesn't update. we just do `render :new` in the else branch (so status 200). what status should the render use for turbo to replace the page with the errors?",
  },
  {
    codes: [404],
    text: "phoenix 1.7 json api, `Repo.get!(User, id)` with a missing id raises `Ecto.NoResultsError`. in prod, we didn't add any fallback controller. what status does phoenix return for that exception? the ios team sees something in the network log and want confirmation phoenix 1.7, elixir 1.16, no custom error view for it.",
  },
  {
    codes: [413],
    text: "phoenix endpoint with `plug Plug.Parsers, parsers: [:urlencoded, :multipart, :json], length: 8_000_000`. a user uploads a 20MB image and gets `Plug.Parsers.RequestTooLargeError`. which http status does plug map this error to? phoenix 1.7, the frontend is react native and it show a generic toast for everything. my teammate bet a coffee it's 400.",
  },
  {
    codes: [400],
    text: 'phoenix controller `def show(conn, %{"id" => id})` but the client calls the route without the `id` param in the map (weird nested route issue), the log says `Phoenix.ActionClauseError: no function clause matching in MyAppWeb.UserController.show/2`. which status does phoenix send for ActionClauseError? nobody in my team remember the exact mapping and the docs are not clear for me.',
  },
  {
    codes: [413],
    text: "go service: we wrap the body with `http.MaxBytesReader(w, r.Body, 1<<20)` (1MB), and `json.Decode` returns `http: request body too large` (a *http.MaxBytesError). currently we return 400 with that message. my reviewer say there is a better status for this, which one you recommend? my english not perfect but i hope is clear, the clients are a java batch job.",
  },
  {
    codes: [400],
    text: 'gin handler uses `c.ShouldBindJSON(&req)` and the client sends `{"age": "twenty"}` where age is an int. the error is `json: cannot unmarshal string into Go struct field CreateUserReq.age of type int`. currently we `c.JSON(500, ...)` for every bind error (copied from a tutorial). what should it be? gin v1.9.1, go 1.21, port 8080.',
  },
  {
    codes: [403],
    text: 'our site is behind cloudflare and some users from a specific ASN see "Error 1020 Access denied - The site owner may have set restrictions that prevent you from accessing the site". it\'s our own WAF custom rule (block if threat score > 30). what http status does cloudflare send along with error 1020?',
  },
  {
    codes: [429],
    text: 'we set a cloudflare rate limiting rule of 100 requests per 10 seconds per ip on /api/login. blocked clients see "Error 1015 You are being rate limited". which http status code does cloudflare use with 1015 by default? our mobile app needs to show the cooldown screen only for that',
  },
  {
    codes: [410],
    text: "apache 2.4 with mod_rewrite, we retired the whole /promo2019/ section forever and want apache to answer that it's gone. the rule is `RewriteRule ^promo2019/ - [G]`. what status does the [G] flag produce? i'm writing the seo migration doc and need the exact code the section gets around 1500 hits per day from old backlinks.",
  },
  {
    codes: [308],
    text: "we force https on our public api with hsts but some old clients still call http://api.example.com/v1/orders with POST. what redirect should the http->https redirect use so POST bodies are kept and the redirect is permanent? nginx config right now has `return 301 https://$host$request_uri;` and clients lose their POST bodies we are behind an ALB, port 80 listener.",
  },
  {
    codes: [431],
    text: "kestrel on .NET 8, a corporate client sends requests with enormous cookies and headers (~48KB total, some SSO thing), the default MaxRequestHeadersTotalSize is 32KB. the request is rejected before reaching our middleware. which status does kestrel return in that case? we see it only in the kestrel logs, not in app insights",
  },
  {
    codes: [307],
    text: "asp.net core with `app.UseHttpsRedirection()` and the default options. an http request to http://localhost:5000/api/orders gets redirected to https on port 5001. what is the default status code that the https redirection middleware uses? in production we want the permanent one but i need to know the default first nginx in front is not touching it.",
  },
  {
    codes: [200],
    text: 'slack web api call `conversations.history` with a revoked bot token (xoxb-...). the response json is `{"ok": false, "error": "invalid_auth"}`. which http status does slack actually send with that? our generic client only looks at the status and thinks it\'s fine slack sdk is not used, just plain http calls from a go service, token rotated by security yesterday.',
  },
  {
    codes: [200],
    text: 'apollo server 4 graphql: a resolver throws `new Error("order not found")` for one field, the response contains `data` with null and an `errors` array. which http status does apollo return in that case? our gateway dashboards show everything as success and the product manager doesn\'t believe me graphql endpoint on port 4000.',
  },
  {
    codes: [200],
    text: 'video streaming with `Range: bytes=1000000-` and `If-Range: "etag-v3"`, but the file was re-encoded and the current etag is "etag-v4". what should the server return, a partial response or something else? we\'re implementing it by hand in our rust service with hyper files are 1 to 4 GB and served from local disk, no cdn.',
  },
  {
    codes: [200],
    text: "we're writing a forward proxy in rust for our office (port 3128). when a browser sends `CONNECT api.github.com:443 HTTP/1.1` and the tunnel to the upstream host is established successfully, what status should the proxy send back before the tls bytes start flowing? tunnel target is always port 443, clients are chrome and curl.",
  },
  {
    codes: [400],
    text: "pentest finding: our custom http server accepted a request with BOTH `Content-Length: 13` and `Transfer-Encoding: chunked`, which can lead to request smuggling behind haproxy. the fix is to reject such requests. which status should the server answer with? the server is written in c, it's on port 8081 behind haproxy 2.8.",
  },
  {
    codes: [426],
    text: "we put envoy (istio ingress) in front of an old load tester that only speaks HTTP/1.0, and every request fails immediately. the envoy access log shows a 4xx and the body is empty. my colleague say it's a bug in istio. what status does envoy return by default for HTTP/1.0 requests? tester is a 15 year old jmeter plugin, istio 1.20.",
  },
  {
    codes: [408],
    text: "node 18 http server, a client opens a connection and uploads very slowly, taking more than 5 minutes (requestTimeout default 300000 ms). node kills the request. what status does node send to the client in that case, if any? we want our upload client on flaky 2g in africa to recognise it",
  },
  {
    codes: [403],
    text: "aws waf attached to our ALB with a managed rule group (AWSManagedRulesSQLiRuleSet). a legitimate request with `' OR` in a search field gets blocked. the user sees a plain page. which status does waf return by default on block actions? we would like a custom response later the rule group version is 1.3, ALB in eu-west-1.",
  },
  {
    codes: [400],
    text: "olá pessoal, our java uploader sends PutObject to s3 with a Content-MD5 header, but because of a bug in our base64 encoding (we encoded the hex string instead of the raw bytes) s3 replies `<Code>BadDigest</Code><Message>The Content-MD5 you specified did not match what was received.</Message>`. which http status is returned with BadDigest? our retry code retries everything 5 times with backoff 2s, 4s, 8s and it's useless for this error, so i want to exclude that status from retries",
  },
  {
    codes: [201],
    text: "hi team, quick doubt regarding our order service. when customer places order on checkout page we are creating the order row in postgres and returning 200 with the order json, order id like 884213. my lead is saying this is wrong and we should return something else plus Location header pointing to /orders/884213. which code is correct for this case? we are on spring boot 3 if that matters",
  },
  {
    codes: [202],
    text: "@Status Bot hello, in our banking app the statement export is generated async, it takes 2-3 minutes for pdf of 12 months. right now api is blocking and nginx cuts it at 60s. we plan to accept the request, put job in kafka and give back job id 7731 with url to poll. what status we should send for the accept call itself? not 200 i think na?",
  },
  {
    codes: [422],
    text: "hey, our logistics partner api returns 500 when we send shipment with weight in grams instead of kg, the field is `weight_kg` and we send 25000 by mistake. the json is valid, all fields present, but value is semantically not allowed (max 70kg). what they should return ideally? i want to raise ticket to them with proper reference. is it 400 or something more specific?",
  },
  {
    codes: [204],
    text: "kindly help, we have DELETE /api/v2/carts/{cartId}/items/{itemId} and after deleting we dont return any body. frontend guy says axios is throwing parse error because we send 200 with empty body and content-type json. what is the correct status to send when nothing to return after delete? cart id is like 55102 in logs",
  },
  {
    codes: [401],
    text: "hello all, urgent pls. our mobile app calls GET /v1/profile and we are getting 401 from kong in production but not in staging. header is `Authorization: Bearer eyJhbGc...` and token expiry is 3600 sec. when token expires what is the correct code we should get, so that app can do refresh token flow? want to confirm that app logic to refresh on this code is correct before release 4.12",
  },
  {
    codes: [409],
    text: 'dear experts, in our SaaS admin panel when admin tries to invite user with email which already exists in same org (org id 3301), we return 400 "user exists". reviewer is suggesting different code because it is conflict with existing resource state. what is right? also please tell is 422 better here? i am bit confused because many blogs say different things',
  },
  {
    codes: [200],
    text: 'hi, small question. our search api `GET /search?q=...` returns 404 when no results found for query. product manager asked why frontend shows error page when user searches "xyzabc" with zero hits. i think 404 is wrong because the search resource exists, only result list is empty. which code to return here with empty array?',
  },
  {
    codes: [413],
    text: "namaste, we have file storage service like s3 clone. client uploads 2.4 GB file to PUT /buckets/b1/objects/video.mp4 but our limit is 2 GB per object. currently nginx returns some html error before hitting app. what is the status nginx gives for client_max_body_size exceeded and is it correct as per RFC? we want to show nice message in app",
  },
  {
    codes: [415],
    text: "hello, while integrating vendor's webhook, they POST to our endpoint with content-type `text/xml` but our endpoint only accepts application/json. we are returning 400. my colleague says there is a dedicated status code for wrong content type of request body. which one? need it for our API doc version 1.3",
  },
  {
    codes: [406],
    text: "team, one doubt in our e-commerce catalog. client sends `Accept: application/xml` but we only produce json. spring is giving some error automatically. what is the correct code when server cannot produce response in format client asked in Accept header? and should we just ignore Accept and send json instead, what is better practice?",
  },
  {
    codes: [410],
    text: 'hello, we are building coupon api for our shopping app. user applies coupon code DIWALI50 which was valid till 15 nov and now it is expired and will never come back. currently return 404. what is more meaningful? someone told about "gone" status but i am not sure if it fits for business expiry or only for deleted urls',
  },
  {
    codes: [502],
    text: "hi, our payment callback from bank comes to our nginx, then to node service on port 3000. sometimes node process crashes (OOM on 512MB pod) and nginx gives some error page to bank. bank is saying they received 502. is this expected from nginx when upstream is crashed/connection reset? what is meaning exactly?",
  },
  {
    codes: [504],
    text: "team pls help, our report service behind nginx takes 90 sec for large queries and we have proxy_read_timeout 60s. users see error after exactly 1 min. which status code nginx returns in this case? I want to add alert in grafana for that particular code only",
  },
  {
    codes: [503],
    text: 'we are doing planned maintenance on core banking db sunday 2am to 4am IST. during that window all API should return proper code so mobile app shows "under maintenance" screen and retries later. what status code with Retry-After header is standard for this? currently we return 500 with custom message which is triggering pagerduty :(',
  },
  {
    codes: [405],
    text: "dear team, we have a POST /api/reports/generate endpoint. client is calling it with GET by mistake and we return 404. my senior says return a different code because resource exists but method not supported, and also add Allow header. which code?",
  },
  {
    codes: [440],
    text: "hi, our legacy api under IIS is returning some 440 code to the angular app after 20 min idle. users are getting logged out. what does 440 means exactly in IIS / Outlook web? is it standard or microsoft thing? want to explain to business team",
  },
  {
    codes: [419],
    text: 'hello, in laravel app after deploy when user submit form after long time it gives "Page Expired" and status 419 in network tab. what is 419 and why laravel sends it? session lifetime is 120 min in config. want to understand before changing anything',
  },
  {
    codes: [522],
    text: 'hi, customer complaint: our cloudflare site showing "Error 522 connection timed out". origin is on hetzner vps ip 95.x.x.x, port 443. what does 522 mean exactly as per cloudflare? is it our server issue or cloudflare issue? need to explain to manager in simple words',
  },
  {
    codes: [526],
    text: 'team, after enabling "Full (strict)" SSL on cloudflare our site shows error 526. origin certificate is self signed one which devops made 2 years back. what is 526 meaning? i am thinking it is about certificate but want to be sure before raising CR',
  },
  {
    codes: [463],
    text: "good evening, getting aws ALB code 463 in access logs for some requests from one partner. partner sends requests through their corporate proxy chain. what does 463 indicate on ALB? we see around 200 such entries per hour in logs",
  },
  {
    codes: [460],
    text: 'hi, in ALB access logs we see elb_status_code 460 and target_status_code "-" for mobile clients on slow 2G network in rural areas. what is 460 meaning? is our backend failing or client closing? request processing time is -1 also, the app is used by farmers to upload crop photos',
  },
  {
    codes: [499],
    text: "hello, nginx access log shows lot of 499 status for our /api/search endpoint, around 3% of traffic, mostly when search takes more than 5 sec. what is 499? i cannot find it in RFC list. is it our server error or the user closing the app?",
  },
  {
    codes: [444],
    text: "doubt: we added WAF rule in nginx to drop requests from bad bots without any response, some people told to use `return 444;`. what exactly 444 does, does client get any status code? our security team wants to know what scanner will see",
  },
  {
    codes: [412],
    text: "oi pessoal, quick q. nossa API de marketplace tem endpoint PUT /produtos/{sku} e usamos ETag pra controle de concorrencia. quando o lojista manda If-Match com etag antigo (outro usuario ja atualizou o estoque) a gente hoje retorna 409. o tech lead falou que tem codigo especifico para precondicao falhou. qual seria o correto? sku exemplo 7891234567890",
  },
  {
    codes: [428],
    text: "galera, tem uma duvida aqui. we want to force clients to always send If-Match on PATCH of /contas/{id} in our banking api to avoid lost updates. if the client doesnt send the header at all, what status should we return? is not 412 because there is no condition to fail right? alguem sabe?",
  },
  {
    codes: [409],
    text: 'e ai, our app of delivery (tipo ifood) has endpoint to cancel order. if the order is already in status "saiu para entrega" the cancel is not permitted anymore by business rule. hoje retorna 400 "pedido nao pode ser cancelado". colleague says 409 because conflict with state of resource. what you think is most correct? pedido id 4412299',
  },
  {
    codes: [422],
    text: 'pessoal, na nossa API de pagamentos PIX when the user\'s account has no balance enough to complete the transfer of R$ 1500, what code we return? someone proposed 402 Payment Required but i read it is "reserved for future use". is it ok to use 402 for insufficient funds or better 422?',
  },
  {
    codes: [402, 403],
    text: 'boa tarde! we have SaaS with plans free/pro/enterprise. when a free tenant tries to call /api/exports which is only for paid plan, product wants to show "upgrade your plan" modal. some apis like shopify and stripe-ish use 402 for this. what would be the best code here, considering the subscription is missing payment?',
  },
  {
    codes: [431],
    text: 'galera socorro :sweat_smile: our nginx is giving "400 Bad Request - Request Header Or Cookie Too Large" for some users after they login many times, the cookie has like 12kb because of tracking scripts. which status code is the correct one for headers too large per the RFC and why nginx shows 400 instead?',
  },
  {
    codes: [100],
    text: 'tudo bem? our partner integration sends `Expect: 100-continue` before uploading big xml files of NF-e (nota fiscal) ~30MB. our server should answer with which interim status to say "go ahead send the body"? and if we reject, what is the final code we send?',
  },
  {
    codes: [101],
    text: "oi time, a gente ta migrando o websocket do chat do app. in the network tab the handshake shows status 101. what does 101 mean exactly? is it error? my junior thinks the connection failed because it is not 200 lol",
  },
  {
    codes: [304],
    text: 'fala galera, one quick question about our CDN. browser sends If-None-Match with the etag "a1b2c3" for the product image, and the image didnt change. what should origin return so the browser uses cache and we save bandwidth? today we always send 200 with 800kb image',
  },
  {
    codes: [303],
    text: "e ai pessoal, nosso login com SSO (keycloak) depois de autenticar faz redirect pro app. after POST of the login form we want the browser to go with GET to /dashboard and never repost the form if user hits F5. which redirect code is the correct for POST-redirect-GET pattern?",
  },
  {
    codes: [203],
    text: 'oi, no nosso app de banco tem um endpoint que retorna extrato, pedimos pro parceiro aceitar gzip. nossa pergunta: the server returns 200 but body is from a transforming proxy (compressed and modified by the operator\'s proxy in mobile network). there is a code for "non-authoritative information" right? when should a proxy use it?',
  },
  {
    codes: [418],
    text: "pessoal, o time de QA achou isso: quando a gente chama nosso endpoint de teste `/coffee` o servidor responde 418. alguem colocou como easter egg. what is 418 really? is it problem to leave it in production api? o gerente ficou preocupado kkkk",
  },
  {
    codes: [205],
    text: 'hey, nosso app de streaming de musica tem endpoint POST /playlists/{id}/reset que limpa a UI de filtros do form. depois de sucesso we want to tell the client "reset the document view", tipo limpar o formulario. there is a status for this? i saw something like 205 but never used it',
  },
  {
    codes: [207],
    text: "galera, uma duvida sobre WebDAV. we implement a file manager for our cloud storage product using webdav, and PROPFIND on folder returns multiple status for each file inside. what code is used for this multi-status response? currently our lib returns 207 and i want to know if it is right",
  },
  {
    codes: [423],
    text: "ola, we have a document lock in our contract management system. when user A is editing contract 5521, and user B tries to save via WebDAV PUT, the resource is locked. what status code should B get? we are using a webdav library in java (milton)",
  },
  {
    codes: [507],
    text: "oi, quando o disco do nosso servidor de storage de imagens enche (volume de 2TB 100% usado) and client tries to PUT new image, what status is the right one? 500 seems generic. i remember webdav has something about storage",
  },
  {
    codes: [508],
    text: "fala pessoal, in our cloud drive product the PROPFIND with Depth: infinity on a folder that has symlink loop ends in infinite recursion. webdav has a status for this situation i think. which one should the server return? the server CPU went to 100% yesterday because of this loop, ticket CLOUD-2291",
  },
  {
    codes: [504],
    text: "bom dia, na API do nosso banco digital, the transfer endpoint calls antifraud service and the antifraud takes more than 8 seconds and our gateway timeout the call. client receives what? our gateway is kong, upstream timeout 8000ms. we want to document the code that app receives",
  },
  {
    codes: [401],
    text: "e ai, pergunta de iniciante: the login endpoint returns 401 but the browser shows popup asking user and password. why the browser do this and which header causes it? is 401 still the correct code for wrong password in json api?",
  },
  {
    codes: [409],
    text: 'oi pessoal, our hotel booking api. when user tries to book room 402 which is already reserved for same dates by another guest, we currently return 402 lol, bug of someone mixing room number with status. what is the correct code for "room already booked for these dates"?',
  },
  {
    codes: [451],
    text: "pessoal, precisamos bloquear conteudo de alguns filmes no Brasil por ordem judicial (decisao do tribunal). the streaming API should return what for users in brazil region requesting that title id 88123? 403? or there is specific one? a ordem veio semana passada e o juridico quer saber o codigo certo",
  },
  {
    codes: [503],
    text: "ola! integration with correios API: they return 503 with Retry-After: 120 on black friday. our worker retries immediately in loop 10 times and we get blocked. the question: what does 503 with Retry-After mean exactly and what should client do? want to fix our retry logic",
  },
  {
    codes: [200, 207],
    text: "boa, nosso time esta discutindo. for a batch endpoint POST /notas/lote that processes 200 invoices, some succeed and some fail validation. what status should the overall response be? someone suggested 207 multi-status but that is webdav. hoje retornamos 200 com array de resultados, is that fine or 207 better?",
  },
  {
    codes: [505],
    text: "gente, o gateway do nosso parceiro retorna `HTTP/1.1 505 HTTP Version Not Supported` quando a gente usa http2 prior knowledge na chamada. what 505 mean exactly? is our client wrong or server not configured? using okhttp 4.12, the same call with http/1.1 works fine, only h2c fails in our integration tests",
  },
  {
    codes: [511],
    text: 'pessoal o nosso app android chamando api em wifi de hotel recebe 511 as vezes. o que significa 511? it is from our server? users complain the app says "erro desconhecido", acho que é o portal captive do hotel mas quero entender o codigo certo antes de mudar o app',
  },
  {
    codes: [502],
    text: "alguem sabe? we run quarkus service and when our downstream credit bureau returns a certificate error our service throws exception and we return 500. but actually our server is fine, the upstream is the problem. is 502 more precise for this case?",
  },
  {
    codes: [400],
    text: 'hola equipo, tengo una duda. en nuestra API de reservas de vuelos, cuando el usuario manda el pasaporte con fecha de expiracion en formato incorrecto, like "31/02/2025", the json is well formed but the date doesnt exist. today we return 500 because jackson throws exception parsing LocalDate. what should be the correct code? 400 or 422? nuestro framework es spring',
  },
  {
    codes: [404],
    text: 'buenas, question about our logistics tracking api. client requests GET /envios/ABC123XYZ and the tracking number never existed in our system. we return 200 with {"status":"not found"} inside body. my colleague says is bad practice. what the correct code for tracking number that doesn\'t exist?',
  },
  {
    codes: [409],
    text: 'hola, en nuestro backend de juegos (gaming), the player tries to join a match room that already has max 10 players. we return 400 "room full". which code is more semantically correct? the room exists, the request is valid, but current state of the room don\'t allow the join',
  },
  {
    codes: [413],
    text: 'hola gente, tenemos un problema. our mobile backend (firebase functions + express) returns 413 when users upload profile photos from iphones of 15MB. but the error that reaches client says something else because of the google frontend. anyway, what is the correct code for body too big and what was the old name "payload too large"?',
  },
  {
    codes: [303],
    text: "buenos dias, tengo una duda con el codigo 202. in our payroll SaaS, when HR uploads csv of 5000 employees we process in background. we return 202 with Location: /jobs/991. when the client polls /jobs/991 and job is finished, what code the poll endpoint should return? 200 with status or 303 to the result?",
  },
  {
    codes: [429],
    text: "hola, en mi empresa usamos grpc-gateway. a servicio de inventario returns grpc status RESOURCE_EXHAUSTED when the tenant exceeds quota of 1000 SKUs per minute. what http status the client receives through the gateway? the partner dashboard shows only http codes so we need the mapping for the runbook",
  },
  {
    codes: [400],
    text: "equipo, duda: el servicio de pagos en grpc returns FAILED_PRECONDITION when the card is not activated yet. through grpc-gateway the REST client sees which HTTP status? we need to document for the partner bank, the REST client is the core banking team in another country so docs need to be exact",
  },
  {
    codes: [401],
    text: 'que onda, tenemos un endpoint GET /api/usuarios/me que devuelve datos del usuario. when the JWT signature is invalid (someone modified the payload), what should we return? some say 403 because is "forbidden" to tamper. pero no se. using fastapi with python-jose',
  },
  {
    codes: [410],
    text: "hola! en nuestro sistema de historias clinicas (healthcare) el medico pide un examen con id 44512 que fue borrado permanentemente por politica de retencion de 10 años. we know it existed and will never come back. 404 or 410? we want clients to remove the bookmarks",
  },
  {
    codes: [304],
    text: "buenas tardes, pregunta sobre conditional requests. our CMS for media. client sends If-Modified-Since: Tue, 01 Oct 2024 10:00:00 GMT and the article was not modified since then. which status and should we include the body? we are on django 4.2 with ConditionalGetMiddleware",
  },
  {
    codes: [417],
    text: "hola equipo, we have an endpoint that accept `Expect: 100-continue` but our policy is to reject any upload bigger than 100MB before reading body. when the Expect header has some value we dont understand, like `Expect: foo`, what the server must return? que codigo es?",
  },
  {
    codes: [422],
    text: "que tal! en nuestra tienda online, el carrito tiene un limite de 50 items. when user tries to add the 51st item the request is valid syntax but violates business rule. today we return 403. reviewer says 403 is for permissions not for business rules. what is the right one?",
  },
  {
    codes: [407],
    text: 'hola, en nuestro proxy corporativo (squid) los devs reciben un codigo cuando intentan hacer npm install sin configurar credenciales del proxy. the message says "Proxy Authentication Required". what is the number for that and which header need to send to authenticate?',
  },
  {
    codes: [408],
    text: "buen dia! integramos un servicio de firma electronica. they return 408 after we open connection and send headers but the body arrives slow from our side because we stream a 200MB pdf over slow vpn. what does 408 mean exactly, server side timeout waiting for request?",
  },
  {
    codes: [200],
    text: "hola a todos, nuestra api de busqueda tiene endpoint que devuelve resultados paginados. when client asks page=9999 and there are only 12 pages, what is best? 404, 400, or 200 with empty list? nosotros retornamos 416 pero creo que es incorrecto porque no es range header",
  },
  {
    codes: [103],
    text: "buenas, nuestra app de pagos hace POST /transferencias y el backend tarda. we want to send early hints to browser to preload css and js of the confirmation page while server think. which informational status is for this? we use cloudflare in front, does it support?",
  },
  {
    codes: [503],
    text: "equipo, tenemos un microservicio que depende de otro que esta totalmente caido (circuit breaker abierto). what should our service return to the caller while the breaker is open? 500, 502, 503? queremos que los clientes reintenten luego. resilience4j config wait 30s",
  },
  {
    codes: [404],
    text: "hola, duda de semantica. in our admin panel of multi-tenant SaaS, tenant admin of tenant 12 calls GET /tenants/45/users. we don't want to reveal that tenant 45 exists at all for security. what code is common to hide existence? github does something like this for private repos",
  },
  {
    codes: [400],
    text: "que tal gente. we have a weird client: smart TV app that sends HTTP/1.0 requests without Host header to our media api. server returns 400. is that correct? the RFC say anything about missing Host in http/1.1? the TV manufacturer firmware from 2016 cannot be updated by us",
  },
  {
    codes: [300],
    text: "hola! tengo una pregunta sobre 300 Multiple Choices. our media api can return the same video in 3 formats (hls, dash, mp4) and we think to return a list of choices when client doesn't specify. is 300 used in practice or better choose one default and return 200?",
  },
  {
    codes: [302],
    text: "saludos, en la migracion de nuestro dominio viejo tienda-vieja.com a nuevatienda.com for 6 months we keep both, and later maybe we revert. temporary redirect for GET pages only. which code google recommends for temporary? el equipo de SEO pide confirmacion antes del lunes, son como 20 mil paginas",
  },
  {
    codes: [421],
    text: 'equipo tengo duda. when our API receives a request via https to a hostname that our server is not configured for (shared TLS cert with SAN, HTTP/2 connection reuse, wrong vhost), envoy replies with some 4xx. which code is meant for "misdirected request"?',
  },
  {
    codes: [409],
    text: "hola, nuestro servicio de subida de videos usa tus protocol (resumable upload). we saw server returns 460 and 412 in some cases. but the question: when client sends a chunk with wrong Upload-Offset (server has 1048576 bytes and client says 2097152), what code is correct per tus spec?",
  },
  {
    codes: [226],
    text: "buenas, quiero saber el significado del 226 IM Used. our colleague found it in an old rfc for delta encoding. does anybody use it today? and what exactly would a server return it for? it appears in our internal http library enum and nobody knows why",
  },
  {
    codes: [202],
    text: "hola equipo, el modulo de auditoria de nuestra app bancaria: when auditor requests logs for a date range where the data is archived in glacier and will take 12 hours to restore, what to return? we accept the request and start restore. is 202 correct with a link?",
  },
  {
    codes: [422],
    text: "bonjour à tous, petite question. sur notre API de e-commerce, quand un client fait un POST /commandes avec un panier vide, le JSON est correct syntaxiquement mais il n'y a aucun article. aujourd'hui on renvoie 500 parce que le service de calcul de TVA plante sur division par zero. quel code est le bon selon vous? we want to fix it before the sprint demo",
  },
  {
    codes: [401],
    text: "salut, on a un souci avec notre API de dossiers médicaux. the client is authenticated but his session of 2FA is not done yet (step-up auth required to see sensitive data like diagnosis). what status should we return to force the reauth with higher level? on hésite entre 401 et 403",
  },
  {
    codes: [410],
    text: "bonjour, question sur les webhooks. our SaaS send webhooks to customer endpoints. when the customer endpoint responds 410 Gone, what should we do? stripe seems to disable the endpoint. what exactly means 410 in this context, is it permanent? we send ~2M webhooks per day",
  },
  {
    codes: [200, 204],
    text: "hello la team, j'ai une question. notre service de stockage de fichiers répond 201 quand on crée un fichier avec PUT /files/rapport.pdf et il n'existait pas avant. si le fichier existait déjà et on l'écrase, what code should PUT return? on renvoie 201 dans les deux cas maintenant",
  },
  {
    codes: [503],
    text: "coucou, quick q. nous utilisons Traefik devant nos services. quand aucun backend n'est healthy pour la route /api/paiement, Traefik renvoie quel code? on voit aussi ALB renvoyer quelque chose quand pas de target healthy. I want to set alerting on it",
  },
  {
    codes: [422],
    text: "bonjour, on implemente un service de géolocalisation pour la logistique. le client envoie des coordonnées latitude=95.4 (hors limites -90..90). le JSON est bien formé. mon collègue dit 400 mais moi je pense 422. which one would an experienced API designer choose? merci d'avance",
  },
  {
    codes: [408],
    text: 'salut, question bête peut-être. dans nos logs HAProxy on voit des "408" en masse sur le port 80, surtout depuis des IP de healthcheck qui ouvrent une connexion TCP et ne envoient rien pendant 10s. c\'est normal? what means 408 exactly from haproxy side?',
  },
  {
    codes: [202],
    text: "hello, on a un service de facturation. quand un client demande GET /factures/2024-0012.pdf mais le fichier est en cours de génération (prend 40s), on renvoie 404 jusqu'à ce qu'il soit prêt. ce n'est pas terrible. what is better status for \"resource is being created, not available yet\"?",
  },
  {
    codes: [415],
    text: "bonjour, dans notre API de gestion de parc IoT, la mise à jour de firmware se fait via PATCH /devices/{id}. si le client envoie un JSON Patch (application/json-patch+json) mais on supporte seulement merge-patch, quel code? and should we send Accept-Patch header in response?",
  },
  {
    codes: [401],
    text: "salut, sur notre plateforme SaaS multi-tenant, un utilisateur supprimé (compte désactivé par l'admin) essaie de se connecter avec un token encore valide 20 minutes. on renvoie quoi? 401 ou 403? the token itself is valid signature wise, on utilise keycloak et un cache de session de 30 minutes côté gateway",
  },
  {
    codes: [301],
    text: "bonjour, question sur les codes 3xx. notre CDN renvoie des 302 pour les images qui ont été déplacées vers un nouveau bucket S3 pour toujours. le SEO dit qu'on perd du ranking. lequel on devrait utiliser pour un déplacement définitif des images?",
  },
  {
    codes: [402],
    text: 'salut tout le monde, besoin d\'aide. notre API de paiement renvoie 200 mais le corps de réponse contient `{"error": "card_declined"}`. le partenaire demande un code HTTP approprié pour carte refusée par la banque. 402 est-il acceptable ici? stripe renvoie quoi pour card declined?',
  },
  {
    codes: [200],
    text: "bonjour, question sur le cache. notre API de catalogue produit renvoie des listes. un collègue veut utiliser 204 pour une liste vide au lieu de 200 avec []. est-ce que c'est correct? les clients mobiles plantent parce qu'ils attendent un tableau JSON. please advise",
  },
  {
    codes: [426],
    text: "salut, on fait un serveur de jeux multijoueur. le client ancien (version 1.8) appelle notre API qui nécessite maintenant HTTP/2 ou websocket. on veut dire au client qu'il doit changer de protocole avec header Upgrade. quel code? c'est pour forcer la mise à jour de protocole",
  },
  {
    codes: [502],
    text: "hello, notre portail d'authentification (SSO SAML) tombe en erreur quand l'IdP Okta est down. notre SP ne peut pas valider l'assertion. on affiche 500 mais c'est la faute de l'IdP. quelle est la réponse la plus juste à notre utilisateur? 502? 503? on veut un seul code pour la doc",
  },
  {
    codes: [501],
    text: "bonjour, on a un endpoint de recherche full text qui accepte POST /search avec le body. maintenant on veut aussi supporter la méthode QUERY (draft IETF). quand un serveur ne connait pas du tout la méthode QUERY, il doit répondre quoi? 405 ou 501?",
  },
  {
    codes: [429],
    text: "salut l'équipe, notre backend mobile (firebase + cloud run) renvoie parfois \"429 Too Many Requests\" mais on n'a aucun rate limit configuré. est-ce que c'est Google qui le renvoie? qu'est-ce que ça veut dire exactement et que doit faire l'app? 1200 users concurrently",
  },
  {
    codes: [429],
    text: "bonjour, notre app de livraison appelle l'API de géocodage Google. on dépasse le quota journalier de 40000 requêtes et on reçoit une erreur. le quota journalier épuisé, c'est quoi le code le plus logique? 429 ou 403? google renvoie parfois 403 OVER_QUERY_LIMIT je crois",
  },
  {
    codes: [203],
    text: "bonjour, dans notre API de transfert de fichiers on veut prévenir le client que le contenu renvoyé est une représentation modifiée par notre proxy de compression d'images (webp au lieu de jpeg) qui n'est pas l'origine. il y a un code 2xx pour ça non?",
  },
  {
    codes: [503],
    text: "salut, dans notre microservice d'abonnements, si la base postgres est en lecture seule pendant le failover (30 secondes environ), toutes les écritures échouent. on voudrait que les clients réessaient. 500 ou 503 avec Retry-After: 30? le failover RDS multi-AZ prend entre 20 et 60 secondes d'après AWS",
  },
  {
    codes: [409],
    text: 'Hallo zusammen, kurze Frage. In unserem Shop-Backend haben wir einen Endpunkt POST /api/warenkorb/checkout. Wenn der Artikel inzwischen ausverkauft ist (Lagerbestand 0), geben wir aktuell 404 zurück weil "Artikel nicht verfügbar". The article exists though, only stock is 0 and the order can\'t be completed. welcher Code passt besser? Kollege meint 409, ich 422',
  },
  {
    codes: [204],
    text: "moin, we have an IoT gateway in our factory which sends sensor data via HTTP POST to our backend on port 8443. our backend returns 201 for each measurement but we never expose the measurement as resource, there is no GET for it. is 201 then wrong? what to return when we just store it and nothing to give back?",
  },
  {
    codes: [495],
    text: "servus, noch eine nginx Frage. in unserem access log steht 495 bei einigen Partnern wenn ssl_verify_client on ist. Das Zertifikat ist abgelaufen seit 3 Tagen. was bedeutet 495 genau? it's not in IANA list, der Partner sagt das Zertifikat wurde schon erneuert aber nicht eingespielt",
  },
  {
    codes: [497],
    text: 'Hallo Team, unsere Kunden rufen manchmal https-Port mit plain http auf, also http://api.example.de:443/ und nginx antwortet mit "400 The plain HTTP request was sent to HTTPS port". in den Logs steht aber ein anderer code. which one is it and what does it mean?',
  },
  {
    codes: [409],
    text: "Guten Tag, wir bauen eine Admin-Oberfläche für Mandanten (multi-tenant SaaS). Wenn ein Admin versucht, den letzten Owner eines Mandanten zu löschen, verbietet das die Geschäftslogik (mindestens 1 Owner muss bleiben). Aktuell 500 wegen Exception. Was wäre richtig? 409 oder 422 oder 403?",
  },
  {
    codes: [422],
    text: "hi zusammen, wir haben in unserem Medien-Upload-Service eine Virenprüfung. wenn die hochgeladene Datei (PDF, 3 MB) einen Virus enthält, welcher Status ist angebracht? Die Anfrage ist technisch korrekt aber der Inhalt wird abgelehnt. Kollege schlägt 406 vor, bin mir nicht sicher, das ist doch für Accept header?",
  },
  {
    codes: [404],
    text: "Moin, kurze Frage zu unserem Logistik-Tracking. Wenn ein Paket mit ID 00340434161094042557 gesucht wird, das erst in 2 Stunden im System angelegt wird (Daten kommen per Batch vom Carrier), ist 404 dann korrekt? Das Paket existiert noch nicht in unserem System, aber bald",
  },
  {
    codes: [200],
    text: "Servus zusammen, in unserer Gaming-Plattform haben wir Achievements. Der Spieler ruft POST /achievements/claim auf, aber das Achievement wurde schon beansprucht. das zweite mal also. wir wollen idempotent sein. was ist best practice: nochmal 200 mit dem gleichen Ergebnis oder 409?",
  },
  {
    codes: [413],
    text: 'Guten Morgen. Unser API-Gateway (Kong) hat ein Plugin "request-size-limiting" mit 10 MB Grenze. Wenn ein Kunde 25 MB JSON sendet, was kommt zurück? und ist das RFC-konform? der Kunde meint er bekommt 400. wir wollen den Code in die Doku schreiben',
  },
  {
    codes: [204],
    text: "hallo, frage zu CORS. der Browser sendet preflight OPTIONS an unsere API und wir antworten mit 405 weil OPTIONS nicht implementiert ist im Controller. dadurch schlägt alles fehl. welcher Status sollte das erfolgreiche Preflight haben? 200 oder 204? egal? wir benutzen ASP.NET Core 8 mit minimal APIs",
  },
  {
    codes: [400],
    text: "Hallo Leute, wir haben einen SOAP-Service für Versicherungen, und der Kunde sendet XML mit Encoding ISO-8859-1 aber Header sagt UTF-8. Parser scheitert. aktuell 500. Bitte was wäre korrekt? ist das ein Client-Fehler? Der Kunde ist eine große Versicherung, also sollte die Antwort auch RFC-konform begründet sein",
  },
  {
    codes: [303],
    text: "Guten Tag, unsere Zahlungsstrecke benutzt 3-D Secure. Nach der Bank-Authentifizierung macht die Bankseite einen POST zurück zu unserer return_url. Wir wollen dann auf /bestellung/bestaetigt weiterleiten und der Browser soll GET nehmen. Welcher Redirect-Code ist richtig nach dem POST? aktuell nutzen wir 302 und der Browser macht GET, aber ist das Zufall?",
  },
  {
    codes: [404],
    text: "Hallo, kurze Frage: Unsere API liefert PDFs aus dem S3-Bucket. S3 gibt uns 403 AccessDenied zurück wenn das Objekt nicht existiert und wir kein ListBucket Recht haben. Für unseren Kunden wollen wir aber sauber kommunizieren, dass die Datei rechnung_2024_11.pdf nicht existiert. was sollen wir nach außen geben?",
  },
  {
    codes: [100],
    text: "moin moin, wir testen einen Server, der auf jeden Request mit 100-continue antwortet, auch ohne Expect Header. curl zeigt dann zwei Statuszeilen. ist das überhaupt erlaubt? was genau bedeutet 100 und wann darf der Server das senden? Server ist ein selbstgeschriebener Go-Proxy auf Port 9090",
  },
  {
    codes: [521],
    text: "Servus, Frage zu den Cloudflare-Fehlern. Wir sehen 521 auf unserer Seite. Origin-Server ist unser Hetzner Root mit Docker, nginx auf Port 80 lauscht aber firewall blockiert cloudflare IPs vermutlich. was ist 521 genau? der Server lief gestern noch, heute nach Kernel-Update nicht mehr",
  },
  {
    codes: [520],
    text: 'hallo, cloudflare zeigt 520 "Web server is returning an unknown error". unser origin gibt eigentlich 200 zurück aber mit sehr großen Headern (ca. 40KB Set-Cookie). kann das 520 auslösen? was bedeutet dieser Code allgemein? der Fehler kommt nur auf der Login-Seite, nicht auf statischen Seiten',
  },
  {
    codes: [400],
    text: 'Guten Tag, unser Medien-Upload nutzt multipart/form-data. Wenn das Feld "file" ganz fehlt, geben wir 500 (NullPointerException). Was ist richtig? nur der Vollständigkeit halber, wir haben Spring Boot 3.2 und MissingServletRequestPartException, der Client ist eine alte iOS-App Version 3.4, die das Feld manchmal vergisst',
  },
  {
    codes: [202],
    text: "Servus, wir haben in unserer Versicherungs-API einen Endpunkt der eine Policy bei einem Drittanbieter anlegt. Der Drittanbieter hat die Anfrage angenommen und gibt uns eine Referenz aber bestätigt erst in 24 Stunden. Was sollen wir unserem Client geben? 201 mit Referenz oder 202?",
  },
  {
    codes: [103],
    text: "hallo, in unserem Sprachassistent-Backend (IoT Lautsprecher) verwenden wir HTTP/2 server push nicht mehr. Stattdessen 103 Early Hints mit Link preload für die JS Bundles. Frage: darf der Server mehrere 103 vor dem finalen 200 senden? und was heißt der Code genau?",
  },
  {
    codes: [409],
    text: '请教一下, our company SaaS admin have API to change tenant subdomain. if new subdomain "acme" already taken by other tenant, what code? we return 400 with message "subdomain exist". colleague say 409 but 422 also possible. please give one answer for our api guideline doc',
  },
  {
    codes: [422],
    text: 'hello, in our payment system, we call bank api and bank api return us http 200 but the body have error code "E1002 insufficient balance". now our front end need a status code from our api. what should our api return to our app for insufficient balance? thanks a lot',
  },
  {
    codes: [499],
    text: "hi guys, we use aliyun SLB in front of our service. the access log show status 499 for many request from mini program client. client timeout is 5s. what is 499 and is it from nginx or from SLB? because SLB is based on tengine i think",
  },
  {
    codes: [415],
    text: '大佬们, quick question. our media upload service receive image with content type image/heic from iPhone. we only support jpeg png webp. currently return 400 "format not support". which code is more specific for unsupported media format of the upload body?',
  },
  {
    codes: [504],
    text: "hello team, we meet the problem: our API of search returns results too slow, over 30s, and the ingress nginx in k8s return error to client. the error code in ingress log is 504 but upstream (our pod) log show 200 after 35s. why it happen and is 504 correct for this situation?",
  },
  {
    codes: [409],
    text: 'hi, 我们 logistics system have API to update waybill status. when the waybill is already "delivered" and driver app try to update to "in transit", it is invalid state transition. what status code? some people suggest 400, some 409, some 422. we want to follow RFC semantic',
  },
  {
    codes: [401],
    text: "hello, our iot platform device register API: device send serial number and secret. if the serial number format is correct but secret is wrong, what code should we return? device firmware currently retry forever when got 500. we want to make firmware stop retry on auth failure",
  },
  {
    codes: [412],
    text: 'hi, we have a healthcare app and hospital system API send us HL7 FHIR resources. when the FHIR Patient resource has version conflict (we use If-Match with version id W/"3" but server has W/"5"), what status FHIR server return? our HAPI FHIR server return 412 i think, is it right?',
  },
  {
    codes: [421, 404],
    text: "hello, in our SaaS we support custom domains. sometimes the cert not ready yet and customer access by https, our edge return some error. but question: when a request for domain that is not belong to any tenant arrive to our server (host header unknown), which code is best? nginx default server return 444 now",
  },
  {
    codes: [502],
    text: 'hi, can somebody help to explain this log line: `upstream prematurely closed connection while reading response header from upstream, client: 10.2.3.4, server: api.xxx.com, request: "POST /api/v1/pay HTTP/1.1", upstream: "http://10.0.5.12:8080/api/v1/pay"`. what status code nginx return to client in this case? happens around 40 times per hour',
  },
  {
    codes: [504],
    text: 'hello, our bank app use grpc-gateway for REST. when backend grpc return DEADLINE_EXCEEDED because core banking slow more than 10s, what HTTP code the mobile app see? i want to handle it in app and show "please try again", we need to show a different message than for validation errors',
  },
  {
    codes: [503],
    text: "hi all, our grpc service return UNAVAILABLE when redis cluster is failover. through grpc-gateway, what HTTP status the caller see? we want to configure retry in the client sdk only for that code, failover takes about 15 seconds usually, sometimes a bit more in peak hours",
  },
  {
    codes: [502],
    text: 'hi, I have a question. our mini program call our API and API call wechat pay. wechat pay return "SYSTEMERROR" and we map to 500. but the problem is from wechat side not our side. which code is more accurate, we want our monitoring can separate our bug and upstream bug',
  },
  {
    codes: [403],
    text: "你好, our video platform want to block some content in certain countries because of copyright license only available in china mainland, not legal reason, just license. 451 is suitable? or 403 better? 451 is only for legal demand from government i think",
  },
  {
    codes: [405],
    text: 'hello, when our server receive request with HTTP method "PATCH" on /orders/123 but PATCH route not exist for this resource, only GET and PUT, what code we return and what header we must include? the junior return 404, and Allow header too?',
  },
  {
    codes: [204],
    text: 'hi, we have api document say "204 No Content" for successful update. but our frontend developer ask: if there is 204, can we also return body with updated object? what is rule for body in 204? we use golang gin',
  },
  {
    codes: [404],
    text: "大家好, our web app after deploy new version, old browser tab send request to old chunk js file /static/js/main.8f3a2.js which is deleted now. it return 404. but maybe 410 better? we don't want browser retry. which one correct? around 2000 errors per hour after each release",
  },
  {
    codes: [409],
    text: 'hello, question about API design. our e-commerce platform seller want to delete a product, but product still has unfinished orders (2 orders in shipping). we don\'t allow delete. what status? leader want 403 forbidden because "not allowed". i think 409 better. who is right?',
  },
  {
    codes: [429],
    text: "hi, 请问 our api when user send too many login attempts with wrong password (5 times in 10 minutes) we lock the account for 30 minutes. during lock period, login request return which code? 423 Locked? 429? 403? want the client show countdown",
  },
  {
    codes: [200],
    text: 'hi, 我们的 search API return JSON array of results. sometimes the elasticsearch cluster is red status and query partial shards fail. we still get partial results. we return 200 with "partial": true. is this ok? or should be 206 Partial Content?',
  },
  {
    codes: [202],
    text: "hi, 我们 have a API for upload excel to import users. excel have 10000 rows, and the process will take 3 minutes. we return 200 after all done but client timeout. better to return what immediately and let client query progress?",
  },
  {
    codes: [422],
    text: "chào mọi người, em có câu hỏi. our e-wallet app (like momo) has API top-up. when the user top-up with amount 0 or negative amount -50000 VND, json is correct but amount invalid. we return 500 because db constraint error. what code should be? em nghĩ là 400 nhưng anh lead nói 422",
  },
  {
    codes: [413],
    text: "hi anh chị, in our logistics app, shipper upload photo proof of delivery. file size is 8MB but limit of our API is 5MB. we use nestjs with multer, and it return some error. what status multer/nest throw for file too large by default and is it correct as RFC?",
  },
  {
    codes: [401],
    text: "hello team, em hỏi chút. our bank app login with OTP. when user enter OTP wrong 3 times, we return 400. when OTP expired after 120 seconds, also 400. reviewer say should be 401 for wrong OTP. which is more correct for wrong OTP code in login flow?",
  },
  {
    codes: [401],
    text: "xin chào, we have webhook receiver for shopee and lazada order events. if the signature HMAC in header X-Signature is invalid, what status we return so they know? 401 or 403? we don't want them retry forever, they retry 16 times with backoff now",
  },
  {
    codes: [410],
    text: "chào các anh, our game backend has leaderboard API. when the season is ended and data archived, the client still call GET /leaderboard/season/12. season 12 data deleted forever. em muốn return code gì để client biết không còn nữa và không retry?",
  },
  {
    codes: [409],
    text: "hi, our healthcare booking system: patient book appointment slot at 9:00, but the doctor already cancel this slot 1 minute before. the slot id 33021 exist in DB with status cancelled. book request should return what? 404, 409 or 410?",
  },
  {
    codes: [200],
    text: 'hi mọi người, our server return "HTTP/1.1 200 Connection established" when client use CONNECT through our forward proxy. is 200 correct for CONNECT tunnel success? the android client think it is normal response and try to parse body, and why no body?',
  },
  {
    codes: [302, 303],
    text: "chào anh, about redirects in our SSO. after user login successfully at sso.company.vn, we redirect back to app.company.vn with authorization code in query. OAuth spec example use 302. is 302 correct or should we use 303? the login was POST",
  },
  {
    codes: [523],
    text: "hi team, we saw in cloudflare dashboard many error 523 from our origin. origin is on AWS EC2 with elastic IP, recently we change the IP and maybe DNS record still old. what does 523 mean? because ttl was 1 day",
  },
  {
    codes: [525],
    text: "hello, em có câu hỏi về 525. after we renew the origin certificate on our nginx, cloudflare show 525 for all users of our e-commerce site. what is the meaning of 525 exactly, different from 526? the cert is from let's encrypt, 90 day validity",
  },
  {
    codes: [504, 503],
    text: 'xin chào, our IoT smart lock API: when the lock device is offline (no heartbeat for 5 minutes) and user call POST /locks/881/unlock, we cannot reach the device. our server is ok. what code should API return? 503 or 504 or 502? we want the app show "device offline"',
  },
  {
    codes: [422],
    text: "hi, our payment API have endpoint POST /payments and client send the same request twice with same Idempotency-Key but different body (amount 100000 vs 200000). stripe return 400 for this i think. IETF draft for idempotency key say what code for mismatched payload?",
  },
  {
    codes: [403],
    text: 'xin chào team, our CDN (bunny) return 403 when hotlink protection block other website embed our video. but the body say "Forbidden referrer". is 403 the correct code for hotlink block? some CDN return 404 for this i saw, thanks',
  },
  {
    codes: [409],
    text: 'hello mọi người, our event ticket api: user try to buy ticket of event that is sold out. the event exist, seat map exist, but 0 seat left. we return 404 "no seat". my lead say it is wrong. which is right one?',
  },
  {
    codes: [401],
    text: "chào các anh chị, có ai biết không: our API return status 302 to json client when session expired (because spring security redirect to /login page). the react app get html of login page instead of json error. what should API return for session expired to XHR client?",
  },
  {
    codes: [403],
    text: 'hello, our storage service use presigned URL with expiry 15 minutes. when user open link after expiry, S3 return 403 with "Request has expired". is 403 correct for expired signed url or should it be 401 or 410? i need to write in our doc what user will see',
  },
  {
    codes: [409],
    text: "cześć, mam pytanie. in our e-commerce (allegro-like) we have endpoint to change shipping address of order 771234. when order is already shipped, changing address is impossible. we return 400 now. but the request is fine, it's the state of order. what code would you pick? dzięki z góry",
  },
  {
    codes: [308],
    text: "cześć wszystkim, we run a kafka-backed webhook dispatcher. the customer endpoint returns 301 redirect to https version of their url. our http client doesnt follow redirects for POST. what does 301 for a POST mean and what should the customer configure instead so the POST is preserved?",
  },
  {
    codes: [409],
    text: "hej, pytanie o nasz backend gier mobilnych. when player sends purchase receipt from google play for validation, and the receipt is already used (refund fraud, same token used twice), we return 400. is 409 better? token id like GPA.3341-2210-0901-44121, thanks",
  },
  {
    codes: [429],
    text: "cześć, nasza aplikacja logistyczna wysyła zapytania do API kuriera. we see `HTTP/1.1 429` with header `Retry-After: 3600`. our scheduler retries every 60s, so we get banned. what exactly this means and how long to wait? the courier API is for label printing",
  },
  {
    codes: [307],
    text: "hej, question about 308 vs 307. our auth service moves /oauth/token temporarily to other cluster during migration window (like 3 hours). clients do POST with client credentials. which keeps POST and is temporary? and why not 302? clients are java and python services",
  },
  {
    codes: [400],
    text: "siema, mamy problem z naszym API do upload plików (media upload). client sends chunk with Content-Range: bytes 0-1048575/5000000 on PUT, our server doesn't support partial PUT. what code to return? RFC 9110 says something about Content-Range in PUT i think",
  },
  {
    codes: [404, 410],
    text: "cześć, w naszym panelu admina multi-tenant: admin usuwa tenant, a potem ktoś robi GET /tenants/81. we soft delete for 30 days and then hard delete. during those 30 days, what code? after 30 days, what code? ok just first one pls, during soft delete period",
  },
  {
    codes: [102],
    text: "cześć, mam pytanie o HTTP 102 Processing. our legacy webdav server sends 102 during long COPY operation of 50GB folder. clients (windows explorer) behave strange. what 102 means and is it deprecated? it also shows up as unknown status in our apm tool datadog",
  },
  {
    codes: [400],
    text: 'dzień dobry, in our SaaS the public API requires `X-Api-Version` header. if client sends version "2019-01-01" which we no longer support (sunset), what code should we return? 400? 410? 406? customers got 6 months notice before the sunset date, emails sent in january',
  },
  {
    codes: [208],
    text: "cześć, co znaczy kod 208 Already Reported? spotkałem go w dokumentacji webdav binding extension. czy ma sens w REST API dla naszego katalogu produktów gdzie produkt jest w wielu kategoriach? kolega z zespołu katalogu chce to użyć zamiast zwykłego 200 w odpowiedzi multistatus",
  },
  {
    codes: [202],
    text: 'cześć, w naszym systemie rezerwacji hotelowej (pokój 404 w hotelu Kraków, lol) klient płaci za pokój. bramka płatności PayU zwraca nam 200 ale status płatności "PENDING". what should our API return to the mobile app while payment pending? 202? pending can last up to 10 minutes',
  },
  {
    codes: [400],
    text: 'siema, nasza gra ma endpoint GET /players/{nick}. nick z polskimi znakami "Łukasz" w URL bez encoding i tomcat zwraca 400. is that correct or should server accept? what code is for invalid characters in request target? the client is a unity game on steam',
  },
  {
    codes: [403],
    text: "merhaba arkadaşlar, bir sorum var. our e-commerce (like trendyol) product review API: user tries to write review for product he never bought. business rule says only buyers can review. we return 400 now. is 403 better because he is not allowed? user is logged in normally, token valid",
  },
  {
    codes: [403],
    text: "selam, in our fintech app, KYC not completed users can't send money more than 1000 TL. when such user tries 5000 TL transfer, which code? 403 or 422? the transfer request itself is valid json and amount is valid number",
  },
  {
    codes: [422],
    text: "merhaba, our logistics company has an API for couriers. courier app sends location every 5 seconds, but sometimes timestamp in payload is in the future (phone clock wrong by 2 hours). we reject the point. 400 or 422? kolay gelsin",
  },
  {
    codes: [502],
    text: "hi ekip, we have nginx + php-fpm. when php-fpm pool is full (pm.max_children = 50 reached) nginx gives error after some time. in log: `connect() to unix:/run/php/php8.2-fpm.sock failed (11: Resource temporarily unavailable)`. what status does client receive in this case?",
  },
  {
    codes: [409, 403],
    text: 'selamlar, our gaming platform has tournament registration. registration closes at 18:00, user tries at 18:05. tournament still exists, but registration closed. we return 410 Gone now because "registration is gone". does that make sense or wrong usage? the ui shows "gone" message now',
  },
  {
    codes: [201],
    text: "merhaba arkadaşlar, our API docs say we return 201 when user signs up. but if email verification is needed and account is not active yet, is 201 still correct or 202 because not fully done? account row is created in db with status PENDING",
  },
  {
    codes: [204],
    text: "selam, our IoT backend receives MQTT bridged to HTTP. when device sends firmware update check GET /firmware/latest?model=TK-300 and there's no newer version than current, what should we return? 204 or 304 or 404? device sends current version 4.2.1 in query",
  },
  {
    codes: [503],
    text: "merhaba, question about Retry-After. we return 503 during deploy with Retry-After: 120. but some clients send requests every second anyway. is there any code that forces client to wait more? or 503 is the best we can do for maintenance?",
  },
  {
    codes: [409],
    text: "مرحبا, we have banking API and question about account closure. customer sends DELETE /accounts/IBAN-SA03800000006080... but account has remaining balance 250 SAR. business rule doesn't allow closing account with balance. we return 403. my manager say 409 is better. who is right?",
  },
  {
    codes: [402],
    text: "السلام عليكم team, our e-commerce in Saudi, payments via mada. when customer card 3DS authentication fails (wrong OTP at bank page), our API returns 500. what code is right for failed 3DS payment authentication from user side? 402? mada is a local debit scheme",
  },
  {
    codes: [400],
    text: "hi guys, our API gateway in front of microservices returns 500 when a client sends `Transfer-Encoding: chunked` and `Content-Length` both. security team said it's request smuggling risk. what status should the server respond with for this ambiguous framing? our gateway is written in rust",
  },
  {
    codes: [401],
    text: "السلام عليكم, question: our SaaS has API keys. when client uses API key that was revoked by admin yesterday, we return 403. colleague say 401 because credential is invalid now. which is correct per RFC? key format sk_live_xxx, about 300 such calls per day",
  },
  {
    codes: [401],
    text: "hello team, our SSO with SAML. after IdP logout, the SP calls our API with cookie that was invalidated. the API redirects (302) to IdP login. for XHR calls from our SPA, what is better code instead of redirect? we want the SPA to handle it",
  },
  {
    codes: [409],
    text: "hi all, in our IoT fleet API, device calls PUT /devices/TRK-0042/config with firmware version 1.x but config schema v3 needs firmware 3.x. the server cannot apply because the device precondition (firmware) not met. 412? 409? 422? we dont use If-Match headers at all",
  },
  {
    codes: [499],
    text: "hello, we are confused: our nodejs app returns `HTTP 400` with body \"request aborted\" when mobile users cancel upload midway. express/raw-body throws BadRequestError 'request aborted'. is 400 right? client already gone anyway, what would nginx log in similar case? thanks",
  },
  {
    codes: [503],
    text: 'مرحبا, في شركتنا we have a payment callback from bank, and the callback arrives before our order record is committed (race, ~200ms). we return 404 and bank retries after 5 min. is there better code to signal "retry soon"? maybe 503 with Retry-After? or 425?',
  },
  {
    codes: [400],
    text: "hi, our admin dashboard fetches `/api/reports/daily?date=2024-13-45`. date is invalid (month 13). we return 500 because of parse exception in moment.js. what should it be? i know 500 is wrong 😅, the frontend has a date picker but some partners call the API directly with scripts",
  },
  {
    codes: [400],
    text: 'merhaba, bir şey soracağım. our server returned "HTTP/1.1 418 I\'m a teapot" to the load test tool k6 because developer left a joke in fallback handler. but actually the load tester sent malformed json. what should it have returned? lol',
  },
  {
    codes: [305],
    text: "selam, what is meaning of 3xx 305 Use Proxy? it appears in old java library docs for our corporate integration. do browsers still support it? should we ever use it? the library is from 2009 and nobody remembers why it is there, we want to clean up the enum",
  },
  {
    codes: [429],
    text: "hi team, our SaaS has API rate limits per plan and we use header X-RateLimit-Remaining. when client exceeds monthly quota (not per second but 100000 calls/month), 429 or 402 or 403? customer must buy more calls, limits reset at start of each calendar month",
  },
  {
    codes: [424],
    text: 'hi team, in our webdav based document system (healthcare records), a PROPPATCH changes 3 properties in one request. the first fails with 403, so the other two are not applied and they get a status in the multistatus body that means "failed because another one in same request failed". which code is that? seeing it in the XML',
  },
  {
    codes: [510],
    text: 'hello everyone, our storage gateway implements RFC 2774 extensions (very old, I know). when client request doesn\'t include the mandatory extension declaration that the policy requires, the server returns what? I saw "Not Extended" somewhere in old Apache docs, thanks',
  },
  {
    codes: [449],
    text: 'hi, our legacy SharePoint / IIS integration returns 449 on some requests from the Outlook add-in. the response says "Retry With". what does 449 mean in microsoft world and what client should do? we are porting this to .net 8',
  },
  {
    codes: [494],
    text: "namaste, nginx log is showing 494 for some request from one client which send very big JWT in Authorization header (around 16kb) plus cookies. we set large_client_header_buffers 4 8k. what does 494 mean and what client actually sees? and how to fix it",
  },
  {
    codes: [530],
    text: 'oi pessoal, nosso site no cloudflare começou a dar "error 530" com texto "1016 Origin DNS error" depois que mudamos o CNAME do origin para um load balancer novo. o que significa 530 no cloudflare? é a mesma coisa que 1016?',
  },
  {
    codes: [561],
    text: "hello, we are using AWS ALB with Lambda target for our checkout API. in ALB logs we see status 561 for some requests when the cognito authentication on listener rule fails to talk with IdP. what is 561 on ALB exactly?",
  },
  {
    codes: [527],
    text: "hola, usamos cloudflare argo tunnel / railgun antiguo con nuestro origin en OVH. ahora vemos error 527 en algunas páginas del checkout. que significa 527 y qué hay que revisar, el listener de railgun? el puerto es 2408, gracias por favor, es urgente",
  },
  {
    codes: [410],
    text: "cześć, nasza aplikacja telemedyczna: pacjent próbuje dołączyć do wizyty wideo id 771, ale lekarz zakończył już wizytę 10 minut temu i pokój jest zamknięty na stałe, nie wróci. the room resource existed, now permanently closed and we never reuse ids. which code fits best for joining permanently closed room?",
  },
  {
    codes: [410],
    text: "hallo, noch eine Frage: wir haben ein Ticket-System für Konzerte. Nutzer ruft POST /tickets/reserve auf, die Reservierung dauert bei uns max. 15 Minuten, dann verfällt sie. wenn er nach 20 Minuten mit der reservation_id 88-1922 bezahlen möchte, ist die Reservierung weg (wird gelöscht, ID nie wieder verwendet). Welcher Code für den Bezahl-Request?",
  },
  {
    codes: [410],
    text: 'chào anh, mobile app của bọn em: the API v1 endpoints are fully shut down since 1 march, all clients must move to v2. old app versions still call /v1/orders. the v1 path will never come back. what code should those old calls get so the app can show "please update"?',
  },
  {
    codes: [403],
    text: "dzień dobry, pracujemy z API banku (PSD2). we call GET /v1/accounts with a valid OAuth token, but the token was issued for PIS (payments) scope only, not AIS (accounts). bank returns some code. what would be correct for valid token but wrong scope?",
  },
  {
    codes: [415],
    text: "cześć, w naszym systemie medycznym mamy endpoint POST /recepty. the client sends JSON but with header `Content-Encoding: br` (brotli) and our server only supports gzip for request bodies. which code should we return for unsupported content coding in request? the client is a java app",
  },
  {
    codes: [405],
    text: "hej, pytanie: nasze API dostaje HEAD, GET i POST. a client sends `TRACE /api/users` and our security scanner complains that TRACE is enabled. if we disable it in the app, which status to return for TRACE when the resource exists but method disabled for security?",
  },
  {
    codes: [503],
    text: "hello team, we proxy requests from our edge to S3 for media downloads. for some objects S3 responds with `HTTP 503 Slow Down`. what does this exactly mean from S3 and what should our edge return to the end user, passthrough 503?",
  },
  {
    codes: [400],
    text: 'hi, our kotlin ktor server gives `HTTP/1.1 400 Bad Request` for a request with `Content-Type: application/json; charset=utf-8` and body `{"name": "test",}` (trailing comma). my colleague thinks it should be 422 because body is "unprocessable". which one is right for a json syntax error?',
  },
  {
    codes: [400],
    text: "hola, en la API de nuestro ERP los clientes hacen GET /clientes/55/facturas?desde=2024-01-01&hasta=2023-01-01 (fecha desde mayor que hasta). que codigo? no es error de sintaxis de la URL, es la logica de las fechas. ponemos 422 o 400 para query params?",
  },
  {
    codes: [200],
    text: "bonjour, on a un service qui renvoie le code 200 pour un POST de login réussi avec un token JWT dans le body. un collègue dit qu'il faudrait 201 parce qu'on \"crée une session\". qu'en pensez-vous? la session n'a pas d'URL propre, juste un token",
  },
  {
    codes: [404],
    text: "hi all, our API returns 404 when the user calls /api/v1/Users (capital U) instead of /api/v1/users. spring boot 3 trailing slash and case matching changed. is it correct behaviour per HTTP or should we redirect? i think 404 is legit but want to confirm",
  },
  {
    codes: [502, 503],
    text: "hey all, our order service in Go calls inventory service and gets `dial tcp 10.0.3.21:8081: connect: connection refused` during deployments for ~5s. our own handler then returns 500 to clients. what should our service return to ITS client in this situation since dependency is unreachable?",
  },
  {
    codes: [400],
    text: "hi, in our e-commerce search we allow sorting by field, `?sort=price_desc`. when client sends `?sort=colour` which is not supported sort field, what is the best status? 400 I guess but some people use 422. also is it ok to just ignore invalid sort and use default?",
  },
  {
    codes: [429],
    text: 'hello, question from mobile backend team in Pune: our API for OTP send has limit 3 per phone number per hour. the 4th request returns what? we return 403 "limit reached" and product wants timer in the app. we can send Retry-After: 2400',
  },
  {
    codes: [200],
    text: "merhaba, our webhook consumer returns 200 immediately and processes later. github-style. but stripe says non-2xx leads to retry. if our handler decides the event type is unknown (e.g. \"invoice.upcoming\" we don't subscribe), what should we return so they don't retry? 200 or 204 or 400?",
  },
  {
    codes: [415],
    text: "hi team, our IoT backend: device posts reading with `Content-Type: application/cbor` and we only parse json. which status? we log around 300 such per day from firmware 3.0.7 devices in germany. want the right code so device logs make sense",
  },
  {
    codes: [501, 400],
    text: "hello, our B2B SaaS exposes /api/export?format=parquet, but parquet export is a feature not built yet, maybe next year. format parameter is valid enum in spec but server side not implemented. 501 or 400 or 422? I know 501 is usually for methods",
  },
  {
    codes: [404, 204],
    text: "cześć, pytanie: nasze API do przechowywania plików pozwala na DELETE /files/{id}. kiedy plik jest już usunięty i klient ponownie wysyła DELETE (retry po timeoucie), co zwracać? 404 czy 204? DELETE ma być idempotentny, we want the behaviour documented so client sdk developers know what to expect",
  },
  {
    codes: [422],
    text: "hi, I work at a media company in Cairo. our image resize service gets request `/img/800x600/photo.jpg` but the origin image is only 400x300 and we don't upscale. we return 400 now. is that correct? url is valid, the operation just can't be done for this image",
  },
  {
    codes: [200],
    text: "hola, nuestro frontend de react hace fetch a la API y en Chrome sale \"blocked by CORS policy: No 'Access-Control-Allow-Origin' header\". el status en network tab del request real es 200 pero la app no lo puede leer. mi jefe pregunta si es un error 4xx. que le digo, cual es el status real?",
  },
  {
    codes: [402],
    text: "hi all, our payment provider returns `HTTP 402` for subscription renewal when the customer's card expired 2025-01. what is 402 really? RFC says reserved. is it legit for providers to use it? I want to map it in our billing service",
  },
  {
    codes: [403],
    text: 'selam, we use cloudflare and our origin returns 200, but users in one ISP see cloudflare "Error 1020 Access denied" page with http status 403 because of firewall rule. which code does client actually get with 1020 page? want to filter in logpush',
  },
  {
    codes: [422],
    text: 'hey @Status Bot, in our auth service when user tries to register with password "12345" which fails password policy (min 12 chars, 1 symbol), we return 400. PM asks if 422 is more correct. using express with joi. which one would you recommend for policy failures on a well formed body?',
  },
  {
    codes: [413],
    text: 'hi, chinese colleague here. our nginx returns `413 Request Entity Too Large` when upload apk file of 120MB to our internal app store. client_max_body_size is 100m. question: is "Request Entity Too Large" the current official name? RFC 9110 renamed it?',
  },
  {
    codes: [451],
    text: "hello, in our video game store, the client downloads DLC from CDN. when we yank a DLC due to a DMCA takedown notice from a rights holder, what status code should the CDN return for that asset path? it's legal reason, not just deleted",
  },
  {
    codes: [200],
    text: "guten Tag, in unserem CMS liefern wir Artikel in mehreren Sprachen aus. Client sendet `Accept-Language: ja` und wir haben keine japanische Version. Sollen wir 406 zurückgeben oder einfach Deutsch mit 200? was würde ein erfahrener API-Designer machen? unsere Nutzer sind hauptsächlich in DACH",
  },
  {
    codes: [403],
    text: 'chào, our SaaS has feature "switch organization". when user calls POST /session/switch-org with org id 17 that he is not member of, we return 404 to hide it. org 17 exists. but for org he is member but suspended by billing, what code?',
  },
  {
    codes: [103],
    text: "hello, curl with `-v` shows `< HTTP/2 200` then body, but before that `< HTTP/2 103` with link headers. the junior thinks server sent two responses and it's a bug in our go server. what does the first one mean?",
  },
  {
    codes: [200],
    text: "merhaba, our CDN config has `stale-if-error`. when origin returns 500, CDN serves stale copy with 200 and warning header. is 200 correct for serving stale content? just want to know what status client gets in this case, we use fastly",
  },
  {
    codes: [504],
    text: "hola, mi aplicacion de fintech llama al API de un buró de crédito y tarda 45 segundos, nuestro ALB tiene idle timeout 60 s pero el target timeout es 30s en la aplicación. que status ve el cliente movil cuando ALB corta por idle timeout del target?",
  },
  {
    codes: [412],
    text: "bonjour, sur notre API de stockage d'objets, le client envoie `If-Unmodified-Since` avec une date antérieure à la dernière modification de l'objet backup.tar (modifié hier à 14h). quelle réponse pour un PUT dans ce cas? c'est un PUT conditionnel classique pour éviter d'écraser une sauvegarde plus récente",
  },
  {
    codes: [429],
    text: 'hi, in our healthcare claims API, the insurer\'s system returns `HTTP 500` with body "Maximum request per day exceeded 10000". their status is obviously wrong. what should they have returned for a daily quota exceeded situation? we are only the client here',
  },
  {
    codes: [401],
    text: "selam, our e-commerce returns 302 redirect to /login for unauthenticated API calls because of asp.net cookie auth default. swagger shows 200 html. what should a JSON API return for not logged in? the swagger client and our angular SPA both get html instead of json",
  },
  {
    codes: [301],
    text: "hi, we host static docs on github pages behind our domain. some old docs URL give `HTTP/2 404` but the new location is known (we moved /v1/guide to /docs/v1/guide). we can add redirects with meta refresh only. which HTTP status would be ideal if we could control it? permanent move",
  },
  {
    codes: [400],
    text: "hi, our media upload service receives `PUT /uploads/abc` but with header `Content-MD5` mismatch vs the body (corrupted in transit). S3 returns BadDigest with 400. what's the most right code for checksum mismatch on upload? files are video chunks around 5MB",
  },
  {
    codes: [422],
    text: "hello, our backend in rails gives `ActionController::InvalidAuthenticityToken` on POST from mobile webview. what HTTP status rails returns for CSRF token invalid by default? django gives 403 i know, this happens only on iOS 17 webviews, not in Safari, maybe cookie issue but first I want the status",
  },
  {
    codes: [406],
    text: "hello team, java spring: `HttpMediaTypeNotAcceptableException: Could not find acceptable representation` appears when client sends Accept: text/csv to /reports/44. what status spring sends for this exception by default? the client is an excel plugin from finance team, they only want csv for their macros",
  },
  {
    codes: [400],
    text: 'hi, express app, when client sends malformed json `{"a":1` body-parser throws `SyntaxError: Unexpected end of JSON input`. what status express body-parser sets on that error? we see it in error middleware as err.status, we want to know what to send back in our custom error handler',
  },
  {
    codes: [401],
    text: "oi, no nosso django rest framework, quando o usuario nao manda token em um endpoint com IsAuthenticated e usamos TokenAuthentication, DRF retorna 401 ou 403? tenho visto os dois dependendo da config. com TokenAuthentication, qual? estamos no DRF 3.15 e python 3.12",
  },
  {
    codes: [504],
    text: "hola, en nuestro servicio de envios usamos API Gateway de AWS con timeout de integracion 29 segundos. cuando el backend tarda 35 s, que codigo recibe el cliente? queremos separar en las metricas entre timeout y errores de lambda, gracias",
  },
  {
    codes: [502],
    text: "مرحبا, question about AWS ALB: when the target (ECS task on port 8080) closes the connection before sending response or returns malformed HTTP, ALB returns which code? we see it spike during deploys of our payment service, thanks a lot guys",
  },
  {
    codes: [503],
    text: "hi, our ALB for e-commerce has all targets failing health check on /healthz (returning 500) after bad deploy. what does client receive from ALB when the target group has no healthy targets? want to confirm for postmortem, postmortem due tomorrow",
  },
  {
    codes: [403],
    text: 'namaste all, in our HRMS SaaS the employee payslip PDF URL was shared by mistake with `?token=...` and we rotated the signing secret. now old links give 403 from our cloudfront signed URL check. HR asks if "expired/rotated link" should be 401 since it is about credentials. what cloudfront returns and is that fine?',
  },
  {
    codes: [426],
    text: 'hello team, we have webhook for our partner and they keep calling with http:// on port 80 of our api domain which only serves https. we want them to be told "use TLS" via Upgrade header, not redirect. some docs mention 426 for this. is that right use?',
  },
  {
    codes: [100],
    text: "we ulpoad big video files to our go service with curl and i see curl print `< HTTP/1.1 100 Continue` before the real response. is the server supposed to send that? afaik curl adds Expect: 100-continue on its own above some size",
  },
  {
    codes: [100],
    text: "aws sdk for java puts `Expect: 100-continue` on s3 putObject. our fake s3 (flask) never answers with an interim status so the sdk waits ~1s before sending the body each time. what should the mock send first so the client continues immediately?",
  },
  {
    codes: [100],
    text: 'partner\'s client sends Expect header on huge PUTs. the server is supposed to look at auth headers and tell the client "ok go ahead send the body" before reading it. which status is that interim response',
  },
  {
    codes: [101],
    text: "my junior thinks the websocket request in devtools is failnig because it's not 2xx lol. it goes through ingress-nginx, then frames flow normally. what does that status mean actually? it shows 101",
  },
  {
    codes: [101],
    text: "behind an ALB our socket.io connection hangs; in the express app logs the handshake gets a 400 instead of switching protocols. what status should the server answer to `Upgrade: websocket` when everything is fine?",
  },
  {
    codes: [101],
    text: "writing a raw websocket server in go using Hijack (yes i know gorilla exists). after validating Sec-WebSocket-Key and computing the accept hash, what status line do i write back",
  },
  {
    codes: [102],
    text: "grepping apache mod_dav debug output i see an inetrim `102` during a PROPFIND with Depth: infinity on a huge tree. what does that even mean, never seen 1xx other than 100/101",
  },
  {
    codes: [102],
    text: "reading old webdav rfc 2518, there's an interim code the server sends during long COPY/MOVE so the client doesn't time out. it's deprecated now i think. which one is it",
  },
  {
    codes: [103],
    text: "we want the browser to start fetching css and fonts while the rails app is still rendering the page (slow db). heard about sendnig Link preload headers in an informational response ahead of the final 200. which status code is that",
  },
  {
    codes: [103],
    text: "node 18+ has res.writeEarlyHints(). what status line does it put on the wire? wanna verify it in wireshark before enabling it in prod",
  },
  {
    codes: [200],
    text: "graphql with apollo server, a resolver threw and the response contains `errors: [...]` plus partial `data`. what http status goes out in that case? the client team is confused whether to check status or the errors array",
  },
  {
    codes: [200],
    text: "PUT /users/42/preferences updates the existing prefs in place and we send back the updated object. whats the normal status for that?",
  },
  {
    codes: [200],
    text: "HEAD request to a file served by our django view. response must have no body but content-length etc. what status for HEAD when the file exsits",
  },
  {
    codes: [200],
    text: "grpc-gateway: my rpc returns status OK and the message gets serialized to json. which http code comes out of the gateway",
  },
  {
    codes: [200],
    text: "DELETE /carts/abc/items/7 and we respond w/ the updated cart json so the frnotend can re-render immediately. lead says DELETE must always be 204. is that true if we actually send a body?",
  },
  {
    codes: [200],
    text: "POST /payments/123/capture in our express api — capture happens synchronously, nothing new is created, we return the payment with status=captured. which code fits best",
  },
  {
    codes: [200],
    text: 'flask POST /login checks credentials and returns a jwt in the body, no new resource created. some people say 201 bc a token is "created". what do most apis use',
  },
  {
    codes: [200],
    text: "GET /reports/2023/summary computes data on the fly (~200ms), returns json, no caching. just double checking it's plain 200 and not 203 or something since the data is dervied",
  },
  {
    codes: [200],
    text: "hey quick one. spirng boot @PatchMapping on /accounts/{id} does a partial update synchronously (no queue, nothing async) and returns the updated AccountDto. junior put ResponseEntity.accepted() on it... i think thats wrong, what should it be",
  },
  {
    codes: [201],
    text: "PUT /files/report.pdf where the file did not exist beofre so we created it on disk. for updates we return 200, but for this case what's the expected code?",
  },
  {
    codes: [201],
    text: "fastapi: `@app.post('/items')` returns the created item but swagger shows 200 as the success response. which status_code should i set for cretaing stuff?",
  },
  {
    codes: [201],
    text: "go net/http handler inserts a row in postgres and returns the new id. currently doing w.WriteHeader(http.StatusOK). should it be something else, and should i set Location?",
  },
  {
    codes: [201],
    text: "rails scaffold does `render json: @post, status: :created, location: @post`. what number is :created? need it for the openapi spec",
  },
  {
    codes: [201],
    text: "POST /orders is idempotent with an Idempotency-Key header. the first request actually creates the order. what do we return for that first one (i'll ask about replays separately)",
  },
  {
    codes: [201],
    text: "asp.net core `CreatedAtAction(nameof(Get), new { id = item.Id }, item)` — what status code does that prodcue? documenting it for the frontend team",
  },
  {
    codes: [201],
    text: "POST /uploads stores the file in s3 synchronously before responding and returns the object's url + id. teammate uses 200 w/ {url}. is there a more precise code?",
  },
  {
    codes: [202],
    text: "someone wants to send 102 Processing from spring boot every 20s druing long report generation to keep the connection alive. feels hacky and i think 102 is deprecated. what would u return instead for long work",
  },
  {
    codes: [202],
    text: "DELETE /clusters/prod-eu takes ~10 min to tear down everything. our terraform prvoider polls afterwards. what status does the delete call itself return",
  },
  {
    codes: [202],
    text: 'fastapi endpoint uses BackgroundTasks to send emails after responding. it curretnly returns 200 {"ok": true}. is there a code that means "got it, will do it later"?',
  },
  {
    codes: [202],
    text: "azure style long running operation pattern: initial response with an Operation-Location header pointing to a status monitor. what code is that initial response?",
  },
  {
    codes: [202],
    text: 'payment provider replies `{"status":"pending"}` when the bank hasn\'t confirmed yet. building the same in django — which code means "accepted for processing but not completed"?',
  },
  {
    codes: [203],
    text: 'our caching proxy rewrites json from the origin (strpis internal fields) before passing it on. someone mentioned a 2xx that means "came through a transforming proxy, not exactly what the origin sent". which one?',
  },
  {
    codes: [203],
    text: "httpx says response.is_success is true for a `203` our vendor's api management layer returns sometimes. what is 203 exactly, do i need to handle it specially?",
  },
  {
    codes: [204],
    text: "our logout is DELETE /api/sessions/current in a koa app. session row gets removed, cookie cleared w/ max-age=0, ntohing useful to put in the body. which status do ppl normally use for that?",
  },
  {
    codes: [204],
    text: "PUT /settings in experss, we save and return nothing. devs currently do res.status(200).send() with empty body. whats cleaner",
  },
  {
    codes: [204],
    text: "writing api docs by hand (dont ask). in the spring code the delete methods are `void` and annotated `@ResponseStatus(HttpStatus.NO_CONTENT)`. which number do i put into the docs table for those?",
  },
  {
    codes: [204],
    text: "todo app, sveltekit front + small go backend. PATCH /tasks/9 with {done:true} marks the task done, the frontend already does optimistic update so it needs nothing back. no-body response, what code is standard?",
  },
  {
    codes: [204],
    text: "small kv store in go for internal config. PUT /kv/{key} stores the raw value and we dont send anything back. i wrote `w.WriteHeader(204)` — right thing, or should PUT echo the value with a 200?",
  },
  {
    codes: [200],
    text: "gin: c.Status(http.StatusNoContent) on success but okhttp complains `HTTP 204 had non-zero Content-Length: 2` bc we also write `{}`. if i really want to send that `{}`, what status should it be",
  },
  {
    codes: [404, 204],
    text: "DELETE on an already deleted resource (idempotent retry). first delete gave 204, the retry now gives 404 in our django api. is 404 ok for the retry or should it stay 204?",
  },
  {
    codes: [205],
    text: "form submission where after success the browser should clear the input fields but stay on the same page. there is a code that tells the user agent to reset the document view — which?",
  },
  {
    codes: [205],
    text: "found this in code review: our logout endpoint returns 205 w/ a json body `{\"ok\":true}` and the comment says 'tell ui to refresh'. what does 205 really mean and is a body even allowed with it?",
  },
  {
    codes: [205],
    text: "old school data entry app (think inventory terminals), after POST the UI should reset the input form so the clerk can type the next item. is there a status for that or just 204",
  },
  {
    codes: [206],
    text: "video player sends `Range: bytes=0-1048575` to our express static server and safari needs the right response for seeking to work. what status for a partial range?",
  },
  {
    codes: [206],
    text: "implementing resumable downloads in go by hand (cant use http.ServeContent, the data comes from a chunked blob store). client sends `Range: bytes=500-999` and the range is valid. which status do i respond with, together with Content-Range",
  },
  {
    codes: [206],
    text: "nginx serving a big iso, `wget -c` resumes and gets a Content-Range header back. which status code normally comes together with Content-Range",
  },
  {
    codes: [207],
    text: "batch endpoint POST /users/batch, some items succeed and some fail validation. we want one response listing per item status. whats the overall code people use for that?",
  },
  {
    codes: [207],
    text: "old caldav client (thunderbird) sends REPORT and expects a specific response. our tiny django caldav server returns 200 and thunderbird ignores everything. which code does it want",
  },
  {
    codes: [207],
    text: "ms graph `$batch` returns 200 with per-request statuses inside. i've seen other apis use a dedicated code for mixed per-item results. which one is that",
  },
  {
    codes: [207],
    text: "bulk delete of 100 files via our spring api, 3 failed because of locks. we currently return 500 for the whole request, feels wrong. better option?",
  },
  {
    codes: [300],
    text: 'content negotiation where a resource has several representations (en, de, fr) and the server can\'t decide, so it lets the user pick from a list. is there a status for "here are the options"?',
  },
  {
    codes: [300],
    text: "legacy apache with mod_negotiation + MultiViews returns `300 Multiple Choices` for /docs/readme when both readme.html and readme.txt exist. why?",
  },
  {
    codes: [300],
    text: "integrating w/ an ancient government api (soap-ish lol). `curl -I` gives `HTTP/1.1 300` with a list of alternative links in the body and python requests doesnt follow it. what does this status mean?",
  },
  {
    codes: [301],
    text: "we moved the blog from /blog to blog.example.com forever. seo guy wants a permanent redirect. nginx `return ___ https://blog.example.com$request_uri;` which number goes there?",
  },
  {
    codes: [301],
    text: "old api endpoint GET /v1/products is permanently replaced by /v2/products, clients only ever GET it. permanent redirect code",
  },
  {
    codes: [301],
    text: "cleaning up a legacy php site, .htaccess has ~200 lines of `Redirect permanent /old-page /new-page`. seo team asks which exact status code apache emits for these so they can verify in screaming frog",
  },
  {
    codes: [302],
    text: "express 4 app, middelware does `if (!req.session.user) return res.redirect('/login')`. what status goes out by default when you don't pass one? need it for an e2e test assertion",
  },
  {
    codes: [302],
    text: "oauth authorization endpoint redirects back to the client's redirect_uri with ?code=... — which status do most IdPs use for that redirect (keycloak, auth0)?",
  },
  {
    codes: [302],
    text: "django shortcut `redirect('home')` without permanent=True — what status code is in the response? writing a pyetst with `assert resp.status_code == ...`",
  },
  {
    codes: [302],
    text: "short link service on lambda behind api gateway, our function returns a redirect for GET /s/{slug}. links can be edited later, so not permanent. which code?",
  },
  {
    codes: [303],
    text: "POST /orders from an html form, then we redirect to /orders/123 so that refresh doesn't resubmit (PRG pattern). which redirect code is the semantically correct one",
  },
  {
    codes: [303],
    text: "async job api: GET /jobs/55 should point the client to /results/55 once the job is done. some apis use a redirect there. which status",
  },
  {
    codes: [303],
    text: 'django form view returns HttpResponseRedirect after POST. what\'s the "see other" status number and do i need a custom response class for it?',
  },
  {
    codes: [303],
    text: 'in go `http.Redirect(w, r, "/done", ???)` after handling a POST form. which constnat so the browser always follows with GET?',
  },
  {
    codes: [303],
    text: "rails 7 + turbo: after a DELETE form submit, redirect_to with the default status breaks things and turbo docs say use `status: :see_other`. which number is that",
  },
  {
    codes: [304],
    text: "browser sends If-None-Match with the etag and our express server sees it matches the current one. what does it return in that case?",
  },
  {
    codes: [304],
    text: "github api docs say conditional requests that come back w/ a certain status don't count against the rate limit. which status is that and what does it mean",
  },
  {
    codes: [304],
    text: "spring ShallowEtagHeaderFilter — our endpoint returns 200 every time even when the client sends a matching If-None-Match. what code SHOULD it be returning",
  },
  {
    codes: [304],
    text: "okhttp cache: server sends 200 w/ the full body even though the client sent a matching If-None-Match. what status would let okhttp reuse its cached copy",
  },
  {
    codes: [304],
    text: "cloudfront revalidates w/ our origin: origin answers something when the object is unchanged and cloudfront keeps serving the cached version. which code is that",
  },
  {
    codes: [307],
    text: "ALB redirect http→https on an API that receives POSTs; clients lose the body on 301. we only need this temporarily during a migration. what code keeps method and body?",
  },
  {
    codes: [307],
    text: "coordinator node redirects writes to the current leader (like etcd/consul do). leader can change any time. which redirect status?",
  },
  {
    codes: [308],
    text: "we're renaming /api/v1/* to /api/2024-01/* forever. lots of clients do POST and PUT, and some http libs rewrite POST to GET on redirects which would be a disaster. which redirect code is permanent and keeps the method?",
  },
  {
    codes: [308],
    text: "moved from nginx to caddy. caddy's automatic http→https redirect uses 308, while all the nginx guides always show 301. why does caddy use that code, is it better?",
  },
  {
    codes: [400, 422],
    text: 'gin ShouldBindJSON fails with `json: cannot unmarshal string into Go struct field CreateUser.age of type int` because the client sent "age": "twelve". the json itself parses, just wrong type. which status do i give back for this one',
  },
  {
    codes: [400],
    text: "django keeps throwing DisallowedHost `Invalid HTTP_HOST header: 'x.y.z'. You may need to add 'x.y.z' to ALLOWED_HOSTS.` in sentry, its bots hitting our ip directly. what status does the client actually get back from django for that?",
  },
  {
    codes: [400],
    text: "GET /reports without the required `?from=` query param. there's no sensible default (could be years of data) so we must reject. which code do you guys return for a missing required param?",
  },
  {
    codes: [400],
    text: 'aws api gateway with a request validator model on POST /orders. bad bodies get rejected with `{"message": "Invalid request body"}` before hitting lambda. what status comes w/ that response by default?',
  },
  {
    codes: [400],
    text: "spring boot 3, @Valid on the @RequestBody, dto has @NotBlank on name. if i don't customize aynthing, MethodArgumentNotValidException ends as which response status?",
  },
  {
    codes: [400],
    text: "drf view calls serializer.is_valid(raise_exception=True) and a field is missing. what status goes to the client? (need it for our api docs, writing them by hand sadly)",
  },
  {
    codes: [400],
    text: 'grpc-gateway in front of our go services. backend returns `status.Error(codes.InvalidArgument, "page_size must be <= 100")`. what http status does the rest client see?',
  },
  {
    codes: [400],
    text: "python requests: `requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://partner.example/api/shipments` when we send date like 2023/01/05 instead of iso. what does their 400 basically tell us? just that our request is malformed?",
  },
  {
    codes: [400],
    text: "envoy rejecting requests that carry headers with underscores (`x_tenant_id`) since we set headers_with_underscores_action: REJECT_REQUEST. clients are confused, which status are they getting from envoy?",
  },
  {
    codes: [400],
    text: 'flask app: request.get_json() on a body like `{"a": 1 "b": 2}` raises werkzeug BadRequest `Failed to decode JSON object: Expecting \',\' delimiter: line 1 column 10`. status sent to client?',
  },
  {
    codes: [400],
    text: "apollo server 4 — a client sends a query with a syntax error, `Syntax Error: Expected Name, found <EOF>.` in v2 it was 400 too i think? what does apollo respond with nowadays for parse errors",
  },
  {
    codes: [400],
    text: "laravel 10 api, we json_decode the raw body manually and when there's a trailing comma it returns null and then we blow up w/ 500 later. what should a syntactically broken json body get instead?",
  },
  {
    codes: [400],
    text: "rails log `ActionController::ParameterMissing (param is missing or the value is empty: user)` when mobile sends the fields at top level instead of nested. which status does rails rescue this with in prod?",
  },
  {
    codes: [400],
    text: "using express-openapi-validator and it rejects with `request/body must have required property 'email'`. frontend asks what status to expect from that lib by default",
  },
  {
    codes: [400],
    text: "some weird health checker sends HTTP/1.1 requests to nginx without a Host header at all. nginx rejects them before any location matching. w/ what status?",
  },
  {
    codes: [400],
    text: "our iot sensors (broken firmware v2.3) send json w/ invalid utf-8 byte sequences and the server can't even decode the text. which stauts should we send so the device logs it as client fault",
  },
  {
    codes: [400],
    text: "ivnalid pagination cursor — base64 garbage we can't decode — in GET /events?cursor=zzz!!. mobile dev returns 404 but i'm not sure. which status is approprite for a cursor we cannot parse?",
  },
  {
    codes: [401],
    text: "express middleware w/ jsonwebtoken: `TokenExpiredError: jwt expired` at verify. what status should i return so the SPA knows to use the rferesh token?",
  },
  {
    codes: [401],
    text: "request to a protected endpoint arrives with no Authorization header whatsoever. what's the proper code, and do i need to add a WWW-Authenticate header? asking for our go api",
  },
  {
    codes: [401],
    text: 'keycloak token introspection returns `{"active": false}` for the bearer token the client sent (revoked session). our resource server in quarkus should answer with what',
  },
  {
    codes: [401],
    text: 'drf TokenAuthentication with a wrong token rteurns `{"detail":"Invalid token."}`. status code? frontend wants to route to login only on that one',
  },
  {
    codes: [401],
    text: 'laravel sanctum gives `{"message":"Unauthenticated."}` for api requests without bearer token. i need the exact status for the flutter app\'s error mapping',
  },
  {
    codes: [401],
    text: "nginx auth_basic protecting our staging site; a user types the wrong password in the browser popup. what does nginx send back so the popup appears again",
  },
  {
    codes: [401],
    text: "customer's api key was revoked last week (they leaked it on github) but their cron job still sends it every 5 min. what should our api return for a revkoed key?",
  },
  {
    codes: [401],
    text: "okhttp has this Authenticator interface, my android app never calls it even though server rejects us. which response status makes okhttp invoke authenticate()?",
  },
  {
    codes: [401],
    text: "grpc-gateway maps our UNAUTHENTICATED errors to which http code? the grpc side says `rpc error: code = Unauthenticated desc = missing bearer token`",
  },
  {
    codes: [401],
    text: "writing an axios response interceptor to refresh access tokens. which response status should trigger the refresh + retry flow (and which should not)?",
  },
  {
    codes: [401],
    text: 'drf + simplejwt: `{"detail":"Given token not valid for any token type","code":"token_not_valid","messages":[{"token_class":"AccessToken","token_type":"access","message":"Token is invalid or expired"}]}`. which status comes w/ that?',
  },
  {
    codes: [401],
    text: "envoy jwt_authn filter on the gateway, response body just says `Jwt is expired`. what status code does envoy use for that?",
  },
  {
    codes: [401],
    text: 'go middleware: jwt signature invalid, and a teammate returns 400 w/ "bad token" message. i feel like there\'s a more specific code for failed authentication. which?',
  },
  {
    codes: [401],
    text: "legacy device api uses http digest auth. first request from the device comes without credentials and the server has to challenge w/ WWW-Authenticate (nonce, realm, qop). which status for the challenge response?",
  },
  {
    codes: [401],
    text: "nestjs + @nestjs/passport AuthGuard('jwt'), token is missing from the request. what status does it throw by deafult, do i need a custom filter?",
  },
  {
    codes: [401],
    text: 'github api returns `{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}` in our ci script with an old PAT. which status is that',
  },
  {
    codes: [402],
    text: 'subscription lapsed (card expired, dunning finished) and the user tries to geenrate another invoice pdf which is a paid feature. what code do saas apis use for "you need to pay to do this"?',
  },
  {
    codes: [402],
    text: "llm api we run: credits balance is zero and user calls /v1/completions. quota won't reset by itself, they have to buy more credits. which sttaus code fits, not 429 since waiting won't help",
  },
  {
    codes: [402],
    text: "shopify api answered 402 Payment Required for one merchant's store (frozen for unpaid bill). what does 402 mean in general, is it even a proper standardized code?",
  },
  {
    codes: [403],
    text: "user is logged in and tries to delete another user's comment. he isnt a moderator or the author. comments are public so existence isn't secret. return what?",
  },
  {
    codes: [403],
    text: "our public api: key is valid but lacks scope `write:orders` and it calls POST /orders. which code, and should i put the missing scope in the error body?",
  },
  {
    codes: [403],
    text: "laravel policy denies the update and the response says `This action is unauthorized.` — confuisngly worded. what status does laravel actually return for failed authorization",
  },
  {
    codes: [403],
    text: 'asp.net core: user is authenticated (cookie valid) but fails the "AdminOnly" policy, framework calls Forbid(). status the api client receives?',
  },
  {
    codes: [403],
    text: "moderators banned an account for spam, but the person's password is still correct. what status for their login attempts and api calls while banned?",
  },
  {
    codes: [403],
    text: "apache 2.4 returns `You don't have permission to access this resource.` on /var/www/html/private after we tightened Require directives. what status is that?",
  },
  {
    codes: [403],
    text: "grpc PERMISSION_DENIED via grpc-gateway ends up as which http status? our web client handles 401 and 403 differently so i need to know",
  },
  {
    codes: [403],
    text: "azure blob gives `AuthorizationPermissionMismatch: This request is not authorized to perform this operation using this permission.` with managed identity. which http status comes with it?",
  },
  {
    codes: [403],
    text: "minio presigned url expired, response xml is `<Code>AccessDenied</Code><Message>Request has expired</Message>`. frontend shows 'file not found', what's the actual status?",
  },
  {
    codes: [403],
    text: "aws waf web acl attached to our ALB blocks a request that mathced a managed rule. with the default block action, which code does the client get",
  },
  {
    codes: [403],
    text: "we enabled cloudfront geo restriction (blocklist of a few countries, licensing stuff). a tester on vpn gets the cloudfront page 'The request could not be satisfied'. which http status is that for geo-blocked viewers?",
  },
  {
    codes: [404],
    text: 'api gateway HTTP API (v2, not REST) returns `{"message":"Not Found"}` for a route i forgot to add to the stage. status code of that?',
  },
  {
    codes: [404],
    text: "django view uses `get_object_or_404(Order, pk=pk, owner=request.user)`. what does the client see when nothing matches?",
  },
  {
    codes: [404],
    text: "spring boot 3.2 after upgrade we see `No static resource api/xyz.` in logs when calling an unmapped path (NoResourceFoundException). what status does the clinet get?",
  },
  {
    codes: [404],
    text: "nested resource /orders/5/items/9: order 5 exists, item 9 exists but belongs to order 6. what do you return for this path?",
  },
  {
    codes: [404],
    text: "rails production log: `ActiveRecord::RecordNotFound (Couldn't find User with 'id'=42)` and no rescue in the controller. which status does rails render for that by default?",
  },
  {
    codes: [404],
    text: "s3 `NoSuchKey` error — when the role has s3:ListBucket on the bucket, what status comes back for a key that doesnt exist",
  },
  {
    codes: [404],
    text: "our grpc service returns NOT_FOUND and grpc-gateway turns it into which http status? i assume the obvious one, just confirming for docs",
  },
  {
    codes: [404],
    text: "laravel route model binding: `No query results for model [App\\Models\\Post] 42` in the json. what status code does that response have?",
  },
  {
    codes: [404],
    text: "user never uplaoded an avatar yet and the app calls GET /users/me/avatar (returns image bytes normally). what should we return when there's none",
  },
  {
    codes: [404],
    text: "asp.net core minimal api with route `/items/{id:int}` and someone calls /items/abc. repsonse is empty, no body. what status does routing give in that case?",
  },
  {
    codes: [404],
    text: '`kubectl get pod foo` → `Error from server (NotFound): pods "foo" not found`. which http status is behind that error from the apiserver?',
  },
  {
    codes: [405],
    text: "spring `Request method 'DELETE' is not supported` (HttpRequestMethodNotSupportedException) shows in logs. what status does spring answer w/ by default?",
  },
  {
    codes: [405],
    text: "go 1.22 ServeMux with pattern `GET /items`, and client sends a POST to /items. what does the new mux respond with automatically?",
  },
  {
    codes: [405],
    text: "django runserver log: `Method Not Allowed (POST): /api/export/` for a class based view that only defines get(). which status went to the client?",
  },
  {
    codes: [405],
    text: 'replaced a ModelViewSet with a custom viewset that has only list/retrieve/create mixins. now DELETE returns `{"detail":"Method \\"DELETE\\" not allowed."}`. which status code is drf using there?',
  },
  {
    codes: [405],
    text: "flask route registered with methods=['GET'] and someone does `curl -X PUT`. what does flask send back, and does it include Allow?",
  },
  {
    codes: [406],
    text: 'client sends `Accept: application/xml` only, and our api can only produce json. should we ignore the header and send json or is there a status for "can\'t give you that format"? we prefer to be strict',
  },
  {
    codes: [406],
    text: "spring log: `HttpMediaTypeNotAcceptableException: Could not find acceptable representation` when a client asks for text/csv. which status does that map to?",
  },
  {
    codes: [406],
    text: 'drf responds `{"detail":"Could not satisfy the request Accept header."}`. which status is that, we use custom renderers',
  },
  {
    codes: [407],
    text: "android app w/ okhttp behind the office squid: response has Proxy-Authenticate header. when exactly is okhttp's proxyAuthenticator invoked, for which status",
  },
  {
    codes: [407],
    text: "axios in a node service behnid zscaler: `AxiosError: Request failed with status code 407`. does this come from our api or from something in between? what does the code mean",
  },
  {
    codes: [408],
    text: "nginx `client_body_timeout` expired because a client on 3g uploads super slowly (photos). what code does nginx log for that request",
  },
  {
    codes: [408],
    text: "what's 408 mean exactly when a partner api returns it to our python requests client? we send quite large bodies over a slow site-to-site vpn",
  },
  {
    codes: [409],
    text: "signup form: the email is already registered. what status for POST /users in that case? we dont care about enumeration here (b2b tool)",
  },
  {
    codes: [409],
    text: 'k8s: `Error from server (AlreadyExists): namespaces "staging" already exists` in our gitops job. whats the http status from apiserver',
  },
  {
    codes: [409],
    text: "building a git-like api for config snapshots: push is rejected becasue it's not a fast-forward (remote has newer commits). which status fits best?",
  },
  {
    codes: [409],
    text: "optimistic locking via a `version` field in the request body (no If-Match headers used), the verison doesn't match the db row anymore. what do i return",
  },
  {
    codes: [409],
    text: "building an error catalog for our public rest api that sits on grpc-gateway. one row is ALREADY_EXISTS (e.g. CreateProject w/ a duplicate slug). which http status do clients see for that?",
  },
  {
    codes: [409],
    text: "file manager api: creating a folder with a name that already exists in the same parent folder (names must be unique per folder). which code",
  },
  {
    codes: [409],
    text: "two users try to book the same seat at the same moment, the second insert loses the race on the unique index. what do we return to the one who lost",
  },
  {
    codes: [409],
    text: "azure cosmos db sdk error `Entity with the specified id already exists in the system.` which http status did cosmos return?",
  },
  {
    codes: [410],
    text: "apns http/2 provider api started to return a status with reason `Unregistered` for some ios devices after users deleted the app. which code is that and does it mean we should stop sending to that token?",
  },
  {
    codes: [410],
    text: "ecommerce site: discontinued products are removed for good and google should drop them from the index fast. our cms currently answers 404 for them. is there a code that says permanently gone?",
  },
  {
    codes: [411],
    text: "our go upload server must refuse chunked uploads and insist the client declares the size upfront (we preallocate). what status do we send if Content-Length is missing",
  },
  {
    codes: [412],
    text: 'client does PUT /docs/5 with `If-Match: "abc"` but the current etag is "def" since another user saved in the meantime. we dont want lost updates. what to answer?',
  },
  {
    codes: [412],
    text: "PUT with `If-None-Match: *` so that it only creates and never overwrites, but the resource already exists. currently we send 304 but i thought 304 is only for GET/HEAD. whats right for a failed precondition on PUT?",
  },
  {
    codes: [412],
    text: "s3 conditional writes: PutObject with If-None-Match fails because the key exists, boto gives error code `PreconditionFailed`. which http stauts is underneath?",
  },
  {
    codes: [412],
    text: "uploading to gcs with `x-goog-if-generation-match` and it doesn't match the live object's generation (someone overwrote it). which status does cloud storage send back?",
  },
  {
    codes: [412],
    text: "DELETE /files/7 with `If-Unmodified-Since: Tue, 01 Oct 2024 10:00:00 GMT`, but the file was modified after that date. the deltee must not happen. status?",
  },
  {
    codes: [413],
    text: "nginx error log `client intended to send too large body: 10485760 bytes, client: 10.0.0.8` and the user's upload fails in the browser. which status does nginx reply with here?",
  },
  {
    codes: [413],
    text: "api gateway REST api: a client posts an 11MB json payload and it gets rejected before even raeching lambda. which status is that size-limit error?",
  },
  {
    codes: [413],
    text: "spring boot `MaxUploadSizeExceededException: Maximum upload size exceeded; nested exception is FileSizeLimitExceededException: The field file exceeds its maximum permitted size of 1048576 bytes.` whats the semantically correct status to return for it?",
  },
  {
    codes: [413],
    text: "go: i wrap the body with `http.MaxBytesReader(w, r.Body, 1<<20)` and json decoding fails with `http: request body too large`. which status should i write back?",
  },
  {
    codes: [413],
    text: "flask with `app.config['MAX_CONTENT_LENGTH'] = 16 * 1024 * 1024` and somebody uploads 20MB. what does werkzeug send back automatically?",
  },
  {
    codes: [413],
    text: "cloudflare free plan: uploads bigger than 100MB through the proxy fail before they even reach our origin. which stauts code does cloudflare return for that?",
  },
  {
    codes: [413],
    text: "react native: `AxiosError: Request failed with status code 413` when uploading photos from newer iphones (huge heic). what does it mean and where should we raise the limit, nginx or app",
  },
  {
    codes: [413],
    text: "uvicorn + fastapi has no built in body size limit afaik. we want to reject files over 5MB early w/ a clear, standard code. which one?",
  },
  {
    codes: [414],
    text: "GET /items?ids=1,2,3,... with ~2000 ids and nginx replies `414 Request-URI Too Large`. what is this exactly and whats the usual workaround, POST /items/query?",
  },
  {
    codes: [414],
    text: "apache says `Request-URI Too Long: The requested URL's length exceeds the capacity limit for this server.` on a GET with a giant filter param from our bi tool. which status is it",
  },
  {
    codes: [414],
    text: "puppeteer pdf service: someone passes the whole html as a query param (lol) and nginx answers with a 4xx complaining about the uri. which code is that?",
  },
  {
    codes: [415],
    text: "spring gives `Content type 'text/plain;charset=UTF-8' not supported` when the frontend posts a raw string w/ fetch and forgets the header. which sttaus does that come with?",
  },
  {
    codes: [415],
    text: 'drf: `{"detail":"Unsupported media type \\"application/x-www-form-urlencoded\\" in request."}` after i set parser_classes to JSONParser only. status code?',
  },
  {
    codes: [415],
    text: "fastify: `FST_ERR_CTP_INVALID_MEDIA_TYPE: Unsupported Media Type: application/yaml` when a client sends yaml. which status does fastify use?",
  },
  {
    codes: [415],
    text: "client sends `Content-Encoding: br` on the request body, but our server can only decode gzip request bodies. per rfc what status should we reply with?",
  },
  {
    codes: [416],
    text: "client sends `Range: bytes=5000-` for a file that is only 4000 bytes. im writing the range handling by hand in rust (axum). what do i answer, and w/ which haeder?",
  },
  {
    codes: [416],
    text: "after we replaced a big file on the download server, resumed downloads w/ old offsets started failing and nginx logs show a 4xx for them. which one and why?",
  },
  {
    codes: [416],
    text: "html5 video player seeks beyond the end of a truncated mp4 and our server can't satisfy the requested range. what's the status?",
  },
  {
    codes: [416],
    text: "axios downloads a file in chunks w/ Range headers; last chunk request asks past the end and gets an error. which stauts code is meant for ranges the server can't satisfy?",
  },
  {
    codes: [417],
    text: "old lighttpd 1.4 box returns an error whenever curl sends `Expect: 100-continue` on a POST. what status does a server use when it cant meet the Expect haeder?",
  },
  {
    codes: [417],
    text: "someone's home-grown client sends `Expect: foo-bar` (garbage) and we want to reject it exactly per spec, not silently ignore. which status",
  },
  {
    codes: [418],
    text: "google.com/teapot shows a funny page with a teapot. what is 418 officially? is it a real registered code or just a joke?",
  },
  {
    codes: [418],
    text: "some devs return 418 to scrapers and bots for fun. what is 418 really supposed to mean? our pentest report mentioned it",
  },
  {
    codes: [418],
    text: "was browsing node's http.STATUS_CODES and there's 418: 'I'm a Teapot'. is this an actual code a server should send in some case, or just a joke they kept? what does it mean",
  },
  {
    codes: [421],
    text: "http/2 connection coalescing with a wildcard cert: requests for b.example.com reuse the connection opened for a.example.com, but they are different backends on different nginx servers. what should nginx reply so the browser opens a new connection?",
  },
  {
    codes: [421],
    text: 'firefox gets a 4xx "Misdirected Request" on our site, which shraes ip and cert with another domain of ours. what is that status number and what does it actually mean?',
  },
  {
    codes: [422],
    text: 'fastapi validation: `{"detail":[{"loc":["body","email"],"msg":"value is not a valid email address","type":"value_error.email"}]}`. which status does fastapi attach to that?',
  },
  {
    codes: [422],
    text: 'laravel `ValidationException` for json requests: `{"message":"The given data was invalid.","errors":{"email":["The email field is required."]}}`. which status is it?',
  },
  {
    codes: [422],
    text: 'POST /transfers w/ `"amount": -50`. json is valid and the schema just says number. right now we crash on a db check constraint → 500. what should the api return instead?',
  },
  {
    codes: [422],
    text: 'github api `{"message":"Validation Failed","errors":[{"resource":"Issue","code":"missing_field","field":"title"}]}`. which code comes w/ that?',
  },
  {
    codes: [422],
    text: 'signup with password "123" fails our strength rules. request is well formed, field present, just too weak. which status?',
  },
  {
    codes: [422],
    text: "applying an epxired coupon code at checkout via POST /cart/coupons. json is fine, the coupon exists but it expired yesterday. status?",
  },
  {
    codes: [422],
    text: 'want nestjs ValidationPipe to use the "semantic validation" status instead of its default. which number do i pass to `errorHttpStatusCode`?',
  },
  {
    codes: [422],
    text: 'POST /products with `"category_id": 999` in the body, and that category doesnt exist. endpoint exists, json ok. 404 feels wrong since the url is fine. what then?',
  },
  {
    codes: [422],
    text: "xml payload from a b2b partner is well-formed but fails our xsd validation (missing required element). what status do we send back?",
  },
  {
    codes: [422],
    text: "gitlab api returns `422 Unprocessable Entity` when creating a merge request where source and target branch are the same. what does 422 mean in this context?",
  },
  {
    codes: [423],
    text: "webdav: another client holds an exclusive LOCK on /docs/a.docx, and we try PUT without submitting the lock token. which status?",
  },
  {
    codes: [423, 409],
    text: "terraform http backend we implement ourselves: the LOCK request arrives while the state is already locked by someone else. what status should the backend return?",
  },
  {
    codes: [423],
    text: 'collaborative editor with explicit "check out" for documents. user B tries to save while user A has it checked out. which webdav-originated status fits best?',
  },
  {
    codes: [424],
    text: "batch api with dependent ops (op2 uses the id created by op1). op1 falied, so op2 is never attempted. per-item status for op2?",
  },
  {
    codes: [425],
    text: "tls 1.3 0-RTT through cloudflare: it forwards `Early-Data: 1` to the origin. for a non-idempotent POST that arrives in early data, what should the origin respond with so the client retries after the handshake?",
  },
  {
    codes: [425],
    text: "nginx with `ssl_early_data on;` and we pass `$ssl_early_data` to the app in a header. app wants to reject replay-risky requests. which status?",
  },
  {
    codes: [425],
    text: "our synthetic monitor using curl with tls early data sometmies gets `HTTP/2 425` from the cdn edge, then the retry works. never seen 425 before, what is 'Too Early'?",
  },
  {
    codes: [426],
    text: "websocket-only enpdoint hit with a normal GET from a browser tab. we want to tell the client it needs to switch protocols, with an Upgrade header. which status?",
  },
  {
    codes: [426],
    text: "we want to force internal clients from http/1.1 onto a newer protocol via the Upgrade header and refuse to serve otherwise. what status code for the refusal?",
  },
  {
    codes: [428],
    text: "we want clients to always send If-Match on PUT to avoid lost updates. what status when a PUT arrives without any If-Match header at all?",
  },
  {
    codes: [428],
    text: "writing the openapi spec for our optimistic concurrency. documenting the response when the conditional header is absent (not mismatched, absent). which code?",
  },
  {
    codes: [429],
    text: "nestjs with @nestjs/throttler, ttl 60 limit 10. logs show `ThrottlerException: Too Many Requests`. which status is the client getting? the fltuter app must show a 'slow down' message",
  },
  {
    codes: [429],
    text: "openai api error: `Rate limit reached for gpt-4 in organization org-xxx on tokens per min (TPM): Limit 10000, Used 9800`. http status?",
  },
  {
    codes: [429],
    text: "grpc service returns RESOURCE_EXHAUSTED when a tenant exceeds the quota of concurrent jobs. exposed through grpc-gateway. which http status ends up at the rest client?",
  },
  {
    codes: [429],
    text: "set up a cloudflare waf rate limiting rule on /api/login (10 req / 10s per ip), action block, no custom response. what status does cf send to blocked clients by default?",
  },
  {
    codes: [429],
    text: "traefik v3 ratelimit middleware with average: 50 and burst: 100 on the public router. once that's exceeded, what status does traefik reply with?",
  },
  {
    codes: [429],
    text: "spring boot + bucket4j servlet filter. when tryConsume returns false, what status should the filter write, and is there a standard header to say how many seconds till refill",
  },
  {
    codes: [431],
    text: "node `HPE_HEADER_OVERFLOW` — node's http parser rejects requests with too large headers. what status does node send back?",
  },
  {
    codes: [431],
    text: "go net/http server with MaxHeaderBytes left at default 1MB, a client sends 2MB of headers. what comes back from the server?",
  },
  {
    codes: [451],
    text: "a court order requires us to block a specific article for visitors from germany. what status should the blocked page return?",
  },
  {
    codes: [451],
    text: "years ago the twitter api gave us 451 for a tweet that was withheld in one country. what does 'Unavailable For Legal Reasons' mean exactly and when should an api use it?",
  },
  {
    codes: [451],
    text: "we block users from OFAC sanctioned regions on our api (legal requirement from counsel). which status code is meant for that",
  },
  {
    codes: [451],
    text: "news site blocks EU visitors because they haven't figured out GDPR compliance yet. what status code are they usually returning?",
  },
  {
    codes: [500],
    text: "hi all, unhandled exception in one express route: `TypeError: Cannot read properties of undefined (reading 'id')` at orders.js:88. our error middleware catches everything at the end. what status should this generic catch-all send",
  },
  {
    codes: [500],
    text: "django with DEBUG=False just shows `Server Error (500)` when a view raises ZeroDivisionError. is that the correct code for any unexpected exception or should we map some to other codes?",
  },
  {
    codes: [500],
    text: "spring boot whitelabel page: `There was an unexpected error (type=Internal Server Error, status=...)` after a NullPointerException in a service bean. which status numebr is that",
  },
  {
    codes: [500],
    text: "grpc-gateway question: backend returns codes.Internal (and sometimes codes.Unknown when we forget to wrap erorrs). which http code do those become for the rest clients?",
  },
  {
    codes: [500],
    text: 'laravel w/ APP_DEBUG=false shows only a page saying "Server Error" when eloquent throws QueryException. what status number does it use for that?',
  },
  {
    codes: [500],
    text: "fastapi returns plain text `Internal Server Error` when a route raises KeyError, not even json. status code is? and how to make it json (secondary)",
  },
  {
    codes: [500],
    text: "gin with gin.Recovery() middleware: a handler panics with `runtime error: index out of range [3] with length 3`. what does the client receive?",
  },
  {
    codes: [500],
    text: "our service crashes on every request to /billing because an env var STRIPE_KEY is missing in prod (config bug on our side, totally). what status is right for the client in that case",
  },
  {
    codes: [500],
    text: "flask: `The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.` which status code is that page",
  },
  {
    codes: [500],
    text: "nginx + php-fpm, php fatal error `Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes)`. what does the user receive from nginx in that case",
  },
  {
    codes: [501],
    text: "pentester sent `BREW /pot HTTP/1.1` to our api and wants to know what the server is supposed to reply to a request method it doesnt recognize at all. which status is correct?",
  },
  {
    codes: [501],
    text: "grpc-gateway: some rpcs are declared in the proto but the server still returns codes.Unimplemented (not built yet). which http sttaus do rest clients get for those?",
  },
  {
    codes: [501],
    text: "apache is returning `Method Not Implemented: PROPFIND to /files not supported.` for our webdav client since mod_dav is off. which status does it send w/ that",
  },
  {
    codes: [501],
    text: "what does nginx reply when a request comes with `Transfer-Encoding: deflate` (a transfer coding it doesn't know)? asking because of a smuggling test",
  },
  {
    codes: [502],
    text: "ingress-nginx returns bad gateway pages while our pods restart during a rollout, for ~10 seconds. which code is that, and why does it happen during rollout even w/ readiness probes?",
  },
  {
    codes: [502],
    text: "haproxy logs `SH--` termination flags for some requests — server aborted before sending complete headers. which 5xx does haproxy return to the client?",
  },
  {
    codes: [502],
    text: "alb with a labmda target, the function returns invalid json (no statusCode field, just a string). what status does the alb return to the client?",
  },
  {
    codes: [502],
    text: "azure application gateway error page: `502 - Web server received an invalid response while acting as a gateway or proxy server.` backend health shows unhealthy. what does this status mean in general?",
  },
  {
    codes: [502],
    text: "nginx → uwsgi, uwsgi logs `invalid request block size: 4161 (max 4096)...skip` because of a long cookie, and the client gets an error page. which code?",
  },
  {
    codes: [502],
    text: "nginx proxy_pass to an https upstream: `SSL_do_handshake() failed (SSL: error:0A00010B:SSL routines::wrong version number) while SSL handshaking to upstream`. what does the client get?",
  },
  {
    codes: [502],
    text: 'elastic beanstalk nginx: `connect() failed (111: Connection refused) while connecting to upstream, upstream: "http://127.0.0.1:5000/"` but my app listens on 8080. user sees which sattus?',
  },
  {
    codes: [502],
    text: "next.js standalone bheind nginx: `upstream sent no valid HTTP/1.0 header while reading response header from upstream`. what status does nginx return for that?",
  },
  {
    codes: [502],
    text: "our service calls a 3rd party api that suddenly returns an html error page isntead of json (their cdn is broken). what status do we pass to our own clients, since our input to them was fine?",
  },
  {
    codes: [503],
    text: "planned maintenance window tonight 2–4am UTC. api should tell clients to come back later and include Retry-After. which status",
  },
  {
    codes: [503],
    text: "circuit breaker (resilience4j) is open for the recommendations dependency and we can't serve /recommendations at all right now. status to return?",
  },
  {
    codes: [503],
    text: "our rest client's retry policy depends on status codes. the grpc service returns codes.Unavailable when its db pool is down; through grpc-gateway that becomes which http status?",
  },
  {
    codes: [503],
    text: "istio access log shows response flags `UF,URX` for some calls. which code does envoy give for that upstream connection failure?",
  },
  {
    codes: [503],
    text: "k8s rolling update, spring boot on undertow (not tomcat) with server.shutdown=graceful and 30s grace period. what do new icnoming requests get from undertow while it drains the in-flight ones?",
  },
  {
    codes: [503],
    text: "request queue in our worker pool is full, so we shed load instead of queueing forever (global, not per-client). which status for the rejected requests",
  },
  {
    codes: [503],
    text: "kill switch: we temporarily disabled the export feature for everybody during an incident. what should /export return meanwhile",
  },
  {
    codes: [504],
    text: "ingress-nginx `proxy-read-timeout` is 60s by default and one heavy exoprt request takes 90s. which status does the user get after a minute?",
  },
  {
    codes: [504],
    text: "traefik access log shows `Gateway Timeout` for a slow upstream after the configured responding timeout. which number is it?",
  },
  {
    codes: [504],
    text: "azure front door in front of app service, slow reoprt endpoint. afd logs say `OriginTimeout` after 30s and the browser gets an error page. which http status is that?",
  },
  {
    codes: [504],
    text: 'kong 3 gateway, one slow upstream service, clients get `{"message":"The upstream server is timing out"}`. which http status does kong attach to that message?',
  },
  {
    codes: [504],
    text: "gunicorn tiemout is 120s but nginx proxy_read_timeout is 60s, so a long request dies at 60s. what status does nginx return?",
  },
  {
    codes: [504],
    text: "bff aggregates 3 microservices; one of them hangs until our http client timeout fires. in that role we act like a gateway. what status should the bff return?",
  },
  {
    codes: [504],
    text: "pattern i noticed: nginx in front of our php app returns an error after exactly 60.0 seconds on one slow endpoint, every single time, never 59 or 61. which status is that likely to be, and which directive?",
  },
  {
    codes: [505],
    text: "what does `505 HTTP Version Not Supported` mean? got it from an old load blaancer when a test client used a weird protocol version",
  },
  {
    codes: [507],
    text: "self-hosted file storage service (minio-like, written in house). the data disk hit 100% and uploads fail halfway w/ ENOSPC. what status should we return so it's clear it's a server-side storage issue?",
  },
  {
    codes: [507],
    text: "nextcloud desktop sync shows 'Insufficient Storage' when the user's quota is exceeded. which http status does nextcloud send there? we want the same semantics in our own sync api",
  },
  {
    codes: [507],
    text: "our nightly backup (rclone to a synology nas over webdav) fails since yesterday with 507. what does 507 mean, disk full on the nas?",
  },
  {
    codes: [510],
    text: "the status cheat sheet on our wiki lists 510 Not Extended. what does it mean, and is it still used anywhere today or obsolete",
  },
  {
    codes: [511],
    text: "building a captive portal on openwrt. for unauthenticated clients' http requests, what status should we return along with a link to the login page",
  },
  {
    codes: [511],
    text: 'hotel wifi intercepts requests from our mobile app until guests accpet T&C. which status code is intended for "u must log in to the network first"?',
  },
  {
    codes: [511],
    text: "someone added 511 Network Authentication Required to our api error enum. i dont get when it's supposed to be used in practice, can u explain what 511 is for",
  },
  {
    codes: [444],
    text: "our wordpress-free server gets hammered by scanners hitting /wp-login.php and /.env. i want nginx to just drop them without sending any response at all, not even headers. which special status do i put in `return` inside that location?",
  },
  {
    codes: [444],
    text: "access log shows 444 for requests that came without Host haeder, we have a catch-all `default_server` block from some hardening guide. what is the semantics of 444 in nginx, is the client getting a response",
  },
  {
    codes: [444],
    text: "hey, our analytics pipeline treats nginx 444 as a client error and it's spiking since tuesday. what does 444 actually mean, so i can classify it properly?",
  },
  {
    codes: [494],
    text: "want a custom branded page when nginx rejects a request because headers (mostly cookies) exceed large_client_header_buffers. `error_page 400` catches too much. which status do i reference in error_page for exactly this case?",
  },
  {
    codes: [494],
    text: "reading nginx source, there's NGX_HTTP_REQUEST_HEADER_TOO_LARGE defined as some 49x number. which one is it, and do clients ever actually see it on the wire?",
  },
  {
    codes: [494],
    text: "nginx error log `client sent too long header line` floods after marketing added new tracking cookies. which internal nginx code corresponds to that, so i can intercept it separately from normal 400s",
  },
  {
    codes: [495],
    text: "nginx mTLS for our b2b api: we want a json error instead of the html page when the client certificate fails verification (revoked / expired). which error_page code must i hook?",
  },
  {
    codes: [495],
    text: "what does nginx's 495 stand for? found `error_page 495 496 = @mtls_error;` in a config i inherited and nobody knows why its there",
  },
  {
    codes: [496],
    text: "nginx: a client connects without presenting any client cert to a server block with `ssl_verify_client on`. what is the inetrnal status code for that situation?",
  },
  {
    codes: [496],
    text: "mTLS is mandatory on our gateway (plain nginx). want a custom json error when the client doesnt send a cert at all, separate from the invalid-cert case. which nginx code?",
  },
  {
    codes: [499],
    text: "k6 load test with a 10s request timeout. server-side nginx logs a non-standard code for the reqeusts the test gave up on. which code is that?",
  },
  {
    codes: [499],
    text: "gunicorn (sync workers) behind nginx, and 499 spikes in grafana whenever the upstream gets slow, e.g. during the nightly batch. what does 499 mean, is it our bug or the clients?",
  },
  {
    codes: [499],
    text: "go: when `r.Context().Err() == context.Canceled` because the client went away, what status do people log by convention (nothing gets written to the client obviously)?",
  },
  {
    codes: [520],
    text: "origin server closes the connection without sending any response (app crashes mid-request, segfault). cloudflare is in front. which cf error code do users see?",
  },
  {
    codes: [520],
    text: "origin returns a response with malformed headers (two different content-length values) and cloudflare shows its own error page. which 52x is it?",
  },
  {
    codes: [521],
    text: 'fail2ban banned cloudflare ip ranges on our origin by accident (too many requests from "same ip" lol). now cf shows an error page. which one?',
  },
  {
    codes: [522],
    text: "origin vm totally overloaded, tcp handshake to it never completes within cloudflare's connect timeout. which error code do users get?",
  },
  {
    codes: [522],
    text: "aws security group only allows my home ip on 443 and cloudflare can't reach the origin at all (SYNs silently dropped). which cf code is that?",
  },
  {
    codes: [522],
    text: "someone typo'd the proxied A record in cloudflare dns, now it points to an ip that exists but silently drops packets, nothing listening. what error would visitors see?",
  },
  {
    codes: [523],
    text: "cloudflare reports the origin as unreachable because of a routing problem between cf and our hosting (provider had a bgp issue). which code is that?",
  },
  {
    codes: [523],
    text: "our status page tool shows cloudflare 523 for the api hostname. i know 521 is 'web server is down', but what does 523 mean compared to it, what do i tell customers?",
  },
  {
    codes: [524],
    text: "csv export via cloudflare takes 3 minutes. connection to origin established fine but no response within cf's proxy read timeout. which cf error?",
  },
  {
    codes: [525],
    text: "cloudflare in Full ssl mode and our origin nginx has no cert for that hosntame / no SNI support, so handshake fails. error code",
  },
  {
    codes: [525],
    text: "origin only supports very old ciphers (tls 1.0 + rc4, it's an ancient appliance) and cloudflare can't negotiate. which error code?",
  },
  {
    codes: [526],
    text: "cloudflare ssl set to full (strict). our origin cert's SAN only has www.example.com but the proxied hostname is api.example.com. which cf error code will visitors get?",
  },
  {
    codes: [527],
    text: "updating our runbook, there's an old cloudflare status table with 527 in it. what was 527 about? do we still need to keep it",
  },
  {
    codes: [530],
    text: "cloudflare returned 530 and the page had 'error 1016' in it. in general, what does 530 stand for on cloudflare?",
  },
  {
    codes: [460],
    text: "alb: client closed the connection before the load balancer idle timeout expired while the request was still in flight. which alb specific code gets logged?",
  },
  {
    codes: [460],
    text: "mobile clients have a 10s timeout, backend sometimes needs 30s, behind an ALB. what code does the alb log for those abandoned requsets?",
  },
  {
    codes: [464],
    text: "we switched a target group's protocol version to HTTP2 and some old java clients (http/1.1 only) started failing at the ALB. which status does the alb return to them?",
  },
  {
    codes: [464],
    text: "elb_status_code 464 appeared in our alb access logs right after a colleague changed some target group setting. what does 464 mean?",
  },
  {
    codes: [561],
    text: "alb authenticate-cognito action fails when the IdP token endpoint returns an error. what status does the alb return to the browser",
  },
  {
    codes: [561],
    text: "alb access logs have entries with elb_status_code 561 and target_status_code `-`. we use authenticate-oidc on the listener. what is 561?",
  },
  {
    codes: [419],
    text: "axios POST to laravel web routes without sending the X-XSRF-TOKEN header (cookie isnt read). which laravel specific status comes back",
  },
  {
    codes: [419],
    text: "laravel sessoin lifetime expired and the csrf token no longer matches when the user finally submits the long form. which status do they get?",
  },
  {
    codes: [419],
    text: "our monitoring classifies laravel 419 responses as 'unknown status'. what does 419 mean in laravel, since it's not in any rfc?",
  },
  {
    codes: [440],
    text: "OWA users complain they get kicked out after being idle. the IIS logs show a non-standard code for login time-out on exchange. which code nmuber is it?",
  },
  {
    codes: [440],
    text: "synthetic monitoring of outlook web access (exchange 2019) shows a 440 every morning at 8. what is IIS 440 and sohuld we alert on it?",
  },
  {
    codes: [449],
    text: 'mobile mail client syncing with exchange activesync gets a "retry with" code telling it to reprovision. which code is that?',
  },
  {
    codes: [449],
    text: "our MDM vendor says devices get 449 from exchange and need to re-provision. what does 449 mean from microsoft IIS / exchange?",
  },
  {
    codes: [404],
    text: 'our spring api answers 200 with `{"success":false,"error":"user not found"}` for GET /users/77 when the user doesn\'t exist. mobile devs hate it. correct status pls',
  },
  {
    codes: [422],
    text: "gin handler returns 404 when the POST body references `category_id: 99` that doesn't exist, the endpoint itself obviously exists. reviewer said 404 is misleading here. better option?",
  },
  {
    codes: [409],
    text: 'fastapi service throws 500 on duplicate singup because of `psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "users_email_key"`. what should the api answer instead',
  },
  {
    codes: [403],
    text: "nestjs: when a user is logged in but not admin our RolesGuard throws UnauthorizedException (401) and our axios itnerceptor logs them out lol. what should the guard throw",
  },
  {
    codes: [405],
    text: "we return 400 Bad Request when a clinet calls DELETE on /api/reports, which only supports GET and POST. what's the right status (with Allow header i guess)",
  },
  {
    codes: [429],
    text: "nginx limit_req rejects with 503 right now and pagerduty fires 'service unavailable' every time a single customer bursts. which code should rate limit rejections have",
  },
  {
    codes: [422],
    text: "rails controller does `render json: {errors: @post.errors}, status: 200` when validation fails (title blank). whats the conventional rails sattus for that?",
  },
  {
    codes: [412],
    text: "we use 409 when the client sends If-Match with an old etag on PUT /docs/5. colleague insists there's a dedicated status for failed conditional headers. which one?",
  },
  {
    codes: [428],
    text: "our api respodns 412 Precondition Failed when the client forgets to send If-Match at all (we require it for updates). is there a more precise code",
  },
  {
    codes: [201],
    text: "laravel: our team returns 200 for POST /api/tickets which creates a ticket and returns it in the body. should be something else no?",
  },
  {
    codes: [202],
    text: "csv import endponit returns 201 right away but the actual import runs in celery a minute later and may fail. is 201 kind of lying? what code would be honest",
  },
  {
    codes: [415],
    text: "our go api returns 400 when the request has Content-Type: application/xml (we only take json). is there a better code for that?",
  },
  {
    codes: [406],
    text: "spring: we catch the exception and return 400 when the client's Accept heaedr is only text/csv but we can only produce json. what should it be",
  },
  {
    codes: [413],
    text: "multer in our express app has limits.fileSize = 50MB. a user uploaded a 200MB video and our error handler returns 400 'file too big'. is 400 right? i feel there's a dedicaetd code for too large bodies",
  },
  {
    codes: [507],
    text: "django view returns 500 when the file server disk is full (`OSError: [Errno 28] No space left on device`) duirng upload. is there a more specific 5xx for that",
  },
  {
    codes: [503],
    text: "during rolling deploys our app returns 500 on /health and on real traffic before it finished warming caches. what should a not-ready-yet server give",
  },
  {
    codes: [429],
    text: "our api returns 403 when the rate limit is exceeded (copied that from old github behaviour). new clients don't retry on 403. what should it be",
  },
  {
    codes: [403],
    text: "we send 401 when the account was suspended by an admin (creds are correct!). the client then re-prompts for password forever. whats better",
  },
  {
    codes: [410],
    text: 'support ticket: our public api returns 404 for v1 endpoints that were sunset last year and partenrs think they have a typo. is there something that says "gone for good"?',
  },
  {
    codes: [301],
    text: "http→https redirect on the marketing site uses 302 (old cloudflare page rule), seo consultant says google keeps indexing http urls. correct code?",
  },
  {
    codes: [308],
    text: "we moved our webhook receiver path permanently and used 301 on the old path. senders (POST only) started doing GET to the new url and dropping payloads. which code keeps POST",
  },
  {
    codes: [304],
    text: "cache revalidation: our handler cmopares If-None-Match with the etag and returns 200 with empty body when equal. browser renders a blank page lol. what's it supposed to be?",
  },
  {
    codes: [206],
    text: "video streaming endpoint: for Range requests we send 200 with a Content-Range header. safari refuses to seek. which status?",
  },
  {
    codes: [416],
    text: "when client asks `Range: bytes=9000-9999` on a 5000 byte file our node server crashes into a 500 from an fs error. correct response",
  },
  {
    codes: [500],
    text: 'go service returns 400 from its panic recovery middleware (someone wrote it so "client retries"). that\'s wrong right? what for an unexpected nil pointer deref',
  },
  {
    codes: [502],
    text: "our api-gateway-ish service returns 500 when the upstream inventory svc rseponds with truncated / invalid json. is there a gateway-specific code?",
  },
  {
    codes: [504],
    text: 'our bff returns 503 when the downstream user-svc doesnt anwser within its 3s timeout. ops want a more precise code meaning "upstream timed out"',
  },
  {
    codes: [400],
    text: "our api returns 422 for malformed json (`Unexpected end of JSON input`). i thought 422 means syntax ok but seamntics bad. so what then",
  },
  {
    codes: [401],
    text: "our login endpoint returns 500 when the password is wrong because an exception bubbles up. obviously wrong — what should bad credentials on POST /login return",
  },
  {
    codes: [403],
    text: 'we return 404 when a user lacks permission on a doc they already know exists (same org, they see it in lists). PM says it confuses people ("is it deleted?"). given they know it exists what is right',
  },
  {
    codes: [404],
    text: "multi tenant saas, currently returns 403 when tenant A queries tenant B's invoice id. security team says that leaks existence of the id. what should it return",
  },
  {
    codes: [409],
    text: 'nestjs ValidationPipe gives 400 for bad input which is fine, but we also return 400 for "order already cancelled" when someone cancels twice. that second one, is there a better fit?',
  },
  {
    codes: [403],
    text: "our gateway sends 401 when the api key is missing, fine. it also sends 401 + WWW-Authenticate when the key is valid but the plan doesn't include this endpoint. second case is wrong yes? what then",
  },
  {
    codes: [400],
    text: "graphql (apollo) returns 500 for a query with a syntax error because a custom plugin rethrows. what should a parse error give under graphql-over-http",
  },
  {
    codes: [401],
    text: "mobile api (rails) returns 200 w/ an empty body when the session token has expired, so the ios app just shows empty screens and never re-logins. what status should an expired session give?",
  },
  {
    codes: [200],
    text: "we return 204 for GET /notifications when there are none. android retrofit then crashes on null. is 204 right for that?",
  },
  {
    codes: [415],
    text: "our upload endpoint returns 413 when the file type is .exe (not allowed). isn't 413 about size?? what about an unsupported type",
  },
  {
    codes: [403],
    text: "laravel was returning 500 on TokenMismatchException because of a custom handler. laravel default is 419 iirc but that's non standard. in standard http terms what's closest",
  },
  {
    codes: [403],
    text: "we respond 503 when a feature flag is off for a customer's plan (\"feature disabled for your account\"). ops don't like the 5xx noise. better choice?",
  },
  {
    codes: [201],
    text: "PUT /profile/avatar creates the avatar the first time; we return 200 both times. what does the rfc want for the first cretaion",
  },
  {
    codes: [406],
    text: "we vesrion via media type. a client sends `Accept: application/vnd.acme.v3+json` but only v1 and v2 exist; currently we return 404, which confuses people since the url is right. better code?",
  },
  {
    codes: [431],
    text: "our own middleware rejects requests with a single `X-Forwarded-For` bigger than 8kb using 413. thats the body code right? what's corerct for headers",
  },
  {
    codes: [511],
    text: "captive portal we're building for a cafe redirects http w/ 302 to the login page. read that there is a status specifically for this, which one?",
  },
  {
    codes: [451],
    text: "our sanctions screening blocks users from emabrgoed countries with 403. legal wants it explicit that it's for legal reasons. code?",
  },
  {
    codes: [426],
    text: 'we answer 400 when a cleint hits our websocket endpoint w/ a normal GET (no Upgrade header). is there a status that says "you must switch protocol"?',
  },
  {
    codes: [407],
    text: "we have an internal forward proxy that returns 401 when the user must authenticate to the proxy itself. clinets confuse it with origin auth. correct code?",
  },
  {
    codes: [421],
    text: "our multi-host http/2 server (shared wildcard cert) gets coalesced requests for a host it doesn't serve and returns 404. is there a better one so the browser retries on a new connection",
  },
  {
    codes: [207],
    text: "batch endpoint returns 500 if any of 50 items fails even though 49 succeeded. we want a response that lists per-item outcome. which overall code?",
  },
  {
    codes: [444],
    text: "our nginx returns 403 for bad bots but we'd rather not send a response at all, just drop the connection. which nginx code does that",
  },
  {
    codes: [501],
    text: "our custom `PURGE` method hits the app and we respond 405. for a method the server doesn't recognize at all on any resource what is porper",
  },
  {
    codes: [411],
    text: "our edge proxy (go) receives a POST w/ neither Content-Length nor chunked transfer-encoding, so we can't know the body size, and we return 400. is there a more specific dedicated code?",
  },
  {
    codes: [402],
    text: "api key has exhausted its prepaid credits, we return 429 and clietns retry forever. retrying won't help until they top up. better code?",
  },
  {
    codes: [402],
    text: "saas app: we return 401 for users whose 14 day trial ended — but they are logged in fine, and the frontend logs them out on any 401 which is terrible. what should 'pay to continue' be",
  },
  {
    codes: [406],
    text: "rails app returns 404 when the cilent asks for /orders/1.xml on an endpoint that only has respond_to json (someone rescues ActionController::UnknownFormat as 404). is 404 right?",
  },
  {
    codes: [400],
    text: "flask api requires the X-Request-Id header for tracing. when it's missing we return 500 because of `KeyError: 'HTTP_X_REQUEST_ID'` lol. fix it to what status?",
  },
  {
    codes: [405],
    text: "gin: wrong method gives us 404. after enabling `router.HandleMethodNotAllowed = true` what do we get and is that the right one",
  },
  {
    codes: [404],
    text: "we return 410 Gone for an order that was soft-deleted 5 min ago but can be restoerd within 30 days. is 410 wrong since it's not permanent?",
  },
  {
    codes: [401],
    text: 'api returns 400 "invalid token" for a jwt with a bad signature. dev says 400 is fine since token is "bad input". proper one?',
  },
  {
    codes: [503],
    text: 'our health check returns 200 with `{"db":"down"}` when the db is down, so the ALB keeps routing traffic to the broken instance. what code should unhealthy return',
  },
  {
    codes: [404],
    text: "we wrote a small kafka rest proxy; GET /topics/foo returns 500 when the topic doesn't exist bc UnknownTopicOrPartitionException isn't handled. what should it rteurn?",
  },
  {
    codes: [204, 200],
    text: "browser sends an OPTIONS preflight and our express app returns 404 because there's no route (no cors lib). what should a successful preflight answer be?",
  },
  {
    codes: [202],
    text: "exporter returns 200 immediately with a download url, but the file is generated later; first GET on the url gives 404 for a minute. the initial POST should be which status",
  },
  {
    codes: [307],
    text: "node api returns 302 when a resource is temporarily served by another region; method is POST and clients convert it to GET. fix code?",
  },
  {
    codes: [406],
    text: "spring boot returns 415 for a request whose Accept header is `application/pdf` which we can't produce. i think 415 is the wrong side?",
  },
  {
    codes: [415],
    text: "we return 406 when the client POSTs a `text/plain` body to a json-only endpoint. hmm, reading mdn right now, are we swapped with the other one? whats correct",
  },
  {
    codes: [499],
    text: "client cancels the request and our go server logs it as 500 in prometheus metrics, inflating error rate. what do people record instead",
  },
  {
    codes: [409],
    text: "we return 403 when a user tries deleting their account while still owning active teams (must transfer ownership first). more of a state problem than permissions no",
  },
  {
    codes: [200],
    text: "our api returns 201 for every PUT, even upadtes of existing rows (body has updated entity). correct code for the update case",
  },
  {
    codes: [502],
    text: "python api returns 400 when a required upstream (geocoding vendor) replied 500. our caller's input was fine. what should we send back?",
  },
  {
    codes: [503],
    text: "expensive endpoint rejects w/ 429 when more than 100 concurrent requests are in flight system-wide (global overload, not per client). sre says 429 is wrong since it's not the client's fault. which",
  },
  {
    codes: [401],
    text: "we return 404 for /api/v1/users when the auth header is missing (security through obscurity). normally what's right for no credentials",
  },
  {
    codes: [200],
    text: "our graphql endpoint returns 500 for the whole response when a single field resolver fails. what's apollo's normal status for partial errors with data",
  },
  {
    codes: [200, 202],
    text: 'celery job status endpoint GET /jobs/{id} returns 404 while the job is still running (no result yet) and the client gives up. whats good for "still processing"',
  },
  {
    codes: [400, 404],
    text: "spring boot returns 404 when the path variable isnt even a valid uuid (`/users/not-a-uuid`). colleague says it should be 400 since it's malformed. who's right",
  },
  {
    codes: [404],
    text: "user tries to open a private project they aren't a member of. project names are sensitive here, they contain customer names, so even confirming the id exists leaks info. im thinking 403 — right?",
  },
  {
    codes: [409],
    text: 'signup endpoint in our fastapi app. for "email already exists" my plan is plain 400 with a message. is 400 fine or is there smth more fitting?',
  },
  {
    codes: [200],
    text: 'we have POST /search because the filter json is too big for a querystring. it doesnt persist anything. should i return 201 since it kinda "creates" a result set?',
  },
  {
    codes: [404],
    text: 'GET /users/{id} for an id that doesnt exist — a colleague suggested 204 No Content since "there\'s nothing to return". is that ok?? seems off to me',
  },
  {
    codes: [202],
    text: "submitting a video to our transcoding pipeline returns a job id, ffmpeg runs on workers for minutes afterwards. is 202 correct here",
  },
  {
    codes: [501],
    text: 'half joking: can i use 418 for endpoints that are "not implemented yet" in our public beta api? if not, what would a serious api use for a documented-but-unbuilt endpoint',
  },
  {
    codes: [401],
    text: 'login endpoint, user typed wrong password. palnning to return 403 bc he\'s "forbidden to log in". good or bad idea?',
  },
  {
    codes: [204],
    text: "for a PUT where the submitted data is identical to whats stored (nothing changed at all) — should i return 304 Not Modified? we don't return a body anyway",
  },
  {
    codes: [401],
    text: 'gonna return 407 from our api gateway (kong) when the api key is missing, since it\'s "a proxy" in front of the services. sound right?',
  },
  {
    codes: [503],
    text: "incident review question. postgres primary was down for 4 min, the app couldn't serve anything and returned 500 everywhere. i proposed we return 503 in that situation instead. right?",
  },
  {
    codes: [402],
    text: "checkout api: adyen declines the card (insufficient funds). should our own api return 402 to the frontend for that? or 400/422",
  },
  {
    codes: [403],
    text: "thinking about 451 for the geoblocking we do because of our content licensing deals (no government or court involved, just contracts). ok?",
  },
  {
    codes: [503],
    text: "k8s readiness probe hits /ready while the app is still warming caches (~40s on boot). it currently answers 500 until ready. fine, or is there a better code",
  },
  {
    codes: [204],
    text: "for a successful logout (POST /logout, cookie cleared) i want to return 205 so the UI resets. honestly our spa handles its state itself anyway. is 205 a good idea",
  },
  {
    codes: [200],
    text: 'should 206 Partial Content be used for paginated json list responess (page 2 of 10)? a colleague read about it and wants to be "more rest"',
  },
  {
    codes: [200],
    text: "batch endpoint POST /messages/batch — in the mixed success/failure case we send 207 with per-item results. when all 20 items went fine, should i still answer 207 for consistency?",
  },
  {
    codes: [308],
    text: "is 307 correct for the http→https redirect on an API that receives POSTs? it's permanent, we'll never serve plain http again",
  },
  {
    codes: [429],
    text: "our api proxies openai. when openai returns 429 should we forward 429 to our own client or map it to 502 since it's upstream?",
  },
  {
    codes: [405],
    text: "im gonna rteurn 404 for an existing endpoint hit with the wrong http method, cheaper to implement in our router. acceptable?",
  },
  {
    codes: [422],
    text: "idempotency-key reuesd by a client but w/ a different request body. is 409 the right one here, i'm following stripe-ish design",
  },
  {
    codes: [409],
    text: "implementing Idempotency-Key. if a second request with the same key arrives while the first is still processing (in-flight lock held), i plan to return 409. sound?",
  },
  {
    codes: [429],
    text: '"too many login attempts, please wait 15 minutes" on our auth service (per account + ip). is 429 correct for that, or 403 since they\'re blocked?',
  },
  {
    codes: [409],
    text: "billing system: DELETE /customers/{id} for a customer that still has invioces; the FK prevents deleting and we want them to archive instead. is 409 the right call?",
  },
  {
    codes: [400],
    text: 'we support json patch (rfc 6902) on PATCH /devices/{id}. a client sent `{"op": "mov", "path": "/name"}` — unknown op. planning to return 400. correct?',
  },
  {
    codes: [415],
    text: "client sends a json merge patch but w/ Content-Type application/json, and we only accept application/merge-patch+json. gonna answer 400, right?",
  },
  {
    codes: [201],
    text: "i want to return 200 for POST that creates a resource because our frontend doesn't check status anyway. acceptable or should i do it properly?",
  },
  {
    codes: [401],
    text: "is 400 right for a missing Authorization header on a protected route? our internal linter rule says 'all input errors are 400', and a header is input...",
  },
  {
    codes: [101],
    text: "custom websocket server in go, no library. handshake validated, Sec-WebSocket-Accept computed. i send `HTTP/1.1 200 OK` back, right? browsers seem to reject it",
  },
  {
    codes: [403],
    text: "our auth: user enters correct credentials but hasn't clicked the email verification link yet, so we block login. should that be 401?",
  },
  {
    codes: [415],
    text: "some old client posts a json body but sends no Content-Type header at all, and our framework can't pick a parser. i think 422 fits? yes?",
  },
  {
    codes: [301],
    text: "seo cleanup: /Products and /products both work, we want everything lowercase. should i return 301 for the canoincal redirect /Products → /products (only GET html pages)?",
  },
  {
    codes: [307],
    text: "we temporarily route all api traffic to the DR region for a few hours, including POST/PUT. is 302 ok for that redirect?",
  },
  {
    codes: [200],
    text: "is 200 fine for POST /orders/{id}/cancel which cancels synchronously and returns the updated order? teammate suggests 204 or 202 but the client wants the order back",
  },
  {
    codes: [503],
    text: "db migration needs a maintenance window next sunday 01:00-03:00. planning to return 503 with a Retry-After header from all endpoints meanwhile. correct?",
  },
  {
    codes: [502],
    text: "our service wraps a payment provider. when they give us 5xx or garbage, i plan to return 502 to our own clients. makes sense, or just 500?",
  },
  {
    codes: [422],
    text: "shop api: customer enters an expired coupon, POST /cart/coupon {code:'SUMMER23'}. thinking 410 Gone because the coupon is, well, gone. ok?",
  },
  {
    codes: [200],
    text: 'upsert via PUT and the row already existed, we return the updated row. i\'d say 201 since "something was written". agree?',
  },
  {
    codes: [204],
    text: "long-poll GET /messages?wait=30 returns nothing after waiting 30s (no new msgs). is 204 ok for 'no messages, poll again'?",
  },
  {
    codes: [413],
    text: "client sends `Expect: 100-continue` with Content-Length 5GB to our upload endpoint whose limit is 1GB. should i reply 417?",
  },
  {
    codes: [507],
    text: "cloud drive product: a user on the 5GB plan hits their storage quota and tries to upload another file. should i use 507 for this?",
  },
  {
    codes: [408],
    text: "our custom http server (embedded, in C) times out clients that didn't finish sending the request body within 30s. is 408 correct to send before closing",
  },
  {
    codes: [202],
    text: "cdn-like product: PUT /config gets applied to all edge nodes asynchronously, propagation takes up to a minute. considering 202 for the PUT. correct",
  },
  {
    codes: [200],
    text: "health endpoint returns details. redis cache is down, db ok, we still serve traffic (slower). is 200 right for /health in that degraded state, or should it be 503?",
  },
  {
    codes: [400],
    text: "list endpoints accept `?sort=field`. someone sends `?sort=unknownfield`. should i return 400 or silently ignore it? leaning towards 400",
  },
  {
    codes: [404],
    text: "writing a tiny static file server in zig for fun. should a HEAD request for a missing file just be 404 with no body?",
  },
  {
    codes: [200, 204],
    text: "our webhook receiver (shopify events) gets a payload for an event type we dont handle. thinking 400. or just ack it so they dont retry forever?",
  },
  {
    codes: [400],
    text: "our api style guide draft says '422 for any body problem'. is 422 ok for malformed json syntax too (missing closing brace)?",
  },
  {
    codes: [402],
    text: "considering 401 for 'your free trial ended, upgrade to continue' (user is authenticated, session is valid). right?",
  },
  {
    codes: [499],
    text: 'seeing tons of 499 in nginx access.log for /api/search, e.g. `10.0.3.4 - - [12/Mar/2024:10:22:01 +0000] "GET /api/search?q=sh HTTP/1.1" 499 0 "-" "okhttp/4.9.3"`. the django app behind gunicorn never logs an error for these. who generates 499 and why am i seeing it',
  },
  {
    codes: [499],
    text: "our go api sits behind traefik v2 and traefik's access log has status 499 for some long-poll requests, but our service log says it wrote 200. where does that 499 come from? didnt know traefik invents codes",
  },
  {
    codes: [499],
    text: "grpc-gateway v2 sometimes answers clients with http 499 and we never return anything like that. on the grpc side the handler logs `context canceled`. which mapping produces it?",
  },
  {
    codes: [499],
    text: "ingress-nginx controller logs show 499 w/ upstream_status `-` exactly for requests where the mobile app has a 15s timeout and the backend needs ~20s. is the pod doing this or the client?? explain pls",
  },
  {
    codes: [444],
    text: "curl -v https://api.example.com with a wrong Host header only gives `curl: (52) Empty reply from server` and nginx logs the request with status 444. what is that number, it's not in any rfc i know",
  },
  {
    codes: [494],
    text: 'nginx error.log: `client sent too long header line: "Cookie: _ga=GA1.2....` and the browser shows "400 Bad Request - Request Header Or Cookie Too Large". error_page 400 doesn\'t catch it. what internal status nginx uses for this one?',
  },
  {
    codes: [495],
    text: "set up mutual tls in nginx with ssl_verify_client on. a client whose cert expired yesterday gets `400 Bad Request The SSL certificate error`. what nginx-specific code is behind that page so i can map it to json",
  },
  {
    codes: [496],
    text: 'mTLS on ingress-nginx w/ annotation auth-tls-verify-client: "on". hitting it from a browesr without a client cert gives `400 Bad Request No required SSL certificate was sent`. which non standard code does nginx use internally here',
  },
  {
    codes: [497],
    text: "`400 Bad Request The plain HTTP request was sent to HTTPS port` shows when people type http://host:8443 in the browser. which nginx code is that really? want to error_page it to a redircet",
  },
  {
    codes: [521],
    text: "site went down with cf `Error 521 Web server is down`. but the server is up!! i can ssh, nginx is running. yesterday we added ufw rules allowing only our ofifce ip on 443. related? what does 521 mean",
  },
  {
    codes: [522],
    text: "getting `Error 522 Connection timed out` from cloudflare, only from some POPs. origin on ec2, we recently swapped the security group inbound rule to a managed prefix list. what does 522 mean specifically compared to the other 52x",
  },
  {
    codes: [523],
    text: "after migrating origin to a new vps cloudflare returns `Error 523 Origin is unreachable`. just noticed the A record is 10.0.12.5 which is our private vpc ip (oops). what does this error say exactly",
  },
  {
    codes: [524],
    text: "report generation ednpoint takes ~3 min. via cloudflare users get `Error 524 A timeout occurred`, hitting the origin directly works fine. where does it come from, which limit?",
  },
  {
    codes: [525],
    text: "switched cloudflare ssl mode from Flexible to Full and now `Error 525 SSL handshake failed`. origin nginx does have a 443 server block but i think no ssl_certificate for that hostname, it falls to some default. what is 525 exactly",
  },
  {
    codes: [526],
    text: "cf set to full (strict) and the origin uses a self-signed cert generated with openssl, result: `Error 526 Invalid SSL certificate`. what does cloudflare validate that fails here",
  },
  {
    codes: [530],
    text: "cf returns HTTP 530 and page says `Error 1033 Argo Tunnel error`. cloudflared pod got oomkilled. why is it 530 and not 502?",
  },
  {
    codes: [463],
    text: "ALB rejects some partner requests with 463. they pass through a chain of proxies (their squid, their nginx, our nginx, then alb). someone mentioned X-Forwarded-For. what does 463 mean",
  },
  {
    codes: [464],
    text: "created target group with protocol version gRPC. calls from a python service using `requests` (http/1.1) now get a 464 from the alb. wat is 464",
  },
  {
    codes: [419],
    text: 'sanctum spa auth, POST /login from nuxt → `{"message":"CSRF token mismatch."}` with status 419. i do call /sanctum/csrf-cookie first. where does the 419 originate in laarvel',
  },
  {
    codes: [440],
    text: "users on our owa (exchange 2016) get `440 Login Time-out` from IIS after lunch break. is 440 a standrad http code? what triggers it",
  },
  {
    codes: [403],
    text: 'aws api gateway REST api returns `{"message":"Missing Authentication Token"}` when i call /prod/users/list. we have NO auth at all configured. the real path is /prod/users. why does it give 403',
  },
  {
    codes: [403],
    text: 'drf with only SessionAuthentication; anonymous user hitting an IsAuthenticated view gets "Authentication credentials were not provided." but status isnt 401. which status is drf sending and why',
  },
  {
    codes: [403],
    text: '`Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:ci:deployer" cannot list resource "pods" in API group "" in the namespace "prod"`. what http code the apiserver sends for this',
  },
  {
    codes: [403],
    text: "postman POST to a django view → `Forbidden (403) CSRF verification failed. Request aborted.` we don't even want csrf on this api. why is django doing it",
  },
  {
    codes: [403],
    text: "spring boot 3 security: GET works, but every POST from curl gets an empty-body rejection, notihng in logs. jwt is valid. which status is this and what component produces it? (csrf maybe?)",
  },
  {
    codes: [403],
    text: 'nginx error log says `directory index of "/usr/share/nginx/html/app/" is forbidden` — what does the client see and why',
  },
  {
    codes: [403],
    text: "rails 7 in dev, accessing through ngrok gives `Blocked hosts: abcd-12.ngrok-free.app`. what status does HostAuthorization middleware return",
  },
  {
    codes: [404],
    text: "`curl -H 'Host: api.internal' http://<lb-ip>/` returns `default backend - 404`. is that from my app or from ingress-nginx itself?",
  },
  {
    codes: [404],
    text: "traefik reutrns plain text `404 page not found` for my new service. container up, labels look ok. which component prints that",
  },
  {
    codes: [404],
    text: "express returns an html page `Cannot POST /api/v1/login/` (with trailing slash). what status is that default express handler using",
  },
  {
    codes: [404],
    text: "gin api: calling an existing path with the wrong method gives `404 page not found`, not something method related. why is gin behaving like that?",
  },
  {
    codes: [404],
    text: "envoy access log has `404 NR` flags for all calls to /v2/*. what does NR mean and why do i get 404",
  },
  {
    codes: [405],
    text: "POST to /index.html on plain nginx gives `405 Not Allowed`. we use index.html as spa fallback for a form POST. why does nginx refuse",
  },
  {
    codes: [413],
    text: "uploading a 5mb file through ingress-nginx gives `413 Request Entity Too Large` html page from nginx, our app has no limit. is there a default",
  },
  {
    codes: [413],
    text: "`PayloadTooLargeError: request entity too large at readStream (/app/node_modules/raw-body/index.js:156:17)` – what status does express return for this and why, body is only ~150kb json",
  },
  {
    codes: [413],
    text: "asp.net core on kestrel in docker: `Microsoft.AspNetCore.Server.Kestrel.Core.BadHttpRequestException: Request body too large. The max request body size is 30000000 bytes.` what does client get",
  },
  {
    codes: [415],
    text: "upgraded flask 2.0 → 2.3 and now some clients calling endpoints using request.get_json() get `Did not attempt to load JSON data because the request Content-Type was not 'application/json'`. what status and why did it change",
  },
  {
    codes: [415],
    text: "kubectl patch w/ the wrong --type against the apiserver: `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml`. status code?",
  },
  {
    codes: [422],
    text: "rails app (api + a few html forms): `ActionController::InvalidAuthenticityToken` in logs and the browser gets some 4xx. which stauts does rails use by default for that",
  },
  {
    codes: [422],
    text: "`The Deployment \"web\" is invalid: spec.selector: Invalid value: ... field is immutable`. kubectl apply fails. what http status apiserver returns for 'is invalid' errors",
  },
  {
    codes: [422],
    text: 'fastapi returns `{"detail":[{"type":"missing","loc":["query","page"],"msg":"Field required"}]}` and frontend dev asks why it isnt 400. which code is that and where does it come from in fastpai',
  },
  {
    codes: [409],
    text: 'operator reconcile loop logs `Operation cannot be fulfilled on configmaps "cfg": the object has been modified; please apply your changes to the latest version and try again`. which http code is behind that',
  },
  {
    codes: [409],
    text: 'pouchdb sync failing, couchdb returns `{"error":"conflict","reason":"Document update conflict."}`. status of that?',
  },
  {
    codes: [410],
    text: "client-go informer keeps logging `watch of *v1.Pod ended with: too old resource version: 123 (456)`. the apiserver sends which status for that",
  },
  {
    codes: [410],
    text: 'web push via the web-push npm package, the push service asnwers with a status and "push subscription has unsubscribed or expired". which code and should we delete the subscription',
  },
  {
    codes: [429],
    text: 'api gateway with usage plan, clients get `{"message":"Too Many Requests"}` and the lambda is never invoked. which status and from where',
  },
  {
    codes: [429],
    text: "kubectl during an incident in a huge cluster: `Error from server (TooManyRequests): the server has received too many requests and has asked us to try again later`. http code?",
  },
  {
    codes: [429],
    text: "our slack bot (meta, i know) gets `ratelimited` from chat.postMessage with Retry-After: 30. what http status is slack sending",
  },
  {
    codes: [431],
    text: "node 18 server (fastify) returns 431 for some users who have giant analytics cookies. request never reaches our route handler. where does it come from",
  },
  {
    codes: [431],
    text: "react dev server on localhost:5173 suddenly gives `431 Request Header Fields Too Large` in chrome, works in incognito. why?",
  },
  {
    codes: [500],
    text: 'api gateway test conosle: `Execution failed due to configuration error: Invalid permissions on Lambda function`, caller gets `{"message": "Internal server error"}`. what code do they get',
  },
  {
    codes: [502],
    text: '`connect() failed (111: Connection refused) while connecting to upstream, client: 172.18.0.1, server: _, request: "GET /api HTTP/1.1", upstream: "http://172.18.0.5:3000/api"` — user sees which sttaus?',
  },
  {
    codes: [502],
    text: 'lambda proxy integration returns `{"body": {...}}` (object, not string) and api gateway logs `Execution failed due to configuration error: Malformed Lambda proxy response`. which stauts does the client get',
  },
  {
    codes: [502],
    text: "nginx + php-fpm, after upgrading php 8.1→8.2 every reqeust fails: `connect() to unix:/run/php/php8.1-fpm.sock failed (2: No such file or directory) while connecting to upstream`. what do users get",
  },
  {
    codes: [502],
    text: "cloudfront custom origin, getting `502 ERROR The request could not be satisfied. CloudFront wasn't able to connect to the origin.` right after we rotated the origin cert to one for a different domain. explain",
  },
  {
    codes: [502],
    text: "httputil.ReverseProxy logs `http: proxy error: dial tcp 10.1.2.3:8080: connect: connection refused`. what does the client receive by default from the proxy",
  },
  {
    codes: [502],
    text: "nginx in front of keycloak, logins fail and error log says `upstream sent too big header while reading response header from upstream`. which status ends up at the browser",
  },
  {
    codes: [503],
    text: "istio mesh, calling service B from A returns body `no healthy upstream`. status code",
  },
  {
    codes: [503],
    text: "envoy sidecar gives `upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111`. which http status does envoy attcah to that",
  },
  {
    codes: [503],
    text: "haproxy stats shows all servers in backend DOWN and clients get `No server is available to handle this request.` which code does haproxy send?",
  },
  {
    codes: [503],
    text: 'we wrapped the mux with `http.TimeoutHandler(h, 5*time.Second, "timeout")`. clients get a 5xx after 5s but its not 504. which one and why',
  },
  {
    codes: [503],
    text: "after `php artisan down` our mobile app shows a generic error. what status is laravel sending in maintenance mode?",
  },
  {
    codes: [503],
    text: "boto3 ClientError `An error occurred (SlowDown) when calling the PutObject operation (reached max retries: 4): Please reduce your request rate.` what http code is unedrneath",
  },
  {
    codes: [503],
    text: 'heroku router logs `at=error code=H10 desc="App crashed" method=GET path="/"`. which status does the end user get',
  },
  {
    codes: [503],
    text: "enabled `limit_req zone=api burst=20 nodelay;` in nginx, and rejected requests get a 5xx rather than a 429. what's nginx's default reject code?",
  },
  {
    codes: [504],
    text: "`upstream timed out (110: Connection timed out) while reading response header from upstream` on /reports/generate. user sees what",
  },
  {
    codes: [504],
    text: 'api gateway + lambda: lambda runs 45s and finishes fine but the client gets `{"message": "Endpoint request timed out"}` after ~29s. which status?',
  },
  {
    codes: [504],
    text: "envoy answers with body `upstream request timeout` after exactly 15s. which status code is that, and is it from our app?",
  },
  {
    codes: [504],
    text: "cloudfront in front of an ALB; request that takes 40s returns an error from cloudfront (`X-Cache: Error from cloudfront`). orgiin response timeout is at default 30s. what status would that be",
  },
  {
    codes: [504],
    text: "ALB access log line: elb_status_code 504, target_processing_time -1, after 60s on a slow spring endpoint. who generated it?",
  },
  {
    codes: [504],
    text: "haproxy log with termination state `sH--` and a 5xx. what happened and which code is it",
  },
  {
    codes: [504],
    text: "grpc-gateway in front of a grpc server that returns DeadlineExceeded. which http status does the gateway map that to?",
  },
  {
    codes: [308],
    text: "ingress-nginx redirects http→https with `308 Permanent Redirect` although i never set the ssl-redirect annotation. where does that come from and why 308 and not 301",
  },
  {
    codes: [308],
    text: "next.js `redirects()` w/ permanent: true sends 308, not 301. our seo agency says that's wrong. why does next pick that code",
  },
  {
    codes: [307],
    text: "fastapi/starlette: POST /items (no trailing slash) gets redirected to /items/ w/ some 3xx. which code and why that one",
  },
  {
    codes: [302],
    text: "spring boot app with oauth2 login: fetch() calls to /api/me get redirected to the keycloak login page instead of a json error. network tab shows which status on /api/me",
  },
  {
    codes: [426],
    text: "`curl --http1.0` to our istio ingress gateway returns `426 Upgrade Required`. other servers accept 1.0 fine. why envoy",
  },
  {
    codes: [426],
    text: "node `ws` library server: a plain http GET to the same port returns `426 Upgrade Required`. what is it telling me?",
  },
  {
    codes: [505],
    text: "a fuzzer sends `GET / HTTP/9.9` to our go service and gets `505 HTTP Version Not Supported: unsupported protocol version`. where exactly does that come from",
  },
  {
    codes: [508],
    text: "client's wordpress on shared hosting shows `508 Resource Limit Is Reached`. is that a wordpress error or what",
  },
  {
    codes: [304],
    text: "nginx access logs are full of 304 with 0 bytes for /static/*.js. is smth broken? app team didn't change anything",
  },
  {
    codes: [401],
    text: "`error: You must be logged in to the server (Unauthorized)` from kubectl after rotating the cluster certs. which status does apiserver return",
  },
  {
    codes: [401],
    text: "docker pull from our harbor registry: `unauthorized: authentication required`. which status does the registry send before the token dance",
  },
  {
    codes: [400],
    text: 'haproxy log: `fe_main fe_main/<NOSRV> -1/-1/-1/-1/0 400 187 - - PR-- 1/1/0/0/0 0/0 "<BADREQ>"`. what triggers this',
  },
  {
    codes: [400],
    text: "alb returns a `400 Bad Request` html page with `Server: awselb/2.0` before anything reaches targets, only for a legacy embedded client. what status/cause",
  },
  {
    codes: [400],
    text: "`curl http://localhost:8443` against our go tls server prints `Client sent an HTTP request to an HTTPS server.` what status code comes with it",
  },
  {
    codes: [400],
    text: "grpc-gateway: our grpc method returns codes.FailedPrecondition and we expected 412 on the http side, but we see smth else. what does the gateway map it to",
  },
  {
    codes: [408],
    text: 'apache access log has many `"-" 408 -` lines with an empty request line from chrome users. someone attacking us?',
  },
  {
    codes: [408],
    text: 'ALB logs w/ elb status 408 and request field `"- - - "`. what does 408 mean at the elb level',
  },
  {
    codes: [407],
    text: "pip install inside corp network: `ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 407 Proxy Authentication Required'))`. our nexus is fine. who is sending this?",
  },
  {
    codes: [411],
    text: "azure blob rest PUT via curl without any body gives `HTTP Error 411. The request must be chunked or have a content length.` meaning?",
  },
  {
    codes: [410],
    text: 'apns http/2 response `{"reason":"Unregistered"}` comes w/ which status, and what do we do with the device token',
  },
  {
    codes: [416],
    text: "s3 getObject with a Range header on a 0-byte object → `InvalidRange: The requested range is not satisfiable`. which status",
  },
  {
    codes: [417],
    text: "old .NET framework client posting through squid gets `The remote server returned an error: (417) Expectation Failed.` doesn't happen with curl. where from",
  },
  {
    codes: [451],
    text: "git clone of a repo fails w/ `Repository unavailable due to DMCA takedown`. which http status does github return?",
  },
  {
    codes: [402],
    text: 'stripe api `{"error":{"code":"card_declined","type":"card_error"}}` — status code? our client only handles 400',
  },
  {
    codes: [511],
    text: "android app gets 511 from our api at the airport, body is some html login page. we don't have that code anywhere in the backend. where from",
  },
  {
    codes: [503],
    text: "`HTTP Error 503. The service is unavailable.` plain text on IIS right after a deploy. app pool stopped? what produces this",
  },
  {
    codes: [101],
    text: "envoy access log `GET /socket 101 - 0 0 38211ms` for every websocket. is 101 an error status?",
  },
  {
    codes: [103],
    text: 'turned on cloudflare "early hints". the browser gets an informational response before the 200. which code is cloudflare sending',
  },
  {
    codes: [409],
    text: "elasticsearch `version_conflict_engine_exception` on an update call. what status does ES return for it",
  },
  {
    codes: [502],
    text: 'hello, i have a question please. in our company we use nginx before tomcat and sometimes the customer recieve error page "502 Bad Gateway" but tomcat is running normally. in the log of nginx is written `recv() failed (104: Connection reset by peer) while reading response header from upstream`. from where this error is coming and what it mean?',
  },
  {
    codes: [422],
    text: "good morning. we are doing api for bank transfers in spring. when the user send transfer but the balance is not enough, which http status we must return? now we return 500 because exception is thrown, i think it is not correct",
  },
  {
    codes: [504],
    text: "hi, kubernetes ingress-nginx give us `504 Gateway Time-out` after 60 sec when we upload big excel file and backend process it. backend is fastapi. which setting make this and is 504 meaning the backend is broken??",
  },
  {
    codes: [401],
    text: 'in my company the team lead want that we return always 200 and put error code inside the json, like `{"code": 4001, "msg": "token expired"}`. i think this is bad practise. for token expired what http code normally should be?',
  },
  {
    codes: [401],
    text: "hey guys sry if dumb q. our react app calls `/api/user` and gets `401` from the api gateway (aws) even tho im logged in. the cognito authorizer is configured. the token i send is the access token not id token. what does 401 mean there exactly, authn failed?",
  },
  {
    codes: [409],
    text: 'bonjour, we build an api with django rest framework. when user try to create same username that exist, drf give us 400 with "A user with that username already exists." but i read somewhere is better other code for duplicates. which one please?',
  },
  {
    codes: [202],
    text: "hallo, our nestjs service receive a webhook from paypal, and we need to process it maybe 10 minutes. what we answer to paypal immediatly, so they don't resend? we dont want to keep connection open",
  },
  {
    codes: [415],
    text: 'in express app the client sends json but forgot header `Content-Type: application/json`, so `req.body` is empty `{}` and then our validation says "name required". is more correct to return 415 for missing content type? or 400',
  },
  {
    codes: [302],
    text: "hi team! our android app (okhttp) get `java.net.ProtocolException: Too many follow-up requests: 21`. server keep redirecting login → home → login. which code the server is sending in loop probably, its spring security form login",
  },
  {
    codes: [503],
    text: 'i dont understand the difference, our haproxy return `503 Service Unavailable` with body "No server is available to handle this request" but the servers are up, i can curl them directly. health check is `option httpchk GET /healthz` but the app only has /health and answers 404 there. why haproxy says 503?',
  },
  {
    codes: [404],
    text: "hey, quick sanity check, in fastapi i raise `HTTPException(status_code=404)` when the order belongs to another customer, so they cannot know it exists. is this approach correct or should i give 403 since the order does exist?",
  },
  {
    codes: [413],
    text: "our monitoring show many `HTTP 413` on the nginx in front of gitlab when developers push big LFS files. what means this code and which side is limiting, nginx or gitlab?",
  },
  {
    codes: [409],
    text: 'guten tag, we migrate an old soap service to rest in quarkus. there are operations like "approve invoice" that the invoice must be in state "pending". when it is already approved, which code is good? we had soap fault before',
  },
  {
    codes: [503],
    text: "our python client with httpx receive `httpx.HTTPStatusError: Server error '503 Service Unavailable'` and the response have header `Retry-After: 120`. what the server tries to tell us, is it our fault?",
  },
  {
    codes: [502],
    text: "hi, we have 2 backends behind AWS ALB and sometimes the alb return `HTTP 502` and in alb log `target_status_code` is `-`. it happens when the app container restarts and the port refuse connection for some seconds. what does 502 mean in this case",
  },
  {
    codes: [200],
    text: "in our company api we send 204 after successfull POST /login (session cookie is set). but the mobile team want the user profile in response body. so which code then, if we return body?",
  },
  {
    codes: [403],
    text: 'hola, our golang service use `http.Error(w, "not allowed", 401)` when user role is "guest" and try to delete a post. guest users are logged in. i think 401 is wrong here, no? which one',
  },
  {
    codes: [499],
    text: "in spring webflux when the client close the browser during a long SSE stream, our access log writes some code. in nginx in front i see 499. what is 499 meaning, we dont have it in HttpStatus enum",
  },
  {
    codes: [301],
    text: 'we got "ERR_TOO_MANY_REDIRECTS" in chrome after we put cloudflare flexible ssl and nginx redirect http to https. which status is looping here? nginx config has `return 301 https://$host$request_uri;`',
  },
  {
    codes: [200],
    text: "hi, my question: the apollo graphql server return http 200 even the query has `errors` with `UNAUTHENTICATED` extension code. our api gateway metrics count all as success. is apollo wrong? which status it should be?",
  },
  {
    codes: [409],
    text: "what status is correct when client requests DELETE /accounts/me but the account has outstanding balance and cannot be closed until paid? we are using rails. i was thinking 402 because of money but not sure",
  },
  {
    codes: [200],
    text: "mis compañeros say for a PUT which replaces the whole resource we must return 201 always. is this right? the resource existed before, we just replace it",
  },
  {
    codes: [401],
    text: 'we have api key in query param `?key=` and when the key is not valid, api return 404 to "not give info". but our customers lose hours debugging. which code is standard for wrong api key?',
  },
  {
    codes: [407],
    text: "fyi our python requests call to an internal service through the company proxy fails with `407 Proxy Authentication Required` only on the jenkins agents, on laptops it works. what exactly means 407, who ask the authentication",
  },
  {
    codes: [202],
    text: 'our django + celery: user press "generate report" and we start celery task. now we return 201 Created with task id, but the report is not existing yet. collegue say 201 is wrong. what to use?',
  },
  {
    codes: [415],
    text: "in asp.net core when the request `Content-Type` is `application/xml` and we dont have xml formatter, framework returns some code automatically. which one and is that the standard one?",
  },
  {
    codes: [100],
    text: "hello i am student. what means the code 100 Continue? i see it in wireshark when my java program send POST to server. is it error?",
  },
  {
    codes: [421],
    text: "some of our customers with corporate vpn get `421 Misdirected Request` from our nginx since we enabled http2. only them. any idea where comes from? we use one cert for two domains",
  },
  {
    codes: [451],
    text: "the vendor api return `HTTP/1.1 451` when we call from our server in russia region. what does it mean this code?",
  },
  {
    codes: [525],
    text: 'pls what is the meaning of cloudflare error 525? our origin is apache with letsencrypt and cloudflare mode is "full". we renewed cert yesterday and since then broken',
  },
  {
    codes: [404],
    text: 'we created new endpoint POST /v2/orders in gin but forgot to register it, and when client call it they get `404 page not found`. but they say "it should be 405?". which is correct for a route that doesnt exist at all?',
  },
  {
    codes: [401],
    text: "in flask when i do `abort(401)` browsers show the login popup dialog and it's ugly. my colleague say just use 403 to avoid popup. is this good idea for not logged in users?",
  },
  {
    codes: [504, 503],
    text: "our openresty lua script call redis and if redis is slow we `ngx.exit(ngx.HTTP_GATEWAY_TIMEOUT)`. is this the correct code or better 503 because redis is not a http gateway?",
  },
  { codes: [503], text: "grpc status 14 UNAVAILABLE what does it mean" },
  { codes: [504], text: "grpc code 4 deadline exceeded in my go client" },
  { codes: [504], text: "DEADLINE_EXCEEDED from my grpc client, how to raise the timeout" },
  { codes: [500], text: "grpc error code 13 internal" },
  { codes: [404], text: "what's grpc status 5" },
  { codes: [400, 409], text: "grpc FAILED_PRECONDITION vs ABORTED, which one should my service return" },
  { codes: [429], text: "grpc code 8 resource exhausted message larger than max" },
  { codes: [499], text: "grpc CANCELLED status code 1 meaning" },
  { codes: [503], text: "grpc-gateway maps UNAVAILABLE to which http status?" },
  {
    codes: [503],
    text: "our REST api sits behind grpc-gateway and returns UNAVAILABLE from the backend, what http code does the client get",
  },
  { codes: [503], text: "grpc code 14 through the json gateway, what http status" },
  { codes: [404], text: "what http code does grpc NOT_FOUND become behind the gateway" },
  { codes: [504], text: "envoy grpc-json transcoder: DEADLINE_EXCEEDED becomes what http status?" },
  { codes: [504], text: "grpc code 4 deadline exceeded via grpc-gateway -> http?" },
  { codes: [429], text: "RESOURCE_EXHAUSTED to HTTP status" },
  { codes: [429], text: "grpc-gateway returns what for code 8 resource exhausted" },
  { codes: [401], text: "UNAUTHENTICATED http equivalent in grpc-gateway" },
  { codes: [401], text: "grpc code 16 -> http status code?" },
  { codes: [403], text: "PERMISSION_DENIED grpc to http mapping" },
  { codes: [403], text: "which http status does grpc code 7 map to" },
  { codes: [400], text: "INVALID_ARGUMENT grpc -> HTTP?" },
  { codes: [400], text: "grpc status 3 over http gateway" },
  { codes: [400], text: "FAILED_PRECONDITION is translated to which http status by grpc-gateway" },
  { codes: [400], text: "grpc code 9 in http terms" },
  { codes: [400], text: "OUT_OF_RANGE grpc error, what does the gateway send to the http client" },
  { codes: [400], text: "grpc code 11 as http status" },
  { codes: [409], text: "ALREADY_EXISTS maps to which http code" },
  { codes: [409], text: "ABORTED grpc -> http status" },
  { codes: [409], text: "what http code for grpc code 10 aborted through the gateway" },
  { codes: [501], text: "UNIMPLEMENTED grpc to http" },
  { codes: [501], text: "grpc code 12 via grpc-gateway becomes?" },
  { codes: [500], text: "grpc INTERNAL mapped to http status" },
  { codes: [500], text: "grpc code 2 -> http status" },
  { codes: [500], text: "DATA_LOSS grpc mapping to http" },
  { codes: [500], text: "grpc code 15 data loss as an http status" },
  { codes: [499], text: "CANCELLED grpc to HTTP mapping" },
  { codes: [499], text: "grpc code 1 cancelled -> which http status in the gateway" },
  {
    codes: [503],
    text: "hey, which HTTP status should our API gateway return when the grpc backend says UNAVAILABLE?",
  },
  { codes: [404], text: "@Status Bot grpc NOT_FOUND -> http?" },
  { codes: [403], text: "in cloud endpoints / ESPv2, grpc PERMISSION_DENIED shows up as which http code" },
  { codes: [429], text: "what's the HTTP equivalent of gRPC RESOURCE_EXHAUSTED" },
  { codes: [504], text: "http status for grpc DEADLINE_EXCEEDED when transcoding" },
  { codes: [409], text: "grpc ALREADY_EXISTS - http status code pls" },
  { codes: [501], text: "what http status do rest clients see when grpc returns UNIMPLEMENTED" },
  { codes: [400], text: "grpc INVALID_ARGUMENT, what http code will the gateway respond with" },
  {
    codes: [504],
    text: "we put grpc-gateway in front of our inventory service so mobile clients can call it over REST; when the backend returns DEADLINE_EXCEEDED, which HTTP status will the mobile app actually receive?",
  },
  {
    codes: [404],
    text: 'our express app returns an html page saying "Cannot GET /api/v2/invoices/export" when someone hits a path we never registered. i never set a status anywhere for that, so what is express\'s finalhandler actually sending?',
  },
  {
    codes: [400],
    text: 'We\'re using express.json() and a client posted {"qty": 3,} with the trailing comma. The request never reaches my route, body-parser just errors out with SyntaxError: Unexpected token } in JSON at position 11. What status does the client receive from that?',
  },
  {
    codes: [413],
    text: "hi all, express.json({ limit: '100kb' }) is configured and a partner is pushing 2MB batch, in logs we see type entity.too.large. which status code is going back to them by default?",
  },
  {
    codes: [302],
    text: "quick q before our ios team ships: in express, res.redirect('/login') with no status argument -- what redirect code is that by default?",
  },
  {
    codes: [404],
    text: "I only have app.post('/orders') registered in express and a client does PUT /orders. Does express answer 405 by itself or what do they actually get back?",
  },
  {
    codes: [204],
    text: "the `cors` npm middleware answers preflight OPTIONS on its own. with optionsSuccessStatus left at default, what status does the preflight response have?",
  },
  {
    codes: [429],
    text: "express-rate-limit v7 with windowMs 60s, limit 100. when one client go over the limit, what status the middleware is sending out of box? we didnt touch statusCode option",
  },
  {
    codes: [403],
    text: 'legacy express app still on csurf, form posts fail with "ForbiddenError: invalid csrf token" code EBADCSRFTOKEN. which status is set on that error?',
  },
  {
    codes: [413],
    text: "multer throws MulterError: File too large (code LIMIT_FILE_SIZE) and since it has no status it falls into our generic handler and returns 500. What status should we actually map that error to?",
  },
  {
    codes: [401],
    text: 'express-jwt throws UnauthorizedError "No authorization token was found" on our admin routes. what http status does that error carry by default?',
  },
  {
    codes: [404],
    text: 'koa app, whole middleware chain is running to the end but nobody is setting ctx.body, and client receive only text "Not Found". so which status koa is defaulting there?',
  },
  {
    codes: [204],
    text: "In Koa I explicitly do ctx.body = null at the end of my delete handler without touching ctx.status. What status code goes out on the wire?",
  },
  {
    codes: [405],
    text: "using @koa/router with router.allowedMethods(). the route only has GET, client sends DELETE to it. what does allowedMethods respond with?",
  },
  {
    codes: [501],
    text: "@koa/router allowedMethods() again, a CDN sends PURGE to our koa app and the router doesn't implement that method at all. what status code does it set for a method it doesn't implement?",
  },
  {
    codes: [400],
    text: 'fastify route with json schema on body (required: [\'email\']), client omits email and gets {"code":"FST_ERR_VALIDATION","error":"Bad Request","message":"body must have required property \'email\'"}. what statusCode is in that response?',
  },
  {
    codes: [415],
    text: 'fastify is giving FST_ERR_CTP_INVALID_MEDIA_TYPE "Unsupported Media Type: text/xml" to one client who post xml. which code fastify reply with in this case?',
  },
  {
    codes: [413],
    text: "Fastify's bodyLimit is the default 1 MiB and a customer uploaded a 3 MB JSON document. We see FST_ERR_CTP_BODY_TOO_LARGE in the logs. What status did they get?",
  },
  {
    codes: [404],
    text: 'in fastify /reports only exists for POST and someone sends GET /reports. message is "Route GET:/reports not found". Is that a 405 or something else?',
  },
  {
    codes: [429],
    text: "we registered @fastify/rate-limit plugin with default config, only max: 50 is changed. the rejected requests, what status they get?",
  },
  {
    codes: [500],
    text: 'fastify response schema requires "id" and my handler returned an object without it, fast-json-stringify throws \'"id" is required!\'. what does the client receive in that case?',
  },
  {
    codes: [431],
    text: "node 20 plain http server, clients with gigantic cookies get rejected before any of our code runs. maxHeaderSize is the default 16KB. which status is node itself replying with?",
  },
  {
    codes: [408],
    text: "Node 18+ has server.requestTimeout (300s default). A very slow mobile upload hits it. Does node send a response and which status code is used?",
  },
  {
    codes: [201],
    text: "NestJS: my @Post() create() returns the saved entity and the client sees 201 although I never set a status. What status is Nest's default for a POST handler?",
  },
  {
    codes: [400],
    text: 'nest ValidationPipe with class-validator, in dto there is @IsEmail() on email and client send "bob@". which status pipe throws by default, we not configured errorHttpStatusCode?',
  },
  {
    codes: [403],
    text: 'In NestJS my RolesGuard\'s canActivate returns false and the client gets {"message":"Forbidden resource","error":"Forbidden"}. What status is that?',
  },
  {
    codes: [401],
    text: "@UseGuards(AuthGuard('jwt')) from @nestjs/passport on our profile controller, and access token is expired since 1 hour. What nest respond with? Is it 403?",
  },
  {
    codes: [400],
    text: "nestjs ParseIntPipe on @Param('id'), client calls GET /users/abc and gets \"Validation failed (numeric string is expected)\". what status code?",
  },
  {
    codes: [429],
    text: 'hello, in our nest app we use @nestjs/throttler and clients see "ThrottlerException: Too Many Requests". which status code it is sending?',
  },
  {
    codes: [500],
    text: 'in nest a TypeORM QueryFailedError (duplicate key value violates unique constraint "users_email_key") bubbles up from my service, nobody catches it. what does the built-in exception filter return?',
  },
  {
    codes: [204],
    text: "In a Nest controller my DELETE handler returns nothing. Should I put @HttpCode(204) on it or keep Nest's default 200 with an empty body — what is the right status for a successful delete with no body?",
  },
  {
    codes: [403],
    text: "django view raises django.core.exceptions.PermissionDenied when a non-owner tries to download a file. what status does django turn that into?",
  },
  {
    codes: [400],
    text: "after going DEBUG=False on django we get tons of \"Invalid HTTP_HOST header: 'api.internal:8000'. You may need to add 'api.internal' to ALLOWED_HOSTS.\" what status do those requests get back?",
  },
  {
    codes: [405],
    text: 'django function view with the @require_http_methods(["POST"]) decorator, and some crawler keeps doing GET on it every minute. what status is django returning to the crawler?',
  },
  {
    codes: [400],
    text: 'Django raises RequestDataTooBig: "Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE." I expected a 413 but the client sees something else. What status does Django actually return for this?',
  },
  {
    codes: [302],
    text: "our SPA calls a django view decorated with @login_required and when the session is gone fetch() doesn't get a 401. what status does the decorator produce instead?",
  },
  {
    codes: [404],
    text: "django get_object_or_404(Order, pk=pk) with pk that not exist in db, DEBUG is off. what status user gets? we want to be sure before writing the api docs",
  },
  {
    codes: [500],
    text: 'django logs "The view billing.views.refund didn\'t return an HttpResponse object. It returned None instead." what does the client see when this happens?',
  },
  {
    codes: [403],
    text: 'DRF with only SessionAuthentication in DEFAULT_AUTHENTICATION_CLASSES and IsAuthenticated as permission. An anonymous request gets "Authentication credentials were not provided." Is that returned as 401 or 403?',
  },
  {
    codes: [401],
    text: "drf settings: DEFAULT_AUTHENTICATION_CLASSES = [TokenAuthentication, SessionAuthentication], IsAuthenticated on the viewset. A request comes with no Authorization header at all. which status does DRF send?",
  },
  {
    codes: [415],
    text: 'in DRF a client posts xml to an APIView that only has JSONParser, response is: Unsupported media type "application/xml" in request. what status?',
  },
  {
    codes: [403],
    text: "DRF viewset with token auth, user IS logged in but has_object_permission returns False for someone else's invoice. what status does drf send?",
  },
  {
    codes: [201],
    text: "our DRF ModelViewSet create() is not overridden. which code CreateModelMixin is returning on success by default, 200 or something else?",
  },
  {
    codes: [406],
    text: 'Client sends Accept: application/xml to a DRF endpoint that only has JSONRenderer, gets "Could not satisfy the request Accept header." Which status code is that?',
  },
  {
    codes: [401],
    text: 'djangorestframework-simplejwt returns {"detail":"Given token not valid for any token type","code":"token_not_valid"} when the access token is expired. what http status comes with it?',
  },
  {
    codes: [400],
    text: 'drf raise ParseError "JSON parse error - Expecting value: line 1 column 1 (char 0)" when body is empty but content-type is json. which status it gives?',
  },
  {
    codes: [500],
    text: "i subclassed APIException in DRF for a custom error and forgot to set status_code on the class. what status does drf send in that case?",
  },
  {
    codes: [401],
    text: 'FastAPI OAuth2PasswordBearer dependency, request with no Authorization header at all, response {"detail":"Not authenticated"}. which status code?',
  },
  {
    codes: [405],
    text: 'starlette/fastapi: route is defined as @app.get("/items") and client is doing POST to /items, body come back {"detail":"Method Not Allowed"}. which code is it?',
  },
  {
    codes: [500],
    text: "fastapi: my response_model says id: int but the ORM row has id None and the logs show ResponseValidationError. what did the client receive?",
  },
  {
    codes: [400],
    text: 'Starlette TrustedHostMiddleware with allowed_hosts=["api.example.com"], request comes with Host: evil.com and the body is "Invalid host header". What status is that?',
  },
  {
    codes: [307],
    text: "starlette HTTPSRedirectMiddleware, plain http request. Is the redirect a 301, 307 or 308? need to know for a client that replays POSTs",
  },
  {
    codes: [404],
    text: "in fastapi should I raise HTTPException(404) or 422 when the path param order_id is a valid UUID but there's no row in the db for it?",
  },
  {
    codes: [400],
    text: 'starlette CORSMiddleware: a preflight from an origin not in allow_origins gets the text "Disallowed CORS origin". what status does starlette put on that preflight response?',
  },
  {
    codes: [502],
    text: 'gunicorn with uvicorn workers, a request runs past --timeout 30 and we see "[CRITICAL] WORKER TIMEOUT (pid:1234)". nginx is in front. what status does the browser end up with?',
  },
  {
    codes: [415],
    text: "flask 3: request.get_json() when the client sends Content-Type: text/plain. it used to return None, now it aborts. with what status?",
  },
  {
    codes: [400],
    text: "werkzeug BadRequestKeyError is raised when my code does request.form['email'] and field is not there in form. which status code user is getting?",
  },
  {
    codes: [413],
    text: "flask MAX_CONTENT_LENGTH = 16 * 1024 * 1024 in config, and one user uploads 50MB zip file. status he gets?",
  },
  {
    codes: [308],
    text: "flask route is '/projects/' with a trailing slash and the user visits /projects. werkzeug redirects them — with which status these days?",
  },
  {
    codes: [400],
    text: 'Flask-WTF raises CSRFError "The CSRF token is missing." on an ajax post. which status comes with that?',
  },
  {
    codes: [401],
    text: "flask-login @login_required on a route, and we never configured login_manager.login_view. anonymous user hits it — what status does flask-login abort with?",
  },
  {
    codes: [500],
    text: "flask app behind gunicorn, one view raise KeyError, DEBUG off and PROPAGATE_EXCEPTIONS off. what status is going to the client?",
  },
  {
    codes: [415],
    text: "Spring MVC: a client posts text/plain to an endpoint with consumes = \"application/json\" and gets HttpMediaTypeNotSupportedException: Content-Type 'text/plain;charset=UTF-8' is not supported. What status is returned?",
  },
  {
    codes: [405],
    text: "in spring logs: Resolved [org.springframework.web.HttpRequestMethodNotSupportedException: Request method 'DELETE' is not supported]. what client is seeing? we need to put in api doc",
  },
  {
    codes: [400],
    text: "spring boot: client sends malformed json and we get \"HttpMessageNotReadableException: JSON parse error: Unexpected character ('}' (code 125))\". what status goes back?",
  },
  {
    codes: [403],
    text: "Spring Security: the JWT is valid, user is authenticated, but @PreAuthorize(\"hasRole('ADMIN')\") fails and AccessDeniedException is thrown. Which status does spring security return?",
  },
  {
    codes: [401],
    text: 'spring security oauth2ResourceServer with jwt(), token signature invalid, response has WWW-Authenticate: Bearer error="invalid_token". which status?',
  },
  {
    codes: [403],
    text: "spring security with csrf left on default (enabled), our postman POST to /api/orders is failing with empty body. which status we are getting here?",
  },
  {
    codes: [409],
    text: "JPA @Version on Order, two admins save the same order and the second gets ObjectOptimisticLockingFailureException, currently unhandled so it's a 500. We don't use ETags or If-Match at all. What status should the API return instead?",
  },
  {
    codes: [409],
    text: "spring DataIntegrityViolationException happen on unique email constraint at signup. which status I should map it in my @ControllerAdvice? now it gives 500",
  },
  {
    codes: [500],
    text: 'spring boot default /error json {"timestamp":"...","status":...,"error":"Internal Server Error","path":"/api/x"} when a NullPointerException escapes the controller. what\'s the status?',
  },
  {
    codes: [404],
    text: "spring 6.1 / boot 3.2 started logging NoResourceFoundException: No static resource api/v1/foo. what status does the client get for that?",
  },
  {
    codes: [400],
    text: "webflux functional endpoints aside, an annotated webflux controller with @Valid @RequestBody fails with WebExchangeBindException. what status does webflux use?",
  },
  {
    codes: [201],
    text: "@ResponseStatus(HttpStatus.CREATED) on our spring POST /projects, but a colleague says it should be 200 because we return the project body. what is correct for a POST that creates a resource and returns it?",
  },
  {
    codes: [401],
    text: "spring security configured only with httpBasic(), no formLogin. client call protected endpoint without any credentials, what status is returned?",
  },
  {
    codes: [302],
    text: "spring boot app with formLogin(), our SPA's fetch to /api/me without a session gets redirected to /login instead of failing. what status is that redirect?",
  },
  {
    codes: [400],
    text: 'embedded tomcat in spring boot, a request carries a 20KB cookie, max-http-request-header-size is 8KB, log says "java.lang.IllegalArgumentException: Request header is too large". what status does tomcat send back?',
  },
  {
    codes: [404],
    text: "rails api in production, User.find(999) raises ActiveRecord::RecordNotFound and we have no rescue_from for it. which status does rails render?",
  },
  {
    codes: [422],
    text: "Hi, we have rails app and after some time on the form page the submit give ActionController::InvalidAuthenticityToken. I thought it would be 403 but seems different, which status rails return for this?",
  },
  {
    codes: [400],
    text: 'params.require(:user) when user key is missing in payload -> ActionController::ParameterMissing "param is missing or the value is empty: user". which status in production mode?',
  },
  {
    codes: [409],
    text: 'rails optimistic locking with lock_version, ActiveRecord::StaleObjectError "Attempted to update a stale object: Order." is not rescued anywhere. what status does rails map that to?',
  },
  {
    codes: [422],
    text: 'rails: user.save! raises ActiveRecord::RecordInvalid "Validation failed: Email has already been taken" and we don\'t rescue it. what does production respond with?',
  },
  {
    codes: [406],
    text: "rails respond_to with only format.html inside, and client is requesting /reports/5.json, so ActionController::UnknownFormat is raised. what status rails send?",
  },
  {
    codes: [403],
    text: 'rails 6 ActionDispatch::HostAuthorization shows "Blocked hosts: myapp.internal" page to our health checker. what status is that response?',
  },
  {
    codes: [301],
    text: "rails config.force_ssl = true, plain http GET is redirected to https. with which code exactly?",
  },
  {
    codes: [307],
    text: "With config.force_ssl in rails, a client POSTs over plain http. Which redirect status does ActionDispatch::SSL use for non-GET methods?",
  },
  {
    codes: [403],
    text: "rack-attack blocklist with Fail2Ban filter for wp-login scanners, blocked requests get which status by default?",
  },
  {
    codes: [422],
    text: 'laravel $request->validate() fails on an api route, request has Accept: application/json. what status is the json error response with "The given data was invalid"?',
  },
  {
    codes: [302],
    text: "laravel classic form post (not ajax, no Accept json) failing validation. the user doesn't see a 422, what status do they actually get?",
  },
  {
    codes: [419],
    text: 'laravel shows "Page Expired" when someone leaves the checkout form open overnight and submits, TokenMismatchException. what code is that?',
  },
  {
    codes: [429],
    text: 'laravel throttle:60,1 middleware, ThrottleRequestsException "Too Many Attempts." which status code?',
  },
  {
    codes: [401],
    text: 'laravel sanctum, api call without bearer token on an auth:sanctum route with Accept json, message "Unauthenticated.". status?',
  },
  {
    codes: [403],
    text: "in laravel policy is denying $this->authorize('update', $post) and response say \"This action is unauthorized.\" which status this is?",
  },
  {
    codes: [503],
    text: "php artisan down for a migration — what status does laravel serve to everyone during maintenance mode?",
  },
  {
    codes: [201],
    text: "laravel controller does return new UserResource($user) right after User::create(). what status does laravel send automatically for that?",
  },
  {
    codes: [503],
    text: ".NET 7 rate limiting middleware (AddRateLimiter + fixed window), we didn't set RejectionStatusCode. what status do the rejected clients see?",
  },
  {
    codes: [429],
    text: "we're configuring options.RejectionStatusCode for the asp.net core rate limiter on a per-user fixed window policy. what status code should it be?",
  },
  {
    codes: [413],
    text: "kestrel log: Microsoft.AspNetCore.Server.Kestrel.Core.BadHttpRequestException: Request body too large. The max request body size is 30000000 bytes. what status client is receiving?",
  },
  {
    codes: [431],
    text: "Kestrel is rejecting request because MaxRequestHeadersTotalSize (32KB) exceeded, one client send huge cookies. which code kestrel returns?",
  },
  {
    codes: [414],
    text: "Kestrel MaxRequestLineSize exceeded because a client puts an enormous filter in the query string. status?",
  },
  {
    codes: [400],
    text: "asp.net core mvc [ValidateAntiForgeryToken] fails on a form post. which status does it give? not seeing a 403 like i expected",
  },
  {
    codes: [403],
    text: 'asp.net core, token is valid but [Authorize(Policy = "Admin")] fails and Forbid() happens. which status does the client get?',
  },
  {
    codes: [415],
    text: "asp.net core [ApiController] action with [FromBody] dto, client sends Content-Type: application/x-www-form-urlencoded. what status does the framework return?",
  },
  {
    codes: [405],
    text: 'asp.net core endpoint routing: app.MapGet("/items", ...) exist and client sends POST /items. it give 404 or 405?',
  },
  {
    codes: [500],
    text: 'IIS in front of our asp.net core app shows "HTTP Error 500.30 - ASP.NET Core app failed to start". what is the actual http status code on the wire?',
  },
  {
    codes: [404],
    text: "IIS gives 404.13 for uploads over maxAllowedContentLength (30MB default). what status code does the client actually see?",
  },
  {
    codes: [401],
    text: "ASP.NET Core cookie auth on api controllers, unauthenticated XHR calls get redirected to /Account/Login?ReturnUrl=... . what status should an API endpoint return instead of this redirect?",
  },
  {
    codes: [405],
    text: 'go 1.22 ServeMux: mux.HandleFunc("POST /items", h) and nothing else for /items. what does GET /items return?',
  },
  {
    codes: [200],
    text: "go handler which never call WriteHeader nor Write, only return after logging. what status net/http is sending?",
  },
  {
    codes: [200],
    text: 'go log "http: superfluous response.WriteHeader call from main.handler" — I call w.WriteHeader(500) after the json encoder already wrote the body. which status did the client actually get?',
  },
  {
    codes: [503],
    text: 'http.TimeoutHandler(h, 5*time.Second, "timeout") in go — when it fires, what status does it write?',
  },
  {
    codes: [502],
    text: 'go httputil.ReverseProxy with the default ErrorHandler, log says "http: proxy error: dial tcp 10.0.3.4:8080: connect: connection refused". what did the client get?',
  },
  {
    codes: [301],
    text: "go http.FileServer, we request /static/index.html and get a redirect instead of the file. what is the status of that redirect?",
  },
  {
    codes: [502],
    text: 'go: a panic inside the handler, net/http logs "http: panic serving 10.0.0.5:51234: runtime error: invalid memory address or nil pointer dereference" and drops the connection. our AWS ALB in front shows what status to the user?',
  },
  {
    codes: [400],
    text: 'gin: c.BindJSON(&req) fails on a type mismatch and then I see "[WARNING] Headers were already written. Wanted to override status code 400 with 422". which status did the client get?',
  },
  {
    codes: [404],
    text: "gin router, route is registered GET only and client send POST on it. HandleMethodNotAllowed we did not set. default response status is what?",
  },
  {
    codes: [405],
    text: "gin with router.HandleMethodNotAllowed = true, client sends POST to a path that only has a GET handler. which status now?",
  },
  {
    codes: [405],
    text: 'echo v4: GET /users registered, client sends DELETE /users and receive {"message":"Method Not Allowed"}. which status?',
  },
  {
    codes: [504],
    text: "chi middleware.Timeout(10*time.Second), handler watches ctx.Done() and returns after the deadline. what status does chi write?",
  },
  {
    codes: [415],
    text: "axum Json<CreateUser> extractor, the client forgot the Content-Type header completely. what does axum respond with?",
  },
  {
    codes: [422],
    text: 'axum Json extractor: body is valid json but "age" is a string instead of u32, error text "Failed to deserialize the JSON body into the target type: age: invalid type: string". status?',
  },
  {
    codes: [400],
    text: "axum, malformed json body (closing brace missing) so it become JsonSyntaxError rejection. which status?",
  },
  {
    codes: [408],
    text: "tower_http TimeoutLayer::new(Duration::from_secs(30)) on our axum router. when it fires, which status does the client get?",
  },
  {
    codes: [404],
    text: "actix-web web::Path<(u32,)> and the url is /items/abc which fails to deserialize, no PathConfig error handler. what does actix return by default?",
  },
  {
    codes: [405],
    text: "axum router: path matches but the method doesn't (route only has get). which status does axum return?",
  },
  {
    codes: [404],
    text: "phoenix: Repo.get!(Post, id) raises Ecto.NoResultsError in prod with phoenix_ecto installed. what status does phoenix render?",
  },
  {
    codes: [403],
    text: "phoenix form post failing with Plug.CSRFProtection.InvalidCSRFTokenError. user get which status?",
  },
  {
    codes: [400],
    text: "Plug.Parsers.ParseError for malformed json in our phoenix api, client is sending broken body. what status phoenix return?",
  },
  {
    codes: [503],
    text: "we have limit_req zone=api burst=10 nodelay in nginx and the excess requests do not get 429 like i expected. what status nginx use by default for limit_req rejections?",
  },
  {
    codes: [429],
    text: "setting up limit_req in nginx for our public api. what should i put in limit_req_status so clients know to back off?",
  },
  {
    codes: [502],
    text: "nginx log says connect() failed (111: Connection refused) while connecting to upstream, our node app is restarting. user is seeing which status?",
  },
  {
    codes: [444],
    text: "we have 'return 444;' in nginx for bots hitting /wp-login.php. what does 444 actually do, does the bot get any status at all?",
  },
  {
    codes: [502],
    text: 'nginx: "upstream sent too big header while reading response header from upstream" after we added a huge Set-Cookie. what status does the browser get?',
  },
  {
    codes: [494],
    text: 'user sees "400 Bad Request - Request Header Or Cookie Too Large" from nginx. I read nginx has its own internal code for this case that error_page can catch, which one is it?',
  },
  {
    codes: [496],
    text: "nginx with ssl_verify_client on, a client connects without any cert and gets \"400 No required SSL certificate was sent\". what's nginx's own code for that situation?",
  },
  {
    codes: [403],
    text: 'nginx is serving a dir without index.html, autoindex off, and error.log has: directory index of "/var/www/html/" is forbidden. what user gets?',
  },
  {
    codes: [502],
    text: 'nginx + php-fpm: "*1 connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream". status?',
  },
  {
    codes: [404],
    text: 'nginx fastcgi, "Primary script unknown" in error log and the browser shows just "File not found.". what status is that?',
  },
  {
    codes: [408],
    text: "nginx client_body_timeout exceeded from slow mobile uploader on 2G network. nginx logging which status for it?",
  },
  {
    codes: [504],
    text: "nginx proxy_connect_timeout 5s and the upstream host is blackholed (no RST, just nothing). what status do clients get?",
  },
  {
    codes: [504],
    text: "apache mod_proxy_http, the backend takes longer than ProxyTimeout to send anything. what status does the client see?",
  },
  {
    codes: [413],
    text: "apache LimitRequestBody 10485760 and somebody upload 20MB through the form. which status apache give?",
  },
  {
    codes: [403],
    text: "mod_security with OWASP CRS in blocking mode, inbound anomaly score exceeded. what status code by default?",
  },
  {
    codes: [400],
    text: 'apache page says "Size of a request header field exceeds server limit." what status code is that page served with?',
  },
  {
    codes: [503],
    text: 'istio access log: "GET /api/orders HTTP/1.1" - UF upstream_reset_before_response_started{connection_failure}. what status did envoy send downstream?',
  },
  {
    codes: [504],
    text: 'envoy access log response flag UT and body "upstream request timeout". which status code that is?',
  },
  {
    codes: [403],
    text: "envoy ext_authz filter, the authz service denies the check without setting a custom status. what status does the client receive?",
  },
  {
    codes: [403],
    text: 'istio AuthorizationPolicy with action DENY matches, response body is "RBAC: access denied". what status?',
  },
  {
    codes: [431],
    text: "envoy with max_request_headers_kb at 60, a client sends more headers than that. what status does envoy reply with?",
  },
  {
    codes: [503],
    text: 'istio sidecar: "upstream connect error or disconnect/reset before headers. reset reason: connection termination" after we turned on STRICT mTLS in one namespace only. status code?',
  },
  {
    codes: [504],
    text: 'haproxy "timeout server 30s" exceeded, log shows termination state sH. what status went to the client?',
  },
  {
    codes: [500],
    text: "haproxy http-request tarpit for abusive IPs: after the tarpit delay, which status does haproxy return by default?",
  },
  { codes: [403], text: "haproxy http-request deny without deny_status given, which status clients get?" },
  {
    codes: [408],
    text: 'haproxy "timeout http-request 10s", a client sends headers too slowly (slowloris). which status does haproxy send?',
  },
  {
    codes: [502],
    text: "haproxy log termination flags SH, the server closed before sending complete headers. status to client?",
  },
  {
    codes: [404],
    text: 'traefik: request for a host that has no matching router rule, plain text "404 page not found". which status is traefik giving?',
  },
  {
    codes: [401],
    text: "traefik forwardAuth middleware, our auth service responds 401 for a bad session. what status does traefik pass to the client?",
  },
  {
    codes: [401],
    text: 'kong key-auth plugin, request without apikey header: {"message":"No API key found in request"}. status?',
  },
  {
    codes: [403],
    text: 'kong acl plugin is saying "You cannot consume this service" for consumer not in allow group. status?',
  },
  { codes: [504], text: 'kong {"message":"The upstream server is timing out"}. which status code is it?' },
  {
    codes: [460],
    text: 'alb access logs show elb_status_code 460 and target_status_code "-". what does 460 mean?',
  },
  {
    codes: [463],
    text: "ALB is returning 463 for some requests coming from partner who is behind chain of proxies. what is 463 means?",
  },
  {
    codes: [503],
    text: "AWS ALB target group with zero registered targets after a bad deploy. which status does the ALB return for every request?",
  },
  {
    codes: [504],
    text: "ALB idle timeout 60s, our report endpoint takes 90s to answer. what status does the ALB give to the client?",
  },
  {
    codes: [502],
    text: "node express behind ALB, random errors under load, node keepAliveTimeout is the default 5s and ALB idle timeout 60s. what status is the ALB producing for those requests?",
  },
  {
    codes: [561],
    text: "ALB with authenticate-oidc listener rule, the IdP fails the user info/token step and ALB returns 561. what is 561?",
  },
  {
    codes: [502],
    text: "ALB with a lambda target, our lambda returns a response body over 1MB. status from the ALB?",
  },
  {
    codes: [504],
    text: "ALB target security group doesn't allow traffic from the ALB's SG, so connecting to the target times out after 10s. what status?",
  },
  {
    codes: [403],
    text: 'api gateway REST, calling a path that doesn\'t exist returns {"message":"Missing Authentication Token"}. what status comes with it?',
  },
  {
    codes: [504],
    text: 'API Gateway REST with lambda proxy integration, lambda takes 35s: {"message": "Endpoint request timed out"}. status?',
  },
  {
    codes: [502],
    text: 'api gateway lambda proxy returns { statusCode: 200, body: {...} } with body as an object instead of string -> "Malformed Lambda proxy response" in execution logs. what does the client see?',
  },
  {
    codes: [401],
    text: "our api gateway lambda authorizer does throw new Error('Unauthorized') for a bad token. what status does the caller get?",
  },
  {
    codes: [429],
    text: 'API GW account-level throttling kicks in, {"message":"Too Many Requests"}. status?',
  },
  {
    codes: [413],
    text: "api gateway REST, somebody posting 12MB base64 blob, it is over 10MB payload limit. what status he gets?",
  },
  {
    codes: [403],
    text: "cloudfront + s3 origin with OAC, requesting a key that doesn't exist returns AccessDenied xml, not NoSuchKey. which status code is it?",
  },
  {
    codes: [504],
    text: "cloudfront origin response timeout 30s exceeded on slow search endpoint, users complain. which status cloudfront returns?",
  },
  {
    codes: [521],
    text: 'cloudflare error 521 "Web server is down" on our api. what does 521 mean for the origin?',
  },
  {
    codes: [525],
    text: "cloudflare 525 SSL handshake failed right after we changed SSL mode to Full. what is 525?",
  },
  {
    codes: [526],
    text: "cloudflare 526 Invalid SSL certificate, we use Full (strict) with a self-signed cert on the origin. meaning?",
  },
  {
    codes: [520],
    text: 'cloudflare 520 "Web server is returning an unknown error", origin sent an empty response. what is 520?',
  },
  {
    codes: [523],
    text: 'cloudflare 523 "Origin is unreachable" is coming for our subdomain. what this code mean?',
  },
  {
    codes: [403],
    text: 'Cloudflare "Error 1020 Access denied" page from a firewall rule. what http status does it come with?',
  },
  {
    codes: [429],
    text: 'cloudflare error 1015 "You are being rate limited" for our integration partner. which http status code is it?',
  },
  {
    codes: [530],
    text: "cloudflare Error 1016 Origin DNS error after we deleted the A record. what HTTP status code comes with it?",
  },
  {
    codes: [403],
    text: "cloudflare managed challenge page served to our python requests client (cf-mitigated: challenge). which status is it?",
  },
  {
    codes: [403],
    text: "cloud armor rule: should I use deny(403) or deny(404) to block a country on our public api? which status is the right one?",
  },
  {
    codes: [504],
    text: 'cloud run service hits its request timeout (300s default), client gets "upstream request timeout". which status?',
  },
  {
    codes: [403],
    text: "azure app gateway WAF (OWASP 3.2, prevention mode) blocking one SQLi-looking request. which status it return?",
  },
  {
    codes: [500],
    text: "ingress-nginx auth-url service itself is broken and returns 502. what does the ingress return to the client?",
  },
  {
    codes: [503],
    text: 'ingress-nginx, the service has no ready endpoints because pods are crashlooping. page says "503 Service Temporarily Unavailable". that\'s the status right?',
  },
  {
    codes: [503],
    text: "ingress-nginx limit-rps annotation, excess requests get what status by default (limit-req-status-code not changed)?",
  },
  {
    codes: [413],
    text: "ingress-nginx proxy-body-size is default 1m and our image uploads are failing. which status code clients are getting?",
  },
  {
    codes: [503],
    text: 'heroku router log: at=error code=H12 desc="Request timeout" method=GET path="/reports" ... what status is H12 served with?',
  },
  {
    codes: [503],
    text: 'heroku at=error code=H10 desc="App crashed" path="/". what status users are seeing?',
  },
  {
    codes: [499],
    text: 'heroku at=error code=H27 desc="Client Request Interrupted" method=POST path="/upload". which status is logged?',
  },
  {
    codes: [504],
    text: "vercel FUNCTION_INVOCATION_TIMEOUT on a serverless function after 10s. what status?",
  },
  {
    codes: [413],
    text: "vercel FUNCTION_PAYLOAD_TOO_LARGE when posting a 6MB body to an api route. which status?",
  },
  {
    codes: [202],
    text: "netlify background function (name ends with -background) is invoked. what status does netlify respond with immediately?",
  },
  {
    codes: [409],
    text: "RestTemplate is throwing HttpClientErrorException$Conflict when we create duplicate customer in CRM. which status server has sent?",
  },
  {
    codes: [504],
    text: "go: context deadline exceeded (Client.Timeout exceeded while awaiting headers) calling the pricing service. what should our gateway return to its caller in that case?",
  },
  {
    codes: [400],
    text: "oauth token endpoint, refresh token was revoked so we respond error=invalid_grant. what http status per RFC 6749?",
  },
  {
    codes: [401],
    text: "client authenticates with HTTP Basic at our token endpoint and the client secret is wrong (invalid_client). which status should the token endpoint return?",
  },
  {
    codes: [400],
    text: "our oauth server receive grant_type=password which we disabled last month, so error is unsupported_grant_type. which status we return?",
  },
  {
    codes: [401],
    text: 'resource server, bearer token expired, we send WWW-Authenticate: Bearer error="invalid_token". which status per RFC 6750?',
  },
  {
    codes: [403],
    text: "bearer token is valid but lacks the orders:write scope, error=insufficient_scope. status per RFC 6750?",
  },
  {
    codes: [200],
    text: "implementing our own token endpoint. should the success response be 200 or 201, since technically we create a new access token each time?",
  },
  {
    codes: [400],
    text: "device authorization grant polling, the user hasn't approved yet so error=authorization_pending. what status per RFC 8628?",
  },
  {
    codes: [200],
    text: "RFC 7009 revocation endpoint: a client revokes a token that is already expired or invalid. what status should we return, 400 with invalid_token?",
  },
  {
    codes: [200],
    text: 'token introspection (RFC 7662) for an expired token: 200 with {"active":false} or 401?',
  },
  {
    codes: [400],
    text: "apollo server 4 and client sends query with syntax error, extensions code GRAPHQL_PARSE_FAILED. what http status apollo is sending?",
  },
  {
    codes: [200],
    text: "in our graphql api one resolver throws for a single field, the other fields resolve fine, and the response has data plus an errors array. what status should the http response have?",
  },
  {
    codes: [405],
    text: "graphql-over-http: a client sends a mutation through a GET request. which status per the spec?",
  },
  {
    codes: [400],
    text: 'apollo server 4 CSRF prevention: "This operation has been blocked as a potential Cross-Site Request Forgery (CSRF)." which status?',
  },
  {
    codes: [200],
    text: "graphql over http with the legacy application/json response type, the query fails validation. what status per the spec?",
  },
  {
    codes: [401, 403],
    text: "github webhook: X-Hub-Signature-256 doesn't match our HMAC of the payload. what status should our endpoint respond with?",
  },
  {
    codes: [200],
    text: "slack events api is retrying to us with X-Slack-Retry-Num: 1 and X-Slack-Retry-Reason: http_timeout. what status we should answer with, and how quick?",
  },
  {
    codes: [202, 200],
    text: "our github webhook receiver queues the work and processes later. should it return 202 or 200?",
  },
  {
    codes: [409],
    text: "tus server: PATCH arrives with Upload-Offset: 1048576 but we only have 524288 bytes stored for that upload. which status per the tus protocol?",
  },
  {
    codes: [412],
    text: "tus client send Tus-Resumable: 0.2.2 header and our server support only 1.0.0. which status we must return?",
  },
  {
    codes: [201],
    text: "tus creation extension: the POST succeeded, we allocated the upload and return its Location header. which status code for that response?",
  },
  {
    codes: [204],
    text: "implementing a tus PATCH handler, the chunk is accepted and Upload-Offset updated. what status should the response be?",
  },
  {
    codes: [460],
    text: "tus checksum extension, Upload-Checksum doesn't match the chunk. which nonstandard status does the spec use?",
  },
  {
    codes: [415],
    text: "tus PATCH sent with Content-Type: application/octet-stream instead of application/offset+octet-stream. status?",
  },
  {
    codes: [403],
    text: "S3 SignatureDoesNotMatch on a presigned PUT from the browser, probably the content-type differs from what we signed. which status code is it?",
  },
  {
    codes: [403],
    text: "s3 RequestTimeTooSkewed error, our container clock is off by 20 minutes. which status code s3 gives for this?",
  },
  {
    codes: [503],
    text: 'S3 SlowDown "Please reduce your request rate." during a big backfill into one prefix. which status code is that?',
  },
  {
    codes: [412],
    text: "s3 conditional write: PutObject with If-None-Match: * and the key already exists. which status?",
  },
  {
    codes: [400],
    text: 'S3 RequestTimeout "Your socket connection to the server was not read from or written to within the timeout period." on big uploads from slow network. which status code?',
  },
  {
    codes: [411],
    text: 'minio/s3 MissingContentLength "You must provide the Content-Length HTTP header." status?',
  },
  {
    codes: [400],
    text: 'S3 ExpiredToken "The provided token has expired." when using STS creds from assume-role in a long job. which status?',
  },
  {
    codes: [409],
    text: "Idempotency-Key draft: second request with the same key is coming while the first is still processing. which status we should return?",
  },
  {
    codes: [400],
    text: "endpoint documented as requiring Idempotency-Key and the client omits the header. what status per the draft?",
  },
  {
    codes: [201],
    text: "client retries POST /payments with the same Idempotency-Key after the first one succeeded with 201. what should the retry get?",
  },
  {
    codes: [404],
    text: 'grpc-gateway: our service returns status.Error(codes.NotFound, "user not found"). which http status does the gateway emit?',
  },
  {
    codes: [400],
    text: 'grpc-gateway maps codes.FailedPrecondition ("account is frozen") to which http status? our frontend dev expected 412',
  },
  {
    codes: [429],
    text: "grpc-gateway: codes.ResourceExhausted from our per-tenant quota check. which http status?",
  },
  {
    codes: [503],
    text: "envoy grpc_json_transcoder, backend returns UNAVAILABLE (14) because the db is down. which http status do REST clients see?",
  },
  {
    codes: [499],
    text: "grpc-gateway, codes.Canceled because client went away in middle of request. which http status gateway logs?",
  },
  {
    codes: [409],
    text: "grpc-gateway codes.Aborted due to a transaction conflict in spanner, the client should retry. what http status does it map to?",
  },
  {
    codes: [501],
    text: "grpc-gateway, we forgot to implement a method so the server returns codes.Unimplemented. what http status does the REST client see?",
  },
  {
    codes: [400],
    text: "grpc-gateway OutOfRange when page token points past the end of results. http status is which?",
  },
  {
    codes: [401],
    text: "hey all, we have a react app hitting our express api; when the JWT is expired the middleware currently returns 403 and the frontend doesn't know to refresh. what should the api return for an expired access token so the client triggers the refresh flow?",
  },
  {
    codes: [404, 403],
    text: "context: multi-tenant saas, user is logged in fine but tries to open an invoice that belongs to another tenant. PM doesn't want us to leak that the invoice even exists. right now we send 403. ok or should it be something else?",
  },
  {
    codes: [201],
    text: "quick sanity check before I merge — our POST /orders creates the order synchronously and returns 200 with the body. reviewer says that's wrong. what's the correct status, and should there be a Location header?",
  },
  {
    codes: [202],
    text: "we kick off a CSV export that takes ~10 min in a background worker. the endpoint currently blocks until done and times out behind the ALB. thinking of returning immediately with a job id + polling url. which status fits that?",
  },
  {
    codes: [409, 422],
    text: "our signup endpoint gets an email that's already registered. teammate returns 400, I lean 409. who's right? would 422 also be defensible?",
  },
  {
    codes: [307],
    text: "during a blue/green cutover we want to temporarily send POST /upload to another host without clients changing the method or dropping the body. 302 or 307 for that?",
  },
  {
    codes: [412],
    text: "we do optimistic concurrency with ETags. client sends PUT with If-Match and the etag is stale because someone else updated in between. what's the right response code?",
  },
  {
    codes: [428],
    text: "related q: we want to force clients to always send If-Match on PUT so nobody does blind overwrites. if they omit the header what do we return?",
  },
  {
    codes: [503],
    text: 'our k8s ingress (ingress-nginx) started returning 503 "Service Temporarily Unavailable" right after a deploy. pods are Running but the readiness probe is failing. what does that 503 mean here?',
  },
  {
    codes: [502],
    text: "after switching from the classic ELB to an ALB we get intermittent 502s, maybe 0.1% of requests. targets are node with the default keepAliveTimeout of 5s, ALB idle timeout is 60s. what's going on?",
  },
  {
    codes: [504],
    text: "the reports endpoint takes ~90 seconds for big accounts. behind an ALB with default settings the client gets an error at 60s. which status is that and who generates it?",
  },
  {
    codes: [524],
    text: "we're proxied through cloudflare, origin is a django app. some long admin queries get cut at ~100 seconds and users see a cloudflare-branded error page. which code is that one?",
  },
  {
    codes: [463],
    text: "seeing 463 from our ALB for some partner traffic. apparently their requests go through a long chain of proxies. what does 463 mean exactly?",
  },
  {
    codes: [499],
    text: "we use nginx as the edge and see lots of 499s in access.log for the /search endpoint. backend is slow sometimes. are those errors on our side or the client's?",
  },
  {
    codes: [444],
    text: "security wants nginx to just drop requests with unknown Host headers instead of serving the default site. I've seen `return 444;` in configs — what does that actually do, is 444 a real status code?",
  },
  {
    codes: [419],
    text: 'laravel app: users who leave a form open for a couple of hours and then submit get a "Page Expired" screen. what status is that and why does it happen?',
  },
  {
    codes: [440],
    text: "we still have an old exchange/OWA setup on IIS and helpdesk says users get a 440 after being idle. is that a standard http code or a microsoft thing?",
  },
  {
    codes: [504],
    text: 'our api gateway (REST api, aws) fronts a lambda that sometimes takes 35s. clients get {"message": "Endpoint request timed out"}. what status is that and can we raise the limit?',
  },
  {
    codes: [502],
    text: 'we pushed a new lambda version and now api gateway returns {"message": "Internal server error"} and the execution logs say "Malformed Lambda proxy response". what HTTP code are clients actually getting?',
  },
  {
    codes: [429],
    text: "we're designing the rate limiter for the public api. when a client exceeds the per-minute quota what do we return, and do we need to send Retry-After?",
  },
  {
    codes: [429, 403],
    text: "the monthly quota is different from the per-second limit — when a free-tier customer burns through their monthly calls, some people here say 429, others 402 or 403. opinions?",
  },
  {
    codes: [402, 422],
    text: "payments api: the card is declined by the issuer. stripe seems to use 402 for card errors. is 402 acceptable in our own api or should we go with 422?",
  },
  {
    codes: [503],
    text: "we're putting the whole service into maintenance for a db migration, ~20 min. what should the api respond with so clients and crawlers back off properly?",
  },
  {
    codes: [502],
    text: "downstream returns garbage (invalid json, or the connection gets reset mid-body) and we can't build a response. 500 or 502?",
  },
  {
    codes: [404, 204],
    text: "clients call DELETE /users/42 twice. on the second call the user is already gone. 404 or 204? idempotency says same effect on the server...",
  },
  {
    codes: [204],
    text: "PUT /settings updates stuff and we don't send a body back. 200 with an empty body or 204? the frontend team asked me to decide",
  },
  {
    codes: [406],
    text: "our api only speaks json. a legacy client sends Accept: application/xml and nothing else. what should we reply with?",
  },
  {
    codes: [415],
    text: "and the reverse case: a client POSTs with Content-Type: text/plain and a json body in it. we reject that. which code?",
  },
  {
    codes: [414],
    text: "the search endpoint takes filters in the query string and some customers generate urls with 12k characters. nginx errors before the app sees it. what's the code for a too-long url?",
  },
  {
    codes: [431, 494],
    text: 'browsers with huge cookies (analytics junk) get "400 Bad Request - Request Header Or Cookie Too Large" from nginx. is there a more specific code than plain 400 for this situation?',
  },
  {
    codes: [405],
    text: "we have an endpoint that only allows GET and POST; someone calls PATCH on it. our framework returns 404 by default. shouldn't that be something else, and which header goes with it?",
  },
  {
    codes: [501],
    text: "we added an endpoint stub to the openapi spec for partners but haven't built it yet. what should it return in the meantime so their integration tests make sense?",
  },
  {
    codes: [505],
    text: "one of our ancient clients talks HTTP/0.9-ish or some weird version string and our server can't deal with it. what's the code for an unsupported http version?",
  },
  {
    codes: [507],
    text: "our storage service (kinda webdav) runs out of a user's quota during an upload. saw 507 mentioned, is that legit outside webdav for a normal REST api?",
  },
  {
    codes: [511],
    text: "hotel wifi keeps intercepting our app's api calls and serving a login page, and the app crashes parsing html. is there a status code captive portals are supposed to use?",
  },
  {
    codes: [425],
    text: "our cdn supports TLS 1.3 early data and security asked what happens when a non-idempotent request arrives in 0-RTT. which status tells the client to retry after the handshake completes?",
  },
  {
    codes: [103],
    text: "product wants the server to tell the browser to start preloading css/fonts while the page is still being rendered server-side. i heard there's a 1xx code for that?",
  },
  {
    codes: [416],
    text: "the video player requests bytes=5000000-6000000 but the file is only 3MB. what should the server respond with?",
  },
  {
    codes: [206],
    text: "and for a valid Range request, what's the expected status? our CDN answers 200 with the whole file which kills seeking in the player",
  },
  {
    codes: [304],
    text: "we have conditional GETs with If-None-Match and the etag matches. should we send 200 with an empty body or something else?",
  },
  {
    codes: [413],
    text: "clients send `Expect: 100-continue` for big uploads. our server can already tell from Content-Length that the body is over the limit. what do we send instead of the 100?",
  },
  {
    codes: [100],
    text: "what is 100 Continue actually for? curl sends an Expect header on big POSTs and our proxy seems to stall for exactly 1s before the body goes out",
  },
  {
    codes: [101],
    text: "we're upgrading a connection to websocket and the handshake succeeds. devtools shows a 1xx status for it. which one and what does it mean?",
  },
  {
    codes: [422, 400],
    text: "FastAPI returns 422 automatically when the pydantic model fails. our API guidelines say validation errors are 400. is FastAPI doing it wrong?",
  },
  {
    codes: [403],
    text: 'django form post from a different subdomain fails with "CSRF verification failed. Request aborted." what status does django send for that?',
  },
  {
    codes: [403],
    text: 'asp.net core api with [Authorize(Policy = "Admin")]. a logged-in non-admin calls it. what does the framework return and is that correct?',
  },
  {
    codes: [413],
    text: "express app with express.json({ limit: '100kb' }) and someone posts a 2MB body. what does the client get back?",
  },
  {
    codes: [401],
    text: 'our react client uses axios and just shows "Request failed with status code 401" when the session cookie expires. is 401 right for cookie sessions or is that only for bearer/basic auth?',
  },
  {
    codes: [503],
    text: "we wrap our grpc services with grpc-gateway for REST clients. when the backend returns codes.Unavailable, which http status does the gateway produce?",
  },
  {
    codes: [504],
    text: "grpc-gateway question: our service returns DEADLINE_EXCEEDED when the db is slow. what does the REST client see?",
  },
  {
    codes: [503],
    text: 'envoy sidecar returns "upstream connect error or disconnect/reset before headers. reset reason: connection failure" while the app container is still booting. what status is that?',
  },
  {
    codes: [503],
    text: 'haproxy in front of our api returns "503 Service Unavailable - No server is available to handle this request." during rolling restarts. what does haproxy mean by that?',
  },
  {
    codes: [502],
    text: 'apache mod_proxy in front of tomcat and users get "Proxy Error: The proxy server received an invalid response from an upstream server." whats the code behind that page',
  },
  {
    codes: [403, 402],
    text: "account is suspended for non-payment. user is authenticated, token valid. what status should every request from them get?",
  },
  {
    codes: [503],
    text: "we want our k8s readiness endpoint to fail while the pod is draining. what should it return during drain?",
  },
  {
    codes: [401, 400],
    text: "login endpoint — user submits a wrong password. we return 401 but someone said 401 is only meant for WWW-Authenticate schemes. what should a form/json login return?",
  },
  {
    codes: [401, 400],
    text: "in an oauth2 token endpoint the client sends the wrong client_secret in the Authorization header. i think RFC 6749 says something specific about the status?",
  },
  {
    codes: [418],
    text: "someone opened a PR that returns 418 for bot traffic as a joke. is 418 actually in any RFC, is it safe to ship?",
  },
  {
    codes: [207],
    text: "we have a bulk endpoint that processes 100 items, some succeed and some fail. what status do we return for mixed results? saw 207 somewhere",
  },
  {
    codes: [423],
    text: "a webdav client (windows explorer mapped drive) complains about 423 on a file. what's 423?",
  },
  {
    codes: [200],
    text: "our api returns 200 for POST /search since it doesn't create anything. that's correct right?",
  },
  {
    codes: [200],
    text: "rest purists on my team say GET /users?name=xyz with zero matches should return 404. I think 200 with an empty array. settle it pls",
  },
  {
    codes: [404],
    text: "if someone calls GET /users/999 and that user doesn't exist, 404 or 204? the mobile devs want 204 to avoid exceptions in retrofit",
  },
  {
    codes: [503],
    text: 'service mesh returns 503 and the envoy access log shows the "UH" response flag. what does that mean?',
  },
  {
    codes: [504],
    text: "envoy access log: response_code 504, response_flags UT. where is this timeout coming from and how do I tune it?",
  },
  {
    codes: [308],
    text: "we're migrating http to https and want http://api.example.com to redirect. for an API used by clients that POST, should we use 301 or 308?",
  },
  {
    codes: [301],
    text: "SEO team asks whether the old product pages should 301 or 302 to the new ones. the old ones are gone for good",
  },
  {
    codes: [302, 307],
    text: "marketing runs a temporary promo and /sale should go to /summer-sale for two weeks, then back. which redirect?",
  },
  {
    codes: [503],
    text: "the ASG scaled in to 0 overnight and our ALB target group has no registered targets. what does the ALB return to clients in that state?",
  },
  {
    codes: [403],
    text: "we attached a WAF web ACL to the ALB that blocks sql-injection looking payloads. what status does the user get by default when a rule blocks?",
  },
  {
    codes: [526],
    text: "after swapping our origin cert for a self-signed one, cloudflare in Full (strict) mode started showing an error page. which code would that be?",
  },
  {
    codes: [525],
    text: "cloudflare ssl mode is Full and the origin listens on 443 but the tls handshake fails (cipher mismatch i think). users see what error?",
  },
  {
    codes: [408],
    text: "a client keeps a connection open without finishing its request and our server gives up after 60s. what status should the server send when closing that half-sent request?",
  },
  {
    codes: [504],
    text: "someone proposed returning 408 when our upstream service is too slow to answer our gateway. is that the right code?",
  },
  {
    codes: [403],
    text: "is 403 right when an api key is valid but lacks the scope needed for this endpoint?",
  },
  { codes: [401], text: "and when the api key header is missing entirely?" },
  {
    codes: [431],
    text: "a user reported a 431 from our node app after we added a bunch of tracing headers. what does 431 mean, node has a max header size?",
  },
  { codes: [508], text: "our webdav server returns 508 on a PROPFIND with Depth: infinity. what is it" },
  {
    codes: [401],
    text: "we expose an internal admin api and are rotating credentials. old keys get revoked during rotation — what should a request with a revoked key get, 401 or 403?",
  },
  {
    codes: [200, 202],
    text: "payments webhook endpoint: we've stored the event and will process it later. stripe only cares about 2xx. is 200 or 202 better there?",
  },
  {
    codes: [403],
    text: 'we proxy downloads through S3 presigned urls and after 15 min they return an AccessDenied XML saying "Request has expired". what status is that from s3?',
  },
  {
    codes: [464],
    text: "our ALB target group is configured with protocol version gRPC, and a plain curl http/1.1 request to it gets 464. why?",
  },
  {
    codes: [403],
    text: "auth0-style setup: the id token is valid but the user hasn't verified their email yet and we block access until they do. 401 or 403?",
  },
  {
    codes: [401, 403],
    text: 'mfa step-up: the user logged in with password only and now hits a sensitive endpoint that requires mfa. what status signals "authenticate more strongly"?',
  },
  {
    codes: [503],
    text: "we want to tell clients to slow down because a backend dependency is overloaded, but it's not their fault at all. 429 or 503?",
  },
  {
    codes: [409, 422],
    text: "ecommerce cart: adding an item that's out of stock. currently 400. what would you return?",
  },
  {
    codes: [503, 429],
    text: "there's a header Retry-After — which status codes is it meant to go with? mainly asking about the maintenance case",
  },
  {
    codes: [409],
    text: "our kubernetes operator's update calls fail with \"the object has been modified; please apply your changes to the latest version and try again\". what's the underlying http status?",
  },
  {
    codes: [429],
    text: 'we put a rate limiter plugin in kong and it responds {"message":"API rate limit exceeded"}. that\'s a 429 right?',
  },
  {
    codes: [502],
    text: "traefik returns \"Bad Gateway\" when the container crashes. is traefik's 502 the same semantics as nginx's?",
  },
  {
    codes: [422, 400],
    text: "we return 500 when a user uploads a corrupt png our resizer can't decode. that's on the client, right? what's better?",
  },
  {
    codes: [204, 200],
    text: "an endpoint returns the currently running job; when no job is running we return 404 and the frontend team says it spams the console with red errors. 204 instead?",
  },
  {
    codes: [204],
    text: "long polling endpoint waits 30s for events then returns with nothing. what's the right status when there's no new event?",
  },
  {
    codes: [405],
    text: "we're getting 405 on the OPTIONS preflight when the browser calls our API cross-origin; the actual request is a PUT. what's happening?",
  },
  {
    codes: [401],
    text: "spring security: anonymous user hits /api/admin and instead of 401 the response is a 302 to /login. why, and what should a json API return instead?",
  },
  {
    codes: [497],
    text: "after redirecting http→https in nginx, someone sends plain http to port 443 and gets \"400 The plain HTTP request was sent to HTTPS port\". what's nginx's internal code for that?",
  },
  {
    codes: [503],
    text: "our upload service occasionally gets 503 SlowDown from S3. what does that mean and what should our client do?",
  },
  {
    codes: [502],
    text: "the billing api calls a legacy mainframe bridge; when the bridge returns garbage our service can't use, what do we respond with?",
  },
  {
    codes: [499],
    text: 'we have a proxy and want to log "client went away before we responded". is 499 standard for that or nginx-only?',
  },
  {
    codes: [404, 413],
    text: 'windows dev box, IIS, the API returns "HTTP Error 404.13 - Not Found. The request filtering module is configured to deny a request that exceeds the request content length." it\'s an upload. why a 404??',
  },
  {
    codes: [500],
    text: 'we deployed an asp.net core app to IIS and get "HTTP Error 500.30 - ASP.NET Core app failed to start". which status is this really?',
  },
  {
    codes: [400],
    text: "a client sent a request with both Content-Length and Transfer-Encoding (looks like a smuggling attempt). what should the edge return?",
  },
  {
    codes: [415],
    text: "partner integration sends XML payloads in a charset we don't support. is 415 the right one there?",
  },
  {
    codes: [401],
    text: "heads up in #backend: our sso provider answers 401 on token refresh when the refresh token was revoked. should our api translate that to 401 or 403 for our own client?",
  },
  {
    codes: [501],
    text: "the product team wants \"coming soon\" endpoints to return 418 lol. what's the proper code for an endpoint that's documented but not implemented?",
  },
  {
    codes: [401],
    text: "valid JWT but it was issued for a different audience (aud claim mismatch). 401 or 403?",
  },
  {
    codes: [409],
    text: "we return 409 when two users try to book the same seat at the same moment. another dev says 423 Locked fits better. thoughts?",
  },
  {
    codes: [422],
    text: "a client retries POST on 500s and creates duplicates, so we added Idempotency-Key. when the same key is reused with a different request body, what status?",
  },
  {
    codes: [409],
    text: "and when the original request with that idempotency key is still being processed and a retry arrives concurrently?",
  },
  {
    codes: [410],
    text: 'for outgoing webhooks, when the receiver returns 410 we treat it as "unsubscribe". is that a reasonable interpretation of the code?',
  },
  {
    codes: [200],
    text: "our lb health check gets a 301 because the app redirects http to https, so the target is marked unhealthy. what should the health endpoint return?",
  },
  {
    codes: [429],
    text: "someone is hammering our password reset endpoint with the same email address. we want to throttle per email. code?",
  },
  {
    codes: [401],
    text: 'aws API Gateway HTTP API with a JWT authorizer returns 401 {"message":"Unauthorized"}. token looks fine to me, but i think the audience is different',
  },
  {
    codes: [403],
    text: 'api gateway REST with a lambda authorizer that returns a Deny policy; clients get "User is not authorized to access this resource with an explicit deny". what status is that?',
  },
  {
    codes: [302, 307],
    text: "we're writing a url shortener. the short link should redirect to the long url, and we want to count every click so browsers shouldn't cache the redirect forever. which code?",
  },
  {
    codes: [202],
    text: "we generate thumbnails on demand; the first request kicks off generation. should the first response be 202 and the client retries, or block? what code if we don't block?",
  },
  {
    codes: [401, 400],
    text: 'reviewing a PR: the author returns 400 when the Authorization header has a malformed bearer token (e.g. "Bearer" with nothing after). should that be 401 instead?',
  },
  {
    codes: [405],
    text: "we use HEAD requests for link checking and some servers answer 405. is that allowed? shouldn't HEAD always be supported?",
  },
  {
    codes: [200, 409],
    text: "the api returns 201 on POST /users, but when the client retries with the same payload we return 200 with the existing user. is that fine or should the retry get 409?",
  },
  {
    codes: [504],
    text: "we run ingress-nginx and after bumping a python service to gunicorn with 2 workers, long uploads started failing with 504 at exactly 60s. is that proxy-read-timeout or something in the app?",
  },
  {
    codes: [400],
    text: "question for the api guild: a client sends a query param we don't recognize (?sort_by=foo). do we ignore it with 200 or reject it? if we reject, which 4xx?",
  },
  {
    codes: [422, 400],
    text: "we have an endpoint that accepts a file and an optional webhook url; when the webhook url points to a private ip (ssrf protection) we reject it. 400, 403 or 422?",
  },
  {
    codes: [502, 503],
    text: "our graphql gateway sits in front of 5 subgraphs; one subgraph is down and the gateway can't plan the query. what status should the gateway itself send?",
  },
  {
    codes: [403, 410],
    text: "we serve signed download links; when the signature is valid but the link has expired we currently send 410. is that better or worse than 403?",
  },
  {
    codes: [451],
    text: "the compliance team wants a response for users from sanctioned regions that clearly isn't a generic 403. is 451 appropriate for export-control blocks too, or only for censorship/court orders?",
  },
  {
    codes: [500, 502],
    text: 'our API gateway strips a required header by mistake, so the backend answers 400 "missing X-Tenant-Id". the customer sees 400 but it\'s our fault. should the gateway map it to 500 or 502?',
  },
  { codes: [418], text: "what is 418" },
  { codes: [502], text: "502?" },
  { codes: [504], text: "err 504" },
  { codes: [499], text: "nginx 499" },
  { codes: [444], text: "nginx 444" },
  { codes: [520], text: "cloudflare 520" },
  { codes: [522], text: "cf 522" },
  { codes: [460], text: "alb 460" },
  { codes: [463], text: "elb 463" },
  { codes: [440], text: "iis 440" },
  { codes: [418], text: "teapot code" },
  { codes: [429], text: "too many requests" },
  { codes: [504], text: "gateway timout" },
  { codes: [413], text: "payload too large" },
  { codes: [414], text: "uri too long" },
  { codes: [422], text: "unprocessable entity" },
  { codes: [405], text: "method not allowed" },
  { codes: [409], text: "conflict status" },
  { codes: [410], text: "http gone" },
  { codes: [412], text: "precondition failed" },
  { codes: [428], text: "precondition required" },
  { codes: [204], text: "no content" },
  { codes: [201], text: "status for created" },
  { codes: [202], text: "accepted 202?" },
  { codes: [206], text: "partial content" },
  { codes: [304], text: "not modified" },
  { codes: [303], text: "see other" },
  { codes: [308], text: "perm redirect" },
  { codes: [307], text: "temp redirect that keeps method" },
  { codes: [302], text: "302 found" },
  { codes: [103], text: "early hints" },
  { codes: [101], text: "switching protocols" },
  { codes: [100], text: "100 continue" },
  { codes: [416], text: "range not satisfiable" },
  { codes: [417], text: "expectation failed" },
  { codes: [421], text: "misdirected request" },
  { codes: [425], text: "too early 425" },
  { codes: [426], text: "upgrade required" },
  { codes: [431], text: "request header fields too large" },
  { codes: [501], text: "not implemented" },
  { codes: [505], text: "http version not supported" },
  { codes: [507], text: "insufficient storage" },
  { codes: [508], text: "loop detected" },
  { codes: [511], text: "network authentication required" },
  { codes: [207], text: "multi-status" },
  { codes: [423], text: "locked" },
  { codes: [424], text: "failed dependency" },
  { codes: [402], text: "payment required" },
  { codes: [407], text: "proxy auth required" },
  { codes: [408], text: "request timeout" },
  { codes: [411], text: "length required" },
  { codes: [415], text: "unsupported media type" },
  { codes: [406], text: "not acceptable" },
  { codes: [500], text: "internal server error" },
  { codes: [429], text: "code for rate limit" },
  { codes: [422, 400], text: "status for validation error" },
  { codes: [409], text: "status for duplicate record" },
  { codes: [401], text: "expired token status" },
  { codes: [405], text: "wrong http method code" },
  { codes: [524], text: "cloudflare 524" },
  { codes: [525], text: "525 cf" },
  { codes: [561], text: "alb 561" },
  { codes: [444], text: "whats 444" },
  { codes: [495], text: "495 nginx" },
  { codes: [530], text: "530 cloudflare" },
  { codes: [464], text: "aws alb 464" },
  { codes: [449], text: "449 iis" },
  { codes: [403], text: "403 forbiden meaning" },
  { codes: [503], text: "wat is 503" },
  { codes: [404], text: "404 meaning" },
  { codes: [526], text: "cloudflare 526" },
  { codes: [451], text: "451?" },
  {
    codes: [504],
    text: '2024/03/11 14:22:07 [error] 3121#3121: *88412 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.4.21, server: api.example.com, request: "GET /reports/annual HTTP/1.1", upstream: "http://127.0.0.1:8000/reports/annual"',
  },
  {
    codes: [502],
    text: '[error] 22#22: *5 connect() failed (111: Connection refused) while connecting to upstream, client: 172.17.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://172.17.0.3:3000/", host: "localhost"',
  },
  {
    codes: [502],
    text: '*3412 upstream prematurely closed connection while reading response header from upstream, client: 10.1.0.8, request: "POST /graphql HTTP/1.1"',
  },
  {
    codes: [502],
    text: 'recv() failed (104: Connection reset by peer) while reading response header from upstream, client: 10.2.3.4, server: api, request: "GET /v1/users HTTP/1.1"',
  },
  {
    codes: [502],
    text: "SSL_do_handshake() failed (SSL: error:0A000410:SSL routines::sslv3 alert handshake failure:SSL alert number 40) while SSL handshaking to upstream",
  },
  {
    codes: [403],
    text: '[error] 1204#0: *77 directory index of "/var/www/html/uploads/" is forbidden, client: 81.2.69.142, server: example.org',
  },
  {
    codes: [500],
    text: '*15 rewrite or internal redirection cycle while internally redirecting to "/index.html", client: 127.0.0.1, request: "GET /app/settings HTTP/1.1"',
  },
  {
    codes: [503, 429],
    text: '[error] 18#18: *4410 limiting requests, excess: 20.480 by zone "api_limit", client: 198.51.100.23, server: api.example.com, request: "POST /login HTTP/1.1"',
  },
  {
    codes: [499],
    text: '10.0.0.5 - - [12/Mar/2024:10:01:44 +0000] "POST /api/checkout HTTP/1.1" 499 0 "-" "okhttp/4.11.0"',
  },
  {
    codes: [444],
    text: '185.220.101.7 - - [05/Feb/2024:03:11:09 +0000] "GET /wp-login.php HTTP/1.1" 444 0 "-" "Mozilla/5.0 (compatible)"',
  },
  {
    codes: [400],
    text: 'what is this in my nginx access log: 45.155.205.10 - - [02/Apr/2024:08:00:12 +0000] "\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xfc\\x03\\x03" 400 157 "-" "-"',
  },
  {
    codes: [460],
    text: 'http 2024-05-02T11:45:03.221Z app/prod-alb/50dc6c495c0c9188 192.0.2.10:46532 10.0.0.66:8080 0.000 -1 -1 460 - 1204 0 "POST https://api.example.com:443/upload HTTP/1.1" "Mozilla/5.0"',
  },
  {
    codes: [502],
    text: 'h2 2024-05-02T12:00:00.518Z app/prod-alb/50dc6c495c0c9188 10.1.2.3:51234 10.0.1.9:80 0.001 -1 -1 502 - 421 293 "GET https://shop.example.com:443/ HTTP/2.0" "curl/8.5.0"',
  },
  {
    codes: [504],
    text: 'https 2024-05-02T12:03:10.002Z app/prod-alb/50dc6c495c0c9188 10.1.2.3:50021 10.0.1.9:8080 0.000 -1 -1 504 - 512 303 "GET https://api.example.com:443/reports HTTP/1.1"',
  },
  {
    codes: [463],
    text: "alb log shows elb_status_code 463 target_status_code - for requests from partner.example",
  },
  {
    codes: [520],
    text: "Web server is returning an unknown error Error code 520 Visit cloudflare.com for more information.",
  },
  {
    codes: [403],
    text: "Error 1020 Access denied. This website is using a security service to protect itself from online attacks.",
  },
  {
    codes: [429],
    text: "Error 1015 Ray ID: 7f00aa11bb22cc33 You are being rate limited. The owner of this website has banned you temporarily from accessing this website.",
  },
  { codes: [524], text: "A timeout occurred Error code 524" },
  { codes: [525], text: "SSL handshake failed Error code 525 Visit cloudflare.com" },
  { codes: [504], text: '{"message":"Endpoint request timed out"}' },
  { codes: [429], text: 'x-amzn-ErrorType: TooManyRequestsException {"message":"Too Many Requests"}' },
  { codes: [502], text: "Execution failed due to configuration error: Malformed Lambda proxy response" },
  { codes: [403], text: '{"message":"The security token included in the request is invalid."}' },
  { codes: [429], text: '{"message":"Limit Exceeded"} from our api gateway usage plan' },
  { codes: [504], text: "upstream request timeout" },
  {
    codes: [503],
    text: '[2024-04-10T09:12:44.120Z] "GET /api/v1/users HTTP/1.1" 503 UF 0 91 1002 - "10.0.2.15" "curl/8.4.0" "5f1c..." "users.default.svc:8080" "-"',
  },
  {
    codes: [503],
    text: 'haproxy[2211]: 10.0.0.9:51234 [11/Apr/2024:10:12:44.001] fe_api be_api/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- 12/12/0/0/0 0/0 "GET /health HTTP/1.1"',
  },
  {
    codes: [504],
    text: 'haproxy[2211]: 10.0.0.9:51288 [11/Apr/2024:10:13:01.113] fe_api be_api/api2 0/0/1/-1/30001 504 194 - - sH-- 5/5/4/2/0 0/0 "GET /export HTTP/1.1"',
  },
  {
    codes: [502],
    text: "[proxy_http:error] [pid 4411] (20014)Internal error: AH01102: error reading status line from remote server 127.0.0.1:8080",
  },
  { codes: [502], text: "[proxy:error] AH00898: Error reading from remote server returned by /app/api" },
  {
    codes: [403],
    text: "[authz_core:error] [pid 1201] [client 10.8.0.2:50110] AH01630: client denied by server configuration: /var/www/private",
  },
  {
    codes: [403],
    text: 'ModSecurity: Access denied with code 403 (phase 2). Matched "Operator `Ge\' with parameter `5\' against variable `TX:ANOMALY_SCORE\'" [id "949110"]',
  },
  {
    codes: [500],
    text: "[core:error] AH00124: Request exceeded the limit of 10 internal redirects due to probable configuration error. Use 'LimitInternalRecursion' to increase the limit if necessary.",
  },
  {
    codes: [404],
    text: "Whitelabel Error Page This application has no explicit mapping for /error, so you are seeing this as a fallback. There was an unexpected error (type=Not Found, status=404).",
  },
  {
    codes: [405],
    text: "org.springframework.web.HttpRequestMethodNotSupportedException: Request method 'DELETE' is not supported",
  },
  {
    codes: [415],
    text: "Resolved [org.springframework.web.HttpMediaTypeNotSupportedException: Content-Type 'application/x-www-form-urlencoded;charset=UTF-8' is not supported]",
  },
  {
    codes: [400],
    text: "MissingServletRequestParameterException: Required request parameter 'page' for method parameter type Integer is not present",
  },
  {
    codes: [400],
    text: "MethodArgumentNotValidException: Validation failed for argument [0] in public ResponseEntity<UserDto> UserController.create(CreateUserRequest): [Field error in object 'createUserRequest' on field 'email': rejected value []; default message [must not be blank]]",
  },
  { codes: [406], text: "HttpMediaTypeNotAcceptableException: Could not find acceptable representation" },
  {
    codes: [403],
    text: "org.springframework.security.access.AccessDeniedException: Access is denied (user is logged in as ROLE_USER)",
  },
  { codes: [403], text: "Forbidden (CSRF cookie not set.): /api/login/" },
  {
    codes: [400],
    text: "django.core.exceptions.RequestDataTooBig: Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE.",
  },
  { codes: [401, 403], text: '{"detail":"Authentication credentials were not provided."}' },
  { codes: [403], text: '{"detail":"You do not have permission to perform this action."}' },
  { codes: [429], text: '{"detail":"Request was throttled. Expected available in 42 seconds."}' },
  { codes: [405], text: '{"detail":"Method \\"DELETE\\" not allowed."}' },
  {
    codes: [422],
    text: '{"detail":[{"type":"missing","loc":["body","email"],"msg":"Field required","input":{}}]}',
  },
  { codes: [401, 403], text: 'fastapi gives {"detail":"Not authenticated"}' },
  {
    codes: [400],
    text: "werkzeug.exceptions.BadRequestKeyError: 400 Bad Request: The browser (or proxy) sent a request that this server could not understand. KeyError: 'username'",
  },
  {
    codes: [415],
    text: "415 Unsupported Media Type: Did not attempt to load JSON data because the request Content-Type was not 'application/json'.",
  },
  { codes: [400], text: "flask_wtf.csrf.CSRFError: 400 Bad Request: The CSRF token is missing." },
  { codes: [404], text: 'ActionController::RoutingError (No route matches [GET] "/wp-admin"):' },
  { codes: [400], text: "ActionController::ParameterMissing (param is missing or the value is empty: user)" },
  {
    codes: [422],
    text: "Completed 422 Unprocessable Entity in 12ms (ActiveRecord: 0.0ms) ActionController::InvalidAuthenticityToken (Can't verify CSRF token authenticity.)",
  },
  { codes: [404], text: "ActiveRecord::RecordNotFound (Couldn't find User with 'id'=999)" },
  {
    codes: [403],
    text: "[ActionDispatch::HostAuthorization::DefaultResponseApp] Blocked hosts: myapp.ngrok-free.app",
  },
  {
    codes: [419],
    text: 'production.ERROR: CSRF token mismatch. {"exception":"[object] (Illuminate\\\\Session\\\\TokenMismatchException(code: 0): CSRF token mismatch."',
  },
  {
    codes: [404],
    text: "Illuminate\\Database\\Eloquent\\ModelNotFoundException: No query results for model [App\\Models\\Order] 77",
  },
  { codes: [429], text: "Illuminate\\Http\\Exceptions\\ThrottleRequestsException: Too Many Attempts." },
  { codes: [401], text: '{"message":"Unauthenticated."} from laravel sanctum' },
  { codes: [403], text: '{"message":"This action is unauthorized."}' },
  {
    codes: [422],
    text: '{"message":"The email has already been taken.","errors":{"email":["The email has already been taken."]}}',
  },
  {
    codes: [413],
    text: "PayloadTooLargeError: request entity too large at readStream (/app/node_modules/raw-body/index.js:156:17)",
  },
  { codes: [404], text: "<pre>Cannot POST /api/v1/login</pre>" },
  {
    codes: [400],
    text: "SyntaxError: Unexpected token } in JSON at position 42 at JSON.parse (<anonymous>) at parse (/app/node_modules/body-parser/lib/types/json.js:89:19)",
  },
  {
    codes: [401],
    text: "UnauthorizedError: No authorization token was found at /app/node_modules/express-jwt/dist/index.js:137",
  },
  { codes: [403], text: '{"statusCode":403,"message":"Forbidden resource","error":"Forbidden"}' },
  {
    codes: [400],
    text: '{"statusCode":400,"message":["email must be an email","password should not be empty"],"error":"Bad Request"}',
  },
  {
    codes: [400],
    text: '{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more validation errors occurred.","status":400,"errors":{"Name":["The Name field is required."]}}',
  },
  {
    codes: [413],
    text: "Microsoft.AspNetCore.Server.Kestrel.Core.BadHttpRequestException: Request body too large. The max request body size is 30000000 bytes.",
  },
  {
    codes: [500],
    text: "System.InvalidOperationException: No authenticationScheme was specified, and there was no DefaultChallengeScheme found.",
  },
  {
    codes: [500],
    text: "Microsoft.AspNetCore.Routing.Matching.AmbiguousMatchException: The request matched multiple endpoints. Matches: Api.Controllers.OrdersController.Get, Api.Controllers.OrdersController.GetById",
  },
  { codes: [502], text: "HTTP Error 502.5 - ANCM Out-Of-Process Startup Failure" },
  {
    codes: [500],
    text: "HTTP Error 500.19 - Internal Server Error The requested page cannot be accessed because the related configuration data for the page is invalid.",
  },
  {
    codes: [403],
    text: "HTTP Error 403.14 - Forbidden The Web server is configured to not list the contents of this directory.",
  },
  { codes: [502], text: "2024/05/06 10:11:12 http: proxy error: context deadline exceeded" },
  { codes: [404], text: 'curl localhost:8080/api just prints "404 page not found" (go server)' },
  {
    codes: [413],
    text: 'our go handler wraps the body in http.MaxBytesReader and the decode fails with "http: request body too large" — which status should we write?',
  },
  { codes: [422], text: "AxiosError: Request failed with status code 422" },
  {
    codes: [503],
    text: "requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://api.example.com/v2/items",
  },
  {
    codes: [429],
    text: "requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.github.com/search/code?q=foo",
  },
  { codes: [401], text: "retrofit2.HttpException: HTTP 401" },
  { codes: [409], text: "okhttp.OkHttpClient: <-- 409 https://api.example.com/v1/bookings (312ms)" },
  {
    codes: [403],
    text: 'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:ci:deployer" cannot list resource "pods" in API group "" in the namespace "prod"',
  },
  { codes: [409], text: 'Error from server (AlreadyExists): secrets "db-creds" already exists' },
  { codes: [404], text: 'Error from server (NotFound): deployments.apps "api" not found' },
  {
    codes: [422],
    text: 'The Service "api" is invalid: spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive',
  },
  {
    codes: [429],
    text: "toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading",
  },
  {
    codes: [401],
    text: 'Error response from daemon: Get "https://registry.example.com/v2/": unauthorized: incorrect username or password',
  },
  {
    codes: [404],
    text: "npm ERR! code E404 npm ERR! 404 Not Found - GET https://registry.npmjs.org/@acme%2fui - Not found",
  },
  { codes: [413], text: "error: RPC failed; HTTP 413 curl 22 The requested URL returned error: 413" },
  {
    codes: [403],
    text: "fatal: unable to access 'https://git.corp.example/team/repo.git/': The requested URL returned error: 403",
  },
  {
    codes: [413],
    text: "<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 Request Entity Too Large</h1></center><hr><center>nginx/1.25.3</center>",
  },
  {
    codes: [503],
    text: '{"code":14,"message":"connection error: desc = \\"transport: Error while dialing: dial tcp 10.0.0.7:9090: connect: connection refused\\"","details":[]} from grpc-gateway',
  },
  { codes: [404], text: 'grpc-gateway response {"code":5,"message":"user not found","details":[]}' },
  { codes: [429], text: '{"code":8,"message":"quota exceeded for tenant"} through grpc-gateway' },
  { codes: [401], text: '{"code":16,"message":"invalid token","details":[]} (grpc-gateway)' },
  { codes: [499], text: '{"code":1,"message":"context canceled","details":[]} in grpc-gateway logs' },
  {
    codes: [403],
    text: "<Error><Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>900</X-Amz-Expires></Error>",
  },
  {
    codes: [503],
    text: "<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>",
  },
  {
    codes: [412],
    text: "<Code>PreconditionFailed</Code><Message>At least one of the pre-conditions you specified did not hold</Message><Condition>If-Match</Condition>",
  },
  {
    codes: [429],
    text: "HTTP/2 429 retry-after: 30 x-ratelimit-remaining: 0 content-type: application/json",
  },
  {
    codes: [403, 429],
    text: '{"message":"API rate limit exceeded for 203.0.113.4. (But here\'s the good news: Authenticated requests get a higher rate limit.)","documentation_url":"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"}',
  },
  { codes: [502], text: "please what is mean of error 502 bad gateway, my site is not open since morning" },
  {
    codes: [504],
    text: "sir our api giving 504 after exactly 60 seconds, how to increase the timeout in nginx?",
  },
  { codes: [521], text: "the cloudflare show me error 521 but my server is running, what to do" },
  {
    codes: [413],
    text: "hola, el servidor devuelve 500 cuando subo un archivo grande... sorry english: server return 500 on big upload, should be other code no?",
  },
  { codes: [419], text: "in laravel i get page expired 419 after submit the form, how to fix" },
  {
    codes: [404],
    text: "when user not found my api is return 200 with error message inside, it is correct way?",
  },
  {
    codes: [503],
    text: "je reçois une erreur 503 sur mon api après le déploiement, c'est normal? (sorry for french, api give 503 after deploy)",
  },
  { codes: [499], text: "when client cancel the request nginx is writing 499, it is problem from our side?" },
  {
    codes: [413],
    text: 'we have error "413 Request Entity Too Large" when upload image in wordpress behind nginx, where i change the limit?',
  },
  {
    codes: [405],
    text: "ich bekomme 404 bei PUT aber GET funktioniert — i get 404 on PUT but GET works, should not it be 405?",
  },
  { codes: [429], text: 'how to say to client "you must wait, too much request" in http code?' },
  { codes: [403], text: "user is login but he not have permission for delete, which status?" },
  {
    codes: [404],
    text: "my boss say use 500 for all errors, is that good? what is better when user send id which not exist",
  },
  { codes: [502], text: "alb give me 502 bad gateway but target is healthy, why this happen?" },
  { codes: [524], text: "the error 524 from cloudflare come when report is take long time, how to avoid it" },
  { codes: [409, 422], text: 'what status for "this email is already exist"?' },
  {
    codes: [400, 422],
    text: "in spring boot when i send wrong json i get 400, but i want 422, is possible?",
  },
  { codes: [405], text: "server says 405 method not allow, but i am sending POST correctly i think" },
  { codes: [502], text: 'nginx show "502 bad gateway" after i restart php-fpm, what is the reason' },
  { codes: [503], text: "what code is for maintenance of website, i want google not remove my pages" },
  { codes: [400, 494], text: "my request with big cookie get 400 bad request from nginx, why?" },
  { codes: [401], text: "403 or 401 for wrong api key? i am confuse" },
  { codes: [403], text: "django give me 403 forbidden when i post from react, but GET is ok" },
  { codes: [404], text: "how i can return 404 in fastapi when item not exist?" },
  { codes: [422], text: "what is 422 unprocessable entity mean in fastapi, i am sending all the fields" },
  { codes: [403], text: 'the website say "error 1020 access denied" what is this?' },
  { codes: [303, 302], text: "which is right for redirect after login form, 302 or 303?" },
  { codes: [304], text: "what mean 304 in my browser network tab, it is error?" },
  { codes: [204, 200], text: 'i deleted item and return 200 with message "deleted", or better 204?' },
  { codes: [308], text: "server sending 301 to https and my POST body is lost, how to keep the body?" },
  { codes: [503], text: "what code when server is too much busy and cannot answer now?" },
  { codes: [418], text: "can i use 418 in production for fun? my senior is angry" },
  { codes: [500], text: "my flask app return 500 internal server error but no log, how to see?" },
  { codes: [460], text: "we get many 460 in alb log, what is meaning?" },
  { codes: [401], text: "for the api when token is expire what code - 401 or 440 like microsoft?" },
  { codes: [502], text: "upstream sent too big header, nginx give 502, how to fix buffer" },
  { codes: [414], text: "how much is maximum url length, when too long which status code?" },
  { codes: [407], text: "my client get 407 when call api from office network, what is 407?" },
  { codes: [503, 429], text: 'hi, which http code is mean "try again later"?' },
  {
    codes: [403],
    text: "nestjs throw 403 forbidden resource but my jwt is valid, what the guard is checking?",
  },
  { codes: [416], text: "when i upload video chunk, server answer 416, what it mean" },
  {
    codes: [403],
    text: 'my api gateway return "Missing Authentication Token" but i not use any token, why?',
  },
  { codes: [413], text: "what is the code when the file is too big for upload, i forget" },
  {
    codes: [526],
    text: "after i change the dns to cloudflare, site show 526 invalid ssl certificate, what i do wrong?",
  },
  {
    codes: [429],
    text: "when the user try login 5 times wrong, i block him 15 minute. which code is good for this?",
  },
  {
    codes: [403],
    text: "grpc status PERMISSION_DENIED from the backend, what http code should our REST proxy (grpc-gateway) return?",
  },
  { codes: [409], text: "grpc-gateway returns what http code for ALREADY_EXISTS" },
  { codes: [501], text: "what http status does grpc-gateway emit for codes.Unimplemented" },
  { codes: [400], text: "grpc-gateway maps INVALID_ARGUMENT to which http status" },
  {
    codes: [409],
    text: "postgres unique_violation 23505 on insert — what http status should our api return for it?",
  },
  {
    codes: [504],
    text: "gRPC status 4 DEADLINE_EXCEEDED shows up in our REST responses through grpc-gateway, which http code does the client actually get?",
  },
  { codes: [401], text: "@Status Bot what do you return when the user's access token has expired?" },
  {
    codes: [400],
    text: "can you tell me what code for a request whose json body doesn't even parse? we return 500 right now",
  },
  { codes: [404], text: "hey bot, backend returns grpc NOT_FOUND, what does grpc-gateway turn that into" },
  { codes: [504], text: "grpc-gateway maps DEADLINE_EXCEEDED to which http status? our deadline is 30s btw" },
  {
    codes: [429],
    text: "quota service returns RESOURCE_EXHAUSTED over grpc, which http code does the gateway give the browser",
  },
  {
    codes: [400],
    text: "grpc FAILED_PRECONDITION (bucket not empty on delete) -> what http code through grpc-gateway",
  },
  {
    codes: [409],
    text: "CreateUser rpc returns ALREADY_EXISTS, what's the http status on the REST side of grpc-gateway",
  },
  { codes: [403], text: "grpc code 7 permission denied via the gateway = which http status?" },
  {
    codes: [501],
    text: "our rpc returns UNIMPLEMENTED for the v2 method that isn't built yet, what does curl against the gateway show",
  },
  {
    codes: [503],
    text: "grpc status 14 UNAVAILABLE when the backend pod is restarting, http equivalent in grpc-gateway?",
  },
  {
    codes: [499],
    text: "client cancels the grpc call (CANCELLED), what http status does grpc-gateway log for it",
  },
  { codes: [409], text: "spanner txn returns ABORTED, grpc-gateway maps it to which http status" },
  {
    codes: [502],
    text: "nginx error log: `connect() failed (111: Connection refused) while connecting to upstream` — what status does the client get?",
  },
  {
    codes: [504],
    text: "nginx: `upstream timed out (110: Connection timed out) while reading response header from upstream`, what's the code the user sees",
  },
  { codes: [503], text: "what does an AWS ALB return when the target group has zero healthy targets" },
  {
    codes: [504],
    text: "ALB idle timeout is 60s and the target takes 90s to answer, what does the client get",
  },
  {
    codes: [502],
    text: "the ALB target refuses the connection on port 8080 (app not listening), what status does the ALB return",
  },
  {
    codes: [521],
    text: "cloudflare in front, our origin firewall refuses cloudflare IPs on 443, which cloudflare code shows up",
  },
  { codes: [524], text: "origin takes more than 100s to answer behind cloudflare, what code do users get" },
  { codes: [526], text: "cloudflare full strict and the origin cert is self-signed/expired, what status" },
  {
    codes: [520],
    text: "cloudflare error page with a status when the origin returns an empty or garbage response, which one is that",
  },
  {
    codes: [522],
    text: "cloudflare can't even open a TCP connection to our origin (it times out), which 52x is it",
  },
  {
    codes: [409],
    text: "booking api: someone on floor 3 tries to book room 404 but it's already taken for 10:00-11:00, what status should we return",
  },
  { codes: [413], text: "user uploads a 250MB video, our limit is 100MB, what status" },
  {
    codes: [414],
    text: "a client sends a GET with a 9000 char query string and our server rejects it, which status",
  },
  {
    codes: [415],
    text: "client posts `Content-Type: text/xml` to an endpoint that only accepts json, what code",
  },
  {
    codes: [416],
    text: "`Range: bytes=5000-6000` on a file that is only 4000 bytes, what should the server answer",
  },
  {
    codes: [417],
    text: "client sends an Expect header value our server doesn't support, what's the status for that",
  },
  { codes: [418], text: "is 418 a real code or a joke? what is it actually for" },
  { codes: [422], text: 'json is valid but `email` is "not-an-email" and age is -3, what\'s the right code' },
  { codes: [423], text: "webdav PUT on a file another user has LOCKed, what status" },
  {
    codes: [425],
    text: "server doesn't want to process a TLS 0-RTT early data request because of replay risk, which code",
  },
  {
    codes: [426],
    text: "our endpoint requires clients to switch to TLS/HTTP2 via Upgrade, what code tells them to upgrade",
  },
  {
    codes: [428],
    text: "we want clients to always send If-Match on PUT /documents/77 to avoid lost updates; what if they don't send it",
  },
  {
    codes: [429],
    text: "partner exceeded 100 requests per minute on the public api, what status plus header",
  },
  {
    codes: [431],
    text: "one client has a 16KB cookie and the server rejects the request headers, which code is correct",
  },
  { codes: [451], text: "we have to hide an article in germany because of a court order, what status" },
  { codes: [406], text: "client sends `Accept: application/xml` and we can only produce json, what code" },
  { codes: [405], text: "DELETE on /reports which is a read-only collection, what status (and header?)" },
  { codes: [407], text: "corporate proxy wants credentials before forwarding, what status does it send" },
  {
    codes: [408],
    text: "client opens the connection but sends the body so slowly the server gives up, what status",
  },
  {
    codes: [410],
    text: "product 3321 was discontinued in 2019 and will never come back, what should GET return",
  },
  { codes: [411], text: "upload endpoint refuses requests without Content-Length (no chunked), which code" },
  {
    codes: [402],
    text: "user's subscription plan lapsed and the feature is paid-only, is there a code for that",
  },
  { codes: [202], text: "POST /exports kicks off a job that takes ~5 min, what do we return immediately" },
  {
    codes: [205],
    text: "after the form submit the server wants the browser to clear the form inputs, there's a code for that right?",
  },
  {
    codes: [206],
    text: "client asked for bytes 0-1023 of a 5MB file and we serve just that chunk, what status",
  },
  { codes: [207], text: "webdav multi-status response for a batch where some items fail, what code" },
  { codes: [304], text: "If-None-Match matches the current etag, what should the server respond" },
  {
    codes: [308],
    text: "we moved the whole api to a new domain for good and POST bodies must survive the redirect, which code",
  },
  {
    codes: [307],
    text: "during a 2h maintenance we temporarily redirect POST /upload to another host, method must stay POST, which redirect",
  },
  {
    codes: [301],
    text: "marketing renamed /pricing-2022 to /pricing permanently, SEO-friendly redirect for normal GET pages?",
  },
  { codes: [302], text: "what status does express `res.redirect('/login')` send by default" },
  {
    codes: [100],
    text: "client sent `Expect: 100-continue` with a big body, what interim response tells it to go ahead",
  },
  {
    codes: [101],
    text: "websocket upgrade handshake succeeded, which http status is in the server's response",
  },
  {
    codes: [505],
    text: "server only speaks HTTP/1.1 and 2 and gets an HTTP/3.0-style request line it can't handle, which code",
  },
  {
    codes: [507],
    text: "upload fails because the storage volume on the server is full, is there a specific code",
  },
  { codes: [508], text: "webdav PROPFIND with Depth: infinity hits a symlink loop, which status" },
  {
    codes: [511],
    text: "hotel wifi captive portal intercepts requests until you accept the terms, what code should it use",
  },
  {
    codes: [503],
    text: "planned maintenance window 02:00-04:00 UTC, what should the api return meanwhile (with Retry-After)",
  },
  { codes: [403], text: "django POST without the csrf token, what status do we get by default" },
  { codes: [422], text: "fastapi default status when pydantic validation fails on the body" },
  {
    codes: [422],
    text: "rails raises ActionController::InvalidAuthenticityToken, what status does the user get by default",
  },
  {
    codes: [499],
    text: "nginx access log full of status 499 on the search endpoint, what does that code mean",
  },
  { codes: [444], text: "what does `return 444;` do in nginx, which code is that" },
  {
    codes: [496],
    text: "nginx with ssl_verify_client on and the client presents no certificate, which nginx code",
  },
  { codes: [460], text: "ALB access logs show 460 on the long polling endpoint, what does that mean" },
  { codes: [440], text: "IIS returns 440 for our legacy outlook web app users, what does it mean" },
  {
    codes: [403],
    text: "websocket close 1008 is for policy violations after connecting, but what http status should the upgrade request get if the Origin isn't allowed",
  },
  {
    codes: [409],
    text: "postgres throws 23505 unique violation when someone signs up with an email that already exists, what should the api return",
  },
  {
    codes: [503],
    text: "kafka cluster is down so POST /events can't enqueue anything, what status for our ingestion api",
  },
  {
    codes: [502],
    text: "nginx `resolver` can't resolve the upstream host (NXDOMAIN), what status does nginx return",
  },
  {
    codes: [502],
    text: "our BFF calls inventory-svc and gets ECONNREFUSED, what should the BFF return to the browser",
  },
  {
    codes: [504],
    text: "our checkout service proxies to the payment provider which times out after 30s, what should we answer the client",
  },
  {
    codes: [404],
    text: 'reviewer on PR #4102 wants us to return 200 with `{"error":"not found"}` when user 77 doesn\'t exist, what\'s actually correct',
  },
  { codes: [404], text: "GET /rooms/501 and there is no room 501 in this hotel, what status" },
  { codes: [204, 200], text: "successful response to a CORS preflight OPTIONS, what status" },
  { codes: [403], text: "what does S3 return when a presigned url has expired" },
  { codes: [404], text: "S3 GetObject for a missing key when the role has s3:ListBucket, which status" },
  {
    codes: [429],
    text: "elasticsearch bulk gets es_rejected_execution_exception (write queue full), what http status",
  },
  { codes: [402], text: "stripe card declined error, what http status does stripe use" },
  {
    codes: [405],
    text: "go 1.22 ServeMux with `POST /items` and a client sends GET /items, what does it return",
  },
  {
    codes: [400],
    text: "django raises RequestDataTooBig (DATA_UPLOAD_MAX_MEMORY_SIZE 2.5MB), what status does the client get",
  },
  {
    codes: [403],
    text: "cloudflare shows error 1020 access denied, what's the actual http status behind it",
  },
  { codes: [429], text: "cloudflare error 1015 you are being rate limited, which status is that" },
  { codes: [530], text: "cloudflare error 1016 origin DNS error, which http status is returned" },
  { codes: [503], text: "heroku router logs H12 request timeout after 30 s, what status did the client get" },
  {
    codes: [403],
    text: "api gateway says `Missing Authentication Token` when i call a path that doesn't exist, what status",
  },
  {
    codes: [400],
    text: "oauth token endpoint with an expired refresh token returns invalid_grant, which http status per the spec",
  },
  {
    codes: [403],
    text: "bearer token is valid but lacks the `reports:write` scope (insufficient_scope), what status",
  },
  { codes: [500], text: "SOAP 1.1 service returns a fault, what http status should go with it" },
  {
    codes: [200],
    text: "slack says my slash command endpoint must answer within 3 seconds, what http status should it send to ack",
  },
  {
    codes: [200],
    text: "curl -v shows `HTTP/1.1 100 Continue` and then `HTTP/1.1 200 OK`, what's the final status of the request",
  },
  {
    codes: [500, 503],
    text: "our api can't reach mysql at all because the creds in the secret are wrong (error 1045), what status should clients see",
  },
  { codes: [226], text: "@Status Bot what's 226" },
  { codes: [203], text: "/httpstatus 203" },
  {
    codes: [400],
    text: "websocket upgrade request missing Sec-WebSocket-Key, what status should the server reply",
  },
  {
    codes: [422],
    text: "our mail-sending service uses SMTP underneath, but the REST endpoint POST /emails gets a recipient field that isn't an email address at all, what http status",
  },
  {
    codes: [401],
    text: "context: mobile app v5.2.1, build 4471. when the user's jwt is expired we currently return 500 with `TokenExpiredError` in the body, which makes the app show a generic crash screen. what code should we send instead so the app can refresh the token?",
  },
  {
    codes: [400],
    text: "PR review on `POST /v2/orders`: the handler does `try { JSON.parse(raw) } catch (e) { return res.status(500).json({error: 'bad json'}) }`. When a client sends a truncated body we page on-call because it's a 5xx. That's the client's fault, surely? What should it be instead?",
  },
  {
    codes: [422],
    text: "@Status Bot design review q. we accept `Idempotency-Key` on POST /payments. If the same key comes back with a DIFFERENT body (amount changed from 10.00 to 100.00) we currently replay the first response with 201. Feels dangerous. What's the correct status for key reuse with a mismatched payload?",
  },
  {
    codes: [412],
    text: "hey, reviewing `PUT /documents/{id}`. We require `If-Match` with the ETag. Client sends an ETag from two edits ago. Code: `if etag != current: return Response(status=status.HTTP_409_CONFLICT)`. Is 409 the right thing for a stale validator or is there something more precise?",
  },
  {
    codes: [428],
    text: 'quick q on our optimistic concurrency rollout: we want to REJECT PUT/PATCH that come with no `If-Match` at all, so people stop doing blind lost-update writes. we currently throw 400 "missing header". is there a dedicated status for "you must make this conditional"?',
  },
  {
    codes: [304],
    text: 'retro note: mobile app polls `GET /feed` every 30s with `If-None-Match: "abc123"`. our Go handler ignores it and returns the full 2MB body with `w.WriteHeader(http.StatusOK)` every time. bandwidth bill is :fire:. when the ETag matches, what should we be sending?',
  },
  {
    codes: [202],
    text: "API review for the CSV export. `POST /reports/exports` kicks off a job that takes 3-10 minutes, we return a `Location: /jobs/8812` header. OpenAPI currently says `responses: '200': description: export started`. That's not right is it? What's the proper code when work is accepted but not done?",
  },
  {
    codes: [303],
    text: "ok so `GET /jobs/{id}` returns the job status. when the job is finished we want the client to go fetch `/reports/8812.csv` (different resource, plain GET). Spec snippet: `'302': description: job done, see Location`. is there a better redirect code for \"the result lives over there, go GET it\"?",
  },
  {
    codes: [207],
    text: "Bulk endpoint `POST /contacts:batchCreate` takes 500 contacts, 480 succeed and 20 fail validation. Each item gets its own status in the response array. Someone proposed `res.status(400)` for the whole thing if any item fails, which makes clients retry the 480 good ones. What top-level code do people use for mixed per-item results?",
  },
  {
    codes: [422],
    text: "in the same batch endpoint, what if every single one of the items fails schema validation (all 500 rows have no email). the body is well formed JSON, it just doesn't satisfy our rules. 207 with all failures or something else?",
  },
  {
    codes: [400],
    text: 'pagination review: our cursors are base64 encoded and expire after 24h. when someone sends a tampered/garbage cursor we do `raise Exception("bad cursor")` which flask turns into a 500. what should a malformed `?cursor=` param get?',
  },
  {
    codes: [200],
    text: "nit on `GET /invoices?page=57` – there are only 12 pages. Currently `return res.status(404).json({msg: 'no such page'})`. I think an empty page is still a valid collection representation... what code would you return for a page past the end?",
  },
  {
    codes: [200],
    text: 'Deprecation rollout: `GET /v1/users` still works fine until March, we add `Deprecation: true` and `Sunset:` headers. A junior dev changed the handler to `return new ResponseEntity<>(users, HttpStatus.MOVED_PERMANENTLY)` to "nudge" people. That breaks every client. What should the deprecated-but-working endpoint return?',
  },
  {
    codes: [410],
    text: 'After the sunset date the v1 endpoints are gone for good, there\'s no redirect because v2 has a different schema. Is `404` fine for `/v1/*` or is there something that says "this existed and is intentionally removed"?',
  },
  {
    codes: [429],
    text: "incident retro: partner hammered `/search` at 4k rps, our limiter returned `503 Service Unavailable` and their SDK treated it as an outage and failed over to another region, making it worse. we want them to back off per-client. what status + header should the limiter send?",
  },
  {
    codes: [402],
    text: "PR comment: trial accounts that have expired (no card on file) hitting any billable endpoint. The code does `abort(401)`. They ARE authenticated, the token is valid, they just need to pay. Is there an actual status for that or do we fake it?",
  },
  {
    codes: [401],
    text: 'quick sanity check: access token\'s `exp` was 5 minutes ago. our gateway returns `403 {"error":"token expired"}` and the SPA doesn\'t trigger the refresh flow because it only refreshes on one specific code. which code should an expired bearer token get?',
  },
  {
    codes: [404],
    text: "multi-tenant review: user from tenant A requests `/tenants/B/invoices/991`. Security wants us not to reveal that invoice 991 exists in tenant B at all. Current code `raise PermissionDenied()` (DRF → 403). What would you return to avoid leaking existence?",
  },
  {
    codes: [422],
    text: "image is a perfectly valid JPEG with correct content type but it's 20x20 px and our rule is min 200x200. Current code returns 415. I think that's wrong since the type is supported. what's right?",
  },
  {
    codes: [206],
    text: "video CDN thing: player sends `Range: bytes=0-1048575` and our origin returns `200` with the full 800MB file, ignoring the range. What status should a proper ranged response use? Safari won't even play the video without it, seeking is broken too.",
  },
  {
    codes: [416],
    text: "and when the player asks for `Range: bytes=900000000-` on a file that's only 800MB long? our nodejs code crashes with `ERR_OUT_OF_RANGE` → 500. what should it be? would love the proper code plus what header to include.",
  },
  {
    codes: [503],
    text: "webhook design: when our OWN webhook receiver hits a transient DB failure we want the sender (Stripe/GitHub) to retry later. currently we swallow the error and return 200 so they never retry and we lose events. what should we return so they retry?",
  },
  {
    codes: [410],
    text: 'webhook sender side: a customer\'s endpoint keeps responding `410 Gone` to our deliveries. Our retry policy treats all 4xx as retryable for 3 days. Is there a code that we should interpret as "unsubscribe me, stop sending"? asking what the receiver is telling us here.',
  },
  {
    codes: [204, 200],
    text: "long polling review: `GET /events?wait=30` holds the request up to 30s. if nothing happens within 30s we currently `return res.status(408).end()` and browsers log red errors. what should an empty long-poll timeout return?",
  },
  {
    codes: [204, 200],
    text: "CORS preflight. our Express app answers `OPTIONS /api/*` with `res.sendStatus(404)` because there's no route, so Chrome blocks every PUT from the dashboard. what status should a successful preflight response have (with the Access-Control-Allow-* headers)?",
  },
  {
    codes: [308],
    text: "URL restructure: `/api/teams/{id}` moved to `/api/orgs/{id}` permanently. Clients do GET, PUT, and DELETE on it and some old http libs follow redirects. Currently nginx `return 301`. Some client PUTs become GETs after the redirect. What permanent redirect keeps the method?",
  },
  {
    codes: [307],
    text: "during a blue/green migration we temporarily send `POST /uploads` to `uploads-b.example.com` for a week. `res.redirect(302, newUrl)` is turning POSTs into GETs in some clients and the body is lost. what temporary redirect preserves method and body?",
  },
  {
    codes: [409],
    text: "DRF PR: `if User.objects.filter(username=u).exists(): return Response({'username': 'taken'}, status=status.HTTP_400_BAD_REQUEST)`. reviewer says 400 is wrong because the request itself is fine, it just collides with existing state. Which one? I'd like to settle it before merge, it's blocking the signup release.",
  },
  {
    codes: [201],
    text: 'Spring review: `@PostMapping("/customers") @ResponseStatus(HttpStatus.OK) public Customer create(@RequestBody CustomerDto dto)`. It creates a row and we set a Location header in a filter. shouldn\'t this be something else? asking before I approve, the OpenAPI file says the same thing.',
  },
  {
    codes: [204],
    text: "`DELETE /sessions/current` – handler does `res.status(200).send()` with an empty body. linter (spectral rule) complains. What status is normally used for success with no response body? I want the rule to pass without just disabling it, please.",
  },
  {
    codes: [404, 204],
    text: "idempotent DELETE debate: second `DELETE /carts/77` after it was already removed. Half the team says 204 (the end state is the same), half says 404. We don't keep tombstones. What do you go with?",
  },
  {
    codes: [405],
    text: "someone sends `PATCH /orders` (the collection, not an item). we only support GET and POST there. our Fastify returns `404 Route not found`. shouldn't it be a code that says the method isn't supported for this URL, with an Allow header?",
  },
  {
    codes: [406],
    text: "legacy SOAP-ish client sends `Accept: application/xml` to our JSON-only API. currently we ignore Accept and return JSON with 200, and their parser explodes. if we want to be strict about content negotiation, what code?",
  },
  {
    codes: [411],
    text: 'IoT devices upload firmware logs with `Transfer-Encoding` missing AND no `Content-Length` (old HTTP/1.0 stack). our server requires a length for this endpoint. we return 400 today. Dedicated status for "I need a Content-Length"?',
  },
  {
    codes: [431],
    text: "retro: SSO rollout made cookies huge (28 cookies, ~16KB). users randomly got a blank page; logs show the ingress rejecting requests before they reach the app. Which status is that — the one about header fields being too large?",
  },
  {
    codes: [417],
    text: "upload client sends `Expect: 100-continue` with a 2GB body. our policy is to refuse expectations we don't support (we are behind a weird proxy that can't do interim responses). what's the final status for a failed expectation?",
  },
  {
    codes: [421],
    text: "HTTP/2 connection coalescing bug: Chrome reused the connection for `api.example.com` to hit `admin.example.com` (same IP, wildcard cert), but admin is served by a different backend that doesn't serve that authority. What should the server return so the client retries on a new connection?",
  },
  {
    codes: [423],
    text: "document editor API: while user A holds an edit lock on `/docs/55`, user B's `PUT /docs/55` is rejected. we currently return 409. there's a WebDAV-ish code for a locked resource; is that appropriate here?",
  },
  {
    codes: [424],
    text: "transaction batch `POST /ledger/batch` with steps 1..5, step 3 fails so 4 and 5 are never attempted. In the per-step results what status do steps 4 and 5 get (they failed only because 3 failed)?",
  },
  {
    codes: [425],
    text: "we enabled TLS 1.3 0-RTT at the edge. for non-idempotent POSTs arriving in early data we want the edge to refuse and make the client retry after the handshake (RFC 8470). which status?",
  },
  {
    codes: [426],
    text: "we're killing plaintext HTTP/1.0 support on an internal service and want to tell clients to switch to TLS / a newer protocol, with an `Upgrade` header. is there a status for that?",
  },
  {
    codes: [451],
    text: "legal asked us to block a set of user pages in Germany because of a court order. currently `return res.status(403)`. is there a specific status for legal reasons? (and yes we're adding a Link rel=blocked-by)",
  },
  {
    codes: [501],
    text: 'someone sent `PROPFIND /files` to our plain REST API and it returned 405. But we don\'t recognise that method at all anywhere in the server. is 405 right or is there a code for "method not implemented by the server"?',
  },
  {
    codes: [502],
    text: "incident retro: our BFF called the pricing service, which responded with an HTML error page instead of JSON (it had crashed halfway and returned a truncated response). The BFF did `res.status(500)`. From the BFF's perspective, as a gateway, what's the more accurate status?",
  },
  {
    codes: [504],
    text: 'nginx in front of a Rails app, `proxy_read_timeout 60s`. A report query took 75s. what status did the user get from nginx? the PM screenshot just says "error" and I need to explain it in the retro.',
  },
  {
    codes: [503],
    text: "planned maintenance window tonight 02:00–02:30 UTC. we'll put up a maintenance page. what status should the API return during the window so that monitors and clients know it's temporary (we'll add Retry-After: 1800)?",
  },
  {
    codes: [505],
    text: "some ancient client library sends `GET / HTTP/0.9`-ish garbage or claims HTTP/3.0 in the request line over TCP. our custom server currently 400s. is there a status specifically for an unsupported HTTP major version?",
  },
  {
    codes: [507],
    text: "file storage API retro: the disk on the storage node filled up and `PUT /blobs/{id}` started failing with `res.status(500).json({err: 'ENOSPC'})`. WebDAV has a code for \"can't store the representation\". should we use that for our PUT?",
  },
  {
    codes: [508],
    text: "we have a `/folders/{id}?depth=infinity` listing and someone created a folder symlink loop. the server detects the cycle and aborts. currently 500. what's the dedicated status for an infinite loop detected while processing?",
  },
  {
    codes: [511],
    text: "hotel wifi captive portal intercepting our mobile app's API calls. what status is a captive portal supposed to return to indicate you need to log in to the network first? (so we can detect it client-side)",
  },
  {
    codes: [407],
    text: "corporate squid proxy blocks our SDK until the user sends `Proxy-Authorization`. the SDK error handler doesn't recognise the code. which status does a proxy use to demand credentials? Sales engineer says the customer sees it only on office network, home works fine.",
  },
  {
    codes: [408],
    text: "our Go server sets `ReadTimeout: 10s`. slow-loris-ish clients that open a connection and don't finish sending headers get cut off. if we want to answer them before closing, which status means the server timed out waiting for the request?",
  },
  {
    codes: [300],
    text: "content negotiation review: `GET /docs/guide` exists in en, fr and de and we don't want to guess. we'd like to return a list of the variants and let the client pick. is there a status for that?",
  },
  {
    codes: [302],
    text: "someone put `return redirect(url, code=302)` in a flask login flow for GET /login → /dashboard. reviewer says \"use 303 or 307\". for a GET→GET temporary redirect what's actually the most common/correct one? I think it's fine as is?",
  },
  {
    codes: [103],
    text: "perf review: we want the browser to start fetching `/app.css` and `/app.js` while the server is still rendering the page (SSR takes 400ms). is there an informational status that carries `Link: rel=preload` hints before the final response?",
  },
  {
    codes: [101],
    text: "websocket endpoint `/ws` – reviewing our handshake code: on successful upgrade what status line do we send back? the intern wrote `w.WriteHeader(200)` and Safari refuses the socket. Chrome seems a bit more forgiving but still fails intermittently.",
  },
  {
    codes: [100],
    text: "client sends `Expect: 100-continue` before uploading 500MB. we DO want the body, auth checked out. what interim status should the server send so the client starts streaming? We're implementing this in a custom Netty handler so nothing does it for us.",
  },
  {
    codes: [203],
    text: "writing a transforming proxy that recompresses images and strips some headers. upstream said 200. is there a status the proxy should use to signal the payload was modified from the origin's 200?",
  },
  {
    codes: [429],
    text: "context: we sit a grpc-gateway in front of every internal service and the SRE board groups errors by http status. grpc-gateway retro: backend returned `codes.ResourceExhausted` because the per-user concurrency cap was hit. what HTTP status did the gateway hand to the browser?",
  },
  {
    codes: [400],
    text: 'still working through the error mapping doc for the mobile team, sorry for the many questions. grpc service returns `status.Error(codes.FailedPrecondition, "account not verified")`. the REST gateway translated it. which HTTP code do clients see? they want to know which one to handle in the app.',
  },
  {
    codes: [503],
    text: 'reviewing an on-call alert rule that fires on http 5xx only, so I need to be sure. `return nil, status.Errorf(codes.Unavailable, "db pool exhausted")` in our grpc service. through grpc-gateway, which http status is that? asking because the alert didn\'t fire last night.',
  },
  {
    codes: [504],
    text: "PR: `return nil, status.Error(codes.DeadlineExceeded, ...)` when the downstream call exceeded its budget. what http code does grpc-gateway map that to? need it for the dashboard query. thanks in advance, Grafana panel is waiting on this.",
  },
  {
    codes: [409],
    text: "hey, the payments team uses Spanner and gets aborted transactions under contention. grpc `codes.Aborted` on a transaction conflict (serialization failure, retry). what http status is that through the gateway? the client SDK needs to know whether to retry.",
  },
  {
    codes: [501],
    text: "grpc `codes.Unimplemented` for a method we stubbed out in the proto but haven't written. which http status does grpc-gateway return? Some partners already call it and we see weird numbers in the metrics.",
  },
  {
    codes: [499],
    text: "grpc `codes.Canceled` showing up in the gateway logs when users close the tab mid-request. what's the http status for that in grpc-gateway? is it something nginx-ish or a real standard code? curious.",
  },
  {
    codes: [499],
    text: "nginx access log is full of `499` on `/api/search` after we added a 3s client timeout in the frontend. in the retro someone asked what 499 actually means — is it our backend failing?",
  },
  {
    codes: [522],
    text: "Cloudflare showed `Error 522` for 10 minutes while we were rotating origin instances. what does 522 mean exactly, in retro terms? connection-level or the app? The health checks were green the whole time, weirdly.",
  },
  {
    codes: [524],
    text: "retro: Cloudflare `524 A timeout occurred` on the `/reports/generate` endpoint which takes ~2 min. origin logs show a 200 eventually. what is 524 and why didn't the user get our 200?",
  },
  {
    codes: [521],
    text: 'Cloudflare 521 on all routes after the deploy. our origin firewall rules got reset and were dropping Cloudflare IPs. which cloudflare code is "web server is down / refused connection"? trying to confirm what we saw.',
  },
  {
    codes: [526],
    text: 'retro prep, bear with me. cert on origin expired, Cloudflare in Full (strict) mode. Users saw a cloudflare error page. which 52x is "invalid SSL certificate" on the origin? want to name the exact one in the write-up.',
  },
  {
    codes: [503],
    text: "AWS ALB returning errors right after we scaled the target group to 0 during a deploy window. no healthy targets registered. what status does the ALB itself give the client in that case?",
  },
  {
    codes: [419],
    text: 'Laravel form posts are failing with a "Page Expired" page after users leave the tab open overnight. what status code is Laravel sending there? it\'s not in the RFC list I think.',
  },
  {
    codes: [403],
    text: "Django CSRF: our React SPA POSTs to `/api/profile` without the `X-CSRFToken` header and gets an html error page. which status does Django return for CSRF verification failed? we're on Django 4.2 with the default middleware stack.",
  },
  {
    codes: [422],
    text: "API review: `POST /coupons/redeem` for a coupon that expired yesterday. Someone put `418 I'm a teapot` as a joke and it shipped :upside_down_face:. the request is well-formed, the coupon just isn't valid anymore. what should it really be?",
  },
  {
    codes: [422],
    text: '`PUT /users/me/email` with `{"email": "not-an-email"}`. JSON parses fine, schema says format: email. We return 400. teammate insists 422 is better for semantic validation errors. for this specific case which is right under 9110?',
  },
  {
    codes: [409, 422],
    text: "`POST /transfers` where the source account has insufficient funds. Team debate: 402, 409, 422, 400. the request is valid, the account state prevents it. my vote is the state-conflict one. which one would you pick?",
  },
  {
    codes: [422],
    text: "ok weird one: `POST /meetings` scheduled for a date in the past. payload is syntactically fine. validation rejects it. Our Rails controller does `render json: errors, status: :unprocessable_entity`. is that correct or should it be bad_request?",
  },
  {
    codes: [409],
    text: "ticket system: `POST /tickets/{id}/close` when the ticket is already closed. Current behaviour `HTTP 500 InvalidStateTransition` (unhandled exception). what's the right status for an invalid state transition? product wants the UI to show a friendly message.",
  },
  {
    codes: [404],
    text: 'we return 200 + `{"success": false, "error": "not found"}` on every endpoint (legacy RPC style). new API guideline says use real statuses. for `GET /orders/abc` where abc doesn\'t exist, obviously 404 — but our PM wants to confirm. yes?',
  },
  {
    codes: [401],
    text: "auth middleware review, going file by file. `GET /me` with no Authorization header at all. Our middleware returns `403 Forbidden`. Shouldn't that be the auth-challenge one with a WWW-Authenticate header? I think the spec is pretty clear but want a second opinion.",
  },
  {
    codes: [401],
    text: 'basic auth on the internal metrics endpoint. wrong password → we return 403. Prometheus scrape shows "forbidden". What\'s correct for bad credentials? and the alerts people are confused. thanks :pray:',
  },
  {
    codes: [403],
    text: "user is logged in fine but isn't an admin and calls `POST /admin/users/ban`. code: `return res.status(401).json({error: 'not admin'})`. frontend logs them out because it treats 401 as \"session gone\". what should it be?",
  },
  {
    codes: [403],
    text: "IP allowlist on the partner API: request from a non-allowlisted IP with valid credentials. which status? we return 401 right now which makes their devs think the key is wrong.",
  },
  {
    codes: [401, 403],
    text: "signature verification on incoming webhooks (HMAC header doesn't match). Our receiver returns 500 because the verify function throws. what should a receiver respond for a bad signature, so it doesn't look like our outage?",
  },
  {
    codes: [301],
    text: "file rename in our storage API moved the object; the old path should redirect for GETs for a few months then die. GET only, browsers and curl. The CDN supports 301 and 308 both. does it matter which for GET-only?",
  },
  {
    codes: [401],
    text: "graphql gateway review: when the request has no Authorization header at all our apollo server still returns 200 with `errors[0].extensions.code = UNAUTHENTICATED`. the edge team wants a real http status for the no-credentials case so the WAF metrics make sense. which one?",
  },
  {
    codes: [400],
    text: "GraphQL-over-HTTP question: client sends a query document that doesn't even parse (missing closing brace) with `Accept: application/graphql-response+json`. we answer 200 + errors. the spec draft says otherwise for this media type I believe. what status?",
  },
  {
    codes: [400],
    text: "`GET /products?sort=colour` — `colour` isn't a sortable field (only price, name, created_at). the ORM throws and we return 500. what should an unknown sort field get? i'd like a standard answer across our list endpoints.",
  },
  {
    codes: [400],
    text: "hola! revisando el PR de `GET /clientes?limit=5000`. el máximo es 100. ahora mismo devolvemos 500 porque la query revienta por timeout. no queremos hacer clamp silencioso. qué código usamos para un parámetro fuera de rango?",
  },
  {
    codes: [403],
    text: "tenant suspended by trust & safety for abuse. ALL their API keys still authenticate fine but we must refuse every request until they talk to support. currently `401`, which makes their integrations spin on token refresh. better?",
  },
  {
    codes: [401],
    text: "key revocation: customer rotated and revoked `sk_live_abc...`. some forgotten cron job still uses it. what should requests with a revoked API key get? we return 403 now and I'm not convinced.",
  },
  {
    codes: [404],
    text: "feature-flagged endpoint `GET /ai/summaries` is off for most tenants. For tenants without the flag we'd rather pretend it doesn't exist than advertise it. current code returns 403 \"feature disabled\". what would you use to hide it?",
  },
  {
    codes: [415],
    text: "`PATCH /settings` with `Content-Type: application/json-patch+json` but we only implemented JSON Merge Patch (`application/merge-patch+json`). express currently does `res.status(400)`. should be something about media type I think, plus `Accept-Patch` header? don't want to implement RFC 6902 right now.",
  },
  {
    codes: [400],
    text: "upload integrity: client sends `Content-Digest: sha-256=...` and the body hash doesn't match (corrupted in transit). we store it anyway and return 201 :grimacing:. what should we reject with? it's for a backup product so integrity really matters.",
  },
  {
    codes: [409],
    text: "tus resumable uploads: client sends `PATCH /files/abc` with `Upload-Offset: 1048576` but we've only received 524288 bytes. our server says 400. the tus protocol has a specific status for offset mismatch, which is it?",
  },
  {
    codes: [507],
    text: 'chunked upload staging volume on the upload service is full, so we can\'t write any new chunk. the request itself is fine. is there a more precise status than a generic 500 for "server has no space to store this"?',
  },
  {
    codes: [429],
    text: "security review of `POST /auth/login`: after 5 failed attempts from the same IP in 10 min we block for 15 min. what status for the blocked attempts? we currently return 401 which makes it look like the password is wrong even when it's right.",
  },
  {
    codes: [401],
    text: 'login form API: username exists, password wrong. code: `return JsonResponse({"error": "invalid"}, status=400)`. reviewer says that\'s not an auth status. what should failed credentials on a login endpoint return? we\'re aligning the whole auth service.',
  },
  {
    codes: [401],
    text: "step-up auth: for `POST /payouts` we need the session to have done MFA within last 5 min (acr claim). token is valid but lacks that. RFC 9470 defines an error for this in the WWW-Authenticate header. what's the status code that goes with it?",
  },
  {
    codes: [202],
    text: "password reset: `POST /password-resets {email}`. we don't want to reveal whether the email is registered. currently 404 for unknown emails (leaks!). what single status would you return in both cases given we send the email asynchronously?",
  },
  {
    codes: [403],
    text: "CORS review: request from `https://evil.example` Origin which isn't on our allowlist, to an endpoint that uses cookies. someone suggested returning 200 without ACAO headers and let the browser block. others want the server to actively refuse. If we refuse, what status?",
  },
  {
    codes: [504],
    text: "CDN/caching: client sends `Cache-Control: only-if-cached` and our caching proxy has nothing stored for that URL. what's the status the cache is supposed to send back per RFC 9111? we're writing our own small cache layer in Rust so we need to implement it.",
  },
  {
    codes: [200],
    text: "our framework answers `HEAD /files/{id}` with 405 because we only registered a GET route. The download manager uses HEAD to get Content-Length. what should HEAD return for an existing file?",
  },
  {
    codes: [200],
    text: "conditional GET subtlety: client sends `If-Modified-Since: Mon, 01 Jan 2024 00:00:00 GMT`, the resource was modified in March 2024. intern's code returns 304 whenever the header is present lol. what should it be in this case?",
  },
  {
    codes: [412],
    text: "`DELETE /records/{id}` with `If-Unmodified-Since` older than the record's last-modified (someone edited it since). what status should the delete fail with? we use this for an admin tool with concurrent editors.",
  },
  {
    codes: [201],
    text: "PUT upsert: `PUT /devices/{serial}` where the client chooses the id. first time (it didn't exist) we return 200. reviewer says there's a more precise code when PUT creates. which? not a huge deal but let's get it right.",
  },
  {
    codes: [429],
    text: "clients poll `GET /operations/{id}` every 50ms despite us sending `Retry-After: 5` on the 202. Should the polling endpoint itself start rejecting over-eager pollers? with what? it's 10% of our traffic now, ridiculous.",
  },
  {
    codes: [406],
    text: "media type versioning: client sends `Accept: application/vnd.acme.v5+json`, we only have v1–v3. current handler falls back to v3 silently and returns 200. if we want to be explicit, what code? clients are confused when they get v3 payloads.",
  },
  {
    codes: [404],
    text: "path versioning: `GET /v9/orders` and v9 never existed (we're at v3). express router returns a generic html page. what should the json api return? our router fallthrough is a catch-all right now.",
  },
  {
    codes: [400],
    text: "header versioning: `Api-Version: banana` (not a date, not parseable). Stripe-style versioning. what's the error code for an unparseable version header? currently we 500 because the date parse throws. Thanks, appreciate it!",
  },
  {
    codes: [308],
    text: "API review: trailing slash redirect. `POST /orders/` should go to `POST /orders`. framework default sends 301 and clients lose the body. which redirect code would keep the POST intact permanently?",
  },
  {
    codes: [308],
    text: "ops question from the retro: our API on plain http:80 redirects to https with 301, and some webhook senders POST to http:// and the body vanishes. if we keep redirecting, what code should port 80 use?",
  },
  {
    codes: [302],
    text: "landing page `/` redirects to `/en/` or `/de/` based on Accept-Language. someone made it a 308 and now Germans on a shared laptop are stuck on /de forever (cached). what would you use?",
  },
  {
    codes: [401],
    text: "Spring Security by default redirects unauthenticated `/api/**` calls to `/login` with a 302, and our mobile client follows it and gets a HTML page with 200 :facepalm:. For the API paths, what should unauthenticated requests get instead?",
  },
  {
    codes: [503],
    text: 'envoy access log shows `UC` flag with "upstream connect error or disconnect/reset before headers. reset reason: connection termination". what HTTP status does envoy return to the downstream client here? the app pods were restarting at the time.',
  },
  {
    codes: [503],
    text: "ingress-nginx in k8s: Service selector was wrong after a refactor so the Service had zero endpoints. what status did ingress-nginx return to the users? took us 20 minutes to figure out it was the selector.",
  },
  {
    codes: [502],
    text: 'retro snippet: `connect() failed (111: Connection refused) while connecting to upstream, client: 10.1.2.3, upstream: "http://10.0.0.7:3000/api"`. which status did nginx serve for those requests? the node process had crashed and nothing was listening on 3000.',
  },
  {
    codes: [503],
    text: 'retro doc for the CSV import incident last tuesday. Heroku logs `at=error code=H12 desc="Request timeout" method=POST path="/import" service=30000ms status=???`. what status does the router put there? the heroku dashboard just shows red bars.',
  },
  {
    codes: [504],
    text: "AWS API Gateway REST API in front of a Lambda integration; the lambda takes 35s on cold heavy reports. the client gets an error after ~29s. what status code is that from API Gateway?",
  },
  {
    codes: [502],
    text: "GCP HTTPS load balancer: all backends failed health checks after a bad config push. logs say `failed_to_pick_backend`. what status code did the users get? I need the number for the incident summary.",
  },
  {
    codes: [520],
    text: 'Cloudflare 520 spike after we upgraded the origin\'s web server — cloudflare says "Web server is returning an unknown error". for the retro, what does 520 cover? we rolled back and it went away, but I want to describe it correctly.',
  },
  {
    codes: [525],
    text: "Cloudflare showed `525 SSL handshake failed` after we changed cipher suites on the origin. Confirming 525 is about the CF→origin handshake, not the browser one? the browser side was fine afaik.",
  },
  {
    codes: [523],
    text: "Cloudflare `523 Origin is unreachable` right after we changed the origin's DNS record to a private IP by mistake. is 523 the right reading of that? terraform change, not our finest moment.",
  },
  {
    codes: [444],
    text: "nginx config review: `server { listen 80 default_server; return 444; }` for requests with unknown Host headers (bots scanning IPs). a new teammate asked what 444 sends to the client. is that even a status?",
  },
  {
    codes: [496],
    text: "mTLS on the partner gateway (nginx, `ssl_verify_client on`). a partner connected without sending any client certificate and got an nginx error page. which nginx-specific code was that? trying to document it for the partner onboarding guide.",
  },
  {
    codes: [495],
    text: "same mTLS setup: partner's client cert is expired. nginx shows its own error instead of proxying. what code is that one (not the no-cert one)? we want a custom error page for each case.",
  },
  {
    codes: [497],
    text: "someone hit `http://api.example.com:443/` (plain http on the TLS port) and nginx returned a weird 4xx page. which nginx code is \"plain HTTP request sent to HTTPS port\"? it's a misconfigured client in some partner's staging.",
  },
  {
    codes: [561],
    text: "ALB with OIDC authentication action: the IdP token endpoint returns an error and the ALB returns a weird 5xx code that isn't standard. which one is that? trying to match it in our alerting rules.",
  },
  {
    codes: [440],
    text: "legacy OWA/Exchange behind IIS: users get kicked out with a 440 status after idle. what does 440 mean on IIS? we're migrating it off next year but for now need to support it.",
  },
  {
    codes: [500],
    text: "retro: `TypeError: Cannot read properties of undefined (reading 'id')` in the orders handler, express default error handler caught it. what code did users see and is that the right one for an unhandled bug?",
  },
  {
    codes: [409],
    text: "`DELETE /users/{id}` where the user still owns 3 projects and the FK constraint fails. code: `except IntegrityError: return Response(status=500)`. the request can't be completed due to current state. what's right?",
  },
  {
    codes: [400],
    text: 'body is `[{"name": "a"}]` (an array) but `POST /widgets` expects a single object. jackson throws `MismatchedInputException` and we return 500 via our catch-all. what\'s correct? it\'s obviously the client\'s mistake, not ours.',
  },
  {
    codes: [400],
    text: "client sends `Content-Type: application/json` but the body is `a=1&b=2` (form encoded). json parse fails. 415 or 400? the content type IS supported, it's just lying. mobile team found this with a broken interceptor.",
  },
  {
    codes: [415],
    text: "`POST /events` with no Content-Type header at all and a binary body. our framework guesses and stores garbage. if we want to refuse requests without a proper content type, what's the code?",
  },
  {
    codes: [415],
    text: "mobile team wants to gzip request bodies: `Content-Encoding: gzip` on POST. our server doesn't decode request content codings. RFC 9110 has guidance on this I think — which status and which response header?",
  },
  {
    codes: [400],
    text: "security audit: request with both `Content-Length` and `Transfer-Encoding: chunked` headers reaching our custom HTTP server (request smuggling vector). what status should we reply with before closing the connection? we're not behind a proxy for this one, it's exposed directly.",
  },
  {
    codes: [400],
    text: "HTTP/1.1 request without a `Host` header arrives at our Go server. what does the spec say the server must respond? we're writing conformance tests. Also curious whether HTTP/1.0 is treated differently, but mostly the 1.1 case matters here.",
  },
  {
    codes: [202],
    text: "`Prefer: respond-async` on `POST /analyses` — the client explicitly asks for async. we support that. what status should the server return when honouring it? and what headers should accompany it?",
  },
  {
    codes: [200],
    text: "`PATCH /tasks/7` returns the updated task JSON. someone on the PR changed `res.status(200)` to `res.status(201)` \"because it's a modification\". correct? I don't think so but need a second pair of eyes before approving.",
  },
  {
    codes: [200],
    text: '`POST /search` with a big filter body returns a list of results (nothing created). Spring controller is annotated `@ResponseStatus(HttpStatus.CREATED)` because "it\'s a POST". what should it be? front end cache also got confused by this.',
  },
  {
    codes: [204],
    text: "small nit in the notifications service PR. `POST /notifications/test` sends a test push synchronously and there's nothing to return. Node: `res.status(200).json({})`. what's cleaner? the QA script checks for a specific code.",
  },
  {
    codes: [402],
    text: "checkout review: Stripe returned `card_declined` for the charge. our API `POST /checkout` currently passes back a 500. what should our own endpoint return to the client for a declined card?",
  },
  {
    codes: [303],
    text: "idempotent create via POST: `POST /payment-links {order_id: 42}` but a link for order 42 already exists. instead of erroring, we want to point the client to the existing resource. there's a redirect code RFC 9110 mentions for exactly this. which?",
  },
  {
    codes: [401],
    text: "token audience check: JWT is signed correctly and not expired but `aud` is `billing-api` and this is `reports-api`. middleware returns 403. what do you think is right for an invalid token?",
  },
  {
    codes: [403],
    text: "social app: user B has blocked user A. A calls `POST /users/B/messages`. A is authenticated and the endpoint exists. we return 404 to hide the block? or...? product is fine with the block being visible.",
  },
  {
    codes: [403],
    text: "account exists but email not verified yet. `POST /posts` should be denied until they verify. `raise Unauthorized` in our FastAPI code → 401, the app keeps asking to log in again. what should it be?",
  },
  {
    codes: [451],
    text: "DMCA takedown: a user's uploaded file was removed due to a copyright notice. `GET /files/{id}` currently 404. legal wants the reason to be machine-visible. what status? the file record still exists in our DB, just the blob is gone.",
  },
  {
    codes: [204],
    text: "SSE endpoint `GET /stream` (text/event-stream). when the user logs out we want EventSource in the browser to STOP reconnecting. the HTML spec says a specific status makes it not reconnect. what do we send?",
  },
  {
    codes: [413],
    text: "security review: an attacker can send a tiny gzip request body that decompresses to 10GB (zip bomb). we cap decompressed size at 50MB. what status for exceeding the decompressed cap?",
  },
  {
    codes: [400],
    text: "multi-tenant: `X-Tenant-Id` header is required on every call. missing header → our middleware crashes with NullPointerException → 500. what should a missing required header get? every tenant-aware service shares this middleware.",
  },
  {
    codes: [404],
    text: "tenant routing by subdomain: `acme.app.io` works, `doesnotexist.app.io` hits the wildcard and we currently render the marketing homepage with 200. for the API on that host, what should we return? the mobile SDK ends up parsing HTML.",
  },
  {
    codes: [503],
    text: 'tenant is being migrated between shards, we freeze writes for ~10 minutes. writes during that window currently fail with 500. what status tells clients "temporary, retry later" with Retry-After? the migration tool is internal.',
  },
  {
    codes: [307],
    text: "data residency: EU tenant's request hit our US region. we want the client to repeat the exact same request (POST with body) against `eu.api.example.com`, just this time, not forever. which redirect?",
  },
  {
    codes: [308],
    text: "after the EU migration finished, the tenant now lives permanently at `eu.api.example.com`. old US URLs should point there permanently and keep methods (lots of POST/PUT). what redirect code? we will keep the redirect for a year at least.",
  },
  {
    codes: [200],
    text: "deprecated query param `?include_deleted=true` is now ignored but we don't want to break anyone; we add a `Warning`-ish header. response otherwise normal. status should stay...? nothing else about the response changes.",
  },
  {
    codes: [400],
    text: "pagination is 1-based: `?page=0` is meaningless. right now the SQL ends up with a negative OFFSET and Postgres errors → 500. what should the API return for page=0? the fix to the SQL is obvious, just the status question.",
  },
  {
    codes: [206],
    text: "old dojo-style grid sends `Range: items=0-24` for pagination and expects `Content-Range: items 0-24/1000`. our new backend returns 200 and the grid ignores it. which status does that grid expect for a partial collection?",
  },
  {
    codes: [405],
    text: "`DELETE /users` (the whole collection). we never want to support that. Django returns 405 automatically for unregistered methods on the view. is that the right one or should we 403?",
  },
  {
    codes: [409],
    text: '`POST /orders/991/cancel` — the order has already shipped so it can\'t be cancelled anymore. our code returns 400 "cannot cancel". 400 or something better? customers see this in the order page.',
  },
  {
    codes: [409],
    text: "booking API: two users try to book seat 14C for the same flight; the second one loses the race (unique constraint). what does the loser's `POST /bookings` get? we use a unique index on (flight, seat).",
  },
  {
    codes: [502],
    text: "retro: our API called Twilio, Twilio returned 500, and we bubbled up `res.status(500)` to our client. as a gateway-ish thing in that call path, what should we return? the client thinks WE are broken.",
  },
  {
    codes: [504],
    text: "our `/quotes` endpoint calls a partner pricing API with a 5s timeout. the partner didn't respond in time. we currently return 500. what's the better code? we show it on a status page too.",
  },
  {
    codes: [422],
    text: "Rails API retro: after we turned on `protect_from_forgery with: :exception` a bunch of form posts started failing with `ActionController::InvalidAuthenticityToken`. what status code does Rails map that exception to? wondering if the number is something other than 403.",
  },
  {
    codes: [400],
    text: "Rails 7 API-only app. `params.require(:user)` raises `ActionController::ParameterMissing` when the client sends `{}`. what status does Rails return for that out of the box? our docs say something else so I need to fix one of them.",
  },
  {
    codes: [422],
    text: 'FastAPI: our pydantic model rejects `{"age": "abc"}` and the client gets an error before our handler even runs. the client team asks what status FastAPI sends by default for request validation errors.',
  },
  {
    codes: [400],
    text: "Django: someone uploaded a 15MB form-encoded body and `DATA_UPLOAD_MAX_MEMORY_SIZE` is 2.5MB. Django raised `RequestDataTooBig`. what status does the client actually get from django for that? the uploads then failed in the mobile app with a generic message.",
  },
  {
    codes: [400],
    text: "retro: after the domain change we forgot `ALLOWED_HOSTS` and every request raised `DisallowedHost`. what status did django send back to clients? it was a quick fix once we spotted it, but the retro needs the status code.",
  },
  {
    codes: [415],
    text: "retro for the partner integration issue. Spring: client posts XML to a controller that `consumes = \"application/json\"`. `HttpMediaTypeNotSupportedException`. default status? we didn't write an exception handler for it, so it's pure framework default. what do clients get?",
  },
  {
    codes: [405],
    text: 'Go 1.22 ServeMux with patterns like `mux.HandleFunc("GET /items/{id}", h)`. someone sends `POST /items/3`. what does the mux respond with by default, and does it set Allow? I\'m writing tests and want to assert the right code.',
  },
  {
    codes: [413],
    text: 'trying to explain to the mobile team why their uploads fail. nginx `client_max_body_size 10m;` and someone uploads 25MB. what status does nginx return before it ever reaches the upstream? the app just shows "unknown error".',
  },
  {
    codes: [400],
    text: 'ops question, bit embarrassed: users with huge cookies get "Request Header Or Cookie Too Large" from nginx. in the access log and in the browser, what status code does the client actually receive for that page?',
  },
  {
    codes: [503],
    text: "HAProxy log line `<NOSRV> ... SC--` when the whole backend was marked DOWN during the deploy. what status code did users receive? the retro doc needs the exact code. Thanks in advance.",
  },
  {
    codes: [504],
    text: "Vercel serverless function exceeded its max duration on the `/api/render` route (FUNCTION_INVOCATION_TIMEOUT). what http status does the user get? the page rendering for big PDFs takes ages. Users just saw a white screen and a cryptic message.",
  },
  {
    codes: [429],
    text: "Kong rate-limiting plugin kicks in at 100 req/min for the `free` consumer group. what status does Kong send when the limit is hit, and with which headers? our docs need to list it.",
  },
  {
    codes: [401],
    text: "Kong key-auth plugin: request without `apikey` header gets rejected with \"No API key found in request\". what's the status Kong uses for that? the partner insists they're sending it, but in a query param.",
  },
  {
    codes: [409],
    text: 'kubectl apply in our operator fails with "the object has been modified; please apply your changes to the latest version and try again". what HTTP status did the API server return for that resourceVersion conflict?',
  },
  {
    codes: [403],
    text: 'our controller got `User "system:serviceaccount:ci:deployer" cannot patch resource "deployments"` from the kube-apiserver. what http status is behind that RBAC error? it\'s during a helm upgrade in CI. Want to document it properly in the runbook.',
  },
  {
    codes: [429],
    text: "kube-apiserver started answering our aggressive list-watch client with API Priority & Fairness rejections. which status does APF use when it rejects? we were listing pods every 100ms, our bad. Asking for the retro.",
  },
  {
    codes: [409],
    text: "Elasticsearch index with `version_type=external`; indexing a doc with a lower version than stored gives `version_conflict_engine_exception`. which status code comes back from ES? we're using it for an event-sourced sync. Thanks!",
  },
  {
    codes: [403],
    text: "S3 `GetObject` on a key that doesn't exist, but the IAM role has no `s3:ListBucket`. the app logs AccessDenied and the dev thinks it's a permission bug. what status does S3 return here?",
  },
  {
    codes: [412],
    text: "S3 conditional writes: `PutObject` with `If-None-Match: *` for our lock file and the object already exists. which status does S3 respond with? we're building a simple distributed lock on top of it.",
  },
  {
    codes: [503],
    text: "S3 started returning `SlowDown` errors during our backfill (3500 PUT/s on one prefix). what HTTP status is SlowDown? should our job treat it as retryable? The AWS docs page is long and I got lost in it.",
  },
  {
    codes: [400],
    text: "OAuth token endpoint review: refresh token was revoked, client calls `POST /oauth/token grant_type=refresh_token` and gets `invalid_grant`. we return 401. what does RFC 6749 say the status should be for invalid_grant?",
  },
  {
    codes: [401],
    text: "token endpoint: client authenticates with a wrong `client_secret` via HTTP Basic. error is `invalid_client`. what status must the token endpoint return in that case? the IdP we're building needs to match the spec exactly.",
  },
  {
    codes: [400],
    text: 'device authorization flow: the device polls `/oauth/token` before the user has approved, error `authorization_pending`. our implementation returns 202 "still waiting". RFC 8628 expects...? our TV app team wants the spec answer.',
  },
  {
    codes: [409],
    text: "SCIM provisioning from Okta: `POST /scim/v2/Users` with a `userName` that already exists in our directory. what status does the SCIM spec want for the uniqueness violation? Okta retries weirdly if we get it wrong.",
  },
  {
    codes: [409],
    text: "WebDAV server: `MKCOL /a/b/c/` when `/a/b/` doesn't exist. RFC 4918 says intermediate collections must not be auto-created. which status? we're implementing a small WebDAV server for a NAS product. Which status?",
  },
  {
    codes: [412],
    text: "still on our WebDAV server implementation. WebDAV `COPY /x` with `Destination: /y` and `Overwrite: F`, but `/y` exists. what's the status? the litmus test suite is complaining about our answer.",
  },
  {
    codes: [201],
    text: "WebDAV implementation again, litmus tests. WebDAV `MOVE /docs/a.txt` to a Destination that didn't exist before, success. we return 200. should be? and when it overwrote an existing one? Just checking.",
  },
  {
    codes: [208],
    text: "WebDAV bindings: a PROPFIND with Depth: infinity reaches the same collection via two bindings. for the second occurrence inside the multistatus, which status avoids enumerating it again? this is the RFC 5842 stuff.",
  },
  {
    codes: [226],
    text: "delta encoding experiment: client sends `A-IM: feed` and we return only the new entries of the RSS feed since the ETag they had. which status tells the client an instance manipulation was applied?",
  },
  {
    codes: [202],
    text: "review: someone wants to emit `102 Processing` every 20s on our long `POST /migrations` REST call so the LB doesn't time out. 102 is deprecated-ish and clients ignore it. what's the better design, status-wise, for the initial response?",
  },
  {
    codes: [506],
    text: "transparent content negotiation misconfig on Apache: the chosen variant is itself configured to negotiate, so the server ends up in a circular reference. which 5xx is that one, the really obscure one?",
  },
  {
    codes: [449],
    text: "IIS app: legacy desktop client gets `449` back from the server. what does IIS 449 mean, and what is the client expected to do? we have no docs for that app anymore.",
  },
  {
    codes: [404],
    text: 'building the gRPC to HTTP error mapping table for the API docs. grpc-gateway: `status.Error(codes.NotFound, "user not found")` in `GetUser`. which HTTP status does the REST client see? sorry if it\'s obvious, want it from a reliable source.',
  },
  {
    codes: [409],
    text: "grpc handler returns `codes.AlreadyExists` when a workspace slug is taken. the dashboard counts by http code. what code is it after grpc-gateway? need to know for the client library. Thanks.",
  },
  {
    codes: [401],
    text: "one more for the gateway mapping table, promise. `codes.Unauthenticated` because the metadata had no bearer token. HTTP status after the gateway? the browser needs it to trigger the login redirect.",
  },
  {
    codes: [500],
    text: "grpc service returned `codes.DataLoss` (checksum mismatch on a stored blob). what http status does grpc-gateway use for DataLoss? want to alert on this one specifically. We treat it as a sev2 when it shows up.",
  },
  {
    codes: [400],
    text: "grpc `codes.OutOfRange` when the client seeks past the end of a log stream. what's the http mapping in grpc-gateway? documenting the pagination behaviour. The Go client seeks by offset. Thanks!",
  },
  {
    codes: [500],
    text: "retro on the panic storm in the catalog service. grpc `codes.Unknown` coming from a panic recovery interceptor. in grpc-gateway that becomes http...? dashboards group by http status. Want to be sure before editing the panel.",
  },
  {
    codes: [429, 409],
    text: "kurze Frage zum Review: `POST /exports` — pro Tenant darf nur EIN Export gleichzeitig laufen. der zweite Request bekommt aktuell 500. ist das eher ein Rate-Limit oder ein Zustandskonflikt? welcher Status?",
  },
  {
    codes: [400],
    text: 'Kindly suggest the correct status: `POST /uploads` multipart request arrives with the `file` part completely missing (only metadata fields). Currently our Spring code returns 200 with `{"uploaded": 0}`. Team lead says this is wrong.',
  },
  {
    codes: [400],
    text: "please help check: upload endpoint receive filename `../../etc/passwd` in Content-Disposition. we sanitize but reviewer want to reject explicitly. which status is correct for this kind of bad request? now we return 403.",
  },
  {
    codes: [422],
    text: "antivirus scan (ClamAV) runs synchronously on `POST /attachments` and finds EICAR. file is a well-formed PDF with the right content type, it's just infected. we reply 500 right now. what would you pick?",
  },
  {
    codes: [201],
    text: "`POST /attachments` succeeds, file stored at `/attachments/9f2c`, we return `res.status(200).json({url})`. Should this be a different success code + Location? the frontend just reads the url from the body anyway. Asking for consistency.",
  },
  {
    codes: [415],
    text: "webhook receiver for a payments provider: they started sending `Content-Type: application/x-www-form-urlencoded` and our endpoint only parses json. what status should our receiver return so it's obvious in their dashboard? their support asked us what our 4xx means.",
  },
  {
    codes: [301],
    text: "docs site move: `/docs/v1/getting-started` moved to `/guides/quickstart` forever. only browsers and crawlers, only GET. SEO folks want link equity passed. which redirect? CMS supports all redirect types. Which one for this case?",
  },
  {
    codes: [429],
    text: "ws gateway review: per-user limit of 5 concurrent websocket connections. the 6th upgrade request currently gets `101` and then we immediately close with 1008. better to reject the HTTP upgrade itself — with what status?",
  },
  {
    codes: [405],
    text: "`PUT /users/me/stats` — stats are computed, read-only. the resource supports only GET. right now PUT silently does nothing and returns 200. what status is correct? someone pointed out this hides bugs.",
  },
  {
    codes: [400],
    text: "`Idempotency-Key` header with a 4KB value (our limit is 255 chars). we hash it so technically it works, but we want to reject. status? nobody legit sends that much. Thoughts?",
  },
  {
    codes: [401],
    text: "interesting one from the PR: client sends `Expect: 100-continue` with a 1GB upload but NO Authorization header. should the server send 100 and let the body flow, or respond immediately with a final status? if final, which?",
  },
  {
    codes: [413],
    text: "same 100-continue flow, client is authenticated but `Content-Length: 5368709120` is above our 2GB cap. we want to reject before receiving the body. status? the uploader library handles it well if we answer early.",
  },
  {
    codes: [202],
    text: "`DELETE /buckets/{id}` deletes millions of objects in the background and takes hours. the request returns immediately with a Location to a status monitor. what status? clients poll the monitor. What code fits?",
  },
  {
    codes: [400],
    text: "`POST /documents` with JSON nested 10,000 levels deep (fuzzer found it). our parser has a depth limit of 64 and throws. currently 500 via stack overflow. what should it be?",
  },
  {
    codes: [400],
    text: 'body contains invalid UTF-8 byte sequences inside a JSON string. decoder fails. 400 or 422? the JSON isn\'t really valid JSON at that point. the parser says "invalid utf-8". Which?',
  },
  {
    codes: [422],
    text: 'signup: `username: "admin"` is on our reserved list. payload is fine syntactically. the DRF serializer returns `HTTP_409_CONFLICT` because "it conflicts with a reserved name". there\'s no existing resource though. what\'s right?',
  },
  {
    codes: [422],
    text: '`POST /reservations {start: "2025-06-10", end: "2025-06-01"}` — end before start. our express-validator setup returns 400 for syntax errors and we\'re deciding what cross-field rule violations get. what do you recommend?',
  },
  {
    codes: [418],
    text: "april fools PR :clown_face: someone wants `/brew-coffee` on our internal API to return the HTCPCP joke status. which one is it? (yes it'll be behind a flag, relax) it should be the official joke one.",
  },
  {
    codes: [422],
    text: "GitHub API question for our integration: creating a repo with a name that already exists in the org fails. which status does GitHub's REST API return for that validation failure? our client only handles 409.",
  },
  {
    codes: [403],
    text: "S3 presigned POST upload: the browser posts a file larger than the `content-length-range` condition in the policy. S3 rejects it. what status does S3 return for a policy condition failure?",
  },
  {
    codes: [400],
    text: "long polling: `GET /updates?wait=600` but our max wait is 60 seconds. we currently clamp silently. the API guild wants explicit errors for out-of-range params. status? want to be consistent with limit/offset validation.",
  },
  {
    codes: [200],
    text: "retro, slightly confused: devtools showed `200 (from disk cache)` for `/config.json`, so users had the old config after the deploy. was that actually a 200 from the server, or some other status? what status should I write in the timeline?",
  },
  {
    codes: [200],
    text: "hey, reviewing `Response(status=status.HTTP_204_NO_CONTENT, data=serializer.data)` in our DRF view for `GET /profile`. the client sees an empty body even though we pass data. what's the correct status for returning the profile?",
  },
  {
    codes: [308],
    text: '`return ResponseEntity.status(HttpStatus.FOUND).header("Location", "/v2/accounts/" + id).build();` in our `PUT /v1/accounts/{id}` shim, so old clients land on v2 permanently. clients lose the PUT body. what should the shim use? should it be a different redirect?',
  },
  {
    codes: [429],
    text: "OpenAPI snippet under review: `responses: '200': description: Rate limit exceeded, retry later`. um. what should this response code be for rate limiting? the SDK generator creates a success type for it, lol.",
  },
  {
    codes: [403],
    text: "OpenAPI review for `GET /orders/{id}`: `responses: '500': description: Order belongs to a different customer`. the caller is authenticated and we're fine revealing existence in this API. what should it be?",
  },
  {
    codes: [406],
    text: "`responses: '404': description: Unsupported API version in Accept header` — our versioning is via media type params. is 404 right for that? we never had a route conflict issue before.",
  },
  {
    codes: [429],
    text: "`POST /reports` on a tenant whose monthly report quota (50) is used up. product explicitly says: not a payment thing, it resets on the 1st, and we'll include Retry-After. which status?",
  },
  {
    codes: [401],
    text: "partner integration: they call our API with a key that is valid but was issued for the sandbox environment, hitting production. Stripe-ish behaviour. what would you return, given the key is just not a valid credential here?",
  },
  {
    codes: [401, 410],
    text: 'our mobile app gets `401` from `/me` when the account was deleted (GDPR erasure) — the token still verifies because it\'s a stateless JWT. after deletion, what should `/me` return so the app shows "account no longer exists"? tokens will be revoked on next refresh anyway.',
  },
  {
    codes: [501],
    text: 'reviewing the retry middleware: it retries on 500, 502, 503, 504. someone added 501 to the list. a 501 means the server doesn\'t support the functionality, so retrying is pointless, right? just confirm the status semantics for "method not implemented".',
  },
  {
    codes: [202],
    text: '@Status Bot reviewing the CDN purge API: `POST /purge` accepted, purge will propagate across PoPs within ~2 min. we return 200 `{"status":"queued"}`. accurate? the SDK authors want the correct semantics.',
  },
  {
    codes: [503],
    text: "PR comment on `/healthz/live`: liveness probe returns 200 even during warm-up. that's fine for liveness. but readiness during cache warm-up (takes 90s) — what should `/healthz/ready` return until warm? the LB keeps routing traffic to cold pods.",
  },
  {
    codes: [403, 404],
    text: "pen test: our `/internal/debug/pprof` is reachable from the internet; we'll lock it down. for requests from outside the VPC, what should the app return — they're unauthenticated but there's no way to authenticate from outside anyway.",
  },
  {
    codes: [200, 204],
    text: "CORS: preflight from an allowed origin asks `Access-Control-Request-Method: DELETE`, which we support. our Spring config answers the OPTIONS with 403 because the security filter runs before the CORS filter. what should the preflight response status be?",
  },
  {
    codes: [304],
    text: "conditional request on collections: `GET /orders?status=open` with `If-None-Match` and the list hasn't changed since the client's ETag (we hash the result set). our Flask view returns 200 with full list. what should it be?",
  },
  {
    codes: [302],
    text: "design review for `GET /users/{id}/avatar`: avatars are served from the CDN at a URL that changes whenever the user uploads a new one. our endpoint just points the client there. since the target changes over time and we don't want browsers to cache the hop forever, what redirect status should this endpoint use? currently 301 and people see stale avatars for weeks.",
  },
  { codes: [418], text: "418??" },
  { codes: [307], text: "is 307 a thing" },
  { codes: [100], text: "100" },
  { codes: [101], text: "101?" },
  { codes: [102], text: "102 processing still used?" },
  { codes: [103], text: "103 early hints what" },
  { codes: [203], text: "203 ??" },
  { codes: [205], text: "205 reset content when to use" },
  { codes: [207], text: "207 multi status webdav?" },
  { codes: [208], text: "208 already reported" },
  { codes: [300], text: "300 multiple choices ever used?" },
  { codes: [302], text: "http 302 meaning" },
  { codes: [305], text: "305 use proxy deprecated?" },
  { codes: [306], text: "306 exists?" },
  { codes: [402], text: "402 is real?" },
  { codes: [408], text: "408 what is" },
  { codes: [410], text: "whats 410" },
  { codes: [415], text: "415 error" },
  { codes: [421], text: "421 misdirected?" },
  { codes: [428], text: "428 whats that" },
  { codes: [451], text: "451 lol ray bradbury" },
  { codes: [502], text: "502 again :sob:" },
  { codes: [504], text: "504 explain pls" },
  { codes: [506], text: "506 variant also negotiates wtf" },
  { codes: [508], text: "508 loop" },
  { codes: [510], text: "510 not extended" },
  { codes: [511], text: "511?" },
  { codes: [429], text: "got 429 :sweat_smile:" },
  { codes: [418], text: ":teapot: 418" },
  { codes: [500], text: "500 in prod :fire:" },
  { codes: [422], text: "unprocesable entity" },
  { codes: [422], text: "unprocessible entitty" },
  { codes: [412], text: "precondtion failed" },
  { codes: [429], text: "to many requests" },
  { codes: [504], text: "gatway timout" },
  { codes: [413], text: "Request Entity Too Large" },
  { codes: [413], text: "Payload Too Large" },
  { codes: [422], text: "Unprocessable Entity" },
  { codes: [302], text: "Moved Temporarily" },
  { codes: [301], text: "moved permanantly" },
  { codes: [416], text: "Requested Range Not Satisfiable" },
  { codes: [414], text: "Request-URI Too Long" },
  { codes: [417], text: "Expectation Failed" },
  { codes: [418], text: "im a teapot" },
  { codes: [421], text: "Misdirected Request" },
  { codes: [423], text: "locked" },
  { codes: [424], text: "Failed Dependency" },
  { codes: [425], text: "too early" },
  { codes: [426], text: "upgrade requierd" },
  { codes: [428], text: "Precondition Required" },
  { codes: [431], text: "Request Header Fields Too Large" },
  { codes: [501], text: "Not Implemented" },
  { codes: [503], text: "service unavialable" },
  { codes: [505], text: "HTTP Version Not Supported" },
  { codes: [508], text: "loop detected" },
  { codes: [511], text: "Network Authentication Required" },
  { codes: [203], text: "non authoritative information" },
  { codes: [206], text: "partial content" },
  { codes: [303], text: "see other" },
  { codes: [307], text: "temporary redirect" },
  { codes: [308], text: "Permanent Redirect" },
  { codes: [411], text: "length requried" },
  { codes: [405], text: "method not allowed" },
  { codes: [406], text: "not acceptible" },
  { codes: [408], text: "request timeout" },
  { codes: [415], text: "unsuported media type" },
  { codes: [402], text: "payment requird" },
  { codes: [401], text: "unauthorised" },
  { codes: [101], text: "switching protocols" },
  { codes: [100], text: "continue status" },
  { codes: [413], text: "Content Too Large" },
  { codes: [422], text: "unprocessable content" },
  { codes: [204], text: "no content" },
  { codes: [400], text: "bad requst" },
  { codes: [420], text: "Enhance Your Calm" },
  { codes: [509], text: "Bandwidth Limit Exceeded" },
  { codes: [499], text: "Client Closed Request" },
  { codes: [301], text: "301 or 302 for seo" },
  { codes: [429], text: "got rate limited" },
  { codes: [401], text: "jwt expired what code" },
  { codes: [409], text: "email already registered on signup" },
  { codes: [413], text: "upload file too big" },
  { codes: [503], text: "site down for maintenance" },
  { codes: [403], text: "no permission to admin page" },
  { codes: [404], text: "user id doesnt exist" },
  { codes: [400], text: "malformed json body" },
  { codes: [405], text: "POST on read-only endpoint" },
  { codes: [204], text: "delete success no body" },
  { codes: [206], text: "resume download with range header" },
  { codes: [416], text: "range past end of file" },
  { codes: [304], text: "etag matches if-none-match" },
  { codes: [412], text: "if-match etag mismatch on put" },
  { codes: [414], text: "query string way too long" },
  { codes: [431], text: "cookies too big header error" },
  { codes: [451], text: "blocked by court order in country" },
  { codes: [402], text: "subscription expired need payment" },
  { codes: [502], text: "nginx upstream connection refused" },
  { codes: [504], text: "nginx upstream timed out" },
  { codes: [499], text: "client closed connection before response nginx" },
  { codes: [500], text: "null pointer in handler" },
  { codes: [501], text: "endpoint not implemented yet" },
  { codes: [101], text: "websocket handshake ok status" },
  { codes: [426], text: "server requires tls upgrade" },
  { codes: [511], text: "hotel wifi login page code" },
  { codes: [408], text: "client too slow sending body" },
  { codes: [423], text: "webdav file locked" },
  { codes: [303], text: "redirect after form post" },
  { codes: [301], text: "domain moved for good" },
  { codes: [308], text: "http to https redirect keep POST" },
  { codes: [406], text: "accept xml not supported" },
  { codes: [411], text: "content-length header missing" },
  { codes: [425], text: "tls early data replay risk" },
  { codes: [503], text: "ALB no healthy targets" },
  { codes: [504], text: "alb target timed out" },
  { codes: [419], text: "csrf token mismatch laravel" },
  { codes: [419], text: "page expired laravel form" },
  { codes: [440], text: "IIS session timed out" },
  { codes: [403], text: "api key valid but lacks scope" },
  { codes: [409], text: "optimistic lock version conflict" },
  { codes: [200], text: "search returns no results status" },
  { codes: [503], text: "s3 SlowDown" },
  { codes: [503], text: "grpc UNAVAILABLE http" },
  { codes: [504], text: "DEADLINE_EXCEEDED to http" },
  { codes: [404], text: "grpc NOT_FOUND" },
  { codes: [409], text: "ALREADY_EXISTS grpc gateway" },
  { codes: [429], text: "RESOURCE_EXHAUSTED maps to?" },
  { codes: [403], text: "PERMISSION_DENIED http code" },
  { codes: [400], text: "INVALID_ARGUMENT http?" },
  { codes: [501], text: "UNIMPLEMENTED grpc" },
  { codes: [499], text: "grpc CANCELLED http equivalent" },
  { codes: [400], text: "FAILED_PRECONDITION grpc gateway" },
  { codes: [522], text: "cloudflare 522" },
  { codes: [523], text: "origin unreachable cloudflare 523" },
  { codes: [524], text: "cloudflare 100 second timeout" },
  { codes: [526], text: "invalid ssl cert on origin cloudflare" },
  { codes: [527], text: "railgun error 527" },
  { codes: [520], text: "origin returned empty response cloudflare" },
  { codes: [444], text: "nginx 444" },
  { codes: [494], text: "nginx 494 request header too large" },
  { codes: [495], text: "nginx 495" },
  { codes: [497], text: "plain http sent to https port" },
  { codes: [463], text: "alb 463 xff header too many ips" },
  { codes: [561], text: "alb 561" },
  { codes: [460], text: "460 aws" },
  { codes: [598], text: "598 network read timeout" },
  { codes: [509], text: "509 cpanel" },
  { codes: [420], text: "twitter 420" },
  { codes: [498], text: "esri 498 invalid token" },
  { codes: [403], text: "what code for user not have permission" },
  { codes: [503], text: "welcher code wenn server überlastet" },
  { codes: [400], text: "kindly tell code for bad request" },
  { codes: [201], text: "sir which status for resource created" },
  { codes: [409], text: "código para conflicto de datos" },
  { codes: [502], text: "502 mean what" },
  { codes: [500], text: "erro 500 o que significa" },
  { codes: [503], text: "servidor fora do ar qual status" },
  { codes: [401], text: "token expiré quel code" },
  { codes: [413], text: "datei zu groß hochladen status" },
  { codes: [405], text: "method not allow when do DELETE" },
  { codes: [301], text: "redirection permanente quel code" },
  { codes: [504], text: "hey 504 again?" },
  { codes: [412], text: "quick q 412" },
  { codes: [401], text: "password wrong on login" },
  { codes: [403], text: "account banned status" },
  { codes: [409], text: "order already cancelled can't cancel" },
  { codes: [422], text: "invalid enum value in body" },
  { codes: [401], text: "missing Authorization header" },
  { codes: [401], text: "bearer token malformed" },
  { codes: [403], text: "ip not in allowlist" },
  { codes: [410], text: "old link permanently removed" },
  { codes: [505], text: "http 1.0 client not supported" },
  { codes: [503], text: "server overloaded try later" },
  { codes: [503], text: "db down, which code" },
  { codes: [504], text: "dependency timed out in gateway" },
  { codes: [502], text: "upstream sent garbage response" },
  { codes: [406], text: "content negotiation failed" },
  { codes: [405], text: "PATCH not supported on resource" },
  { codes: [402], text: "payment declined card" },
  { codes: [200, 204], text: "cors preflight success code" },
  { codes: [202], text: "long running export started" },
  { codes: [201], text: "file uploaded created location header" },
  { codes: [400], text: "request body empty but required" },
  { codes: [404], text: "unknown route" },
  { codes: [405], text: "wrong http method" },
  { codes: [400], text: "spring validation failed default" },
  { codes: [413], text: "nginx client_max_body_size exceeded" },
  { codes: [429], text: "api limit per minute hit" },
  { codes: [503], text: "istio upstream connect error" },
  { codes: [504], text: "envoy upstream request timeout" },
  { codes: [503], text: "service mesh circuit breaker open" },
  { codes: [502], text: "gunicorn worker timeout nginx" },
  { codes: [502], text: "php-fpm down nginx" },
  { codes: [500], text: "unhandled exception" },
  { codes: [403], text: "user tries edit others post" },
  { codes: [495], text: "self signed client cert rejected nginx" },
  { codes: [207], text: "mixed results bulk api" },
  { codes: [101], text: "h2c upgrade" },
  { codes: [501], text: "server doesnt know method FOO" },
  { codes: [502], text: "proxy cant reach upstream dns" },
  { codes: [504], text: "cdn edge timeout origin" },
  { codes: [530], text: "dns points nowhere cloudflare" },
  { codes: [409], text: "409??" },
  { codes: [425], text: "wats 425" },
  { codes: [207], text: "http status 207" },
  { codes: [503], text: "HTTP/2 503" },
  { codes: [502], text: "err 502" },
  { codes: [100], text: "100" },
  { codes: [103], text: "103?" },
  { codes: [200], text: "status code 200" },
  { codes: [202], text: "202" },
  { codes: [203], text: "203 wtf" },
  { codes: [204], text: "is 204 ok to return" },
  { codes: [208], text: "http 208" },
  { codes: [226], text: "226 status" },
  { codes: [300], text: "whats a 300" },
  { codes: [301], text: "301" },
  { codes: [302], text: "getting 302 everywhere" },
  { codes: [303], text: "303 code" },
  { codes: [305], text: "305?" },
  { codes: [306], text: "what is status 306" },
  { codes: [308], text: "308" },
  { codes: [400], text: "400 error" },
  { codes: [401], text: "HTTP 401" },
  { codes: [402], text: "402?" },
  { codes: [403], text: "403 on s3 bucket" },
  { codes: [404], text: "404" },
  { codes: [406], text: "406 what" },
  { codes: [408], text: "408 timeout?" },
  { codes: [409], text: "got 409 from api" },
  { codes: [410], text: "410" },
  { codes: [411], text: "411 error" },
  { codes: [412], text: "412?" },
  { codes: [413], text: "413 on upload" },
  { codes: [414], text: "http 414" },
  { codes: [415], text: "415 status" },
  { codes: [416], text: "416" },
  { codes: [418], text: "418??" },
  { codes: [421], text: "421 http2" },
  { codes: [422], text: "422" },
  { codes: [423], text: "423 webdav" },
  { codes: [424], text: "424 meaning" },
  { codes: [428], text: "428 code" },
  { codes: [500], text: "500" },
  { codes: [501], text: "501?" },
  { codes: [502], text: "HTTP 502 in prod" },
  { codes: [503], text: "503 status" },
  { codes: [504], text: "504 again" },
  { codes: [505], text: "505" },
  { codes: [506], text: "506?? never seen this" },
  { codes: [507], text: "507 meaning" },
  { codes: [511], text: "511 on hotel wifi" },
  { codes: [404], text: "HTTP/1.1 404" },
  { codes: [500], text: "status=500" },
  { codes: [422], text: "statusCode: 422" },
  { codes: [403], text: "res.status(403)" },
  { codes: [200], text: "HTTP/2 200" },
  { codes: [503], text: "Error 503 Backend fetch failed" },
  { codes: [429], text: "error code 429" },
  { codes: [418], text: "code 418 lol" },
  { codes: [404], text: "4o4" },
  { codes: [301], text: "http code 301 permanent?" },
  { codes: [400], text: "i keep getting 400" },
  { codes: [207], text: "wat is 207" },
  { codes: [103], text: "meaning of 103" },
  { codes: [412], text: "sc 412" },
  { codes: [503], text: "503??" },
  { codes: [421], text: "huh 421" },
  { codes: [425], text: "explain 425" },
  { codes: [205], text: "what does a 205 do" },
  { codes: [502], text: "502!!!" },
  { codes: [307], text: "got a 307 from hsts" },
  { codes: [308], text: "308 explain" },
  { codes: [413], text: "ERR 413" },
  { codes: [410], text: "status 410 pls" },
  { codes: [100], text: "when do i ever see a 100" },
  { codes: [101], text: "101 websockets" },
  { codes: [206], text: "curl shows 206" },
  { codes: [502], text: "k8s ingress 502" },
  { codes: [426], text: "426 on websocket handshake" },
  { codes: [428], text: "428?" },
  { codes: [414], text: "414 on GET" },
  { codes: [416], text: "416 when seeking video" },
  { codes: [411], text: "411 from nginx" },
  { codes: [406], text: "406 from accept header" },
  { codes: [407], text: "407 behind corp proxy" },
  { codes: [402], text: "402 from stripe" },
  { codes: [409], text: "409 on PUT" },
  { codes: [201], text: "api returned 201" },
  { codes: [200], text: "200 with error body??" },
  { codes: [303], text: "303 after post" },
  { codes: [300], text: "ever seen a 300" },
  { codes: [305], text: "305 still used?" },
  { codes: [306], text: "306 reserved?" },
  { codes: [507], text: "507 disk" },
  { codes: [508], text: "508 on cpanel" },
  { codes: [510], text: "510??" },
  { codes: [511], text: "511 captive" },
  { codes: [505], text: "got 505" },
  { codes: [501], text: "501 for PATCH" },
  { codes: [500], text: "500 but logs are clean" },
  { codes: [503], text: "varnish 503 guru meditation" },
  { codes: [503], text: "fastly 503 first byte timeout" },
  { codes: [404], text: "iis 404.13" },
  { codes: [403], text: "iis 403.14" },
  { codes: [502], text: "iis 502.3" },
  { codes: [522], text: "cf 522" },
  { codes: [499], text: "nginx 499 meaning" },
  { codes: [440], text: "iis 440" },
  { codes: [430], text: "shopify 430" },
  { codes: [520], text: "cloudflare 520" },
  { codes: [523], text: "cf error 523" },
  { codes: [524], text: "524 cloudflare" },
  { codes: [525], text: "cf 525" },
  { codes: [526], text: "526 cloudflare ssl" },
  { codes: [444], text: "nginx 444" },
  { codes: [495], text: "495 nginx" },
  { codes: [496], text: "nginx 496?" },
  { codes: [497], text: "497 nginx" },
  { codes: [460], text: "aws elb 460" },
  { codes: [464], text: "elb 464" },
  { codes: [561], text: "alb 561" },
  { codes: [449], text: "iis 449" },
  { codes: [420], text: "twitter 420" },
  { codes: [420], text: "spring 420" },
  { codes: [509], text: "509 cpanel" },
  { codes: [598], text: "598" },
  { codes: [599], text: "599 from proxy" },
  { codes: [450], text: "windows 450" },
  { codes: [218], text: "apache 218" },
  { codes: [530], text: "pantheon 530" },
  { codes: [529], text: "qualys 529" },
  { codes: [999], text: "linkedin 999" },
  { codes: [505], text: "HTTP/1.0 505" },
  { codes: [423], text: "status 423 from sharepoint" },
  { codes: [429], text: "python requests 429" },
  { codes: [204], text: "fetch returns 204" },
  { codes: [504], text: "504 from api gateway" },
  { codes: [503], text: "503 slow down s3" },
  { codes: [412], text: "gcs 412" },
  { codes: [413], text: "Request Entity Too Large" },
  { codes: [413], text: "payload to large" },
  { codes: [413], text: "Content Too Large" },
  { codes: [422], text: "unprocessible entity" },
  { codes: [422], text: "Unprocessable Content" },
  { codes: [418], text: "im a teapot" },
  { codes: [504], text: "gateway timout" },
  { codes: [306], text: "Switch Proxy" },
  { codes: [416], text: "Requested Range Not Satisfiable" },
  { codes: [416], text: "range not satisfiable" },
  { codes: [100], text: "continue status" },
  { codes: [101], text: "switching protocols" },
  { codes: [102], text: "Processing (webdav)" },
  { codes: [103], text: "early hints" },
  { codes: [200], text: "what does OK mean in http" },
  { codes: [201], text: "Created status" },
  { codes: [202], text: "http Accepted" },
  { codes: [203], text: "non authoritative information" },
  { codes: [204], text: "no content" },
  { codes: [205], text: "reset content??" },
  { codes: [206], text: "partial content" },
  { codes: [207], text: "multi status" },
  { codes: [208], text: "Already Reported" },
  { codes: [226], text: "IM Used" },
  { codes: [300], text: "multiple choices" },
  { codes: [302], text: "Moved Temporarily" },
  { codes: [302], text: "http Found status" },
  { codes: [303], text: "see other" },
  { codes: [304], text: "not modified" },
  { codes: [305], text: "Use Proxy" },
  { codes: [307], text: "temporary redirect" },
  { codes: [308], text: "Permanent Redirect" },
  { codes: [402], text: "payment required" },
  { codes: [404], text: "not found" },
  { codes: [405], text: "method not alowed" },
  { codes: [406], text: "not acceptable" },
  { codes: [407], text: "proxy auth required" },
  { codes: [407], text: "Proxy Authentication Required" },
  { codes: [408], text: "request timeout" },
  { codes: [408], text: "Request Time-out (old name?)" },
  { codes: [409], text: "conflict" },
  { codes: [410], text: "gone" },
  { codes: [412], text: "precondition failed" },
  { codes: [414], text: "Request-URI Too Long" },
  { codes: [414], text: "url too long" },
  { codes: [415], text: "unsupported media type" },
  { codes: [417], text: "Expectation Failed" },
  { codes: [421], text: "misdirected request" },
  { codes: [423], text: "locked" },
  { codes: [424], text: "failed dependency" },
  { codes: [425], text: "too early" },
  { codes: [426], text: "upgrade required" },
  { codes: [428], text: "precondition required" },
  { codes: [429], text: "too many requests" },
  { codes: [431], text: "request header fields too large" },
  { codes: [500], text: "internal server error" },
  { codes: [501], text: "not implemented" },
  { codes: [502], text: "bad gateway" },
  { codes: [504], text: "Gateway Timeout error" },
  { codes: [505], text: "HTTP Version Not Supported" },
  { codes: [506], text: "variant also negotiates" },
  { codes: [507], text: "insufficient storage" },
  { codes: [508], text: "loop detected" },
  { codes: [510], text: "not extended" },
  { codes: [511], text: "network authentication required" },
  { codes: [499], text: "client closed request" },
  { codes: [419], text: "page expired" },
  { codes: [444], text: "nginx no response" },
  { codes: [440], text: "login time-out" },
  { codes: [449], text: "retry with" },
  { codes: [521], text: "web server is down" },
  { codes: [522], text: "cloudflare connection timed out" },
  { codes: [525], text: "ssl handshake failed cf" },
  { codes: [509], text: "bandwidth limit exceeded" },
  { codes: [599], text: "network connect timeout error" },
  { codes: [598], text: "network read timeout error" },
  { codes: [420], text: "method failure" },
  { codes: [218], text: "this is fine status" },
  { codes: [498], text: "invalid token esri" },
  { codes: [494], text: "Request Header Too Large nginx" },
  { codes: [497], text: "The plain HTTP request was sent to HTTPS port" },
  { codes: [496], text: "SSL Certificate Required" },
  { codes: [495], text: "ssl certificate error nginx" },
  { codes: [450], text: "blocked by windows parental controls" },
  { codes: [530], text: "site is frozen" },
  { codes: [529], text: "site is overloaded" },
  { codes: [520], text: "web server returned an unknown error" },
  { codes: [524], text: "a timeout occurred cloudflare" },
  { codes: [500], text: "Internal Sever Error" },
  { codes: [503], text: "servce unavailble" },
  { codes: [406], text: "Not Aceptable" },
  { codes: [412], text: "preconditon failed" },
  { codes: [418], text: "teapot" },
  { codes: [422], text: "unprocessable entitiy" },
  { codes: [301], text: "Moved Permanantly" },
  { codes: [307], text: "Temprary Redirect" },
  { codes: [203], text: "Non-Authoritative Info" },
  { codes: [206], text: "partial contnet" },
  { codes: [207], text: "MultiStatus webdav" },
  { codes: [304], text: "Not Modifed" },
  { codes: [405], text: "METHOD_NOT_ALLOWED" },
  { codes: [409], text: "HttpStatus.CONFLICT" },
  { codes: [403], text: "HttpStatusCode.Forbidden" },
  { codes: [418], text: "http.StatusTeapot" },
  { codes: [422], text: "StatusUnprocessableEntity" },
  { codes: [429], text: "HTTPStatus.TOO_MANY_REQUESTS" },
  { codes: [504], text: "SC_GATEWAY_TIMEOUT" },
  { codes: [413], text: "HttpStatusCode.RequestEntityTooLarge" },
  { codes: [201], text: "status.HTTP_201_CREATED" },
  { codes: [415], text: "Unsuported Media" },
  { codes: [451], text: "Unavailable For Legal Reason" },
  { codes: [511], text: "Network Auth Required" },
  { codes: [414], text: "Request-URI Too Large" },
  { codes: [422], text: "Unprocessable Entity" },
  { codes: [413], text: "Payload Too Large" },
  { codes: [429], text: "Too Many Request" },
  { codes: [101], text: "Switching Protocol" },
  { codes: [203], text: "Non Authorative Information" },
  { codes: [409], text: "already exists" },
  { codes: [401], text: "not logged in" },
  { codes: [503], text: "maintenance mode" },
  { codes: [413], text: "upload too big" },
  { codes: [415], text: "wrong content type" },
  { codes: [410], text: "resource deleted forever" },
  { codes: [201], text: "created" },
  { codes: [202], text: "accepted for processing" },
  { codes: [204], text: "nothing to return" },
  { codes: [412], text: "precondition failed etag" },
  { codes: [423], text: "locked resource" },
  { codes: [402], text: "payment needed" },
  { codes: [451], text: "legal takedown" },
  { codes: [504], text: "slow upstream" },
  { codes: [499], text: "client closed connection" },
  { codes: [431], text: "header too big" },
  { codes: [414], text: "query string way too long" },
  { codes: [417], text: "server refuses Expect: 100-continue" },
  { codes: [404], text: "user not found" },
  { codes: [405], text: "wrong http method" },
  { codes: [422, 400], text: "validation failed" },
  { codes: [400], text: "missing required param" },
  { codes: [401], text: "token expired" },
  { codes: [401], text: "invalid api key" },
  { codes: [403], text: "admin only endpoint" },
  { codes: [409], text: "duplicate username" },
  { codes: [409], text: "edit conflict between two users" },
  { codes: [412], text: "stale etag on update" },
  { codes: [429], text: "hit the rate limit" },
  { codes: [429, 403], text: "daily quota exceeded" },
  { codes: [500], text: "server crashed" },
  { codes: [500], text: "unhandled exception" },
  { codes: [503], text: "deploying, try again later" },
  { codes: [502], text: "backend down behind proxy" },
  { codes: [504], text: "upstream timed out" },
  { codes: [503, 500], text: "db connection pool exhausted" },
  { codes: [202], text: "job queued for later" },
  { codes: [204, 200], text: "deleted successfully" },
  { codes: [204], text: "updated, nothing to send back" },
  { codes: [304], text: "cache still valid" },
  { codes: [301, 308], text: "domain changed for good" },
  { codes: [303], text: "redirect after form submit" },
  { codes: [301, 308], text: "force https" },
  { codes: [206], text: "range request for video" },
  { codes: [406], text: "client wants xml but we only do json" },
  { codes: [207], text: "batch with mixed results" },
  { codes: [423], text: "file checked out by another user" },
  { codes: [424], text: "depends on a failed operation" },
  { codes: [507], text: "disk full" },
  { codes: [508], text: "webdav infinite loop" },
  { codes: [511], text: "captive portal login" },
  { codes: [407], text: "proxy needs auth" },
  { codes: [408], text: "client too slow to send request" },
  { codes: [411], text: "content-length missing" },
  { codes: [425], text: "replay risk with early data" },
  { codes: [101], text: "switch to websocket" },
  { codes: [100], text: "send the body after continue" },
  { codes: [103], text: "preload hints before the real response" },
  { codes: [421], text: "wrong host on reused http2 connection" },
  { codes: [401], text: "sso session expired" },
  { codes: [403, 419], text: "csrf token mismatch" },
  { codes: [402, 403], text: "subscription lapsed" },
  { codes: [403], text: "account suspended" },
  { codes: [451, 403], text: "geo blocked country" },
  { codes: [451], text: "dmca removal" },
  { codes: [451], text: "censored by government order" },
  { codes: [431, 400], text: "cookie too big" },
  { codes: [415], text: "sending xml to a json api" },
  { codes: [415, 400], text: "missing content-type header" },
  { codes: [505], text: "http/1.0 client rejected" },
  { codes: [499], text: "user closed tab before response" },
  { codes: [502, 503], text: "load balancer can't reach backend" },
  { codes: [502], text: "lambda returned malformed response" },
  { codes: [502, 504], text: "gunicorn worker timeout behind nginx" },
  { codes: [523], text: "origin unreachable cloudflare" },
  { codes: [524], text: "origin took too long cloudflare" },
  { codes: [521], text: "origin refused connection cf" },
  { codes: [526], text: "origin ssl cert invalid cloudflare" },
  { codes: [525], text: "cf tls handshake fails with origin" },
  { codes: [520], text: "origin sent empty response cf" },
  { codes: [497], text: "sent http to https port nginx" },
  { codes: [496], text: "client cert missing nginx" },
  { codes: [444], text: "silently drop connection nginx" },
  { codes: [419], text: "form page expired after idle" },
  { codes: [430], text: "bot blocked by shopify" },
  { codes: [302, 307], text: "resource temporarily moved" },
  { codes: [205], text: "clear the form after submit" },
  { codes: [226], text: "delta encoding response" },
  { codes: [418], text: "april fools status" },
  { codes: [412, 409], text: "optimistic concurrency failure" },
  { codes: [409], text: "resource state conflict" },
  { codes: [409], text: "order already shipped cant cancel" },
  { codes: [422], text: "business rule violated" },
  { codes: [422], text: "semantic error in request body" },
  { codes: [400], text: "syntax error in request" },
  { codes: [400], text: "unknown query param" },
  { codes: [400], text: "invalid pagination cursor" },
  { codes: [400, 404], text: "id in wrong format" },
  { codes: [404, 410], text: "record soft deleted" },
  { codes: [410], text: "old api version removed" },
  { codes: [410, 404], text: "short link expired" },
  { codes: [404], text: "hide existence of private resource" },
  { codes: [403], text: "logged in but not allowed" },
  { codes: [401], text: "no credentials sent" },
  { codes: [403], text: "read-only user tried to write" },
  { codes: [405], text: "delete on collection not allowed" },
  { codes: [501], text: "server doesn't support PATCH at all" },
  { codes: [429], text: "throttled, retry after" },
  { codes: [503], text: "overloaded, shedding load" },
  { codes: [503], text: "circuit breaker open" },
  { codes: [504], text: "dependency timeout" },
  { codes: [502], text: "upstream dns fails" },
  { codes: [502], text: "upstream sent invalid headers" },
  { codes: [502], text: "upstream reset connection" },
  { codes: [504], text: "proxy timeout waiting on backend" },
  { codes: [201], text: "new user signup success" },
  { codes: [201], text: "file uploaded and stored" },
  { codes: [202], text: "webhook received will process later" },
  { codes: [200, 204], text: "PUT updated existing resource" },
  { codes: [503], text: "health check failing" },
  { codes: [206], text: "resume download" },
  { codes: [304], text: "etag matches on GET" },
  { codes: [412], text: "If-None-Match * on PUT but resource exists" },
  { codes: [499], text: "user navigated away mid request" },
  { codes: [502], text: "nginx upstream prematurely closed connection" },
  { codes: [504], text: "api gateway integration timeout 29s" },
  { codes: [402], text: "payment declined" },
  { codes: [402], text: "paywall" },
  { codes: [450], text: "blocked by parental controls" },
  { codes: [498], text: "esri token expired" },
  { codes: [440], text: "iis session timed out" },
  { codes: [460], text: "elb client closed before idle timeout" },
  { codes: [507], text: "webdav quota full" },
  { codes: [413], text: "json payload exceeds limit" },
  { codes: [431], text: "too many headers" },
  { codes: [406], text: "no matching language for Accept-Language" },
  { codes: [416], text: "invalid Range header" },
  { codes: [425], text: "tls 1.3 early data rejected" },
  { codes: [403], text: "hotlinking blocked" },
  { codes: [403], text: "directory listing denied" },
  { codes: [405], text: "POST to a read-only resource" },
  { codes: [503], text: "app still booting" },
  { codes: [500], text: "null pointer exception" },
  { codes: [500], text: "bad .htaccess config" },
];
