import Foundation

/// `factdiff check` as a library call: groups the loose articles of a batch
/// into stories, analyses the stories in parallel, and applies the
/// configuration and the baseline.
public struct BatchChecker: Sendable {
    public var configuration: CheckConfiguration
    public var baseline: [BaselineEntry]

    public init(configuration: CheckConfiguration = CheckConfiguration(), baseline: [BaselineEntry] = []) {
        self.configuration = configuration
        self.baseline = baseline
    }

    /// `progress` is called with (stories done, stories in all) as stories
    /// finish, from any task.
    public func check(_ input: BatchInput, progress: (@Sendable (Int, Int) -> Void)? = nil) async -> BatchOutcome {
        let grouped = StoryGrouper(threshold: configuration.groupingThreshold).group(input.loose)
        var stories = input.stories + grouped.stories
        stories = Self.uniqueIDs(stories).sorted { $0.id < $1.id }
        let analyzer = Analyzer(aligner: SentenceAligner(threshold: configuration.alignmentThreshold), limits: configuration.limits)
        let analyses = await Self.analyze(stories, with: analyzer, progress: progress)
        var outcome = BatchOutcome(
            stories: [], groupings: grouped.groupings, uncompared: grouped.alone, problems: input.problems)
        // Every conflict found, before settings hide any: a baseline entry is
        // stale only when its conflict is really gone.
        let found = Set(analyses.flatMap { $0.conflicts.map(\.fingerprint) })
        for var analysis in analyses {
            var kept: [Conflict] = []
            for var conflict in analysis.conflicts {
                if let kinds = configuration.kinds, !kinds.contains(conflict.kind.rawValue) { continue }
                if let severity = configuration.severity[conflict.kind.rawValue] { conflict.severity = severity }
                if let rule = configuration.ignore.first(where: { $0.matches(conflict, in: analysis) }) {
                    outcome.ignored.append(IgnoredConflict(story: analysis.story.id, conflict: conflict, reason: rule.reason))
                    continue
                }
                kept.append(conflict)
            }
            analysis.conflicts = kept
            outcome.stories.append(analysis)
        }
        let current = Set(outcome.stories.flatMap { $0.conflicts.map(\.fingerprint) })
        let accepted = Set(baseline.map(\.fingerprint))
        outcome.baselined = current.intersection(accepted)
        outcome.goneFromBaseline = baseline.filter { !found.contains($0.fingerprint) }.sorted()
        return outcome
    }

    /// Every story on its own task, at most one per core at a time; results
    /// come back in story order whatever order the tasks finish in. The
    /// longest stories start first, so that no core is left alone with a
    /// long story at the end while the other has nothing to do.
    static func analyze(
        _ stories: [Story], with analyzer: Analyzer, progress: (@Sendable (Int, Int) -> Void)?
    ) async -> [StoryAnalysis] {
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let sizes = stories.map { story in story.articles.reduce(0) { $0 + $1.paragraphs.reduce(0) { $0 + $1.text.utf8.count } } }
        let order = stories.indices.sorted { (sizes[$0], $1) > (sizes[$1], $0) }
        var results = [StoryAnalysis?](repeating: nil, count: stories.count)
        await withTaskGroup(of: (Int, StoryAnalysis).self) { group in
            var next = 0
            var done = 0
            while next < min(width, stories.count) {
                let index = order[next]
                group.addTask { (index, analyzer.analyze(stories[index])) }
                next += 1
            }
            while let (index, analysis) = await group.next() {
                results[index] = analysis
                done += 1
                progress?(done, stories.count)
                if next < stories.count {
                    let index = order[next]
                    group.addTask { (index, analyzer.analyze(stories[index])) }
                    next += 1
                }
            }
        }
        return results.map { $0! }
    }

    /// Two folders of one name in different places are two stories.
    static func uniqueIDs(_ stories: [Story]) -> [Story] {
        var seen: Set<String> = []
        return stories.map { story in
            var story = story
            var n = 2
            let base = story.id
            while seen.contains(story.id) {
                story.id = "\(base)-\(n)"
                n += 1
            }
            seen.insert(story.id)
            return story
        }
    }
}

extension BatchOutcome {
    /// The gate: 2 when an input could not be read (unless the caller keeps
    /// going), 1 when a new conflict reaches `failOn`, else 0.
    public func exitStatus(failOn: CheckConfiguration.FailOn, keepGoing: Bool) -> Int32 {
        if !problems.isEmpty, !keepGoing { return 2 }
        switch failOn {
        case .never: return 0
        case .warning: return newConflicts.isEmpty ? 0 : 1
        case .error: return newConflicts.contains { $0.conflict.severity == .error } ? 1 : 0
        }
    }
}
