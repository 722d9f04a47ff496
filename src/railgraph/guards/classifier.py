"""A local Hugging Face text-classification model as a detector (name ``classifier``).

The model is one the user keeps on disk (a prompt-injection or safety classifier saved with
``save_pretrained``: ``config.json``, the weights and the tokenizer files); it is loaded with
``local_files_only``, so nothing is ever fetched. ``labels`` maps the model's labels that mean
"flagged" to railgraph categories; every other label means the text is fine.

A text longer than the model's window is not cut: it is split into overlapping windows of
``max_length`` tokens (``overlap`` tokens shared by neighbours, so a phrase on a border is seen
whole by one of them) and it is flagged when any window is. Windows are scored in batches and
scoring stops at the first flagged batch.

``torch`` and ``transformers`` are optional (``pip install 'railgraph[classifier]'``) and are
imported only when a classifier detector is built. Validating the parameters reads only the
model's ``config.json``, so ``railgraph validate`` stays fast and reports a missing model
folder or an unknown label at its line.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from railgraph.errors import RailgraphError
from railgraph.guards.base import Span, Verdict

__all__ = ["EXTRA", "ClassifierDetector", "model_path"]

EXTRA = "railgraph[classifier]"
"""The optional extra that installs what the classifier detector imports."""


def model_path(value: str, base_dir: Path | None) -> Path:
    """Where a ``model`` parameter points: ``~`` expanded, relative paths from ``base_dir``
    (the project root when a graph builds the detector, else the working directory)."""
    path = Path(value).expanduser()
    if not path.is_absolute():
        path = (base_dir or Path.cwd()) / path
    return path.resolve()


def _read_config(path: Path) -> dict[str, Any]:
    file = path / "config.json"
    try:
        found = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"model folder '{path}' has no config.json (save the model with "
                         "save_pretrained)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"cannot read '{file}': {exc}") from None
    if not isinstance(found, dict):
        raise ValueError(f"'{file}' is not a JSON object")
    return found


def _base_dir(info: ValidationInfo) -> Path | None:
    """The folder relative model paths start from: the validation context's ``base_dir``."""
    context = info.context
    base = context.get("base_dir") if isinstance(context, Mapping) else None
    return Path(base) if base else None


def _config_of(info: ValidationInfo) -> tuple[dict[str, Any] | None, Path | None]:
    """The ``config.json`` of the model already validated in ``info`` (None when it failed)."""
    value = info.data.get("model")
    if not isinstance(value, str):
        return None, None
    path = model_path(value, _base_dir(info))
    return _read_config(path), path


def _labels_of(config: Mapping[str, Any]) -> list[str]:
    id2label = config.get("id2label")
    if isinstance(id2label, Mapping) and id2label:
        return [str(id2label[k]) for k in sorted(id2label, key=lambda k: int(k))]
    count = int(config.get("num_labels") or 2)
    return [f"LABEL_{i}" for i in range(count)]


