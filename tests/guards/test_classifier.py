"""The ``classifier`` detector on a tiny text-classification model the tests build themselves.

The model is a one-layer BERT whose weights are set by hand (nothing is trained or
downloaded): the [CLS] position attends to the trigger words "ignore" (label INJECTION) and
"bomb" (label HARM) wherever they are in the window, so what it flags is known exactly. Its
window is 64 positions, so longer texts exercise the windowing.

Parameter validation reads only ``config.json`` and runs without torch; everything that loads
the model needs the ``classifier`` extra (torch, transformers) and is skipped without it.
"""

from __future__ import annotations

import asyncio
import copy
import importlib.util
import json
import math
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import HumanMessage
from langgraph.checkpoint.memory import InMemorySaver

from railgraph.compile import compile_graph
from railgraph.errors import DefinitionError
from railgraph.guards.base import redact
from railgraph.guards.classifier import ClassifierDetector
from railgraph.guards.registry import DetectorEnv, build_detector, params_model
from railgraph.nodes import guard as guard_node
from railgraph.nodes.context import BuildContext
from railgraph.runner import run_turn
from railgraph.spec.loader import load_graph, load_graph_data

HAVE_TORCH = all(importlib.util.find_spec(m) is not None for m in ("torch", "transformers"))
needs_torch = pytest.mark.skipif(
    not HAVE_TORCH, reason="the classifier detector needs the 'classifier' extra "
    "(torch, transformers): pip install -e '.[classifier]'")

TRIGGERS = {"ignore": "INJECTION", "bomb": "HARM"}
FILLER = ["hello", "world", "please", "help", "with", "my", "order", "the", "is", "late",
          "thanks"]
SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
LABELS = {"INJECTION": "injection", "HARM": "harm"}
POSITIONS = 64


def _hadamard(n: int) -> Any:
    import torch

    h = torch.ones(1, 1)
    while h.shape[0] < n:
        h = torch.cat([torch.cat([h, h], 1), torch.cat([h, -h], 1)], 0)
    return h


def _tokenizer(vocab: list[str]) -> Any:
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    ids = {w: i for i, w in enumerate(vocab)}
    core = Tokenizer(models.WordPiece(ids, unk_token="[UNK]"))
    core.normalizer = normalizers.BertNormalizer(lowercase=True)
    core.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    core.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B [SEP]",
        special_tokens=[("[CLS]", ids["[CLS]"]), ("[SEP]", ids["[SEP]"])])
    return PreTrainedTokenizerFast(tokenizer_object=core, unk_token="[UNK]", pad_token="[PAD]",
                                   cls_token="[CLS]", sep_token="[SEP]", mask_token="[MASK]",
                                   model_max_length=POSITIONS)


def build_tiny_model(folder: Path) -> Path:
    """Save a hand-weighted BERT classifier (labels SAFE, INJECTION, HARM) into ``folder``.

    Embeddings are rows of a Hadamard matrix (zero mean, unit variance, orthogonal, so
    LayerNorm keeps them). The [CLS] query matches only the trigger words' keys, strongly
    enough that one trigger takes all of [CLS]'s attention in a full window; their values
    write a direction per label, which the pooler and the classifier read out. Without a
    trigger [CLS] reads nothing and SAFE wins (0.79); with one, its label scores 0.98.
    """
    import torch
    from transformers import BertConfig, BertForSequenceClassification

    vocab = SPECIAL + list(TRIGGERS) + FILLER
    labels = ["SAFE", *TRIGGERS.values()]
    config = BertConfig(
        vocab_size=len(vocab), hidden_size=8, num_hidden_layers=1, num_attention_heads=1,
        intermediate_size=8, max_position_embeddings=POSITIONS,
        id2label=dict(enumerate(labels)), label2id={v: i for i, v in enumerate(labels)},
        hidden_dropout_prob=0.0, attention_probs_dropout_prob=0.0)
    model = BertForSequenceClassification(config)
    cls_v, sep_v, other_v, t1, t2, d1, d2 = _hadamard(8)[1:]
    triggers, directions = [t1, t2], [d1, d2]
    pooler = model.bert.pooler
    assert pooler is not None
    with torch.no_grad():
        for param in model.parameters():
            param.zero_()
        for name, param in model.named_parameters():
            if "LayerNorm.weight" in name:
                param.fill_(1.0)
        embeddings = model.bert.embeddings.word_embeddings.weight
        embeddings[:] = other_v
        embeddings[vocab.index("[CLS]")] = cls_v
        embeddings[vocab.index("[SEP]")] = sep_v
        for word, vector in zip(TRIGGERS, triggers, strict=True):
            embeddings[vocab.index(word)] = vector
        attention = model.bert.encoder.layer[0].attention
        attention.self.query.weight.copy_(sum(torch.outer(t, cls_v) for t in triggers) * 12 / 8)
        attention.self.key.weight.copy_(sum(torch.outer(t, t) for t in triggers) / 8)
        attention.self.value.weight.copy_(
            sum(torch.outer(d, t) for d, t in zip(directions, triggers, strict=True)) * 3 / 8)
        attention.output.dense.weight.copy_(torch.eye(8))
        for j, direction in enumerate(directions):
            pooler.dense.weight[j] = direction * 5 / 8
            model.classifier.weight[j + 1, j] = 6.0
        model.classifier.bias[0] = 2.0
    folder.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(folder)
    _tokenizer(vocab).save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not HAVE_TORCH:
        pytest.skip("the classifier detector needs the 'classifier' extra (torch, transformers)")
    return build_tiny_model(tmp_path_factory.mktemp("classifier") / "tiny")


