"""The secrets detector: provider keys, JWTs, private-key blocks, random-looking assignments."""

from __future__ import annotations

import base64

import pytest

from railgraph.guards import (
    SecretsDetector,
    redact,
)

# --- secrets --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "secret",
    [
        "AKIA" + "Z7QX4M2P9LKJ3HGF",
        "ghp_" + "x9Kq2Lm8Vb3Nc7Rt1Yw5Ze4Ua6Io0Pd2Sf8Gh",
        "xoxb-" + "2048-9911-QpX7vLm2Zk8R4tYw",
        "sk_live_" + "51Hq8Zx2Lm9Kp4Tr7Vw",
        "AIza" + "Sy9xZ2qL7mK4pR8tV1wN6bC3dF5gH0jE2kA",
        "sk-" + "proj-Zq81LmX7pV3kT9rW2yN5bC4d",
    ],
)
def test_provider_keys_are_found(secret: str) -> None:
    text = f"config: {secret} end"
    verdict = SecretsDetector().check(text)
    assert verdict.flagged and verdict.category == "secrets"
    assert redact(text, verdict.spans) == "config: <SECRET> end"


def test_jwt_and_private_key_blocks() -> None:
    header = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(b'{"sub":"42","name":"Ada"}').decode().rstrip("=")
    jwt = f"{header}.{body}.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert SecretsDetector().check(f"Authorization token {jwt}").flagged
    pem = "-----BEGIN PRIVATE KEY-----\nMIIBVQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----"
    verdict = SecretsDetector().check(f"key:\n{pem}\n")
    assert redact(f"key:\n{pem}\n", verdict.spans) == "key:\n<SECRET>\n"


def test_assignments_need_random_looking_values() -> None:
    detector = SecretsDetector()
    text = 'api_key = "q8Zr3vT1xP9kL2mN7bW4"'
    assert redact(text, detector.check(text).spans) == 'api_key = "<SECRET>"'
    assert detector.check("password=Tr0ub4dor&3x").flagged
    for placeholder in ('api_key = "your-api-key"', "password=changeme", "TOKEN=${TOKEN}",
                        "the token limit is 4096", "password is required"):
        assert not detector.check(placeholder).flagged, placeholder

