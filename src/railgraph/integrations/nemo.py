"""NeMo Guardrails adapter: check and run Colang 1.0 rails configs offline, with no LLM.

A railgraph ``rails`` node runs the input or output rails of one config directory through
``LLMRails.check_async``: flows call Python actions, refuse with ``define bot`` messages and
never reach a model. Two things would break that promise, and this module refuses both up front:

* Colang 2 configs, which ``check()`` does not support;
* anything that needs an embedding model (``define user`` intents, a ``kb/`` folder,
  ``models:`` entries): NeMo then downloads FastEmbed at run time, which fails offline after
  about 39 s and answers "internal error" without raising.

Every config can also call railgraph's own detectors from Colang, by name, so the policy
(what is refused, with which words) lives in the rails folder while the detection is the same
code the guard nodes run::

    define subflow refuse injection
      $flagged = execute railgraph_detect(detector="injection", text=$user_message)
      if $flagged
        bot refuse injection
        stop

    define subflow mask pii
      $user_message = execute railgraph_redact(detector="pii", text=$user_message)

``railgraph_detect`` returns whether the detector flags the text; ``railgraph_redact`` returns
the text with the flagged spans replaced by typed markers (``<EMAIL_ADDRESS>``), which makes
the rails' result ``modified``. Both take an optional ``source`` (``user``, ``tool`` or
``assistant``) for detectors that weigh where a text comes from; detectors run with their
default parameters. An unknown detector name is reported at load time with its file and line.

``nemoguardrails`` is imported inside functions only; ``import railgraph`` must not pay its
0.6-0.9 s import, and configs without rails never load it.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import yaml

from railgraph.errors import RailsError

if TYPE_CHECKING:
    from nemoguardrails import LLMRails, RailsConfig

__all__ = [
    "DETECTOR_ACTIONS",
    "RailsError",
    "RailsOutcome",
    "RailsRunner",
    "RailsStatus",
    "clear_rails_cache",
    "get_rails",
    "validate_rails_config",
]

# NeMo posts usage statistics from LLMRails() and FastEmbed/onnxruntime phone home when loaded;
# these must be set before nemoguardrails is first imported. setdefault keeps a user's choice.
for _name, _value in (
    ("NEMO_GUARDRAILS_NO_USAGE_STATS", "1"),
    ("ORT_DISABLE_TELEMETRY", "1"),
    ("HF_HUB_OFFLINE", "1"),
):
    os.environ.setdefault(_name, _value)

# NeMo logs a failing action with its arguments (the user's text) and a traceback. With no
# handler anywhere, Python would print that to stderr; a NullHandler keeps it out of a user's
# terminal while records still reach whatever handlers the application configures.
logging.getLogger("nemoguardrails").addHandler(logging.NullHandler())

RailsStatus = Literal["passed", "modified", "blocked"]
"""What the rails did to a text: let it through, rewrote it, or refused it."""

_CONFIG_FILES = ("config.yml", "config.yaml")
_DEFINE_USER = re.compile(r"^\s*define\s+user\b")
_EMBEDDINGS_NOTE = (
    "NeMo Guardrails would then need an embedding model and download FastEmbed at run time, "
    "which fails offline after about 39 s; check the text in a Python action instead"
)
# NeMo does not raise when an action fails or is missing: the rail "blocks" with one of these
# texts as the bot message. They are hard-coded in nemoguardrails 0.24 (colang/v1_0/runtime).
_ACTION_FAILED = "I'm sorry, an internal error has occurred."

DETECTOR_ACTIONS = ("railgraph_detect", "railgraph_redact")
"""Actions every rails config can call to run a railgraph detector by name."""
_ACTION_MISSING = re.compile(r"^Action '(?P<name>.+)' not found\.$")


@dataclass(frozen=True, slots=True)
class RailsOutcome:
    """The result of running the input or the output rails on one text."""

    status: RailsStatus
    """``passed`` (untouched), ``modified`` (rewritten by a rail) or ``blocked``."""
    content: str
    """The text after the rails: the original, its rewritten form, or the refusal message."""
    rail: str | None = None
    """Name of the flow that blocked the text; ``None`` when it passed or was modified."""
    refusal: str | None = None
    """Name of the ``define bot`` message the blocking flow answered with (which refusal of
    the policy applied), when the answer is one of the config's bot messages."""