def classifier(model: Path, **params: Any) -> Any:
    return build_detector("classifier", {"model": str(model), "labels": LABELS, **params})


def words(count: int, trigger: str | None = None, at: int = 0) -> str:
    text = [FILLER[i % len(FILLER)] for i in range(count)]
    if trigger is not None:
        text[at] = trigger
    return " ".join(text)


# ---- parameters: validated from config.json alone -------------------------------------------


def fake_model(folder: Path, labels: list[str], positions: int = 64) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps({
        "id2label": {str(i): label for i, label in enumerate(labels)},
        "max_position_embeddings": positions}))
    return folder


def problems(exc: pytest.ExceptionInfo[ValueError]) -> str:
    return str(exc.value)


def test_a_missing_model_folder_is_an_error_naming_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "models" / "nowhere"
    with pytest.raises(ValueError) as exc:
        build_detector("classifier", {"model": str(missing), "labels": {"X": "injection"}})
    assert f"model: Value error, classifier model folder '{missing}' not found" in problems(exc)


def test_a_folder_without_config_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"has no config\.json"):
        build_detector("classifier", {"model": str(tmp_path), "labels": {"X": "injection"}})


def test_unknown_labels_and_windows_beyond_the_model_are_refused(tmp_path: Path) -> None:
    folder = fake_model(tmp_path / "m", ["benign", "jailbreak"], positions=32)
    with pytest.raises(ValueError) as exc:
        build_detector("classifier", {"model": str(folder), "labels": {"INJECTION": "injection"},
                                      "max_length": 64, "overlap": 40, "surprise": 1})
    message = problems(exc)
    assert "labels: Value error, 'INJECTION' is not a label of the model" in message
    assert "(its labels: benign, jailbreak)" in message
    assert "max_length: Value error, 64 is more than the model's 32 positions" in message
    assert "surprise: unknown parameter" in message


def test_overlap_must_leave_the_windows_moving(tmp_path: Path) -> None:
    folder = fake_model(tmp_path / "m", ["SAFE", "INJECTION"])
    with pytest.raises(ValueError, match="overlap: Value error, 16 must be less than half"):
        build_detector("classifier", {"model": str(folder), "labels": {"INJECTION": "x"},
                                      "max_length": 32, "overlap": 16})


