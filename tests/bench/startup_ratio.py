#!/usr/bin/env python3
"""Start-up ratio of acupoint-atlas to the empty-window baseline (docs/performance.md).

Runs `acupoint-atlas --screenshot` and `acu_empty_window` in turns, in a random order each
turn, so that a machine whose speed drifts during the run slows both alike and neither
always follows the other. Prints each program's median wall time, their ratio, and a 90%
bootstrap interval of the ratio. The screenshots go to a RAM disk where there is one, so
that the disk (and its discards when a file is rewritten) is not part of the measure.
Usage: startup_ratio.py BUILD_DIR [RUNS]
"""
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time


def ratio_interval(app: list, empty: list, rounds: int = 2000) -> tuple:
    """A 90% bootstrap interval of median(app) / median(empty), resampling whole turns."""
    rng = random.Random(7)
    ratios = []
    for _ in range(rounds):
        turns = [rng.randrange(len(app)) for _ in app]
        ratios.append(statistics.median(app[i] for i in turns) / statistics.median(empty[i] for i in turns))
    ratios.sort()
    return ratios[int(0.05 * rounds)], ratios[int(0.95 * rounds)]


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    build = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    ram_disk = "/dev/shm" if os.path.isdir("/dev/shm") else None
    with tempfile.TemporaryDirectory(dir=ram_disk) as out:
        programs = {
            "acupoint-atlas --screenshot": [os.path.join(build, "bin", "acupoint-atlas"), "--screenshot",
                                            os.path.join(out, "app.png")],
            "empty window": [os.path.join(build, "tests", "bench", "acu_empty_window"), os.path.join(out, "empty.png")],
        }
        times = {name: [] for name in programs}
        order = list(programs)
        for turn in range(runs + 3):  # the first three warm the caches
            random.shuffle(order)
            for name in order:
                start = time.perf_counter()
                subprocess.run(programs[name], env=env, check=True, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
                if turn >= 3:
                    times[name].append((time.perf_counter() - start) * 1000)
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, median in medians.items():
        print(f"{name:28s} median {median:6.1f} ms over {runs} runs")
    app, empty = times["acupoint-atlas --screenshot"], times["empty window"]
    low, high = ratio_interval(app, empty)
    print(f"ratio {statistics.median(app) / statistics.median(empty):.3f} (90% interval {low:.3f}-{high:.3f}; "
          f"budget 1.3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
