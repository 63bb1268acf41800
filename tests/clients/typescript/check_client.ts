// Calls every endpoint of a running Bowout through a TypeScript client: types generated from
// openapi/openapi.json by openapi-typescript, requests made by openapi-fetch. The type check
// (tsc) proves the spec describes what the code sends and reads; running it proves the server
// answers as described.
//
// Usage: node target/clients/typescript/check_client.js BASE_URL API_KEY

import createClient from "openapi-fetch";
import type { paths } from "./generated/schema.js";

const [baseUrl, apiKey] = process.argv.slice(2);
if (!baseUrl || !apiKey) throw new Error("usage: check_client.js BASE_URL API_KEY");
const client = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${apiKey}` } });
const anonymous = createClient<paths>({ baseUrl });
const checked: string[] = [];

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

{
  const { data, error, response } = await client.POST("/v1/declines", {
    params: { header: { "Accept-Language": "xx, en;q=0.1" } },
    body: {
      scenario: "reschedule",
      reason: "timing",
      tone: "brief",
      sender: { name: "Alex Kim" },
      position: "Product Designer",
      proposed_time: "early next month",
    },
  });
  check(response.status === 200 && data && !error, `declines: status ${response.status}`);
  check(data.locale === "en" && data.requested_locale === "xx" && data.locale_fallback, "declines: fallback");
  check(data.body.includes("early next month"), `declines: body ${data.body}`);
  check(data.tone_check.checklist.gratitude, "declines: tone report");
  check(response.headers.get("content-language") === "en", "declines: Content-Language");
  checked.push("POST /v1/declines");
}

{
  const { data, error, response } = await client.POST("/v1/declines", {
    body: { scenario: "job_interview", sender: { name: "Alex\nKim" } },
  });
  check(response.status === 422 && !data && error, `declines 422: status ${response.status}`);
  check(error.errors?.[0]?.field === "/sender/name" && error.errors[0].code === "line_break", "declines 422: field");
  check(response.headers.get("content-type") === "application/problem+json", "declines 422: problem+json");
}

{
  const { data, response } = await client.POST("/v1/tone-checks", {
    body: { text: "Thank you for thinking of me. I don't think this is a good fit. I hope our paths cross again.", locale: "en" },
  });
  check(response.status === 200 && data, "tone-checks: status");
  check(data.findings.map((f) => f.rule).join() === "presumptuous-fit", `tone-checks: ${JSON.stringify(data.findings)}`);
  check(data.sentences === 3 && data.checklist.door_open, "tone-checks: sentences and checklist");
  checked.push("POST /v1/tone-checks");
}

{
  const { error, response } = await anonymous.GET("/v1/scenarios");
  check(response.status === 401 && error?.type === "/problems/unauthorized", `no key: ${response.status}`);
}

{
  const { data } = await client.GET("/v1/scenarios");
  check(data?.scenarios.length === 7, "scenarios");
  checked.push("GET /v1/scenarios");
}

{
  const { data } = await client.GET("/v1/locales");
  check(data?.default === "en" && data.locales.some((l) => l.tag === "en" && l.direction === "ltr"), "locales");
  checked.push("GET /v1/locales");
}

{
  const { data } = await client.GET("/v1/rules", { params: { query: { locale: "en" } } });
  check(data?.locale === "en" && data.rules.some((r) => r.id === "too-busy" && r.severity === "error"), "rules");
  checked.push("GET /v1/rules");
}

{
  const { data: live } = await client.GET("/healthz");
  check(live?.status === "ok", "healthz");
  checked.push("GET /healthz");
  const { data: ready } = await client.GET("/readyz");
  check(ready?.status === "ready", "readyz");
  checked.push("GET /readyz");
}

{
  const { data } = await anonymous.GET("/metrics", { parseAs: "text" });
  check(typeof data === "string" && data.includes("bowout_http_requests_total"), "metrics");
  checked.push("GET /metrics");
}

{
  const { data } = await client.GET("/problems/{slug}", { params: { path: { slug: "not-found" } } });
  check(data?.status === 404, "problem type");
  checked.push("GET /problems/{slug}");
}

console.log(`TypeScript client: ${checked.length} operations checked: ${checked.join(", ")}`);
