import Benchmark
import FactDiff
import Foundation

// One iteration is one pass over the whole input (the 2,330 articles of the
// corpus's 798 stories, or the one long story): wall clock, throughput
// (passes per second), peak resident memory and mallocs are per pass, as
// package-benchmark measures them; `articles/s` and `KB/s` are the same pass
// in articles and in kilobytes (1,000 bytes) of article files per second.
// Allocations per article: mallocCountTotal divided by the articles of the
// pass (printed at the start of a run).

let articlesPerSecond = BenchmarkMetric.custom("articles/s", polarity: .prefersLarger, useScalingFactor: false)
let kilobytesPerSecond = BenchmarkMetric.custom("KB/s", polarity: .prefersLarger, useScalingFactor: false)

func configuration(iterations: Int = 5, seconds: Int = 20) -> Benchmark.Configuration {
    .init(
        metrics: [.wallClock, .cpuUser, .throughput, .peakMemoryResident, .mallocCountTotal,
                  articlesPerSecond, kilobytesPerSecond],
        timeUnits: .milliseconds,
        warmupIterations: 1,
        scalingFactor: .one,
        maxDuration: .seconds(seconds),
        maxIterations: iterations
    )
}

/// Runs `body` once and records articles/s and KB/s for it.
func measured(_ benchmark: Benchmark, _ workload: Workload, _ body: () throws -> Void) rethrows {
    let start = ContinuousClock.now
    try body()
    report(benchmark, workload, ContinuousClock.now - start)
}

func measured(_ benchmark: Benchmark, _ workload: Workload, _ body: () async throws -> Void) async rethrows {
    let start = ContinuousClock.now
    try await body()
    report(benchmark, workload, ContinuousClock.now - start)
}

func report(_ benchmark: Benchmark, _ workload: Workload, _ elapsed: Duration) {
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    guard seconds > 0 else { return }
    benchmark.measurement(articlesPerSecond, Int((Double(workload.articles) / seconds).rounded()))
    benchmark.measurement(kilobytesPerSecond, Int((Double(workload.bytes) / 1_000 / seconds).rounded()))
}

func note(_ line: String) {
    FileHandle.standardError.write(Data("FactDiffBenchmarks: \(line)\n".utf8))
}

