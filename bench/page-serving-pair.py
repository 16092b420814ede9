# The same pages from two running portals, alternately (so both pay the same load), several rounds: bench/suite-times.md, stop 43.
# python3 bench/page-serving-pair.py http://127.0.0.1:8561/,http://127.0.0.1:8562/ 80 6   (pages crawled from the first portal; rounds)
import sys, time, urllib.request, urllib.parse, re, collections, random
bases = sys.argv[1].split(',')       # e.g. http://127.0.0.1:8561/,http://127.0.0.1:8562/
npages = int(sys.argv[2]); rounds = int(sys.argv[3])
def get(base, path, lang):
    req = urllib.request.Request(urllib.parse.urljoin(base, path), headers={'Accept-Language': lang})
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            body = r.read(); status = r.status; ctype = r.headers.get('Content-Type', '')
    except urllib.error.HTTPError as e:
        body = e.read(); status = e.code; ctype = ''
    return time.perf_counter() - t, status, ctype, body
# crawl from the first portal
seen = set(); queue = collections.deque(['/', '/search?q=evaluation', '/search?q=mentorat']); pages = []
while queue and len(pages) < npages:
    p = queue.popleft()
    if p in seen: continue
    seen.add(p)
    dt, st, ct, body = get(bases[0], p, 'en')
    if st != 200 or 'html' not in ct: continue
    pages.append(p)
    for h in re.findall(r'href="([^"#]+)"', body.decode('utf-8', 'replace')):
        h = h.replace('&amp;', '&')
        if h.startswith('/') and not h.startswith('//') and not h.startswith('/api') and not re.search(r'\.(css|js|png|svg|ico|woff2?)(\?|$)', h) and 'citation' not in h and 'signout' not in h and 'sign-out' not in h:
            queue.append(h)
print(len(pages), 'pages', flush=True)
for r in range(rounds):
    tot = [0.0] * len(bases)
    for i, p in enumerate(pages):
        order = list(range(len(bases)))
        if i % 2: order.reverse()
        for k in order:
            for lang in ('en', 'fr'):
                dt, st, ct, body = get(bases[k], p, lang)
                tot[k] += dt
    print('round', r + 1, ' '.join('%s %.1f s' % (bases[k], tot[k]) for k in range(len(bases))), 'load', open('/proc/loadavg').read().split()[0], flush=True)
