"""The copied-essay check over a thousand essays of about 700 words, all pairs.

Essays are made from a Vietnamese-like vocabulary with the stock phrases every essay on
one resolution repeats (the resolution's name, its slogans) taking about a sixth of each
text; then copies are planted: an essay copied with up to a fifth of its words changed.

Printed: the whole check as the program runs it (the event's essays read from the
database, compared, the flags written) against the raw limit measured in the same run —
folding every word and hashing every four-word run once, which any comparison of word
sequences must at least do; recall on the planted copies and the share of independent
essays wrongly flagged. Goals: under 30 s, recall ≥ 95 %, false flags ≤ 1 %.

Run: uv run python benchmarks/bench_essays.py [--essays 1000] [--copies 50] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core import essays, events, invitations  # noqa: E402
from desktop.core.demo import fill_demo  # noqa: E402
from desktop.core.essay_similarity import SHINGLE, _WORD  # noqa: E402
from desktop.core.units import load_tree  # noqa: E402
from desktop.core.vntext import fold  # noqa: E402
from desktop.db.engine import Database  # noqa: E402

SYLLABLES = ("an anh ba bác bản các cao cho chủ công của dân đảng đạo đến điều đoàn đồng được gia giáo hành học hội "
             "hướng khi kiến làm lãnh liên lực mạnh mình mới năng nghị nhân nhiều những phát phong quân quyết sách "
             "sinh tài tâm tập thanh thế thi thực tỉnh toàn triển trong trường tuổi văn việc viên xã xây").split()
STOCK = ["Nghị quyết Đại hội Đảng bộ tỉnh lần thứ mười hai nhiệm kỳ hai không hai năm",
         "phát huy vai trò xung kích sáng tạo của tuổi trẻ", "xây dựng quê hương ngày càng giàu đẹp văn minh",
         "học tập và làm theo tư tưởng đạo đức phong cách Hồ Chí Minh", "đoàn viên thanh niên trong giai đoạn mới",
         "chuyển đổi số và khởi nghiệp đổi mới sáng tạo", "nâng cao chất lượng sinh hoạt chi đoàn",
         "tham gia bảo vệ nền tảng tư tưởng của Đảng"]


def make_texts(count: int, copies: int, rng: random.Random) -> tuple[dict[str, str], set[frozenset[str]]]:
    vocabulary = [a + b for a in SYLLABLES for b in SYLLABLES]
    texts = {}
    for index in range(count):
        words: list[str] = []
        while len(words) < 700:
            if rng.random() < 0.15:
                words += rng.choice(STOCK).split()
            else:
                words += [rng.choice(vocabulary) for _ in range(rng.randint(8, 16))]
        texts[f"e{index}"] = " ".join(words)
    planted = set()
    for index, source in enumerate(rng.sample(sorted(texts), copies)):
        words = texts[source].split()
        for position in rng.sample(range(len(words)), int(len(words) * rng.uniform(0.05, 0.20))):
            words[position] = rng.choice(vocabulary)
        texts[f"c{index}"] = " ".join(words)
        planted.add(frozenset((source, f"c{index}")))
    return texts, planted


def raw_limit(texts: dict[str, str]) -> float:
    start = time.perf_counter()
    for text in texts.values():
        words = [fold(w) for w in _WORD.findall(text)]
        {hash(" ".join(words[i:i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)}
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--essays", type=int, default=1000)
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    rng = random.Random(2026)
    texts, planted = make_texts(args.essays, args.copies, rng)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        path = workdir / f"essays_{len(texts)}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        db = Database(path)
        fill_demo(db, len(texts) + 100)
        tree = load_tree(db)
        plan = events.EventPlan(title="Học tập Nghị quyết (đo tốc độ bài thu hoạch)", kind="study_conference",
                                organiser_unit_id=tree.by_code("TV-CN").id)
        event_id = events.save_event_plan(db, plan)
        with db.engine.connect() as conn:
            member_ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM members ORDER BY sort_key")]
        invitations.invite_members(db, event_id, member_ids[:len(texts)])
        essay_of: dict[str, str] = {}
        folder = workdir / "essays"
        folder.mkdir(exist_ok=True)
        start = time.perf_counter()
        for member_id, (key, text) in zip(member_ids, texts.items()):
            file = folder / f"{key}.txt"
            file.write_text(text, encoding="utf-8")
            essay_of[essays.add_essay(db, event_id, member_id, file, received_on=date(2026, 12, 15))] = key
        print(f"{len(texts)} essays of about 700 words recorded in {time.perf_counter() - start:.1f} s "
              f"({args.copies} planted copies with 5–20 % of their words changed)")

        raw = raw_limit(texts)
        start = time.perf_counter()
        flags = essays.run_similarity(db, event_id)
        ours = time.perf_counter() - start
        found = {frozenset((essay_of[f.essay_a], essay_of[f.essay_b])) for f in flags}
        recall = len(found & planted) / len(planted)
        wrong = found - planted
        independent = len(texts) - args.copies
        wrongly_flagged = {key for pair in wrong for key in pair}
        print(f"raw limit (fold every word, hash every {SHINGLE}-word run once): {raw:.2f} s")
        print(f"similarity check, all pairs: {ours:.2f} s (goal < 30 s); ratio to raw {ours / raw:.2f}")
        print(f"recall on planted copies {recall:.1%} (goal ≥ 95 %); false flags {len(wrong)} pairs, "
              f"{len(wrongly_flagged) / independent:.2%} of independent essays (goal ≤ 1 %)")
        db.dispose()


if __name__ == "__main__":
    main()
