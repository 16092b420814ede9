#!/usr/bin/env python3
"""Inclusive execution-sample shares inside MatchingService.matchWithCollections (stop 60): for each pattern (a
substring of "package.Class.method"), the share of the match's samples with that pattern anywhere on the stack.
Samples under LanguageWords' one-time reading of the library's words are left out.
jfr print --json --stack-depth 128 --events jdk.ExecutionSample x.jfr > x.json
python3 bench/jfr-match.py x.json [more.json ...] [-- extra patterns ...]"""
import importlib.util
import os
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
# The counting is jfr-inclusive.py's, rooted at the match instead of the search.
spec = importlib.util.spec_from_file_location('jfr_inclusive', os.path.join(os.path.dirname(__file__),
                                                                            'jfr-inclusive.py'))
sys.dont_write_bytecode = True
inclusive = importlib.util.module_from_spec(spec)
spec.loader.exec_module(inclusive)
inside, counts = inclusive.shares(files, 'MatchingService.matchWithCollections', PATTERNS)
print(f'{inside} samples inside MatchingService.matchWithCollections')
for pattern in PATTERNS:
    print(f'{100.0 * counts[pattern] / max(1, inside):6.1f}%  {pattern}')
