"""Checks what an operator relies on in the rendered manifests, beyond schemas and policies:
rollout and shutdown timing, probes, hardening, scaling, network isolation, and that every
setting the manifests pass is one the binary knows.

Usage: python3 tests/k8s/check_manifests.py BOWOUT_BINARY RENDERED.yaml...
"""

import subprocess
import sys

import yaml

binary, rendered = sys.argv[1], sys.argv[2:]
help_text = subprocess.run([binary, "--help"], capture_output=True, text=True, check=True).stdout
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


for path in rendered:
    with open(path) as file:
        documents = [d for d in yaml.safe_load_all(file) if d]
    by_kind = {}
    for document in documents:
        by_kind.setdefault(document["kind"], []).append(document)
    where = path

    deployment = by_kind["Deployment"][0]
    spec = deployment["spec"]
    pod = spec["template"]["spec"]
    container = pod["containers"][0]
    env = {e["name"]: e.get("value") for e in container.get("env", [])}

    check(spec["strategy"]["rollingUpdate"]["maxUnavailable"] == 0, f"{where}: rolling update with maxUnavailable 0")
    check(container["image"].startswith("registry.example.com/bowout:"), f"{where}: the image the Dockerfile builds")
    pre_stop = container["lifecycle"]["preStop"]["sleep"]["seconds"]
    shutdown = int(env.get("BOWOUT_SHUTDOWN_TIMEOUT", "10"))
    check(pod["terminationGracePeriodSeconds"] > pre_stop + shutdown,
          f"{where}: grace period {pod['terminationGracePeriodSeconds']} s > preStop {pre_stop} s + shutdown {shutdown} s")
    check(container["startupProbe"]["httpGet"]["path"] == "/readyz", f"{where}: startup probe on /readyz")
    check(container["readinessProbe"]["httpGet"]["path"] == "/readyz", f"{where}: readiness on /readyz")
    check(container["livenessProbe"]["httpGet"]["path"] == "/healthz", f"{where}: liveness on /healthz")
    resources = container["resources"]
    check({"cpu", "memory"} <= set(resources["requests"]) and "memory" in resources["limits"],
          f"{where}: CPU and memory requests, a memory limit")
    security = container["securityContext"]
    check(security["allowPrivilegeEscalation"] is False, f"{where}: no privilege escalation")
    check(security["readOnlyRootFilesystem"] is True, f"{where}: read-only root filesystem")
    check(security["capabilities"]["drop"] == ["ALL"], f"{where}: all capabilities dropped")
    check(pod["securityContext"]["runAsNonRoot"] is True, f"{where}: non-root")
    check(pod["securityContext"]["seccompProfile"]["type"] == "RuntimeDefault", f"{where}: seccomp RuntimeDefault")
    check(len(pod.get("topologySpreadConstraints", [])) >= 1, f"{where}: topology spread")
    mounts = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
    volumes = {v["name"]: v for v in pod["volumes"]}
    check(mounts.get("packs") == env.get("BOWOUT_PACKS_DIR") and "configMap" in volumes["packs"],
          f"{where}: the packs ConfigMap is mounted at BOWOUT_PACKS_DIR")
    for name in env:
        check(name in help_text, f"{where}: {name} is a setting `bowout --help` documents")

    hpa = by_kind["HorizontalPodAutoscaler"][0]["spec"]
    check(hpa["minReplicas"] >= 2 and hpa["maxReplicas"] >= hpa["minReplicas"], f"{where}: HPA with at least 2 replicas")
    check("PodDisruptionBudget" in by_kind, f"{where}: a PodDisruptionBudget")
    policy = by_kind["NetworkPolicy"][0]["spec"]
    check(set(policy["policyTypes"]) == {"Ingress", "Egress"} and policy["egress"] == [], f"{where}: no egress")
    ports = [p["port"] for rule in policy["ingress"] for p in rule["ports"]]
    check(ports == ["http"] and all(list(rule) == ["ports"] for rule in policy["ingress"]),
          f"{where}: ingress on the service port only")
    service_ports = by_kind["Service"][0]["spec"]["ports"]
    check([p["targetPort"] for p in service_ports] == ["http"], f"{where}: the Service targets the http port")

if failures:
    print("manifest checks failed:\n- " + "\n- ".join(failures))
    sys.exit(1)
print(f"manifests: {len(rendered)} overlays checked")
