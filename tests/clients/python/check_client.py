"""Calls every endpoint of a running Bowout through the Python client generated from
openapi/openapi.json, and checks the answers.

Usage: python3 tests/clients/python/check_client.py BASE_URL GENERATED_CLIENT_DIR API_KEY
"""

import sys

base_url, client_dir, api_key = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path.insert(0, client_dir)

from bowout_client import AuthenticatedClient, Client  # noqa: E402
from bowout_client.api.catalog import get_locales, get_scenarios  # noqa: E402
from bowout_client.api.declines import post_declines  # noqa: E402
from bowout_client.api.operations import get_problem_type, healthz, metrics, readyz  # noqa: E402
from bowout_client.api.tone import get_rules, post_tone_checks  # noqa: E402
from bowout_client.models import (  # noqa: E402
    DeclineRequestBody,
    DeclineResponse,
    FormOfAddress,
    Invitation,
    PersonBody,
    Problem,
    Reason,
    RecipientBody,
    ReferralBody,
    RuleId,
    Scenario,
    Tone,
    ToneCheckRequestBody,
    ToneReportBody,
)

client = AuthenticatedClient(base_url=base_url, token=api_key, raise_on_unexpected_status=True)
anonymous = Client(base_url=base_url, raise_on_unexpected_status=True)
checked = []


def check(condition, message):
    if not condition:
        raise AssertionError(message)


# POST /v1/declines: a message, with every optional part the client can express.
answer = post_declines.sync_detailed(
    client=client,
    body=DeclineRequestBody(
        scenario=Scenario.SPEAKING_ENGAGEMENT,
        reason=Reason.BANDWIDTH,
        tone=Tone.FORMAL,
        sender=PersonBody(name="Alex Kim"),
        recipient=RecipientBody(
            given_name="Jordan", family_name="Lee", title="Dr.", form_of_address=FormOfAddress.FEMININE
        ),
        invitation=Invitation.KEYNOTE,
        organization="Northwind",
        event="Design Summit 2027",
        topic="remote work",
        referral=ReferralBody(name="Sam Rivera", contact="sam@example.com", expertise="design systems"),
    ),
    accept_language="en-GB, en;q=0.5",
)
check(answer.status_code == 200, f"declines: status {answer.status_code}")
decline = answer.parsed
check(isinstance(decline, DeclineResponse), f"declines: parsed {type(decline)}")
check(decline.locale == "en" and decline.requested_locale == "en-GB" and decline.locale_fallback, "declines: fallback reported")
check(decline.scenario == Scenario.SPEAKING_ENGAGEMENT and decline.tone == Tone.FORMAL, "declines: echo")
check(decline.body.startswith("Dear Dr Lee,") and "Sam Rivera" in decline.body, f"declines: body {decline.body!r}")
check("give the keynote" in decline.body, f"declines: the invitation kind is named {decline.body!r}")
check(decline.tone_check.passed and decline.tone_check.checklist.gratitude, "declines: tone report")
check(answer.headers["content-language"] == "en", "declines: Content-Language")
checked.append("POST /v1/declines")

# A request the server refuses comes back as a typed Problem.
answer = post_declines.sync_detailed(
    client=client,
    body=DeclineRequestBody(scenario=Scenario.RESCHEDULE, sender=PersonBody(name="Alex Kim")),
)
check(answer.status_code == 422 and isinstance(answer.parsed, Problem), f"declines 422: {answer.status_code}")
check(answer.parsed.errors[0].field == "/proposed_time", f"declines 422: {answer.parsed.errors}")

# POST /v1/tone-checks
answer = post_tone_checks.sync_detailed(
    client=client,
    body=ToneCheckRequestBody(text="Thanks, but I'm too busy. Maybe another time.", disabled_rules=[RuleId.TOO_SHORT]),
)
report = answer.parsed
check(answer.status_code == 200 and isinstance(report, ToneReportBody), "tone-checks: status")
check(not report.passed and [f.rule for f in report.findings] == ["missing-door-open", "too-busy", "noncommittal"],
      f"tone-checks: findings {[f.rule for f in report.findings]}")
checked.append("POST /v1/tone-checks")

# GET /v1/scenarios
scenarios = get_scenarios.sync(client=client)
check(len(scenarios.scenarios) == 7, "scenarios: seven")
reschedule = next(s for s in scenarios.scenarios if s.scenario == Scenario.RESCHEDULE)
check("proposed_time" in reschedule.required_fields, "scenarios: reschedule requires proposed_time")
checked.append("GET /v1/scenarios")

# GET /v1/locales
locales = get_locales.sync(client=client)
check(locales.default == "en" and any(l.tag == "en" for l in locales.locales), "locales: en")
checked.append("GET /v1/locales")

# GET /v1/rules
rules = get_rules.sync(client=client, locale="en")
check(rules.locale == "en" and {r.id for r in rules.rules} >= {r.value for r in RuleId}, "rules: every contract rule")
checked.append("GET /v1/rules")

# Without the key the API answers 401 as a problem; health needs no key.
answer = get_scenarios.sync_detailed(client=anonymous)
check(answer.status_code == 401 and isinstance(answer.parsed, Problem), f"no key: {answer.status_code}")

# Health, readiness, and a problem type.
check(healthz.sync(client=client).status == "ok", "healthz")
checked.append("GET /healthz")
check(readyz.sync(client=client).status == "ready", "readyz")
checked.append("GET /readyz")
answer = metrics.sync_detailed(client=anonymous)
check(answer.status_code == 200 and b"bowout_declines_total" in answer.content, "metrics")
checked.append("GET /metrics")
problem_type = get_problem_type.sync(client=client, slug="validation-failed")
check(problem_type.status == 422, "problem type")
checked.append("GET /problems/{slug}")

print(f"Python client: {len(checked)} operations checked: {', '.join(checked)}")
