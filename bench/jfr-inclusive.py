#!/usr/bin/env python3
"""Inclusive execution-sample shares inside SearchService.search: for each pattern (a substring of
"package.Class.method"), the share of the search's samples with that pattern anywhere on the stack. Samples under
LanguageWords' one-time reading of the library's words are left out (the first search of a JVM pays it).
jfr print --json --stack-depth 96 --events jdk.ExecutionSample x.jfr > x.json
python3 bench/jfr-inclusive.py x.json [more.json ...]      (bench/README.md, stop 52)"""
import collections
import json
import sys

PATTERNS = ['SpellingFolding', 'SynonymGraphFilter', 'LanguageWords.rateEitherSpelling', 'FacetSearcher.correction',
            'Speller.correction', 'LibrarySpelling', 'HybridRanking', 'SentenceEncoder', 'QueryInterpreter',
            'QueryBuilder', 'CountedThenRanked.search', 'WordsAtOnce', 'BooleanScorer', 'MaxScoreBulkScorer',
            'FacetCounts', 'KnnFloatVectorQuery', 'HnswGraphSearcher', 'OneRanking.byWords', 'TopicWords',
            'ListedHits', 'Snippets.forHits']



def shares(paths, root, patterns):
    """(samples with root on the stack, Counter of the patterns among them), LanguageWords' reading left out."""
    counts = collections.Counter()
    inside = 0
    for path in paths:
        for event in json.load(open(path))['recording']['events']:
            stack = event['values'].get('stackTrace')
            if not stack:
                continue
            names = [f['method']['type']['name'].replace('/', '.') + '.' + f['method']['name']
                     for f in stack['frames']]
            if not any(root in n for n in names):
                continue
            if any('LanguageWords.of' in n or 'LanguageWords$Cache' in n for n in names):
                continue
            inside += 1
            for pattern in patterns:
                if any(pattern in n for n in names):
                    counts[pattern] += 1
    return inside, counts


if __name__ == '__main__':
    inside, counts = shares(sys.argv[1:], 'SearchService.search', PATTERNS)
    print('samples inside SearchService.search', inside)
    for pattern in PATTERNS:
        print('%6d %5.1f%% %s' % (counts[pattern], 100.0 * counts[pattern] / max(inside, 1), pattern))
