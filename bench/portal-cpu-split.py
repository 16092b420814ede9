#!/usr/bin/env python3
"""Where a portal's request threads spend their CPU outside SearchService.search (bench/README.md, stop 54).
Execution samples of a JFR recording of the portal, split by thread, and the samples of Payara's request threads
(http-thread-pool) by part: inside SearchService.search (anywhere on the stack), else by the innermost frame that is
not the JDK's (Jersey, Grizzly, the web container, Weld, Yasson, Soteria, the portal's filters and resource).
jfr print --json --stack-depth 200 --events jdk.ExecutionSample x.jfr > x.json
python3 bench/portal-cpu-split.py x.json [more.json ...]"""
import collections
import json
import re
import sys

PARTS = [  # (label, substrings of package.Class.method); the first part a frame matches, innermost frame first
    ('json: Yasson/JSON-B writing', ['org.eclipse.yasson', 'jakarta.json', 'org.glassfish.json', 'org.eclipse.parsson']),
    ('answer: SearchJson.result', ['SearchJson.result', 'SearchJson.hits']),
    ('signal: SearchPerformed fired and queued', ['SearchPerformed', 'PendingSignals', 'SearchSignalObserver']),
    ('resource: SearchResource (parameters, filters)', ['org.kmbportal.search.api.']),
    ('security: Soteria, JASPIC', ['org.glassfish.soteria', 'jaspic', 'com.sun.enterprise.security',
                                   'org.kmbportal.accounts.PortalAuthentication']),
    ('filters: the portal\'s servlet filters', ['org.kmbportal.web.', 'org.kmbportal.accounts.web.']),
    ('weld: CDI proxies, contexts, interceptors', ['org.jboss.weld', 'org.glassfish.weld']),
    ('jersey: JAX-RS, HK2', ['org.glassfish.jersey', 'org.jvnet.hk2', 'org.glassfish.hk2']),
    ('web container (Catalina)', ['org.apache.catalina', 'org.apache.coyote', 'com.sun.enterprise.web',
                                  'org.glassfish.web']),
    ('grizzly: HTTP parsing and I/O', ['org.glassfish.grizzly']),
]
SEARCH = 'org.kmbportal.search.SearchService.search'

threads = collections.Counter()
parts = collections.Counter()
others = collections.Counter()
for path in sys.argv[1:]:
    for event in json.load(open(path))['recording']['events']:
        values = event['values']
        stack = values.get('stackTrace')
        thread = (values.get('sampledThread') or {}).get('javaName') or '?'
        threads[re.sub(r'\d+', '#', thread)] += 1
        if not stack or 'http-thread-pool' not in thread:
            continue
        names = [f['method']['type']['name'].replace('/', '.') + '.' + f['method']['name'] for f in stack['frames']]
        if any(SEARCH in n for n in names):
            parts['search: SearchService.search'] += 1
            continue
        part = next((label for n in names for label, patterns in PARTS if any(p in n for p in patterns)), None)
        if part is None:
            part = 'other (JDK, Payara)'
            others[names[0] if names else '?'] += 1
        parts[part] += 1
total = sum(threads.values())
print('all samples', total)
for name, count in threads.most_common(12):
    print('%6d %5.1f%% %s' % (count, 100.0 * count / total, name))
requests = sum(parts.values())
print('request-thread samples', requests)
for name, count in parts.most_common():
    print('%6d %5.1f%% %s' % (count, 100.0 * count / max(requests, 1), name))
for name, count in others.most_common(5):
    print('       other: %d %s' % (count, name))
