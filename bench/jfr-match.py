#!/usr/bin/env python3
"""Inclusive execution-sample shares inside MatchingService.matchWithCollections (stop 60): for each pattern (a
substring of "package.Class.method"), the share of the match's samples with that pattern anywhere on the stack.
Samples under LanguageWords' one-time reading of the library's words are left out.
jfr print --json --stack-depth 128 --events jdk.ExecutionSample x.jfr > x.json
python3 bench/jfr-match.py x.json [more.json ...] [-- extra patterns ...]"""
import collections
import json
import sys

PATTERNS = ['ChallengeRelevance.of', 'ChallengeRelevance.withSentences', 'ChallengeSearch.relevance',
            'SentenceScoresAmong.of', 'ChallengeSearch.best', 'SentenceScoresAmong.bestAmong',
            'SentenceScoresAmong.withCollectionItems', 'CountedThenRanked.best', 'CountedThenRanked.picked',
            'QueryRescorer.rescore', 'SentenceEncoder', 'HybridRanking.nearest', 'HnswGraphSearcher',
            'ChallengeScores.addCollections', 'ChallengeScores.ids', 'ChallengeScores.addMeaning',
            'CommonWords.without', 'QueryInterpreter.interpret', 'DistinctiveWords', 'ChallengeRelevance.fitting',
            'ChallengeRelevance.withoutNoProblems', 'Ranker.rank', 'Ranker.named', 'MatchingService.matches',
            'ChallengeSearch.titles', 'ChallengeSearch.namedTopics', 'ChallengeSearch.usedTopics',
            'MaxScoreBulkScorer', 'WANDScorer', 'BooleanScorer', 'DisjunctionMaxScorer', 'TermScorer',
            'SearchIndex.withSearcher', 'FacetSearcher.relevance']
args = sys.argv[1:]
files = args[:args.index('--')] if '--' in args else args
if '--' in args:
    PATTERNS += args[args.index('--') + 1:]
counts = collections.Counter()
inside = 0
for path in files:
    for event in json.load(open(path))['recording']['events']:
        stack = event['values'].get('stackTrace')
        if not stack:
            continue
        names = [f['method']['type']['name'].replace('/', '.') + '.' + f['method']['name'] for f in stack['frames']]
        if not any('MatchingService.matchWithCollections' in n for n in names):
            continue
        if any('LanguageWords.of' in n or 'LanguageWords$Cache' in n for n in names):
            continue
        inside += 1
        for pattern in PATTERNS:
            if any(pattern in n for n in names):
                counts[pattern] += 1
print(f'{inside} samples inside MatchingService.matchWithCollections')
for pattern in PATTERNS:
    print(f'{100.0 * counts[pattern] / max(1, inside):6.1f}%  {pattern}')