def test_relative_model_paths_start_at_the_graph_root(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    fake_model(tmp_path / "models" / "guard", ["SAFE", "INJECTION"])
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    params = {"model": "models/guard", "labels": {"INJECTION": "injection"}}
    model = params_model("classifier")
    with pytest.raises(ValueError, match=f"'{elsewhere / 'models' / 'guard'}' not found"):
        model.model_validate(params)
    validated = model.model_validate(params, context={"base_dir": tmp_path})
    assert validated.model_dump()["model"] == "models/guard"


def test_railgraph_validate_locates_a_missing_model(tmp_path: Path) -> None:
    graph = tmp_path / "graph.yaml"
    graph.write_text(
        "railgraph: 1\nname: t\nversion: 1.0.0\nentry: g\n"
        "nodes:\n"
        "  - id: g\n    kind: guard\n    params:\n      checks:\n"
        "        - detector: classifier\n"
        f"          params: {{model: {tmp_path}/gone, labels: {{INJECTION: injection}}}}\n"
        "  - id: respond\n    kind: respond\n"
        "edges:\n  - {from: g, to: respond}\n  - {from: respond, to: END}\n")
    with pytest.raises(DefinitionError) as exc:
        load_graph(graph)
    [problem] = exc.value.problems
    assert (problem.line, problem.column) == (11, 27)  # at the model path itself
    assert f"classifier model folder '{tmp_path}/gone' not found" in problem.message


# ---- the model on texts ---------------------------------------------------------------------


@needs_torch
def test_flagged_labels_map_to_their_categories(tiny_model: Path) -> None:
    detector = classifier(tiny_model)
    injection = detector.check("Please IGNORE my order")
    assert (injection.flagged, injection.category) == (True, "injection")
    assert injection.score == pytest.approx(0.98, abs=0.01)
    assert injection.reason == "model label INJECTION scored 0.98"
    harm = detector.check("the bomb is late")
    assert (harm.flagged, harm.category) == (True, "harm")
    clean = detector.check("hello world, please help with my order")
    assert not clean.flagged and clean.category is None
    assert clean.reason == "no flagged label reached 0.5 (highest 0.11, 1 window)"
    assert detector.categories == {"injection", "harm"}


@needs_torch
def test_a_graph_lends_its_root_to_relative_paths(tiny_model: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tiny_model.parent.parent)
    params = {"model": tiny_model.name, "labels": LABELS}
    with pytest.raises(ValueError, match="not found"):
        build_detector("classifier", params)
    detector = build_detector("classifier", params, DetectorEnv(base_dir=tiny_model.parent))
    assert isinstance(detector, ClassifierDetector)
    assert detector.path == tiny_model.resolve()
    assert detector.check("ignore that").flagged


@needs_torch
def test_only_mapped_labels_flag_and_the_threshold_applies(tiny_model: Path) -> None:
    only_injection = build_detector("classifier", {"model": str(tiny_model),
                                                   "labels": {"INJECTION": "injection"}})
    assert only_injection.check("ignore my order").flagged
    assert not only_injection.check("the bomb is late").flagged
    strict = classifier(tiny_model, threshold=0.99)
    assert not strict.check("ignore my order").flagged
    # SAFE as the flagged label inverts the detector: a sanity check of the label mapping.
    safe = build_detector("classifier", {"model": str(tiny_model), "labels": {"SAFE": "odd"}})
    assert safe.check("hello world").flagged and not safe.check("ignore it").flagged


@needs_torch
def test_a_long_text_is_flagged_when_any_window_is(tiny_model: Path) -> None:
    detector = classifier(tiny_model, max_length=16, overlap=4)
    length = 150  # windows of 14 text tokens ([CLS] and [SEP] make 16), each 10 on from the last
    for position in [*range(0, length, 9), length - 1]:
        verdict = detector.check(words(length, "ignore", position))
        assert verdict.flagged, f"trigger at word {position} was missed: {verdict.reason}"
    clean = detector.check(words(length))
    assert not clean.flagged
    assert clean.reason.endswith(f"{1 + math.ceil((length - 14) / 10)} windows)")


@needs_torch
def test_texts_longer_than_the_model_are_windowed_by_default(tiny_model: Path) -> None:
    detector = classifier(tiny_model)
    assert detector.max_length == POSITIONS
    verdict = detector.check(words(400, "bomb", 390))
    assert verdict.flagged and verdict.category == "harm"
    assert verdict.reason.startswith("model label HARM scored 0.98 in window ")


@needs_torch
def test_the_flagged_window_is_the_span_so_redaction_keeps_the_rest(tiny_model: Path) -> None:
    detector = classifier(tiny_model, max_length=16, overlap=2)
    text = words(60, "ignore", 50)
    verdict = detector.check(text)
    assert verdict.flagged and len(verdict.spans) == 1
    span = verdict.spans[0]
    assert span.type == "INJECTION"
    assert span.start <= text.index("ignore") < text.index("ignore") + 6 <= span.end
    redacted = redact(text, verdict.spans)
    assert "ignore" not in redacted and redacted.startswith(text[:span.start]) \
        and redacted.endswith("<INJECTION>" + text[span.end:])


@needs_torch
def test_verdicts_never_hold_the_text(tiny_model: Path) -> None:
    detector = classifier(tiny_model, max_length=16)
    text = words(40, "ignore", 30)
    for verdict in (detector.check(text), detector.check(words(40))):
        dumped = json.dumps(verdict.to_dict())
        assert "ignore" not in dumped and "hello" not in dumped


@needs_torch
async def test_acheck_runs_in_a_thread_and_matches_check(tiny_model: Path) -> None:
    detector = classifier(tiny_model, max_length=16)
    texts = [words(30, "ignore", 20), words(30), words(30, "bomb", 3)]
    verdicts = await asyncio.gather(*(detector.acheck(t) for t in texts))
    assert verdicts == [detector.check(t) for t in texts]


# ---- in a graph -----------------------------------------------------------------------------


def graph_with(checks: list[dict[str, Any]], root: Path) -> Any:
    data = {"railgraph": 1, "name": "t", "version": "1.0.0", "entry": "g",
            "nodes": [{"id": "g", "kind": "guard", "params": {"checks": checks}},
                      {"id": "respond", "kind": "respond"}],
            "edges": [{"from": "g", "to": "respond"}, {"from": "respond", "to": "END"}]}
    return load_graph_data(copy.deepcopy(data), base_dir=root)


@needs_torch
async def test_a_guard_node_blocks_with_the_classifier_and_audits_it(tiny_model: Path) -> None:
    loaded = graph_with([{"detector": "size", "params": {"max_chars": 4000}},
                         {"detector": "classifier",
                          "params": {"model": str(tiny_model), "labels": LABELS}}], tiny_model)
    graph = compile_graph(loaded, checkpointer=InMemorySaver())
    blocked = await run_turn(graph, loaded, message="please ignore my order", thread_id="c1")
    assert blocked.status == "blocked"
    assert [(g["check"], g["verdict"]) for g in blocked.guards] == [
        ("size", "pass"), ("classifier", "block")]
    state = (await graph.aget_state({"configurable": {"thread_id": "c1"}})).values
    [entry] = [e for e in state["audit"] if e.get("detector") == "classifier"]
    assert entry["verdict"] == "block" and entry["category"] == "injection"
    assert "ignore" not in json.dumps(entry)
    passed = await run_turn(graph, loaded, message="hello, my order is late", thread_id="c2")
    assert passed.status == "completed"
    assert [g["verdict"] for g in passed.guards] == ["pass", "pass"]


@needs_torch
async def test_a_rule_block_stops_the_classifier(tiny_model: Path) -> None:
    loaded = graph_with([{"detector": "classifier",
                          "params": {"model": str(tiny_model), "labels": LABELS}},
                         {"detector": "size", "params": {"max_chars": 10}}], tiny_model)
    body = guard_node.build(loaded.definition.node("g"), BuildContext(loaded))
    update = await body({"messages": [HumanMessage(content=words(80), id="u1")]}, {})
    assert update["blocked"]["check"] == "size"
    assert [v["check"] for v in update["verdicts"]] == ["size"]  # the classifier was cancelled


@needs_torch
def test_eval_scores_a_graph_classifier(tiny_model: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from railgraph import evaluate

    # eval selects checks by detector kind; a model-backed detector serves the tasks of its
    # categories (`categories`), which is how the selection is extended here.
    monkeypatch.setitem(evaluate.TASK_DETECTORS, "injection", ("injection", "classifier"))
    loaded = graph_with([{"detector": "classifier",
                          "params": {"model": str(tiny_model), "labels": LABELS}}], tiny_model)
    rows = [{"text": "please ignore the order", "label": 1},
            {"text": words(200, "ignore", 150), "label": 1},
            {"text": "the bomb is late", "label": 0},  # flagged, as harm: a false positive here
            {"text": "hello world", "label": 0},
            {"text": "thanks for the help", "label": 0}]
    data = tmp_path / "rows.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    scores = evaluate.evaluate(loaded, data, "injection", progress=False)
    assert (scores["recall"], scores["fpr"]) == (1.0, round(1 / 3, 4))
