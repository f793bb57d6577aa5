/// Everything `factdiff check` found in one batch of articles; what every
/// batch output format (text, JSON, SARIF, JUnit, GitHub annotations, the
/// report folder) is written from.
public struct BatchOutcome: Sendable {
    /// The stories compared, ordered by story id.
    public var stories: [StoryAnalysis]
    /// Fingerprints of conflicts the baseline accepts: kept in JSON (marked
    /// `"baselined": true`), left out of the other formats and of the gate.
    public var baselined: Set<String>
    /// Baseline entries that match no conflict any more, so the baseline can
    /// be pruned.
    public var goneFromBaseline: [BaselineEntry]
    /// Conflicts that an ignore rule of the configuration removed, with the
    /// rule's reason; reported in JSON only.
    public var ignored: [IgnoredConflict]
    /// How articles that came without a story were grouped, and why.
    public var groupings: [StoryGrouping]
    /// Articles no other article of the batch covers yet: normal in a batch,
    /// listed, not an error.
    public var uncompared: [Article]
    /// Inputs that could not be read, each with its path (and line); the
    /// rest of the batch was still checked.
    public var problems: [InputError]

    public init(
        stories: [StoryAnalysis], baselined: Set<String> = [], goneFromBaseline: [BaselineEntry] = [],
        ignored: [IgnoredConflict] = [], groupings: [StoryGrouping] = [], uncompared: [Article] = [],
        problems: [InputError] = []
    ) {
        self.stories = stories
        self.baselined = baselined
        self.goneFromBaseline = goneFromBaseline
        self.ignored = ignored
        self.groupings = groupings
        self.uncompared = uncompared
        self.problems = problems
    }

    /// What the limits cut, story by story (``LimitNote``).
    public var limitNotes: [LimitNote] { stories.flatMap(\.limitNotes) }

    /// The conflicts the gate and the non-JSON formats count: all but the
    /// baselined, each with its story.
    public var newConflicts: [(story: StoryAnalysis, conflict: Conflict)] {
        stories.flatMap { story in
            story.conflicts.filter { !baselined.contains($0.fingerprint) }.map { (story, $0) }
        }
    }
}

/// One accepted conflict in a baseline file.
public struct BaselineEntry: Hashable, Sendable, Codable, Comparable {
    public var fingerprint: String
    public var story: String
    public var kind: String
    public var message: String

    public init(fingerprint: String, story: String, kind: String, message: String) {
        self.fingerprint = fingerprint
        self.story = story
        self.kind = kind
        self.message = message
    }

    public static func < (a: BaselineEntry, b: BaselineEntry) -> Bool {
        (a.story, a.fingerprint) < (b.story, b.fingerprint)
    }
}

/// A conflict an ignore rule removed.
public struct IgnoredConflict: Hashable, Sendable {
    public var story: String
    public var conflict: Conflict
    public var reason: String

    public init(story: String, conflict: Conflict, reason: String) {
        self.story = story
        self.conflict = conflict
        self.reason = reason
    }
}

/// Articles grouped into one story by what they share.
public struct StoryGrouping: Hashable, Sendable {
    public var story: String
    /// Article ids, sorted.
    public var articles: [String]
    /// The rare names, numbers and words the grouped articles share, most
    /// telling first.
    public var sharedTerms: [String]

    public init(story: String, articles: [String], sharedTerms: [String]) {
        self.story = story
        self.articles = articles
        self.sharedTerms = sharedTerms
    }
}