class ClassifierDetector:
    """Flags text that a local text-classification model gives a flagged label (``classifier``)."""

    name: str = "classifier"
    """Name graph definitions use for this detector."""

    class Params(BaseModel):
        """Parameters of the ``classifier`` detector in a graph definition."""

        model_config = ConfigDict(extra="forbid")

        model: str = Field(
            min_length=1,
            description="Folder of a saved text-classification model (config.json, weights, "
            "tokenizer files); a relative path starts at the project root.",
        )
        labels: dict[str, str] = Field(
            min_length=1,
            description="The model's labels that mean flagged, each mapped to the category it "
            "reports (for example {INJECTION: injection, JAILBREAK: injection}); other labels "
            "mean the text is fine.",
        )
        threshold: float = Field(
            0.5, gt=0, le=1,
            description="A flagged label counts when its probability is at least this.",
        )
        max_length: int | None = Field(
            None, ge=8,
            description="Tokens per window, special tokens included; unset: the tokenizer's "
            "limit (at most the model's position embeddings).",
        )
        overlap: int | None = Field(
            None, ge=0,
            description="Tokens neighbouring windows share; unset: a quarter of a window.",
        )
        batch_size: int = Field(8, ge=1, le=256, description="Windows scored per forward pass.")
        scores: Literal["auto", "softmax", "sigmoid"] = Field(
            "auto",
            description="How logits become probabilities: `softmax` (one label per text), "
            "`sigmoid` (independent labels); `auto` follows the model's `problem_type`.",
        )
        device: str = Field("cpu", description="Torch device: `cpu`, `cuda`, `cuda:1`, `mps`.")

        @field_validator("model")
        @classmethod
        def _model_folder(cls, value: str, info: ValidationInfo) -> str:
            path = model_path(value, _base_dir(info))
            if not path.is_dir():
                raise ValueError(f"classifier model folder '{path}' not found")
            _read_config(path)
            return value

        @field_validator("labels")
        @classmethod
        def _known_labels(cls, value: dict[str, str], info: ValidationInfo) -> dict[str, str]:
            for label, category in value.items():
                if not category.strip():
                    raise ValueError(f"label '{label}' maps to an empty category")
            config, path = _config_of(info)
            if config is not None:
                known = _labels_of(config)
                unknown = [label for label in value if label not in known]
                if unknown:
                    raise ValueError(f"'{unknown[0]}' is not a label of the model at '{path}' "
                                     f"(its labels: {', '.join(known)})")
            return value

        @field_validator("max_length")
        @classmethod
        def _within_positions(cls, value: int | None, info: ValidationInfo) -> int | None:
            config, _ = _config_of(info)
            limit = (config or {}).get("max_position_embeddings")
            if value is not None and isinstance(limit, int) and value > limit:
                raise ValueError(f"{value} is more than the model's {limit} positions")
            return value

        @field_validator("overlap")
        @classmethod
        def _less_than_half(cls, value: int | None, info: ValidationInfo) -> int | None:
            window = info.data.get("max_length")
            if value is not None and window is not None and value >= window // 2:
                raise ValueError(f"{value} must be less than half a window ({window} tokens)")
            return value

    def __init__(self, model: str, labels: Mapping[str, str], threshold: float = 0.5,
                 max_length: int | None = None, overlap: int | None = None, batch_size: int = 8,
                 scores: str = "auto", device: str = "cpu", *,
                 base_dir: Path | None = None) -> None:
        try:
            import torch
            from transformers import AutoModelForSequenceClassification, AutoTokenizer
        except ImportError as exc:
            raise RailgraphError(f"the classifier detector needs torch and transformers "
                                 f"('{exc.name}' is missing): pip install '{EXTRA}'") from None
        path = model_path(model, base_dir)
        self.path = path
        self.threshold = threshold
        self.batch_size = batch_size
        self._torch = torch
        from transformers.utils import logging as hf_logging

        bars = hf_logging.is_progress_bar_enabled()
        hf_logging.disable_progress_bar()  # a guard loading its model is no download to watch
        try:
            self._tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
            self._model = AutoModelForSequenceClassification.from_pretrained(
                str(path), local_files_only=True)
        except (OSError, ValueError) as exc:
            raise RailgraphError(f"cannot load the classifier model at '{path}': {exc}") from None
        finally:
            if bars:
                hf_logging.enable_progress_bar()
        if not getattr(self._tokenizer, "is_fast", False):
            raise RailgraphError(f"the classifier model at '{path}' has no fast tokenizer "
                                 "(tokenizer.json), which windowing long texts needs")
        self._model.to(device)
        self._model.eval()
        self._device = device
        config = self._model.config
        id2label = {int(k): str(v) for k, v in (config.id2label or {}).items()}
        self._flagged = {i: (label, labels[label]) for i, label in id2label.items()
                         if label in labels}
        missing = sorted(set(labels) - {label for label, _ in self._flagged.values()})
        if missing:
            raise RailgraphError(f"'{missing[0]}' is not a label of the model at '{path}'")
        self.categories = frozenset(labels.values())
        """Categories this detector reports (what ``railgraph eval`` tasks it serves)."""
        limit = int(getattr(config, "max_position_embeddings", 0) or 0) or 512
        tokenizer_limit = int(getattr(self._tokenizer, "model_max_length", limit) or limit)
        self.max_length = max_length or min(limit, tokenizer_limit)
        # Windows hold the text's tokens; the special tokens ([CLS] ... [SEP]) come on top.
        body = self.max_length - self._tokenizer.num_special_tokens_to_add(pair=False)
        if body < 4:
            raise RailgraphError(f"max_length {self.max_length} leaves no room for text")
        self.overlap = min(overlap if overlap is not None else body // 4, body // 2)
        self._sigmoid = scores == "sigmoid" or (
            scores == "auto" and config.problem_type == "multi_label_classification")
        # A fast tokenizer changes its truncation settings per call and is not safe to call
        # from two threads at once; the model's forward pass is.
        self._tokenize_lock = threading.Lock()

    @classmethod
    def from_params(cls, params: ClassifierDetector.Params, env: Any) -> ClassifierDetector:
        """Build from validated ``params``; relative model paths start at ``env.base_dir``."""
        return cls(**params.model_dump(), base_dir=getattr(env, "base_dir", None))

    def check(self, text: str, context: Mapping[str, Any] | None = None) -> Verdict:
        """Score ``text`` window by window; flagged when a flagged label reaches the threshold."""
        return self._classify(text, None)

    async def acheck(self, text: str, context: Mapping[str, Any] | None = None) -> Verdict:
        """Score ``text`` in a worker thread, beside the guard node's other checks.

        A forward pass takes milliseconds to seconds and releases the GIL; when another check
        blocks first, the task is cancelled and the thread stops before its next batch.
        """
        stop = threading.Event()
        try:
            return await asyncio.to_thread(self._classify, text, stop)
        except asyncio.CancelledError:
            stop.set()
            raise

    def _windows(self, text: str) -> tuple[list[list[int]], list[tuple[int, int]]]:
        """Token ids of each window (special tokens included) and the characters it covers."""
        with self._tokenize_lock:
            encoded = self._tokenizer(
                text, truncation=True, max_length=self.max_length, stride=self.overlap,
                return_overflowing_tokens=True, return_offsets_mapping=True,
                return_special_tokens_mask=True)
        windows: list[list[int]] = []
        covers: list[tuple[int, int]] = []
        for ids, offsets, special in zip(encoded["input_ids"], encoded["offset_mapping"],
                                         encoded["special_tokens_mask"], strict=True):
            spans = [o for o, s in zip(offsets, special, strict=True) if not s and o[1] > o[0]]
            windows.append(list(ids))
            covers.append((spans[0][0], spans[-1][1]) if spans else (0, len(text)))
        return windows, covers

    def _classify(self, text: str, stop: threading.Event | None) -> Verdict:
        torch = self._torch
        windows, covers = self._windows(text)
        pad = self._tokenizer.pad_token_id or 0
        best: tuple[float, str, str, int] | None = None  # score, label, category, window
        top = 0.0
        hits: list[int] = []
        for first in range(0, len(windows), self.batch_size):
            if stop is not None and stop.is_set():
                break
            batch = windows[first:first + self.batch_size]
            width = max(len(ids) for ids in batch)
            input_ids = torch.tensor([ids + [pad] * (width - len(ids)) for ids in batch],
                                     device=self._device)
            mask = torch.tensor([[1] * len(ids) + [0] * (width - len(ids)) for ids in batch],
                                device=self._device)
            with torch.inference_mode():
                logits = self._model(input_ids=input_ids, attention_mask=mask).logits.float()
            probs = (torch.sigmoid(logits) if self._sigmoid else torch.softmax(logits, -1)).cpu()
            for row, window in enumerate(range(first, first + len(batch))):
                for index, (label, category) in self._flagged.items():
                    score = float(probs[row, index])
                    top = max(top, score)
                    if score >= self.threshold:
                        if window not in hits:
                            hits.append(window)
                        if best is None or score > best[0]:
                            best = (score, label, category, window)
            if hits:
                break  # one flagged window flags the text
        if best is None:
            return Verdict(self.name, False, top, None,
                           f"no flagged label reached {self.threshold:g} (highest {top:.2f}, "
                           f"{len(windows)} window{'s' if len(windows) != 1 else ''})")
        score, label, category, window = best
        where = f" in window {window + 1} of {len(windows)}" if len(windows) > 1 else ""
        spans = tuple(Span(*covers[w], category.upper()) for w in hits) if len(windows) > 1 \
            else ()
        return Verdict(self.name, True, score, category,
                       f"model label {label} scored {score:.2f}{where}", spans)