def validate_rails_config(path: Path) -> list[str]:
    """Problems that keep a rails config directory from running offline; empty when it can.

    Reads the files and parses them with ``RailsConfig.from_path``; it builds no ``LLMRails``,
    runs no action and loads no model.
    """
    return _parse(Path(path))[0]


class RailsRunner:
    """The input and output rails of one Colang 1.0 config directory, run with no LLM.

    Build one per directory through :func:`get_rails`: construction parses the config and
    loads its actions (under a second, most of it importing NeMo the first time); a check
    then costs 10-20 ms. Safe to share between concurrent graph runs.
    """

    path: Path
    """Resolved path of the config directory."""
    input_rails: tuple[str, ...]
    """Names of the input flows, in the order NeMo runs them."""
    output_rails: tuple[str, ...]
    """Names of the output flows, in the order NeMo runs them."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path).resolve()
        problems, config = _parse(self.path)
        if problems or config is None:
            raise RailsError(f"rails config {self.path} cannot run: " + "; ".join(problems))
        self.input_rails = tuple(config.rails.input.flows)
        self.output_rails = tuple(config.rails.output.flows)
        # NeMo reports the flow that blocked, not which of its branches: the refusal's own
        # name (its `define bot`) says which rule of the policy applied.
        self._refusals = {text: name for name, texts in config.bot_messages.items()
                          for text in texts}
        self._rails = _build_rails(self.path, config)

        from nemoguardrails.rails.llm.options import RailType

        self._input = [RailType.INPUT]
        self._output = [RailType.OUTPUT]

    def __repr__(self) -> str:
        return f"RailsRunner({str(self.path)!r})"

    async def check_input(self, text: str) -> RailsOutcome:
        """Run the input rails on a user message."""
        if not self.input_rails:
            return RailsOutcome("passed", text)
        return await self._check([{"role": "user", "content": text}], self._input, "input")

    async def check_output(self, text: str, user_text: str | None = None) -> RailsOutcome:
        """Run the output rails on a draft answer; ``user_text`` is the message it answers."""
        if not self.output_rails:
            return RailsOutcome("passed", text)
        messages = [] if user_text is None else [{"role": "user", "content": user_text}]
        messages.append({"role": "assistant", "content": text})
        return await self._check(messages, self._output, "output")

    async def _check(self, messages: list[dict[str, str]], rail_types: list[Any],
                     stage: str) -> RailsOutcome:
        try:
            result = await self._rails.check_async(messages, rail_types=rail_types)
        except Exception as exc:
            raise RailsError(f"NeMo Guardrails failed running the {stage} rails of "
                             f"{self.path}: {_describe(exc)}") from exc
        status: RailsStatus = result.status.value
        if status == "passed":
            return RailsOutcome("passed", result.content)
        _raise_on_action_failure(self.path, result.rail, result.content)
        if status != "blocked":
            return RailsOutcome(status, result.content)
        return RailsOutcome(status, result.content, result.rail, self._refusals.get(result.content))


_RUNNERS: dict[Path, RailsRunner] = {}
_RUNNERS_LOCK = threading.Lock()


def get_rails(path: Path | str) -> RailsRunner:
    """The runner of a config directory, built on first use and shared afterwards.

    Runners are cached by resolved path; edits to the files take effect after
    :func:`clear_rails_cache`. Raises :class:`RailsError` when the config cannot run.
    """
    key = Path(path).resolve()
    # Building under the lock: two graph runs starting together must not build twice.
    with _RUNNERS_LOCK:
        runner = _RUNNERS.get(key)
        if runner is None:
            runner = _RUNNERS[key] = RailsRunner(key)
    return runner


def clear_rails_cache() -> None:
    """Forget every cached runner, so the next :func:`get_rails` reloads from disk."""
    with _RUNNERS_LOCK:
        _RUNNERS.clear()


# ---- checks ---------------------------------------------------------------------------


def _parse(path: Path) -> tuple[list[str], RailsConfig | None]:
    """Every problem found, and the parsed config when NeMo could parse it."""
    problems, loadable = _check_files(path)
    if not loadable:
        return problems, None
    try:
        config = _load_config(path)
    except RailsError as exc:
        return [*problems, str(exc)], None
    return problems + _check_config(config, files_problems=problems), config


def _check_files(path: Path) -> tuple[list[str], bool]:
    """Problems visible in the files alone, and whether NeMo may try to parse them."""
    if not path.exists():
        return [f"rails config directory {path} does not exist"], False
    if not path.is_dir():
        return [f"{path} is not a directory (a rails config is a folder with config.yml)"], False
    config_file = next((path / n for n in _CONFIG_FILES if (path / n).is_file()), None)
    if config_file is None:
        return [f"{path} has no config.yml"], False
    try:
        raw = yaml.safe_load(config_file.read_text(encoding="utf-8")) or {}
    except yaml.MarkedYAMLError as exc:
        where = f":{exc.problem_mark.line + 1}:{exc.problem_mark.column + 1}" \
            if exc.problem_mark else ""
        return [f"{config_file.name}{where}: invalid YAML: {exc.problem or exc}"], False
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return [f"{config_file.name}: cannot be read: {_describe(exc)}"], False
    if not isinstance(raw, dict):
        return [f"{config_file.name}: expected a mapping at the top level"], False

    version = str(raw.get("colang_version", "1.0"))
    if version != "1.0":
        return [f"{config_file.name}: colang_version {version!r} is not supported; railgraph "
                "runs rails through NeMo's check(), which needs Colang 1.0 "
                '(colang_version: "1.0" or no colang_version)'], False

    problems: list[str] = []
    if raw.get("models"):
        problems.append(f"{config_file.name}: `models:` entries are not supported: rails run "
                        f"with no LLM, and a model entry is how NeMo picks one; "
                        f"{_EMBEDDINGS_NOTE}")
    for co_file in sorted(path.rglob("*.co")):
        lines = co_file.read_text(encoding="utf-8", errors="replace").splitlines()
        hits = [n for n, line in enumerate(lines, 1) if _DEFINE_USER.match(line)]
        if hits:
            count = f" ({len(hits)} in this file)" if len(hits) > 1 else ""
            problems.append(f"{co_file.relative_to(path)}:{hits[0]}: `define user`{count} is "
                            f"not supported: {_EMBEDDINGS_NOTE}")
    if (path / "kb").is_dir():
        problems.append(f"kb/: a knowledge base is not supported: {_EMBEDDINGS_NOTE}")
    return problems, True


def _check_config(config: RailsConfig, *, files_problems: list[str]) -> list[str]:
    """Problems in a parsed config that the files alone do not show."""
    problems: list[str] = []
    flow_ids = {flow.get("id") for flow in config.flows}
    for stage, flows in (("input", config.rails.input.flows),
                         ("output", config.rails.output.flows)):
        for name in flows:
            # Library flows take parameters after the name: "flow name $param=value".
            if name.split(" $", 1)[0] not in flow_ids:
                problems.append(f"{stage} rail flow '{name}' is not defined in any .co file")
    if not config.rails.input.flows and not config.rails.output.flows:
        problems.append("defines no input or output rails (rails: input: flows: [...])")
    problems.extend(_check_detector_actions(config))
    # User messages and documents can also come from config.yml itself; report them once.
    reported = " ".join(files_problems)
    if config.user_messages and "define user" not in reported:
        problems.append(f"user message definitions are not supported: {_EMBEDDINGS_NOTE}")
    if config.docs and "kb/" not in reported:
        problems.append(f"knowledge base documents are not supported: {_EMBEDDINGS_NOTE}")
    return problems


def _check_detector_actions(config: RailsConfig) -> list[str]:
    """Calls of the railgraph detector actions that name no detector, located in the .co file."""
    from railgraph.guards.registry import DETECTORS, is_dotted

    problems: list[str] = []
    for flow in config.flows:
        for element in flow.get("elements", []):
            if element.get("_type") != "run_action" \
                    or element.get("action_name") not in DETECTOR_ACTIONS:
                continue
            source = element.get("_source_mapping") or {}
            where = f"{source.get('filename', '?')}:{source.get('line_number', '?')}"
            name = (element.get("action_params") or {}).get("detector")
            if not isinstance(name, str) or name.startswith("$"):
                problems.append(f"{where}: {element['action_name']} needs detector=\"<name>\" "
                                f"written as a quoted name (known: {', '.join(sorted(DETECTORS))})")
            elif name not in DETECTORS and not is_dotted(name):
                problems.append(f"{where}: {element['action_name']}: unknown detector '{name}' "
                                f"(known: {', '.join(sorted(DETECTORS))})")
    return problems


_DETECTORS: dict[str, Any] = {}
_DETECTORS_LOCK = threading.Lock()


def _detector(name: str) -> Any:
    """The detector ``name`` with default parameters, built once per process."""
    with _DETECTORS_LOCK:
        if name not in _DETECTORS:
            from railgraph.guards.registry import build_detector

            _DETECTORS[name] = build_detector(name)
        return _DETECTORS[name]


async def railgraph_detect(detector: str, text: str | None = None, source: str = "user") -> bool:
    """Colang action: True when railgraph's detector ``detector`` flags ``text``."""
    verdict = _detector(detector).check(text or "", {"source": source})
    return bool(verdict.flagged)


