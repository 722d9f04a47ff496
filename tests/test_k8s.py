"""The Kubernetes manifests are valid (offline, against bundled schemas) and keep their promises."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

kubernetes_validate = pytest.importorskip("kubernetes_validate")

DEPLOY = Path(__file__).resolve().parent.parent / "deploy" / "k8s"
NAMESPACE = "agent-prod"


def _documents() -> list[tuple[str, dict[str, Any]]]:
    docs = []
    for path in sorted(DEPLOY.glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            if doc:
                docs.append((path.name, doc))
    return docs


DOCS = _documents()


def _kind(kind: str) -> list[dict[str, Any]]:
    return [doc for _, doc in DOCS if doc["kind"] == kind]


def _deployment(name: str) -> dict[str, Any]:
    return next(d for d in _kind("Deployment") if d["metadata"]["name"] == name)


@pytest.mark.parametrize("name,doc", DOCS, ids=[f"{n}:{d['kind']}/{d['metadata']['name']}"
                                               for n, d in DOCS])
def test_manifest_is_valid_kubernetes(name: str, doc: dict[str, Any]) -> None:
    # strict: unknown fields are errors too (a typo in a probe would otherwise pass silently).
    kubernetes_validate.validate(doc, kubernetes_validate.latest_version(), strict=True)


def test_the_validator_rejects_a_broken_manifest() -> None:
    broken = {**_deployment("agent-api")}
    broken["spec"] = {**broken["spec"], "replicas": "three"}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, kubernetes_validate.latest_version(), strict=True)


def test_the_lab_is_complete_and_in_one_namespace() -> None:
    assert [d["metadata"]["name"] for d in _kind("Namespace")] == [NAMESPACE]
    assert all(doc["metadata"].get("namespace") == NAMESPACE
               for _, doc in DOCS if doc["kind"] != "Namespace")
    assert {d["metadata"]["name"] for d in _kind("Deployment")} == {
        "redis-state", "agent-api", "agent-gateway"}


def test_agents_are_replicated_and_probed() -> None:
    agent = _deployment("agent-api")
    assert agent["spec"]["replicas"] >= 2
    for deployment in _kind("Deployment"):
        for container in deployment["spec"]["template"]["spec"]["containers"]:
            assert "readinessProbe" in container and "livenessProbe" in container, container["name"]
    [container] = agent["spec"]["template"]["spec"]["containers"]
    assert container["readinessProbe"]["httpGet"]["path"] == "/ok"
    assert container["command"][:2] == ["railgraph", "serve"]


def test_secrets_come_from_the_environment_never_from_files() -> None:
    assert not _kind("Secret"), "secrets are created from the environment, not committed"
    [container] = _deployment("agent-api")["spec"]["template"]["spec"]["containers"]
    assert {"secretRef": {"name": "railgraph-secrets"}} in container["envFrom"]
    for entry in container.get("env", []):
        assert not re.search(r"(?i)key|secret|token|password", entry["name"]) or "valueFrom" in entry
    text = "\n".join(p.read_text(encoding="utf-8") for p in DEPLOY.glob("*.yaml"))
    assert not re.search(r"sk-[A-Za-z0-9]{20,}|rg_[A-Za-z0-9_-]{30,}", text)


def test_gateway_limits_request_rate_with_429() -> None:
    [config] = [c for c in _kind("ConfigMap") if c["metadata"]["name"] == "agent-gateway-config"]
    nginx = config["data"]["nginx.conf"]
    assert re.search(r"limit_req_zone \$api_key zone=perkey:\S+ rate=\d+r/s;", nginx)
    assert "limit_req zone=perkey" in nginx and "limit_req_status 429;" in nginx
    assert "agent-api-pods" in nginx
    services = {s["metadata"]["name"]: s for s in _kind("Service")}
    assert services["agent-api-pods"]["spec"]["clusterIP"] == "None"
