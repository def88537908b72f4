"""The shipped sentence encoder: int8 ONNX transformer run by onnxruntime, `tokenizers` input."""

from __future__ import annotations

import importlib.util
import json
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from noc_letter.resources import resource_path

ENCODER_DIR = "encoder"
MODEL_FILE = "model_int8.onnx"


class SentenceEncoder:
    """Text → L2-normalised meaning vector (mean pooling over the attention mask).

    Files in `folder` (see resources/encoder/README.md): the int8 ONNX model, the tokenizer in
    the `tokenizers` library's format and `encoder.json` (truncation length, pooling).
    """

    def __init__(self, folder: Path, threads: int = 1) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        settings = json.loads((folder / "encoder.json").read_text(encoding="utf-8"))
        self.max_length = int(settings["max_length"])
        self.settings = settings
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(self.max_length)
        self.tokenizer.no_padding()
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        # Basic graph optimisations: the session opens in 0.06 s instead of 0.11–0.18 s and
        # runs no slower here (2.9 ms a duty against 3.3 ms with every optimisation).
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
        self.session = ort.InferenceSession(
            str(folder / MODEL_FILE), options, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self.session.get_inputs()}
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dims) float32 unit vectors; an empty text gets the [CLS][SEP] vector.

        One text per model run: the int8 model quantises its activations with one scale per
        run, so a text batched with others (and their padding) would get a slightly different
        vector than alone, and a duty's reading would depend on its neighbours in the letter.
        """
        out = [self._batch([text]) for text in texts]
        return np.concatenate(out) if out else np.zeros((0, 0), np.float32)

    def embed_one(self, text: str) -> np.ndarray:
        """The unit vector of one text."""
        return self._batch([text])[0]

    def _batch(self, texts: Sequence[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch([str(t) for t in texts])
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(texts), width), np.int64)
        mask = np.zeros((len(texts), width), np.int64)
        for row, enc in enumerate(encodings):
            ids[row, : len(enc.ids)] = enc.ids
            mask[row, : len(enc.ids)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        with self._lock:
            hidden = self.session.run(None, feeds)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(1) / np.maximum(weights.sum(1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


def bundled_encoder_dir() -> Path:
    """The folder of the shipped encoder (may be missing in a stripped install)."""
    return resource_path(ENCODER_DIR)


def encoder_available(folder: Path | None = None) -> bool:
    """True when the encoder's files and the onnxruntime and tokenizers packages are there.

    Only looks (importing onnxruntime takes 0.1 s: that happens on the loading thread)."""
    folder = folder or bundled_encoder_dir()
    if not (folder / MODEL_FILE).is_file() or not (folder / "tokenizer.json").is_file():
        return False
    return all(importlib.util.find_spec(name) for name in ("onnxruntime", "tokenizers"))


class Loading:
    """A value made on a background thread; `get(wait)` returns it, or None while it loads.

    A failure to load is kept (`error`) and the value stays None: the app goes on with the
    channels it has.
    """

    def __init__(self, make: Callable[[], object]) -> None:
        self._make = make
        self._done = threading.Event()
        self._value = None
        self.error: BaseException | None = None
        threading.Thread(target=self._run, name="encoder-load", daemon=True).start()

    def _run(self) -> None:
        try:
            self._value = self._make()
        except Exception as exc:  # noqa: BLE001 - any load failure leaves the lexical channel
            self.error = exc
        self._done.set()

    @property
    def ready(self) -> bool:
        """True once loading has finished (with a value or an error)."""
        return self._done.is_set()

    def get(self, wait: bool = True, timeout: float | None = None):
        """The value; with `wait`, blocks until loading ends (None if it failed)."""
        if wait:
            self._done.wait(timeout)
        return self._value if self._done.is_set() else None