async def railgraph_redact(detector: str, text: str | None = None, source: str = "user") -> str:
    """Colang action: ``text`` with what ``detector`` flags replaced by typed markers."""
    from railgraph.guards.base import redact

    verdict = _detector(detector).check(text or "", {"source": source})
    return redact(text or "", verdict.spans) if verdict.flagged else (text or "")


def _load_config(path: Path) -> RailsConfig:
    from nemoguardrails import RailsConfig

    try:
        return RailsConfig.from_path(str(path))
    except Exception as exc:
        raise RailsError(f"NeMo Guardrails cannot load it: {_describe(exc)}") from exc


def _build_rails(path: Path, config: RailsConfig) -> LLMRails:
    from nemoguardrails import LLMRails

    try:
        rails = LLMRails(config)
    except Exception as exc:
        raise RailsError(f"NeMo Guardrails cannot build the rails of {path}: "
                         f"{_describe(exc)}") from exc
    rails.register_action(railgraph_detect, name="railgraph_detect")
    rails.register_action(railgraph_redact, name="railgraph_redact")
    # A missing action would otherwise surface only at run time, as a silent "block".
    dispatcher = rails.runtime.action_dispatcher
    missing = sorted({
        element["action_name"]
        for flow in config.flows
        for element in flow.get("elements", [])
        if element.get("_type") == "run_action" and element.get("action_name") != "utter"
        and not dispatcher.has_registered(element["action_name"])
    })
    if missing:
        raise RailsError(f"rails config {path}: no action named {', '.join(missing)} "
                         "(define it with @action(name=...) in actions.py; an import error in "
                         "actions.py also hides its actions)")
    return rails


def _raise_on_action_failure(path: Path, rail: str | None, content: str) -> None:
    which = f"rail '{rail}'" if rail else "a rail"
    missing = _ACTION_MISSING.match(content)
    if missing:
        raise RailsError(f"{which} of {path} calls an action that does not exist: "
                         f"{missing['name']}")
    if content == _ACTION_FAILED:
        raise RailsError(f"{which} of {path} failed: one of its actions raised an "
                         "exception (the nemoguardrails log has the details)")


def _describe(exc: BaseException) -> str:
    """One line for a user: the error's own words, without traceback or line breaks."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 400 else text[:397] + "..."
