import { describe, expect, it } from "vitest";
import { lookupFor } from "../../../src/engine/reading/code-lookup.ts";
import { codesToExplain, readCodes } from "../../../src/engine/reading/reader.ts";
import { getCatalog } from "../../../src/knowledge/load.ts";
import { fakeCodes } from "../../support/codes.ts";

const lookup = lookupFor(getCatalog());
const mentioned = (text: string) => codesToExplain(text, lookup);
const asked = (text: string) => readCodes(text, lookup, "question");
const askedCodes = (text: string) => asked(text).codes.map((reading) => reading.value);

describe("codes in channel messages (a small catalog)", () => {
  const codes = fakeCodes();
  it.each([
    ["we're seeing HTTP 503 from the gateway", [503]],
    ["503 Service Unavailable since 10:00", [503]],
    ["status 502 on checkout", [502]],
    ["I get a 404 error on /users", [404]],
    ["getting 429s from the API", [429]],
    ["HTTP/1.1 404 Not Found", [404]],
    ["< HTTP/2 500\n< content-type: text/html", [500]],
    ["curl -i says `HTTP/1.1 502 Bad Gateway`", [502]],
    ["statusCode: 429", [429]],
    ['{"status": 503, "error": "down"}', [503]],
    ["status_code=401", [401]],
    ["response code 403 when I call it", [403]],
    ["the API returns 404 for deleted users", [404]],
    ["the proxy responds with 502 when the upstream dies", [502]],
    ["now it returns a 401.", [401]],
    ["418 I'm a teapot", [418]],
    ["413 Payload Too Large on upload", [413]],
    ["413 (Content Too Large)", [413]],
    ["lots of 500 errors after the deploy", [500]],
    ["Error: 500", [500]],
    ["a 503 response from the LB", [503]],
    ["HTTP 499 in the nginx logs", [499]],
    ["200 OK but empty body", [200]],
    ["HTTP 502 and then HTTP 503", [502, 503]],
    ["HTTP 503, yes 503 Service Unavailable again", [503]],
    ["is 404 status right for this?", [404]],
    ["they send 503's when overloaded", [503]],
    ["< HTTP/1.1 404 Not Found", [404]],
  ])("finds the code in %j", (text, expected) => {
    expect(codesToExplain(text, codes)).toEqual(expected);
  });

  it.each([
    "200 users signed up today",
    "404 signups this week",
    "we had 500 visitors",
    "200 ok thanks",
    "ok 200",
    "HTTP 999",
    "HTTP 460",
    "version 1.404 released",
    "it costs $404",
    "1404 items",
    "see issue #404",
    "merge request !404 is up",
    "GET /users/404 works",
    "call 503-444-1234",
    "it took 503 ms",
    "room 404 is free",
    "parking spot 204 is free tomorrow",
    "parking spot 500 is mine from Monday fyi",
    "the 500 km drive to Lyon was brutal",
    "consumer lag'i 503 bin mesaja cikti",
    "z-index 500 not working on my modal",
    "a missed call from a 415 area code",
    "the team closed 200 PRs last quarter",
    "we have 429 story points in the backlog",
    "the 1990s",
    "I got 200 for the launch",
    "return 200 items per page",
    "https://http.cat/404",
    "4.04 seconds",
    "500 pages of docs",
    "",
  ])("finds nothing in %j", (text) => {
    expect(codesToExplain(text, codes)).toEqual([]);
  });
});