let benchmarks: @Sendable () -> Void = {
    guard CorpusLocation.isPresent else {
        note("no corpus at \(CorpusLocation.path) (set FACTDIFF_CORPUS); skipping every benchmark")
        return
    }

    // Stage by stage, over the 798 corpus stories, one story after another
    // on one core; each stage is given the precomputed outputs of the stages
    // before it.

    Benchmark("ingest: BatchInput.read corpus", configuration: configuration()) { (benchmark: Benchmark, workload: Workload) in
        measured(benchmark, workload) {
            blackHole(BatchInput.read(paths: [CorpusLocation.path]))
        }
    } setup: {
        Prepared.workload
    }

    Benchmark("segment: SentenceSplitter corpus", configuration: configuration()) { (benchmark: Benchmark, stories: [Story]) in
        measured(benchmark, Prepared.workload) {
            for story in stories {
                for (index, article) in story.articles.enumerated() {
                    blackHole(SentenceSplitter.sentences(of: article, articleIndex: index))
                }
            }
        }
    } setup: {
        Prepared.stories
    }

    Benchmark("extract: MentionExtraction corpus", configuration: configuration()) { (benchmark: Benchmark, sentences: [[[Sentence]]]) in
        measured(benchmark, Prepared.workload) {
            for (story, sentences) in zip(Prepared.stories, sentences) {
                for (article, sentences) in zip(story.articles, sentences) {
                    blackHole(
                        MentionExtraction.mentions(
                            in: sentences, context: ExtractionContext(published: article.published)))
                }
            }
        }
    } setup: {
        Prepared.sentences
    }

    Benchmark("align: SentenceAligner corpus", configuration: configuration()) { (benchmark: Benchmark, sentences: [[[Sentence]]]) in
        let aligner = SentenceAligner()
        measured(benchmark, Prepared.workload) {
            for story in sentences {
                blackHole(aligner.alignment(story))
            }
        }
    } setup: {
        // The lexicon is read on first use; not part of the stage.
        _ = SentenceAligner().alignment(Prepared.sentences[0])
        return Prepared.sentences
    }

    Benchmark("compare: ConflictDetector corpus", configuration: configuration()) { (benchmark: Benchmark, alignments: [(groups: [Alignment], otherFacts: [Alignment], nearMisses: [Alignment])]) in
        let detector = ConflictDetector()
        measured(benchmark, Prepared.workload) {
            for (index, story) in Prepared.stories.enumerated() {
                blackHole(
                    detector.conflicts(
                        articles: story.articles, sentences: Prepared.sentences[index],
                        mentions: Prepared.mentions[index], alignments: alignments[index].groups,
                        nearMisses: alignments[index].nearMisses))
            }
        }
    } setup: {
        _ = Prepared.mentions
        return Prepared.alignments
    }

    Benchmark("group: StoryGrouper flat corpus", configuration: configuration()) { (benchmark: Benchmark, loose: [Article]) in
        measured(benchmark, Prepared.workload) {
            blackHole(StoryGrouper().group(loose))
        }
    } setup: {
        Prepared.loose
    } teardown: {
        Prepared.removeFlatFolder()
    }

    Benchmark("report: JSONReport corpus", configuration: configuration()) { (benchmark: Benchmark, outcome: BatchOutcome) in
        try measured(benchmark, Prepared.workload) {
            blackHole(try JSONReport.render(outcome))
        }
    } setup: {
        Prepared.outcome
    }

    Benchmark("report: HTMLReport corpus", configuration: configuration()) { (benchmark: Benchmark, outcome: BatchOutcome) in
        try measured(benchmark, Prepared.workload) {
            for analysis in outcome.stories {
                blackHole(try HTMLReport.render(analysis))
            }
        }
    } setup: {
        Prepared.outcome
    }

    // End to end, as `factdiff check --format json` runs after parsing its
    // arguments: read, group, check (stories in parallel, one task per
    // core) and render the JSON report.

    Benchmark("end to end: check corpus stories", configuration: configuration()) { (benchmark: Benchmark, workload: Workload) in
        try await measured(benchmark, workload) {
            let outcome = await BatchChecker().check(BatchInput.read(paths: [CorpusLocation.path]))
            blackHole(try JSONReport.render(outcome))
        }
    } setup: {
        Prepared.workload
    }

    Benchmark("end to end: check corpus flat", configuration: configuration()) { (benchmark: Benchmark, folder: String) in
        try await measured(benchmark, Prepared.workload) {
            let outcome = await BatchChecker().check(BatchInput.read(paths: [folder]))
            blackHole(try JSONReport.render(outcome))
        }
    } setup: {
        _ = Prepared.workload
        return Prepared.flatFolder
    } teardown: {
        Prepared.removeFlatFolder()
    }

    // `factdiff compare --format json` on one story of ten articles of about
    // 2,000 words, with every core on the one story as `compare` has.
    Benchmark("end to end: compare 10 x 2000 words", configuration: configuration(iterations: 20, seconds: 5)) {
        (benchmark: Benchmark, story: Story) in
        try measured(benchmark, LongStory.workload) {
            blackHole(try JSONReport.render([Analyzer(parallel: true).analyze(story)]))
        }
    } setup: {
        _ = SentenceAligner().alignment(Prepared.sentences[0])
        return LongStory.story
    }

    // Scale corpora from scripts/make-scale-corpus, when FACTDIFF_SCALE_CORPUS
    // names them (one pass each: about 10 to 60 s).
    for folder in CorpusLocation.scaleCorpora {
        let name = (folder as NSString).lastPathComponent
        Benchmark("end to end: check \(name)", configuration: configuration(iterations: 1, seconds: 1)) {
            (benchmark: Benchmark, workload: Workload) in
            try await measured(benchmark, workload) {
                let outcome = await BatchChecker().check(BatchInput.read(paths: [folder]))
                blackHole(try JSONReport.render(outcome))
            }
        } setup: {
            let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
            let workload = Workload.of(
                paths: files.filter { $0.hasSuffix(".txt") }.map { (folder as NSString).appendingPathComponent($0) })
            note("\(name): \(workload.articles) articles, \(String(format: "%.1f", workload.megabytes)) MB")
            return workload
        }
    }
}
