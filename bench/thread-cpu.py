#!/usr/bin/env python3
"""CPU time of a process's threads by name (digits folded), from /proc, per search (bench/README.md, stop 54).
python3 bench/thread-cpu.py snap PID before.json     (then the load)
python3 bench/thread-cpu.py snap PID after.json
python3 bench/thread-cpu.py diff before.json after.json SEARCHES
Linux keeps 15 characters of a thread's name ("http-thread-poo" is Payara's request threads, "C# CompilerThre" the
JIT compilers, "GC Thread##" the collector's). A thread that ended between the two readings is not counted."""
import collections
import json
import os
import re
import sys

if sys.argv[1] == 'snap':
    pid = sys.argv[2]
    ticks = {}
    for tid in os.listdir('/proc/%s/task' % pid):
        try:
            stat = open('/proc/%s/task/%s/stat' % (pid, tid)).read()
        except OSError:
            continue
        fields = stat[stat.rindex(')') + 2:].split()
        ticks[tid] = [stat[stat.index('(') + 1:stat.rindex(')')], int(fields[11]) + int(fields[12])]
    json.dump(ticks, open(sys.argv[3], 'w'))
else:
    before, after = json.load(open(sys.argv[2])), json.load(open(sys.argv[3]))
    searches = float(sys.argv[4])
    groups = collections.Counter()
    for tid, (name, ticks) in after.items():
        groups[re.sub(r'\d+', '#', name)] += ticks - (before[tid][1] if tid in before else 0)
    total = sum(groups.values())
    print('total %.1f ms CPU a search (%d searches)' % (total * 10 / searches, searches))
    for name, ticks in groups.most_common(15):
        if ticks:
            print('%7.2f ms %5.1f%%  %s' % (ticks * 10 / searches, 100.0 * ticks / max(total, 1), name))