describe("codes in channel messages", () => {
  it.each([
    ["Request failed with status code 404", [404]],
    ["429 Client Error: Too Many Requests for url: https://api.example.com/v1/x", [429]],
    ["HTTP/1.1 404 Not Found", [404]],
    ["the service keeps 503'ing under load", [503]],
    ["we got 429'd again", [429]],
    ["those 410s are expected after the sunset", [410]],
    // "spot" is a verb here, not a parking spot.
    ["I spot 404s on the new route", [404]],
    ["send 422 instead of 400 for validation errors", [422, 400]],
    ["304 or 200?", [304, 200]],
    ["the endpoint answers 202 while the job runs", [202]],
    ["throws 500 when the body is empty", [500]],
    ["responds with a 415 if content-type is missing", [415]],
    ["res.status(409).send()", [409]],
    ["ctx.status = 409", [409]],
    ["abort(404)", [404]],
    ["return Response(status=201)", [201]],
    ["http.StatusTeapot", [418]],
    ["HTTPStatus.GONE", [410]],
    ["HttpStatus.CONFLICT", [409]],
    ["status.HTTP_204_NO_CONTENT", [204]],
    ["HttpStatusCode.TooManyRequests", [429]],
    ['{"status": 500}', [500]],
    ["statusCode=401", [401]],
    ["status=503 path=/api", [503]],
    ["http.status_code=502", [502]],
    ['127.0.0.1 - - [10/Oct/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 304 "-" "curl/8.0"', [200]],
    ['10.0.0.1 - - [10/Oct/2024:13:55:36 +0000] "POST /login HTTP/1.1" 401 0 "-" "Mozilla/5.0"', [401]],
    ["an ALB 460 in the access logs", [460]],
    ["cloudflare 522 again", [522]],
    ["nginx 499 in the logs means the client gave up", [499]],
    ["the upstream sent 502 Bad Gateway", [502]],
    ["we see a lot of 401s after the key rotation", [401]],
    ["503 Service Unavailable — the pods are draining", [503]],
    ["customers report a 500 on checkout", [500]],
    ["the 404 on /health is because the route moved", [404]],
    ["getting Forbidden 403 from S3", [403]],
    ['[2024-05-01T10:00:00.000Z] "GET /api HTTP/1.1" 503 UF 0 91 30001 - "-" "okhttp"', [503]],
    ["requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: http://x", [503]],
    ["Error: Request failed with status code 500", [500]],
    ["HTTP 502 from the gateway", [502]],
    ["elb_status_code=504", [504]],
    ["target_status_code 502", [502]],
    ["it 301s to https", [301]],
    ["should this be a 409 or a 422?", [409, 422]],
    ["return 404 not 403 for hidden resources", [404, 403]],
    ["curl says HTTP/2 403", [403]],
    ["got a 400 Bad Request from the partner", [400]],
    ["the API returned 401 because the token expired", [401]],
    ["rate limiter responds 429 with Retry-After", [429]],
    ["IIS 500.19 config error", [500]],
    ["they're 404ing our webhook", [404]],
    ["webhook deliveries are 500ing since noon", [500]],
    ["OkHttp: <-- 502 Bad Gateway https://api.example.com/v1 (31ms)", [502]],
    ["axios threw AxiosError: Request failed with status code 422", [422]],
    ["fetch failed with 503", [503]],
    ["kubectl: Error from server (NotFound): the server could not find the requested resource (404)", [404]],
    ["the CDN caches 404s for 10 seconds", [404]],
    ["HTTP 200 with an error body is an antipattern", [200]],
    ["HttpStatus.NOT_FOUND in the controller advice", [404]],
    ["raise HTTPException(status_code=403)", [403]],
    ["render status: :not_found", [404]],
    ["StatusCode::UNAUTHORIZED from the axum extractor", [401]],
    ["we return 207 Multi-Status for batch writes", [207]],
    ["204 No Content on delete", [204]],
    ["308 vs 301 for the API move", [308, 301]],
    ["the health check expects 200 but gets 302", [200, 302]],
    ["anyone else getting 503s from the payments sandbox this morning?", [503]],
    ["the webhook keeps failing with a 410, did they deprecate the endpoint?", [410]],
    ["our healthcheck endpoint answers 204 now instead of 200", [204, 200]],
    ["we should be sending 401 here, not 403", [401, 403]],
    ["heads up: auth service is returning 500 on token refresh", [500]],
    ["prod is 502ing since 14:05, rolling back", [502]],
    ["seeing lots of 499 in nginx access logs after the LB change", [499]],
    ["curl -sI https://api.example.com | head -1 gives HTTP/2 301", [301]],
    ["nginx says 413 on uploads over 1MB, need to bump client_max_body_size", [413]],
    ['Got "403 Forbidden" on the S3 bucket after the policy change', [403]],
    ["why would a HEAD request return 405 but GET works?", [405]],
    ["the load balancer health check expects a 200 and we give it a 301", [200, 301]],
    ["the SDK throws on anything that isn't 2xx, so the 304 blows up", [304]],
    ["k8s probe failing: HTTP probe failed with statuscode: 503", [503]],
    ["Readiness probe failed: HTTP probe failed with statuscode: 500", [500]],
    ["the 307 preserves the method, a 302 might not", [307, 302]],
    ["API responded 422 Unprocessable Entity with validation errors in the body", [422]],
    ["they changed the error to 409 Conflict when the email already exists", [409]],
    ["we get intermittent 504 Gateway Time-out from the ingress", [504]],
    ["the cron job got a 401 because the service account token expired", [401]],
    ["server returned 200 but the json was truncated", [200]],
    ["spring boot actuator shows status 503 DOWN", [503]],
    ["gateway logs: upstream_status=502 request_time=30.001", [502]],
    ["status code 418 in prod?? who did this", [418]],
    ["response.status === 404 means the user deleted their account", [404]],
    ["if (res.statusCode >= 500 || res.statusCode === 429) retry()", [429]],
    ['"statusCode": 400, "error": "Bad Request", "message": "body/email must match format"', [400]],
    ["ERROR: HTTP 401 Unauthorized: invalid API key", [401]],
    ["the endpoint 404s if you leave off the trailing slash", [404]],
    ["Cloudflare keeps serving 520 for the admin panel", [520]],
    ["the CDN returns a 206 for range requests and our player chokes", [206]],
    ["I think 202 Accepted is right for the async export", [202]],
    ["google oauth gives invalid_grant with a 400", [400]],
    ["mux router returns 405 Method Not Allowed for OPTIONS", [405]],
    ["the client retries forever on 503 without backoff", [503]],
    ["Django returns 403 CSRF verification failed on the form post", [403]],
    ["gRPC gateway translated UNAVAILABLE into a 503 for the REST clients", [503]],
    ["it returned HTTP 200 OK with an empty array", [200]],
    ["the vendor sends back 400 when the phone number has spaces", [400]],
    ['INFO:werkzeug:127.0.0.1 - - [01/May/2024 10:00:00] "GET / HTTP/1.1" 500 -', [500]],
    ['caddy: {"level":"error","msg":"handled request","request":{"method":"GET"},"status":502}', [502]],
    [
      '10.0.0.1 - - [01/May/2024:10:00:00 +0000] "GET / HTTP/2.0" 404 19 "-" "-" 1 "router@docker" "http://172.18.0.3:80" 0ms',
      [404],
    ],
    [
      'haproxy[123]: 10.0.0.1:5000 [01/May/2024:10:00:00.000] fe be/srv1 0/0/1/-1/30001 504 194 - - sH-- 1/1/0/0/0 0/0 "GET /api HTTP/1.1"',
      [504],
    ],
    ["Completed 404 NOT_FOUND", [404]],
    // IIS's W3C log: the status, then sub-status, Win32 status and time taken; the port is no code.
    ["2024-05-10 08:01:22 10.0.0.5 GET /api/orders - 443 - 10.0.0.1 Mozilla/5.0 - 500 19 183 15", [500]],
    ['iis log "POST /upload - 443 - 10.0.0.7 - 404 13 0 47" on big files', [404]],
    // gin's and Fiber's console line: a status between pipes, right before a duration.
    ['[GIN] 2024/05/19 - 10:00:00 | 500 |  3.218ms |  10.0.0.1 | POST "/api/orders"', [500]],
    // CloudFront's standard log: method, host, path, then the status.
    [
      "2024-05-13 10:00:00 IAD89-C1 1024 203.0.113.5 GET d111.cloudfront.net /index.html 403 - Mozilla/5.0",
      [403],
    ],
    ['urllib3.connectionpool: https://api.x.com:443 "GET /v1/items HTTP/1.1" 429 123', [429]],
    [
      "org.springframework.web.client.HttpServerErrorException$InternalServerError: 500 Internal Server Error",
      [500],
    ],
    ["HTTPError: HTTP Error 429: Too Many Requests", [429]],
    ["level=info status=201 method=POST path=/v1/users", [201]],
    ['{"level":30,"res":{"statusCode":500},"responseTime":3.2}', [500]],
    ["Getting 500 on `/api/v2/orders` after the deploy", [500]],
    ["Status: 404 Not Found", [404]],
    ["is returning HTTP status code 502 intermittently", [502]],
    ["Response code: 500", [500]],
    ["the service 503s under load", [503]],
    ["getting a bunch of 401s from the identity provider", [401]],
    ["503's all over the place since 9am", [503]],
    ["any idea why we're seeing 307 redirects on the API?", [307]],
    ["browser shows ERR_TOO_MANY_REDIRECTS, it 302s in a loop", [302]],
    ["we return a 201 with a Location header", [201]],
    ["POST /v1/charges → 402", [402]],
    ["GET /health -> 200", [200]],
    ["curl localhost:8080/health returns 200", [200]],
    ["the response was 204 No Content but the client expected a body", [204]],
  ])("reads %j", (text, expected) => {
    expect(mentioned(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    "we shipped 404 commits this quarter",
    "the meeting is in conference room 503",
    "call me at 415-555-0134",
    "my number is (503) 555-1234",
    "ETA 10:30, room 302",
    "flight 502 to Denver got cancelled",
    "Highway 101 traffic is awful today",
    "we have 200 engineers now",
    "404 days until launch",
    "PR 404 merged, thanks all",
    "see #502 for the discussion",
    "JIRA-404 is assigned to you",
    "build #500 passed",
    "upgraded to v5.0.4",
    "python 3.10.4 in the image",
    "ubuntu 22.04 base image",
    "line 500 in main.go is the culprit",
    "main.go:404 panics on nil",
    "app.js:302:15 TypeError: cannot read property 'id' of undefined",
    "at Object.<anonymous> (/app/src/index.js:201:13)",
    "exit code 130 after ctrl-c",
    "process exited with code 143",
    "errno 104 again from the db driver",
    "connect() failed (111: Connection refused) while connecting to upstream",
    "2024/05/01 10:00:00 [error] 1234#1234: *5678 upstream timed out (110: Connection timed out) while reading response header from upstream",
    "took 502ms on the cold path",
    "timeout is 300s on the LB",
    "p95 went from 200ms to 500ms after the deploy",
    "sent 404 bytes to the client",
    "Content-Length: 503",
    "it costs $500/month",
    "we spent 500 dollars on the CDN",
    "€200 per seat per year",
    "500GB of logs a day",
    "the image is 404 KB",
    "403 stars on github already",
    "top 500 customers get the beta first",
    "scale to 500 pods before black friday",
    "set replicas: 200",
    "listen 443 ssl;",
    "room 200 at 3pm",
    "happy 200th PR to the repo",
    "the 500th customer gets a prize",
    "ok 200 it is then",
    "let's cap it at 500",
    "I'd say 400 is too many for one batch",
    "return the top 500 by revenue",
    "we need another 200 licenses",
    "give it 500 more tries",
    "the query returns 500 rows",
    "serve 404.html for missing pages",
    "area code 415",
    "apt 404, ring the bell",
    "my badge number is 401",
    "the status page shows 200 incidents this year",
    "error budget is 500 minutes a month",
    "it's 420 somewhere",
    "Q4 revenue was 404k",
    "it was 104 degrees in the server room",
    "chmod 644 the config file",
    "deploy 301 rolled back",
    "we're at 502 signups for the beta",
    "500 people registered for the conference",
    "thread has 301 replies lol",
    "the dashboard has 404 panels now, way too many",
    "HTTP/2 is enabled on the ALB",
    "set max_connections to 500",
    "increase the limit from 200 to 500",
    "is it 200 or 300 per page?",
    "between 200 and 300 users online at peak",
    "node 404 in the cluster is unhealthy",
    "worker-502 is stuck",
    "shard-429 rebalanced",
    "api-503.internal is the canary host",
    "the 404 crew is meeting at noon",
    "team 418 won the hackathon",
    "order 40312 shipped",
    "invoice INV-2024-0404 is overdue",
    "Retry-After: 300",
    "X-RateLimit-Remaining: 429",
    "max-age=300, must-revalidate",
    "sleep 500 between retries",
    "bumped the pool size to 200",
    "the lambda runs every 300 seconds",
    "I have 401 unread emails",
    "batch of 500 failed to import",
    "we processed 204 files overnight",
    "SMTP 550 5.1.1 user unknown",
    "the relay said 421 too many connections, try later",
    "postfix bounced it: 550 mailbox unavailable",
    "SIP/2.0 486 Busy Here",
    "sip 503 service unavailable from the carrier again",
    "FTP server replies 530 not logged in",
    "ftp 226 transfer complete",
    "websocket closed with code 1006 abnormal closure",
    "close code 1001 going away when the tab closes",
    "grpc status 14 UNAVAILABLE",
    "rpc error: code = DeadlineExceeded desc = context deadline exceeded",
    "grpc code 5 NOT_FOUND on the user lookup",
    "errno 111 ECONNREFUSED",
    "read ECONNRESET",
    "5xx are up across the board",
    "we alert on 5XX > 2%",
    "4xx errors from bots are noise",
    "500-level errors page the on-call",
    "any 400-series response is the caller's fault",
    "the 2xx ratio dropped to 97%",
    "disk usage at 404 GB on the primary",
    "the 1990s called, they want their XML back",
    "it's been 429 days without an incident",
    "PO box 404, Springfield",
    "the 401(k) match is 4%",
    "Version 2.0.301 is out",
    "release 5.0.0-rc.404",
    "commit 5f3a404 broke the build",
    "sha256:404ae4b3",
    "uuid 550e8400-e29b-41d4-a716-446655440000",
    "token expires in 3600 seconds",
    "2024-04-04 04:04:04 deploy started",
    "at 5:04 the alert fired",
    "the 9:41 train",
    "we have 3 regions and 200 pops",
    "the fix is in 2.4.301",
    "can someone review PR 502 before lunch?",
    "the 503 area code is Oregon",
    "we hit 404 subscribers on the newsletter!",
    "our office moved to suite 401",
    "the build number is 3.4.201",
    "I'll be out from 12/04 to 12/08",
    "status: 200 tickets closed this sprint",
    "ticket #4291 is related",
    "the config has 500 lines of yaml now",
    "set the max retries to 5 and timeout to 300",
    "page 404 of the spec? no way it's that long",
    "it's 202 days until the conference",
    "we need 301 more signups to hit the goal",
    "there are 429 open issues on github",
    "order 410 was refunded yesterday",
    "the room number is 418",
    "I ran 500 iterations of the benchmark",
    "HTTP/2 adoption is at 80%",
    "weight 200 and replicas 3 in the rollout",
    "my flight is AA 100 at 5pm",
    "the api handles 300 req/s at peak",
    "latency went up 200ms after the deploy",
    "downloaded 404 MB of logs",
    "build 1.0.400 is live",
    "please update to version 4.0.3",
    "we're processing batch 502 of 1000",
    "employee id 40432 needs access",
    "the dashboard refreshes every 300 seconds",
    "set ulimit to 4096",
    "mysql error 1213 deadlock found",
    "redis timeout after 500ms",
    "the total was 503 euros",
    "node 18.20.4 on the runners",
    "I have 200 unread slack messages",
    "chapter 3 section 401 of the compliance doc",
    "we sold 500 units in Q3",
    "exit status 1",
    "code 128 from git clone",
    "the kafka lag is 404 messages",
    "we returned 300 laptops to the vendor",
    "she sent 200 invites for the launch party",
    "I got 404 points in the hackathon scoring lol",
    "the script returns 100 by default, pass --limit for more",
    "we answered 503 support tickets in october",
    "they threw 500 dollars at the problem",
    "the team got 300 new laptops",
    "the query returned 201 results",
    "the job failed 403 times overnight",
    "it responded in 502 milliseconds on average",
    "we serve 200 countries",
    "we've seen 404 new users since monday",
    "we saw 503 visitors yesterday",
    "he expects 500 attendees",
    "the API gives 100 results per page",
    "a 300 page spec is too long",
    "the 200 ms budget is tight",
    "the first 500 requests were fine",
    "send 200 more requests and check memory",
    "set the throttle to 429 per minute, it's a prime-ish number joke",
    "the 404 page designer left the company",
    "the 500 series of tickets is for infra",
    "use 300 as the batch size",
    "hit 500 stars on github!",
    "got 200 responses to the survey",
    "return the last 200 log lines",
    "each 500 requests we rotate the key",
    "the cert is valid for 398 days",
    "it took 2 hours and 404 attempts",
    "that's 410 more than last month",
    "there were 429 errors in the form validation report, mostly typos",
    "our 503 customers in EMEA will be migrated",
    "they got 201 votes in the poll",
    "I'll give it a 200 word limit",
    "the list has 404 entries",
    "we're at 502 out of 1000 seats",
    "flight 404 departs at noon",
    "please read RFC 2616 section 10",
    "the 2xx/4xx split is 80/20",
    "my zip is 10404",
    "call +1 404 555 0199",
    "iPhone 15 has 128 GB",
    "meeting room 4-503",
    "the 401st request failed",
    "a 400-level course in college",
  ])("reads no code in %j", (text) => {
    expect(mentioned(text)).toEqual([]);
  });
});

describe("numbers in questions", () => {
  it("reads a bare number, which a channel message never does", () => {
    expect(askedCodes("403")).toEqual([403]);
    expect(asked("403").codes[0]?.evidence).toBeUndefined();
    expect(mentioned("403")).toEqual([]);
    expect(askedCodes("401 vs 403")).toEqual([401, 403]);
  });

  it("reads links to status-code pages, with or without a scheme, as a channel does", () => {
    const rfc = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5";
    expect(askedCodes(rfc)).toEqual([404]);
    expect(mentioned(`see ${rfc}`)).toEqual([]);
    expect(
      codesToExplain(`see ${rfc.replace("www.rfc-editor.org", "datatracker.ietf.org/doc/html")}`, lookup),
    ).toEqual([]);
    expect(askedCodes("http.cat/418")).toEqual([418]);
    expect(askedCodes("what is developer.mozilla.org/en-US/docs/Web/HTTP/Status/429?")).toEqual([429]);
    expect(askedCodes("is https://shop.example.com/orders/404 down?")).toEqual([]);
  });

  it("reads named constants through the catalog's names", () => {
    expect(askedCodes("when is HttpStatus.CONFLICT right?")).toEqual([409]);
    expect(askedCodes("http.StatusTeapot?")).toEqual([418]);
    expect(askedCodes("Status.ACTIVE")).toEqual([]);
  });

  it("reads no status in a pasted error log but the errno for what it is", () => {
    const log =
      '2024/05/01 10:00:00 [error] 1234#1234: *5678 recv() failed (104: Connection reset by peer) while reading response header from upstream, client: 10.0.0.1, server: api, request: "GET /x HTTP/1.1", upstream: "http://10.0.0.2:8080/x"';
    expect(asked(log).codes).toEqual([]);
    expect(asked(log).others).toEqual([{ protocol: "errno", code: "104", index: 60 }]);
  });

  it("reads the status field of an access-log line and of a client's error", () => {
    expect(
      askedCodes('10.0.0.1 - - [10/Oct/2024:13:55:36 +0000] "GET /x HTTP/1.1" 502 157 "-" "curl/8.0"'),
    ).toEqual([502]);
    expect(askedCodes("axios: Request failed with status code 404, why?")).toEqual([404]);
    // A byte count of four digits after the status is not the rest of a phone number.
    expect(
      askedCodes(
        '10.8.0.2 - - [09/Jun/2024:08:15:40 +0000] "GET /api/cart HTTP/1.1" 200 5123 "-" "Dalvik/2.1.0"',
      ),
    ).toEqual([200]);
    expect(askedCodes("call me at 555 201 4040")).not.toContain(201);
  });

  it("reads an ALB log's status where the target was never reached (-1 for its times)", () => {
    expect(
      askedCodes(
        'h2 2024-05-02T12:00:00.518Z app/prod-alb/50dc6c495c0c9188 10.1.2.3:51234 10.0.1.9:80 0.001 -1 -1 502 - 421 293 "GET https://shop.example.com:443/ HTTP/2.0" "curl/8.5.0"',
      ),
    ).toEqual([502]);
    expect(
      askedCodes(
        'https 2024-03-14T10:14:00.000Z app/prod-alb/50dc6c495c0c9188 203.0.113.8:41001 - -1 -1 -1 404 - 95 150 "GET https://api.example.com:443/unknown HTTP/1.1" "curl/8.4.0"',
      ),
    ).toEqual([404]);
  });

  it("keeps ids, quantities and other protocols' codes out, and says which protocol", () => {
    expect(askedCodes("room 404 is free, can I book it?")).toEqual([]);
    expect(askedCodes("the order total was $404")).toEqual([]);
    expect(askedCodes("the upload is over 100 MB")).toEqual([]);
    expect(askedCodes("I live at 221 Baker Street")).toEqual([]);
    expect(asked("SMTP 550 mailbox unavailable").others).toEqual([
      { protocol: "smtp", code: "550", index: 5 },
    ]);
    expect(asked("sip 486 busy here").others[0]?.protocol).toBe("sip");
    expect(asked("websocket closed with 1006").others[0]).toMatchObject({
      protocol: "websocket",
      code: "1006",
    });
    expect(asked("grpc status 14").others[0]).toMatchObject({ protocol: "grpc", code: "14" });
    expect(asked("rpc error: code = Unavailable desc = x").others[0]).toMatchObject({
      protocol: "grpc",
      code: "Unavailable",
    });
    expect(asked("what is ECONNRESET").others[0]).toMatchObject({ protocol: "errno", code: "ECONNRESET" });
    expect(askedCodes("HTTP/1.1 503 from the SMTP gateway's admin page")).toEqual([503]);
  });

  it("marks numbers that the words call a status, so that odd ones are explained", () => {
    expect(asked("status 42").codes).toMatchObject([{ value: 42, evidence: "field" }]);
    expect(asked("42").codes).toMatchObject([{ value: 42 }]);
    expect(asked("status 0").codes).toMatchObject([{ value: 0, evidence: "field" }]);
  });
});

describe("codes in channel messages, read by rules that generalise", () => {
  it.each([
    ["the webhook relay keeps returning 413 since the payloads grew", [413]],
    ['10.1.2.3 - - [03/Apr/2024:22:14:09 +0200] "GET /logo.png HTTP/1.1" 200 1406', [200]],
    ["after the rollback we're back to 200s everywhere", [200]],
    ['the alert is `http_status_code{job="api"} != 200` for 10m', [200]],
    ["grpc-gateway `retryable_status_codes: [502, 503]` in the config", [502, 503]],
    ["the job log says `resp=503 attempt=2/5`", [503]],
    ["paths: /users: get: responses: '200': description: ok, '404': description: missing", [200, 404]],
    ['@router.post("/x", responses={409: {"model": Error}})', [409]],
    ["PayPal answered 422 with error_code 204 in the body", [422]],
    ["actix: `HttpResponse::Forbidden().finish()` for banned users", [403]],
    ["Micronaut `return HttpResponse.badRequest(errors);`", [400]],
    ["`return Results.Conflict(existing);` in the minimal API", [409]],
    ["`ResponseEntity.accepted().build()` for the async job", [202]],
    ["hapi: `throw Boom.tooManyRequests()`", [429]],
    ["`next(createError.NotFound())` in the router", [404]],
    ["Laravel test `->assertForbidden()` for guests", [403]],
    ["Nest `throw new UnprocessableEntityException(errors)`", [422]],
    ["django `raise Http404` when the slug is unknown", [404]],
    ["CloudWatch alarm on `HTTPCode_Target_503_Count`", [503]],
    ["the `CheckoutHigh429Rate` alert is flapping", [429]],
    ["rspec `expect(response).to have_http_status(:no_content)`", [204]],
    ['Phoenix `send_resp(conn, :not_found, "")`', [404]],
    ["Hono `return c.json({ error: 'taken' }, 409)`", [409]],
    ['gin `c.String(404, "no such route")`', [404]],
    ["`require.Equal(t, 201, res.StatusCode)` after the create", [201]],
    ["`$this->assertSame(422, $response->getStatusCode());`", [422]],
    ['`assert html_response(conn, 403) =~ "denied"`', [403]],
  ])("reads %j", (text, expected) => {
    expect(mentioned(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    "the smtp relay answered 421, try again later",
    "the batch now runs longer than 100s",
    "p95 went from 30s to 300s after the migration",
    "alert when status_code >= 500 for 5 minutes",
    "python raises TimeoutError after 30s",
    '`raise ValueError("bad id")` in the parser',
    "Micronaut `HttpResponse.redirect(uri)` for the login page",
    "the worker throws ProcessingError on bad input",
    "`assert.Equal(t, 404, len(items))` in the pagination test",
    "`text.slice(0, 200)` truncates the preview",
  ])("reads no code in %j", (text) => {
    expect(mentioned(text)).toEqual([]);
  });
});

describe("codes read from their sentence when nothing else is said of them", () => {
  it.each([
    ["every call to /v1/me is 401 since the key rotation", [401]],
    ["the gateway maps a timeout to 504 for the mobile clients", [504]],
    ["our retry policy skips 409 but not 429", [409, 429]],
    ["the CDN is serving a cached 404 for the new bundle", [404]],
    ["half the requests end in 502 after the deploy", [502]],
    ["envoy resets the stream before headers. reset reason: overflow, so 503 it is", [503]],
    ["the API should answer with 200 on a replay, not 201", [200, 201]],
    ["the SLO dashboard counts 404 as an error, bots tank our availability", [404]],
    ["If-None-Match matches, so 304 and an empty body", [304]],
    ['the access log says "GET /x HTTP/1.1" 200 304, so 304 bytes went out', [200]],
    ["our error mapper: ConflictError→409, everything else→500", [409, 500]],
    ["flask `RequestEntityTooLarge` = 413 if MAX_CONTENT_LENGTH is set", [413]],
    ["expired signature → 401, unknown tenant → 404", [401, 404]],
    ["what's the difference between 401 and 403 again?", [401, 403]],
    ["Pydantic errors become 422 automatically", [422]],
    ["can someone write a test for the 412 case?", [412]],
    ["the partner returned 400 INVALID_ARGUMENT for the date", [400]],
    ["the refresh call failed with 400 invalid_grant", [400]],
    ["varnish is caching 503 for a minute after a deploy", [503]],
    ["Symfony `return new Response('', Response::HTTP_NOT_FOUND);`", [404]],
    ["`ngx.exit(ngx.HTTP_GATEWAY_TIMEOUT)` when redis is slow", [504]],
    ['gateway: NotFoundException: 503 SERVICE_UNAVAILABLE "Unable to find instance"', [503]],
    ["Completed 401 Unauthorized in 3ms (ActiveRecord: 0.0ms | Allocations: 410)", [401]],
    [
      'https 2024-03-14T10:15:00.000Z app/prod-alb/50dc 203.0.113.9:42000 10.0.1.25:8080 0.000 0.042 0.000 200 200 410 1532 "GET https://api.example.com:443/v1 HTTP/1.1"',
      [200],
    ],
  ])("reads %j", (text, expected) => {
    expect(mentioned(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    "there are 404 API keys in the vault",
    "we have 401 API clients onboarded",
    "server 503 is down for maintenance, the API is fine",
    "api latency p50 is 201 today",
    "auth token length is 401",
    "health check interval 300, threshold 503",
    "retries: 3, backoff: 404",
    "Content-Length: 503 on the request",
    "the API rate limit is 429 per minute",
    "ALB idle timeout is 60s, bump it to 300 or make the export async",
    "there were 429 errors in the API validation report, mostly typos",
    "the proxy pool grew to 403 after the api launch",
    "between 200 and 300 users hit the api at peak",
    "1,000 visits → 404 signups → 201 activated",
    "the API sent 500 Euros of credits to the partner",
    "api has 500 monthly users",
    'amqp: Exception (403) Reason: "ACCESS_REFUSED - Login was refused"',
    "530 Login incorrect.",
    "HTTP_HOST and HTTP_PROXY are set in the env",
  ])("reads no code in %j", (text) => {
    expect(mentioned(text)).toEqual([]);
  });
});

describe("codes that open a message, and what a code's neighbours say", () => {
  it.each([
    ["429 from github again, we need a token with more quota", [429]],
    ["login broke: 401 for everyone since 10:15", [401]],
    [":rotating_light: 503 on checkout for EU users", [503]],
    ["prod: 500 on /api/cart since the deploy", [500]],
    ["is 422 the right thing for a failed business rule?", [422]],
    ["metrics show 499 spiking on the ingress", [499]],
    ["why does the CDN cache our 404 page?", [404]],
    ["I set proxy_read_timeout to 300 and the 504s went away", [504]],
  ])("reads %j", (text, expected) => {
    expect(mentioned(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    "403",
    "404 days until launch",
    "503 passed, 2 failed, 11 skipped",
    "302 unread emails, don't judge me",
    "200 from the budget goes to the offsite",
    "the 404 page designer left the company",
    "a 300 page spec is too long",
    "sentry shows 503 running pods in the cluster",
    "endpoint count: 404",
    "server.port=503 in application.properties",
    "the client retries up to 500 times, which is insane",
    "response size went from 200 to 500 KB after the change",
    "we cut the api latency from 800 to 403 ms",
  ])("reads no code in %j", (text) => {
    expect(mentioned(text)).toEqual([]);
  });
});

describe("codes written in many registers", () => {
  it.each([
    ['[FIRING:1] HighErrorRate api-gateway (status="503" severity="page")', [503]],
    ['alertmanager: `rate(nginx_http_requests_total{status=~"5..", status!="503"}[5m])`', [503]],
    [".net: `return StatusCode(503);`", [503]],
    ['terraform: `health_check { matcher = "200,301" }`', [200, 301]],
    ['ALB target group matcher "200-299" so our 302 counts as unhealthy', [302]],
    ["user report: \"the app says 'something went wrong (429)'\"", [429]],
    ["hi, please i have problem, the api give me 401 everytime even my token is new", [401]],
    ["dear support, endpoint /v2/payments respond 500 internal error, please check urgently", [500]],
    ["the system return code 404 when I search product with space", [404]],
    ["pls the service is 503 from morning, when it will be ok?", [503]],
    ["spec only lists 200 and 400 for POST /orders, but we also return 409", [200, 400, 409]],
  ])("reads %j", (text, expected) => {
    expect(mentioned(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    "the script's return code 127 means command not found",
    "the docs list 200 items per page",
    "customer service 401 called back about the invoice",
  ])("reads no code in %j", (text) => {
    expect(mentioned(text)).toEqual([]);
  });
});

describe("numbers a sentence says are not HTTP's", () => {
  it.each([
    "the api error enum: 401 = TOKEN_EXPIRED, 402 = QUOTA, internal only",
    "our app error code 404 means cart empty in the mobile client",
    "the code 409 there is not an HTTP status, it's our error code",
    "returns -1 on error and 404 on success, no HTTP involved",
    "the webhook sends event type 201 for order.created in their legacy schema",
    "response time: 502",
  ])("reads no code in %j", (text) => {
    expect(mentioned(text)).toEqual([]);
  });

  it.each([
    ["we serve https, not http, so the 301 is expected", [301]],
    ["login endpoint returns the same 401 for both, to avoid user enumeration", [401]],
    ["the ALB answers plain http with a 301, not http 302", [301, 302]],
  ])("reads %j", (text, expected) => {
    expect(mentioned(text).sort()).toEqual([...expected].sort());
  });
});

describe("codes after a comma, with a prefix, or in other languages", () => {
  it.each([
    ["nope, same here, 502 on every page", [502]],
    ["the health check got 500, the pod restarted", [500]],
    ["Slack disabled the subscription after too many non-200 responses", [200]],
    ["el servicio devuelve 404 cuando el id no existe", [404]],
    ["l'API renvoie 409 quand l'email existe déjà", [409]],
    ["seit heute früh kommt 502 vom Loadbalancer", [502]],
    ['BigQuery insert: 400 "Request payload size exceeds the limit"', [400]],
    ["409 imo, the row already exists", [409]],
    ['Search Console flags 12 URLs as "Soft 404"', [404]],
    ["the WAF answers with fake 200s to scanners", [200]],
  ])("reads %j", (text, expected) => {
    expect(mentioned(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    "first place got 500, second got 300",
    "we onboarded 1,200 users, 404 from the EU and the rest from the US",
    "three regions, 401 on the west coast, 300 in the east",
    "final count: 2 blockers, 409 for the backlog, 12 bugs",
    "he ran the marathon, 429 from 3000 runners",
    "ISBN 978-0-404",
    "I'd use 300 imo, it's a good batch size",
    "random 404 people showed up",
  ])("reads no code in %j", (text) => {
    expect(mentioned(text)).toEqual([]);
  });
});

describe("codes inside identifiers, as verbs and counted as they happen", () => {
  it.each([
    ["HTTP403 in the proxy logs", [403]],
    ["the metric http_503_total is climbing", [503]],
    ["502!!! again", [502]],
    ["we should 410 those old links", [410]],
    ["let's just 301 them to the new docs", [301]],
    ["webhook returned 500 three times, then got disabled", [500]],
  ])("reads %j", (text, expected) => {
    expect(mentioned(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    "we should 500 more requests at it? no, 200 is enough",
    "http_requests_total is at 404k",
    "I can 300 the budget if needed",
  ])("reads no code in %j", (text) => {
    expect(mentioned(text)).toEqual([]);
  });
});

describe("hard negatives in HTTP sentences", () => {
  it.each([
    "curl exits with code 401? no, curl exit codes stop at 96",
    "we sent 502 API requests during the load test",
    "the API team closed 404 Jira tickets this quarter",
    "the API ticket 409 is assigned to me",
    "the http client hangs at line 418 of client.py",
    "the endpoint costs 429 dollars a month on the gateway plan",
    "api clients: 401 active, 12 suspended",
    "the API gateway handled 200 rps with p99 of 410ms",
    "the load balancer has 429 targets registered",
    "the API server's uptime is 203 days",
    "the webhook errno is 104, connection reset",
  ])("reads no code in %j", (text) => {
    expect(mentioned(text)).toEqual([]);
  });
});

describe("codes in configs, framework code and clients across languages", () => {
  it.each([
    ["nginx: `proxy_intercept_errors on; error_page 404 = @fallback;`", [404]],
    ["apache .htaccess: `ErrorDocument 403 /errors/forbidden.html`", [403]],
    ['IIS web.config `<httpErrors><error statusCode="404" path="/404.aspx" /></httpErrors>`', [404]],
    ["caddy: `respond /old 410`", [410]],
    ['cloudflare page rule "Forwarding URL (Status Code: 301)"', [301]],
    ["AWS API Gateway integration response: selection pattern `.*NotFound.*` → 404", [404]],
    ["serverless.yml `statusCodes: 200: pattern: ''`", [200]],
    ["spring `server.error.whitelabel.enabled=false` and our /error controller returns 500", [500]],
    ["`@app.errorhandler(404)` in flask renders the template", [404]],
    ["`@ExceptionHandler @ResponseStatus(code = HttpStatus.CONFLICT)`", [409]],
    ['axum: `(StatusCode::BAD_REQUEST, "missing field").into_response()`', [400]],
    ['gin: `c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "auth"})`', [401]],
    ['echo: `return echo.NewHTTPError(http.StatusNotFound, "user not found")`', [404]],
    ["chi: `http.NotFound(w, r)` returns a plain text 404", [404]],
    ["fastify: `reply.status(418).send()`", [418]],
    ["koa: `ctx.throw(403, 'nope')`", [403]],
    ["hapi: `return h.response().code(304)`", [304]],
    ["django rest: `raise exceptions.PermissionDenied()` → 403", [403]],
    ["aiohttp: `raise web.HTTPTooManyRequests()`", [429]],
    ["tornado: `raise tornado.web.HTTPError(410)`", [410]],
    ["sinatra: `status 202`", [202]],
    ["rails: `head :forbidden`", [403]],
    ["phoenix: `put_status(conn, 422)`", [422]],
    ["laravel: `return response()->noContent();` gives 204", [204]],
    ["asp.net: `return Problem(statusCode: 409);`", [409]],
    ["ktor: `call.respond(HttpStatusCode.NotFound)`", [404]],
    ["vapor: `throw Abort(.notFound)`", [404]],
    ["perl mojolicious: `$c->render(text => 'gone', status => 410)`", [410]],
    ["ruby rack: `[404, {'Content-Type' => 'text/plain'}, ['Not Found']]`", [404]],
    ["lua openresty: `ngx.status = 429`", [429]],
    ["python requests: `r.raise_for_status()` blew up with a 503", [503]],
    ["java HttpClient: `response.statusCode() == 401`", [401]],
    ["swift URLSession: `(response as? HTTPURLResponse)?.statusCode == 403`", [403]],
    ["kotlin retrofit: `if (!response.isSuccessful && response.code() == 429)`", [429]],
    ["dart http: `if (res.statusCode != 200) throw ...`", [200]],
    ["c# HttpClient: `response.EnsureSuccessStatusCode()` threw for 502", [502]],
    ["the image endpoint is 404-ing again", [404]],
    ["we got 429'ed by shopify overnight", [429]],
    ["HTTP403 in the proxy logs", [403]],
    ["metric http_503_total is climbing", [503]],
    ["4xx are up (mostly 404 from scanners)", [404]],
    ["403/404 for private repos, github style", [403, 404]],
    ["is it a 403 or 404 when the user can't see it?", [403, 404]],
    ["error 502!!", [502]],
    ["502!!! again", [502]],
    ["pretty sure that's a 409", [409]],
    ["we should 410 those old links", [410]],
    ["409 vs 412 for optimistic locking?", [409, 412]],
    ["got a 301 → 302 → 200 chain on the marketing site", [301, 302]],
    ["so the LB sees 503 and pulls the node", [503]],
    ["client gets 401, refreshes, gets 401 again, loops", [401]],
    ["webhook returned 500 three times, then disabled", [500]],
    ["expected 201 but the mock sends 200", [201, 200]],
    ["returns 202 Accepted and a job id", [202]],
    ["503 + Retry-After: 60 during deploys", [503]],
    ["502/504 during the failover window", [502, 504]],
    ["a 405 because the route is GET only", [405]],
    ['code 429, message "slow down"', [429]],
    ["error_code=403 reason=forbidden", [403]],
    ["status: 401 Unauthorized", [401]],
    ["Response status 415 from the upload API", [415]],
    ["HTTP Error 503 from pip", [503]],
    ["fails with status 500 on CI only", [500]],
    ["it's throwing 400s on every second request", [400]],
    ["did anyone else get a 451 from the news site?", [451]],
    ["the bot keeps getting 403s from cloudflare", [403]],
    ["why would /health be 301?", [301]],
    ["401 when the token is fine is usually clock skew", [401]],
    ["the 304s are fine, that's the cache working", [304]],
    ["hmm, 204s on the preflight but the browser still complains about CORS", [204]],
  ] as const)("reads %j", (text, expected) => {
    expect(mentioned(text).sort()).toEqual([...expected].sort());
  });
});

describe("vendors and reason phrases around a code", () => {
  it.each([
    ["nginx's 444 is just a dropped connection", [444]],
    ["Cloudflare's 520 means the origin sent garbage", [520]],
    ["cf 524 again on the export", [524]],
    ["it's a Gone, so 410 it is", [410]],
    ["Service Unavailable again (503) from the sandbox", [503]],
  ])("reads %j", (text, expected) => {
    expect(mentioned(text).sort()).toEqual([...expected].sort());
  });

  it.each(["Found 302 results in the logs", "Accepted 202 applicants this year", "Processing 102 files now"])(
    "reads no code in %j",
    (text) => {
      expect(mentioned(text)).toEqual([]);
    },
  );
});

describe("codes defined side by side, or by authority", () => {
  it.each([
    ["401 = we don't know who you are, 403 = we know and the answer is no", [401, 403]],
    ["409: a duplicate; 422: the fields are wrong", [409, 422]],
    ["Slack retries unless you respond with 200 within 3s", [200]],
    ["Apollo says UNAUTHENTICATED — should we still return 200 per spec, or 401?", [200, 401]],
  ])("reads %j", (text, expected) => {
    expect(mentioned(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    "room 401 = meeting, 403 = kitchen",
    "we return 200 per page by default",
    "sizes: small, 413 for medium, 504 for large",
  ])("reads no code in %j", (text) => {
    expect(mentioned(text)).toEqual([]);
  });
});

describe("codes in multi-line messages: incident updates, pasted output, logs, stack traces", () => {
  const cases: [string, number[]][] = [
    [
      "Incident update 14:20 UTC\nImpact: checkout API returning 502 for ~15% of requests\nCause: upstream pool exhausted after deploy 4521\nNext update: 14:50",
      [502],
    ],
    [
      "```\n$ curl -i https://api.acme.io/v1/orders\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer\nContent-Length: 0\n```\nwhy no body?",
      [401],
    ],
    [
      'Traceback (most recent call last):\n  File "app.py", line 404, in handler\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://x',
      [503],
    ],
    [
      "k8s events:\n  Warning  Unhealthy  pod/api-7d9f  Readiness probe failed: HTTP probe failed with statuscode: 500\n  Normal   Pulled     pod/api-7d9f  Container image pulled in 2.301s",
      [500],
    ],
    [
      '{\n  "error": {\n    "code": 429,\n    "message": "Rate limit exceeded",\n    "retry_after": 30\n  }\n}',
      [429],
    ],
    ["deploy 502 finished, all green. next one at 3pm", []],
    ["status update: 3 of 5 regions migrated, 404 tenants left, ETA friday", []],
    ["the report has 503 rows and 12 columns, export attached", []],
    ["our Q2 OKR: reduce 5xx by 50%, currently 410 incidents per quarter", []],
    ["stack: at handler (server.js:503:12)\n at Layer.handle (router/layer.js:95:5)", []],
    [
      'logs:\n2024-05-01T10:00:00Z level=error msg="upstream failed" status=502 latency_ms=301\n2024-05-01T10:00:01Z level=info msg="retry" attempt=2',
      [502],
    ],
    [
      "GET /api/v1/users 200 12ms\nGET /api/v1/users/404 404 3ms\nPOST /api/v1/login 401 8ms",
      [200, 404, 401],
    ],
    [
      "hey team, quick q — when our API gets a request with an expired JWT we currently send 403, I think it should be 401? thoughts",
      [403, 401],
    ],
    ["Weekly stats: 1,204,302 requests, 0.03% 5xx, top error 503 (12k), then 429 (3k)", [503, 429]],
    [
      "Postmortem: between 10:02 and 10:41 the payments API returned 500 to 4% of calls. Root cause: a null config value. Action items: add validation, alert on 5xx > 1%.",
      [500],
    ],
  ];
  it.each(cases)("reads %j", (text, expected) => {
    expect(mentioned(text).sort()).toEqual([...expected].sort());
  });
});

describe("codes said again, and what a code is part of", () => {
  it.each([
    ["502 502 502 wtf", [502]],
    ["404 404 everywhere 🙃", [404]],
    ["the 401 thing is fixed, thx @sam", [401]],
    ["that 503 incident last week was the db", [503]],
  ])("reads %j", (text, expected) => {
    expect(mentioned(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    "we filed 500 issue reports",
    "the 300 issue backlog is huge",
    "rooms 401 401 and 402",
    "rooms 401, 402 and 403 are booked",
    "PR 412 and 413 merged",
  ])("reads no code in %j", (text) => {
    expect(mentioned(text)).toEqual([]);
  });
});

describe("a code after the word http alone", () => {
  it.each(["HTTP 204", "http 261", "  HTTPS 459 ?", "HTTP 100!", "http 999."])(
    "%s is read for its http word",
    (text) => {
      const [reading] = asked(text).codes;
      expect(reading?.evidence).toBe("http");
      expect(asked(text).others).toEqual([]);
    },
  );
});

describe("access-log formats beyond the quoted request line", () => {
  it.each([
    ["2024-05-10 08:01:22 10.0.0.5 GET /api/orders - 443 - 10.0.0.1 Mozilla/5.0 - 500 19 183 15", 500],
    ["W3SVC1 GET /api - 443 - 10.0.0.2 - 502 3 12002 30016", 502],
    ['[GIN] 2024/05/19 - 10:00:00 | 404 |     120µs |  10.0.0.1 | GET "/nope"', 404],
    ["IAD89-C1 1024 203.0.113.5 GET d111.cloudfront.net /index.html 403 - Mozilla/5.0", 403],
  ])("reads the status field of %j as the format's", (line, code) => {
    expect(asked(line).codes).toContainEqual(
      expect.objectContaining({ value: code, evidence: "access-log" }),
    );
  });

  it("needs the fields after an IIS status: a port and an address alone make no log line", () => {
    expect(asked("GET /api - 443 - 10.0.0.2 - 502 is what the gateway said").codes).not.toContainEqual(
      expect.objectContaining({ evidence: "access-log" }),
    );
  });

  it("reads a gin line's status before a Go duration of a minute or more", () => {
    expect(
      asked('[GIN] 2024/05/19 - 10:00:00 | 504 |  1m0.001s |  10.0.0.1 | GET "/slow"').codes,
    ).toContainEqual(expect.objectContaining({ value: 504, evidence: "access-log" }));
  });

  it("needs a gin line's tag or clock and a duration: a table of figures, or a method and path in prose, is no log", () => {
    for (const text of [
      "| 500 | rows |",
      "| concurrency | p99 | | 100 | 5ms | | 200 | 9ms | | 500 | 31ms |",
      "we call GET api.example.com /v2/users 100 times per minute",
    ]) {
      expect(asked(text).codes, text).not.toContainEqual(expect.objectContaining({ evidence: "access-log" }));
      expect(mentioned(text), text).toEqual([]);
    }
  });
});
