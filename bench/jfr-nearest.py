#!/usr/bin/env python3
"""Execution samples of a Java Flight Recorder file, each given to the nearest frame of the portal's own code:
jfr print --json --stack-depth 64 --events jdk.ExecutionSample x.jfr > x.json; python3 bench/jfr-nearest.py x.json
(bench/suite-times.md, stop 47)."""
import collections
import json
import sys

data = json.load(open(sys.argv[1]))
nearest = collections.Counter()
samples = 0
for event in data['recording']['events']:
    stack = event['values'].get('stackTrace')
    if not stack:
        continue
    samples += 1
    name = '(none in the recorded frames)'
    for frame in stack['frames']:
        method = frame['method']
        kind = method['type']['name']
        if kind.startswith('org/kmbportal') and '$$Lambda' not in kind:
            name = kind + '.' + method['name']
            break
    nearest[name] += 1
print('samples', samples)
for name, count in nearest.most_common(30):
    print('%6d %5.1f%% %s' % (count, 100.0 * count / samples, name))
