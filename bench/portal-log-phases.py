#!/usr/bin/env python3
"""The records of a Payara Micro log that say where a portal's start-up or stop went, in seconds from the log's first
record: python3 bench/portal-log-phases.py target/portal-logs/crash-*.log (bench/suite-times.md, stop 47)."""
import datetime
import re
import sys

RECORD = re.compile(r'\[(\d{4}-\d\d-\d\dT[\d:.]+)\+0000\] \[[^\]]*\] \[[^\]]*\] \[[^\]]*\] \[[^\]]*\] '
                    r'\[tid: [^\]]*\] \[timeMillis: \d+\] \[levelValue: \d+\] ((?:.|\n){0,220})')
KEYS = ('ready in', 'KMb Portal', 'Search index', 'Import', 'model', 'Deploy', 'deploy', 'Loading application',
        'schema', 'Migrat', 'Payara Micro URLs', 'stopped', 'Shutdown', 'shutdown', 'Stopp', 'Undeploy',
        'Disabled Phone', 'startup time', 'glassfish-web', 'rebuild', 'Rebuild', 'Library')

for path in sys.argv[1:]:
    text = re.sub(r'\x1b\[[0-9;]*m', '', open(path, errors='replace').read())
    first = None
    print('==', path)
    for stamp, message in RECORD.findall(text):
        when = datetime.datetime.fromisoformat(stamp)
        first = first or when
        message = message.split('\n\n[')[0].replace('\n', ' ').replace('[[', '').strip()
        if any(k in message for k in KEYS):
            print('%7.1f %s %s' % ((when - first).total_seconds(), stamp[11:19], message[:150]))
