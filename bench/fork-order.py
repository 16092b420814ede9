# How long the H2 run of in-server and browser classes (or the unit phase) would take on two test JVMs, from one whole
# run's log, in the order the classes were handed out (the "Running" lines) and longest first: bench/suite-times.md,
# stop 45.
# python3 bench/fork-order.py /tmp/v44.log [forks] [h2|unit]
# Failsafe gives a free fork the next class of its list; the class's time is taken as its own (its reruns added), so
# the figures leave out what moving a class changes (which class pays a shared portal's boot, the other fork's load).
import heapq, random, re, statistics, sys

log = open(sys.argv[1], encoding='utf-8', errors='replace').read().splitlines()
forks = int(sys.argv[2]) if len(sys.argv) > 2 else 2
phase = sys.argv[3] if len(sys.argv) > 3 else 'h2'
first, after = ('(default-test)', 'maven-war-plugin') if phase == 'unit' else ('(tests-on-h2)', '(tests-on-postgresql)')
start = next(i for i, line in enumerate(log) if first in line)
end = next(i for i, line in enumerate(log) if i > start and after in line)
order, seconds = [], {}
for line in log[start:end]:
    running = re.search(r'Running (\S+)', line)
    if running and running.group(1) not in order:
        order.append(running.group(1))
    done = re.search(r'Time elapsed: ([0-9.]+) s.* in (\S+)', line)
    if done:
        seconds[done.group(2)] = seconds.get(done.group(2), 0.0) + float(done.group(1))


def run(classes):
    """Each fork's end, the classes handed to a fork as soon as it is free."""
    free = [(0.0, fork) for fork in range(forks)]
    ends = [0.0] * forks
    for name in classes:
        at, fork = heapq.heappop(free)
        ends[fork] = at + seconds[name]
        heapq.heappush(free, (ends[fork], fork))
    return ends


def show(what, classes):
    ends = run(classes)
    print(f'{what:34s} {max(ends):7.1f} s (forks end at {", ".join(f"{e:.1f}" for e in ends)};'
          f' the first free waits {max(ends) - min(ends):.1f} s)')


total = sum(seconds.values())
print(f'{len(order)} classes, {total:.1f} s of class time: {total / forks:.1f} s per fork at best')
show('as in the log (filesystem order)', order)
show('alphabetical', sorted(order))
show('longest first', sorted(order, key=lambda name: -seconds[name]))
shuffled = random.Random(45)
ends = []
for _ in range(5000):
    classes = order[:]
    shuffled.shuffle(classes)
    ends.append(max(run(classes)))
ends.sort()
print(f'{"any order (5,000 shuffles)":34s} median {statistics.median(ends):.1f} s, 90th percentile'
      f' {ends[int(len(ends) * 0.9)]:.1f} s, worst {ends[-1]:.1f} s')
