"""Write the check-in station's beeps (ok.wav, warn.wav, error.wav) next to this script.

Run once when a tone changes: ``uv run python resources/sounds/make_sounds.py``; the WAV
files it writes are committed with it. Standard library only. The three are told apart
by ear without looking: one short high tone when a member is checked in, two middle
tones when the officer has to look (already checked in, not on the list), a long low
falling pair when the card is refused.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
VOLUME = 0.45
FADE_SECONDS = 0.008  # a few milliseconds of fade at each end, so no click is heard

# Each sound is a list of (frequency in Hz, seconds); a frequency of 0 is a pause.
SOUNDS: dict[str, list[tuple[float, float]]] = {
    "ok": [(1318.5, 0.12)],
    "warn": [(880.0, 0.11), (0, 0.06), (880.0, 0.11)],
    "error": [(440.0, 0.18), (0, 0.04), (329.6, 0.28)],
}


def tone(frequency: float, seconds: float) -> list[int]:
    count = int(RATE * seconds)
    fade = max(1, int(RATE * FADE_SECONDS))
    samples = []
    for i in range(count):
        envelope = min(1.0, i / fade, (count - 1 - i) / fade)
        value = math.sin(2 * math.pi * frequency * i / RATE) if frequency else 0.0
        samples.append(int(32767 * VOLUME * envelope * value))
    return samples


def write_sound(path: Path, parts: list[tuple[float, float]]) -> None:
    samples = [sample for frequency, seconds in parts for sample in tone(frequency, seconds)]
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))


def main() -> None:
    folder = Path(__file__).resolve().parent
    for name, parts in SOUNDS.items():
        write_sound(folder / f"{name}.wav", parts)
        print(folder / f"{name}.wav")


if __name__ == "__main__":
    main()
